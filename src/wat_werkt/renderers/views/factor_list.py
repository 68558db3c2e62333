"""The factor catalogue for people: the list (`watwerkt factors`) and one factor in full."""

from __future__ import annotations

import io

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from wat_werkt.engine import conditions as c
from wat_werkt.factorset.load import Factor, FactorSet
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import shows_kinds
from wat_werkt.renderers.report.table import console_for
from wat_werkt.textsafe import clean, defuse_commands, one_line


def describe(cond: c.Condition, lang: str) -> str:
    """A condition in words, for `factors show` and `explain`."""
    return cond.describe(lang)


def _render(renderable: RenderableType, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console_for(options, buffer).print(renderable)
    return defuse_commands(buffer.getvalue())


def render_list(factor_set: FactorSet, options: RenderOptions) -> str:
    lang = options.lang
    parts: list[RenderableType] = [Text(one_line(factor_set.title.get(lang)), style="bold")]
    both = shows_kinds(factor_set.factors)
    for kind in ("general", "specific"):
        table = Table(
            title=message(kind, lang) if both else None,
            box=box.SIMPLE_HEAD,
            expand=True,
            title_justify="left",
        )
        table.add_column(message("col_id", lang), no_wrap=True, style="bold")
        table.add_column(message("col_factor", lang), ratio=2)
        table.add_column(message("col_summary", lang), ratio=5)
        for factor in factor_set.factors:
            if factor.kind == kind:
                first = factor.summary.get(lang).split(". ")[0].rstrip(".") + "."
                table.add_row(factor.id, one_line(factor.title.get(lang)), one_line(first))
        if table.row_count:
            parts.append(table)
    source = dict(factor_set.source)
    parts.append(Text(f"{message('source', lang)}: " + one_line(", ".join(source.values())), style="dim"))
    return _render(Group(*parts), options)


def render_factor(factor: Factor, options: RenderOptions) -> str:
    lang = options.lang
    out = Text()
    # Titles, criteria and advice on one line each; a summary keeps its paragraphs. Control
    # characters are shown as escapes either way (docs/robustness.md).
    out.append(f"{factor.id}  {one_line(factor.title.get(lang))}\n", style="bold")
    out.append(f"{message(factor.kind + '_short', lang)} · {factor.slug}\n\n", style="dim")
    out.append(clean(factor.summary.get(lang)) + "\n\n")
    if factor.applies_when is not None:
        out.append(f"{message('when_applies', lang)}: ", style="bold")
        out.append(describe(factor.applies_when, lang) + "\n\n")
    out.append(f"{message('criteria', lang)}:", style="bold")
    # A grid keeps wrapped criteria indented under their bullet.
    criteria = Table.grid(padding=(0, 1))
    criteria.add_column(width=3, justify="right")
    criteria.add_column()
    for crit in factor.criteria:
        cell = Text(one_line(crit.text.get(lang)) + "\n")
        cell.append(
            message("explain_basis", lang, basis=message("basis_" + crit.basis, lang)) + " · ", style="dim"
        )
        cell.append(describe(crit.check, lang), style="dim")
        if crit.advice is not None:
            label = message("advice" if crit.decides else "tip", lang)
            cell.append(f"\n{label}: ", style="italic")
            cell.append(one_line(crit.advice.get(lang)), style="italic")
        if crit.question is not None:
            cell.append(f"\n{message('question', lang)}: ", style="italic")
            cell.append(one_line(crit.question.get(lang)), style="italic")
        criteria.add_row("•", cell)
    tail = Text()
    tail.append(f"\n{message('advice', lang)}: ", style="bold")
    tail.append(one_line(factor.advice.get(lang)))
    if factor.source:
        tail.append(f"\n{message('source', lang)}: ", style="bold")
        tail.append(one_line(", ".join(v for _, v in factor.source)))
    return _render(Group(out, criteria, tail), options)
