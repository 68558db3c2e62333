"""The baseline: the findings a databank accepts when it adopts watwerkt, so that CI fails only
on new ones (docs/ci.md, "Adopting watwerkt on an existing databank").

A baseline is a small YAML file, sorted, one finding a line, so that a change to it reads well
in a diff:

    watwerkt_baseline: 1
    set: opvoedingsondersteuning
    findings:
      interventions/stevig-ouderschap.yaml:
        G05: gap
        G11: not_described

A finding is keyed by its file, its factor and its status, never by a line: moving lines,
adding a comment or reordering a description keeps it. Files are named relative to the
baseline's own folder, so a run from any working folder (a CI job's working-directory, a
pre-commit hook) finds them. Only factor statuses that can fail a run are recorded (`gap`,
`not_described`, `partial`, whatever --fail-on says); a file that could not be checked is never
accepted: it always exits 2.

Against a baseline (`--baseline FILE`, or `baseline:` in the configuration) a finding is
accepted when the baseline records its factor for its file with the same status or a worse
one: it keeps its status in every report but fails nothing and is no CI finding. A finding that
got worse, or is new, is reported as always. A recorded finding that is gone or got better is
*fixed* (or *improved*); an entry whose file is gone, or whose factor is now ignored, is
*stale*. Both are said on stderr, with the line of the entry, so that the baseline can be
written again (`--write-baseline`). An entry of a factor that is not in the set is a mistake in
the baseline, an error at its line, as docs/contract.md (section 7, Baseline) has it.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any, NamedTuple

from wat_werkt.document.validate import suggest
from wat_werkt.document.yamlload import Limits, PathKey, parse_text, read_file
from wat_werkt.engine.evaluate import IGNORED, SEVERITY, FileResult
from wat_werkt.problems import WHOLE_FILE, Loc, Problem, found_kind, problem
from wat_werkt.run.config import CODE
from wat_werkt.run.discovery import STDIN_NAME

VERSION_KEY = "watwerkt_baseline"
VERSION = 1
KEYS = (VERSION_KEY, "set", "findings")
RECORDED = ("gap", "not_described", "partial")  # the statuses that can fail a run
# A baseline of a databank of 10,000 descriptions with 16 findings each is some 200,000 lines.
LIMITS = Limits(max_bytes=64 * 1024 * 1024, max_depth=8, max_nodes=5_000_000, flags=False)


class BaselineError(Exception):
    """A baseline that cannot be used; `problems` holds every culprit found. `is_baseline`: the
    file is a watwerkt baseline all the same (it names `watwerkt_baseline`), one of another
    version or set, or with a mistake: --write-baseline may replace it, never a file that is
    not one."""

    def __init__(self, problems: list[Problem], is_baseline: bool = False):
        super().__init__(f"{len(problems)} problem(s) in the baseline")
        self.problems = sorted(problems)
        self.is_baseline = is_baseline


class Entry(NamedTuple):
    file: str  # relative to the baseline's folder, with forward slashes
    factor: str
    status: str
    loc: Loc  # where the baseline records it (Loc(0, 0) for one not read from a file)


class Change(NamedTuple):
    """What became of an entry in this run: `kind` is fixed, improved or ignored."""

    entry: Entry
    kind: str
    now: str  # the factor's status now


class Baseline:
    """The entries of one baseline file (empty for one that does not exist yet)."""

    def __init__(
        self,
        path: Path,
        set_id: str,
        entries: Iterable[Entry] = (),
        file_locs: Mapping[str, Loc] | None = None,
        shown: str | None = None,
        existing: bool = False,
    ) -> None:
        self.path = path
        self.shown = shown if shown is not None else str(path)  # as the user names it
        self.existing = existing  # read from a file (not one about to be written for the first time)
        self.folder = Path(os.path.abspath(path)).parent
        self.set_id = set_id
        self._entries: dict[str, dict[str, Entry]] = {}
        for entry in entries:
            self._entries.setdefault(entry.file, {})[entry.factor] = entry
        self.file_locs = dict(file_locs or {})  # where each file's findings start

    def __iter__(self) -> Iterator[Entry]:
        for factors in self._entries.values():
            yield from factors.values()

    def __len__(self) -> int:
        return sum(len(factors) for factors in self._entries.values())

    def key(self, file: str) -> str | None:
        """How the baseline names a checked file (a path as the checker got it); None for
        standard input, which has no place to keep findings for."""
        if file == STDIN_NAME:
            return None
        try:
            return PurePath(os.path.relpath(os.path.abspath(file), self.folder)).as_posix()
        except ValueError:  # another drive on Windows
            return PurePath(os.path.abspath(file)).as_posix()

    def entries_of(self, key: str | None) -> Mapping[str, Entry]:
        return self._entries.get(key, {}) if key is not None else {}

    def mark(self, result: FileResult) -> FileResult:
        """The result with each finding the baseline accepts marked (FactorResult.baseline)."""
        recorded = self.entries_of(self.key(result.file)) if result.valid else {}
        if not recorded:
            return result
        factors = []
        for row in result.factors:
            entry = recorded.get(row.factor.id)
            if (
                entry is not None
                and row.status in SEVERITY
                and SEVERITY[row.status] <= SEVERITY[entry.status]
            ):
                row = row._replace(baseline=entry.status)
            factors.append(row)
        return result._replace(factors=tuple(factors))

    def changes(self, result: FileResult) -> list[Change]:
        """The entries of a checked file that are better now: fixed (no finding any more),
        improved (a milder one), or ignored by the project's selection."""
        out = []
        recorded = self.entries_of(self.key(result.file)) if result.valid else {}
        for row in result.factors:
            entry = recorded.get(row.factor.id)
            if entry is None:
                continue
            if row.status == IGNORED:
                out.append(Change(entry, "ignored", row.status))
            elif row.status not in SEVERITY:
                out.append(Change(entry, "fixed", row.status))
            elif SEVERITY[row.status] < SEVERITY[entry.status]:
                out.append(Change(entry, "improved", row.status))
        return out

    def stale(self, checked: set[str]) -> Iterator[Entry]:
        """Entries whose file is gone. `checked`: the keys of the files this run checked (those
        exist). (An entry of a factor not in the set is an error when the baseline is read.)"""
        for file, factors in self._entries.items():
            if file not in checked and not (self.folder / file).is_file():
                yield from factors.values()


