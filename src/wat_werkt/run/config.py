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
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from wat_werkt.document.validate import suggest
from wat_werkt.document.yamlload import FIXED_LIMITS, parse_text, read_file
from wat_werkt.engine.evaluate import FAIL_ON
from wat_werkt.messages import LANGS
from wat_werkt.problems import Loc, Problem, found_kind, problem

YAML_NAME = ".watwerkt.yaml"
TOML_NAME = "pyproject.toml"
NAMES = (YAML_NAME, TOML_NAME)  # the order of preference within one folder
LIMITS = ("max_bytes", "max_depth", "max_nodes")
OPTIONS = ("fail_on", "lang", "format", "exclude", "factors", "set", *LIMITS)


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
    """The nearest configuration file in `start` or one of its parents."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in NAMES:
            candidate = folder / name
            if _is_file(candidate) and (name != TOML_NAME or _has_tool_table(candidate)):
                return candidate
    return None


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
    # A pyproject.toml we cannot read or parse is reported only if it may hold [tool.watwerkt]:
    # someone else's broken file must not break this tool. One that does (a table, or a value
    # that should have been one: `[tool] watwerkt = 5`) is reported, also when it is not UTF-8.
    raw = _raw(path)
    if raw is None:
        return False
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


def _raw(path: Path) -> bytes | int | None:
    """The bytes of a regular file, its size when it is larger than MAX_CONFIG_BYTES, or None
    when it cannot be read. Opened without blocking, as yamlload.read_file opens files."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        if info.st_size > MAX_CONFIG_BYTES:
            return info.st_size
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(MAX_CONFIG_BYTES + 1)
    except OSError:
        return None
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


Locs = dict[str, Loc]


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
    all_value_locs, all_key_locs = doc.locations()
    key_locs = {str(k[0]): loc for k, loc in all_key_locs.items() if len(k) == 1}
    value_locs = {str(k[0]): loc for k, loc in all_value_locs.items() if len(k) == 1}
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
    """Where the keys of [tool.watwerkt] are written. tomllib gives no positions, so we look
    for `key =` lines inside the table; a key written another way points at the table."""
    key_locs: Locs = {}
    value_locs: Locs = {}
    inside = False
    header = Loc(1, 1)
    for number, line in enumerate(text.splitlines(), start=1):
        head = _HEADER.match(line)
        if head:
            name = head.group(1).replace('"', "").replace("'", "").replace(" ", "")
            inside = name == "tool.watwerkt"
            if inside:
                header = Loc(number, line.index("[") + 1)
            elif name.startswith("tool.watwerkt."):
                # [tool.watwerkt.x]: a sub-table is an option "x" that is not a value.
                key = name.removeprefix("tool.watwerkt.").split(".")[0]
                key_locs.setdefault(key, Loc(number, line.index("[") + 1))
                value_locs.setdefault(key, Loc(number, line.index("[") + 1))
            continue
        found = _KEY.match(line) if inside else None
        if found:
            key = next(g for g in found.groups()[1:] if g is not None)
            key_locs.setdefault(key, Loc(number, len(found.group(1)) + 1))
            value_locs.setdefault(key, Loc(number, found.end() + 1))
    for mapping in (key_locs, value_locs):
        mapping.setdefault("", header)
    return key_locs, value_locs


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

    def key_at(key: str) -> Loc:
        return key_locs.get(key) or key_locs.get("", Loc(1, 1))

    def value_at(key: str) -> Loc:
        return value_locs.get(key) or key_at(key)

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
    limits = []
    for key in LIMITS:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            problems.append(problem(value_at(key), "config_positive", key=key))
        else:
            limits.append((key, value))
    if problems:
        raise ConfigError(path, problems)
    return Config(path, fail_on, lang, output_format, exclude, factors, set_name, tuple(limits))


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
