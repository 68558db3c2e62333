"""Which inputs `watwerkt check PATH...` reads: files, folders searched for YAML, and stdin.

Folders are walked recursively for `*.yaml` and `*.yml`, skipping hidden files and folders
(`.git`, `.github`, `.watwerkt.yaml`, ...), in sorted order so every run reports the same files
in the same order. `--exclude` patterns apply to files named on the command line too, so a
pre-commit hook that passes files one by one respects the project's excludes.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

STDIN = "-"
STDIN_NAME = "<stdin>"
SUFFIXES = (".yaml", ".yml")


class Exclude(NamedTuple):
    """A glob pattern, as in .gitignore: without a slash it matches a file or folder name at any
    depth (`drafts`, `*.draft.yaml`); with one it matches the path relative to `base` (the
    working folder for --exclude, the config file's folder for `exclude` in a config file),
    or a folder on that path (`archive/2019`, `drafts/*`). `*` also matches `/`."""

    pattern: str
    base: Path

    def matches(self, path: Path) -> bool:
        pattern = self.pattern.strip("/")
        parts = _parts(path, self.base)
        if "/" not in pattern:
            return any(fnmatch.fnmatchcase(part, pattern) for part in parts)
        # Anchored at the base, unless it starts with **/ (then at any depth); it may name a
        # folder on the way as well as the file itself.
        starts = range(len(parts)) if pattern.startswith("**/") else range(min(1, len(parts)))
        pattern = pattern.removeprefix("**/")
        return any(
            fnmatch.fnmatchcase("/".join(parts[start:end]), pattern)
            for start in starts
            for end in range(start + 1, len(parts) + 1)
        )


class Input(NamedTuple):
    """One thing to check: a file (`path`), or standard input (`path` is None)."""

    path: Path | None
    display: str  # how reports name it


class Discovery(NamedTuple):
    inputs: tuple[Input, ...]
    empty_folders: tuple[str, ...]  # folders that held no YAML file to check: an error


def _parts(path: Path, base: Path) -> list[str]:
    """The parts of `path` relative to `base`, or as written when it lies outside `base`."""
    absolute = path if path.is_absolute() else Path.cwd() / path
    try:
        rel = PurePosixPath(
            Path(os.path.normpath(absolute)).relative_to(os.path.normpath(base)).as_posix()
        )
    except ValueError:
        rel = PurePosixPath(path.as_posix())
    return [p for p in rel.parts if p not in ("/", ".", "..")]


def excluded(path: Path, excludes: Sequence[Exclude]) -> bool:
    return any(rule.matches(path) for rule in excludes)


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def walk(folder: Path, excludes: Sequence[Exclude]) -> list[Path]:
    """The YAML files under `folder`, sorted, without hidden or excluded files and folders."""
    found: list[Path] = []
    # followlinks=False: a symlink loop cannot make the walk endless; linked files are read.
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not _hidden(d) and not excluded(here / d, excludes))
        for name in sorted(files):
            path = here / name
            if not _hidden(name) and path.suffix in SUFFIXES and not excluded(path, excludes):
                found.append(path)
    return sorted(found, key=lambda p: p.as_posix())


class _RealPaths:
    """The real path of each file, to check a file once however it is named (`repo/a.yaml`,
    `./repo/a.yaml`, a link to it, a linked folder). Resolving a path costs a look-up per folder
    on the way, so each folder is resolved once and a file's own link, if any, on its own."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: Path) -> str:
        folder, name = os.path.split(os.fspath(path))
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder or ".")
        full = os.path.join(real, name)
        if os.path.islink(full):
            full = os.path.realpath(full)
        return os.path.normcase(full)


def discover(args: Sequence[str], excludes: Sequence[Exclude] = ()) -> Discovery:
    """Expand the command-line paths into inputs, in order, each file once.

    A path that does not exist is kept as an input, so the checker reports it like any
    unreadable file, with its name and exit code 2.
    """
    inputs: list[Input] = []
    empty: list[str] = []
    seen: set[str] = set()
    real_path = _RealPaths()

    def add(item: Input) -> None:
        key = STDIN if item.path is None else real_path(item.path)
        if key not in seen:
            seen.add(key)
            inputs.append(item)

    for arg in args:
        if arg == STDIN:
            add(Input(None, STDIN_NAME))
            continue
        path = Path(arg)
        if path.is_dir():
            files = walk(path, excludes)
            if not files:
                empty.append(arg)
            for file in files:
                add(Input(file, file.as_posix()))
        elif not excluded(path, excludes):
            add(Input(path, arg))
    return Discovery(tuple(inputs), tuple(empty))
