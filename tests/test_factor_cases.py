"""Every factor has a case that makes it a strength and one that makes it a gap (and, for a
specific factor, one where it does not apply): tests/cases/<ID>/<status>.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from wat_werkt.checker import check_path
from wat_werkt.factors import FactorSet, builtin_ids, load_builtin

CASES = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES.glob("*/*.yaml"))


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_case_gets_its_status(case: Path, builtin: FactorSet) -> None:
    result = check_path(case, builtin, builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    by_id = {r.factor.id: r for r in result.factors}
    assert by_id[case.parent.name].status == case.stem


@pytest.mark.parametrize("factor_id", [f.id for f in load_builtin().factors])
def test_every_factor_has_its_cases(factor_id: str) -> None:
    factor = load_builtin().get(factor_id)
    assert factor is not None
    wanted = {"strength", "gap"} | ({"not_applicable"} if factor.kind == "specific" else set())
    present = {p.stem for p in (CASES / factor_id).glob("*.yaml")}
    assert wanted <= present, f"{factor_id} lacks cases: {sorted(wanted - present)}"


def test_no_case_folder_without_a_factor() -> None:
    assert {p.name for p in CASES.iterdir() if p.is_dir()} <= set(load_builtin().ids)
