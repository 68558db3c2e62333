"""Every example is valid and its notable statuses stay what the public facts support."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import FactorSet, builtin_ids
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.run.checker import check_path

NOTABLE: dict[str, dict[str, str]] = {
    # Home visits by certified JGZ nurses; parents choose the topics.
    "stevig-ouderschap": {"S03": "strength", "G04": "strength", "S01": "not_applicable"},
    # Group course with workbook and fixed structure; behavioural, but the four
    # reinforce/ignore/identify/monitor techniques are not named publicly.
    "triple-p-niveau-4-groep": {"G01": "strength", "S04": "partial", "S03": "not_applicable"},
    # Severe problems, 4-5 home visits a week.
    "families-first": {"S02": "strength", "S01": "not_applicable"},
    # Specialised care at a clinic, fidelity rating system, trained therapists in teams.
    "pmto": {"G11": "strength", "G09": "strength", "S02": "partial", "S03": "not_applicable"},
    # Home visits by trained paraprofessionals.
    "opstapje": {"S03": "strength", "S05": "not_applicable"},
    # Universal JGZ support aimed at empowerment.
    "samenstarten": {"G05": "strength", "S03": "strength"},
    "opvoeden-en-zo": {"S01": "strength", "S04": "partial", "S03": "not_applicable"},
    "vipp-sd": {"S04": "partial", "S01": "not_applicable"},
    "video-hometraining": {"S03": "strength", "S04": "not_applicable"},
    # A made-up file that shows a gap (training: false), a waiver and factors that do not apply.
    "fictief-voorbeeld": {
        "G11": "gap",
        "G10": "waived",
        "G02": "strength",
        "S03": "not_applicable",
        "S04": "partial",
    },
    # Only name and summary: nothing is described.
    "minimal": {f"G{i:02d}": "not_described" for i in range(1, 12)},
}


def test_every_example_is_pinned() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.yaml")} == set(NOTABLE)


@pytest.mark.parametrize("name", sorted(NOTABLE))
def test_example_statuses(name: str, builtin: FactorSet) -> None:
    result = check_path(EXAMPLES / f"{name}.yaml", builtin, builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    statuses = {r.factor.id: r.status for r in result.factors}
    assert {k: statuses[k] for k in NOTABLE[name]} == NOTABLE[name]
    # Every example also renders as a table in both languages.
    for lang in ("nl", "en"):
        assert result.name and result.name in RENDERERS["table"](
            Report(builtin, (result,)), RenderOptions(lang=lang)
        )


def test_real_examples_name_their_source() -> None:
    for path in EXAMPLES.glob("*.yaml"):
        if path.stem not in ("minimal", "fictief-voorbeeld"):
            head = path.read_text(encoding="utf-8").splitlines()[:3]
            assert any("source" in line.lower() or "bron" in line.lower() for line in head), path
