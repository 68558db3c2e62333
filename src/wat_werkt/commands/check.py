"""`watwerkt check PATH...`: the table of strengths and gaps, or a machine format."""

from __future__ import annotations

import dataclasses
import enum
import os
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
    err,
    help_text,
    load_factor_set,
    print_problems,
    terminal_options,
)
from wat_werkt.engine import FAIL_ON, FileResult, Report
from wat_werkt.factors import builtin_ids
from wat_werkt.messages import message
from wat_werkt.renderers import RENDERERS

# "auto" is not a renderer: it picks one (commands/ci.py, choose_format).
Format = enum.Enum("Format", {**{name: name for name in RENDERERS}, "auto": "auto"}, type=str)  # type: ignore[misc]
FailOn = enum.Enum("FailOn", {name: name for name in FAIL_ON}, type=str)  # type: ignore[misc]


def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(help=help_text("help_check_paths"), metavar="PATH", show_default=False),
    ],
    output_format: Annotated[
        Format,
        typer.Option("--format", "-f", help=help_text("help_check_format"), case_sensitive=False),
    ] = Format("auto"),
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
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            help=help_text("help_exclude"),
            metavar="GLOB",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=help_text("help_check_output"),
            metavar="FILE",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help=help_text("help_config"),
            metavar="FILE",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    no_config: Annotated[
        bool, typer.Option("--no-config", help=help_text("help_no_config"))
    ] = False,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", min=1, help=help_text("help_max_bytes"), show_default=False)
    ] = None,
    max_depth: Annotated[
        int | None, typer.Option("--max-depth", min=1, help=help_text("help_max_depth"), show_default=False)
    ] = None,
    max_nodes: Annotated[
        int | None, typer.Option("--max-nodes", min=1, help=help_text("help_max_nodes"), show_default=False)
    ] = None,
) -> None:
    """Check intervention descriptions against the working factors."""
    from wat_werkt.commands import ci
    from wat_werkt.discovery import discover

    run = ci.settings(
        ctx,
        lang_flag=lang.value if lang is not None else None,
        fail_on=fail_on.value,
        output_format=output_format.value,
        set_name=set_name,
        factors_dir=factors_dir,
        exclude=exclude or [],
        config_file=config_file,
        no_config=no_config,
        limits={"max_bytes": max_bytes, "max_depth": max_depth, "max_nodes": max_nodes},
    )
    factor_set = load_factor_set(run.set_name, run.factors_dir, run.lang)
    known = builtin_ids() | factor_set.ids
    found = discover([str(p) for p in paths], run.excludes)
    for folder in found.empty_folders:
        err(f"{folder}: {message('no_files', run.lang)}")
    results: list[FileResult] = []
    for item in found.inputs:
        result = ci.check_input(item, factor_set, known, run.limits)
        print_problems(result.file, result.problems, run.lang)
        results.append(result)
    report = Report(factor_set, tuple(results))
    options = terminal_options(run.lang, verbose, run.fail_on)
    options = dataclasses.replace(
        options, cwd=os.getcwd(), color=options.color and output is None, list_problems=output is not None
    )
    chosen = ci.choose_format(run.format, output, os.environ, sys.stdout.isatty())
    text = RENDERERS[chosen](report, options)
    if output is not None:
        ci.write_output(output, text, run.lang)
        sys.stdout.write(ci.summary(report, output, run.lang))
    else:
        sys.stdout.write(text)
    if report.has_errors or found.empty_folders:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FAIL if report.fails(run.fail_on) else EXIT_OK)
