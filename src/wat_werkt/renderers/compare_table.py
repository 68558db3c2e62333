"""`compare` in the terminal: a Rich matrix of status symbols, totals, a legend and a key."""

from __future__ import annotations

import io

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import SYMBOLS, shows_kinds, status_word
from wat_werkt.renderers.compare import TOTALS, Matrix
from wat_werkt.renderers.table import STYLES, console_for
from wat_werkt.textsafe import clean, defuse_commands, one_line

ID_WIDTH, FACTOR_WIDTH = 4, 30
MAX_HEADER_LINES = 3


def _budget(count: int, width: int) -> int:
    """The width each intervention column may take."""
    # Rich draws a border and one space of padding each side around every column.
    return (width - ID_WIDTH - FACTOR_WIDTH - 3 * (count + 2)) // max(count, 1)


def _use_names(names: list[str], budget: int) -> bool:
    """Names as column headers when each fits in a few lines of its share of the width;
    otherwise numbered columns and a key below, so the matrix never turns into a word ladder."""
    return all(
        max((len(w) for w in name.split()), default=0) <= budget
        and len(name) <= budget * MAX_HEADER_LINES
        for name in names
    )


def _legend(lang: str) -> Text:
    line = Text(f"{message('legend', lang)}: ", style="bold")
    for status, symbol in SYMBOLS.items():
        line.append(f"{symbol} {status_word(status, lang)}", style=STYLES[status])
        line.append("  ")
    line.rstrip()
    return line


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
            cells = [
                Text(SYMBOLS[c.status], style=STYLES[c.status]) if c else Text("")
                for c in row.cells
            ]
            table.add_row(
                row.factor.id,
                clean(row.factor.title.get(lang)),
                *cells,
                end_section=row is rows[-1],
            )
    for status in TOTALS:
        label = Text(
            message("compare_total", lang, status=status_word(status, lang)), style=STYLES[status]
        )
        table.add_row(SYMBOLS[status], label, *(str(n) for n in m.totals(status)))
    return table, named


def _key(m: Matrix) -> Text:
    key = Text()
    for i, column in enumerate(m.columns, 1):
        key.append(f"{i:>3}  ", style="bold")
        key.append(one_line(column.name or ""))
        key.append(f"  ({one_line(column.file)})\n", style="dim")
    return key


def render(m: Matrix, options: RenderOptions) -> str:
    lang = options.lang
    parts: list[RenderableType] = []
    if m.columns:
        table, named = _matrix_table(m, options)
        parts.append(table)
        parts.append(_legend(lang))
        if not named:
            parts.append(Text(f"\n{message('compare_key', lang)}:", style="bold"))
            parts.append(_key(m))
    else:
        parts.append(Text(message("compare_none", lang), style="bold red"))
    if m.invalid:
        files = ", ".join(one_line(r.file) for r in m.invalid)
        parts.append(Text(message("compare_skipped", lang, files=files), style="red"))
    buffer = io.StringIO()
    console_for(options, buffer).print(Group(*parts))
    return defuse_commands(buffer.getvalue())
