"""The Rich table for people at a terminal: one table per file, a summary line under it."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from wat_werkt.engine.evaluate import STATUSES, FactorResult, FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.common import (
    ADVISED,
    SYMBOLS,
    TRI_SYMBOLS,
    advice,
    criterion_evidence,
    criterion_state,
    note,
    shows_kinds,
    status_word,
    tips,
)
from wat_werkt.textsafe import clean, defuse_commands, one_line

STYLES = {
    "strength": "green",
    "partial": "yellow",
    "gap": "bold red",
    "not_described": "magenta",
    "not_applicable": "dim",
    "waived": "blue",
    "ignored": "dim",
}
TRI_STYLES = {"met": "green", "unmet": "red", "unknown": "magenta", "not_applicable": "dim"}


def console_for(options: RenderOptions, buffer: io.StringIO) -> Console:
    # Rendering into a buffer keeps this function pure; the CLI decides where text goes.
    return Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )


def status_text(status: str, lang: str) -> Text:
    return Text(f"{SYMBOLS[status]} {status_word(status, lang)}", style=STYLES[status])


def _detail(result: FactorResult, options: RenderOptions) -> Text:
    lang = options.lang
    # Text(...) never parses markup, and clean() shows control characters as escapes, so
    # nothing an intervention file or a factor set says can style or steer the terminal.
    cell = Text(clean(note(result, lang)), style="dim" if result.status == "not_applicable" else "")
    if options.verbose:
        for crit in result.criteria:
            state = criterion_state(crit)
            cell.append("\n")
            cell.append(f"{TRI_SYMBOLS[state]} ", style=TRI_STYLES[state])
            text = clean(crit.criterion.text.get(lang))
            if not crit.criterion.decides:
                text += f" ({message('basis_practice', lang)})"
            cell.append(f"{text} — {clean(criterion_evidence(crit, lang))}")
    advised = result.status in ADVISED or (options.verbose and result.status == "not_described")
    if advised:
        cell.append("\n")
        cell.append(f"{message('advice', lang)}: ", style="bold")
        cell.append(clean(" ".join(advice(result, lang))), style="italic")
    shown_tips = tips(result, lang) if advised or result.status == "strength" else []
    if shown_tips:
        cell.append("\n")
        cell.append(f"{message('tip', lang)}: ", style="bold")
        cell.append(clean(" ".join(shown_tips)), style="italic")
    return cell


# The evidence column is never narrower than the longest field path of the format
# (target_group.problem_complexity, 31 characters) and what follows it (`;`), so that no field
# name is broken inside; the four-column table needs room for a few words beside that.
EVIDENCE_MIN = 32
EVIDENCE_WIDE = 40
# What a rounded table with N columns takes besides its cells: N + 1 borders and a space
# either side of each cell.
_FRAME = {2: 3 + 4, 4: 5 + 8}


class Layout(NamedTuple):
    kind: str  # wide (ID, factor, status, evidence) | narrow (factor and status, evidence) | list
    factor: int  # the width of the factor column (wide) or of the left column (narrow)


def layout(result: FileResult, options: RenderOptions) -> Layout:
    """The widest layout that breaks no word of a factor's name, no status and no field name
    at this width (docs/contract.md section 7): the four columns; below about 93 columns the
    factor's name and status share one column; below about 59, where a table cannot keep field
    names whole, a list."""
    lang = options.lang
    # A factor's name is never cut inside a word: its column is as wide as the longest word of
    # the names (a Dutch compound such as "Gedragsgeoriënteerde" has 20 letters), or a third of
    # what the other columns leave, up to 28.
    longest = max((len(word) for r in result.factors for word in r.factor.title.get(lang).split()), default=0)
    # The statuses a table can show, and "ignored" only in a file that has it: a table without
    # it keeps its layout.
    shown = set(STATUSES) | {r.status for r in result.factors}
    status = max(len(f"{SYMBOLS[s]} {status_word(s, lang)}") for s in shown)
    ids = max((len(r.factor.id) for r in result.factors), default=3)
    factor = max(longest, min(28, (options.width - 30) // 3))
    if options.width - _FRAME[4] - ids - status - factor >= EVIDENCE_WIDE:
        return Layout("wide", factor)
    left = max(longest, status)
    if options.width - _FRAME[2] - left >= EVIDENCE_MIN:
        return Layout("narrow", left)
    return Layout("list", 0)


def _file_table(result: FileResult, options: RenderOptions, shape: Layout) -> Table:
    lang = options.lang
    title = Text(one_line(result.name or ""), style="bold")
    title.append(f"  ({one_line(result.file)})", style="dim")
    table = Table(title=title, box=box.ROUNDED, show_lines=True, expand=True, title_justify="left")
    wide = shape.kind == "wide"
    if wide:
        table.add_column(message("col_id", lang), no_wrap=True, style="bold")
        table.add_column(message("col_factor", lang), width=shape.factor, overflow="fold")
        table.add_column(message("col_status", lang), no_wrap=True)
    else:
        table.add_column(message("col_factor", lang), width=shape.factor, overflow="fold")
    # fold, not ellipsis: a word longer than the column (a long URL) must wrap, never lose its end.
    table.add_column(message("col_evidence", lang), ratio=1, overflow="fold")
    both = shows_kinds(r.factor for r in result.factors)
    for kind in ("general", "specific"):
        rows = [r for r in result.factors if r.factor.kind == kind]
        if not rows:
            continue
        if both:
            heading = Text(message(kind, lang), style="bold underline")
            table.add_row(*(("", heading, "", "") if wide else (heading, "")), end_section=False)
        for row in rows:
            if wide:
                table.add_row(
                    row.factor.id,
                    clean(row.factor.title.get(lang)),
                    status_text(row.status, lang),
                    inert(_detail(row, options)),
                )
            else:
                table.add_row(_name_and_status(row, lang), inert(_detail(row, options)))
    return table


def _name_and_status(row: FactorResult, lang: str) -> Text:
    cell = Text(f"{row.factor.id} ", style="bold")
    cell.append(clean(row.factor.title.get(lang)))
    cell.append("\n")
    cell.append(status_text(row.status, lang))
    return cell


def _file_list(result: FileResult, options: RenderOptions) -> Group:
    """The factors one under the other, for a terminal too narrow for a table: the id beside
    the name, the status and the evidence under it."""
    lang = options.lang
    title = Text(one_line(result.name or ""), style="bold")
    title.append(f"  ({one_line(result.file)})", style="dim")
    parts: list[Text | Table] = [title]
    both = shows_kinds(r.factor for r in result.factors)
    for kind in ("general", "specific"):
        rows = [r for r in result.factors if r.factor.kind == kind]
        if not rows:
            continue
        if both:
            parts += [Text(), Text(message(kind, lang), style="bold underline")]
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(ratio=1, overflow="fold")
        for row in rows:
            cell = Text(clean(row.factor.title.get(lang)), style="bold")
            cell.append("\n")
            cell.append(status_text(row.status, lang))
            cell.append("\n")
            cell.append(inert(_detail(row, options)))
            grid.add_row("", "")
            grid.add_row(row.factor.id, cell)
        parts.append(grid)
    return Group(*parts, Text())


def inert(text: Text) -> Text:
    """`text` with every control character shown as an escape (textsafe.clean), its styles
    kept: a cell also holds a factor set's own words, which may come from anywhere
    (`--factors DIR`), and must not steer the terminal any more than a file's words
    (docs/robustness.md). A loaded set holds no such characters (factor_lint.text_problems);
    this keeps a cell inert whatever it is given."""
    plain = text.plain
    if clean(plain) == plain:
        return text
    cuts = sorted({edge for span in text.spans for edge in (span.start, span.end)} - {0, len(plain)})
    out = Text(style=text.style, end=text.end)
    for part in text.divide(cuts):
        piece, start = clean(part.plain), len(out)
        out.append(piece)
        for span in part.spans:
            out.stylize(span.style, start, start + len(piece))
    return out


def summary_line(result: FileResult, lang: str) -> Text:
    line = Text(f"{message('summary_line', lang)}: ", style="bold")
    parts = []
    for status, count in result.counts().items():
        if count:
            parts.append(
                Text(
                    message("status_count", lang, count=count, status=status_word(status, lang)),
                    style=STYLES[status],
                )
            )
    line.append(Text(", ").join(parts))
    for kind in ("general", "specific") if shows_kinds(r.factor for r in result.factors) else ():
        counts = result.counts(kind)
        shown = ", ".join(f"{n} {status_word(s, lang)}" for s, n in counts.items() if n)
        if shown:
            line.append(f"  |  {message(kind + '_short', lang)}: {shown}", style="dim")
    return line


def profile_line(result: FileResult, lang: str) -> Text:
    """The factors at a glance, one symbol each in factor order; the symbols carry the meaning,
    so the line reads the same without colour."""
    line = Text()
    line.append(f"{message('profile', lang)}: ", style="bold")
    for kind in ("general", "specific"):
        rows = [r for r in result.factors if r.factor.kind == kind]
        if not rows:
            continue
        if kind == "specific" and len(line) > len(message("profile", lang)) + 2:
            line.append("  |  ", style="dim")
        span = rows[0].factor.id if len(rows) == 1 else f"{rows[0].factor.id}–{rows[-1].factor.id}"
        line.append(f"{message(kind + '_short', lang)} {one_line(span)}  ", style="dim")
        line.append(Text(" ").join(Text(SYMBOLS[r.status], style=STYLES[r.status]) for r in rows))
    return line


def total_line(counts: Mapping[str, int], files: int, invalid: int, lang: str) -> Text:
    """Under a report of several files: how many, their factors' statuses added up, and how
    many could not be checked (their problems are listed above, and on stderr)."""
    line = Text(message("run_total", lang, files=files), style="bold")
    if invalid:
        line.append(", ")
        line.append(message("run_not_checked", lang, count=invalid), style="bold red")
    parts = [
        Text(
            message("status_count", lang, count=count, status=status_word(status, lang)), style=STYLES[status]
        )
        for status, count in counts.items()
        if count
    ]
    if parts:
        line.append(f"; {message('run_factors', lang)}: ")
        line.append(Text(", ").join(parts))
    return line


def total(counts: Mapping[str, int], files: int, invalid: int, options: RenderOptions) -> str:
    """`total_line` as `render` ends a report of several files: for a report written file by
    file (commands/check.py)."""
    buffer = io.StringIO()
    console_for(options, buffer).print(total_line(counts, files, invalid, options.lang), soft_wrap=True)
    return defuse_commands(buffer.getvalue())


def added_up(results: Iterable[FileResult]) -> dict[str, int]:
    """The statuses of all files' factors, counted together, in the order of STATUSES."""
    counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for result in results:
        for status, count in result.counts().items():
            counts[status] = counts.get(status, 0) + count
    return counts


