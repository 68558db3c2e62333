"""Read a YAML file into plain data plus the line and column of every key and value.

PyYAML composes the node tree (libyaml's C parser when available); we then turn nodes into
plain dicts, lists and scalars ourselves, because that is where duplicate keys, Python tags,
runaway aliases and deep nesting can be refused with a location instead of a traceback.
"""

from __future__ import annotations

import functools
import math
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import yaml

from wat_werkt.problems import WHOLE_FILE, Loc, Problem, problem

try:  # libyaml is much faster; the pure-Python loader gives the same nodes.
    from yaml import CSafeLoader as _Loader
    from yaml.cyaml import CParser as _CParser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    _CParser = None  # type: ignore[assignment,misc]

PathKey = tuple[str | int, ...]

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_NODES = 200_000

_YAML_TAG = "tag:yaml.org,2002:"
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
# What PyYAML's constructors raise for a value that is not of its type (`!!int ''`, `0b_`).
_CONSTRUCT_ERRORS = (ValueError, KeyError, IndexError, TypeError, OverflowError)


class Limits(NamedTuple):
    """Bounds that keep a hostile or broken file from exhausting a CI runner.

    `flags`: whether the user can raise them (--max-bytes, ... for intervention files), so the
    message says how; a configuration or factor file has fixed limits, and its message must
    not advise a flag that does not apply to it (docs/robustness.md)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_nodes: int = DEFAULT_MAX_NODES
    flags: bool = True


# The limits of the files that are no input of a check: configuration and factor files.
FIXED_LIMITS = Limits(flags=False)


def _limit_problem(loc: Loc, code: str, limits: Limits, **params: Any) -> Problem:
    """A limit exceeded: the message names the flag that raises it only where there is one."""
    return problem(loc, code if limits.flags else code + "_fixed", **params)


# A whole number that cannot be written back in decimal (Python's int-to-str limit, 4,300
# digits) cannot be shown as evidence or in a message. As a decimal number of that length was
# already, it is read as the text written, whatever base it is written in (`0x` and 20,000 `f`,
# a base-60 value of 2,500 parts): docs/contract.md section 7, "numbers YAML cannot read".
_MAX_DIGITS = sys.get_int_max_str_digits() or 4300
_TOO_BIG = 10**_MAX_DIGITS
# Past this many significant characters any YAML 1.1 integer (binary, octal, decimal, hex or
# base 60) is beyond _TOO_BIG; it is refused before it is computed, since a base-60 value of a
# million parts takes minutes to compute.
_LONG_NUMBER = 15_000
_SHORT_NUMBER = 18  # digits: far inside _TOO_BIG


def _whole_number(node: yaml.ScalarNode) -> int:
    """construct_yaml_int for a number the engine can use; ValueError for one it cannot."""
    text = node.value
    if len(text) <= _SHORT_NUMBER and text.isdigit() and text.isascii() and (text[0] != "0" or text == "0"):
        # Plain decimal digits, the usual (`sessions: 12`): what construct_yaml_int makes of
        # them, without its steps for signs, underscores, octal, hex and base 60.
        return int(text)
    if len(text) > _LONG_NUMBER:
        digits = text.replace("_", "").lstrip("+-")
        if digits[:2].lower() in ("0x", "0b", "0o"):
            digits = digits[2:]
        if len(digits.lstrip("0:")) > _LONG_NUMBER:
            raise ValueError("too many digits")
    value: int = _constructor.construct_yaml_int(node)
    if not -_TOO_BIG < value < _TOO_BIG:
        raise ValueError("more digits than can be written")
    return value


class Overflowed(float):
    """A number written in digits past the largest float (`1.0e+309`, 400 nines and `.5`): YAML
    reads it as infinity, which the author never wrote, so the message says it is too large
    instead of naming `.inf` (validate.py). `written` is the text as written."""

    written: str

    def __new__(cls, value: float, written: str) -> Overflowed:
        made = super().__new__(cls, value)
        made.written = written
        return made


def _float(node: yaml.ScalarNode) -> float:
    """construct_yaml_float, telling infinity written as such from a number that overflows."""
    value: float = _constructor.construct_yaml_float(node)
    if math.isinf(value) and node.value.lstrip("+-").lower() != ".inf":
        return Overflowed(value, node.value)
    return value


_START = Loc(1, 1)
# libyaml stops at this depth of nesting, whatever --max-depth says.
_PARSER_DEPTH = 1000


class Document:
    """Plain data with locations: `loc(path)` is where the value at `path` starts, `key_loc(path)`
    where its key is written.

    A location is stored as the parser gives it: a Loc from the careful builder, or libyaml's
    own mark (counted from 0) from the fast path, made into a Loc only when asked for. A file
    has a hundred locations, a report reads some thirty: not making the rest saves 5% of
    checking a file (docs/performance.md). Only this module writes them.
    """

    __slots__ = ("_key_locs", "_locs", "data", "source")

    def __init__(self, data: Any) -> None:
        self.data = data
        self._locs: dict[PathKey, Any] = {}  # a Loc or a mark
        self._key_locs: dict[PathKey, Any] = {}
        self.source: str | None = None  # the text parsed, for text_loc

    def text_loc(self, path: PathKey, text: str, start: int, size: int) -> Loc:
        """Where `size` characters of the text at `path`, from `start`, are written: the line
        of a sentence in a description of many lines (`description: >-` is on the line above
        it). Found in the source as the same occurrence of the same words; where the value
        starts when that cannot be told for sure (the words broken over two lines, written
        with escapes, or as often elsewhere in the value's lines as in the value)."""
        base = self.loc(path)
        source, lowered = self.source, text.lower()
        needle = lowered[start : start + size]
        if source is None or not needle or len(lowered) != len(text) or not _plain_lines(source):
            return base
        begin, end = _value_span(source, base)
        line_start = source.rfind("\n", 0, begin) + 1
        if "[" in source[line_start:begin] or "{" in source[line_start:begin]:
            return base  # in a flow collection: the line holds other values too
        region = source[begin:end].lower()
        if len(region) != end - begin or region.count(needle) != lowered.count(needle):
            return base
        at = -size
        for _ in range(lowered.count(needle, 0, start) + 1):
            at = region.find(needle, at + size)
        # The words on either side must be the value's own: not a comment's, not another
        # field's that repeats the term where the value's own is broken over two lines.
        if _word_before(region, at) != _word_before(lowered, start) and _word_before(lowered, start):
            return base
        if _word_after(region, at + size) != _word_after(lowered, start + size) and _word_after(
            lowered, start + size
        ):
            return base
        index = begin + at
        return Loc(source.count("\n", 0, index) + 1, index - (source.rfind("\n", 0, index) + 1) + 1)

    def loc(self, path: PathKey) -> Loc:
        """Where the value at `path` is; for a missing value, the nearest enclosing key that
        exists, else where the root mapping starts: its first key, after any opening comments
        (line 1 when there is no root)."""
        locs, key_locs = self._locs, self._key_locs
        loc = locs.get(path)
        if loc is not None:
            return loc if type(loc) is Loc else _settle(locs, path, loc)
        for end in range(len(path) - 1, 0, -1):
            prefix = path[:end]
            loc = key_locs.get(prefix)
            if loc is not None:
                return loc if type(loc) is Loc else _settle(key_locs, prefix, loc)
            if isinstance(prefix[-1], int) and prefix in locs:
                return self.loc(prefix)  # a list item has no key of its own
        if path and () in locs:
            return self.loc(())
        return _START

    def key_loc(self, path: PathKey) -> Loc:
        loc = self._key_locs.get(path)
        if loc is None:
            return self.loc(path)
        return loc if type(loc) is Loc else _settle(self._key_locs, path, loc)

    def value_loc(self, path: PathKey) -> Loc | None:
        """Where the value at exactly `path` is, or None when there is none."""
        return self.loc(path) if path in self._locs else None

    def locations(self) -> tuple[dict[PathKey, Loc], dict[PathKey, Loc]]:
        """Every value's location and every key's, by path."""
        return (
            {path: self.loc(path) for path in self._locs},
            {path: self.key_loc(path) for path in self._key_locs},
        )


def _plain_lines(source: str) -> bool:
    """Whether lines end in \\n alone (or \\r\\n): a lone \\r, NEL or U+2028 ends a line for
    YAML too, and the lines text_loc counts would not be libyaml's."""
    if any(mark in source for mark in ("\x85", "\u2028", "\u2029")):
        return False
    return "\r" not in source or source.count("\r") == source.count("\r\n")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 80) : at].split()
    return words[-1] if words else ""


