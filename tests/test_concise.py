"""The concise format and -q: one line per finding, `FILE:LINE:COL: ID status: title`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cihelp import INVALID, UNUSED_WAIVER, run, write
from conftest import SAMPLE

LINE = re.compile(
    r"^(?P<file>[^:]+)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<id>[A-Z]+\d+) (?P<tag>[a-z_]+): (?P<rest>.+)$"
)


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(tmp_path, "unused.yaml", UNUSED_WAIVER)
    write(tmp_path, "invalid.yaml", INVALID)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_line_per_finding_sorted_by_place(work: Path) -> None:
    code, out, err = run("check", "sample.yaml", "-f", "concise", "--lang", "en")
    assert code == 1
    lines = out.splitlines()
    *findings, total = lines
    assert findings == [
        "sample.yaml:2:1: G08 not_described: Good relationship between practitioner and parent",
        "sample.yaml:2:1: G09 not_described: Quality monitoring of delivery",
        "sample.yaml:15:1: G03 partial: Duration matched to the problems",
        "sample.yaml:20:1: G04 not_described: Connecting with how parents and children experience their problems",
        "sample.yaml:20:1: G06 not_described: Activating social networks",
        "sample.yaml:22:15: S04 partial: Behaviour-oriented intervention",
        "sample.yaml:23:16: G05 gap: Aimed at empowerment",
        "sample.yaml:24:1: G07 not_described: Personal qualities of the practitioner",
        "sample.yaml:26:13: G11 gap: Training, supervision and stable staffing of practitioners",
    ]
    assert all(LINE.match(line) for line in findings)
    assert total == "9 findings in 1 file: 2 gap, 5 not described, 2 partial"
    assert err == ""


def test_statuses_stay_english_titles_follow_the_language(work: Path) -> None:
    out = run("check", "sample.yaml", "-f", "concise", "--lang", "nl")[1].splitlines()
    assert (
        out[-2] == "sample.yaml:26:13: G11 gap: Opleiding, begeleiding en stabiele bezetting van uitvoerders"
    )
    assert out[-1] == "9 bevindingen in 1 bestand: 2 ontbreekt, 5 niet beschreven, 2 deels"


def test_unused_waiver_and_invalid_file(work: Path) -> None:
    code, out, err = run("check", ".", "-f", "concise", "--lang", "en")
    assert code == 2
    assert "unused.yaml:8:5: WW001 unused_waiver: waiver for G01 is unused: it is a strength anyway" in out
    # The problems of a file that could not be checked are on stderr, once.
    assert "invalid.yaml" not in out
    assert err.splitlines() == [
        "invalid.yaml:4:11: unknown value 'grup' for 'delivery.format'; allowed: group, individual, "
        "home_visiting, online (did you mean 'group'?)",
        "invalid.yaml:5:1: unknown key 'foo'",
    ]
    assert out.splitlines()[-1].endswith("; 1 not checked")
    # Written to a file, the report lists them itself.
    assert run("check", ".", "-f", "concise", "-o", "report.txt", "--lang", "en")[0] == 2
    written = Path("report.txt").read_text(encoding="utf-8").splitlines()
    assert written[:2] == [
        "invalid.yaml:4:11: WW000 invalid: unknown value 'grup' for 'delivery.format'; allowed: group, "
        "individual, home_visiting, online (did you mean 'group'?)",
        "invalid.yaml:5:1: WW000 invalid: unknown key 'foo'",
    ]
    write(work, "gone.txt", "")
    assert run("check", "missing.yaml", "-f", "concise", "-o", "gone.txt", "--lang", "en")[0] == 2
    assert Path("gone.txt").read_text(encoding="utf-8") == (
        "missing.yaml: WW000 invalid: no such file or folder\n0 findings in 1 file; 1 not checked\n"
    )


@pytest.mark.parametrize(
    ("fail_on", "ids"),
    [
        ("gap", ["G05", "G11"]),
        ("not_described", ["G08", "G09", "G04", "G06", "G05", "G07", "G11"]),
        ("partial", ["G08", "G09", "G03", "G04", "G06", "S04", "G05", "G07", "G11"]),
        ("never", []),
    ],
)
def test_quiet_shows_only_what_fails_the_run(work: Path, fail_on: str, ids: list[str]) -> None:
    code, out, err = run("check", "sample.yaml", "-q", "--fail-on", fail_on, "--lang", "en")
    assert code == (0 if fail_on == "never" else 1)
    # -q turns the table into this format, without a total.
    assert [LINE.match(line)["id"] for line in out.splitlines()] == ids  # type: ignore[index]
    assert err == ""


def test_quiet_leaves_out_notes(work: Path) -> None:
    everything = run("check", "unused.yaml", "-f", "concise", "--fail-on", "partial")[1]
    assert "WW001" in everything
    assert "WW001" not in run("check", "unused.yaml", "-q", "--fail-on", "partial")[1]  # a note never fails


def test_quiet_keeps_problems_and_machine_formats(work: Path) -> None:
    code, out, err = run("check", ".", "-q", "--fail-on", "never")
    assert code == 2 and out == "" and err.count("invalid.yaml:") == 2
    full = run("check", "sample.yaml", "-f", "json")[1]
    assert run("check", "sample.yaml", "-f", "json", "-q")[1] == full
    # With --output, no summary lines either: only problems would be said.
    code, out, err = run("check", "sample.yaml", "-f", "json", "-o", "r.json", "-q")
    assert (code, out, err) == (1, "", "")
    assert Path("r.json").read_text(encoding="utf-8") == full
    code, out, err = run("check", "sample.yaml", "-f", "json", "-o", "r.json")
    assert "report written to r.json" in out


def test_quiet_github_keeps_only_failing_annotations(work: Path) -> None:
    out = run("check", "sample.yaml", "unused.yaml", "-f", "github", "-q", "--lang", "en")[1]
    lines = out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::error"]
    assert "stop-commands" not in out


def test_no_findings_no_lines(tmp_path: Path) -> None:
    clean = write(tmp_path, "clean.yaml", "name: X\nsummary: Y\n")
    code, out, _ = run("check", str(clean), "-f", "concise", "--fail-on", "never", "--lang", "en")
    assert code == 0 and out.splitlines()[-1] == "16 findings in 1 file: 16 not described"
    assert run("check", str(clean), "-q", "--fail-on", "gap")[1] == ""


def test_same_output_in_one_or_more_processes(tmp_path: Path) -> None:
    for i in range(220):
        write(tmp_path, f"d/{i:03d}.yaml", SAMPLE.read_text(encoding="utf-8") if i % 3 else UNUSED_WAIVER)
    one = run("check", str(tmp_path / "d"), "-f", "concise", "--jobs", "1")
    assert run("check", str(tmp_path / "d"), "-f", "concise", "--jobs", "2") == one
