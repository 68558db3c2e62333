"""GitLab Code Quality (--format gitlab): the fields GitLab reads, severities, fingerprints."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cihelp import INVALID, UNUSED_WAIVER, run, write
from conftest import DOCS, SAMPLE

SCHEMA = json.loads((DOCS / "codequality.schema.json").read_text(encoding="utf-8"))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)


def gitlab(*args: str, code: int | None = None) -> list[dict[str, Any]]:
    got, out, _ = run("check", *args, "-f", "gitlab", "--lang", "en")
    assert got in ((0, 1, 2) if code is None else (code,))
    data: list[dict[str, Any]] = json.loads(out, object_pairs_hook=_unique_keys)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    prints = [issue["fingerprint"] for issue in data]
    assert len(prints) == len(set(prints)), "fingerprints must be unique within a report"
    return data


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the repository's root
    write(tmp_path, "interventions/sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(tmp_path, "interventions/unused.yaml", UNUSED_WAIVER)
    write(tmp_path, "interventions/invalid.yaml", INVALID)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def by_place(data: list[dict[str, Any]]) -> list[tuple[str, int, str, str]]:
    return [
        (i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"], i["severity"]) for i in data
    ]


def test_fields_and_severities(work: Path) -> None:
    data = gitlab("interventions", code=2)
    found = by_place(data)
    assert found[:2] == [
        ("interventions/invalid.yaml", 4, "WW000", "blocker"),
        ("interventions/invalid.yaml", 5, "WW000", "blocker"),
    ]
    sample = {check: severity for path, _, check, severity in found if path.endswith("sample.yaml")}
    assert sample == {
        "G08": "minor",
        "G09": "minor",
        "G03": "info",
        "G04": "minor",
        "G06": "minor",
        "S04": "info",
        "G05": "major",
        "G07": "minor",
        "G11": "major",
    }
    assert ("interventions/unused.yaml", 8, "WW001", "info") in found
    g11 = next(i for i in data if i["check_name"] == "G11")
    assert g11["description"].startswith(
        "G11 Training, supervision and stable staffing of practitioners (gap): practitioners.training = "
        "false: not part of the intervention (line 26)"
    )
    assert "Advice: Describe the education or training practitioners receive." in g11["description"]
    g08 = next(i for i in data if i["check_name"] == "G08")
    assert g08["description"].startswith(
        "G08 Good relationship between practitioner and parent (not described): relationship.description. "
    )
    # Within a file, by line: what the merge-request widget lists in that order.
    lines = [line for path, line, _, _ in found if path.endswith("sample.yaml")]
    assert lines == sorted(lines)


def test_fingerprints_survive_moved_lines_and_differ_per_file(work: Path) -> None:
    before = {(i["location"]["path"], i["check_name"]): i for i in gitlab("interventions")}
    sample = work / "interventions" / "sample.yaml"
    sample.write_text("# a comment\n\n" + sample.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(sample, work / "interventions" / "copy.yaml")
    after = {(i["location"]["path"], i["check_name"]): i for i in gitlab("interventions")}
    for key, issue in before.items():
        if key[0].endswith("sample.yaml"):
            assert after[key]["fingerprint"] == issue["fingerprint"], key
            assert after[key]["location"]["lines"]["begin"] in (issue["location"]["lines"]["begin"] + 2, 1)
    copies = {i["fingerprint"] for (path, _), i in after.items() if path.endswith("copy.yaml")}
    assert copies and not copies & {i["fingerprint"] for i in before.values()}


def test_a_finding_that_got_worse_is_a_new_issue(work: Path) -> None:
    # GitLab's widget tells new issues by fingerprint alone: not described -> gap must be one.
    write(work, "a.yaml", "name: X\nsummary: y\n")
    (before,) = [i for i in gitlab("a.yaml") if i["check_name"] == "G05"]
    write(work, "a.yaml", "name: X\nsummary: y\napproach:\n  empowerment: false\n")
    (after,) = [i for i in gitlab("a.yaml") if i["check_name"] == "G05"]
    assert (before["severity"], after["severity"]) == ("minor", "major")
    assert before["fingerprint"] != after["fingerprint"]
    write(work, "a.yaml", "# moved\nname: X\nsummary: y\napproach:\n  empowerment: false\n")
    (moved,) = [i for i in gitlab("a.yaml") if i["check_name"] == "G05"]
    assert moved["fingerprint"] == after["fingerprint"]


@pytest.mark.parametrize(
    "body",
    [
        b'name: Kapot\nsummary: "niet gesloten\n',
        b"name: Cr\xe8che\nsummary: y\n",
        b'name: x\nsummary: "abc\n---\n',  # libyaml's own words: "(from line 2, column 10)"
    ],
    ids=["unclosed-quote", "latin-1", "yaml-words"],
)
def test_a_file_that_cannot_be_read_keeps_its_fingerprint_when_lines_move(work: Path, body: bytes) -> None:
    # Their messages held a line ("start") or a byte offset: both move with a line added above.
    (work / "b.yaml").write_bytes(body)
    (before,) = gitlab("b.yaml", code=2)
    (work / "b.yaml").write_bytes(b"# a comment\n" + body)
    (after,) = gitlab("b.yaml", code=2)
    assert after["location"]["lines"]["begin"] == before["location"]["lines"]["begin"] + 1
    assert after["fingerprint"] == before["fingerprint"]


def test_paths_are_relative_to_the_repository_root(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = gitlab("interventions")
    monkeypatch.chdir(work / "interventions")  # a job with another working folder
    assert gitlab(".") == top


def test_a_file_outside_the_root_is_named_by_its_absolute_path(
    work: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A relative path is read against the repository: `../x.yaml` would name nothing there, or
    the wrong file. A file outside it keeps its absolute path (and a fingerprint of it)."""
    elsewhere = tmp_path_factory.mktemp("elders") / "oud.yaml"
    elsewhere.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    paths = {issue["location"]["path"] for issue in gitlab("interventions/sample.yaml", str(elsewhere))}
    assert paths == {"interventions/sample.yaml", elsewhere.as_posix()}
    relative = os.path.relpath(elsewhere)
    assert relative.startswith("..")
    assert {i["location"]["path"] for i in gitlab(relative)} == {elsewhere.as_posix()}


def test_a_whole_file_problem_is_at_line_one(work: Path) -> None:
    (issue,) = gitlab("gone.yaml", code=2)
    assert issue["location"] == {"path": "gone.yaml", "lines": {"begin": 1}}
    assert issue["description"] == "Invalid intervention file: no such file or folder"


def test_no_findings_is_an_empty_array(work: Path) -> None:
    write(
        work,
        "clean.yaml",
        "name: X\nsummary: Y\nwaivers:\n"
        + "".join(
            f"  - {{factor: {f}, reason: Buiten de opdracht}}\n"
            for f in [f"G{i:02d}" for i in range(1, 12)] + [f"S{i:02d}" for i in range(1, 6)]
        ),
    )
    code, out, _ = run("check", "clean.yaml", "-f", "gitlab")
    assert (code, out) == (0, "[]\n")


def test_deterministic_and_the_same_in_several_processes(work: Path) -> None:
    for i in range(210):
        text = SAMPLE.read_text(encoding="utf-8") if i % 4 else "name: X\nsummary: Y\nwaivers: []\n"
        write(work, f"many/{i:03d}.yaml", text)
    one = run("check", "many", "-f", "gitlab", "--jobs", "1")
    assert one == run("check", "many", "-f", "gitlab", "--jobs", "2") == run("check", "many", "-f", "gitlab")
    assert len(json.loads(one[1])) > 1000
