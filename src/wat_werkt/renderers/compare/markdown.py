"""`compare --format markdown`: a GitHub-flavoured Markdown matrix for docs and comments."""

from __future__ import annotations

import re

from wat_werkt import __version__
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import SYMBOLS, questions, shows_kinds
from wat_werkt.renderers.compare.facts import (
    FACT_ROWS,
    absent,
    described_text,
    fact_questions,
    left_out,
    legend_lines,
)
from wat_werkt.renderers.compare.matrix import Matrix
from wat_werkt.renderers.report.markdown import no_mentions
from wat_werkt.textsafe import one_line

# Backslash first (it is in the class), then what ends a cell (|) or starts inline syntax:
# code, emphasis, strikethrough, links and images.
_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")
# An ampersand is text unless it starts a character reference (CommonMark: `&name;`, `&#123;`,
# `&#x1F;`): only then would the reader see another character than the file wrote.
_REFERENCE = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")


def cell(text: str) -> str:
    """Text from a file made inert inside a table cell: one line; `<` and `>` as entities (no
    raw HTML, no autolinks) and `&` only where it would start a character reference, so that
    "Opvoeden & Zo" stays as written; Markdown punctuation backslash-escaped; no mentions."""
    escaped = _MARKDOWN.sub(r"\\\1", one_line(text))
    escaped = _REFERENCE.sub("&amp;", escaped).replace("<", "&lt;").replace(">", "&gt;")
    return no_mentions(escaped)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _facts(m: Matrix, names: list[str], lang: str) -> list[str]:
    """The key facts side by side; last, and in plain type, how many factors each description
    answers and how many of those with a no: completeness, never a score."""
    out = [f"### {cell(message('key_facts', lang))}", ""]
    out.append(_row([cell(message("key_facts", lang)), *names]))
    out.append(_row([":--", *[":--"] * len(names)]))
    for code, value in FACT_ROWS:
        shown = [value(c.about.facts, lang) for c in m.columns]
        out.append(
            _row(
                [
                    cell(message(code, lang)),
                    *(cell(v) if v is not None else f"*{cell(absent(lang))}*" for v in shown),
                ]
            )
        )
    answered = [cell(described_text(*d, lang)) for d in m.described()]
    out.append(_row([cell(message("described_label", lang)), *answered]))
    return [*out, "", cell(message("described_note", lang))]


def _questions(m: Matrix, names: list[str], lang: str) -> list[str]:
    out = [f"### {cell(message('questions_heading', lang))}"]
    for name, column in zip(names, m.columns, strict=True):
        out += ["", f"#### {name} ({cell(column.file)})", ""]
        # The key facts it does not state first, as the key facts come before the factors.
        lines = [f"- {cell(f.label)}: {cell(f.text)}" for f in fact_questions(column, lang)]
        lines += [f"- {cell(q.factor)}: {cell(q.text)}" for q in questions(column, lang)]
        out += lines or [cell(message("questions_none", lang))]
    return out


def render(m: Matrix, options: RenderOptions) -> str:
    lang = options.lang
    out = [f"## {m.title(lang)}", ""]
    if m.invalid:
        out += [f"**{cell(message('compare_left_out', lang))}**", ""]
        out += [f"- {cell(line)}" for line in left_out(m.invalid, lang)]
        out.append("")
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
        out += ["", f"{message('legend', lang)}:", ""]
        out += [f"- {symbol} {cell(text)}" for _, symbol, text in legend_lines(lang)]
        out += ["", *_facts(m, names, lang), "", *_questions(m, names, lang)]
        out += [
            "",
            f"{message('compare_key', lang)}:",
            "",
        ]
        out += [f"- {name} ({cell(c.file)})" for name, c in zip(names, m.columns, strict=False)]
    source = ", ".join(v for _, v in m.factor_set.source)
    out += ["", f"{message('factor_source', lang)}: {cell(source)}", "", footer(m, lang), ""]
    return "\n".join(out)


def footer(m: Matrix, lang: str) -> str:
    """The date and the versions, as the HTML report carries them: a printed or pasted
    comparison names what made it. The date is SOURCE_DATE_EPOCH's when set, so the same files
    give the same text (docs/compare.md)."""
    from wat_werkt.renderers.report.html_page import fingerprint, report_date

    line = message(
        "versions_line",
        lang,
        date=report_date(),
        version=__version__,
        set=m.factor_set.id,
        fingerprint=fingerprint(m.factor_set),
    )
    return f"*{cell(line)}*"
