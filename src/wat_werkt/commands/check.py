"""`watwerkt check PATH...`: the table of strengths and gaps, or a machine format."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from wat_werkt.commands.common import (
    DEFAULT_SET_NAME,
    EXIT_ERROR,
    EXIT_FAIL,
    EXIT_OK,
    FactorsOption,
    LangOption,
    SetOption,
    help_text,
    language,
    load_factor_set,
    print_problems,
    terminal_options,
)
from wat_werkt.engine import FAIL_ON, FileResult, Report
from wat_werkt.factors import builtin_ids
from wat_werkt.renderers import RENDERERS

Format = enum.Enum("Format", {name: name for name in RENDERERS}, type=str)  # type: ignore[misc]
FailOn = enum.Enum("FailOn", {name: name for name in FAIL_ON}, type=str)  # type: ignore[misc]


def check(
    paths: Annotated[
        list[Path], typer.Argument(help=help_text("help_check_paths"), show_default=False)
    ],
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help=help_text("help_format"), case_sensitive=False)
    ] = Format("table"),
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help=help_text("help_fail_on"),
        ),
    ] = FailOn("gap"),
    lang: LangOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=help_text("help_verbose"))] = False,
    set_name: SetOption = DEFAULT_SET_NAME,
    factors_dir: FactorsOption = None,
) -> None:
    """Check intervention descriptions against the working factors."""
    from wat_werkt.checker import check_path

    lang_ = language(lang)
    factor_set = load_factor_set(set_name, factors_dir, lang_)
    known = builtin_ids() | factor_set.ids
    results: list[FileResult] = []
    for path in paths:
        result = check_path(path, factor_set, known)
        print_problems(result.file, result.problems, lang_)
        results.append(result)
    report = Report(factor_set, tuple(results))
    options = terminal_options(lang_, verbose, fail_on.value)
    sys.stdout.write(RENDERERS[output_format.value](report, options))
    if report.has_errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FAIL if report.fails(fail_on.value) else EXIT_OK)