def _word_after(text: str, at: int) -> str:
    words = text[at : at + 80].split()
    return words[0] if words else ""


def _value_span(source: str, loc: Loc) -> tuple[int, int]:
    """Where a value that starts at `loc` may be written: from there to the first line after it
    that is not indented deeper than the line it starts on (a block's or a plain text's
    continuation lines are; the next key is not)."""
    line_start = 0
    for _ in range(loc.line - 1):
        line_start = source.find("\n", line_start) + 1
    begin = line_start + loc.column - 1
    newline = source.find("\n", line_start)
    line = source[line_start : newline if newline != -1 else len(source)]
    indent = len(line) - len(line.lstrip(" "))
    end = source.find("\n", begin)
    while end != -1:
        nxt = source.find("\n", end + 1)
        following = source[end + 1 : nxt if nxt != -1 else len(source)]
        if following.strip() and len(following) - len(following.lstrip(" ")) <= indent:
            break
        end = nxt
    return begin, len(source) if end == -1 else end


def _settle(locs: dict[PathKey, Any], path: PathKey, mark: Any) -> Loc:
    """A mark as a Loc, kept in its place: a location asked for once is often asked again."""
    # tuple.__new__ makes the same NamedTuple without Loc's Python-level __new__: half the time.
    loc = locs[path] = tuple.__new__(Loc, (mark.line + 1, mark.column + 1))
    return loc


