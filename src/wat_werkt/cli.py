"""The command line: the Typer app and its commands, one module each in commands/.

Only the commands print and pick exit codes (FORMAT.md section 5): 0 clean, 1 a factor at or
above --fail-on, 2 a file or factor set that could not be used, or a wrong command line.
"""

from __future__ import annotations

from typing import Annotated

import typer

from wat_werkt import __version__
from wat_werkt.commands.check import check
from wat_werkt.commands.common import help_text
from wat_werkt.commands.compare import compare
from wat_werkt.commands.explain import explain
from wat_werkt.commands.factors import factors_app
from wat_werkt.commands.init import init
from wat_werkt.commands.schema import schema

app = typer.Typer(
    name="watwerkt",
    help=help_text("help_app"),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"watwerkt {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=help_text("help_version")),
    ] = False,
) -> None:
    """Check intervention descriptions (YAML) against the NJi working factors."""


# Each command lives in its own module; register new ones here, one line each.
app.command(help=help_text("help_check"))(check)
app.command(help=help_text("help_compare"))(compare)
app.add_typer(factors_app, name="factors", help=help_text("help_factors"))
app.command(help=help_text("help_schema"))(schema)
app.command(help=help_text("help_init"))(init)
app.command(help=help_text("help_explain"))(explain)


def main() -> None:
    """Entry point: a bug shows as one line and exit 2, unless --debug asks for the traceback."""
    import os
    import sys

    debug = "--debug" in sys.argv or bool(os.environ.get("WATWERKT_DEBUG"))
    if "--debug" in sys.argv:
        sys.argv.remove("--debug")
    try:
        app()
    except Exception as exc:
        if debug:
            raise
        from wat_werkt.textsafe import one_line

        sys.stderr.write(
            f"watwerkt: internal error: {one_line(type(exc).__name__ + ': ' + str(exc))} "
            "(run again with --debug for the traceback, and please report it)\n"
        )
        sys.exit(2)
