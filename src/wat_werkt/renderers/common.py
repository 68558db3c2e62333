"""Words and symbols every renderer shares: status labels and evidence phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from wat_werkt.engine.conditions import Outcome
from wat_werkt.engine.evaluate import CriterionResult, FactorResult, FileResult
from wat_werkt.factorset.load import Factor
from wat_werkt.format.shape import FIELDS
from wat_werkt.messages import message
from wat_werkt.textsafe import one_line

SYMBOLS = {
    "strength": "✔",
    "partial": "◐",
    "gap": "✘",
    "not_described": "?",
    "not_applicable": "–",
    "waived": "⊘",
    "ignored": "⊝",
}
TRI_SYMBOLS = {"met": "✔", "unmet": "✘", "unknown": "?", "not_applicable": "–"}
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
        return message("evidence_missing", lang, path=one_line(", ".join(outcome.missing or (outcome.path,))))
    if outcome.kind == "silent":
        return message(
            "evidence_silent", lang, path=one_line(", ".join(outcome.missing or (outcome.path,))), line=line
        )
    if outcome.kind == "false" and not _is_yes_no(outcome.path):
        return message("evidence_false", lang, path=path, line=line)
    if outcome.kind == "false":  # a yes/no field: false is its answer, not "not part of it"
        return message("evidence_found", lang, path=path, value="false", line=line)
    if outcome.kind == "empty":
        return message("evidence_empty", lang, path=path, line=line)
    if outcome.kind == "negated":
        return message(
            "evidence_negated", lang, path=path, clause=one_line(outcome.evidence or ""), line=line
        )
    found = message("evidence_found", lang, path=path, value=one_line(outcome.evidence or ""), line=line)
    if outcome.lacking:
        found += "; " + message("evidence_lacking", lang, values=one_line(", ".join(outcome.lacking)))
    return found


def criterion_state(result: CriterionResult) -> str:
    """met, unmet or unknown; not_applicable for a criterion whose own applies_when is unmet."""
    return result.outcome.value if result.counts else "not_applicable"


def criterion_evidence(result: CriterionResult, lang: str) -> str:
    """What decided a criterion, or, for one that does not take part, why it does not."""
    if not result.counts and result.applies is not None:
        return message("applies_not", lang, evidence=evidence(result.applies, lang))
    return evidence(result.outcome, lang)


def _is_yes_no(path: str) -> bool:
    field = FIELDS.get(re.sub(r"\[\d+\]", "", path))
    return field is not None and field.kind == "bool"


def _item_line(path: str, outcome: Outcome, lang: str) -> str:
    """A missing field of one item of a list (`goals[2].measure`) with the line of that item:
    people count from 1, the path from 0, and the line says which goal is meant."""
    if path != outcome.path or not _ITEM.search(path):
        return path
    return message("evidence_item_line", lang, path=path, line=outcome.loc.line)


_ITEM = re.compile(r"\[\d+\]")


# A text that ends in a dotted abbreviation ("n.v.t.", "o.a.", "e.g."): its last dot is a word's.
_ABBREVIATION_AT_END = re.compile(r"(?:^|[^\w.])(?:[^\W\d_]{1,3}\.){2,}$")


def without_closing_stop(text: str) -> str:
    """The author's text without the stop that closes it, where a sentence around the quote has
    its own; an abbreviation keeps its dot, so "n.v.t." is quoted as written."""
    text = text.strip()
    if _ABBREVIATION_AT_END.search(text):
        return text
    return text.rstrip(".;:, ")


def note(result: FactorResult, lang: str) -> str:
    """The one-line explanation of a factor's status: what decided it (docs/contract.md
    section 2: evidence names what decided); for a finding the baseline accepts, that too."""
    text = _note(result, lang)
    if result.baseline is not None:
        text += "; " + message("in_baseline", lang, status=status_word(result.baseline, lang))
    return text


def _note(result: FactorResult, lang: str) -> str:
    if result.ignored is not None:
        ignored = result.ignored
        text = message("ignored_by", lang, by=ignored.by, where=one_line(ignored.where))
        return text + (f": {without_closing_stop(one_line(ignored.reason))}" if ignored.reason else "")
    if result.waiver is not None:
        # The reason is the author's sentence; its full stop would clash with the "; " below.
        text = message("waiver_reason", lang, reason=without_closing_stop(one_line(result.waiver.reason)))
        if result.unused_waiver:
            text += "; " + message("unused_waiver", lang, factor=result.factor.id)
        return text
    if result.status == "not_applicable":
        # The factor's condition, or, when every criterion is left out by its own, the first.
        applies = result.applies or next((r.applies for r in result.criteria if r.applies is not None), None)
        if applies is not None:
            return message("applies_not", lang, evidence=evidence(applies, lang))
    if result.applies is not None and result.applies.value == "unknown":
        return message("applies_unknown", lang, evidence=evidence(result.applies, lang))
    # A strength shows what was found; a partial factor what was found and what is still
    # missing or contrary, so the writer can check both; a gap or not_described what is missing or
    # contrary. Only source criteria decide, so only they explain; practice criteria are tips.
    shown = [
        r
        for r in result.criteria
        if r.criterion.decides
        and r.counts
        and (result.status in ("strength", "partial") or r.outcome.value != "met")
    ]
    # What was found or contradicted first, then every field not described in one phrase.
    said = [evidence(r.outcome, lang) for r in shown if r.outcome.kind != "missing"]
    missing = [
        _item_line(path, r.outcome, lang)
        for r in shown
        if r.outcome.kind == "missing"
        for path in r.outcome.missing or (r.outcome.path,)
    ]
    if missing:
        said.append(message("evidence_missing", lang, path=one_line(", ".join(dict.fromkeys(missing)))))
    return "; ".join(dict.fromkeys(said))


def _not_met(result: FactorResult, decides: bool) -> list[CriterionResult]:
    return [
        r for r in result.criteria if r.criterion.decides == decides and r.counts and r.outcome.value != "met"
    ]


def advice(result: FactorResult, lang: str) -> list[str]:
    """What to do: for each source criterion that is not met (docs/contract.md section 2), its
    advice when the description contradicts it, and its question when the description is silent
    on it (it may well hold: "come more often" would wrong a programme that just did not say how
    often); the factor's own advice when the factor as a whole is in question (it is not known
    whether it applies) or a criterion has neither of its own."""
    if result.applies is not None and result.applies.value == "unknown":
        return [result.factor.advice.get(lang)]
    return list(dict.fromkeys(criterion_advice(r, result.factor, lang) for r in _not_met(result, True)))


def criterion_advice(r: CriterionResult, factor: Factor, lang: str) -> str:
    """What to do about one criterion that is not met: its advice when the description answers
    it otherwise, its question when the description is silent on it (see `advice`). The table,
    the CI formats and `explain` all say the same."""
    if r.criterion.decides and r.outcome.value == "unknown" and r.criterion.question is not None:
        return message("advice_describe", lang, question=r.criterion.question.get(lang))
    return (r.criterion.advice or factor.advice).get(lang)


def tips(result: FactorResult, lang: str) -> list[str]:
    """The advice of the practice criteria that are not met: good practice the source does not
    name. A tip is left out when a source criterion that is not met already asks for the same
    fields (S01's social support for problems that are not light)."""
    if result.status in ("not_applicable", "waived"):
        return []
    asked = {path for r in _not_met(result, True) for path in r.criterion.check.paths()}
    texts = [
        (r.criterion.advice or r.criterion.text).get(lang)
        for r in _not_met(result, False)
        if not set(r.criterion.check.paths()) <= asked
    ]
    return list(dict.fromkeys(texts))


class Question(NamedTuple):
    factor: str  # the factor's id
    criterion: str  # the criterion's id
    text: str


def questions(result: FileResult, lang: str) -> list[Question]:
    """What to ask the provider (docs/contract.md section 7), so that every `?` asks something:
    the question of each source criterion the description is silent on (unknown), for the
    factors that apply; for a factor whose applicability is itself unknown, its
    `applies_question` (what decides whether it applies) instead of its criteria, which could be
    moot; and for a source criterion the description answers with an explicit no, its `followup`
    after a quote of that no. A factor that does not apply, is waived or is left out by the
    project's selection (ignored: its answers would change nothing) asks nothing; nor does a
    criterion whose own applies_when is unmet, or a practice criterion (a tip)."""
    asked: list[Question] = []
    for row in result.factors:
        if row.status in ("not_applicable", "waived", "ignored"):
            continue
        if row.applies is not None and row.applies.value != "met":
            if row.factor.applies_question is not None:
                asked.append(Question(row.factor.id, "applies_when", row.factor.applies_question.get(lang)))
            continue
        quoted: set[tuple[str, str]] = set()  # one follow-up per no (goals: [] unmeets two)
        for item in row.criteria:
            crit = item.criterion
            if not (crit.decides and item.counts):
                continue
            outcome = item.outcome
            if outcome.value == "unknown" and crit.question:
                asked.append(Question(row.factor.id, crit.id, crit.question.get(lang)))
            elif (
                outcome.value == "unmet"
                and outcome.kind in NO_KINDS
                and (outcome.path, outcome.kind) not in quoted
            ):
                quoted.add((outcome.path, outcome.kind))
                then = crit.followup or crit.question
                if then is not None:
                    asked.append(
                        Question(row.factor.id, crit.id, f"{said_no(outcome, lang)} {then.get(lang)}")
                    )
    return asked


def asked_paths(result: FileResult) -> set[str]:
    """The fields that the questions about the factors of this file ask for (the fields their
    criteria, or their applies_when, read): what a question about a key fact need not ask
    again. Dotted paths as the format names them (goals.kind, duration.sessions)."""
    by_factor = {row.factor.id: row.factor for row in result.factors}
    paths: set[str] = set()
    for question in questions(result, "en"):
        factor = by_factor[question.factor]
        if question.criterion == "applies_when" and factor.applies_when is not None:
            paths.update(factor.applies_when.paths())
            continue
        for crit in factor.criteria:
            if crit.id == question.criterion:
                paths.update(crit.check.paths())
    return paths


# The evidence kinds of an explicit no (docs/contract.md section 2): false, [] and a sentence
# that says no. A value that contradicts (a visiting volunteer) is no "no" and has its advice.
NO_KINDS = ("false", "empty", "negated")
_QUOTED = 120  # characters of a sentence that says no; a follow-up quotes, it does not copy


def said_no(outcome: Outcome, lang: str) -> str:
    """The file's own no, quoted with its path, to open a follow-up question: 'U schrijft bij
    practitioners.supervision: "nee".'"""
    path = one_line(outcome.path)
    if outcome.kind == "negated":
        # Without its closing stop: the sentence around the quote has its own.
        text = without_closing_stop(one_line(outcome.evidence or ""))
        if len(text) > _QUOTED:
            text = text[: _QUOTED - 1].rstrip() + "…"
        return message("followup_negated", lang, path=path, text=text)
    if outcome.kind == "empty":
        return message("followup_empty", lang, path=path)
    return message("followup_no" if _is_yes_no(outcome.path) else "followup_false", lang, path=path)
