"""The command line: exit codes, --fail-on, languages, and bad input never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cihelp
import pytest
from conftest import EXAMPLES, ROOT, SAMPLE

from wat_werkt import __version__
from wat_werkt.renderers import REPORTERS

MINIMAL = str(EXAMPLES / "minimal.yaml")


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    return cihelp.run(*args, env=env)


def statuses(stdout: str) -> dict[str, str]:
    data = json.loads(stdout)
    return {f["id"]: f["status"] for f in data["results"][0]["factors"]}


def test_version() -> None:
    assert run("--version")[:2] == (0, f"watwerkt {__version__}\n")


def test_sample_has_a_gap_so_default_fail_on_fails() -> None:
    code, out, err = run("check", str(SAMPLE), "-f", "json")
    assert code == 1 and err == ""
    assert statuses(out) == {
        "G01": "strength",  # manual and standardised; modules are a tip, not a criterion
        "G02": "strength",
        "G03": "partial",
        "G04": "not_described",
        "G05": "gap",  # empowerment: false is an explicit no, never silence
        "G06": "not_described",
        "G07": "not_described",
        "G08": "not_described",
        "G09": "not_described",
        "G10": "waived",
        "G11": "gap",  # training: false
        "S01": "strength",  # light problems, group_suitable: true
        "S02": "not_applicable",
        "S03": "not_applicable",  # a group course, no home visits
        "S04": "partial",
        "S05": "not_applicable",
    }


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("gap", 0), ("not_described", 1), ("partial", 1), ("never", 0)],
)
def test_fail_on_with_minimal_file(fail_on: str, expected: int) -> None:
    # minimal.yaml describes nothing: every factor is not_described, none is a gap.
    assert run("check", MINIMAL, "--fail-on", fail_on, "-f", "json")[0] == expected


def test_fail_on_never_ignores_gaps() -> None:
    assert run("check", str(SAMPLE), "--fail-on", "never")[0] == 0


def test_invalid_file_exits_2_and_others_are_still_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nsummary: Y\ndelivery:\n  format: grup\n", encoding="utf-8")
    code, out, err = run("check", str(bad), str(SAMPLE), "-f", "json", "--fail-on", "never")
    assert code == 2
    assert err.splitlines() == [
        f"{bad}:4:11: unknown value 'grup' for 'delivery.format'; allowed: group, individual, "
        "home_visiting, online (did you mean 'group'?)"
    ]
    results = json.loads(out)["results"]
    assert [(r["valid"], len(r["factors"])) for r in results] == [(False, 0), (True, 16)]


def test_exit_2_wins_over_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    code, _, err = run("check", str(SAMPLE), str(missing))
    assert code == 2 and err == f"{missing}: no such file or folder\n"  # at the file: no line to point at


def test_unknown_option_value_is_exit_2() -> None:
    assert run("check", str(SAMPLE), "--fail-on", "sometimes")[0] == 2
    assert run("check", str(SAMPLE), "--format", "yaml")[0] == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["check", MINIMAL, "--fail-on", "gapp"],
            "Error: Invalid value for '--fail-on': 'gapp' is not one of 'partial', 'not_described', 'gap', 'never'. "
            "Did you mean 'gap'?",
        ),
        (
            ["check", MINIMAL, "-f", "xyzzy"],
            "Error: Invalid value for '--format' / '-f': 'xyzzy' is not one of "
            + ", ".join(f"'{name}'" for name in [*REPORTERS, "auto"])
            + ".",
        ),
        (["compare", MINIMAL, "-f", "markdwn"], "Did you mean 'markdown'?"),
        (["check", MINIMAL, "--lang", "nld"], "Did you mean 'nl'?"),
        (["chek", MINIMAL], "Error: No such command 'chek'. Did you mean 'check', 'schema'?"),
        (["factors", "G04"], "Error: No such command 'G04'. To show a factor: watwerkt factors show G04"),
        (["factors", "list"], "Error: No such command 'list'. To list the factors: watwerkt factors"),
    ],
)
def test_a_mistyped_choice_gets_a_suggestion(args: list[str], error: str) -> None:
    """As Click does for a mistyped command, without pydantic's "Value error, " in between."""
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", *args], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("Usage: ")
    last = proc.stderr.rstrip("\n").splitlines()[-1]
    assert last.startswith("Error: ") and last.endswith(error) and "Value error" not in last


