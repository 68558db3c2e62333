"""The engine: (factor set, intervention) -> factor results. Pure: no printing, no files."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from wat_werkt.document.yamlload import Document
from wat_werkt.engine.conditions import Check, Outcome
from wat_werkt.engine.verdicts import to_outcome
from wat_werkt.factorset.load import Criterion, Factor, FactorSet
from wat_werkt.format.facts import Facts, facts_of
from wat_werkt.problems import Loc, Problem

Status = Literal["waived", "not_applicable", "not_described", "strength", "gap", "partial", "ignored"]
STATUSES: tuple[Status, ...] = ("strength", "partial", "gap", "not_described", "not_applicable", "waived")
# A factor the project's selection leaves out (select, ignore, per_file_ignores: run/selection.py)
# has this status instead of its own. It is no outcome of the evaluation, so it is not one of
# STATUSES: counts and reports show it only where a factor has it (docs/contract.md section 7).
IGNORED: Status = "ignored"
# --fail-on severities: only these three can fail a run (docs/contract.md section 2).
SEVERITY: dict[str, int] = {"partial": 1, "not_described": 2, "gap": 3}
FAIL_ON = ("partial", "not_described", "gap", "never")


def fails_at(worst: int, fail_on: str) -> bool:
    """Whether a worst severity (SEVERITY, 0 for none) fails a run under --fail-on."""
    return fail_on != "never" and worst >= SEVERITY[fail_on]


class CriterionResult(NamedTuple):
    criterion: Criterion
    outcome: Outcome
    applies: Outcome | None = None  # the criterion's own applies_when, when it has one

    @property
    def counts(self) -> bool:
        """Whether it takes part: a criterion whose applies_when is unmet does not (S01's
        social support for light problems); an unknown one does, as it may apply."""
        return self.applies is None or self.applies.value != "unmet"


class Waiver(NamedTuple):
    factor: str
    reason: str
    loc: Loc


class Ignored(NamedTuple):
    """Why the project leaves a factor out: which option (`select`, `ignore`,
    `per_file_ignores`), where it is set (`.watwerkt.yaml:4:3`, or the command line's flag)
    and, for a per-file ignore, the reason given."""

    by: str
    where: str
    reason: str | None = None


class FactorResult(NamedTuple):
    factor: Factor
    status: Status
    loc: Loc  # where to point: the value that decided it, or the nearest key for a missing one
    applies: Outcome | None  # specific factors: the applies_when outcome
    criteria: tuple[CriterionResult, ...]
    waiver: Waiver | None = None
    unused_waiver: bool = False  # waived, but it would have been a strength anyway
    ignored: Ignored | None = None  # status "ignored": why (run/selection.py)
    # The status a baseline records for this finding, when it accepts it (run/baseline.py): the
    # factor keeps its own status but no longer fails the run.
    baseline: str | None = None


class About(NamedTuple):
    """What a file says about itself, for reports that show more than the factors (HTML), and
    its key facts (facts.py, for commissioners: docs/compare.md)."""

    summary: str | None = None
    provider: str | None = None
    url: str | None = None
    facts: Facts = Facts()


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
                # "ignored" only where a factor has it: a run without a selection counts as
                # it always has (IGNORED).
                counts[result.status] = counts.get(result.status, 0) + 1
        return counts

    def worst(self) -> int:
        """The worst severity that fails a run: a finding the baseline accepts does not."""
        return max((SEVERITY.get(r.status, 0) for r in self.factors if r.baseline is None), default=0)


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


_make = tuple.__new__  # CriterionResult(...) without its checks, for less: see verdicts.to_outcome
# A FactorResult's fields after `criteria`, as it has them by default: no waiver, not ignored.
_UNWAIVED = tuple(FactorResult._field_defaults[name] for name in FactorResult._fields[5:])


class _Compiled(NamedTuple):
    """A factor with its conditions compiled (conditions.Condition.compile)."""

    factor: Factor
    applies_when: Check | None
    criteria: tuple[tuple[Criterion, Check, Check | None], ...]

    @classmethod
    def of(cls, factor: Factor) -> _Compiled:
        applies = factor.applies_when.compile() if factor.applies_when else None
        return cls(
            factor,
            applies,
            tuple(
                (c, c.check.compile(), c.applies_when.compile() if c.applies_when else None)
                for c in factor.criteria
            ),
        )

    def evaluate(self, doc: Document, waiver: Waiver | None) -> FactorResult:
        data = doc.data
        applies = to_outcome(doc, self.applies_when(data, ())) if self.applies_when else None
        criteria = tuple(
            [
                _make(
                    CriterionResult,
                    (
                        c,
                        to_outcome(doc, check(data, ())),
                        None if when is None else to_outcome(doc, when(data, ())),
                    ),
                )
                for c, check, when in self.criteria
            ]
        )
        status, loc = status_of(applies, criteria)
        if waiver is not None:
            return FactorResult(
                self.factor, "waived", waiver.loc, applies, criteria, waiver, status == "strength"
            )
        return _make(FactorResult, (self.factor, status, loc, applies, criteria, *_UNWAIVED))


# The compiled factors of the sets last evaluated, by identity: a run checks every file against
# one set, so it is compiled once, on first use (loading a set compiles nothing). The set is
# kept in the entry, so its id cannot be taken by another set while the entry lives.
_compiled: dict[int, tuple[FactorSet, tuple[_Compiled, ...]]] = {}


def _compiled_factors(factor_set: FactorSet) -> tuple[_Compiled, ...]:
    entry = _compiled.get(id(factor_set))
    if entry is None or entry[0] is not factor_set:
        if len(_compiled) >= 8:
            _compiled.clear()
        entry = _compiled[id(factor_set)] = (factor_set, tuple(_Compiled.of(f) for f in factor_set.factors))
    return entry[1]


def status_of(applies: Outcome | None, criteria: tuple[CriterionResult, ...]) -> tuple[Status, Loc]:
    """A factor's status from its applicability and its criteria, without its waiver: the
    table of docs/contract.md section 2."""
    if applies is not None and applies.value == "unmet":
        return "not_applicable", applies.loc
    if applies is not None and applies.value == "unknown":
        return "not_described", applies.loc
    # Only source criteria decide (docs/contract.md section 2); practice criteria are tips.
    # Where the first criterion of each value is.
    met: Loc | None = None
    unmet: Loc | None = None
    unknown: Loc | None = None
    for criterion, outcome, own in criteria:
        if not criterion.decides or (own is not None and own.value == "unmet"):
            continue  # a tip, or a criterion whose own applies_when leaves it out
        value, loc = outcome.value, outcome.loc
        if value == "met":
            met = met or loc
        elif value == "unmet":
            unmet = unmet or loc
        else:
            unknown = unknown or loc
    if met is None and unmet is None and unknown is None:
        # No source criterion takes part: each one's own applies_when leaves it out.
        left_out = next(
            (own for criterion, _, own in criteria if criterion.decides and own is not None), None
        )
        if left_out is not None:
            return "not_applicable", left_out.loc
    if met is not None and unmet is None and unknown is None:
        return "strength", met
    if met is not None:
        # Point at what is still to do: the first criterion that is not met.
        return "partial", unmet or unknown or Loc(1, 1)
    if unmet is not None:
        return "gap", unmet
    return "not_described", unknown or Loc(1, 1)


def evaluate(factor_set: FactorSet, doc: Document) -> tuple[FactorResult, ...]:
    """Every factor of the set for one valid, normalised document."""
    waivers = waivers_of(doc, factor_set)
    return tuple([f.evaluate(doc, waivers.get(f.factor.id)) for f in _compiled_factors(factor_set)])


def about_of(data: Any) -> About:
    def text(key: str) -> str | None:
        value = data.get(key) if isinstance(data, dict) else None
        return value if isinstance(value, str) and value.strip() else None

    return About(text("summary"), text("provider"), text("url"), facts_of(data))


def name_of(data: Any) -> str | None:
    if isinstance(data, dict) and isinstance(data.get("name"), str):
        return str(data["name"])
    return None
