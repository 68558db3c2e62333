"""The program: `watwerkt`'s entry point, what it sets up for every run and how every run ends.

The commands are in commands/, one module each, registered with Typer in commands/app.py; the
usual `check` command lines are read without Typer (commands/check_quick.py). Only the commands
print and pick exit codes (docs/contract.md section 5): 0 clean, 1 a factor at or above
--fail-on, 2 a file or factor set that could not be used, or a wrong command line.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import MutableMapping
from typing import Any


def __getattr__(name: str) -> Any:
    # `from wat_werkt.cli import app` (or build_app), as before the Typer app had a module of
    # its own: importing this module imports no Typer.
    if name in ("app", "build_app"):
        from wat_werkt.commands import app

        return getattr(app, name)
    raise AttributeError(name)


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
    _working_folder_or_stop()
    _lang_before_the_command(sys.argv, os.environ)
    debug = "--debug" in sys.argv or bool(os.environ.get("WATWERKT_DEBUG"))
    if "--debug" in sys.argv:
        sys.argv.remove("--debug")
        os.environ["WATWERKT_DEBUG"] = "1"  # run.checker.check_input lets a file's bug through too
    try:
        code = None
        if sys.argv[1:2] == ["check"]:
            from wat_werkt.commands.check_quick import run_quick

            code = run_quick(sys.argv[2:])  # None: a command line for Typer to read
        if code is None:
            from wat_werkt.commands.app import run_command_line

            code = run_command_line(sys.argv[1:])
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
# EBADF: standard output opened for reading only (`1</dev/null`).
_WRITE_ERRORS = frozenset(
    getattr(errno, name)
    for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EAGAIN", "EBADF")
    if hasattr(errno, name)
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


def _working_folder_or_stop() -> None:
    """One line and exit 2 when the working folder is gone (removed while a shell was in it):
    every command names files from it and finds its configuration there."""
    import os
    import sys

    try:
        os.getcwd()
    except OSError as exc:
        from wat_werkt.messages import detect_lang, message

        sys.stderr.write(
            f"watwerkt: {message('cwd_unusable', detect_lang(), reason=exc.strerror or str(exc))}\n"
        )
        sys.exit(2)


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