# -- reading ---------------------------------------------------------------------------------


def read(
    path: Path, set_id: str, ids: frozenset[str], missing_ok: bool = False, shown: str | None = None
) -> Baseline:
    """The baseline at `path` for the set `set_id` with the factors `ids`, checked; raises
    BaselineError naming every culprit. A file that does not exist, or holds nothing but white
    space, is an empty baseline when `missing_ok` (it is about to be written: nothing is lost)."""
    if missing_ok and (not os.path.exists(path) or _blank(path)):  # a link to nothing yet too
        return Baseline(path, set_id, shown=shown)
    text, problems = read_file(path, LIMITS)
    if text is None:
        raise BaselineError(problems)
    if not text.strip():
        raise BaselineError([problem(WHOLE_FILE, "baseline_empty", path=shown or str(path))])
    doc, problems = parse_text(text, LIMITS)
    if [p.code for p in problems] == ["root_not_mapping"]:  # comments only, or a lone value
        raise BaselineError([problem(Loc(1, 1), "baseline_not_one", key=VERSION_KEY)])
    if doc is None or problems:
        # Broken YAML: still a baseline when a line starts with its key (one written by hand
        # and broken in a merge, say), so that --write-baseline may write it again.
        raise BaselineError(problems, is_baseline=_NAMES_VERSION.search(text) is not None)
    data = doc.data
    if not isinstance(data, dict) or VERSION_KEY not in data:
        # Never read, nor overwritten, as a baseline: a file that is not one.
        raise BaselineError([problem(Loc(1, 1), "baseline_not_one", key=VERSION_KEY)])
    # Where each value and key is; for a path an alias made (`other.yaml: *a`), the nearest
    # key written (`other.yaml`'s).
    values, keys = doc.loc, doc.key_loc
    found: list[Problem] = []
    for key in data:
        if key not in KEYS:
            found.append(
                problem(
                    keys((key,)),
                    "config_unknown_key",
                    key=key,
                    allowed=", ".join(KEYS),
                    suggestion=suggest(key, KEYS),
                )
            )
    version = data[VERSION_KEY]
    if version != VERSION or isinstance(version, bool):
        found.append(
            problem(values((VERSION_KEY,)), "baseline_version", version=str(version), supported=VERSION)
        )
    written_for = data.get("set")
    if "set" not in data:
        found.append(problem(Loc(1, 1), "missing_key", key="set"))
        ids = frozenset()
    elif written_for != set_id:
        at = values(("set",))
        found.append(problem(at, "baseline_other_set", found=str(written_for), set=set_id))
        ids = frozenset()  # its factors are another set's: the set's line says it all
    file_locs: dict[str, Loc] = {}
    entries = list(_entries(data.get("findings"), values, keys, found, ids, set_id, file_locs))
    if found:
        raise BaselineError(found, is_baseline=True)
    return Baseline(path, set_id, entries, file_locs, shown=shown, existing=True)


