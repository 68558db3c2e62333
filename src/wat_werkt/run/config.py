"""Project configuration: `.watwerkt.yaml` or `[tool.watwerkt]` in `pyproject.toml`.

The nearest file from the working folder upward wins; in one folder `.watwerkt.yaml` wins over
`pyproject.toml` (a file that exists only for watwerkt says more than a shared one). A
`pyproject.toml` without a `[tool.watwerkt]` table is not a configuration and the search goes
on upward. Every problem names the file, line and column of the culprit, as yamllint does.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from wat_werkt.document.validate import gives_no_reason, suggest
from wat_werkt.document.yamlload import FIXED_LIMITS, parse_text, read_file
from wat_werkt.engine.evaluate import FAIL_ON
from wat_werkt.messages import LANGS
from wat_werkt.problems import Loc, Problem, found_kind, problem

YAML_NAME = ".watwerkt.yaml"
TOML_NAME = "pyproject.toml"
NAMES = (YAML_NAME, TOML_NAME)  # the order of preference within one folder
LIMITS = ("max_bytes", "max_depth", "max_nodes")
SELECTION = ("select", "ignore", "per_file_ignores")
OPTIONS = ("fail_on", "lang", "format", "exclude", "factors", "set", *LIMITS, *SELECTION, "baseline")
# The keys of one entry of per_file_ignores.
PER_FILE_KEYS = ("ignore", "reason")
# A factor id (G01) or the start of some (G, G0), as `select` and `ignore` take them; whether
# the active set has such a factor is known only once it is loaded (run/selection.py).
CODE = re.compile(r"[A-Z][A-Z0-9]*")


class Code(NamedTuple):
    """A factor id or prefix as written in the configuration, and where."""

    code: str
    loc: Loc


class PerFileIgnore(NamedTuple):
    """One entry of per_file_ignores: files matching `pattern` (as `exclude` matches them,
    anchored at the configuration's folder) leave out the factors of `codes`, for `reason`."""

    pattern: str
    codes: tuple[Code, ...]
    reason: str
    loc: Loc  # of the pattern


class Config(NamedTuple):
    """The options a configuration file sets; None (or empty) where it is silent."""

    file: Path | None = None
    fail_on: str | None = None
    lang: str | None = None
    format: str | None = None
    exclude: tuple[str, ...] = ()
    factors: Path | None = None  # already resolved against the file's folder
    set: str | None = None
    limits: tuple[tuple[str, int], ...] = ()  # max_bytes / max_depth / max_nodes that are set
    select: tuple[Code, ...] | None = None  # None: every factor; () selects none
    select_loc: Loc | None = None
    ignore: tuple[Code, ...] = ()
    per_file_ignores: tuple[PerFileIgnore, ...] = ()
    baseline: Path | None = None  # already resolved against the file's folder
    baseline_loc: Loc | None = None  # of its value, for the problems of the baseline it names

    @property
    def folder(self) -> Path:
        return self.file.parent if self.file is not None else Path.cwd()


class ConfigError(Exception):
    """A configuration that cannot be used; `problems` holds every culprit found."""

    def __init__(self, file: Path, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in {file}")
        self.file = file
        self.problems = sorted(problems)


# A configuration file larger than this is refused before it is parsed (docs/robustness.md);
# the largest pyproject.toml files of big projects are some tens of kilobytes.
MAX_CONFIG_BYTES = 1024 * 1024
CONFIG_LIMITS = FIXED_LIMITS._replace(max_bytes=MAX_CONFIG_BYTES)


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in `start` or one of its parents.

    A `.watwerkt.yaml` is the configuration whatever it is: one that is no regular file we can
    read (a FIFO, a folder, a link to a device or in a loop) is reported by load_config, never
    passed over for a configuration further up that the user did not mean."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in NAMES:
            candidate = folder / name
            if name == YAML_NAME:
                if _is_there(candidate):
                    return candidate
            elif _is_file(candidate) and _has_tool_table(candidate):
                return candidate
    return None


def _is_there(path: Path) -> bool:
    """Whether anything has this name (a link that leads nowhere too)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):  # none; a folder on the way we may not look into; too long
        return False
    return True


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long, a folder on the way we may not look into
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder on the way we may not look into
        return False


def _has_tool_table(path: Path) -> bool:
    # A pyproject.toml we can read but not parse is reported only if it may hold
    # [tool.watwerkt]: someone else's broken file must not break this tool. One that does (a
    # table, or a value that should have been one: `[tool] watwerkt = 5`) is reported, also when
    # it is not UTF-8. One we may not read at all may hold it: passing over it would apply a
    # configuration further up instead, silently, so it is reported (load_config says why).
    raw = _raw(path)
    if raw is None:
        return False
    if raw is _UNREADABLE:
        return True
    if isinstance(raw, int):  # larger than a configuration may be: not parsed, only searched
        return _names_watwerkt(path)
    try:
        text, utf8 = raw.decode("utf-8-sig"), True
    except UnicodeDecodeError:
        text, utf8 = raw.decode("utf-8-sig", errors="replace"), False
    if "watwerkt" not in text and "\\" not in text:  # an escape (\u0074) may spell it
        return False  # most projects' pyproject.toml: no need to load a TOML parser
    if not utf8:
        return True  # load_config says where it is not UTF-8
    import tomllib

    try:
        tool = tomllib.loads(text).get("tool")
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return True
    return isinstance(tool, dict) and "watwerkt" in tool


_UNREADABLE = b"unreadable"  # a sentinel, told apart by identity


def _raw(path: Path) -> bytes | int | None:
    """The bytes of a regular file, its size when it is larger than MAX_CONFIG_BYTES, None when
    it is no regular file, _UNREADABLE when it may not be read. Opened without blocking, as
    yamlload.read_file opens files."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return _UNREADABLE  # a regular file (find_config looked): permission denied, say
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        if info.st_size > MAX_CONFIG_BYTES:
            return info.st_size
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(MAX_CONFIG_BYTES + 1)
    except OSError:
        return _UNREADABLE
    finally:
        os.close(fd)


def _names_watwerkt(path: Path) -> bool:
    """Whether a file too large to parse names watwerkt at all: searched in place, never read
    into memory or parsed."""
    import mmap

    try:
        with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return mapped.find(b"watwerkt") >= 0
    except (OSError, ValueError):
        return False


# -- reading ---------------------------------------------------------------------------------


def load_config(path: Path, formats: Iterable[str], sets: Iterable[str]) -> Config:
    """Read and check one configuration file; raises ConfigError naming every culprit."""
    text, problems = read_file(path, CONFIG_LIMITS)
    if text is None:
        raise ConfigError(path, problems)
    if path.suffix == ".toml":
        data, key_locs, value_locs = _read_toml(path, text)
    else:
        data, key_locs, value_locs = _read_yaml(path, text)
    return _check(path, data, key_locs, value_locs, tuple(formats), tuple(sets))


# Where keys and values are written, by their path in the options (("select", 1) is the second
# item of select); () is where the options start.
Locs = dict[tuple[str | int, ...], Loc]


def _read_yaml(path: Path, text: str) -> tuple[dict[str, Any], Locs, Locs]:
    doc, problems = parse_text(text, CONFIG_LIMITS)
    if doc is None:
        if [p.code for p in problems] == ["root_not_mapping"]:
            return {}, {}, {}  # an empty file (or only comments) sets nothing
        raise ConfigError(path, problems)
    if problems:
        raise ConfigError(path, problems)
    if doc.data is None:
        return {}, {}, {}
    if not isinstance(doc.data, dict):
        raise ConfigError(path, [problem(Loc(1, 1), "config_not_mapping", found=_kind(doc.data))])
    value_locs, key_locs = doc.locations()
    return doc.data, key_locs, value_locs


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^(\s*)(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=\s*""")


def _read_toml(path: Path, text: str) -> tuple[dict[str, Any], Locs, Locs]:
    import tomllib  # only projects configured in pyproject.toml pay for it

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_AT.search(str(exc))
        loc = Loc(int(found.group(1)), int(found.group(2))) if found else Loc(text.count("\n") + 1, 1)
        detail = _TOML_AT.sub("", str(exc)).strip()
        raise ConfigError(path, [problem(loc, "config_invalid_toml", detail=detail)]) from None
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        loc = _too_deep_at(text, _TOML_DEPTH)
        raise ConfigError(path, [problem(loc, "config_toml_deep", limit=_TOML_DEPTH)]) from None
    except ValueError:  # an integer past Python's int-to-str limit (4,300 digits)
        limit = sys.get_int_max_str_digits()
        digits = re.search(f"[0-9_]{{{limit + 1},}}", text)
        loc = _loc_at(text, digits.start()) if digits else Loc(1, 1)
        raise ConfigError(path, [problem(loc, "config_toml_number", limit=limit)]) from None
    tool = data.get("tool")
    table = tool.get("watwerkt", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        written = re.search(r"^[ \t]*(?:tool[ \t]*\.[ \t]*)?watwerkt[ \t]*=[ \t]*", text, re.MULTILINE)
        loc = _loc_at(text, written.end()) if written else Loc(1, 1)
        raise ConfigError(path, [problem(loc, "config_not_mapping", found=_kind(table))])
    key_locs, value_locs = _toml_locs(text)
    return table, key_locs, value_locs


_TOML_DEPTH = 100  # where a configuration's nesting is reported when tomllib cannot read it


def _loc_at(text: str, offset: int) -> Loc:
    line = text.count("\n", 0, offset) + 1
    return Loc(line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _too_deep_at(text: str, limit: int) -> Loc:
    """Where arrays and inline tables first nest deeper than `limit`, outside strings and
    comments (line 1 when they never do)."""
    depth, quote, comment = 0, "", False
    for offset, char in enumerate(text):
        if comment:
            comment = char != "\n"
        elif quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return _loc_at(text, offset)
        elif char in "]}":
            depth = max(0, depth - 1)
    return Loc(1, 1)


def _toml_locs(text: str) -> tuple[Locs, Locs]:
    """Where the keys of [tool.watwerkt] and its sub-tables are written. tomllib gives no
    positions, so we look for `key =` lines inside those tables, and for a text item of an
    array on its key's line; anything written another way points at the nearest of those
    (`_at`), the table at the least."""
    key_locs: Locs = {}
    value_locs: Locs = {}
    table: tuple[str, ...] | None = None  # the path of the table we are in, below tool.watwerkt
    header = Loc(1, 1)
    for number, line in enumerate(text.splitlines(), start=1):
        head = _HEADER.match(line)
        if head:
            name = _table_path(head.group(1))
            table = tuple(name[2:]) if name[:2] == ["tool", "watwerkt"] else None
            if table == ():
                header = Loc(number, line.index("[") + 1)
            elif table:
                # [tool.watwerkt.x]: a sub-table, the value of option "x" (and deeper).
                at = Loc(number, line.index("[") + 1)
                for end in range(1, len(table) + 1):
                    key_locs.setdefault(table[:end], at)
                    value_locs.setdefault(table[:end], at)
            continue
        found = _KEY.match(line) if table is not None else None
        if found and table is not None:
            key = (*table, next(g for g in found.groups()[1:] if g is not None))
            key_locs.setdefault(key, Loc(number, len(found.group(1)) + 1))
            value_locs.setdefault(key, Loc(number, found.end() + 1))
            for index, item in enumerate(_ITEM.finditer(line, found.end())):
                value_locs.setdefault((*key, index), Loc(number, item.start(1) + 1))
    for mapping in (key_locs, value_locs):
        mapping.setdefault((), header)
    return key_locs, value_locs


_ITEM = re.compile(r"""(?<![=\w])\s*("[^"]*"|'[^']*')(?=\s*[,\]])""")


def _table_path(header: str) -> list[str]:
    """The parts of a table header: `tool.watwerkt.per_file_ignores."drafts/*.yaml"`."""
    parts = re.findall(r"""\s*("[^"]*"|'[^']*'|[^."'\s]+)\s*(?:\.|$)""", header)
    return [part[1:-1] if part[:1] in "\"'" else part for part in parts]


def _at(locs: Locs, path: tuple[str | int, ...]) -> Loc:
    """The location of `path`, or of the nearest enclosing one that is known."""
    for end in range(len(path), -1, -1):
        if path[:end] in locs:
            return locs[path[:end]]
    return Loc(1, 1)


def _kind(value: Any) -> str:
    return "@" + found_kind(value)  # a message parameter naming a message


# -- checking --------------------------------------------------------------------------------


def _check(
    path: Path,
    data: dict[str, Any],
    key_locs: Locs,
    value_locs: Locs,
    formats: tuple[str, ...],
    sets: tuple[str, ...],
) -> Config:
    problems: list[Problem] = []

    def key_at(*path: str | int) -> Loc:
        return key_locs.get(path) or _at(key_locs, path)

    def value_at(*path: str | int) -> Loc:
        return value_locs.get(path) or key_locs.get(path) or _at(value_locs, path)

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            problems.append(
                problem(
                    value_at(key),
                    "wrong_type",
                    key=key,
                    expected="@config_type_text",
                    found=_kind(value),
                )
            )
            return None
        if value not in allowed:
            problems.append(
                problem(
                    value_at(key),
                    "unknown_value",
                    key=key,
                    value=value,
                    allowed=", ".join(allowed),
                    suggestion=suggest(value, allowed),
                )
            )
            return None
        return value

    for key in data:
        if key not in OPTIONS:
            problems.append(
                problem(
                    key_at(key),
                    "config_unknown_option",
                    key=key,
                    allowed=", ".join(OPTIONS),
                    suggestion=suggest(key, OPTIONS),
                )
            )
    fail_on = choice("fail_on", FAIL_ON)
    lang = choice("lang", LANGS)
    output_format = choice("format", formats)
    set_name = choice("set", sets)
    exclude = _excludes(data.get("exclude"), value_at("exclude"), problems)
    factors = None
    raw = data.get("factors")
    if raw is not None:
        if not isinstance(raw, str) or not raw.strip():
            problems.append(
                problem(
                    value_at("factors"),
                    "wrong_type",
                    key="factors",
                    expected="@config_type_text",
                    found=_kind(raw),
                )
            )
        else:
            factors = path.parent / raw
            if not _is_folder(factors):
                problems.append(problem(value_at("factors"), "config_no_folder", key="factors", folder=raw))
            elif not _is_file(factors / "set.yaml"):  # `factors: /dev`: said here, at its line
                problems.append(problem(value_at("factors"), "config_not_a_set", key="factors", folder=raw))
    limits = []
    for key in LIMITS:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            problems.append(problem(value_at(key), "config_positive", key=key))
        else:
            limits.append((key, value))
    select = None if "select" not in data else _codes("select", data["select"], value_at, problems)
    if "select" in data and data["select"] is None:
        # `select:` with nothing after it would select no factor and pass every file: say so
        # (`select: []` chooses none on purpose; leaving select out checks every factor).
        problems.append(
            problem(
                value_at("select"),
                "wrong_type",
                key="select",
                expected="@config_type_text_list",
                found=_kind(None),
            )
        )
    ignore = _codes("ignore", data.get("ignore"), value_at, problems)
    per_file = _per_file_ignores(data.get("per_file_ignores"), key_at, value_at, problems)
    baseline = None
    raw = data.get("baseline")
    if raw is not None:
        if not isinstance(raw, str) or not raw.strip():
            problems.append(
                problem(
                    value_at("baseline"),
                    "wrong_type",
                    key="baseline",
                    expected="@config_type_text",
                    found=_kind(raw),
                )
            )
        else:
            baseline = path.parent / raw
    if problems:
        raise ConfigError(path, problems)
    return Config(
        path,
        fail_on,
        lang,
        output_format,
        exclude,
        factors,
        set_name,
        tuple(limits),
        select,
        key_at("select") if "select" in data else None,
        ignore,
        per_file,
        baseline,
        value_at("baseline") if baseline is not None else None,
    )


LocOf = Callable[..., Loc]


def _codes(key: str, value: Any, value_at: LocOf, problems: list[Problem], *path: str) -> tuple[Code, ...]:
    """Factor ids or prefixes: one as text, or a list of them (`select`, `ignore`, and the
    `ignore` of a per-file entry at `path`)."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        found = _kind(value)
        problems.append(
            problem(
                value_at(*path, key), "wrong_type", key=key, expected="@config_type_text_list", found=found
            )
        )
        return ()
    codes = []
    for index, item in enumerate(items):
        loc = value_at(*path, key) if isinstance(value, str) else value_at(*path, key, index)
        if CODE.fullmatch(item):
            codes.append(Code(item, loc))
        else:
            problems.append(problem(loc, "config_not_code", key=key, value=item, suggestion=_upper(item)))
    return tuple(codes)


def _upper(item: str) -> str | None:
    """`g05` for `G05`: the one mistake a code is likely to have."""
    return item.strip().upper() if CODE.fullmatch(item.strip().upper()) else None


def _per_file_ignores(
    value: Any, key_at: LocOf, value_at: LocOf, problems: list[Problem]
) -> tuple[PerFileIgnore, ...]:
    """`per_file_ignores`: a mapping of patterns, each to {ignore: codes, reason: text}."""
    key = "per_file_ignores"
    if value is None:
        return ()
    if not isinstance(value, dict):
        problems.append(
            problem(
                value_at(key), "wrong_type", key=key, expected="@config_type_per_file", found=_kind(value)
            )
        )
        return ()
    out = []
    for pattern, entry in value.items():
        at = key_at(key, pattern)
        if not isinstance(entry, dict):
            problems.append(
                problem(value_at(key, pattern), "config_per_file_entry", pattern=pattern, found=_kind(entry))
            )
            continue
        for name in entry:
            if name not in PER_FILE_KEYS:
                problems.append(
                    problem(
                        key_at(key, pattern, name),
                        "config_unknown_key",
                        key=name,
                        allowed=", ".join(PER_FILE_KEYS),
                        suggestion=suggest(name, PER_FILE_KEYS),
                    )
                )
        codes = _codes("ignore", entry.get("ignore"), value_at, problems, key, pattern)
        if "ignore" not in entry:
            problems.append(problem(at, "config_per_file_needs", pattern=pattern, key="ignore"))
        reason = entry.get("reason")
        if not isinstance(reason, str) or gives_no_reason(reason):
            # A project-wide waiver, as a waiver in a file: the reason says why, for the next reader.
            at_reason = value_at(key, pattern, "reason") if "reason" in entry else at
            problems.append(problem(at_reason, "config_per_file_reason", pattern=pattern))
            continue
        if not pattern.strip():
            problems.append(problem(at, "config_per_file_pattern"))
            continue
        out.append(PerFileIgnore(pattern, codes, reason.strip(), at))
    return tuple(out)


def _excludes(value: Any, loc: Loc, problems: list[Problem]) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
        problems.append(
            problem(
                loc,
                "wrong_type",
                key="exclude",
                expected="@config_type_text_list",
                found=_kind(value),
            )
        )
        return ()
    return tuple(items)
