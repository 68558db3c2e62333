"""The bench scripts (bench/) run on a tiny corpus and print their table; no timing asserts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.run.checker import check_path

BENCH = ROOT / "bench"
WATWERKT = shutil.which("watwerkt", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.slow  # every bench script runs as a process of its own


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], check=False, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "corpus"
    proc = _run(str(BENCH / "generate.py"), "--count", "12", "--out", str(out), "--seed", "3")
    assert proc.returncode == 0, proc.stderr
    return out


def test_generated_files_are_valid_and_varied(corpus: Path) -> None:
    files = sorted(corpus.glob("*.yaml"))
    assert len(files) == 12
    factor_set = load_builtin()
    known = builtin_ids()
    results = [check_path(p, factor_set, known) for p in files]
    assert [r.problems for r in results] == [()] * 12
    names = {r.name for r in results}
    assert len(names) == 12  # every file has its own name
    statuses = {f.status for r in results for f in r.factors}
    assert {"strength", "partial", "not_described"} <= statuses


def test_generator_is_deterministic_and_refuses_foreign_folders(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert (
        _run(str(BENCH / "generate.py"), "--count", "12", "--out", str(again), "--seed", "3").returncode == 0
    )
    for path in sorted(corpus.glob("*.yaml")):
        assert (again / path.name).read_bytes() == path.read_bytes()
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "mine.yaml").write_text("name: x\n", encoding="utf-8")
    proc = _run(str(BENCH / "generate.py"), "--count", "2", "--out", str(foreign))
    assert proc.returncode != 0 and "refusing" in proc.stderr
    assert (foreign / "mine.yaml").read_text(encoding="utf-8") == "name: x\n"


def test_floor_apps_and_parse_only_run(corpus: Path) -> None:
    one = str(next(corpus.glob("*.yaml")))
    floor = _run(
        str(BENCH / "floor_app.py"),
        "check",
        one,
        one,
        "--format",
        "json",
        "--fail-on",
        "never",
        "--lang",
        "nl",
    )
    assert (floor.returncode, floor.stdout) == (0, "")
    assert _run(str(BENCH / "floor_app.py"), "factors").returncode == 0
    assert _run(str(BENCH / "floor_app_rich.py"), "check", one).returncode == 0
    # A wrong option is refused, as in watwerkt: the floor really parses its command line.
    assert _run(str(BENCH / "floor_app.py"), "check", one, "--format", "xml").returncode == 2
    parsed = _run(str(BENCH / "parse_only.py"), str(corpus))
    assert (parsed.returncode, parsed.stderr.strip()) == (0, "12 files parsed")


@pytest.mark.skipif(WATWERKT is None, reason="the watwerkt console script is not installed")
def test_run_prints_the_table(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    proc = _run(
        str(BENCH / "run.py"),
        "--small",
        "4",
        "--big",
        "8",
        "--runs",
        "1",
        "--no-tools",
        "--workdir",
        str(tmp_path),
        "--json",
        str(figures),
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1].split() == [
        "measurement",
        "command",
        "median",
        "min",
        "max",
        "baseline",
        "ratio",
        "target",
        "met?",
    ]
    for label in (
        "(a) one file, json",
        "(b) one file, table",
        "(c) 4 files",
        "(d) 8 files, time",
        "(d) 8 files, memory",
    ):
        assert any(line.startswith(label) for line in lines), label
    assert "targets met" in lines[-1]
    rows = json.loads(figures.read_text(encoding="utf-8"))["rows"]
    targets = {(r["measurement"], r["command"]): r["target"] for r in rows if "target" in r}
    assert targets == {
        ("(a) one file, json", "watwerkt json"): 1.2,
        ("(b) one file, table", "watwerkt table"): 1.25,
        ("(c) 4 files", "watwerkt json (4)"): 2.5,
        ("(d) 8 files, time", "watwerkt json (8)"): 2.2,
        ("(d) 8 files, memory", "watwerkt json (8)"): 100.0,
    }
    timed = [r for r in rows if "min_s" in r]
    assert all(r["runs"] == 1 and r["min_s"] > 0 for r in timed)
    assert {r["command"] for r in rows if "note" in r and "skipped" in str(r["note"])} == {
        "yamllint",
        "check-jsonschema",
    }
    assert len(list((tmp_path / "corpus-8").glob("*.yaml"))) == 8


def test_startup_and_phase_profiles_run(corpus: Path) -> None:
    startup = _run(str(BENCH / "startup.py"), str(next(corpus.glob("*.yaml"))))
    assert startup.returncode == 0, startup.stderr
    assert (
        "import wat_werkt.format.model" in startup.stdout and "watwerkt on top of the floor" in startup.stdout
    )
    phases = _run(str(BENCH / "phases.py"), str(corpus))
    assert phases.returncode == 0, phases.stderr
    assert phases.stdout.startswith("12 files") and "evaluate 16 factors" in phases.stdout
    per_file = _run(str(BENCH / "phases.py"), "--per-file", str(corpus))
    assert per_file.returncode == 0, per_file.stderr
    lines = per_file.stdout.splitlines()
    assert lines[0].startswith("12 files, each through every phase")
    assert lines[0].endswith(f"wat_werkt from {ROOT / 'src' / 'wat_werkt'}")  # the tree measured
    names = [line.split()[0] for line in lines[1:]]
    assert names == ["read", "parse", "validate", "normalise", "evaluate", "facts", "record", "all"]


@pytest.mark.skipif(WATWERKT is None, reason="the watwerkt console script is not installed")
def test_run_can_measure_one_part_only(tmp_path: Path) -> None:
    proc = _run(
        str(BENCH / "run.py"),
        "--small",
        "3",
        "--big",
        "6",
        "--runs",
        "1",
        "--only",
        "big",
        "--workdir",
        str(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    measured = {line.split("  ")[0] for line in proc.stdout.splitlines()[3:] if line.startswith("(")}
    assert measured == {"(d) 6 files, time", "(d) 6 files, memory"}


@pytest.mark.skipif(WATWERKT is None, reason="the watwerkt console script is not installed")
def test_memory_prints_the_peak_of_each_format(tmp_path: Path) -> None:
    proc = _run(
        str(BENCH / "memory.py"), "--count", "12", "--formats", "json,sarif", "--workdir", str(tmp_path)
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["format", "peak", "MB", "seconds"]
    assert [line.split()[0] for line in lines[1:]] == ["json", "sarif"]
    assert all(0 < float(line.split()[1]) < 300 for line in lines[1:])
    # Over the limit: exit 1, so a CI job can hold the bound.
    assert (
        _run(
            str(BENCH / "memory.py"),
            "--count",
            "12",
            "--formats",
            "json",
            "--workdir",
            str(tmp_path),
            "--limit-mb",
            "1",
        ).returncode
        == 1
    )


@pytest.mark.skipif(WATWERKT is None, reason="the watwerkt console script is not installed")
def test_trees_measures_two_trees_in_the_same_runs(tmp_path: Path) -> None:
    # The repository twice: the second tree is compared with the first.
    proc = _run(
        str(BENCH / "trees.py"),
        "--runs",
        "1",
        "--small",
        "6",
        "--workdir",
        str(tmp_path),
        str(ROOT),
        str(ROOT),
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("1 alternating rounds (+1 warm-up), 6 files")
    assert lines[1].startswith("parse only (6)")
    assert lines[2].startswith(str(ROOT)) and "against the first" not in lines[2]
    assert lines[3].startswith(str(ROOT)) and "against the first: " in lines[3]
    # A folder that is no checkout of watwerkt is named, and nothing is measured.
    refused = _run(str(BENCH / "trees.py"), "--runs", "1", str(tmp_path))
    assert refused.returncode == 2 and f"{tmp_path}: no src/wat_werkt in it" in refused.stderr


def test_phases_refuses_an_unknown_option(corpus: Path) -> None:
    proc = _run(str(BENCH / "phases.py"), "--per-flie", str(corpus))
    assert proc.returncode == 2 and "usage: " in proc.stderr and proc.stdout == ""


def test_timeline_shows_the_steps_of_a_run_in_two_processes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    made = _run(str(BENCH / "generate.py"), "--count", "200", "--out", str(corpus), "--seed", "3")
    assert made.returncode == 0, made.stderr
    proc = _run(str(BENCH / "timeline.py"), "--corpus", str(corpus), "--", "--jobs", "2")
    assert proc.returncode in (0, 1), proc.stderr  # the check's own exit code
    steps = [line.split("ms  ", 1)[1] for line in proc.stdout.splitlines()]
    fork = next(step for step in steps if step.startswith("fork: "))
    part = int(fork.split()[4])  # "fork: a child for N files": how the files are shared is the run's
    assert 0 < part < 200
    # The child writes its own lines: they come in their order, wherever the parent's fall.
    child = [f"child: file 1 of {part} checked", f"child: file {part} of {part} checked"]
    assert [step for step in steps if step in child] == child
    assert [step for step in steps if step not in child] == [
        "start",
        "wat_werkt.cli imported",
        fork,
        "parent: its own part done, waits for a child",
        "parent: child reaped",
        "parent: reads the child's facts back",
        "parent: facts read",
        "parent: the child's part copied to stdout",
        "parent: the child's temporary files closed",
        "check returns (its objects freed)",
        f"exit {proc.returncode}",
    ]
    assert steps.index(child[0]) > steps.index(fork)
