"""Selecting factors for a project: select, ignore and per_file_ignores in the configuration,
--select and --ignore on the command line. Ignored factors stay in every report, as such."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cihelp import UNUSED_WAIVER, run, write
from conftest import DOCS, SAMPLE

REPORT_SCHEMA = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
ENV = {"WATWERKT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "interventions/sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(tmp_path, "interventions/archief/oud.yaml", SAMPLE.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, str, str]:
    return run("check", *args, "--lang", "en", env=ENV)


def statuses(*args: str) -> dict[str, dict[str, dict[str, Any]]]:
    """{file: {factor id: the factor's JSON}}, the report validated."""
    code, out, err = check(*args, "-f", "json")
    assert code in (0, 1), err
    data = json.loads(out)
    jsonschema.validate(data, REPORT_SCHEMA)
    return {r["file"]: {f["id"]: f for f in r["factors"]} for r in data["results"]}


def test_without_a_selection_nothing_is_ignored(project: Path) -> None:
    found = statuses("interventions")
    assert all(f["status"] != "ignored" and "ignored" not in f for fs in found.values() for f in fs.values())


def test_ignore_in_the_configuration(project: Path) -> None:
    assert check("interventions/sample.yaml")[0] == 1  # G05 and G11 are gaps
    write(project, ".watwerkt.yaml", "ignore: [G05, G11]\n")
    code, out, _ = check("interventions/sample.yaml", "-f", "json")
    assert code == 0  # an ignored factor never fails a run
    result = json.loads(out)["results"][0]
    g11 = next(f for f in result["factors"] if f["id"] == "G11")
    assert g11["status"] == "ignored"
    assert g11["ignored"] == {"by": "ignore", "where": ".watwerkt.yaml:1:15", "reason": None}
    assert g11["criteria"]  # still evaluated: the data is all there
    assert result["summary"]["ignored"] == 2 and result["summary"]["gap"] == 0


def test_select_a_prefix_and_the_command_line_wins(project: Path) -> None:
    write(project, "pyproject.toml", "[tool.watwerkt]\nselect = ['S', 'G11']\nignore = ['G11']\n")
    found = statuses("interventions/sample.yaml")["interventions/sample.yaml"]
    assert {i for i, f in found.items() if f["status"] != "ignored"} == {"S01", "S02", "S03", "S04", "S05"}
    assert found["G01"]["ignored"] == {"by": "select", "where": "pyproject.toml:2:1", "reason": None}
    assert found["G11"]["ignored"]["by"] == "ignore"  # ignore wins over select in one file
    # --select replaces the file's select, and what it names is checked despite the file's ignore.
    found = statuses("interventions/sample.yaml", "--select", "G11,G05")["interventions/sample.yaml"]
    assert {i for i, f in found.items() if f["status"] != "ignored"} == {"G05", "G11"}
    assert found["S01"]["ignored"] == {"by": "select", "where": "--select", "reason": None}
    # --ignore adds, and wins over every select.
    found = statuses("interventions/sample.yaml", "--select", "G", "--ignore", "G05", "--ignore", "G1")[
        "interventions/sample.yaml"
    ]
    assert {i for i, f in found.items() if f["status"] != "ignored"} == {f"G0{i}" for i in range(1, 10)} - {
        "G05"
    }
    assert found["G10"]["ignored"]["where"] == "--ignore"


def test_per_file_ignores_hold_for_their_files_with_a_reason(project: Path) -> None:
    write(
        project,
        ".watwerkt.yaml",
        """\
        per_file_ignores:
          "interventions/archief/*":
            ignore: [G09, G11]
            reason: Gearchiveerde beschrijvingen worden niet meer bijgewerkt.
        """,
    )
    found = statuses("interventions")
    old = found["interventions/archief/oud.yaml"]
    assert old["G11"]["ignored"] == {
        "by": "per_file_ignores",
        "where": ".watwerkt.yaml:2:3",
        "reason": "Gearchiveerde beschrijvingen worden niet meer bijgewerkt.",
    }
    assert found["interventions/sample.yaml"]["G11"]["status"] == "gap"
    # The reports say it, with the reason; the exit code ignores it for that file only.
    assert "⊝ ignored" in check("interventions/archief/oud.yaml")[1]
    out = check("interventions/archief/oud.yaml", "-f", "markdown")[1]
    assert "ignored by per\\_file\\_ignores (.watwerkt.yaml:2:3): Gearchiveerde beschrijvingen" in out
    code, out, err = check("interventions/archief/oud.yaml", "--ignore", "G05", "-q")
    assert (code, out, err) == (0, "", "")
    assert check("interventions/sample.yaml", "--ignore", "G05")[0] == 1


def test_ignored_factors_are_no_finding_and_skipped_in_junit(project: Path) -> None:
    write(project, "interventions/unused.yaml", UNUSED_WAIVER)
    args = ("interventions", "--ignore", "G11,G01")
    sarif = json.loads(check(*args, "-f", "sarif")[1])
    rules = {r["ruleId"] for r in sarif["runs"][0]["results"]}
    assert "G11" not in rules and "WW001" not in rules  # G01's unused waiver: G01 is ignored
    assert "G11" not in check(*args, "-f", "github")[1].split("::stop-commands::")[0]
    assert "G11" not in check(*args, "-f", "gitlab")[1]
    assert " G11 " not in check(*args, "-f", "concise")[1]
    suite = ET.fromstring(check(*args, "-f", "junit")[1]).find("testsuite[@name='interventions/sample.yaml']")
    assert suite is not None
    g11 = next(c for c in suite.iter("testcase") if (c.get("name") or "").startswith("G11"))
    skipped = g11.find("skipped")
    assert skipped is not None and skipped.get("type") == "ignored"
    assert skipped.text is not None and "ignored by ignore (--ignore)" in skipped.text
    markdown = check(*args, "-f", "markdown")[1]
    assert "| G11 | Training, supervision and stable staffing of practitioners | ⊝ ignored |" in markdown
    code, html, _ = check(*args, "-f", "html")
    assert code == 1 and "⊝ ignored" in html  # G05 is still a gap


def test_a_per_file_pattern_that_matches_nothing_is_a_warning_at_its_place(project: Path) -> None:
    write(
        project,
        ".watwerkt.yaml",
        """\
        per_file_ignores:
          "archief/**":
            ignore: [G09]
            reason: Gearchiveerd.
          "concepten":
            ignore: [G09]
            reason: Nog niet af.
          "interventions/archief/*":
            ignore: [G11]
            reason: Gearchiveerd.
        """,
    )
    code, _, err = check("interventions", "-f", "concise")
    assert code == 1  # a warning fails nothing
    assert err.splitlines() == [
        ".watwerkt.yaml:2:3: warning: the per_file_ignores pattern 'archief/**' matches none of the "
        "files checked; with a slash, a pattern is matched from the folder of .watwerkt.yaml (did you "
        "mean '**/archief/**'?)",
        ".watwerkt.yaml:5:3: warning: the per_file_ignores pattern 'concepten' matches none of the files checked",
    ]
    # From a subfolder the configuration is named from there; -q leaves the warnings out.
    os.chdir(project / "interventions")
    assert check(".", "-f", "concise")[2].startswith("../.watwerkt.yaml:2:3: warning: ")
    assert check(".", "-q")[2] == ""
    os.chdir(project)
    # Files named one by one (a pre-commit hook) match few patterns: no warning.
    assert check("interventions/sample.yaml", "-f", "concise")[2] == ""


def test_ignored_factors_ask_the_provider_nothing(project: Path) -> None:
    """A factor the project leaves out asks nothing: its answer would change nothing."""
    write(
        project,
        ".watwerkt.yaml",
        """\
        ignore: [G04]
        per_file_ignores:
          "interventions/sample.yaml":
            ignore: [G11]
            reason: Opleiding staat in het landelijke kader.
        """,
    )
    args = ("interventions/sample.yaml", "--ignore", "S")
    markdown = check(*args, "-f", "markdown")[1]
    asked = markdown.split("**Questions for the provider:**\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split(":", 1)[0] for line in asked] == ["- G03", "- G05", "- G06", "- G07", "- G08", "- G09"]
    data = json.loads(check(*args, "-f", "json")[1])
    assert {q["factor"] for q in data["results"][0]["questions"]} == {
        "G03",
        "G05",
        "G06",
        "G07",
        "G08",
        "G09",
    }
    html = check(*args, "-f", "html")[1]
    assert "How do you keep staff turnover low?" not in html
    assert "How does the practitioner build a good relationship with parents?" in html
    # Without the selection they are asked.
    assert (
        "- G11: How do you keep staff turnover low?"
        in check("interventions/sample.yaml", "-f", "markdown", "--no-config")[1]
    )


def test_a_code_of_another_built_in_set_selects_nothing_here(project: Path) -> None:
    write(project, ".watwerkt.yaml", "ignore: [T05]\n")  # TIDieR's: for runs with --set tidier
    assert check("interventions/sample.yaml")[0] == 1
    found = statuses("interventions/sample.yaml", "--set", "tidier")["interventions/sample.yaml"]
    assert found["T05"]["status"] == "ignored"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            ".watwerkt.yaml",
            "select: [G01, X99]\n",
            [
                ".watwerkt.yaml:1:15: no factor 'X99' in set 'opvoedingsondersteuning', nor any whose id starts with it"
            ],
        ),
        (
            ".watwerkt.yaml",
            "ignore: G5\n",
            [
                ".watwerkt.yaml:1:9: no factor 'G5' in set 'opvoedingsondersteuning', nor any whose id starts "
                "with it (did you mean 'G05'?)"
            ],
        ),
        (
            ".watwerkt.yaml",
            "ignore: [g05, 3]\n",
            [".watwerkt.yaml:1:9: 'ignore' should be text or a list of texts, found a list"],
        ),
        (
            ".watwerkt.yaml",
            "ignore: [g05]\n",
            [
                ".watwerkt.yaml:1:10: 'g05' in 'ignore' is not a factor id or the start of one, such as G05, "
                "G or S (did you mean 'G05'?)"
            ],
        ),
        (
            "pyproject.toml",
            "[tool.watwerkt]\nselect = ['G01', 'Q1']\n",
            [
                "pyproject.toml:2:18: no factor 'Q1' in set 'opvoedingsondersteuning', nor any whose id starts with it"
            ],
        ),
        (
            ".watwerkt.yaml",
            "per_file_ignores:\n  drafts/*:\n    ignore: [G01]\n",
            [
                ".watwerkt.yaml:2:3: per_file_ignores: 'drafts/*' needs a reason: why these factors do not "
                "apply to these files"
            ],
        ),
        (
            # `select:` with nothing after it would select no factor and pass every file.
            ".watwerkt.yaml",
            "select:\n",
            [".watwerkt.yaml:1:8: 'select' should be text or a list of texts, found nothing (null)"],
        ),
        (
            # Only a yes or a no says nothing of why, as in a waiver.
            ".watwerkt.yaml",
            "per_file_ignores:\n  drafts/*:\n    ignore: [G01]\n    reason: ja\n",
            [
                ".watwerkt.yaml:4:13: per_file_ignores: 'drafts/*' needs a reason: why these factors do not "
                "apply to these files"
            ],
        ),
        (
            ".watwerkt.yaml",
            "per_file_ignores:\n  drafts/*:\n    ignore: [G01]\n    reason: TODO\n    resaon: x\n",
            [
                ".watwerkt.yaml:4:13: per_file_ignores: 'drafts/*' needs a reason: why these factors do not "
                "apply to these files",
                ".watwerkt.yaml:5:5: unknown key 'resaon'; keys: ignore, reason (did you mean 'reason'?)",
            ],
        ),
        (
            ".watwerkt.yaml",
            "per_file_ignores:\n  drafts/*: [G01]\n",
            [
                ".watwerkt.yaml:2:13: per_file_ignores: 'drafts/*' should be a mapping with ignore and reason, found a list"
            ],
        ),
        (
            ".watwerkt.yaml",
            "per_file_ignores: [drafts]\n",
            [
                ".watwerkt.yaml:1:19: 'per_file_ignores' should be a mapping of file patterns, each to ignore "
                "and reason, found a list"
            ],
        ),
        (
            "pyproject.toml",
            '[tool.watwerkt.per_file_ignores."drafts/*.yaml"]\nignore = ["G01", "Z"]\nreason = "Concepten"\n',
            [
                "pyproject.toml:2:18: no factor 'Z' in set 'opvoedingsondersteuning', nor any whose id starts with it"
            ],
        ),
        (
            "pyproject.toml",
            "[tool.watwerkt]\nper-file-ignores = {}\n",
            [
                "pyproject.toml:2:1: unknown option 'per-file-ignores'; options: fail_on, lang, format, exclude, "
                "factors, set, max_bytes, max_depth, max_nodes, select, ignore, per_file_ignores, baseline "
                "(did you mean 'per_file_ignores'?)"
            ],
        ),
    ],
)
def test_a_wrong_selection_is_a_located_problem(
    project: Path, name: str, text: str, expected: list[str]
) -> None:
    write(project, name, text)
    code, out, err = check("interventions/sample.yaml")
    assert (code, out, err.splitlines()) == (2, "", expected)