def file_text(result: FileResult, options: RenderOptions) -> str:
    """One file's table (or list), summary and profile, or its problems; commands defused."""
    buffer = io.StringIO()
    console = console_for(options, buffer)
    if not result.valid:
        count = len(result.problems)
        text = counted("invalid_file", options.lang, count, file=one_line(result.file))
        console.print(Text(text, style="bold red"))
        if options.list_problems:
            for item in result.problems:
                console.print(Text(f"  {item.short_where()}{one_line(item.text(options.lang))}"))
        console.print()
    else:
        shape = layout(result, options)
        body = _file_list(result, options) if shape.kind == "list" else _file_table(result, options, shape)
        console.print(Group(body, summary_line(result, options.lang), profile_line(result, options.lang)))
        console.print()
    # A name like '::error::x' would start a line; '##[' works anywhere in a CI log. A table
    # ends on a new line, so no command spans two files' parts.
    return defuse_commands(buffer.getvalue())


class TableReport(Reporter):
    """The Rich table, a file at a time; under several files, their total."""

    parallel = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self.counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        self.files = 0
        self.invalid = 0

    def part(self, result: FileResult) -> Part:
        return Part(file_text(result, self.options), [result.counts(), result.valid])

    def add(self, data: Any) -> None:
        counts, valid = data
        for status, count in counts.items():
            self.counts[status] = self.counts.get(status, 0) + count
        self.files += 1
        self.invalid += not valid

    def lead(self, digest: str) -> str:
        # One line, however long: the terminal wraps it, a log keeps it whole.
        return total(self.counts, self.files, self.invalid, self.options) if self.files > 1 else ""


def render(report: Report, options: RenderOptions) -> str:
    return whole(TableReport(report.factor_set, options), report.results)
