"""Every factor of every built-in set has a case that makes it a strength and one that makes it
a gap (and, for a specific factor, one where it does not apply): tests/cases/<ID>/<status>.yaml
for the default set, tests/cases_tidier/<ID>/<status>.yaml for tidier."""

from __future__ import annotations

from pathlib import Path

import pytest

from wat_werkt.checker import check_path
from wat_werkt.factors import builtin_ids, builtin_sets, load_builtin

HERE = Path(__file__).parent
CASE_DIRS = {"opvoedingsondersteuning": HERE / "cases", "tidier": HERE / "cases_tidier"}
CASE_FILES = [(name, p) for name, folder in CASE_DIRS.items() for p in sorted(folder.glob("*/*.yaml"))]
# Factors that can never be a gap: their criteria read only required fields (T01: name and
# summary), which a valid file always has, so no description can contradict them.
NO_GAP = {("tidier", "T01")}


def test_every_builtin_set_has_its_case_folder() -> None:
    assert set(builtin_sets()) == set(CASE_DIRS)


@pytest.mark.parametrize(("set_name", "case"), CASE_FILES, ids=lambda v: v if isinstance(v, str) else f"{v.parent.name}-{v.stem}")
def test_case_gets_its_status(set_name: str, case: Path) -> None:
    result = check_path(case, load_builtin(set_name), builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    by_id = {r.factor.id: r for r in result.factors}
    assert by_id[case.parent.name].status == case.stem


@pytest.mark.parametrize(
    ("set_name", "factor_id"), [(name, f.id) for name in CASE_DIRS for f in load_builtin(name).factors]
)
def test_every_factor_has_its_cases(set_name: str, factor_id: str) -> None:
    factor = load_builtin(set_name).get(factor_id)
    assert factor is not None
    wanted = {"strength", "gap"} | ({"not_applicable"} if factor.kind == "specific" else set())
    wanted -= {"gap"} if (set_name, factor_id) in NO_GAP else set()
    present = {p.stem for p in (CASE_DIRS[set_name] / factor_id).glob("*.yaml")}
    assert wanted <= present, f"{factor_id} lacks cases: {sorted(wanted - present)}"


@pytest.mark.parametrize("set_name", list(CASE_DIRS))
def test_no_case_folder_without_a_factor(set_name: str) -> None:
    folders = {p.name for p in CASE_DIRS[set_name].iterdir() if p.is_dir()}
    assert folders <= set(load_builtin(set_name).ids)
