"""commands/quickargs.py converts a value exactly as Typer's own converter does, or leaves it to
Typer: compared value by value, for every parameter of every command, with plain, odd and wrong
values. And a usual command line converts without Typer's pydantic adapters at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import EXAMPLES, ROOT

from wat_werkt.commands import quickargs
from wat_werkt.commands.app import COMMANDS, build_app

# The Typer this runs on must have what quickargs leans on; with another, quickargs installs
# nothing (Typer converts everything) and there is nothing here to compare.
if not quickargs._IN_TYPER:  # pragma: no cover
    pytest.skip("a Typer without the names quickargs uses", allow_module_level=True)
build_runtime_param = pytest.importorskip("typer._coercion").build_runtime_param
_TyperParameter = pytest.importorskip("typer.core")._TyperParameter

TEXTS = [
    "",
    "x",
    "auto",
    "JSON",
    "json",
    " json",
    "nl",
    "NL",
    "Dutch",
    "gap",
    "GAP",
    "nooit",
    "opvoedingsondersteuning",
]
NUMBERS = [
    "0",
    "1",
    "4",
    "007",
    "-1",
    "+2",
    " 3",
    "3 ",
    "3_0",
    "1.5",
    "٣",
    "²",
    "9" * 15,
    "9" * 16,
    "9" * 5000,
]
PATHS = [
    str(EXAMPLES),
    str(EXAMPLES / "minimal.yaml"),
    "examples/minimal.yaml",
    "nope/none.yaml",
    "-",
    ".",
    "a\0b",
    "~",
    "x" * 5000,
]
OTHERS: list[Any] = [None, True, False, 0, 3, -2, 2.5, Path("examples"), Path("nope"), b"json"]
VALUES = TEXTS + NUMBERS + PATHS + OTHERS


def _parameters() -> list[tuple[str, Any, Any]]:
    """(name, command, parameter) for every parameter of every command, the help option too."""
    found = []
    for name in COMMANDS:
        group = typer.main.get_command(build_app(name))
        commands = [group.commands[name]]  # type: ignore[attr-defined]
        commands += list(getattr(commands[0], "commands", {}).values())
        for command in commands:
            ctx = command.make_context(command.name, [], resilient_parsing=True)
            params = [*command.params, command.get_help_option(ctx)]
            found += [
                (f"{command.name}:{p.name}", command, p) for p in params if isinstance(p, _TyperParameter)
            ]
    return found


PARAMETERS = _parameters()


def _outcome(convert: Any, param: Any, ctx: Any, value: Any) -> tuple[str, Any]:
    try:
        result = convert.coerce(value, param=param, ctx=ctx)
    except Exception as exc:
        return "raises", (type(exc).__name__, str(exc))
    return "gives", (
        type(result).__name__,
        result if not isinstance(result, list) else [(type(v).__name__, v) for v in result],
    )


def _values_for(param: Any) -> list[Any]:
    if param.multiple or param.nargs == -1:
        return [None, (), *[(v,) for v in VALUES], tuple(PATHS[:4]), tuple(TEXTS[:5]), "x", ["json", 1]]
    return [*VALUES, *([param.default] if param.default is not None else [])]


@pytest.mark.parametrize(("name", "command", "param"), PARAMETERS, ids=[p[0] for p in PARAMETERS])
def test_quick_conversion_is_typers_conversion(name: str, command: Any, param: Any) -> None:
    descriptor = param.type_descriptor
    assert quickargs._simple(descriptor.annotation, descriptor.parameter_info), name  # all of ours
    ctx = command.make_context(command.name, [], resilient_parsing=True)
    for value in _values_for(param):
        param._runtime_param = None
        typers = _outcome(build_runtime_param(descriptor), param, ctx, value)
        quick = quickargs.Quick(descriptor.parameter_info, descriptor.annotation)
        param._runtime_param = quick
        assert _outcome(quick, param, ctx, value) == typers, (name, value)


@pytest.mark.slow
def test_plain_values_are_converted_without_typer() -> None:
    # The values a usual run has (given or left to their defaults) are all taken quickly, so
    # Typer never builds its adapters and pydantic is never imported: checked in a process of
    # its own, just before it leaves (watwerkt leaves with os._exit).
    probe = (
        "import sys, os\n"
        "from wat_werkt.cli import main\n"
        "leave = os._exit\n"
        "def report(code):\n"
        "    sys.stderr.write('pydantic loaded: %s\\n' % ('pydantic' in sys.modules))\n"
        "    sys.stderr.flush()\n"
        "    leave(code)\n"
        "os._exit = report\n"
        "sys.argv = ['watwerkt', *sys.argv[1:]]\n"
        "main()\n"
    )
    for argv in (
        [
            "check",
            str(EXAMPLES / "minimal.yaml"),
            "-f",
            "json",
            "-j",
            "1",
            "--lang",
            "nl",
            "--fail-on",
            "never",
        ],
        ["check", str(EXAMPLES), "--select", "G", "--exclude", "*.yml", "-q"],
        ["factors", "--lang", "en"],
        ["explain", str(EXAMPLES / "minimal.yaml"), "G01"],
    ):
        run = subprocess.run(
            [sys.executable, "-c", probe, *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "COLUMNS": "100"},
            check=False,
        )
        assert run.returncode in (0, 1), run.stderr
        assert "pydantic loaded: False" in run.stderr, (argv, run.stderr[-500:])


def test_a_wrong_value_is_refused_in_typers_words() -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    for argv, words in (
        (["check", str(EXAMPLES / "minimal.yaml"), "--jobs", "x"], "Input should be a valid integer"),
        (["check", str(EXAMPLES / "minimal.yaml"), "--jobs", "-1"], "greater than or equal to 0"),
        (["check", str(EXAMPLES / "minimal.yaml"), "--format", "yaml"], "'yaml' is not one of"),
        (["check", str(EXAMPLES / "minimal.yaml"), "--root", "nope/none"], "does not exist"),
    ):
        result = runner.invoke(build_app("check"), argv, env={"WATWERKT_LANG": "en"})
        assert result.exit_code == 2, (argv, result.output)
        assert words in result.output, (argv, result.output)
