"""`compare` in the terminal: a Rich matrix of status symbols, a legend, a key, the key facts
and the questions for each provider (docs/compare.md)."""

from __future__ import annotations

import io

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

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
from wat_werkt.renderers.report.table import STYLES, console_for
from wat_werkt.textsafe import clean, defuse_commands, one_line

ID_WIDTH, FACTOR_WIDTH = 4, 30
MAX_HEADER_LINES = 3
LABEL_WIDTH = 16  # the labels of the key facts
MIN_FACT_WIDTH = 18  # below this, the key facts are listed per intervention, not side by side


def _budget(count: int, width: int) -> int:
    """The width each intervention column may take."""
    # Rich draws a border and one space of padding each side around every column.
    return (width - ID_WIDTH - FACTOR_WIDTH - 3 * (count + 2)) // max(count, 1)


def _use_names(names: list[str], budget: int) -> bool:
    """Names as column headers when each fits in a few lines of its share of the width;
    otherwise numbered columns and a key below, so the matrix never turns into a word ladder."""
    return all(
        max((len(w) for w in name.split()), default=0) <= budget and len(name) <= budget * MAX_HEADER_LINES
        for name in names
    )


def _legend(lang: str) -> Text:
    """One line for each status symbol, saying what it means (`?`: ask the provider)."""
    lines = Text(f"{message('legend', lang)}:\n", style="bold")
    for status, symbol, text in legend_lines(lang):
        lines.append(f"  {symbol} ", style=STYLES[status])
        lines.append(f"{text}\n", style="")
    lines.rstrip()
    return lines


def _fact_cells(m: Matrix, lang: str) -> list[tuple[Text, list[Text]]]:
    """The rows of the key facts, absent facts in words, dimmed; last, in plain type, how many
    factors each description answers and how many with a no (completeness, never a score)."""
    rows = []
    for code, value in FACT_ROWS:
        cells = []
        for column in m.columns:
            shown = value(column.about.facts, lang)
            cells.append(Text(one_line(shown)) if shown is not None else Text(absent(lang), style="dim"))
        rows.append((Text(message(code, lang)), cells))
    answered = [Text(described_text(*d, lang)) for d in m.described()]
    rows.append((Text(message("described_label", lang)), answered))
    return rows


def _facts(m: Matrix, options: RenderOptions, named: bool) -> list[RenderableType]:
    """The key facts side by side when each intervention gets a readable column; otherwise one
    block per intervention, in the order of the matrix."""
    lang = options.lang
    title = Text(message("key_facts", lang), style="bold")
    count = len(m.columns)
    budget = (options.width - LABEL_WIDTH - 3 * (count + 1)) // max(count, 1)
    rows = _fact_cells(m, lang)
    if budget >= MIN_FACT_WIDTH:
        table = Table(box=box.ROUNDED, title=title, title_justify="left")
        table.add_column("", max_width=LABEL_WIDTH)
        for i, column in enumerate(m.columns, 1):
            table.add_column(one_line(column.name or column.file) if named else str(i), max_width=budget)
        for label, cells in rows:
            table.add_row(label, *cells, end_section=label is rows[-2][0])  # answered apart
        return [table, Text(message("described_note", lang), style="dim")]
    parts: list[RenderableType] = [Text(""), title]
    for i, column in enumerate(m.columns):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=4)  # under the number of the heading
        grid.add_column(width=min(max(len(label) for label, _ in rows), LABEL_WIDTH + 10))
        grid.add_column()
        for label, cells in rows:
            grid.add_row("", label, cells[i])
        parts += [_heading(i + 1, column.name, column.file), grid]
    parts.append(Text(message("described_note", lang), style="dim"))
    return parts


def _heading(number: int, name: str | None, file: str) -> Text:
    line = Text(f"{number:>3}  ", style="bold")
    line.append(one_line(name or ""), style="bold")
    line.append(f"  ({one_line(file)})", style="dim")
    return line


def _questions(m: Matrix, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), Text(message("questions_heading", lang), style="bold")]
    for i, column in enumerate(m.columns, 1):
        parts.append(_heading(i, column.name, column.file))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=4)
        grid.add_column(width=4)
        grid.add_column()
        # The key facts it does not state first, as the key facts come before the factors.
        about = fact_questions(column, lang)
        for f in about:
            text = Text(f"{one_line(f.label)}: ", style="bold")
            grid.add_row("", "", text.append(one_line(f.text), style=""))
        asked = questions(column, lang)
        for q in asked:
            grid.add_row("", Text(q.factor, style="bold"), Text(one_line(q.text)))
        if not asked and not about:
            grid.add_row("", "", Text(message("questions_none", lang)))
        parts.append(grid)
    return parts


def _matrix_table(m: Matrix, options: RenderOptions) -> tuple[Table, bool]:
    lang = options.lang
    names = [one_line(c.name or c.file) for c in m.columns]
    budget = _budget(len(names), options.width)
    named = _use_names(names, budget)
    table = Table(box=box.ROUNDED, title=Text(m.title(lang), style="bold"), title_justify="left")
    table.add_column(message("col_id", lang), no_wrap=True, style="bold")
    table.add_column(message("col_factor", lang), max_width=FACTOR_WIDTH)
    for i, name in enumerate(names, 1):
        table.add_column(name if named else str(i), justify="center", max_width=max(budget, 3))
    blank = [""] * len(m.columns)
    for kind in ("general", "specific"):
        rows = m.rows_of(kind)
        if not rows:
            continue
        if shows_kinds(m.factor_set.factors):
            table.add_row("", Text(message(kind, lang), style="bold underline"), *blank)
        for row in rows:
            cells = [Text(SYMBOLS[c.status], style=STYLES[c.status]) if c else Text("") for c in row.cells]
            table.add_row(
                row.factor.id,
                clean(row.factor.title.get(lang)),
                *cells,
                end_section=row is rows[-1],
            )
    return table, named


def _key(m: Matrix) -> Text:
    key = Text()
    for i, column in enumerate(m.columns, 1):
        key.append(f"{i:>3}  ", style="bold")
        key.append(one_line(column.name or ""))
        key.append(f"  ({one_line(column.file)})\n", style="dim")
    key.rstrip()
    return key


def render(m: Matrix, options: RenderOptions) -> str:
    lang = options.lang
    parts: list[RenderableType] = []
    if m.invalid:
        # On top: a reader who sees fewer columns than files knows at once which and why.
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=1)  # wrapped lines keep their indent
        grid.add_column()
        for line in left_out(m.invalid, lang):
            grid.add_row("", Text(one_line(line), style="red"))
        parts += [Text(message("compare_left_out", lang), style="bold red"), grid, Text("")]
    if m.columns:
        table, named = _matrix_table(m, options)
        parts.append(table)
        parts.append(_legend(lang))
        if not named:
            parts.append(Text(f"\n{message('compare_key', lang)}:", style="bold"))
            parts.append(_key(m))
        parts += _facts(m, options, named)
        parts += _questions(m, lang)
    else:
        parts.append(Text(message("compare_none", lang), style="bold red"))
    buffer = io.StringIO()
    console_for(options, buffer).print(Group(*parts))
    return defuse_commands(buffer.getvalue())
