"""Words and symbols every renderer shares: status labels and evidence phrases."""

from __future__ import annotations

from collections.abc import Iterable

from wat_werkt.conditions import Outcome
from wat_werkt.engine import FactorResult
from wat_werkt.factors import Factor
from wat_werkt.messages import message
from wat_werkt.textsafe import one_line

SYMBOLS = {
    "strength": "✔",
    "partial": "◐",
    "gap": "✘",
    "not_described": "?",
    "not_applicable": "–",
    "waived": "⊘",
}
TRI_SYMBOLS = {"met": "✔", "unmet": "✘", "unknown": "?"}
# Statuses whose advice the table always shows; --verbose adds it for not_described too, where
# the "not described: PATH" line already says what to write.
ADVISED = ("gap", "partial")


def shows_kinds(factors: Iterable[Factor]) -> bool:
    """Whether renderers head the rows with "general"/"specific factors": only when the set has
    both kinds. A set of one kind (tidier) would otherwise be called working factors."""
    return len({f.kind for f in factors}) > 1


def status_word(status: str, lang: str) -> str:
    return message(f"status_{status}", lang)


def evidence(outcome: Outcome, lang: str) -> str:
    """One phrase saying what was found where, or what is missing; safe for any output."""
    path = one_line(outcome.path)
    line = outcome.loc.line
    if outcome.kind == "missing":
        return message("evidence_missing", lang, path=path)
    if outcome.kind == "false":
        return message("evidence_false", lang, path=path, line=line)
    if outcome.kind == "empty":
        return message("evidence_empty", lang, path=path, line=line)
    return message("evidence_found", lang, path=path, value=one_line(outcome.evidence or ""), line=line)


def note(result: FactorResult, lang: str) -> str:
    """The one-line explanation of a factor's status."""
    if result.waiver is not None:
        # The reason is the author's sentence; its full stop would clash with the "; " below.
        text = message("waiver_reason", lang, reason=one_line(result.waiver.reason).rstrip(". "))
        if result.unused_waiver:
            text += "; " + message("unused_waiver", lang, factor=result.factor.id)
        return text
    if result.status == "not_applicable" and result.applies:
        return message("applies_not", lang, evidence=evidence(result.applies, lang))
    if result.applies is not None and result.applies.value == "unknown":
        return message("applies_unknown", lang, evidence=evidence(result.applies, lang))
    # A strength shows what was found; anything else shows what is still missing or contrary.
    shown = [r for r in result.criteria if result.status == "strength" or r.outcome.value != "met"]
    return "; ".join(dict.fromkeys(evidence(r.outcome, lang) for r in shown))