def test_lang_nl_and_en() -> None:
    nl = json.loads(run("check", str(SAMPLE), "-f", "json", "--lang", "nl")[1])
    en = json.loads(run("check", str(SAMPLE), "-f", "json", "--lang", "en")[1])
    assert nl["results"][0]["factors"][0]["status"] == en["results"][0]["factors"][0]["status"]
    assert nl["results"][0]["factors"][0]["title"] != en["results"][0]["factors"][0]["title"]


@pytest.mark.parametrize(
    ("env", "word"),
    [
        ({"WATWERKT_LANG": "nl", "LANG": "en_US.UTF-8"}, "Samenvatting"),
        ({"WATWERKT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"}, "Samenvatting"),
        ({"WATWERKT_LANG": "", "LC_ALL": "C", "LC_MESSAGES": "", "LANG": "nl_NL.UTF-8"}, "Summary"),
        ({"WATWERKT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}, "Summary"),
    ],
)
def test_language_from_environment(env: dict[str, str], word: str) -> None:
    out = run("check", str(SAMPLE), "--fail-on", "never", env=env)[1]
    assert f"{word}:" in out


def test_factors_list_and_show() -> None:
    code, out, _ = run("factors", "--lang", "en")
    assert code == 0
    for factor_id in [f"G{i:02d}" for i in range(1, 12)] + [f"S{i:02d}" for i in range(1, 6)]:
        assert factor_id in out
    code, out, _ = run("factors", "show", "S03", "--lang", "en")
    assert code == 0 and "Applies when" in out and "Advice" in out and "Source" in out


def test_factors_show_unknown_id_suggests() -> None:
    code, _, err = run("factors", "show", "S3", "--lang", "en")
    assert code == 2 and "no factor 'S3'" in err and "did you mean 'S03'?" in err


def test_verbose_shows_every_criterion() -> None:
    plain = run("check", str(SAMPLE), "--fail-on", "never", "--lang", "en")[1]
    verbose = run("check", str(SAMPLE), "--fail-on", "never", "--lang", "en", "--verbose")[1]
    assert len(verbose.splitlines()) > len(plain.splitlines())
    assert "✔" in verbose and "✘" in verbose


@pytest.mark.slow
def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", "check", MINIMAL, "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)["results"][0]
    assert (result["file"], result["valid"]) == (MINIMAL, True)


@pytest.mark.slow
def test_bad_input_never_prints_a_traceback(tmp_path: Path) -> None:
    cases = {
        "binary.yaml": b"\x00\x01\x02",
        "latin1.yaml": b"name: caf\xe9\n",
        "list.yaml": b"- a\n",
        "deep.yaml": b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "tag.yaml": b"name: !!python/object:os.system x\nsummary: y\n",
    }
    paths = []
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        paths.append(str(tmp_path / name))
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", "check", *paths, MINIMAL, "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert {line.split(":")[0] for line in lines} == set(paths)
    assert json.loads(proc.stdout)["results"][-1]["valid"] is True


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--help"],
        ["check"],
        ["check", str(SAMPLE), "-f", "json"],
        ["check", str(SAMPLE), "--fail-on", "bad"],
        ["compare", "--help"],
        ["factors", "show", "S03"],
        ["explain", str(SAMPLE), "G11"],
        ["schema", "--help"],
        ["init", "--help"],
    ],
)
def test_one_command_app_behaves_as_the_whole_app(argv: list[str]) -> None:
    """main() builds only the command it runs (cli.build_app): same output, same exit code."""
    from typer.testing import CliRunner

    from wat_werkt.commands.app import build_app

    whole = CliRunner().invoke(build_app(), argv, env={"COLUMNS": "100"})
    single = CliRunner().invoke(build_app(argv[0]), argv, env={"COLUMNS": "100"})
    assert (single.exit_code, single.stdout, single.stderr) == (whole.exit_code, whole.stdout, whole.stderr)


