"""The Markdown report, for a pull-request comment or $GITHUB_STEP_SUMMARY.

Every text from a file or factor set is escaped for a GitHub-flavoured Markdown table cell: no
line breaks, no pipes, no HTML, no links, emphasis or code spans of its own.
"""

from __future__ import annotations

import re
from typing import Any

from wat_werkt.engine.evaluate import STATUSES, FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.common import ADVISED, SYMBOLS, advice, note, questions, status_word, tips
from wat_werkt.renderers.report.findings import relative
from wat_werkt.textsafe import one_line

# The ASCII punctuation that can open Markdown syntax inside a cell: emphasis, code spans,
# links and images, HTML and entities, headings, strike-through and the cell border itself.
# A backslash makes each one literal.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#!|~&])")


def escape(text: str) -> str:
    """One line of text, safe inside a table cell or a heading."""
    return no_mentions(_SPECIAL.sub(r"\\\1", one_line(text)))


def no_mentions(text: str) -> str:
    """Markdown text in which `@name` notifies nobody: GitHub turns `@user` and `@org/team` in
    a comment or summary into a mention, backslash or not. A zero-width space after the `@`
    (as a character reference) shows the same text and mentions no one (docs/robustness.md)."""
    return text.replace("@", "@&#8203;")


def counts_text(counts: dict[str, int], lang: str) -> str:
    shown = [f"{n} {status_word(s, lang)}" for s, n in counts.items() if n]
    return ", ".join(shown) or message("no_factors_checked", lang)


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _overview_row(result: FileResult, options: RenderOptions) -> str:
    lang = options.lang
    file = escape(relative(result.file, options.cwd))
    if not result.valid:
        cells = [file, f"✘ {escape(message('md_invalid', lang))}"] + [""] * len(STATUSES)
    else:
        cells = [file, escape(result.name or "")] + [str(n) for n in result.counts().values()]
    return _row(*cells)


def _file_section(result: FileResult, options: RenderOptions) -> list[str]:
    lang = options.lang
    file = relative(result.file, options.cwd)
    if not result.valid:
        title = counted("invalid_file", lang, len(result.problems), file=file)
        lines = [f"### ✘ {escape(title)}", ""]
        for item in result.problems:
            where = item.where(lang)
            lines.append(f"- {escape(where)}: {escape(item.text(lang))}")
        return [*lines, ""]
    lines = [f"### {escape(result.name or '')} ({escape(file)})", ""]
    lines.append(f"**{escape(message('summary_line', lang))}:** {escape(counts_text(result.counts(), lang))}")
    lines.append("")
    header = [message(c, lang) for c in ("col_id", "col_factor", "col_status", "col_evidence")]
    lines += [_row(*header), _row(*["---"] * len(header))]
    for row in result.factors:
        detail = escape(note(row, lang))
        if row.status in ADVISED:
            detail += f"<br>**{escape(message('advice', lang))}:** {escape(' '.join(advice(row, lang)))}"
        shown_tips = tips(row, lang) if row.status in (*ADVISED, "strength") else []
        if shown_tips:
            detail += f"<br>**{escape(message('tip', lang))}:** {escape(' '.join(shown_tips))}"
        status = f"{SYMBOLS[row.status]} {escape(status_word(row.status, lang))}"
        lines.append(_row(escape(row.factor.id), escape(row.factor.title.get(lang)), status, detail))
    # What to ask the provider where the description is silent (docs/compare.md).
    asked = questions(result, lang)
    if asked:
        lines += ["", f"**{escape(message('questions_heading', lang))}:**", ""]
        lines += [f"- {escape(q.factor)}: {escape(q.text)}" for q in asked]
    return [*lines, ""]


class MarkdownReport(Reporter):
    """A heading with the totals and an overview table of the files, then a section per file;
    the sections wait in a spool until the totals are known."""

    deferred = True
    parallel = True
    strip_newlines = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._total: dict[str, int] = {}
        self._rows: list[str] = []

    def part(self, result: FileResult) -> Part:
        section = "\n".join(_file_section(result, self.options)) + "\n"
        return Part(section, [_overview_row(result, self.options), result.counts()])

    def add(self, data: Any) -> None:
        row, counts = data
        self._rows.append(row)
        for status, count in counts.items():
            self._total[status] = self._total.get(status, 0) + count

    def lead(self, digest: str) -> str:
        lang = self.options.lang
        files = len(self._rows)
        totals = counted(
            "md_totals",
            lang,
            files,
            files=files,
            set=self.factor_set.id,
            counts=counts_text(self._total, lang),
        )
        lines = [f"## {escape(message('md_heading', lang))}", "", escape(totals), ""]
        if not files:
            return "\n".join(lines).rstrip("\n")
        header = [message("col_file", lang), message("col_intervention", lang)]
        header += [f"{SYMBOLS[s]} {status_word(s, lang)}" for s in STATUSES]
        lines += [_row(*header), _row(*["---"] * len(header)), *self._rows, ""]
        return "\n".join(lines) + "\n"

    def tail(self) -> str:
        return "\n"


def render(report: Report, options: RenderOptions) -> str:
    return whole(MarkdownReport(report.factor_set, options), report.results)
