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
    """One thing to check: a file (`path`, as it is opened), or standard input (`path` is
    None)."""

    path: str | None  # text, not a Path: a Path per file is measurable (docs/performance.md)
    display: str  # how reports name it


class Discovery(NamedTuple):
    inputs: tuple[Input, ...]
    empty_folders: tuple[str, ...]  # folders that held no YAML file to check: an error
    excluded_folders: tuple[str, ...] = ()  # those of them whose YAML files were all excluded
    # Folders that could not be read, with the system's reason: an error (docs/robustness.md),
    # never a silent pass over files nobody checked.
    unreadable: tuple[tuple[str, str], ...] = ()
    keys: frozenset[str] = frozenset()  # the real path of every input file (see _RealPaths)

    def leaving_out(self, own: Sequence[Path], given: Sequence[str]) -> Discovery:
        """Without the run's own files (its baseline) where a folder's walk found them: they
        are no descriptions. One named on the command line stays: it was asked for."""
        real = {os.path.normcase(os.path.realpath(path)) for path in own}
        names = {os.path.basename(path) for path in real}
        # The name first: a real path for every file of a big batch would cost. A link to the
        # baseline under another name is found by every file's real path, in the rare run
        # whose inputs hold the baseline (`keys`) under no name of its own.
        every_file = bool(real & self.keys) and not any(
            item.path is not None and os.path.normcase(os.path.basename(item.path)) in names
            for item in self.inputs
        )
        kept: list[Input] = []
        left_out: set[str] = set()
        for item in self.inputs:
            if (
                item.path is not None
                and item.path not in given
                and (every_file or os.path.normcase(os.path.basename(item.path)) in names)
                and (key := os.path.normcase(os.path.realpath(item.path))) in real
            ):
                left_out.add(key)
                continue
            kept.append(item)
        if not left_out:
            return self
        return self._replace(inputs=tuple(kept), keys=self.keys - left_out)

    def no_files_message(self, folder: str) -> str:
        """The message code saying why a folder of empty_folders gave nothing to check."""
        return "no_files_excluded" if folder in self.excluded_folders else "no_files"


def _parts(path: Path, base: Path) -> list[str]:
    """The parts of `path` relative to `base`, or as written when it lies outside `base`."""
    absolute = path if path.is_absolute() else Path.cwd() / path
    try:
        rel = PurePosixPath(Path(os.path.normpath(absolute)).relative_to(os.path.normpath(base)).as_posix())
    except ValueError:
        rel = PurePosixPath(path.as_posix())
    return [p for p in rel.parts if p not in ("/", ".", "..")]


def excluded(path: Path, excludes: Sequence[Exclude]) -> bool:
    return any(rule.matches(path) for rule in excludes)


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


class _Found(NamedTuple):
    display: str  # the path as reports name it, with forward slashes
    key: str  # its real path: a file reached twice (a link, a linked folder) is checked once


def _walk(
    folder: Path, excludes: Sequence[Exclude], unreadable: list[tuple[str, str]] | None = None
) -> list[_Found]:
    """The YAML files under `folder`, sorted by how they are shown, without hidden or excluded
    files and folders, each with its real path. One pass, and no Path per file: every run over
    a folder pays for this before the first file is checked (docs/performance.md).
    A folder that cannot be listed is added to `unreadable`, with the reason."""
    found: list[_Found] = []
    # Symbolic links to folders are not followed (os.walk's followlinks=False): a link loop
    # cannot make the walk endless. Linked files are read.
    pending = [os.fspath(folder)]
    while pending:
        root = pending.pop()
        here = Path(root)
        shown = here.as_posix()
        prefix = "" if shown == "." else shown if shown.endswith("/") else shown + "/"
        real = os.path.realpath(root)
        try:
            with os.scandir(root) as entries:
                listed = list(entries)
        except OSError as exc:
            if unreadable is not None:
                unreadable.append((shown.rstrip("/") or "/", exc.strerror or str(exc)))
            continue
        for entry in listed:
            name = entry.name
            if _hidden(name):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink() and not (excludes and excluded(here / name, excludes)):
                    pending.append(os.path.join(root, name))
            elif name.endswith(SUFFIXES) and not (excludes and excluded(here / name, excludes)):
                full = os.path.join(real, name)
                key = os.path.realpath(full) if entry.is_symlink() else full
                found.append(_Found(prefix + name, os.path.normcase(key)))
    found.sort()
    return found


class _RealPaths:
    """The real path of each file, to check a file once however it is named (`repo/a.yaml`,
    `./repo/a.yaml`, a link to it, a linked folder). Resolving a path costs a look-up per folder
    on the way, so each folder is resolved once and a file's own link, if any, on its own."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        folder, name = os.path.split(path)
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
    all_excluded: list[str] = []
    unreadable: list[tuple[str, str]] = []
    seen: set[str] = set()
    real_path = _RealPaths()

    def add(item: Input, key: str) -> None:
        if key not in seen:
            seen.add(key)
            inputs.append(item)

    for arg in args:
        if arg == STDIN:
            add(Input(None, STDIN_NAME), STDIN)
            continue
        path = Path(arg)
        if os.path.isdir(arg):  # False for a name that cannot be looked at (too long, say)
            before = len(unreadable)
            files = _walk(path, excludes, unreadable)
            if not files and len(unreadable) == before:  # an unreadable folder says so itself
                empty.append(arg)
                if excludes and _walk(path, ()):
                    all_excluded.append(arg)
            for display, key in files:
                add(Input(display, display), key)
        elif not excluded(path, excludes):
            # Anything else is read as a file: what cannot be (missing, a FIFO, a name too long)
            # is reported by the checker with the reason.
            add(Input(arg, arg), real_path(arg))
    return Discovery(tuple(inputs), tuple(empty), tuple(all_excluded), tuple(unreadable), frozenset(seen))


def repository_root(start: Path) -> Path | None:
    """The top folder of the git checkout `start` is in: the nearest folder upward holding a
    `.git` (a folder, or a file in a worktree or submodule), as `git rev-parse --show-toplevel`
    finds it, without starting git. None outside a checkout."""
    start = start.resolve()
    for folder in (start, *start.parents):
        try:
            if (folder / ".git").exists():
                return folder
        except OSError:  # a folder on the way we may not look into
            continue
    return None
