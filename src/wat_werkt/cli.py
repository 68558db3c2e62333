"""The command line: the Typer app and its commands, one module each in commands/.

Only the commands print and pick exit codes (docs/contract.md section 5): 0 clean, 1 a factor at or
above --fail-on, 2 a file or factor set that could not be used, or a wrong command line.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import MutableMapping
from typing import Annotated

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
    # `from wat_werkt.cli import app`: the whole command line, built when first asked for, so
    # that running one command imports and builds only that one.
    global _full_app
    if name != "app":
        raise AttributeError(name)
    if _full_app is None:
        _full_app = build_app()
    return _full_app


def _command_named(argv: list[str]) -> str | None:
    """The command a command line runs, when its first word names one."""
    return argv[0] if argv and argv[0] in COMMANDS else None


def main() -> None:
    """Entry point: a bug shows as one line and exit 2, unless --debug asks for the traceback."""
    import os
    import sys

    if sys.stderr is None:  # started with standard error closed (`2>&-`): problems go nowhere,
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 # the report still goes out
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        if sys.stderr is not None:
            sys.stderr.write("watwerkt: standard output is closed: nothing can be reported\n")
        sys.exit(2)
    _die_quietly_when_the_reader_goes()
    _names_as_they_are()
    _lang_before_the_command(sys.argv, os.environ)
    debug = "--debug" in sys.argv or bool(os.environ.get("WATWERKT_DEBUG"))
    if "--debug" in sys.argv:
        sys.argv.remove("--debug")
        os.environ["WATWERKT_DEBUG"] = "1"  # run.checker.check_input lets a file's bug through too
    try:
        code = _run(build_app(_command_named(sys.argv[1:])))
    except SystemExit as done:
        _exit_now(done)
    except OSError as exc:
        if debug or exc.errno not in _WRITE_ERRORS:
            raise
        _cannot_write(exc)
    except Exception as exc:
        if debug:
            raise
        from wat_werkt.textsafe import one_line

        sys.stderr.write(
            f"watwerkt: internal error: {one_line(type(exc).__name__ + ': ' + str(exc))} "
            "(run again with --debug for the traceback, and please report it)\n"
        )
        sys.exit(2)
    _exit_now(SystemExit(code))


# What writing the report can fail with (standard output on a full disk, `> /dev/full`, a
# standard output left non-blocking by another program): reading a file never raises these
# out of a command (yamlload.read_file makes them problems), nor does --output (run/output.py).
_WRITE_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EAGAIN") if hasattr(errno, name)
)


def _cannot_write(exc: OSError) -> None:
    """One line and exit 2 when the report cannot be written (docs/robustness.md)."""
    import os
    import sys

    from wat_werkt.messages import detect_lang, message

    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            sys.stderr.write(
                f"watwerkt: {message('output_failed', detect_lang(), reason=exc.strerror or str(exc))}\n"
            )
            sys.stderr.flush()
    os._exit(2)  # nothing more can be written: no flushing at exit, which would fail again


def _run(app: typer.Typer) -> int:
    """Run the command line and give its exit code. A wrong command line is shown as Click
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
        result = app(standalone_mode=False)
    except typer.Abort as abort:  # Ctrl-D at a prompt, or Ctrl-C
        from wat_werkt.messages import message

        sys.stderr.write(message("cli_aborted", lang_of(None)) + "\n")
        # Ctrl-C ends the run as it ends any Unix program, 128 + SIGINT: exit 1 would say a
        # factor failed.
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


def _lang_before_the_command(argv: list[str], environ: MutableMapping[str, str]) -> None:
    """`watwerkt --lang nl check x.yaml`, as people type it: --lang before the command sets the
    language of the whole run, as WATWERKT_LANG does (a --lang after the command still wins).
    Only the process that runs watwerkt does this: it ends with the run."""
    from wat_werkt.messages import LANGS

    first = argv[1] if len(argv) > 1 else ""
    if first == "--lang" and len(argv) > 2 and argv[2].lower() in LANGS:
        environ["WATWERKT_LANG"] = argv[2].lower()
        del argv[1:3]
    elif first.startswith("--lang=") and first.partition("=")[2].lower() in LANGS:
        environ["WATWERKT_LANG"] = first.partition("=")[2].lower()
        del argv[1]


def _exit_now(done: SystemExit) -> None:
    """Leave without Python's clean-up at exit, as mypy does (util.hard_exit).

    Tearing down every module of Typer, Rich and pydantic is a measurable part of every run
    (docs/performance.md), for nothing: by now all output is written, every file watwerkt wrote
    was closed and renamed into place, and no child process is left. Standard output and error
    are flushed here; if that fails, or a profiler or coverage tool is watching (it writes its
    results at exit), the exit takes the usual way.
    """
    import os
    import sys

    code = 0 if done.code is None else done.code
    if not isinstance(code, int) or sys.gettrace() is not None or sys.getprofile() is not None:
        raise done
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError as exc:
        if exc.errno in _WRITE_ERRORS:
            _cannot_write(exc)
        raise done from None  # Python reports the failed flush as it always does
    except Exception:
        raise done from None
    os._exit(code)


def _names_as_they_are() -> None:
    """A file name that is not UTF-8 reaches Python as lone surrogates; written to standard
    output it becomes its own bytes again, as `ls` shows it, instead of stopping the run with
    an error (Python does this itself only in the C locale). A standard output in an encoding
    that cannot hold every character (PYTHONIOENCODING=ascii, a Latin-1 terminal) shows `?`
    for the others instead of ending the run; `--output FILE` always writes UTF-8
    (docs/robustness.md)."""
    import codecs
    import sys

    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is None:
        return
    encoding = codecs.lookup(sys.stdout.encoding or "utf-8").name
    if not encoding.startswith("utf"):
        codecs.register_error("watwerkt-names-else-replace", _names_else_replace)
        reconfigure(errors="watwerkt-names-else-replace")
    elif sys.stdout.errors == "strict":
        reconfigure(errors="surrogateescape")


def _names_else_replace(exc: UnicodeError) -> tuple[str | bytes, int]:
    """An encoding error handler: the lone surrogates of a name that is not UTF-8 become their
    own bytes (surrogateescape), any other character the encoding lacks becomes `?`."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start : exc.end]
    if all("\udc80" <= char <= "\udcff" for char in text):
        return bytes(ord(char) - 0xDC00 for char in text), exc.end
    return "?" * len(text), exc.end


def _die_quietly_when_the_reader_goes() -> None:
    """`watwerkt check ... | head`: when the reader of our output goes away, stop as any Unix
    filter does, ended by SIGPIPE (the shell reports 141). Python's default turns it into an
    exception that Click answers with exit 1, which in our contract means "a factor failed".
    watwerkt opens no sockets, the case for which Python keeps the signal ignored."""
    import signal

    if hasattr(signal, "SIGPIPE"):  # not on Windows
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
