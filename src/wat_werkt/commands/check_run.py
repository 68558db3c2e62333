"""What `watwerkt check PATH...` does, from the values of its command line.

Typer reads the command line for commands/check.py, which declares the options and their help;
commands/check_quick.py reads the usual command lines itself, without importing Typer
(docs/performance.md, "The start without Typer"). Both
call `run` with the same values: a test reads every parameter of the Typer command against
`run`'s, default for default.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Protocol

from wat_werkt.commands.common import (
    EXIT_ERROR,
    EXIT_FAIL,
    EXIT_OK,
    err,
    load_factor_set,
    output_file,
    terminal_options,
)
from wat_werkt.engine.evaluate import FileResult
from wat_werkt.factorset.load import DEFAULT_SET, FactorSet, KnownIds
from wat_werkt.messages import message
from wat_werkt.run.discovery import Discovery, Input, repository_root
from wat_werkt.textsafe import defuse_commands

if TYPE_CHECKING:  # imported when a run needs them (start-up time, docs/performance.md)
    from wat_werkt.commands.project import Findings, Named
    from wat_werkt.commands.settings import Settings
    from wat_werkt.run.baseline import Baseline


class CommandLine(Protocol):
    """What a run needs of its command line besides the values."""

    @property
    def lang(self) -> str:
        """The language of what is said about the command line (clitext.lang_of)."""

    def given(self, name: str) -> bool:
        """Whether the option of parameter `name` was written on the command line: the
        configuration's value gives way only to one that was."""

    def refuse(self, text: str) -> NoReturn:
        """A wrong command line: the usage, the error, exit 2 (docs/contract.md section 5)."""


def run(
    line: CommandLine,
    paths: list[Path],
    output_format: str = "auto",
    fail_on: str = "gap",
    lang: str | None = None,
    verbose: bool = False,
    set_name: str = DEFAULT_SET,
    factors_dir: Path | None = None,
    exclude: list[str] | None = None,
    output: Path | None = None,
    config_file: Path | None = None,
    no_config: bool = False,
    max_bytes: int | None = None,
    max_depth: int | None = None,
    max_nodes: int | None = None,
    jobs: int = 0,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    baseline: Path | None = None,
    write_baseline: Path | None = None,
    statistics: bool = False,
    show_files: bool = False,
    quiet: bool = False,
    root: Path | None = None,
) -> int:
    """Check the files and folders of `paths` and report; the exit code."""
    from wat_werkt.commands import project, settings
    from wat_werkt.run.baseline import looks_like_one as looks_like_a_baseline
    from wat_werkt.run.checker import check_input
    from wat_werkt.run.discovery import discover

    usage_error = line.refuse
    output = output_file(output)  # `-o -`: standard output, as without --output

    _refuse_combinations(
        usage_error,
        line.lang,
        ("--show-files", show_files),
        ("--statistics", statistics),
        ("--write-baseline", write_baseline is not None),
        ("--output", output is not None and not statistics),
    )
    # --show-files checks nothing and --write-baseline reports nothing: a format asked for on
    # the command line, or a baseline to be held to, would be silently ignored.
    mode = "--show-files" if show_files else "--write-baseline" if write_baseline is not None else None
    if mode is not None:
        for name, on in (
            ("--format", line.given("output_format")),
            ("--baseline", baseline is not None),
        ):
            if on:
                usage_error(message("cli_not_together", line.lang, first=mode, second=name))
    run = settings.settings(
        line.given,
        lang_flag=lang,
        fail_on=fail_on,
        output_format=output_format,
        set_name=set_name,
        factors_dir=factors_dir,
        exclude=exclude or [],
        config_file=config_file,
        no_config=no_config,
        limits={"max_bytes": max_bytes, "max_depth": max_depth, "max_nodes": max_nodes},
    )
    found = discover([str(p) for p in paths], run.excludes)
    if show_files:
        return settings.show_files(found, run.lang)
    factor_set = load_factor_set(run.set_name, run.factors_dir, run.lang)
    known = KnownIds(factor_set.ids)
    selection = project.selection(run.config, select, ignore or [], factor_set, run.lang, usage_error)
    held = project.named_baseline(baseline, run.config)
    named = held if write_baseline is None else None
    # The project's baseline kept in the folder that is checked is the run's own file, not a
    # description (also when --write-baseline brings it up to date); so is an existing baseline
    # that --write-baseline names.
    own = [held.path] if held is not None else []
    if write_baseline is not None and looks_like_a_baseline(write_baseline):
        own.append(write_baseline)
    if own:
        found = found.leaving_out(own, [str(p) for p in paths])
    accepted, writing = _baselines(run, named, write_baseline, found, factor_set)
    read = settings.read_files(run.config, factor_set)
    read += [(named.path, "output_is_baseline")] if named is not None else []
    settings.refuse_input_as_output(output, found, read, run.lang)
    unreadable = settings.folder_problems(found, run.lang)
    for folder in found.empty_folders:
        err(f"{folder}: {message(found.no_files_message(folder), run.lang)}")
    if not found.inputs and not found.empty_folders and not unreadable and not quiet:
        err(message("all_excluded", run.lang))  # not an error (pre-commit passes excluded files)
    if not quiet and any(os.path.isdir(p) for p in paths):  # a run over a databank, not a hook's
        project.warn_unused_per_file_ignores(run.config, found.inputs, run.lang)
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
    if statistics:
        # The project's report format is not the statistics': only the command line, else the
        # name of --output, chooses among table, json and markdown.
        explicit = line.given("output_format")
        if not explicit:
            chosen = settings.choose_format("auto", output, {}, sys.stdout.isatty())
        chosen = _statistics_format(chosen, explicit, usage_error, line.lang)
    elif quiet and chosen == "table":
        chosen = "concise"  # -q: no tables, one line per finding that fails the run

    def check_one(item: Input) -> FileResult:
        result = selection.apply(check_input(item, factor_set, known, run.limits))
        return accepted.mark(result) if accepted is not None else result

    from wat_werkt.commands import write as writing_out
    from wat_werkt.renderers import Reporter, Silent, reporter

    note: writing_out.Note | None = None
    made: Reporter
    if statistics:
        from wat_werkt.renderers.report.statistics import StatisticsReport

        made = StatisticsReport(factor_set, options, chosen)
    elif writing is not None:
        made, note = Silent(factor_set, options), writing
    else:
        made = reporter(chosen, factor_set, options)
        note = project.Changes(accepted) if accepted is not None else None
    if output is None:
        tally = writing_out.to_stdout(
            found.inputs, check_one, made, jobs, run.lang, flush_each=chosen == "table", note=note
        )
    else:
        files: list[writing_out.Checked] = []
        tally, texts = writing_out.texts(found.inputs, check_one, made, jobs, run.lang, files, note)
        if not settings.write_output(output, texts, run.lang) and not quiet:
            # Statistics are totals themselves: their summary is one line of totals.
            sys.stdout.write(settings.summary(files, output, run.lang, per_file=not statistics))
    if writing is not None:
        text, kept = writing.text(factor_set)
        settings.write_output(writing.baseline.path, text, run.lang)
        if not quiet:
            sys.stdout.write(defuse_commands(writing.summary(kept, run.lang)) + "\n")
    elif isinstance(note, project.Changes) and not quiet:
        note.report(factor_set, run.lang)
    failed, has_errors = tally.fails(run.fail_on), tally.has_errors
    if has_errors or found.empty_folders or unreadable or (named is not None and accepted is None):
        return EXIT_ERROR
    # A new baseline accepts every finding of the run: only a file it could not check fails.
    return EXIT_FAIL if failed and writing is None else EXIT_OK