@pytest.mark.slow
def test_main_exits_at_once_with_everything_written(tmp_path: Path) -> None:
    """main() leaves with os._exit (cli._exit_now): the exit code and every byte of output
    must be the same as a normal exit's, and a normal exit must be kept where something
    watches the process (a profiler writes its results at exit)."""
    script = (
        "import sys, wat_werkt.cli as cli\n"
        "if sys.argv[1] == 'profiled': sys.setprofile(lambda *a: None)\n"
        "sys.argv = ['watwerkt', *sys.argv[2:]]\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit as done:\n"
        "    print('normal exit', done.code, file=sys.stderr)\n"
        "    raise\n"
    )
    out = {}
    for mode in ("plain", "profiled"):
        proc = subprocess.run(
            [sys.executable, "-c", script, mode, "check", "examples", "-f", "json"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        out[mode] = proc
    plain, profiled = out["plain"], out["profiled"]
    assert plain.returncode == profiled.returncode == 1  # the made-up example has a gap
    assert plain.stdout == profiled.stdout and len(json.loads(plain.stdout)["results"]) == len(
        list(EXAMPLES.glob("*.yaml"))
    )
    assert "normal exit" not in plain.stderr
    assert profiled.stderr.endswith("normal exit 1\n")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell closes the descriptor")
def test_a_closed_standard_output_is_a_clear_error() -> None:
    proc = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m wat_werkt check "{MINIMAL}" >&-'],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stderr) == (
        2,
        "watwerkt: standard output is closed: nothing can be reported\n",
    )


def test_output_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `-o -` writes the report where no --output writes it, as `schema --output -` and `init -`
    # do; it made a file named "-" before.
    monkeypatch.chdir(tmp_path)
    plain = run("check", MINIMAL, "-f", "json", "--fail-on", "never")
    dashed = run("check", MINIMAL, "-f", "json", "--fail-on", "never", "-o", "-")
    assert dashed == plain and statuses(dashed[1])["G01"] == "not_described"
    compared = run("compare", MINIMAL, str(SAMPLE), "-f", "json", "-o", "-")
    assert compared == run("compare", MINIMAL, str(SAMPLE), "-f", "json")
    assert compared[0] == 0 and json.loads(compared[1])["interventions"]
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", ""],
        ["check", MINIMAL, ""],
        ["check", MINIMAL, "--output", ""],
        ["check", MINIMAL, "--output="],
        ["check", MINIMAL, "--baseline", ""],
        ["check", MINIMAL, "--config="],
        ["compare", MINIMAL, ""],
        ["explain", "", "G01"],
        ["init", ""],
        ["schema", "-o", ""],
        ["factors", "--factors", ""],
    ],
)
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `check "$FILE"` with FILE unset: Typer reads "" as ".", which checked every file below
    # the working folder and made `--output ""` a folder. Now it is a wrong command line.
    (tmp_path / "other.yaml").write_text("name: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.rstrip().endswith(": an empty name is no path (is a shell variable empty?).")
    assert "Invalid value for " in err and "other.yaml" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.yaml"]
    dutch = run(*argv, env={"WATWERKT_LANG": "nl"})
    assert dutch[0] == 2 and dutch[2].rstrip().endswith(
        "een lege naam is geen pad (is een shellvariabele leeg?)."
    )


def test_an_empty_value_that_is_no_path_and_help_are_not_refused() -> None:
    assert run("check", "", "--help")[0] == 0  # the help, as for any other value
    # "--help" as a file name after `--`, or as an option's value, asks for no help.
    for argv in (["check", "--", "", "--help"], ["check", MINIMAL, "--output", "", "--exclude", "--help"]):
        code, out, err = run(*argv)
        assert (code, out) == (2, "") and "an empty name is no path" in err, argv
    code, _, err = run("check", MINIMAL, "--set", "")
    assert code == 2 and "no built-in factor set ''" in err
