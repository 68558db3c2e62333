"""`watwerkt explain`: why one factor got its status for one file, criterion by criterion."""

from __future__ import annotations

import io

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

# The engine's own status rule, to say what a waived factor would have been without its waiver.
from wat_werkt.engine.evaluate import FactorResult
from wat_werkt.engine.evaluate import status_of as status_without_waiver
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import (
    SYMBOLS,
    TRI_SYMBOLS,
    criterion_advice,
    criterion_evidence,
    criterion_state,
    evidence,
    status_word,
)
from wat_werkt.renderers.report.table import STYLES, TRI_STYLES, console_for
from wat_werkt.renderers.views.factor_list import describe
from wat_werkt.textsafe import clean, defuse_commands, one_line

# Statuses with something to do; for the others the advice would only confuse.
ADVISED = ("gap", "partial", "not_described")


def reason(result: FactorResult, status: str, lang: str) -> str:
    """Why the rules of docs/contract.md section 2 give this status, in one sentence."""
    if status == "waived" and result.waiver is not None:
        return message(
            "explain_why_waived", lang, line=result.waiver.loc.line, reason=one_line(result.waiver.reason)
        )
    if status == "not_described" and result.applies is not None and result.applies.value == "unknown":
        return message("explain_why_applies_unknown", lang)
    if status == "partial":
        deciding = [r for r in result.criteria if r.criterion.decides and r.counts]
        met = sum(r.outcome.value == "met" for r in deciding)
        others = [
            message(f"explain_others_{value}", lang, n=count)
            for value in ("unknown", "unmet")
            if (count := sum(r.outcome.value == value for r in deciding))
        ]
        return message("explain_why_partial", lang, met=met, total=len(deciding), others=", ".join(others))
    return message(f"explain_why_{status}", lang)


def _tri(value: str, lang: str) -> Text:
    return Text(f"{TRI_SYMBOLS[value]} {message('tri_' + value, lang)}", style=TRI_STYLES[value])


def _status(status: str, lang: str) -> Text:
    return Text(f"{SYMBOLS[status]} {status_word(status, lang)}", style=STYLES[status])


def _grid() -> Table:
    # Two columns keep wrapped lines under their own column instead of under the symbols.
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    return grid


def render(result: FactorResult, file: str, factor_set: FactorSet, options: RenderOptions) -> str:
    lang = options.lang
    factor = result.factor
    parts: list[RenderableType] = []
    # Everything from the factor set or the file is cleaned: it cannot steer the terminal, nor
    # start a line of its own (docs/robustness.md).
    head = Text(f"{factor.id}  {one_line(factor.title.get(lang))}\n", style="bold")
    kind = message(f"{factor.kind}_short", lang)
    head.append(f"{one_line(file)} · {one_line(factor_set.title.get(lang))} · {kind}", style="dim")
    parts += [head, Text()]

    status = _grid()
    status.add_row(
        Text(f"{message('col_status', lang)}:", style="bold"),
        _status(result.status, lang) + Text(f" — {reason(result, result.status, lang)}"),
    )
    would_be = result.status
    if result.waiver is not None:
        would_be, _ = status_without_waiver(result.applies, result.criteria)
        status.add_row(
            Text(f"{message('explain_would_be', lang)}:", style="bold"),
            _status(would_be, lang) + Text(f" — {reason(result, would_be, lang)}"),
        )
        if result.unused_waiver:
            status.add_row("", Text(message("unused_waiver", lang, factor=factor.id), style="yellow"))
    parts += [status, Text()]

    if result.applies is None or factor.applies_when is None:
        parts.append(Text(message("explain_general", lang)))
    else:
        applies = _grid()
        applies.add_row(
            Text(f"{message('when_applies', lang)}:", style="bold"), Text(describe(factor.applies_when, lang))
        )
        applies.add_row(_tri(result.applies.value, lang), Text(evidence(result.applies, lang)))
        parts.append(applies)
    parts.append(Text())

    title = Text(f"{message('criteria', lang)}:", style="bold")
    if would_be == "not_applicable":
        title.append(" " + message("explain_not_counted", lang), style="dim")
    parts.append(title)
    criteria = _grid()
    for crit in result.criteria:
        basis = message("basis_" + crit.criterion.basis, lang)
        body = Text(one_line(crit.criterion.text.get(lang)) + "\n")
        body.append(message("explain_basis", lang, basis=basis) + " · ", style="dim")
        if crit.criterion.applies_when is not None:
            body.append(
                message(
                    "explain_criterion_applies", lang, condition=describe(crit.criterion.applies_when, lang)
                )
                + " · ",
                style="dim",
            )
        body.append(
            message("explain_checks", lang, condition=describe(crit.criterion.check, lang)) + "\n",
            style="dim",
        )
        body.append(clean(criterion_evidence(crit, lang)))
        open_ = crit.counts and crit.outcome.value != "met" and would_be != "not_applicable"
        # A tip only where the table gives one: never for a factor left out or waived.
        if (open_ and crit.criterion.decides and would_be != "strength") or (
            open_ and not crit.criterion.decides and result.status != "waived"
        ):
            label = message("advice" if crit.criterion.decides else "tip", lang)
            body.append(f"\n{label}: ", style="bold")
            body.append(one_line(criterion_advice(crit, factor, lang)))
        criteria.add_row(Text("  ") + _tri(criterion_state(crit), lang), body)
    parts += [criteria, Text()]
    if any(not crit.criterion.decides for crit in result.criteria):
        parts += [Text(message("explain_tips_only", lang), style="dim"), Text()]

    about = Text(f"{message('advice', lang)}: ", style="bold")
    if would_be in ADVISED:
        about.append(one_line(factor.advice.get(lang)), style="")
        parts.append(about)
    elif result.status in ("not_applicable", "waived") or not any(
        not c.criterion.decides and c.counts and c.outcome.value != "met" for c in result.criteria
    ):
        about.append(message("explain_nothing_to_do", lang), style="")
        parts.append(about)
    buffer = io.StringIO()
    console_for(options, buffer).print(Group(*parts))
    # The grid pads every cell to its width; trailing blanks only get in the way of diffs. A
    # line that could still read as a CI command (a file name, say) is defused, as in `check`.
    return defuse_commands("\n".join(line.rstrip() for line in buffer.getvalue().split("\n")))
