"""Shell completion (docs/authoring.md): --install-completion and --show-completion for bash, zsh
and fish; commands, options, their choices, the built-in set names and the factor ids of the set
on the command line complete. Through Click's protocol (the environment a shell's completion
script sets), and, where the shell is installed, in bash, zsh and fish themselves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from wat_werkt.commands.app import build_app

BIN = Path(sys.executable).parent
WATWERKT = str(BIN / "watwerkt")


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("WATWERKT_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    out["PATH"] = f"{BIN}{os.pathsep}{out.get('PATH', '')}"
    out.update(extra)
    return out


def complete(shell: str, line: str, **extra: str) -> list[str]:
    """The candidates for the command line `line`, asked as `shell`'s completion script asks."""
    if shell == "bash":
        words = line.split()
        cword = len(words) if line.endswith(" ") else len(words) - 1
        variables = {"COMP_WORDS": line, "COMP_CWORD": str(cword)}
    else:
        variables = {"_TYPER_COMPLETE_ARGS": line, "_TYPER_COMPLETE_FISH_ACTION": "get-args"}
    proc = subprocess.run(
        [WATWERKT],
        env=env(_WATWERKT_COMPLETE=f"complete_{shell}", **variables, **extra),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stderr) == (0, "")
    return proc.stdout.splitlines()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("watwerkt ", ["check", "compare", "schema", "init", "explain", "factors"]),
        ("watwerkt fa", ["factors"]),
        ("watwerkt check --fa", ["--fail-on", "--factors"]),
        ("watwerkt check --fail-on ", ["partial", "not_described", "gap", "never"]),
        ("watwerkt check --format j", ["json", "junit"]),
        ("watwerkt check --lang ", ["en", "nl"]),
        ("watwerkt check --set ", ["opvoedingsondersteuning", "tidier"]),
        ("watwerkt factors show S0", ["S01", "S02", "S03", "S04", "S05"]),
        ("watwerkt factors --set tidier show T1", ["T11"]),
        (
            "watwerkt factors show --set tidier T0",
            ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09"],
        ),
        ("watwerkt explain beschrijving.yaml G1", ["G10", "G11"]),
        ("watwerkt explain --set tidier beschrijving.yaml T1", ["T11"]),
        ("watwerkt factors lint --set t", ["tidier"]),
    ],
)
@pytest.mark.slow
def test_bash_candidates(line: str, expected: list[str]) -> None:
    assert complete("bash", line) == expected


@pytest.mark.slow
def test_zsh_and_fish_show_titles_in_the_language_of_the_run() -> None:
    assert complete("fish", "watwerkt factors show S0", WATWERKT_LANG="nl")[:2] == [
        "S01\tGroepsgerichte interventie",
        "S02\tIndividuele interventie met frequente huisbezoeken",
    ]
    zsh = "\n".join(complete("zsh", "watwerkt explain x.yaml S0"))
    assert '"S03":"Trained home visitors"' in zsh and '"S05":"Cognitive intervention"' in zsh
    assert "tidier" in "\n".join(complete("zsh", "watwerkt check --set t"))


@pytest.mark.parametrize(
    ("shell", "start"),
    [
        ("bash", "_watwerkt_completion() {"),
        ("zsh", "#compdef watwerkt"),
        ("fish", "complete --command watwerkt --no-files"),
    ],
)
@pytest.mark.slow
def test_show_completion_for_each_shell(shell: str, start: str) -> None:
    # Typer's own tests name the shell this way; a user's shell is detected.
    proc = subprocess.run(
        [WATWERKT, "--show-completion", shell],
        capture_output=True,
        text=True,
        check=False,
        env=env(_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1"),
    )
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.startswith(start) and "_WATWERKT_COMPLETE=complete_" in proc.stdout
    source = subprocess.run(
        [WATWERKT], env=env(_WATWERKT_COMPLETE=f"source_{shell}"), capture_output=True, text=True, check=False
    )
    assert source.stdout.strip() == proc.stdout.strip()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_install_completion_in_bash_in_dutch(tmp_path: Path) -> None:
    # Not the last command of the line: bash would exec it, and watwerkt would find no shell above
    # itself where the tests run without one (started by a service, not from a terminal).
    proc = subprocess.run(
        ["bash", "-c", "watwerkt --install-completion; exit $?"],
        capture_output=True,
        text=True,
        check=False,
        env=env(HOME=str(tmp_path), WATWERKT_LANG="nl"),
    )
    script = tmp_path / ".bash_completions" / "watwerkt.sh"
    assert (proc.returncode, proc.stderr) == (0, "")
    assert (
        proc.stdout == f"Aanvullen voor bash geïnstalleerd in {script}. Het werkt in een nieuwe terminal.\n"
    )
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text(encoding="utf-8")
    # The installed script completes in bash itself.
    words = "COMP_WORDS=(watwerkt factors show G0); COMP_CWORD=3"
    done = subprocess.run(
        [
            "bash",
            "-c",
            f"source '{script}'; {words}; _watwerkt_completion watwerkt; "
            'printf "%s\\n" "${COMPREPLY[@]}"',
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env(HOME=str(tmp_path)),
    )
    assert done.stdout.split() == [f"G0{i}" for i in range(1, 10)]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("sh") is None, reason="no sh")
def test_a_shell_it_cannot_complete_for_is_refused() -> None:
    proc = subprocess.run(
        ["sh", "-c", "watwerkt --show-completion; echo $?"],
        capture_output=True,
        text=True,
        check=False,
        env=env(WATWERKT_LANG="nl"),
    )
    if proc.stdout.startswith("_watwerkt_completion"):
        pytest.skip("sh here is a shell watwerkt completes for")
    assert proc.stdout == "2\n"
    assert proc.stderr.startswith("kan niet aanvullen voor deze shell (")
    assert "_WATWERKT_COMPLETE=source_bash watwerkt" in proc.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_in_zsh() -> None:
    # zsh's completion system needs a terminal; its two functions the script calls are stood in
    # for, so what zsh makes of watwerkt's answer shows.
    code = (
        'compdef() { : }; _arguments() { print -r -- "$@" }; eval "$(_WATWERKT_COMPLETE=source_zsh watwerkt)"; '
        "words=(watwerkt factors show S0); CURRENT=4; _watwerkt_completion"
    )
    proc = subprocess.run(["zsh", "-fc", code], capture_output=True, text=True, check=False, env=env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith('*: :(("S01":"Group-based intervention" "S02":')


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_in_fish() -> None:
    code = 'watwerkt --show-completion fish | source; complete -C "watwerkt check --set "'
    proc = subprocess.run(
        ["fish", "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=env(_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1", WATWERKT_LANG="nl"),
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "opvoedingsondersteuning\tWat werkt bij opvoedingsondersteuning",
        "tidier\tTIDieR: volledigheid van de beschrijving",
    ]


def test_a_run_of_one_command_builds_no_completion_options() -> None:
    # The options belong to `watwerkt` itself; `watwerkt check` does not build them (their cost
    # is measured in docs/performance.md).
    names = {p.name for p in typer.main.get_command(build_app("check")).params}
    assert not names & {"install_completion", "show_completion"}
    names = {p.name for p in typer.main.get_command(build_app()).params}
    assert {"install_completion", "show_completion"} <= names