def _mark(mark: Any) -> Loc:
    return Loc(mark.line + 1, mark.column + 1)


_resolver = yaml.resolver.Resolver()


class _Abort(Exception):
    def __init__(self, found: Problem):
        super().__init__(found.code)
        self.problem = found


class _Frame:
    """An open mapping or sequence while its events stream in."""

    __slots__ = ("anchor", "chars", "height", "key", "path", "size", "value")

    def __init__(self, value: Any, path: PathKey | None, anchor: str | None):
        self.value = value
        self.path = path  # None inside a complex key: nothing there is kept
        self.key: Any = _NO_KEY
        self.anchor = anchor
        self.size = 1
        self.height = 1
        self.chars = 0  # of its scalars, keys included


_NO_KEY = object()  # the next value of a mapping is a key
_DROP = object()  # the value after a refused key is read and dropped


class _Builder:
    """Builds plain data from parser events with an explicit stack.

    Not recursing means no depth of nesting can overflow a stack (libyaml's own composer
    recurses and crashes on very deep input), and counting the size of anchored values
    means aliases can never expand into more than `max_nodes` values for anything
    downstream (validation, evidence, keyword search) to walk. Counting the characters of
    their scalars means they can never expand into more text than `max_bytes`, the most a
    file without aliases holds: a few values of 20 KB each, repeated a thousand times, cost
    the keyword search and every report as much as 20 MB of text would.
    """

    def __init__(self, limits: Limits):
        self.limits = limits
        self.doc = Document(None)
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int, int]] = {}  # value, size, height, chars
        self.total = 0
        self.chars = 0  # of every scalar, each alias counted at its full size
        self.aliased = False  # whether an alias was used
        self.root: Any = None
        self.documents = 0
        self._handlers: dict[type, Callable[[Any], None]] = {
            yaml.ScalarEvent: self._scalar,
            yaml.MappingStartEvent: self._open,
            yaml.SequenceStartEvent: self._open,
            yaml.MappingEndEvent: self._close,
            yaml.SequenceEndEvent: self._close,
            yaml.AliasEvent: self._alias,
            yaml.DocumentStartEvent: self._document,
        }

    def feed(self, event: yaml.Event) -> None:
        # One dictionary look-up per event instead of a chain of isinstance tests: this loop
        # runs for every value of every file.
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _close(self, event: yaml.Event) -> None:
        frame = self.stack.pop()
        self._done(frame.value, frame.size, frame.height, frame.anchor, None, chars=frame.chars)

    def _document(self, event: yaml.Event) -> None:
        self.documents += 1
        if self.documents > 1:
            raise _Abort(problem(_mark(event.start_mark), "multiple_documents"))

    def _child_path(self) -> PathKey | None:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.path is None:
            return None
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        if top.key is _NO_KEY or top.key is _DROP:
            return None  # a key, or a value that is dropped
        return (*top.path, top.key)

    def _count(self, size: int, loc: Loc) -> None:
        self.total += size
        if self.total > self.limits.max_nodes:
            raise _Abort(self._too_many(loc))

    def _too_many(self, loc: Loc) -> Problem:
        # "likely through aliases" only where there are some: 150,000 keys written out are not.
        code = "too_many_nodes" if self.aliased else "too_many_values"
        return _limit_problem(loc, code, self.limits, limit=self.limits.max_nodes)

    def _open(self, event: Any) -> None:
        loc = _mark(event.start_mark)
        self._count(1, loc)
        if len(self.stack) >= self.limits.max_depth:
            raise _Abort(_limit_problem(loc, "too_deep", self.limits, limit=self.limits.max_depth))
        is_map = isinstance(event, yaml.MappingStartEvent)
        if event.tag not in (None, "!", _MAP if is_map else _SEQ):
            self.problems.append(problem(loc, "unsupported_tag", tag=event.tag))
        path = self._child_path()
        if path is not None:
            self.doc._locs[path] = loc
        self.stack.append(_Frame({} if is_map else [], path, event.anchor))

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        mark: Any = event.start_mark  # always set on parser events
        loc = Loc(mark.line + 1, mark.column + 1)
        self.total += 1  # _count, inlined: this runs for every value of every file
        if self.total > self.limits.max_nodes:
            raise _Abort(self._too_many(loc))
        tag: str = event.tag or "!"
        implicit = tag == "!"
        if event.tag is None and event.style:
            tag = _STR  # quoted, literal or folded text is text, whatever it looks like
        elif implicit:
            tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
            if tag == _BOOL and event.value.lower() not in ("true", "false"):
                # YAML 1.2, as editors and the JSON Schema read it: yes/no/on/off are text, so
                # `standardised: yes` is an error here too instead of a silent true.
                tag = _STR
        try:
            value = self._construct(tag, event, loc)
        except _CONSTRUCT_ERRORS:
            # The value does not hold what its tag says: `0b_` or a 5,000-digit number look
            # like integers to YAML 1.1 but cannot be read as one, `!!int abc` is not one.
            if not implicit:
                short = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
                self.problems.append(problem(loc, "bad_tagged_value", tag=short, value=event.value[:40]))
            # Written without a tag, it is text (as YAML 1.2 reads most of these anyway).
            value, tag = event.value, _STR
        chars = len(event.value)
        self.chars += chars
        self._done(value, 1, 0, event.anchor, loc, tag, chars)

    def _construct(self, tag: str, event: yaml.ScalarEvent, loc: Loc) -> Any:
        if tag == _STR or tag in _AS_TEXT:
            return event.value
        if tag == _NULL:
            return None
        node = yaml.ScalarNode(tag, event.value)  # the constructors only read the value
        if tag == _BOOL:
            return _constructor.construct_yaml_bool(node)
        if tag == _INT:
            return _whole_number(node)
        if tag == _FLOAT:
            return _float(node)
        self.problems.append(problem(loc, "unsupported_tag", tag=tag))
        return event.value

    def _alias(self, event: yaml.AliasEvent) -> None:
        loc = _mark(event.start_mark)
        self.aliased = True
        if event.anchor not in self.anchors:
            if any(frame.anchor == event.anchor for frame in self.stack):
                # `x: &a [*a]`: the value would hold itself, for ever.
                raise _Abort(problem(loc, "yaml_recursive_alias", name=event.anchor))
            raise _Abort(problem(loc, "yaml_unknown_alias", name=event.anchor))
        value, size, height, chars = self.anchors[event.anchor]
        self._count(size, loc)
        self.chars += chars
        if self.chars > self.limits.max_bytes:
            raise _Abort(_limit_problem(loc, "too_much_text", self.limits, limit=self.limits.max_bytes))
        if len(self.stack) + height > self.limits.max_depth:
            raise _Abort(_limit_problem(loc, "too_deep", self.limits, limit=self.limits.max_depth))
        # The anchored value is shared, not copied: its size was counted above, so nothing
        # downstream can be made to walk more than max_nodes values.
        self._done(value, size, height, None, loc, _STR if isinstance(value, str) else None, chars)

    def _done(
        self,
        value: Any,
        size: int,
        height: int,
        anchor: str | None,
        loc: Loc | None,
        tag: str | None = None,
        chars: int = 0,
    ) -> None:
        if anchor is not None:
            self.anchors[anchor] = (value, size, height, chars)
        if not self.stack:
            self.root = value
            if loc is not None:
                self.doc._locs[()] = loc
            return
        top = self.stack[-1]
        top.size += size
        top.chars += chars
        top.height = max(top.height, height + 1)
        if isinstance(top.value, list):
            if top.path is not None and loc is not None:
                self.doc._locs[(*top.path, len(top.value))] = loc
            top.value.append(value)
        elif top.key is _NO_KEY:
            self._key(top, value, loc, tag)
        else:
            key, top.key = top.key, _NO_KEY
            if key is not _DROP:
                if top.path is not None and loc is not None:
                    self.doc._locs[(*top.path, key)] = loc
                top.value[key] = value

    def _key(self, top: _Frame, value: Any, loc: Loc | None, tag: str | None) -> None:
        if loc is None or tag not in (_STR, _INT) or isinstance(value, (dict, list)):
            where = loc or Loc(1, 1)
            self.problems.append(problem(where, "key_not_text"))
            top.key = _DROP
            return
        key = str(value)
        if key in top.value:
            if top.path is not None:
                first = self.doc._key_locs[(*top.path, key)].line
                self.problems.append(problem(loc, "duplicate_key", key=key, first=first))
            top.key = _DROP
            return
        if top.path is not None:
            self.doc._key_locs[(*top.path, key)] = loc
        top.key = key


