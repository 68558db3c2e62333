"""The engine: (factor set, intervention) -> factor results. Pure: no printing, no files."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from wat_werkt.conditions import Outcome
from wat_werkt.factors import Criterion, Factor, FactorSet
from wat_werkt.problems import Loc, Problem
from wat_werkt.yamlload import Document

Status = Literal["waived", "not_applicable", "not_described", "strength", "gap", "partial"]
STATUSES: tuple[Status, ...] = ("strength", "partial", "gap", "not_described", "not_applicable", "waived")
# --fail-on severities: only these three can fail a run (FORMAT.md section 2).
SEVERITY: dict[str, int] = {"partial": 1, "not_described": 2, "gap": 3}
FAIL_ON = ("partial", "not_described", "gap", "never")


def fails_at(worst: int, fail_on: str) -> bool:
    """Whether a worst severity (SEVERITY, 0 for none) fails a run under --fail-on."""
    return fail_on != "never" and worst >= SEVERITY[fail_on]


class CriterionResult(NamedTuple):
    criterion: Criterion
    outcome: Outcome


class Waiver(NamedTuple):
    factor: str
    reason: str
    loc: Loc


class FactorResult(NamedTuple):
    factor: Factor
    status: Status
    loc: Loc  # where to point: the value that decided it, or the nearest key for a missing one
    applies: Outcome | None  # specific factors: the applies_when outcome
    criteria: tuple[CriterionResult, ...]
    waiver: Waiver | None = None
    unused_waiver: bool = False  # waived, but it would have been a strength anyway


class About(NamedTuple):
    """What a file says about itself, for reports that show more than the factors (HTML)."""

    summary: str | None = None
    provider: str | None = None
    url: str | None = None


class FileResult(NamedTuple):
    """Everything known about one input file: its problems, or its factor results."""

    file: str
    name: str | None
    problems: tuple[Problem, ...]
    factors: tuple[FactorResult, ...] = ()
    about: About = About()

    @property
    def valid(self) -> bool:
        return not self.problems

    def counts(self, kind: str | None = None) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for result in self.factors:
            if kind is None or result.factor.kind == kind:
                counts[result.status] += 1
        return counts

    def worst(self) -> int:
        return max((SEVERITY.get(r.status, 0) for r in self.factors), default=0)


class Report(NamedTuple):
    factor_set: FactorSet
    results: tuple[FileResult, ...]

    @property
    def has_errors(self) -> bool:
        return any(not r.valid for r in self.results)

    def fails(self, fail_on: str) -> bool:
        return fails_at(max((r.worst() for r in self.results), default=0), fail_on)


def waivers_of(doc: Document, factor_set: FactorSet) -> dict[str, Waiver]:
    """The file's waivers for factors of this set; waivers for other sets are ignored."""
    out: dict[str, Waiver] = {}
    for i, item in enumerate(doc.data.get("waivers") or []):
        factor = item["factor"]
        if factor_set.get(factor) is not None and factor not in out:
            out[factor] = Waiver(factor, item["reason"], doc.loc(("waivers", i)))
    return out


def evaluate_factor(factor: Factor, doc: Document, waiver: Waiver | None = None) -> FactorResult:
    applies = factor.applies_when.evaluate(doc, ()) if factor.applies_when else None
    criteria = tuple(CriterionResult(c, c.check.evaluate(doc, ())) for c in factor.criteria)
    status, loc = _status(applies, criteria)
    if waiver is not None:
        return FactorResult(factor, "waived", waiver.loc, applies, criteria, waiver, status == "strength")
    return FactorResult(factor, status, loc, applies, criteria)


def _status(applies: Outcome | None, criteria: tuple[CriterionResult, ...]) -> tuple[Status, Loc]:
    if applies is not None and applies.value == "unmet":
        return "not_applicable", applies.loc
    if applies is not None and applies.value == "unknown":
        return "not_described", applies.loc
    values = [r.outcome.value for r in criteria]
    first = {v: next((r.outcome.loc for r in criteria if r.outcome.value == v), None) for v in set(values)}
    if values and all(v == "met" for v in values):
        return "strength", first["met"] or Loc(1, 1)
    if "met" in values:
        # Point at what is still to do: the first criterion that is not met.
        return "partial", first.get("unmet") or first.get("unknown") or Loc(1, 1)
    if "unmet" in values:
        return "gap", first["unmet"] or Loc(1, 1)
    return "not_described", first.get("unknown") or Loc(1, 1)


def evaluate(factor_set: FactorSet, doc: Document) -> tuple[FactorResult, ...]:
    """Every factor of the set for one valid, normalised document."""
    waivers = waivers_of(doc, factor_set)
    return tuple(evaluate_factor(f, doc, waivers.get(f.id)) for f in factor_set.factors)


def about_of(data: Any) -> About:
    def text(key: str) -> str | None:
        value = data.get(key) if isinstance(data, dict) else None
        return value if isinstance(value, str) and value.strip() else None

    return About(text("summary"), text("provider"), text("url"))


def name_of(data: Any) -> str | None:
    if isinstance(data, dict) and isinstance(data.get("name"), str):
        return str(data["name"])
    return None
