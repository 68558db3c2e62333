"""Every factor of every built-in set has a case that makes it a strength and one that makes it
a gap (and, for a specific factor, one where it does not apply): tests/cases/<ID>/<status>.yaml
for the default set, tests/cases_tidier/<ID>/<status>.yaml for tidier. A case may also be named
<status>-<variant>.yaml (the status is the part before the first "-"). Every factor of the
default set has a `gap-false` case (an explicit `false` or `[]` makes it a gap), and every
factor whose source criteria read free text (`mentions`) a `gap-negated` case (a negated
sentence makes it a gap): an explicit "no" is never read as silence (docs/contract.md
section 2)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TESTS

from wat_werkt.engine.conditions import All, Any_, Condition, Every, First, Mentions, Not
from wat_werkt.factorset.load import DEFAULT_SET, Factor, builtin_ids, builtin_sets, load_builtin
from wat_werkt.run.checker import check_path

CASE_DIRS = {"opvoedingsondersteuning": TESTS / "cases", "tidier": TESTS / "cases_tidier"}
CASE_FILES = [(name, p) for name, folder in CASE_DIRS.items() for p in sorted(folder.glob("*/*.yaml"))]
# Factors that can never be a gap: their criteria read only required fields (T01: name and
# summary), which a valid file always has, so no description can contradict them.
NO_GAP = {("tidier", "T01")}


def status_of_case(case: Path) -> str:
    """`gap-false.yaml` is a gap case: the status is the part of the name before the first -."""
    return case.stem.split("-", 1)[0]


def test_every_builtin_set_has_its_case_folder() -> None:
    assert set(builtin_sets()) == set(CASE_DIRS)


@pytest.mark.parametrize(
    ("set_name", "case"), CASE_FILES, ids=lambda v: v if isinstance(v, str) else f"{v.parent.name}-{v.stem}"
)
def test_case_gets_its_status(set_name: str, case: Path) -> None:
    result = check_path(case, load_builtin(set_name), builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    by_id = {r.factor.id: r for r in result.factors}
    assert by_id[case.parent.name].status == status_of_case(case)


@pytest.mark.parametrize(
    ("set_name", "case"), CASE_FILES, ids=lambda v: v if isinstance(v, str) else f"{v.parent.name}-{v.stem}"
)
def test_case_says_why_on_its_first_line(set_name: str, case: Path) -> None:
    first = case.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"# {status_of_case(case)}: ") and len(first) > 20, first


def conditions_in(cond: Condition) -> Iterator[Condition]:
    """A condition and every condition inside it."""
    yield cond
    if isinstance(cond, (All, Any_, First)):
        for part in cond.parts:
            yield from conditions_in(part)
    elif isinstance(cond, Not):
        yield from conditions_in(cond.part)
    elif isinstance(cond, Every):
        yield from conditions_in(cond.check)


def reads_free_text(factor: Factor) -> bool:
    """Whether a source criterion of the factor has a `mentions`: practice criteria never decide
    a status, so a negated sentence can only make a gap through a source criterion."""
    return any(
        isinstance(cond, Mentions)
        for criterion in factor.criteria
        if criterion.basis == "source"
        for cond in conditions_in(criterion.check)
    )


def wanted_cases(set_name: str, factor: Factor) -> set[str]:
    wanted = {"strength", "gap"} | ({"not_applicable"} if factor.kind == "specific" else set())
    wanted -= {"gap"} if (set_name, factor.id) in NO_GAP else set()
    if set_name == DEFAULT_SET:
        wanted.add("gap-false")
        if reads_free_text(factor):
            wanted.add("gap-negated")
    return wanted


@pytest.mark.parametrize(
    ("set_name", "factor_id"), [(name, f.id) for name in CASE_DIRS for f in load_builtin(name).factors]
)
def test_every_factor_has_its_cases(set_name: str, factor_id: str) -> None:
    factor = load_builtin(set_name).get(factor_id)
    assert factor is not None
    wanted = wanted_cases(set_name, factor)
    present = {p.stem for p in (CASE_DIRS[set_name] / factor_id).glob("*.yaml")}
    assert wanted <= present, f"{factor_id} lacks cases: {sorted(wanted - present)}"


def test_the_free_text_factors_are_found() -> None:
    """The walk over the conditions finds what the factor files say: G04, G05 and G06 read
    approach.description in a source criterion; G07 reads its qualities only in a practice tip."""
    found = {f.id for f in load_builtin(DEFAULT_SET).factors if reads_free_text(f)}
    assert found == {"G04", "G05", "G06"}


@pytest.mark.parametrize("set_name", list(CASE_DIRS))
def test_no_case_folder_without_a_factor(set_name: str) -> None:
    folders = {p.name for p in CASE_DIRS[set_name].iterdir() if p.is_dir()}
    assert folders <= set(load_builtin(set_name).ids)


@pytest.mark.parametrize(
    ("set_name", "case"), CASE_FILES, ids=lambda v: v if isinstance(v, str) else f"{v.parent.name}-{v.stem}"
)
def test_case_is_named_after_a_status(set_name: str, case: Path) -> None:
    assert status_of_case(case) in {"strength", "partial", "gap", "not_described", "not_applicable", "waived"}