def decode(raw: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a byte-order mark is dropped), or the problem that stops us reading it."""
    if b"\x00" in raw:
        from wat_werkt.document.yamlerrors import not_text  # UTF-16 text, or binary data

        return None, not_text(raw)
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        from wat_werkt.document.yamlerrors import not_utf8  # Latin-1, UTF-16, or just not UTF-8

        return None, not_utf8(raw, exc.start)


def parse_text(text: str, limits: Limits = Limits()) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text; returns the document (None when unusable) and every problem found."""
    doc = _from_nodes(text, limits)
    if doc is not None:
        doc.source = text
        return doc, []
    doc, problems = _from_events(text, limits)
    if doc is not None:
        doc.source = text
    return doc, problems


# -- the fast way: libyaml composes, we only copy ------------------------------------------------
#
# For the usual file (valid YAML, one document, no anchors, known tags, no duplicate keys,
# within the limits) libyaml's own composer builds the node tree in C, and a short walk copies it
# into plain data and locations, faster than feeding every event through _Builder
# (docs/performance.md). Anything
# else makes the walk give up (_Unusual), and the file is read again the careful way below, so
# every problem is found and worded by one piece of code and a fast result always equals the
# careful one (tests/test_yamlload_fast.py proves it over examples, corpora and generated YAML).
#
# What keeps this safe on hostile input: the walk is used only where libyaml caps nesting itself
# (the libyaml bundled with PyYAML's wheels stops at 1,000 levels, since 2024; checked once, by
# _composer_is_bounded), so its recursive composer cannot overflow the stack; a text that may
# hold an anchor and an alias goes the careful way, so no shared node is copied over and over
# (an "alias bomb"); a text longer than the node limit does too, since libyaml builds the whole
# tree before anything can be counted; and so does a depth limit raised beyond _MAX_COPY_DEPTH,
# since the copy recurses.


