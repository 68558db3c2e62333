"""Write the files the user names (`--output`, `init`, `schema --output`) so that nothing is
lost or clobbered (docs/robustness.md, "files are never lost"):

- standard output or error named as a file (`/dev/stdout`, `/dev/fd/1`, the terminal they
  are): the text is written to that stream, in place;
- an existing character device or FIFO (`/dev/null`, a named pipe): written in place, as the
  shell's `>` writes it; it stays what it is;
- a symbolic link: its target is written, atomically, in the target's own folder; the link
  stays a link;
- a regular file: a temporary file in the same folder, then a rename, which is atomic on one
  file system; the file keeps its mode (and its owner, where we may set it);
- a new file: made the same way, with the mode any new file gets under the user's umask.

Anything else (a folder, a socket, a block device) is refused. Until the rename, SIGTERM,
SIGINT and SIGHUP remove the temporary file before they end the run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from wat_werkt.messages import message
from wat_werkt.renderers import pieces


class WriteError(Exception):
    """A file could not be written; `text(lang)` says why in plain words."""

    def __init__(self, code: str, **params: str):
        super().__init__(code)
        self.code = code
        self.params = params

    def text(self, lang: str) -> str:
        return message(self.code, lang, **self.params)


def _umask() -> int:
    mask = os.umask(0)  # the only portable way to read it is to set it and put it back
    os.umask(mask)
    return mask


def _encoded(text: str) -> bytes:
    # surrogateescape: a file name that is not UTF-8 is written as its own bytes, as on
    # standard output (cli.main), instead of stopping the run.
    return text.encode("utf-8", "surrogateescape")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def standard_stream(path: str | Path) -> Any:
    """sys.stdout or sys.stderr when `path` names the very file it writes to (`/dev/stdout`,
    or the terminal or pipe it is), else None."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return _stream_of(info)


def _stream_of(info: os.stat_result) -> Any:
    for fd, stream in ((1, sys.stdout), (2, sys.stderr)):
        if stream is None:
            continue
        try:
            if os.path.samestat(info, os.fstat(fd)):
                return stream
        except OSError:
            continue
    return None


def atomic_write(path: str | Path, text: str | Iterable[str], overwrite: bool = True) -> str:
    """Write `text` (or its pieces, as they are made: a report of any size is never held
    whole) to `path` as the module docstring says; refuse an existing file unless `overwrite`.
    Returns how: "stream" (standard output or error), "in_place" (a device or FIFO) or "file"."""
    name = os.fspath(path)
    try:
        info: os.stat_result | None = os.stat(name)  # through every link
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as exc:  # a name too long, a loop of links, a NUL
        reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
        raise WriteError("write_failed", path=name, reason=reason) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise WriteError("write_is_folder", path=name)
        if not overwrite:
            raise WriteError("write_exists", path=name)
        stream = _stream_of(info)
        if stream is not None:
            for piece in pieces(text):
                stream.write(piece)
            stream.flush()
            return "stream"
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            _write_in_place(name, text)
            return "in_place"
        if not stat.S_ISREG(info.st_mode):
            kind = (
                "kind_socket"
                if stat.S_ISSOCK(info.st_mode)
                else "kind_block"
                if stat.S_ISBLK(info.st_mode)
                else "kind_other"
            )
            raise WriteError("write_not_file", path=name, kind="@" + kind)
    # A link is followed to the file it names, which is replaced in its own folder; a link
    # to nowhere yet makes that file, as `>` would.
    target = os.path.realpath(name)
    _replace(name, target, text, info, overwrite)
    return "file"


# How long a FIFO given as --output may go without a reader before the run gives up: long
# enough for `watwerkt ... -o pipe & cat pipe` to start its reader, short enough that a pipe
# nobody reads does not hang a CI job for ever (opening it for writing blocks until a reader
# comes).
FIFO_WAIT_SECONDS = 10.0


def _write_in_place(name: str, text: str | Iterable[str]) -> None:
    try:
        fd = _open_in_place(name)
    except OSError as exc:
        raise WriteError("write_failed", path=name, reason=_reason(exc)) from None
    try:
        for piece in pieces(text):
            data = memoryview(_encoded(piece))
            while data:
                data = data[os.write(fd, data) :]
    except OSError as exc:
        raise WriteError("write_failed", path=name, reason=_reason(exc)) from None
    finally:
        os.close(fd)


