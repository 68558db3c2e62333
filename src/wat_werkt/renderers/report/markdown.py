"""The Markdown report, for a pull-request comment or $GITHUB_STEP_SUMMARY.

Every text from a file or factor set is escaped for a GitHub-flavoured Markdown table cell: no
line breaks, no pipes, no HTML, no links, emphasis or code spans of its own.

GitHub refuses a step summary over 1 MiB and then shows none of it. So the report keeps to a
budget (BUDGET bytes of UTF-8): when the whole report would be larger, the files whose table
says most keep it while the budget allows (those that could not be checked, then those with a
gap, then not described, then partial, each in input order; the tables kept come in input
order), and the rest get one line each, in input order, naming the factors that are a gap, not
described or partial; the report says so at the top. Should the
one-line list not fit beside the overview table, the overview is left out (the lines say
more than its counts); should it not fit at all, the list stops where the budget does and
says how many files are left out. Every file's section is made as it comes and waits in the
spool; only its size, its overview row and its one line are kept, so a report of any size is
never held in memory.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from wat_werkt.engine.evaluate import SEVERITY, STATUSES, FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.common import ADVISED, SYMBOLS, advice, note, questions, status_word, tips
from wat_werkt.renderers.report.findings import relative
from wat_werkt.textsafe import one_line, show_bytes

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
        counts = result.counts()  # the overview's columns: an ignored factor shows in its file's table
        cells = [file, escape(result.name or "")] + [str(counts[s]) for s in STATUSES]
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


# GitHub refuses a step summary over 1 MiB (1,048,576 bytes); this leaves room for the lines a
# workflow writes to the same summary around the report.
BUDGET = 1_000_000
# A file that could not be checked keeps its table before any other over budget: it fails the
# run whatever --fail-on says (one more than the worst severity, a gap's).
INVALID_WORTH = max(SEVERITY.values()) + 1
# The statuses a one-line file names the factors of, in the order a reader looks for them.
_LISTED = ("gap", "not_described", "partial")


def _size(text: str) -> int:
    # As the report is written: a byte of a file name that is not UTF-8 as its escape `\xff`.
    return len(show_bytes(text).encode("utf-8"))


def one_line_of(result: FileResult, options: RenderOptions) -> str:
    """A file's section in one line, for a report over budget: what is missing, by factor."""
    lang = options.lang
    file = escape(relative(result.file, options.cwd))
    if not result.valid:
        return f"- ✘ {escape(counted('invalid_file', lang, len(result.problems), file=file))}"
    by_status = {
        status: [row.factor.id for row in result.factors if row.status == status] for status in _LISTED
    }
    listed = [
        f"{SYMBOLS[status]} {escape(status_word(status, lang))}: {escape(', '.join(ids))}"
        for status, ids in by_status.items()
        if ids
    ]
    said = " · ".join(listed) if listed else escape(counts_text(result.counts(), lang))
    # A name cut short: one file's name of megabytes would take the whole budget, and every
    # other file's line with it.
    name = result.name or ""
    if len(name) > _NAME_IN_LINE:
        name = name[: _NAME_IN_LINE - 1] + "…"
    return f"- **{escape(name)}** ({file}): {said}"


_NAME_IN_LINE = 200


class _Plan(NamedTuple):
    """What fits the budget: the files of `tables` (indices, in input order) keep their table,
    the others are one line each (only the first `lines` of those are listed); `overview`: the
    table of files is kept."""

    tables: tuple[int, ...]
    lines: int
    overview: bool


