"""`watwerkt compare PATH...`: factors as rows, interventions as columns.

Compare is for reading, not for gating: it exits 0 whatever the statuses, and 2 when a path or
file could not be used (those are reported on stderr and left out of the matrix).
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from wat_werkt.commands.common import (
    DEFAULT_SET_NAME,
    EXIT_ERROR,
    EXIT_OK,
    err,
    help_text,
    load_factor_set,
    output_file,
    print_problems,
    terminal_options,
)
from wat_werkt.commands.options import FactorsOption, LangOption, SetOption
from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.renderers.compare.matrix import COMPARE_RENDERERS
from wat_werkt.run.discovery import Discovery, Input

CompareFormat = enum.Enum(  # type: ignore[misc]
    "CompareFormat", {name: name for name in COMPARE_RENDERERS}, type=str
)


def inputs(paths: list[Path]) -> list[Input | FileResult]:
    """The files to compare, found as `check` finds them (folders, `-`, each file once); a
    folder without YAML files, or one that cannot be read, becomes an invalid result, so it is
    reported and left out."""
    return found_inputs(discovered(paths))


def discovered(paths: list[Path]) -> Discovery:
    from wat_werkt.run.discovery import discover

    return discover([str(p) for p in paths], ())


def found_inputs(found: Discovery) -> list[Input | FileResult]:
    from wat_werkt.problems import WHOLE_FILE, problem

    empty = [FileResult(folder, None, (problem(WHOLE_FILE, "no_files"),)) for folder in found.empty_folders]
    unreadable = [
        FileResult(folder, None, (problem(WHOLE_FILE, "folder_not_readable", reason=reason),))
        for folder, reason in found.unreadable
    ]
    return [*found.inputs, *empty, *unreadable]


def chosen_format(chosen: str | None, output: Path | None) -> str:
    """The format asked for; without one, the one the --output file's name asks for, as
    `check --format auto` reads it (a report.html is HTML), else the table. A name that asks for
    a format `compare` does not have (report.sarif) gets the table too."""
    if chosen is not None:
        return chosen
    if output is not None:
        from wat_werkt.renderers import formats_for_suffix

        for name_format in formats_for_suffix(output.name):
            if name_format in COMPARE_RENDERERS:
                return name_format
    return "table"


def compare(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            help=help_text("help_compare_paths"), metavar="PATH", show_default=False, readable=False
        ),
    ],
    output_format: Annotated[
        Optional[CompareFormat],
        typer.Option(
            "--format",
            "-f",
            help=help_text("help_compare_format"),
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=help_text("help_output"),
            dir_okay=False,
        ),
    ] = None,
    lang: LangOption = None,
    set_name: SetOption = DEFAULT_SET_NAME,
    factors_dir: FactorsOption = None,
) -> int:
    """Compare interventions side by side: one row per factor, one column per file.

    Exits 0 whatever the statuses (use check --fail-on to gate), 2 when a file could not be
    used; such files are reported on stderr and left out.
    """
    from wat_werkt.commands.clitext import TyperLine
    from wat_werkt.commands.settings import (
        project_choices,
        read_config,
        read_files,
        refuse_input_as_output,
    )
    from wat_werkt.factorset.load import KnownIds
    from wat_werkt.renderers.compare.matrix import matrix
    from wat_werkt.run.checker import check_input
    from wat_werkt.run.output import WriteError, atomic_write

    output = output_file(output)  # `-o -`: standard output, as without --output
    lang_, set_name, factors_dir = project_choices(
        TyperLine(ctx).given, lang.value if lang else None, set_name, factors_dir
    )
    factor_set = load_factor_set(set_name, factors_dir, lang_)
    known = KnownIds(factor_set.ids)
    found = discovered(paths)
    if output is not None:
        refuse_input_as_output(output, found, read_files(read_config(None, False, lang_), factor_set), lang_)
    results: list[FileResult] = []
    for item in found_inputs(found):
        result = item if isinstance(item, FileResult) else check_input(item, factor_set, known)
        print_problems(result.file, result.problems, lang_)
        results.append(result)
    report = Report(factor_set, tuple(results))
    options = terminal_options(lang_)
    if output is not None:
        options = options._replace(color=False)  # no escape codes in a file
    fmt = chosen_format(output_format.value if output_format else None, output)
    text = COMPARE_RENDERERS[fmt](matrix(report), options)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            atomic_write(output, text)
        except WriteError as exc:
            err(exc.text(lang_))
            return EXIT_ERROR
    return EXIT_ERROR if report.has_errors else EXIT_OK
