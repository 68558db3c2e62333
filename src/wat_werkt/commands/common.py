"""What the commands share: exit codes, printing to stderr, loading the factor set. Without Typer:
`check` runs without it (commands/check_quick.py); the options shared by the commands' Typer
declarations are in commands/options.py."""

from __future__ import annotations

import enum
import itertools
import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

from wat_werkt.factorset.load import DEFAULT_SET, FactorSet, FactorSetError, load_builtin, load_set
from wat_werkt.messages import LANGS, detect_lang, message
from wat_werkt.problems import Problem, capped
from wat_werkt.renderers import RenderOptions
from wat_werkt.textsafe import defuse_commands, one_line

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


class Stopped(Exception):
    """The run cannot go on (a factor set, a configuration or an output that cannot be used),
    and the lines on stderr have said why. A command returns its exit code; this is how the
    helpers below it stop one, with exit code 2. The Typer layer (clitext.Command) turns
    both into the process's exit code."""


def _lang_in_argv(argv: list[str]) -> str | None:
    # Help texts are fixed when the commands are defined, before Typer parses anything; a
    # glance at the command line lets `watwerkt check --lang nl --help` answer in Dutch.
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value is not None and value.lower() in LANGS:
            return value.lower()
    return None


HELP_LANG = detect_lang(_lang_in_argv(sys.argv[1:]))


def help_text(code: str) -> str:
    """A help text for Typer from the message table, in the language of this run."""
    return message(code, HELP_LANG)


class Lang(str, enum.Enum):
    en = "en"
    nl = "nl"


DEFAULT_SET_NAME = DEFAULT_SET


def language(lang: Lang | str | None) -> str:
    value = lang.value if isinstance(lang, Lang) else lang
    return detect_lang(value or None)


def output_file(output: Path | None) -> Path | None:
    """The file an --output names, or None for standard output: none given, or `-`."""
    return None if output is None or str(output) == "-" else output


def err(text: str) -> None:
    """One line on stderr, with control characters from files made visible and nothing a CI
    runner would take for a command of its own."""
    sys.stderr.write(defuse_commands(one_line(text)) + "\n")


def print_problems(file: str, problems: tuple[Problem, ...] | list[Problem], lang: str) -> None:
    for item in problems:
        err(item.line_for(file, lang))


def fail(text: str) -> NoReturn:
    err(text)
    raise Stopped


def load_factor_set(set_name: str, folder: Path | None, lang: str) -> FactorSet:
    try:
        return load_set(folder) if folder is not None else load_builtin(set_name)
    except FactorSetError as exc:
        for line in factor_set_lines(exc.problems, lang):
            err(line)
        raise Stopped from None


def factor_set_lines(problems: list[tuple[str, Problem]], lang: str) -> list[str]:
    """The lines of a factor set's problems, at most MAX_PROBLEMS for each file, then how many
    more (problems.capped), as for an intervention file."""
    kept: list[tuple[str, Problem]] = []
    for file, group in itertools.groupby(problems, key=lambda pair: pair[0]):
        kept.extend((file, item) for item in capped([item for _, item in group]))
    return FactorSetError(kept).lines(lang)


def terminal_options(
    lang: str, verbose: bool = False, fail_on: str = "gap", narrowest: int = 60
) -> RenderOptions:
    """Colour only on a terminal (NO_COLOR wins, FORCE_COLOR forces), width from the terminal,
    `narrowest` at the least (check's table turns into a list where a table cannot work)."""
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    if os.environ.get("FORCE_COLOR") and "NO_COLOR" not in os.environ:
        color = True
    width = shutil.get_terminal_size((100, 24)).columns
    return RenderOptions(
        lang=lang, verbose=verbose, color=color, width=max(width, narrowest), fail_on=fail_on
    )