def test_a_wrong_code_on_the_command_line(project: Path) -> None:
    code, out, err = check("interventions/sample.yaml", "--select", "G01,X9")
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == (
        "Error: Invalid value for '--select': no factor 'X9' in set 'opvoedingsondersteuning', nor any "
        "whose id starts with it"
    )
    code, _, err = run("check", "interventions/sample.yaml", "--ignore", "g05", "--lang", "nl", env=ENV)
    assert code == 2
    assert err.splitlines()[-1] == (
        "Fout: Ongeldige waarde voor '--ignore': geen factor 'g05' in set 'opvoedingsondersteuning', en "
        "ook geen waarvan de id ermee begint (bedoelt u 'G05'?)"
    )


def test_a_select_of_another_sets_factors_only_is_a_mistake_not_a_pass(project: Path) -> None:
    # `--select T05` on the NJi set left all 16 factors out: every file passed, exit 0.
    code, out, err = check("interventions/sample.yaml", "--select", "T05")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == (
        "Error: Invalid value for '--select': select names no factor of set 'opvoedingsondersteuning': "
        "every factor would be ignored and every file pass"
    )
    write(project, ".watwerkt.yaml", "exclude: []\nselect: [T]\n")
    assert check("interventions/sample.yaml") == (
        2,
        "",
        ".watwerkt.yaml:2:1: select names no factor of set 'opvoedingsondersteuning': every factor would "
        "be ignored and every file pass\n",
    )
    # For the set it names, the same configuration is a selection; a flag replaces it here.
    assert "T05" in statuses("interventions/sample.yaml", "--set", "tidier")["interventions/sample.yaml"]
    assert check("interventions/sample.yaml", "--select", "G11")[0] == 1
    # An empty --select (an empty CI variable) leaves every factor out as well.
    for empty in ("", ","):
        code, _, err = check("interventions/sample.yaml", "--select", empty)
        assert code == 2 and "select names no factor of set 'opvoedingsondersteuning'" in err
    # One factor of this set among others' is a selection; `select: []` chooses none on purpose.
    assert check("interventions/sample.yaml", "--select", "T05,G11")[0] == 1
    write(project, ".watwerkt.yaml", "select: []\n")
    assert check("interventions/sample.yaml")[0] == 0
