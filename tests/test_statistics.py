"""--statistics: per factor, how many files have each status, the factor missing most first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cihelp import INVALID, MINIMAL, run, write
from conftest import DOCS, SAMPLE

SCHEMA = json.loads((DOCS / "statistics.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def databank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "d/sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(tmp_path, "d/minimal.yaml", MINIMAL)
    write(tmp_path, "d/broken.yaml", INVALID)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def statistics(*args: str) -> dict[str, Any]:
    code, out, _ = run("check", "d", "--statistics", "-f", "json", "--lang", "en", *args)
    assert code == 2  # broken.yaml: the exit code is the check's
    data: dict[str, Any] = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    return data


def test_counts_per_factor_most_missing_first(databank: Path) -> None:
    data = statistics()
    assert (data["files"], data["not_checked"]) == (2, 1)
    rows = {f["id"]: f for f in data["factors"]}
    assert len(rows) == 16
    for row in rows.values():
        assert sum(row["counts"].values()) == 2  # every checked file once
        assert row["missing"] == row["counts"]["gap"] + row["counts"]["not_described"]
    # G11: a gap in the sample, not described in the minimal file.
    assert rows["G11"]["counts"] == {
        "strength": 0, "partial": 0, "gap": 1, "not_described": 1, "not_applicable": 0, "waived": 0,
    }  # fmt: skip
    missing = [f["missing"] for f in data["factors"]]
    assert missing == sorted(missing, reverse=True)
    # Ties keep the order of the set: the factors missing in both files, then the others.
    assert [f["id"] for f in data["factors"][:8]] == ["G04", "G05", "G06", "G07", "G08", "G09", "G11", "G01"]


def test_ignored_is_a_column_when_the_selection_ignores(databank: Path) -> None:
    data = statistics("--ignore", "S")
    s01 = next(f for f in data["factors"] if f["id"] == "S01")
    assert s01["counts"]["ignored"] == 2 and s01["missing"] == 0
    assert all("ignored" in f["counts"] for f in data["factors"])
    assert "ignored" not in statistics()["factors"][0]["counts"]


def test_table_and_markdown(databank: Path) -> None:
    code, out, _ = run("check", "d", "--statistics", "--lang", "en", env={"COLUMNS": "120"})
    assert code == 2
    assert out.startswith("Per factor, the number of files with each status, in 2 files;")
    assert "1 more could not be checked and count in no row." in out.replace("\n", " ").replace("  ", " ")
    assert "│ G04 │" in out
    code, out, _ = run("check", "d", "--statistics", "-f", "markdown", "--lang", "nl")
    lines = out.splitlines()
    assert lines[0] == "## watwerkt-statistiek"
    assert lines[4].startswith("| ID | Factor | Tekort | ✔ sterk |")
    assert lines[6].startswith("| G04 | ") and lines[6].endswith(" | 2 | 0 | 0 | 0 | 2 | 0 | 0 |")
    assert len(lines) == 6 + 16


def test_formats_and_exit_codes(databank: Path) -> None:
    code, _, err = run("check", "d/sample.yaml", "--statistics", "-f", "sarif")
    assert (
        code == 2 and err.splitlines()[-1] == "Error: --statistics writes table, json or markdown, not sarif"
    )
    write(databank, ".watwerkt.yaml", "format: sarif\n")  # the project's report format gives way
    code, out, _ = run("check", "d/sample.yaml", "--statistics", "--fail-on", "never")
    assert code == 0 and "│ G05 │" in out
    assert run("check", "d/sample.yaml", "--statistics")[0] == 1  # a gap, as without --statistics
    code, out, _ = run("check", "d/sample.yaml", "--statistics", "-o", "stats.json", "-q")
    assert (code, out) == (1, "")
    jsonschema.validate(json.loads(Path("stats.json").read_text(encoding="utf-8")), SCHEMA)
    # Without -q: the totals in one line, never a line per file (statistics are totals).
    code, out, _ = run("check", "d", "--statistics", "-o", "stats.json", "--lang", "en")
    assert (code, out.splitlines()) == (
        2,
        [
            "2 files checked: 3 strength, 2 partial, 2 gap, 21 not described, 3 not applicable, 1 waived; "
            "1 could not be checked",
            "report written to stats.json",
        ],
    )
    code, _, err = run("check", "d/sample.yaml", "--statistics", "--show-files")
    assert (
        code == 2 and err.splitlines()[-1] == "Error: --show-files and --statistics cannot be used together"
    )


@pytest.mark.parametrize(("columns", "lang"), [("80", "nl"), ("60", "en"), ("100", "nl")])
def test_a_narrow_terminal_gets_symbol_columns_and_a_legend(databank: Path, columns: str, lang: str) -> None:
    """At 80 columns the status words left the factor names no room (a newcomer saw the Factor
    column vanish and IDs cut to `G…`): the columns then carry the symbol alone, with a legend."""
    code, out, _ = run(
        "check", "d", "--statistics", "--lang", lang, "--ignore", "G07", env={"COLUMNS": columns}
    )
    assert code == 2
    lines = out.splitlines()
    assert all(len(line.rstrip()) <= int(columns) for line in lines)
    assert any(line.startswith("│ G04 │ ") for line in lines)  # the id whole
    # The factor's name in whole words, not cut into pieces of a few letters.
    assert ("Aansluiten" if lang == "nl" else "Connecting") in out
    legend = "  ".join(lines[-3:])
    expected = (
        ["✔ sterk", "? niet beschreven", "⊝ genegeerd"] if lang == "nl" else ["✔ strength", "⊝ ignored"]
    )
    assert all(pair in legend for pair in expected), legend


def test_a_wide_terminal_keeps_the_status_words_in_the_header(databank: Path) -> None:
    _, out, _ = run("check", "d", "--statistics", "--lang", "en", env={"COLUMNS": "140"})
    assert "│ ID  │ Factor" in out and "strength │" in out
    assert not out.rstrip().splitlines()[-1].startswith("✔ strength")  # no legend needed
