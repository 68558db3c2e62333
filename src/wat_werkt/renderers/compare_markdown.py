"""`compare --format markdown`: a GitHub-flavoured Markdown matrix for docs and comments."""

from __future__ import annotations

import html
import re

from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import SYMBOLS, shows_kinds, status_word
from wat_werkt.renderers.compare import TOTALS, Matrix
from wat_werkt.renderers.markdown import no_mentions
from wat_werkt.textsafe import one_line

# Backslash first (it is in the class), then what ends a cell (|) or starts inline syntax:
# code, emphasis, strikethrough, links and images.
_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")


def cell(text: str) -> str:
    """Text from a file made inert inside a table cell: one line, HTML special characters as
    entities (no raw HTML, no autolinks), Markdown punctuation backslash-escaped, no mentions."""
    return no_mentions(_MARKDOWN.sub(r"\\\1", html.escape(one_line(text), quote=False)))


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render(m: Matrix, options: RenderOptions) -> str:
    lang = options.lang
    out = [f"## {m.title(lang)}", ""]
    if not m.columns:
        out += [message("compare_none", lang), ""]
    else:
        names = [cell(c.name or c.file) for c in m.columns]
        out.append(_row([message("col_id", lang), message("col_factor", lang), *names]))
        out.append(_row([":--", ":--", *[":-:"] * len(names)]))
        blank = [""] * len(names)
        for kind in ("general", "specific"):
            rows = m.rows_of(kind)
            if rows and shows_kinds(m.factor_set.factors):
                out.append(_row(["", f"**{cell(message(kind, lang))}**", *blank]))
            for row in rows:
                symbols = [SYMBOLS[c.status] if c else "" for c in row.cells]
                out.append(_row([cell(row.factor.id), cell(row.factor.title.get(lang)), *symbols]))
        for status in TOTALS:
            label = cell(message("compare_total", lang, status=status_word(status, lang)))
            out.append(_row([SYMBOLS[status], f"**{label}**", *(str(n) for n in m.totals(status))]))
        legend = " · ".join(f"{s} {cell(status_word(st, lang))}" for st, s in SYMBOLS.items())
        out += [
            "",
            f"{message('legend', lang)}: {legend}",
            "",
            f"{message('compare_key', lang)}:",
            "",
        ]
        out += [f"- {name} ({cell(c.file)})" for name, c in zip(names, m.columns, strict=False)]
    if m.invalid:
        files = ", ".join(cell(r.file) for r in m.invalid)
        out += ["", message("compare_skipped", lang, files=files)]
    source = ", ".join(v for _, v in m.factor_set.source)
    out += ["", f"{message('factor_source', lang)}: {cell(source)}", ""]
    return "\n".join(out)
