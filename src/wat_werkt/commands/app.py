"""The Typer app: every command registered, one module each in commands/, and how a run of it ends.

cli.py starts it, after commands/check_quick.py has passed on a `check` command line it does not
read itself (docs/performance.md, "The start without Typer").
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from wat_werkt import __version__
from wat_werkt.commands.clitext import Command, Group
from wat_werkt.commands.common import help_text

COMMANDS = ("check", "compare", "factors", "schema", "init", "explain")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"watwerkt {__version__}")
        raise typer.Exit()


def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=help_text("help_version")),
    ] = False,
) -> None:
    """Check intervention descriptions (YAML) against the NJi working factors."""


def _register(app: typer.Typer, name: str) -> None:
    """Add one command; its module is imported only here. Register new commands here."""
    if name == "check":
        from wat_werkt.commands.check import check

        app.command(cls=Command, help=help_text("help_check"))(check)
    elif name == "compare":
        from wat_werkt.commands.compare import compare

        app.command(cls=Command, help=help_text("help_compare"))(compare)
    elif name == "factors":
        from wat_werkt.commands.factors import factors_app

        app.add_typer(factors_app, name="factors", help=help_text("help_factors"))
    elif name == "schema":
        from wat_werkt.commands.schema import schema

        app.command(cls=Command, help=help_text("help_schema"))(schema)
    elif name == "init":
        from wat_werkt.commands.init import init

        app.command(cls=Command, help=help_text("help_init"))(init)
    elif name == "explain":
        from wat_werkt.commands.explain import explain

        app.command(cls=Command, help=help_text("help_explain"))(explain)


def build_app(only: str | None = None) -> typer.Typer:
    """The app with every command, or with just `only`: Typer turns each registered command into
    a Click command at every start, which costs time for each, so a run builds only the one it runs.

    Only the whole command line has --install-completion and --show-completion: they are
    options of `watwerkt` itself, and Typer's completion code takes time to load,
    which a run of one command does not pay (docs/performance.md)."""
    app = typer.Typer(
        name="watwerkt",
        cls=Group,
        help=help_text("help_app"),
        no_args_is_help=True,
        add_completion=only is None,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        # -h is --help everywhere: sub-commands inherit the names (docs/contract.md section 7).
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(main_options)
    for name in COMMANDS if only is None else (only,):
        _register(app, name)
    return app


_full_app: typer.Typer | None = None


def __getattr__(name: str) -> typer.Typer:
    # `from wat_werkt.commands.app import app`: the whole command line, built when first asked
    # for, so that running one command imports and builds only that one.
    global _full_app
    if name != "app":
        raise AttributeError(name)
    if _full_app is None:
        _full_app = build_app()
    return _full_app


def run_command_line(argv: list[str]) -> int:
    """Run `watwerkt ARGS...` (`argv` without the program name), building only the command it
    names; the exit code."""
    return run(build_app(argv[0] if argv and argv[0] in COMMANDS else None), argv)


def run(app: Any, args: list[str] | None = None) -> int:
    """Run the command line (`args`, else sys.argv[1:]) and give its exit code. A wrong command line is shown as Click
    shows it (usage, then the error, exit 2), in the language of the run, with a suggestion for
    a mistyped choice, as Click itself gives for a mistyped command: `--fail-on gapp` ... Did
    you mean 'gap'? (clitext.py)"""
    import sys

    from wat_werkt.commands.clitext import CommandLineError, lang_of

    # Click's base class of command-line errors, whether Typer bundles Click or uses it.
    usage_error: type[Exception] = next(
        c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
    )
    try:
        result = app(args, standalone_mode=False)
    except typer.Abort as abort:  # Ctrl-D at a prompt, or Ctrl-C
        from wat_werkt.messages import message

        sys.stderr.write(message("cli_aborted", lang_of(None)) + "\n")
        # Ctrl-C ends the run as it ends any Unix program, 128 + SIGINT: exit 1 would say a
        # factor failed. (Typer 0.29 ends a Ctrl-C itself, with exit 130 and no word.)
        return 130 if isinstance(abort.__cause__, KeyboardInterrupt) else 1
    except usage_error as exc:
        if (
            hasattr(exc, "ctx")
            and not isinstance(exc, CommandLineError)
            and type(exc).__name__ != "NoArgsIsHelpError"
        ):
            exc = CommandLineError.of(exc, lang_of(exc.ctx))  # raised where clitext does not look
        exc.show()  # type: ignore[attr-defined]  # a ClickException
        return int(exc.exit_code)  # type: ignore[attr-defined]
    return result if isinstance(result, int) else 0  # an Exit's code; a command that returned: 0


def refused(argv: list[str], text: str) -> int:
    """`text` shown as Typer shows a wrong command line `watwerkt ARGS...` (`argv`, which names
    a command): the usage, the hint and the error, in the language of the run; the exit code.
    For a wrong command line found by commands/check_quick.py, which reads it without Typer: a
    line it reads is one Typer reads without an error of its own (tests/test_check_quick.py)."""
    command = typer.main.get_command(build_app(argv[0]))
    command.commands[argv[0]].refusal = text  # type: ignore[attr-defined]  # clitext.Command
    return run(command, argv)
