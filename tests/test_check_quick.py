"""commands/check_quick.py reads a `check` command line as Typer reads it, or leaves it to Typer.

Held together three ways: every option of the Typer command is in its table with the same
names, kind, choices, bounds and path checks, and check_run.run's defaults are Typer's; over
generated command lines the values it gives equal what Typer gives, and which options count as
written; and a run through it prints, byte for byte, what a run through Typer prints, a wrong
command line found during the run included."""

from __future__ import annotations

import enum
import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, get_origin

import pytest
import typer
from conftest import EXAMPLES, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from wat_werkt.commands import check_quick
from wat_werkt.commands.app import build_app
from wat_werkt.commands.check_run import run

GROUP = typer.main.get_command(build_app("check"))
COMMAND = GROUP.commands["check"]  # type: ignore[attr-defined]
OPTIONS = [p for p in COMMAND.params if p.name != "paths"]


def _kind(param: Any) -> str:
    annotation = param.type_descriptor.annotation
    if get_origin(annotation) is list:
        return "texts"
    if annotation is bool:
        return "flag"
    if annotation is str:
        return "text"
    if annotation is int:
        return "number"
    if annotation is Path:
        return "path"
    assert isinstance(annotation, type) and issubclass(annotation, enum.Enum), annotation
    return "choice"


@pytest.mark.parametrize("param", OPTIONS, ids=lambda p: p.name)
def test_every_option_is_read_with_typers_names_and_checks(param: Any) -> None:
    long = [name for name in param.opts if name.startswith("--")]
    short = [name for name in param.opts if not name.startswith("--")]
    assert len(long) == 1 and not param.secondary_opts
    option = check_quick.OPTIONS[long[0]]
    assert option.param == param.name
    assert {s for s, target in check_quick.SHORT.items() if target == long[0]} == set(short)
    kind = _kind(param)
    assert option.kind == kind
    info = param.type_descriptor.parameter_info
    if kind == "choice":
        assert option.choices == tuple(member.value for member in param.type_descriptor.annotation)
        assert option.any_case == (not info.case_sensitive)
    if kind == "number":
        assert option.least == info.min and info.max is None and not info.clamp
    if kind == "path":
        assert (option.no_folder, option.no_file, option.readable, option.exists) == (
            not info.dir_okay,
            not info.file_okay,
            bool(info.readable),
            bool(info.exists),
        )
        assert not info.resolve_path and not info.allow_dash and not info.writable
    assert info.envvar is None and info.callback is None and info.parser is None


def test_the_table_has_no_option_typer_does_not_know() -> None:
    assert set(check_quick.OPTIONS) == {p.opts[0] for p in OPTIONS}
    assert set(check_quick.SHORT.values()) <= set(check_quick.OPTIONS)


def test_run_takes_typers_defaults() -> None:
    defaults = {
        name: p.default
        for name, p in inspect.signature(run).parameters.items()
        if name not in ("line", "paths")
    }
    typers = {p.name: p.default.value if isinstance(p.default, enum.Enum) else p.default for p in OPTIONS}
    assert defaults == typers


# -- the values, against Typer's --------------------------------------------------------------

FILE = str(EXAMPLES / "minimal.yaml")
FOLDER = str(EXAMPLES)
PATHS = [FILE, FOLDER, "missing.yaml", "een map/ü.yaml", "-", "", "--", str(ROOT / "README.md")]
VALUES = {
    "choice": [
        "json",
        "JSON",
        "Json",
        "sarif",
        "auto",
        "gap",
        "GAP",
        "never",
        "nl",
        "NL",
        "en",
        "xx",
        "ĳ",
        "",
    ],
    "text": ["opvoedingsondersteuning", "x", "", "-x", "ü"],
    "texts": ["G01", "G01,S02", "", "-G01", "*.yaml", "T"],
    "number": ["0", "1", "2", "007", "-1", "+2", " 3", "1.5", "٣", "9" * 15, "9" * 16, ""],
    "path": [
        FILE,
        FOLDER,
        FILE + "/",
        FILE + "/.",
        FOLDER + "//.",
        "missing.yaml",
        "out.json",
        "-",
        "",
        "/dev/null",
        "nieuw/map/x.json",
    ],
}
SPELLINGS = [
    *check_quick.OPTIONS,
    *check_quick.SHORT,
    "--help",
    "-h",
    "-qv",
    "-fjson",
    "--nope",
    "--verbose=1",
]


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    words: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            words.append(draw(st.sampled_from(PATHS)))
            continue
        spelling = draw(st.sampled_from(SPELLINGS))
        long = check_quick.SHORT.get(spelling, spelling)
        option = check_quick.OPTIONS.get(long)
        if option is None or option.kind == "flag":
            words.append(spelling)
            continue
        value = draw(st.sampled_from(VALUES[option.kind]))
        if spelling.startswith("--") and draw(st.booleans()):
            words.append(f"{spelling}={value}")
        else:
            words += [spelling, value]
    if draw(st.booleans()):
        words.append(draw(st.sampled_from([FILE, FOLDER])))
    return words


