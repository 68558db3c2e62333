"""The JSON report, field by field against docs/contract.md section 4."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import DOCS, EXAMPLES, SAMPLE
from typer.testing import CliRunner

from wat_werkt import __version__
from wat_werkt.commands.app import app

STATUSES = {"strength", "partial", "gap", "not_described", "not_applicable", "waived"}


def report(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["check", *args, "-f", "json", "--fail-on", "never"])
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_top_level() -> None:
    data = report(str(SAMPLE), "--lang", "en")
    assert set(data) == {"tool", "factor_set", "results"}
    assert data["tool"] == {"name": "watwerkt", "version": __version__}
    assert data["factor_set"]["id"] == "opvoedingsondersteuning"
    assert isinstance(data["factor_set"]["title"], str) and data["factor_set"]["title"]


def test_result_fields() -> None:
    (result,) = report(str(SAMPLE))["results"]
    assert {"file", "name", "valid", "errors", "factors", "summary"} <= set(result)
    assert (result["file"], result["name"], result["valid"], result["errors"]) == (
        str(SAMPLE),
        "Voorbeeldtraining",
        True,
        [],
    )
    assert set(result["summary"]) == STATUSES
    assert sum(result["summary"].values()) == len(result["factors"]) == 16
    for status in STATUSES:
        assert result["summary"][status] == sum(f["status"] == status for f in result["factors"])


def test_factor_fields_and_values() -> None:
    (result,) = report(str(SAMPLE), "--lang", "en")["results"]
    by_id = {f["id"]: f for f in result["factors"]}
    assert [f["id"] for f in result["factors"]] == [f"G{i:02d}" for i in range(1, 12)] + [
        f"S{i:02d}" for i in range(1, 6)
    ]
    for factor in result["factors"]:
        assert {"id", "slug", "kind", "title", "status", "line", "criteria", "advice"} <= set(factor)
        assert factor["kind"] == ("general" if factor["id"].startswith("G") else "specific")
        assert factor["status"] in STATUSES and factor["line"] >= 1
        for crit in factor["criteria"]:
            assert {"id", "basis", "status", "kind", "path", "line", "evidence", "advice"} <= set(crit)
            assert crit["status"] in {"met", "unmet", "unknown"} and crit["line"] >= 1
            assert crit["basis"] in {"source", "practice"} and crit["advice"]
    # G10 is waived in the sample, with its reason, at the waiver's line.
    assert by_id["G10"]["status"] == "waived"
    assert by_id["G10"]["line"] == 28
    assert by_id["G10"]["waiver"]["reason"].startswith("Werving loopt")
    # S01: group format with light problems and group_suitable: true -> strength; social support
    # is then a tip (a practice criterion), which never changes the status.
    assert by_id["S01"]["status"] == "strength"
    assert [
        (c["id"], c["basis"], c["status"], c.get("applies", {}).get("status"))
        for c in by_id["S01"]["criteria"]
    ] == [
        ("group-fit", "source", "met", None),
        ("social-support", "source", "unknown", "unmet"),  # asked only when problems are not light
        ("peer-support", "practice", "unknown", "met"),
    ]
    # G05: empowerment: false is an explicit no: a gap, its evidence the false and its line.
    g05 = by_id["G05"]["criteria"][0]
    assert (by_id["G05"]["status"], g05["kind"], g05["path"], g05["line"], g05["evidence"]) == (
        "gap",
        "false",
        "approach.empowerment",
        23,
        "false",
    )
    # S04: what the techniques lack is named.
    techniques = by_id["S04"]["criteria"][1]
    assert techniques["lacking"] == ["identify_behaviour", "monitor_behaviour"]
    # An unknown criterion lists every absent field that would answer it.
    g03 = by_id["G03"]["criteria"][2]
    assert (g03["status"], g03["kind"], g03["missing"]) == (
        "unknown",
        "missing",
        ["duration.rationale", "duration.adjustable"],
    )
    # G11: training is false -> gap, pointing at that value.
    assert (by_id["G11"]["status"], by_id["G11"]["line"]) == ("gap", 26)
    # G08: the whole relationship section is absent: the path asked for, where the root
    # mapping starts (line 2, after the file's opening comment).
    assert next((c["path"], c["line"], c["evidence"]) for c in by_id["G08"]["criteria"]) == (
        "relationship.description",
        2,
        None,
    )
    training = [c for c in by_id["G11"]["criteria"] if c["path"] == "practitioners.training"]
    assert training and training[0]["status"] == "unmet" and training[0]["line"] == 26
    assert training[0]["evidence"] == "false"


def test_ids_and_statuses_stay_english_in_dutch() -> None:
    nl = report(str(SAMPLE), "--lang", "nl")["results"][0]
    en = report(str(SAMPLE), "--lang", "en")["results"][0]
    assert [(f["id"], f["status"], f["slug"]) for f in nl["factors"]] == [
        (f["id"], f["status"], f["slug"]) for f in en["factors"]
    ]
    assert nl["factors"][0]["advice"] != en["factors"][0]["advice"]


def test_invalid_file_has_errors_and_no_factors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nsummary: Y\nduration:\n  weeks: -1\n", encoding="utf-8")
    (result,) = report(str(bad), "--lang", "en")["results"]
    assert result["valid"] is False and result["factors"] == []
    assert result["errors"] == [
        {
            "message": "'duration.weeks' must not be negative",
            "line": 4,
            "column": 10,
            "path": "duration.weeks",
        }
    ]


def test_every_report_validates_against_the_published_schema(tmp_path: Path) -> None:
    """docs/report.schema.json describes the report for consumers; every example, both sets
    and both languages, plus an invalid file, must fit it."""
    import jsonschema

    schema = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nsummary: Y\nnme: 1\n", encoding="utf-8")
    for set_name in ("opvoedingsondersteuning", "tidier"):
        for lang in ("nl", "en"):
            data = report(str(EXAMPLES), str(bad), "--set", set_name, "--lang", lang)
            jsonschema.Draft202012Validator(schema).validate(data)
            assert [r["valid"] for r in data["results"]].count(False) == 1
