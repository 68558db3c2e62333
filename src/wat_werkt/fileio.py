"""Write files so they are never lost half-way: a temporary file in the same folder, then a
rename, which is atomic on one file system."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from wat_werkt.messages import message


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


def atomic_write(path: Path, text: str, overwrite: bool = True) -> None:
    """Write `text` to `path` atomically; refuse an existing file unless `overwrite`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError("write_no_folder", folder=str(folder))
    if path.is_dir():
        raise WriteError("write_is_folder", path=str(path))
    if not overwrite and path.exists():
        raise WriteError("write_exists", path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise WriteError("write_failed", path=str(folder), reason=exc.strerror or str(exc)) from None
    try:
        # mkstemp makes the file private (0600); a report is meant to be shared, so give it
        # the mode any new file gets under the user's umask.
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
            os.fchmod(fd, 0o666 & ~_umask())
        # surrogateescape: a file name that is not UTF-8 is written as its own bytes, as on
        # standard output (cli.main), instead of stopping the run.
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as handle:
            handle.write(text)
        if not overwrite:
            # link() fails if the name appeared meanwhile, so a file created since the check
            # above is still never overwritten.
            os.link(tmp, path)
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except FileExistsError:
        os.unlink(tmp)
        raise WriteError("write_exists", path=str(path)) from None
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise WriteError("write_failed", path=str(path), reason=exc.strerror or str(exc)) from None
