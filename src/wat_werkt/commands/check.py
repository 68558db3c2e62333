"""`watwerkt check PATH...`: the table of strengths and gaps, or a machine format."""

# No `from __future__ import annotations` here: Typer reads the parameters from the annotations
# at every start, and annotations kept as text are evaluated twice over, 16 parameters of
# `Annotated[..., typer.Option(...)]` each time (3 ms of every run, docs/performance.md).

import enum
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

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
from wat_werkt.engine.evaluate import FAIL_ON, FileResult, Report
from wat_werkt.factorset.load import FactorSet, KnownIds
from wat_werkt.messages import message
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.run.discovery import Input

# "auto" is not a renderer: it picks one (commands/settings.py, choose_format).
Format = enum.Enum("Format", {**{name: name for name in RENDERERS}, "auto": "auto"}, type=str)  # type: ignore[misc]
FailOn = enum.Enum("FailOn", {name: name for name in FAIL_ON}, type=str)  # type: ignore[misc]


def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        # readable=False: an unreadable file is a problem of that file, reported with the
        # others, not a wrong command line (docs/robustness.md).
        typer.Argument(help=help_text("help_check_paths"), metavar="PATH", show_default=False, readable=False),
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
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, help=help_text("help_jobs"), show_default=True),
    ] = 0,
) -> None:
    """Check intervention descriptions against the working factors."""
    from wat_werkt.run import settings
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
    if not found.inputs and not found.empty_folders and not unreadable:
        err(message("all_excluded", run.lang))  # not an error (pre-commit passes excluded files)
    options = terminal_options(run.lang, verbose, run.fail_on, narrowest=20)
    options = options._replace(cwd=os.getcwd(), color=options.color and output is None, list_problems=output is not None
    )
    chosen = settings.choose_format(run.format, output, os.environ, sys.stdout.isatty())

    def check_one(item: Input) -> FileResult:
        return settings.check_input(item, factor_set, known, run.limits)

    if output is None and chosen in STREAMED:
        # Each file is checked and printed before the next is read: memory stays flat and the
        # first result shows at once, whatever the size of the batch.
        # Standard input can be read once only: a part holding it is checked here, never
        # handed to a child whose failure would leave nothing to read again.
        if any(item.path is None for item in found.inputs):
            jobs = 1
        failed, has_errors = _streamed(found.inputs, check_one, chosen, factor_set, options, jobs)
    elif output is None and chosen == "github":
        if any(item.path is None for item in found.inputs):
            jobs = 1
        failed, has_errors = _github(found.inputs, check_one, factor_set, options, jobs)
    else:
        results: list[FileResult] = []
        for item in found.inputs:
            result = check_one(item)
            print_problems(result.file, result.problems, run.lang)
            results.append(result)
        report = Report(factor_set, tuple(results))
        text = RENDERERS[chosen](report, options)
        if output is not None:
            if not settings.write_output(output, text, run.lang):
                sys.stdout.write(settings.summary(report, output, run.lang))
        else:
            sys.stdout.write(text)
        failed, has_errors = report.fails(run.fail_on), report.has_errors
    if has_errors or found.empty_folders or unreadable:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FAIL if failed else EXIT_OK)


# Formats whose text is one piece per file, so a batch can be written as it is checked.
STREAMED = ("json", "table")


def _streamed(
    inputs: Sequence[Input],
    check_one: Callable[[Input], FileResult],
    chosen: str,
    factor_set: FactorSet,
    options: RenderOptions,
    jobs: int,
) -> tuple[bool, bool]:
    from wat_werkt.run import stream

    piece: Callable[[FileResult], str]
    counts: Callable[[FileResult], dict[str, int]] | None = None
    frame = None
    if chosen == "json":
        from wat_werkt.renderers.report import json_stream

        piece = json_stream.Records(factor_set, options.lang)
        frame = json_stream.Frame.of(factor_set, options)
        out = stream.Output(sys.stdout, json_stream.SEPARATOR)
        sys.stdout.write(frame.head)
    else:
        from wat_werkt.renderers.report import table

        def one_table(result: FileResult) -> str:
            return table.render(Report(factor_set, (result,)), options)

        piece, counts = one_table, FileResult.counts  # the counts of each file, for the run's total
        out = stream.Output(sys.stdout, flush_each=True)  # someone watching sees each file at once

    tally = stream.Tally()
    for checked in stream.write(inputs, stream.Job(check_one, piece, options.lang, extra=counts), out, jobs):
        for line in checked.problem_lines:
            err(line)
        tally.add(checked)
        if checked.extra is not None:
            tally.count(checked.extra)
    if frame is not None:
        sys.stdout.write(frame.tail(tally.files))
    elif tally.files > 1:  # as table.render ends a report of several files
        sys.stdout.write(table.total(tally.statuses, tally.files, tally.invalid, options))
    return tally.fails(options.fail_on), tally.has_errors


def _github(
    inputs: Sequence[Input],
    check_one: Callable[[Input], FileResult],
    factor_set: FactorSet,
    options: RenderOptions,
    jobs: int,
) -> tuple[bool, bool]:
    """The github format (renderers/github.py), checked and rendered in parts like `_streamed`:
    its annotations of all files come first, sorted, then the plain report behind a token that
    hashes it, so the plain report waits on disk (stream.Spool) until every file is checked."""
    from functools import partial

    from wat_werkt.renderers.report import github
    from wat_werkt.run import stream

    job = stream.Job(check_one, partial(github.plain_piece, factor_set=factor_set, options=options), options.lang,
                     extra=partial(github.file_notes, options=options))
    tally = stream.Tally()
    annotations: list[list[Any]] = []
    body = stream.Spool(github.encoded, github.token_hash())
    try:
        for checked in stream.run(inputs, job, jobs):
            for line in checked.problem_lines:
                err(line)
            tally.add(checked)
            annotations.extend(checked.extra["annotations"])
            tally.count(checked.extra["counts"])
            body.write(checked.piece)
        if tally.files > 1:
            body.write(github.plain_total(tally.statuses, tally.files, tally.invalid, options))
        stop = body.digest.hexdigest()
        sys.stdout.write(github.head(annotations, stop))
        try:
            for text in body.text(strip_newlines=True):
                sys.stdout.write(text)
        finally:
            # Whatever happens to the report, the runner must take commands again after it.
            sys.stdout.write(github.tail(stop))
    finally:
        body.close()
    return tally.fails(options.fail_on), tally.has_errors
