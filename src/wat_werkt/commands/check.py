"""`watwerkt check PATH...`: the table of strengths and gaps, or a machine format."""

# No `from __future__ import annotations` here: Typer reads the parameters from the annotations
# at every start, and annotations kept as text are evaluated twice over, 16 parameters of
# `Annotated[..., typer.Option(...)]` each time, a measurable part of every run
# (docs/performance.md).

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
    terminal_options,
)
from wat_werkt.engine.evaluate import FAIL_ON, FileResult
from wat_werkt.factorset.load import KnownIds
from wat_werkt.messages import message
from wat_werkt.renderers import REPORTERS
from wat_werkt.run.discovery import Input, repository_root

# "auto" is not a renderer: it picks one (commands/settings.py, choose_format).
Format = enum.Enum("Format", {**{name: name for name in REPORTERS}, "auto": "auto"}, type=str)  # type: ignore[misc]
FailOn = enum.Enum("FailOn", {name: name for name in FAIL_ON}, type=str)  # type: ignore[misc]


def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        # readable=False: an unreadable file is a problem of that file, reported with the
        # others, not a wrong command line (docs/robustness.md).
        typer.Argument(
            help=help_text("help_check_paths"), metavar="PATH", show_default=False, readable=False
        ),
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
            readable=False,
            show_default=False,
        ),
    ] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help=help_text("help_no_config"))] = False,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", min=1, help=help_text("help_max_bytes"), show_default=False)
    ] = None,
    max_depth: Annotated[
        int | None, typer.Option("--max-depth", min=1, help=help_text("help_max_depth"), show_default=False)
    ] = None,
    max_nodes: Annotated[
        int | None, typer.Option("--max-nodes", min=1, help=help_text("help_max_nodes"), show_default=False)
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, help=help_text("help_jobs"), show_default=True),
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=help_text("help_quiet"))] = False,
    root: Annotated[
        Path | None,
        typer.Option(
            "--root",
            help=help_text("help_root"),
            metavar="DIR",
            exists=True,
            file_okay=False,
            show_default=False,
        ),
    ] = None,
) -> int:
    """Check intervention descriptions against the working factors."""
    from wat_werkt.commands import settings
    from wat_werkt.run.discovery import discover

    run = settings.settings(
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
    known = KnownIds(factor_set.ids)
    found = discover([str(p) for p in paths], run.excludes)
    settings.refuse_input_as_output(output, found, settings.read_files(run.config, factor_set), run.lang)
    unreadable = settings.folder_problems(found, run.lang)
    for folder in found.empty_folders:
        err(f"{folder}: {message(found.no_files_message(folder), run.lang)}")
    if not found.inputs and not found.empty_folders and not unreadable and not quiet:
        err(message("all_excluded", run.lang))  # not an error (pre-commit passes excluded files)
    options = terminal_options(run.lang, verbose, run.fail_on, narrowest=20)
    options = options._replace(
        cwd=os.getcwd(),
        root=str(root.resolve() if root is not None else repository_root(Path.cwd()) or os.getcwd()),
        color=options.color and output is None,
        list_problems=output is not None,
        quiet=quiet,
        unbounded=output is not None and not settings.is_step_summary(output, os.environ),
    )
    chosen = settings.choose_format(run.format, output, os.environ, sys.stdout.isatty())
    if quiet and chosen == "table":
        chosen = "concise"  # -q: no tables, one line per finding that fails the run

    def check_one(item: Input) -> FileResult:
        return settings.check_input(item, factor_set, known, run.limits)

    from wat_werkt.commands import write as writing
    from wat_werkt.renderers import reporter

    made = reporter(chosen, factor_set, options)
    if output is None:
        tally = writing.to_stdout(found.inputs, check_one, made, jobs, run.lang, flush_each=chosen == "table")
    else:
        files: list[writing.Checked] = []
        tally, texts = writing.texts(found.inputs, check_one, made, jobs, run.lang, files)
        if not settings.write_output(output, texts, run.lang) and not quiet:
            sys.stdout.write(settings.summary(files, output, run.lang))
    failed, has_errors = tally.fails(run.fail_on), tally.has_errors
    if has_errors or found.empty_folders or unreadable:
        return EXIT_ERROR
    return EXIT_FAIL if failed else EXIT_OK