_NAMES_VERSION = re.compile(rf"^{VERSION_KEY}\s*:", re.MULTILINE)


def looks_like_one(path: Path) -> bool:
    """Whether a regular file opens as a watwerkt baseline does (its key on a line of its own
    in the first 4 KB): a --write-baseline target that a folder's walk would find is then the
    run's own file, not a description (commands/check.py)."""
    try:
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return _NAMES_VERSION.search(head) is not None


def _blank(path: Path) -> bool:
    """Whether the file holds nothing but white space (an empty file): nothing to lose."""
    try:
        if not os.path.isfile(path) or os.path.getsize(path) > 4096:
            return False
        with open(path, "rb") as handle:
            return not handle.read().strip()
    except OSError:
        return False


def file_key(name: str) -> str:
    """A file as a baseline names it: with forward slashes, without `./` or `a/../`, so that a
    name written by hand (`./data/a.yaml`, Windows' `data\\a.yaml`) is the name a run uses. (A
    backslash is read as a separator; one that is part of a name, possible only outside
    Windows, is written by --write-baseline so that it stays one: _quoted.)"""
    return posixpath.normpath(name.replace("\\", "/"))


def _entries(
    findings: Any,
    values: Callable[[PathKey], Loc],
    keys: Callable[[PathKey], Loc],
    found: list[Problem],
    ids: frozenset[str],
    set_id: str,
    file_locs: dict[str, Loc],
) -> Iterator[Entry]:
    if findings is None:
        return
    if not isinstance(findings, dict):
        found.append(problem(values(("findings",)), "baseline_shape", found="@" + found_kind(findings)))
        return
    for file, factors in findings.items():
        if not isinstance(factors, dict):
            found.append(
                problem(values(("findings", file)), "baseline_shape", found="@" + found_kind(factors))
            )
            continue
        name, at_file = _read_name(str(file)), keys(("findings", file))
        if name in file_locs:
            first = file_locs[name]
            found.append(problem(at_file, "baseline_same_file", file=str(file), line=first.line))
            continue
        file_locs[name] = at_file
        for factor, status in factors.items():
            at = keys(("findings", file, factor))
            if not isinstance(factor, str) or not CODE.fullmatch(factor):
                found.append(problem(at, "baseline_factor", factor=str(factor)))
            elif ids and factor not in ids:
                found.append(
                    problem(
                        at,
                        "baseline_unknown_factor",
                        factor=factor,
                        set=set_id,
                        suggestion=suggest(factor, sorted(ids)),
                    )
                )
            elif status not in RECORDED:
                found.append(
                    problem(
                        values(("findings", file, factor)),
                        "baseline_status",
                        status=str(status),
                        allowed=", ".join(RECORDED),
                        suggestion=suggest(str(status), RECORDED),
                    )
                )
            else:
                yield Entry(name, factor, status, at)


# -- writing ---------------------------------------------------------------------------------


