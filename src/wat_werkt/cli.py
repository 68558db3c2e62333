"""The command line: thin commands that parse options, call the library and print.

Only this module prints and picks exit codes (FORMAT.md section 5): 0 clean, 1 a factor at or
above --fail-on, 2 a file or factor set that could not be used, or a wrong command line.
"""

from __future__ import annotations

import enum
import os
import shutil
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from wat_werkt import __version__
from wat_werkt.engine import FAIL_ON, FileResult, Report
from wat_werkt.factors import DEFAULT_SET, FactorSet, FactorSetError, builtin_ids, load_builtin, load_set
from wat_werkt.messages import detect_lang
from wat_werkt.problems import Problem
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.textsafe import one_line

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2

Format = enum.Enum("Format", {name: name for name in RENDERERS}, type=str)  # type: ignore[misc]
FailOn = enum.Enum("FailOn", {name: name for name in FAIL_ON}, type=str)  # type: ignore[misc]


class Lang(str, enum.Enum):
    en = "en"
    nl = "nl"


app = typer.Typer(
    name="watwerkt",
    help="Check a description of a parenting-support intervention against the working factors "
    "of 'Wat werkt bij opvoedingsondersteuning' (Nederlands Jeugdinstituut).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
factors_app = typer.Typer(
    help="List the working factors, show one in full.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
app.add_typer(factors_app, name="factors")

LangOption = Annotated[
    Optional[Lang],
    typer.Option("--lang", help="Language of the output: nl or en. Default: $WATWERKT_LANG, else the locale, else en."),
]
SetOption = Annotated[
    str, typer.Option("--set", help="Built-in factor set to use.", show_default=True)
]
FactorsOption = Annotated[
    Optional[Path],
    typer.Option("--factors", help="Folder of a custom factor set (set.yaml plus one file per factor).",
                 file_okay=False),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"watwerkt {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Check intervention descriptions (YAML) against the NJi working factors."""


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _print_problems(file: str, problems: tuple[Problem, ...] | list[Problem], lang: str) -> None:
    for item in problems:
        _err(one_line(item.line_for(file, lang)))


def _load_factor_set(set_name: str, folder: Path | None, lang: str) -> FactorSet:
    try:
        return load_set(folder) if folder is not None else load_builtin(set_name)
    except FactorSetError as exc:
        for file, item in exc.problems:
            _err(one_line(item.line_for(file, lang)))
        raise typer.Exit(EXIT_ERROR) from None


def _terminal_options(lang: str, verbose: bool = False, fail_on: str = "gap") -> RenderOptions:
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    if os.environ.get("FORCE_COLOR"):
        color = True
    width = shutil.get_terminal_size((100, 24)).columns
    return RenderOptions(lang=lang, verbose=verbose, color=color, width=max(width, 60), fail_on=fail_on)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Intervention description files (YAML).", show_default=False)],
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = Format("table"),
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when a factor has this status or worse "
                     "(partial < not_described < gap); 'never' never fails."),
    ] = FailOn("gap"),
    lang: LangOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show every criterion.")] = False,
    set_name: SetOption = DEFAULT_SET,
    factors_dir: FactorsOption = None,
) -> None:
    """Check intervention descriptions against the working factors."""
    from wat_werkt.checker import check_path

    language = detect_lang(lang.value if lang else None)
    factor_set = _load_factor_set(set_name, factors_dir, language)
    known = builtin_ids() | factor_set.ids
    results: list[FileResult] = []
    for path in paths:
        result = check_path(path, factor_set, known)
        _print_problems(result.file, result.problems, language)
        results.append(result)
    report = Report(factor_set, tuple(results))
    options = _terminal_options(language, verbose, fail_on.value)
    sys.stdout.write(RENDERERS[output_format.value](report, options))
    if report.has_errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FAIL if report.fails(fail_on.value) else EXIT_OK)


@factors_app.callback()
def factors_list(
    ctx: typer.Context,
    lang: LangOption = None,
    set_name: SetOption = DEFAULT_SET,
    factors_dir: FactorsOption = None,
) -> None:
    """List the factors of a set, general and specific apart."""
    language = detect_lang(lang.value if lang else None)
    ctx.obj = (language, set_name, factors_dir)
    if ctx.invoked_subcommand is None:
        from wat_werkt.renderers.factor_list import render_list

        factor_set = _load_factor_set(set_name, factors_dir, language)
        sys.stdout.write(render_list(factor_set, _terminal_options(language)))


@factors_app.command("show")
def factors_show(
    ctx: typer.Context,
    factor_id: Annotated[str, typer.Argument(metavar="ID", help="A factor id, such as G01 or S03.")],
    lang: LangOption = None,
) -> None:
    """Show one factor in full: summary, when it applies, criteria, advice and source."""
    from wat_werkt.messages import message
    from wat_werkt.renderers.factor_list import render_factor
    from wat_werkt.validate import suggest

    parent_lang, set_name, factors_dir = ctx.obj
    language = lang.value if lang else parent_lang
    factor_set = _load_factor_set(set_name, factors_dir, language)
    factor = factor_set.get(factor_id.upper())
    if factor is None:
        _err(message("unknown_factor", language, id=factor_id, set=factor_set.id,
                     suggestion=suggest(factor_id.upper(), factor_set.ids)))
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(render_factor(factor, _terminal_options(language)))


def main() -> None:
    app()