class _Unusual(Exception):
    """Something the careful builder must see: it will find and word the problem, if any."""


_SCALAR_KINDS = {_STR: 0, _NULL: 1, _BOOL: 2, _INT: 3, _FLOAT: 4}
_MAX_COPY_DEPTH = 200  # well inside Python's recursion limit, whoever calls us


@functools.cache
def _composer_is_bounded() -> bool:
    if _CParser is None:  # pragma: no cover - the pure-Python composer recurses too
        return False
    try:
        yaml.compose("[" * 1001 + "]" * 1001, Loader=_Loader)
    except yaml.YAMLError:
        return True  # "exceeded maximum nesting depth": libyaml stops before any deep recursion
    return False  # pragma: no cover - an old libyaml without the cap


class _QuickResolver(yaml.resolver.Resolver):
    """PyYAML's resolver without what we never use, for libyaml's composer, which asks it about
    every node (a third of the time of composing a file).

    The same tags as Resolver.resolve: we add no path resolvers, so only a plain scalar's
    implicit resolvers (chosen by its first character) can give anything but the default tags.
    """

    _by_first: ClassVar[dict[str, list[tuple[str, Any]]]] = {
        first: [*resolvers, *yaml.resolver.Resolver.yaml_implicit_resolvers.get(None, [])]
        for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
        if first is not None
    }

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass  # only path resolvers need the way down

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is _ScalarNode:
            if not implicit[0]:
                return _STR
            # Keys and short values recur in every file (`name`, `format`, `group`): each is
            # matched against the patterns once per run.
            tag = _plain_tags.get(value)
            if tag is None:
                tag = self._plain_tag(value)
                if len(value) <= _MEMO_LENGTH and len(_plain_tags) < _MEMO_SIZE:
                    _plain_tags[value] = tag
            return tag
        return _MAP if kind is _MappingNode else _SEQ

    @classmethod
    def _plain_tag(cls, value: str) -> str:
        for tag, pattern in cls._by_first.get(value[:1], ()):
            if pattern.match(value):
                # YAML 1.2, as _Builder._scalar: only true and false are booleans.
                if tag == _BOOL and value.lower() not in ("true", "false"):
                    return _STR
                return tag
        return _STR


