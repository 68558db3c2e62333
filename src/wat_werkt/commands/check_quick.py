"""The usual `check` command lines, read without Typer.

Importing Typer and building the command from its parameters is a good part of a short run,
paid before any file is read (docs/performance.md, "The start without Typer", has the figures). Most command lines are plain: paths and a few
options (`check examples/`, `check -f json -o report.json descriptions/`, a pre-commit hook's
list of files). This module reads exactly those, with the names, kinds, choices and checks that
commands/check.py declares for Typer, and calls commands/check_run.py with the values Typer
would give it.

Anything else is Typer's: `-h`, `--`, `-` (standard input), `--opt=` with nothing after it, an
option given twice that takes one value, short options written together (`-qv`), a value that
starts with `-`, an unknown option, a value Typer would refuse, a path Click would refuse
(an --output that is a folder), or a shell asking for completions. Then `run_quick` returns None
before anything has happened, and Typer reads the command line as it always did, with its own
words for every mistake. tests/test_check_quick.py holds the two together: every option of the
Typer command is in `OPTIONS` with its kind, choices, bounds and path checks, and over thousands
of command lines this module either passes them on or gives `run` what Typer gives.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from wat_werkt.commands.common import EXIT_ERROR, Stopped, _lang_in_argv
from wat_werkt.engine.evaluate import FAIL_ON
from wat_werkt.messages import LANGS, detect_lang
from wat_werkt.renderers import REPORTERS

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 1


class Option(NamedTuple):
    """One option of `check` as commands/check.py declares it for Typer."""

    param: str  # the parameter of check_run.run
    kind: str  # flag, text, texts (may be given again), number, choice, path
    choices: tuple[str, ...] = ()
    any_case: bool = False  # a choice: `--format JSON` is json
    least: int = 0  # a number: the smallest Typer takes
    # A path, checked as Click checks it where it exists: a folder refused (dir_okay=False), a
    # file refused (file_okay=False), not readable refused (readable=True); or it must exist.
    no_folder: bool = False
    no_file: bool = False
    readable: bool = False
    exists: bool = False


OPTIONS: dict[str, Option] = {
    "--format": Option("output_format", "choice", (*REPORTERS, "auto"), any_case=True),
    "--fail-on": Option("fail_on", "choice", tuple(FAIL_ON)),
    "--lang": Option("lang", "choice", tuple(LANGS), any_case=True),
    "--verbose": Option("verbose", "flag"),
    "--set": Option("set_name", "text"),
    "--factors": Option("factors_dir", "path", no_file=True),
    "--exclude": Option("exclude", "texts"),
    "--output": Option("output", "path", no_folder=True, readable=True),
    "--config": Option("config_file", "path", no_folder=True),
    "--no-config": Option("no_config", "flag"),
    "--max-bytes": Option("max_bytes", "number", least=1),
    "--max-depth": Option("max_depth", "number", least=1),
    "--max-nodes": Option("max_nodes", "number", least=1),
    "--jobs": Option("jobs", "number", least=0),
    "--select": Option("select", "texts"),
    "--ignore": Option("ignore", "texts"),
    "--baseline": Option("baseline", "path"),
    "--write-baseline": Option("write_baseline", "path", no_folder=True),
    "--statistics": Option("statistics", "flag"),
    "--show-files": Option("show_files", "flag"),
    "--quiet": Option("quiet", "flag"),
    "--root": Option("root", "path", no_file=True, readable=True, exists=True),
}
SHORT = {"-f": "--format", "-v": "--verbose", "-o": "--output", "-j": "--jobs", "-q": "--quiet"}


def read(argv: list[str]) -> dict[str, Any] | None:
    """The values of `check ARGS...` (`argv` after `check`) by parameter of check_run.run,
    only those given, with `paths`; None for a command line that is Typer's to read."""
    values: dict[str, Any] = {}
    paths: list[Path] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        i += 1
        if not word.startswith("-"):
            if not word:
                return None  # an empty path is refused, in Typer's words (clitext)
            paths.append(Path(word))
            continue
        name, equals, value = word.partition("=")
        if not name.startswith("--"):
            if equals or name not in SHORT:
                return None  # `-`, `-qv`, `-fjson`, `-h`, a short option that is not ours
            name = SHORT[name]
        option = OPTIONS.get(name)
        if option is None or (option.param in values and option.kind != "texts"):
            return None  # `--help`, `--`, a mistyped option, an option given twice
        if option.kind == "flag":
            if equals:
                return None  # `--verbose=3`: Click's words
            values[option.param] = True
            continue
        if not equals:
            if i == len(argv):
                return None  # the value is missing
            value = argv[i]
            i += 1
        converted = _value(option, value)
        if converted is None:
            return None
        if option.kind == "texts":
            values.setdefault(option.param, []).append(converted)
        else:
            values[option.param] = converted
    if not paths:
        return None  # PATH is required: Typer says so
    values["paths"] = paths
    return values