def _open_in_place(name: str) -> int:
    """A device or a FIFO, opened for writing. A FIFO is opened without blocking, retried until
    a reader comes or FIFO_WAIT_SECONDS have passed (ENXIO: no reader), then set to block
    again so that writing waits for the reader as a pipe does."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    nonblock = getattr(os, "O_NONBLOCK", 0)
    if not nonblock:
        return os.open(name, flags)
    deadline = time.monotonic() + FIFO_WAIT_SECONDS
    while True:
        try:
            fd = os.open(name, flags | nonblock)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            if time.monotonic() >= deadline:
                raise WriteError("write_no_reader", path=name, seconds=f"{FIFO_WAIT_SECONDS:g}") from None
            time.sleep(0.05)
    os.set_blocking(fd, True)
    return fd


def _replace(
    name: str, target: str, text: str | Iterable[str], info: os.stat_result | None, overwrite: bool
) -> None:
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        asked = os.path.dirname(name) or "."
        raise WriteError("write_no_folder", path=name, folder=folder if os.path.isdir(asked) else asked)
    tmp: list[str] = []  # the temporary file, once made: what a signal must remove
    with _removed_on_signals(tmp):
        try:
            fd, made = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
        except OSError as exc:
            # The report is written beside the file and renamed over it: name both (`-o
            # /proc/version` is no file that can be replaced: /proc takes no new file).
            raise WriteError("write_no_new_file", path=name, folder=folder, reason=_reason(exc)) from None
        tmp.append(made)
        try:
            _fill(fd, text, info)
            if not overwrite:
                # link() fails if the name appeared meanwhile, so a file created since the
                # check above is still never overwritten.
                os.link(made, target)
                os.unlink(made)
            else:
                os.replace(made, target)
            tmp.clear()
        except FileExistsError:
            raise WriteError("write_exists", path=name) from None
        except OSError as exc:
            raise WriteError("write_failed", path=name, reason=_reason(exc)) from None
        finally:
            _remove(tmp)


def _fill(fd: int, text: str | Iterable[str], info: os.stat_result | None) -> None:
    """The temporary file's content, and the mode the file it replaces had: mkstemp makes it
    private (0600), which a shared report or an executable script must not become."""
    with os.fdopen(fd, "wb") as handle:
        if info is not None:
            if hasattr(os, "fchown"):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.fchown(handle.fileno(), info.st_uid, info.st_gid)
            mode = stat.S_IMODE(info.st_mode)
        else:
            mode = 0o666 & ~_umask()
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
            os.fchmod(handle.fileno(), mode)
        for piece in pieces(text):
            handle.write(_encoded(piece))


def _remove(tmp: list[str]) -> None:
    for made in tmp:
        with contextlib.suppress(OSError):
            os.unlink(made)
    tmp.clear()


class _Signalled(BaseException):
    """A signal that ends the run arrived while a temporary file existed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_ENDING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def _removed_on_signals(tmp: list[str]) -> Iterator[None]:
    """While the block runs, SIGTERM, SIGINT and SIGHUP first remove the temporary files in
    `tmp`, then take their usual course (the previous handler, by default the end of the run
    with that signal). kill -9 cannot be caught; the file then has a name starting with a dot
    and ending in .tmp (docs/robustness.md)."""
    previous: dict[int, Any] = {}

    def ending(signum: int, frame: Any) -> None:
        raise _Signalled(signum)

    if threading.current_thread() is threading.main_thread():
        for signum in _ENDING:
            with contextlib.suppress(OSError, ValueError):
                previous[signum] = signal.signal(signum, ending)
    try:
        yield
    except _Signalled as got:
        _remove(tmp)
        _restore(previous)
        os.kill(os.getpid(), got.signum)  # the usual course, now that the file is gone
        raise SystemExit(128 + got.signum) from None  # a handler that did not end the run
    except BaseException:
        _remove(tmp)
        raise
    finally:
        _restore(previous)


def _restore(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        with contextlib.suppress(OSError, ValueError, TypeError):
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
    previous.clear()