_ScalarNode, _MappingNode = yaml.ScalarNode, yaml.MappingNode
# The tag of each short plain scalar seen in this run. A tag depends on the text alone (no path
# resolvers), so the memo holds for every file; its size is capped against a hostile batch.
_plain_tags: dict[str, str] = {}
_MEMO_LENGTH, _MEMO_SIZE = 40, 4096


if _CParser is not None:

    class _NodeLoader(_CParser, _QuickResolver):
        def __init__(self, text: str) -> None:
            _CParser.__init__(self, text)
            _QuickResolver.__init__(self)

    def _compose(text: str) -> yaml.Node | None:
        loader = _NodeLoader(text)
        try:
            return loader.get_single_node()
        finally:
            loader.dispose()

else:  # pragma: no cover - without libyaml the fast way is never taken (_composer_is_bounded)

    def _compose(text: str) -> yaml.Node | None:
        return yaml.compose(text, Loader=_Loader)


def _from_nodes(text: str, limits: Limits) -> Document | None:
    """The document of a usual file, or None: then _from_events must read it."""
    if ("&" in text and "*" in text) or not _composer_is_bounded():
        return None
    if len(text) > limits.max_nodes or limits.max_depth > _MAX_COPY_DEPTH:
        # libyaml would build the whole tree before the node limit could be counted (a node
        # takes a character at least, so a text this short cannot exceed it), and the copy
        # recurses once per level of nesting allowed.
        return None
    try:
        root = _compose(text)
    except yaml.YAMLError:
        return None
    if root is None:
        return None
    doc = Document(None)
    copier = _Copier(doc, limits)
    try:
        doc.data = copier.copy(root, (), 0)
    except _Unusual:
        return None
    # Without aliases the tree holds no more nodes than libyaml read, so counting them after
    # the copy is as safe as counting on the way.
    return doc if copier.total <= limits.max_nodes else None