def _value(option: Option, value: str) -> Any:
    """An option's value as Typer gives it, or None when Typer is to read (or refuse) it."""
    if not value or value.startswith("-"):
        return None
    kind = option.kind
    if kind in ("text", "texts"):
        return value
    if kind == "number":
        # No upper bound: the test holds every number option of the Typer command to none.
        if not (value.isascii() and value.isdigit() and len(value) < 16) or int(value) < option.least:
            return None
        return int(value)
    if kind == "choice":
        if not value.isascii():
            return None  # Typer compares casefold()ed: the same as lower() for ASCII only
        chosen = value.lower() if option.any_case else value
        return chosen if chosen in option.choices else None
    return _path(option, value)


def _path(option: Option, value: str) -> Path | None:
    # Looked at as the Path Typer makes of it: `file.yaml/` and `map/.` are `file.yaml` and
    # `map`, so a file written with a slash after it is still a file.
    path = Path(value)
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None if option.exists else path
    if (
        (option.no_folder and stat.S_ISDIR(found.st_mode))
        or (option.no_file and stat.S_ISREG(found.st_mode))
        or (option.readable and not os.access(path, os.R_OK))
    ):
        return None
    return path


class QuickLine:
    """The command line for check_run.run, read here (its CommandLine)."""

    def __init__(self, argv: list[str], given: set[str]) -> None:
        self.argv = argv
        self.given_names = given
        self.lang = detect_lang(_lang_in_argv(["check", *argv]))  # as clitext.Group does

    def given(self, name: str) -> bool:
        return name in self.given_names

    def refuse(self, text: str) -> NoReturn:
        # A mistake only the run finds (`--statistics --show-files`): shown by Typer, with the
        # usage of `check`, as when Typer reads the command line.
        from wat_werkt.commands.app import refused

        raise _Refused(refused(["check", *self.argv], text))  # Typer reads the same line again


class _Refused(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def run_quick(argv: list[str]) -> int | None:
    """Run `check ARGS...` (`argv` after `check`) without Typer; the exit code, or None when
    the command line is Typer's to read (nothing has happened then)."""
    if any(name.endswith("_COMPLETE") for name in os.environ):
        return None  # a shell asking Click for completions (_WATWERKT_COMPLETE), or alike
    values = read(argv)
    if values is None:
        return None
    from wat_werkt.commands.check_run import run

    # A run ends as Typer's `_main` ends one (commands/app.py, run); what it lets through (any
    # other error) goes to cli.main, as from Typer.
    try:
        return run(QuickLine(argv, set(values) - {"paths"}), **values)
    except Stopped:
        return EXIT_ERROR
    except _Refused as refused:
        return refused.code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED  # as Typer ends one: 128 + SIGINT, no word
    except BrokenPipeError:
        # The reader went away while SIGPIPE was blocked (cli.py lets an unblocked one end the
        # run): Typer then ends it with exit 1, and nothing more is written anywhere.
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - the process ends now
        return EXIT_BROKEN_PIPE