def _typers(words: list[str]) -> tuple[dict[str, Any], set[str]] | None:
    """What Typer hands check_run.run for `check WORDS...`, and which options count as written;
    None when it refuses the line."""
    from wat_werkt.commands import check_run

    got: list[tuple[dict[str, Any], set[str]]] = []

    def record(line: Any, **values: Any) -> int:
        got.append((values, {p.name for p in OPTIONS if line.given(p.name)}))
        return 0

    parent = GROUP.make_context("watwerkt", ["check"], resilient_parsing=True)
    real = check_run.run
    check_run.run = record  # type: ignore[assignment]
    try:
        with COMMAND.make_context("check", list(words), parent=parent) as ctx:
            COMMAND.invoke(ctx)
    except typer.Exit:
        pass  # the run's exit code, after record
    except Exception:
        return None
    finally:
        check_run.run = real
    return got[0]


def _quick(words: list[str]) -> tuple[dict[str, Any], set[str]] | None:
    values = check_quick.read(list(words))
    if values is None:
        return None
    written = set(values) - {"paths"}
    defaults = {name: p.default for name, p in inspect.signature(run).parameters.items() if name != "line"}
    return {**defaults, **values}, written


@settings(max_examples=3000, deadline=None)
@given(command_lines())
def test_a_command_line_it_reads_gives_what_typer_gives(words: list[str]) -> None:
    quick = _quick(words)
    if quick is not None:
        assert _typers(words) == quick, words


USUAL = [
    [FILE],
    [FOLDER, "--format", "json"],
    ["-f", "sarif", "-o", "out.sarif", FOLDER],
    ["--format=junit", "--fail-on", "never", FOLDER, FILE],
    ["--lang", "NL", "-q", "-v", "-j", "2", FILE],
    ["--select", "G01", "--select", "S02", "--ignore=G03", "--exclude", "*.tmp.yaml", FOLDER],
    ["--no-config", "--max-bytes", "100000", "--max-depth", "20", "--max-nodes", "5000", FILE],
    ["--statistics", "--show-files", "--baseline", "b.json", "--write-baseline", "w.json", FILE],
    [
        "--root",
        FOLDER,
        "--set",
        "opvoedingsondersteuning",
        "--factors",
        "missing",
        "--config",
        "c.yaml",
        FILE,
    ],
]


@pytest.mark.parametrize("words", USUAL, ids=lambda w: " ".join(w)[:40])
def test_the_usual_command_lines_are_read_here(words: list[str]) -> None:
    quick = _quick(words)
    assert quick is not None
    assert quick == _typers(words)


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--format", "json"],
        ["-h"],
        [FILE, "--help"],
        ["--", FILE],
        ["-"],
        [""],
        [FILE, "-qv"],
        [FILE, "-fjson"],
        [FILE, "--format", "yaml"],
        [FILE, "--format"],
        [FILE, "--jobs", "-1"],
        [FILE, "--max-bytes", "0"],
        [FILE, "--output", FOLDER],
        [FILE, "--root", FILE],
        [FILE, "--factors", FILE],
        [FILE, "--factors", FILE + "/"],
        [FILE, "--root", FILE + "/."],
        [FILE, "--verbose=1"],
        [FILE, "--set", "a", "--set", "b"],
        [FILE, "--output="],
        [FILE, "--lang", "fr"],
    ],
    ids=lambda w: " ".join(w) or "nothing",
)
def test_anything_else_is_left_to_typer(words: list[str]) -> None:
    assert check_quick.read(words) is None


# -- whole runs, through each way --------------------------------------------------------------

# The same start both ways, as the console script `watwerkt` (the usage line names it); the
# second with the quick reading switched off.
QUICK = "import sys\nsys.argv[0] = 'watwerkt'\nfrom wat_werkt.cli import main\nmain()\n"
THROUGH_TYPER = QUICK.replace(
    "from wat_werkt.cli",
    "import wat_werkt.commands.check_quick as q\nq.run_quick = lambda argv: None\nfrom wat_werkt.cli",
)