def _baselines(
    run: Settings,
    named: Named | None,
    write_baseline: Path | None,
    found: Discovery,
    factor_set: FactorSet,
) -> tuple[Baseline | None, Findings | None]:
    """The baseline the run is held to (None when there is none, or when it cannot be used:
    then the run goes on without it, and exits 2), or, with --write-baseline, the one it writes
    (none is then held to: it records what there is)."""
    from wat_werkt.commands import project, settings

    if write_baseline is not None:
        # Never an input, the configuration or a factor set's file; an existing baseline (the
        # one the run would otherwise be held to) is what it brings up to date.
        settings.refuse_input_as_output(
            write_baseline, found, settings.read_files(run.config, factor_set), run.lang, "word_baseline"
        )
        old, replaces = project.baseline_to_write(write_baseline, factor_set, run.lang)
        return None, project.Findings(old, replaces)
    return (project.read_baseline(named, factor_set, run.lang) if named is not None else None), None


def _refuse_combinations(
    usage_error: Callable[[str], NoReturn], lang: str, *options: tuple[str, bool]
) -> None:
    """--show-files, --statistics and --write-baseline each do something else than the report,
    and only --statistics writes to --output: two of them at once are a wrong command line."""
    given = [name for name, on in options if on]
    modes = [name for name in given if name != "--output"]
    if len(modes) > 1 or (modes and "--output" in given):
        second = modes[1] if len(modes) > 1 else "--output"
        usage_error(message("cli_not_together", lang, first=modes[0], second=second))


def _statistics_format(chosen: str, explicit: bool, usage_error: Callable[[str], NoReturn], lang: str) -> str:
    """--statistics as a table, JSON or Markdown; a format chosen for the report in the
    configuration (or by GitHub Actions) gives way to the table, one asked for on the command
    line must be one of those."""
    from wat_werkt.renderers.report.statistics import FORMATS

    if chosen in FORMATS:
        return chosen
    if explicit:
        usage_error(message("cli_statistics_format", lang, format=chosen))
    return "table"
