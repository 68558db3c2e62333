"""Read a YAML file into plain data plus the line and column of every key and value.

PyYAML composes the node tree (libyaml's C parser when available); we then turn nodes into
plain dicts, lists and scalars ourselves, because that is where duplicate keys, Python tags,
runaway aliases and deep nesting can be refused with a location instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wat_werkt.problems import Loc, Problem, problem

try:  # libyaml is much faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

PathKey = tuple[str | int, ...]

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_NODES = 200_000

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
# Dates and binary are read as the text the author wrote: a date in a text field is text.
_AS_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

_constructor = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile or broken file from exhausting a CI runner."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_nodes: int = DEFAULT_MAX_NODES


@dataclass
class Document:
    """Plain data with locations: `locs[path]` is where the value at `path` starts,
    `key_locs[path]` where its key is written."""

    data: Any
    locs: dict[PathKey, Loc] = field(default_factory=dict)
    key_locs: dict[PathKey, Loc] = field(default_factory=dict)

    def loc(self, path: PathKey) -> Loc:
        """Where the value at `path` is; for a missing value, the nearest enclosing key that
        exists (the root: line 1)."""
        if path in self.locs:
            return self.locs[path]
        for end in range(len(path) - 1, 0, -1):
            prefix = path[:end]
            if prefix in self.key_locs:
                return self.key_locs[prefix]
            if isinstance(prefix[-1], int) and prefix in self.locs:
                return self.locs[prefix]  # a list item has no key of its own
        return Loc(1, 1)

    def key_loc(self, path: PathKey) -> Loc:
        return self.key_locs.get(path) or self.loc(path)


def _mark(node: yaml.Node) -> Loc:
    return Loc(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a composed node tree into plain data, refusing what we do not accept."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.nodes = 0
        self.doc = Document(None)
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise _Abort(problem(_mark(node), "too_many_nodes", limit=self.limits.max_nodes))
        if depth > self.limits.max_depth:
            raise _Abort(problem(_mark(node), "too_deep", limit=self.limits.max_depth))
        self.doc.locs[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                self._bad_tag(node)
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self._bad_tag(node)
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            self.nodes += 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _INT):
                self.problems.append(problem(_mark(key_node), "key_not_text"))
                continue
            key = str(key_node.value)
            child = (*path, key)
            if key in out:
                first = self.doc.key_locs[child].line
                self.problems.append(problem(_mark(key_node), "duplicate_key", key=key, first=first))
                continue
            self.doc.key_locs[child] = _mark(key_node)
            out[key] = self.build(value_node, child, depth + 1)
        return out

    def _scalar(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _STR or tag in _AS_TEXT:
            return node.value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return _constructor.construct_yaml_bool(node)
        if tag == _INT:
            return _constructor.construct_yaml_int(node)
        if tag == _FLOAT:
            return _constructor.construct_yaml_float(node)
        self._bad_tag(node)
        return node.value

    def _bad_tag(self, node: yaml.Node) -> None:
        self.problems.append(problem(_mark(node), "unsupported_tag", tag=node.tag))


class _Abort(Exception):
    def __init__(self, found: Problem):
        super().__init__(found.code)
        self.problem = found


def decode(raw: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a byte-order mark is dropped), or the problem that stops us reading it."""
    if b"\x00" in raw:
        return None, problem(Loc(1, 1), "binary_file")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, problem(Loc(line, column), "not_utf8", offset=exc.start)


def parse_text(text: str, limits: Limits = Limits()) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text; returns the document (None when unusable) and every problem found."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.composer.ComposerError as exc:
        if "single document" in str(exc.problem or ""):
            mark = exc.problem_mark
            loc = Loc(mark.line + 1, mark.column + 1) if mark else Loc(1, 1)
            return None, [problem(loc, "multiple_documents")]
        return None, [_syntax_problem(exc)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc)]
    except yaml.YAMLError as exc:  # e.g. a reader error on a control character
        return None, [_syntax_problem(exc)]
    except RecursionError:
        return None, [problem(Loc(1, 1), "too_deep", limit=limits.max_depth)]
    if root is None:
        return None, [problem(Loc(1, 1), "root_not_mapping", found="@found_empty")]
    builder = _Builder(limits)
    try:
        builder.doc.data = builder.build(root, (), 0)
    except _Abort as abort:
        return None, [*builder.problems, abort.problem]
    return builder.doc, builder.problems


def _syntax_problem(exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    loc = Loc(mark.line + 1, mark.column + 1) if mark is not None else Loc(1, 1)
    parts = [getattr(exc, "context", None), getattr(exc, "problem", None)]
    detail = ", ".join(p for p in parts if p) or str(exc).splitlines()[0]
    if getattr(exc, "position", None) is not None and not isinstance(exc, yaml.MarkedYAMLError):
        detail = str(exc).splitlines()[0]  # ReaderError: names the bad character
    return problem(loc, "yaml_syntax", detail=detail)


def read_file(path: Path, limits: Limits = Limits()) -> tuple[str | None, list[Problem]]:
    """The text of a file, or the problems that stop us reading it."""
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            return None, [problem(Loc(1, 1), "too_large", size=size, limit=limits.max_bytes)]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [problem(Loc(1, 1), "file_not_found")]
    except OSError as exc:
        return None, [problem(Loc(1, 1), "not_readable", reason=exc.strerror or str(exc))]
    return decode_limited(raw, limits)


def decode_limited(raw: bytes, limits: Limits = Limits()) -> tuple[str | None, list[Problem]]:
    if len(raw) > limits.max_bytes:
        return None, [problem(Loc(1, 1), "too_large", size=len(raw), limit=limits.max_bytes)]
    text, bad = decode(raw)
    return text, [bad] if bad else []