class _Copier:
    """Copies a composed node tree into plain data, filling the document's locations."""

    __slots__ = ("key_locs", "locs", "max_depth", "total")

    def __init__(self, doc: Document, limits: Limits):
        self.locs = doc._locs
        self.key_locs = doc._key_locs
        self.max_depth = limits.max_depth
        self.total = 0  # nodes, counted as _Builder counts them; compared with the limit at the end

    def copy(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        self.locs[path] = node.start_mark  # a Loc when asked for (Document)
        self.total += 1
        if type(node) is yaml.ScalarNode:
            return _scalar_value(node)
        if depth >= self.max_depth:
            raise _Unusual
        depth += 1
        if type(node) is yaml.MappingNode:
            if node.tag != _MAP:
                raise _Unusual
            out: dict[str, Any] = {}
            locs, key_locs = self.locs, self.key_locs
            for key_node, value_node in node.value:
                # A text key and a text value, by far the most common, without a call each:
                # what _key_text and copy would do with them.
                if type(key_node) is _ScalarNode and key_node.tag == _STR:
                    key = key_node.value
                else:
                    key = _key_text(key_node)
                if key in out:
                    raise _Unusual  # a duplicate key: the careful way names both lines
                key_path = (*path, key)
                key_locs[key_path] = key_node.start_mark
                if type(value_node) is _ScalarNode and value_node.tag == _STR:
                    locs[key_path] = value_node.start_mark
                    self.total += 1
                    out[key] = value_node.value
                else:
                    out[key] = self.copy(value_node, key_path, depth)
            self.total += len(out)  # the keys are nodes too
            return out
        if node.tag != _SEQ:
            raise _Unusual
        return [self.copy(item, (*path, i), depth) for i, item in enumerate(node.value)]


def _scalar_value(node: yaml.ScalarNode) -> Any:
    """A scalar as _Builder._construct makes it; _Unusual for anything it would complain about
    or read otherwise."""
    tag, value = node.tag, node.value
    kind = _SCALAR_KINDS.get(tag)
    if kind == 0 or tag in _AS_TEXT:
        return value
    if kind == 1:
        return None
    if kind == 2:
        # _QuickResolver leaves only true and false as implicit booleans; any other value here
        # was tagged !!bool by hand, which the careful way reads (or refuses) itself.
        lowered = value.lower()
        if lowered not in ("true", "false"):
            raise _Unusual
        return lowered == "true"
    try:
        if kind == 3:
            return _whole_number(node)
        if kind == 4:
            return _float(node)
    except _CONSTRUCT_ERRORS:
        raise _Unusual from None  # not a number after all: the careful way decides what it is
    raise _Unusual  # an explicit or unknown tag


def _key_text(node: yaml.Node) -> str:
    # _Builder._key accepts text keys (yes/no included: _QuickResolver already made them text)
    # and integer keys, which become their text; everything else is a problem it words.
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _STR:
            return str(node.value)
        if node.tag == _INT:
            value = _scalar_value(node)
            if type(value) is int:
                return str(value)
    raise _Unusual


# -- the careful way: every event, every problem ------------------------------------------------


def _from_events(text: str, limits: Limits) -> tuple[Document | None, list[Problem]]:
    if not text.strip():
        # Only white space, a tab among it: an empty file to the author, not a tab to fix.
        return None, [problem(WHOLE_FILE, "root_not_mapping", found="@found_empty")]
    builder = _Builder(limits)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except _Abort as abort:
        return None, [*builder.problems, abort.problem]
    except yaml.YAMLError as exc:
        return None, [_syntax_problem(exc, text, limits)]
    if builder.total == 0:
        # Only comments or white space: say which, since "empty" is not what the author sees.
        found = "@found_comments" if "#" in text else "@found_empty"
        return None, [problem(WHOLE_FILE, "root_not_mapping", found=found)]
    builder.doc.data = builder.root
    return builder.doc, builder.problems


def _syntax_problem(exc: yaml.YAMLError, text: str, limits: Limits) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    loc = Loc(mark.line + 1, mark.column + 1) if mark is not None else Loc(1, 1)
    lines = text.splitlines()
    line_text = lines[loc.line - 1] if 0 < loc.line <= len(lines) else ""
    if line_text[: len(line_text) - len(line_text.lstrip())].count("\t"):
        # libyaml only says "found character that cannot start any token" here.
        return problem(Loc(loc.line, 1), "tab_indent")
    context, found = getattr(exc, "context", None), getattr(exc, "problem", None)
    if found and "maximum nesting depth" in found:  # libyaml's own cap, below ours or not
        if limits.max_depth >= _PARSER_DEPTH:  # no flag can raise libyaml's cap: say so
            return problem(loc, "too_deep_parser", limit=_PARSER_DEPTH)
        return _limit_problem(loc, "too_deep", limits, limit=limits.max_depth)
    from wat_werkt.document.yamlerrors import syntax_problem  # only a broken file needs the words

    known = syntax_problem(exc, text)
    if known is not None:
        return known
    start = getattr(exc, "context_mark", None)
    if context and start is not None and mark is not None and start.line != mark.line:
        context = f"{context} (from line {start.line + 1}, column {start.column + 1})"
    detail = ", ".join(p for p in (context, found) if p) or str(exc).splitlines()[0]
    if not isinstance(exc, yaml.MarkedYAMLError):
        detail = str(exc).splitlines()[0]  # a ReaderError names the bad character
    return problem(loc, "yaml_syntax", detail=detail)


def read_file(path: str | Path, limits: Limits = Limits()) -> tuple[str | None, list[Problem]]:
    """The text of a file, or the problems that stop us reading it."""
    try:
        raw = _read_bytes(path, limits.max_bytes)
    except FileNotFoundError:
        return None, [problem(WHOLE_FILE, "file_not_found")]
    except OSError as exc:
        return None, [problem(WHOLE_FILE, "not_readable", reason=exc.strerror or str(exc))]
    except ValueError:  # a NUL in the name: no file can have it
        return None, [problem(WHOLE_FILE, "file_not_found")]
    if isinstance(raw, _TooLarge):
        return None, [_too_large(raw.size, limits)]
    if isinstance(raw, _NotRegular):
        return None, [problem(WHOLE_FILE, "not_regular", kind="@" + raw.kind)]
    return decode_limited(raw, limits)


class _NotRegular(NamedTuple):
    kind: str  # the message id of what it is instead


def _not_regular(mode: int) -> _NotRegular | None:
    """What a file is when it is not a regular file (docs/robustness.md: only regular files are
    read: a FIFO would block the run for ever, a device can be endless or act when opened)."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in (
        (stat.S_ISFIFO, "kind_fifo"),
        (stat.S_ISSOCK, "kind_socket"),
        (stat.S_ISCHR, "kind_char"),
        (stat.S_ISBLK, "kind_block"),
        (stat.S_ISDIR, "kind_folder"),
    ):
        if test(mode):
            return _NotRegular(kind)
    return _NotRegular("kind_other")


class _TooLarge(NamedTuple):
    size: int | None  # None: more than the limit came, how much more is not known (a pipe)


def _too_large(size: int | None, limits: Limits) -> Problem:
    if size is None:
        return problem(WHOLE_FILE, "too_large_stream", limit=limits.max_bytes)
    return _limit_problem(WHOLE_FILE, "too_large", limits, size=size, limit=limits.max_bytes)


_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
)


def _read_bytes(path: str | Path, limit: int) -> bytes | _TooLarge | _NotRegular:
    """The bytes of a regular file, or _TooLarge when there are more than `limit`, or what it
    is when it is no regular file.

    A look at what the name is (a link is followed), then one open and plain reads of the
    descriptor: less than Path.stat plus Path.read_bytes, which matters a thousand times over
    in a batch. Only a regular file is opened, and without blocking (O_NONBLOCK): a name swapped
    for a FIFO after the look cannot hang the run, and fstat tells what was opened. The size
    is that of the file opened, and reading stops past `limit` even if the file grows
    meanwhile."""
    other = _not_regular(os.stat(path).st_mode)
    if other is not None:
        return other
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        other = _not_regular(info.st_mode)
        if other is not None:
            return other
        size = info.st_size
        if size > limit:
            return _TooLarge(size)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, max(size, 65536) if not chunks else 65536):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                return _TooLarge(None)
        return b"".join(chunks)
    finally:
        os.close(fd)


def decode_limited(raw: bytes, limits: Limits = Limits()) -> tuple[str | None, list[Problem]]:
    """The text of bytes read elsewhere; more than the limit is one byte over it at most (the
    caller read no further), so the size is not known."""
    if len(raw) > limits.max_bytes:
        return None, [_too_large(None, limits)]
    text, bad = decode(raw)
    return text, [bad] if bad else []