# A key written as it is: a file name of these characters with a YAML suffix cannot be read as
# anything but text. Any other name is double-quoted (_quoted).
_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./+-]*\.ya?ml")
_PLAIN_ID = re.compile(r"[a-z][a-z0-9_-]*")  # a set id written as it is
# Two characters of a file name need more than YAML's escapes to be read back as written, and
# both are written after a NUL, which no file name holds (nor one written by hand, then):
# - a byte that is not UTF-8 (Python holds it as a lone surrogate, U+DC80-U+DCFF), which no YAML
#   escape yields (libyaml refuses `\udcff`): `\0\xff` is that byte;
# - a backslash, which file_key reads as a separator in a name written by hand (`data\a.yaml`):
#   `\0\\` is a backslash that is part of the name.
# Any YAML tool still reads the file.
_ESCAPED_BYTE = re.compile(r"\x00([\x80-\xff])")
_ESCAPED_BACKSLASH = "\x00\\"


def _quoted(text: str, name: bool = False) -> str:
    """`text` as a double-quoted YAML scalar that reads back exactly: printable characters as
    they are, everything else escaped. YAML breaks lines at U+0085, U+2028 and U+2029 and
    refuses C1 controls and DEL written raw, which JSON's escaping leaves as they are. `name`:
    a file name, its backslashes and undecodable bytes escaped as _ESCAPED_BYTE says."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == "\\" and name:
            out.append("\\0\\\\")
        elif ch in '"\\':
            out.append("\\" + ch)
        elif 0xDC80 <= code <= 0xDCFF and name:
            out.append(f"\\0\\x{code - 0xDC00:02x}")
        elif ch.isprintable():  # Python's printable is within YAML's: no C0, C1, Zl, Zp, Cf, Cs
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def _read_name(key: str) -> str:
    """A file as the baseline's key names it (file_key), the escapes of _quoted undone."""
    if "\x00" not in key:
        return file_key(key)
    key = _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + ord(m[1])), key)
    # Backslashes of the name itself survive file_key's reading of the others as separators.
    parts = [part.replace("\\", "/") for part in key.split(_ESCAPED_BACKSLASH)]
    return posixpath.normpath("\\".join(parts))


def _key(text: str) -> str:
    return text if _PLAIN.fullmatch(text) else _quoted(text, name=True)


def text(set_id: str, entries: Iterable[Entry]) -> str:
    """A baseline's text: files sorted, each file's factors sorted, one finding a line."""
    by_file: dict[str, dict[str, str]] = {}
    for entry in entries:
        by_file.setdefault(entry.file, {})[entry.factor] = entry.status
    set_text = set_id if _PLAIN_ID.fullmatch(set_id) else _quoted(set_id)
    lines = [f"{VERSION_KEY}: {VERSION}", f"set: {set_text}"]
    if not by_file:
        return "\n".join([*lines, "findings: {}"]) + "\n"
    lines.append("findings:")
    for file in sorted(by_file):
        lines.append(f"  {_key(file)}:")
        lines.extend(f"    {factor}: {status}" for factor, status in sorted(by_file[file].items()))
    return "\n".join(lines) + "\n"


class Difference(NamedTuple):
    """How a new baseline differs from the one it replaces, in entries (file and factor)."""

    added: int  # findings the old one did not record: new debt
    worse: int  # recorded, with a worse status now: more debt
    better: int  # recorded, with a milder status now
    removed: int  # recorded, and gone now (fixed, or the file is gone)


def difference(old: Iterable[Entry], new: Iterable[Entry]) -> Difference:
    before = {(e.file, e.factor): e.status for e in old}
    after = {(e.file, e.factor): e.status for e in new}
    added = worse = better = 0
    for key, status in after.items():
        was = before.get(key)
        if was is None:
            added += 1
        elif SEVERITY[status] > SEVERITY[was]:
            worse += 1
        elif SEVERITY[status] < SEVERITY[was]:
            better += 1
    return Difference(added, worse, better, sum(1 for key in before if key not in after))


def findings_of(result: FileResult, key: str) -> list[Entry]:
    """A checked file's findings as baseline entries (none for a file that was not checked)."""
    return [
        Entry(key, row.factor.id, row.status, WHOLE_FILE)
        for row in result.factors
        if row.status in RECORDED and row.ignored is None
    ]