class MarkdownReport(Reporter):
    """A heading with the totals and an overview table of the files, then a section per file;
    the sections wait in a spool until the totals are known, and the report is shortened when
    it would be over its budget (the module docstring)."""

    undecodable = "text"  # a file name that is not UTF-8: Reporter.undecodable

    deferred = True
    parallel = True
    strip_newlines = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions, budget: int | None = BUDGET) -> None:
        super().__init__(factor_set, options)
        self._total: dict[str, int] = {}
        self._rows: list[str] = []
        self._sizes: list[int] = []  # of each file's section, in bytes
        self._lines: list[str] = []  # each file in one line
        self._worth: list[int] = []  # each file's claim to its table (part)
        self._budget = None if options.unbounded else budget
        self._plan: _Plan | None = None
        self._newlines = 0  # at the end of the last section

    def part(self, result: FileResult) -> Part:
        section = "\n".join(_file_section(result, self.options)) + "\n"
        # The new lines at its end: the whole report drops those of its last section.
        newlines = len(section) - len(section.rstrip("\n"))
        row, line = _overview_row(result, self.options), one_line_of(result, self.options)
        # What a file's table is worth keeping for, should the report be over budget: a file
        # that could not be checked, then the worst finding that fails (a gap first).
        worth = INVALID_WORTH if not result.valid else result.worst()
        return Part(section, [row, result.counts(), _size(section), newlines, line, worth])

    def add(self, data: Any) -> None:
        row, counts, size, newlines, line, worth = data
        self._rows.append(row)
        self._sizes.append(size)
        self._lines.append(line)
        self._worth.append(worth)
        self._newlines = newlines
        for status, count in counts.items():
            self._total[status] = self._total.get(status, 0) + count

    def _head(self, note: str = "", overview: bool = True) -> str:
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
        if note:
            lines += [note, ""]
        if not files:
            return "\n".join(lines).rstrip("\n")
        if overview:
            header = [message("col_file", lang), message("col_intervention", lang)]
            header += [f"{SYMBOLS[s]} {status_word(s, lang)}" for s in STATUSES]
            lines += [_row(*header), _row(*["---"] * len(header)), *self._rows, ""]
        return "\n".join(lines) + "\n"

    def _note(self, plan: _Plan) -> str:
        lang, files = self.options.lang, len(self._rows)
        shortened = files - len(plan.tables)
        if plan.overview and shortened == files:
            text = message("md_short_all", lang, files=files)
        elif plan.overview:
            text = message("md_short_tables", lang, count=shortened, files=files)
        elif plan.lines == shortened:
            text = message("md_short_overview", lang, files=files)
        else:
            text = message("md_short_list", lang, count=plan.lines, files=files)
        words = message("md_short_why", lang, limit="1 MiB")
        return f"> **{escape(message('md_short', lang))}:** {escape(words)} {escape(text)}"

    def _short_part(self, plan: _Plan) -> str:
        """The files without a table, one line each, under a heading of their own."""
        lang = self.options.lang
        kept = set(plan.tables)
        listed = [line for i, line in enumerate(self._lines) if i not in kept][: plan.lines]
        text = f"### {escape(message('md_short_heading', lang))}\n\n" + "".join(
            line + "\n" for line in listed
        )
        left = len(self._lines) - len(plan.tables) - plan.lines
        if left:
            text += "\n" + escape(counted("md_short_left", lang, left)) + "\n"
        return text

    def _fits(self, plan: _Plan) -> bool:
        size = _size(self._head(self._note(plan), plan.overview))
        size += sum(self._sizes[i] for i in plan.tables) + _size(self._short_part(plan))
        return self._budget is None or size <= self._budget

    def _planned(self) -> _Plan | None:
        """None when the whole report is within budget, else the most that fits."""
        files, budget = len(self._rows), self._budget
        whole = _size(self._head()) + sum(self._sizes) - self._newlines + 1  # they become one
        if not files or budget is None or whole <= budget:
            return None
        # Tables for as many files as fit beside the others' lines, the files whose table says
        # most first: those that could not be checked, then by their worst finding (a gap, not
        # described, partial), then in input order; the tables kept stay in input order. More
        # tables, more bytes, so the first plan from the top that fits is the best (a few
        # notes' lengths apart, so the search starts where the sizes alone say, and steps down).
        spare = (
            budget
            - _size(self._head(self._note(_Plan((), files, True))))
            - sum(_size(line) + 1 for line in self._lines)
        )
        order = sorted(range(files), key=lambda i: (-self._worth[i], i))
        tables = 0
        while tables < files:
            cost = self._sizes[order[tables]] - _size(self._lines[order[tables]]) - 1
            if spare - cost < 0:
                break
            spare -= cost
            tables += 1
        for count in range(min(tables, files - 1), -1, -1):
            plan = _Plan(tuple(sorted(order[:count])), files - count, True)
            if self._fits(plan):
                return plan
        # Not even one line a file beside the overview: the lines say more than its counts.
        if self._fits(_Plan((), files, False)):
            return _Plan((), files, False)
        lines = files
        while lines > 0 and not self._fits(_Plan((), lines, False)):
            lines = lines * 9 // 10 if lines > 100 else lines - 1
        while lines + 1 < files and self._fits(_Plan((), lines + 1, False)):
            lines += 1
        return _Plan((), lines, False)

    def lead(self, digest: str) -> str:
        self._plan = self._planned()
        if self._plan is None:
            return self._head()
        return self._head(self._note(self._plan), self._plan.overview)

    def body_ranges(self) -> list[tuple[int, int]] | None:
        if self._plan is None:
            return None
        starts = [0]
        for size in self._sizes:
            starts.append(starts[-1] + size)
        return [(starts[i], starts[i + 1]) for i in self._plan.tables]

    def tail(self) -> str:
        return "\n" if self._plan is None else self._short_part(self._plan)


def render(report: Report, options: RenderOptions) -> str:
    return whole(MarkdownReport(report.factor_set, options), report.results)