def _both(words: list[str]) -> tuple[Any, Any]:
    env = {**os.environ, "COLUMNS": "100"}
    quick = subprocess.run(
        [sys.executable, "-c", QUICK, "check", *words], capture_output=True, env=env, cwd=ROOT
    )
    typers = subprocess.run(
        [sys.executable, "-c", THROUGH_TYPER, "check", *words], capture_output=True, env=env, cwd=ROOT
    )
    return quick, typers


@pytest.mark.slow
@pytest.mark.parametrize(
    "words",
    [
        ["examples", "--format", "json"],
        ["examples", "-f", "sarif", "--fail-on", "never"],
        ["examples/minimal.yaml", "--lang", "nl"],
        ["tests/invalid", "-f", "concise"],
        # Wrong command lines only the run finds: the usage, the hint, the error, exit 2.
        ["examples/minimal.yaml", "--statistics", "--show-files"],
        ["examples/minimal.yaml", "--show-files", "-f", "json"],
        ["examples/minimal.yaml", "--statistics", "-f", "sarif", "--lang", "nl"],
        ["examples/minimal.yaml", "--select", "T05"],
        ["examples/minimal.yaml", "--ignore", "G99", "--lang", "NL"],
    ],
    ids=lambda w: " ".join(w),
)
def test_a_run_prints_what_a_run_through_typer_prints(words: list[str]) -> None:
    quick, typers = _both(words)
    assert (quick.returncode, quick.stdout, quick.stderr) == (typers.returncode, typers.stdout, typers.stderr)
    assert quick.returncode in (0, 1, 2)


@pytest.mark.slow
def test_a_usual_run_imports_no_typer() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "wat_werkt",
            "check",
            "examples/minimal.yaml",
            "-f",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    assert "wat_werkt.commands.check_run" in imported
    assert not [name for name in imported if name.split(".")[0] in ("typer", "click", "pydantic")]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_ctrl_c_ends_a_run_as_it_ends_one_through_typer(lang: str) -> None:
    # Exit 130, 128 + SIGINT, as any Unix program ends on Ctrl-C, never 1 ("a factor failed").
    interrupt = (
        "import wat_werkt.commands.check_run as r\n"
        "def run(*args, **kwargs):\n"
        "    raise KeyboardInterrupt\n"
        "r.run = run\n"
    )
    env = {**os.environ, "WATWERKT_LANG": lang}
    words = ["check", "examples/minimal.yaml"]
    quick = subprocess.run(
        [sys.executable, "-c", interrupt + QUICK, *words], capture_output=True, env=env, cwd=ROOT
    )
    typers = subprocess.run(
        [sys.executable, "-c", interrupt + THROUGH_TYPER, *words], capture_output=True, env=env, cwd=ROOT
    )
    assert quick.returncode == typers.returncode == 130
    assert quick.stderr == typers.stderr
    assert quick.stdout == typers.stdout


@pytest.mark.slow
def test_a_reader_gone_with_sigpipe_blocked_ends_the_run_as_through_typer() -> None:
    import signal

    def blocked() -> None:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})

    ends = []
    for driver in (QUICK, THROUGH_TYPER):
        read, write = os.pipe()
        os.close(read)  # the reader is gone before the run starts
        done = subprocess.run(
            [sys.executable, "-c", driver, "check", "examples", "-f", "json"],
            stdout=write,
            stderr=subprocess.PIPE,
            preexec_fn=blocked,
            cwd=ROOT,
        )
        os.close(write)
        ends.append((done.returncode, done.stderr))
    assert ends[0] == ends[1] == (1, b"")


VALID = {"flag": None, "text": "x", "texts": "G01", "number": "3", "path": "nieuw.json"}


@pytest.mark.parametrize("name", sorted(check_quick.OPTIONS), ids=str)
def test_each_option_reaches_run_as_written(name: str) -> None:
    # One option at a time, so a parameter check() does not pass on to run is named here.
    option = check_quick.OPTIONS[name]
    value = option.choices[0] if option.kind == "choice" else VALID[option.kind]
    if option.exists or option.no_file:
        value = FOLDER  # --root, --factors: a folder
    words = [FILE, name] if value is None else [FILE, name, value]
    quick, typers = _quick(words), _typers(words)
    assert quick is not None and typers is not None
    assert typers[0][option.param] == quick[0][option.param], (
        f"{name} reaches run as {typers[0][option.param]!r}"
    )
    assert typers[1] == quick[1] == {option.param}
