"""`watwerkt check PATH...`: the table of strengths and gaps, or a machine format.

Here Typer learns the options, their help and their checks; what a run does is in
commands/check_run.py, which commands/check_quick.py also calls for the usual command lines,
without Typer."""

# No `from __future__ import annotations` here: Typer reads the parameters from the annotations
# at every start, and annotations kept as text are evaluated twice over, every one of
# `Annotated[..., typer.Option(...)]` each time, a measurable part of every run
# (docs/performance.md).

import enum
from pathlib import Path
from typing import Annotated

import typer

from wat_werkt.commands.common import DEFAULT_SET_NAME, help_text
from wat_werkt.commands.options import FactorsOption, LangOption, SetOption
from wat_werkt.engine.evaluate import FAIL_ON
from wat_werkt.renderers import REPORTERS

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
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help=help_text("help_select"), metavar="IDS", show_default=False),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help=help_text("help_ignore"), metavar="IDS", show_default=False),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help=help_text("help_baseline"),
            metavar="FILE",
            # A folder is a problem of the baseline, said as one from the configuration is.
            readable=False,
            show_default=False,
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline",
            help=help_text("help_write_baseline"),
            metavar="FILE",
            dir_okay=False,
            readable=False,
            show_default=False,
        ),
    ] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help=help_text("help_statistics"))] = False,
    show_files: Annotated[bool, typer.Option("--show-files", help=help_text("help_show_files"))] = False,
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
    from wat_werkt.commands.check_run import run
    from wat_werkt.commands.clitext import TyperLine

    return run(
        TyperLine(ctx),
        paths=paths,
        output_format=output_format.value,
        fail_on=fail_on.value,
        lang=lang.value if lang is not None else None,
        verbose=verbose,
        set_name=set_name,
        factors_dir=factors_dir,
        exclude=exclude,
        output=output,
        config_file=config_file,
        no_config=no_config,
        max_bytes=max_bytes,
        max_depth=max_depth,
        max_nodes=max_nodes,
        jobs=jobs,
        select=select,
        ignore=ignore,
        baseline=baseline,
        write_baseline=write_baseline,
        statistics=statistics,
        show_files=show_files,
        quiet=quiet,
        root=root,
    )
