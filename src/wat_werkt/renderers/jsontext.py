"""Indented JSON text, byte for byte what `json.dumps(obj, ensure_ascii=False, indent=2)` gives,
in about a third of the time.

The standard library uses its C encoder only without `indent`; with it, every value goes through
a chain of Python generators, which made writing the JSON report the largest single cost of
checking a thousand files (docs/performance.md). Here Python walks only the containers that hold
other containers; a container of scalars (most of a report: criteria, summaries, errors) is
written by the C encoder in one call, with ",\n" plus the indentation of its members as the item
separator: exactly what indenting puts between them. Anything outside plain dicts, lists and
scalars with text keys goes to `json.dumps` itself.
"""

from __future__ import annotations

import functools
import json
import json.encoder
from collections.abc import Callable
from typing import Any

_INDENT = 2
_LEAF_TYPES = frozenset({str, int, float, bool, type(None)})
_TEXT = frozenset({str})
_escape = json.encoder.encode_basestring  # the C escaper when _json is available


class _Unsupported(Exception):
    """Not plain JSON data: the standard library does the whole document."""


def dumps(obj: Any) -> str:
    """`json.dumps(obj, ensure_ascii=False, indent=2)`, faster."""
    parts: list[str] = []
    try:
        _value(obj, parts, 0)
    except _Unsupported:
        return json.dumps(obj, ensure_ascii=False, indent=_INDENT)
    return "".join(parts)


def _public_encoder(item_separator: str) -> Callable[[Any], str]:
    return json.JSONEncoder(ensure_ascii=False, separators=(item_separator, ": ")).encode


@functools.lru_cache(maxsize=64)
def _level(level: int) -> tuple[Callable[[Any], str], str, str]:
    """For a container at `level`: the encoder of its scalar-only form, the text before its
    first member and the text before its closing bracket."""
    inner = "\n" + " " * (_INDENT * (level + 1))
    encode = _public_encoder("," + inner)
    return encode, inner, "\n" + " " * (_INDENT * level)


def _float(value: float) -> str:
    return json.dumps(value)  # the standard spelling, NaN and Infinity included


def _scalar(value: Any) -> str | None:
    """The JSON text of a scalar, or None for a container."""
    kind = type(value)
    if kind is str:
        return _escape(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is float:
        return _float(value)
    if kind is dict or kind is list or kind is tuple:
        return None
    raise _Unsupported(kind.__name__)  # subclasses (enums, ...) are the standard library's


def _value(value: Any, parts: list[str], level: int) -> None:
    text = _scalar(value)
    if text is not None:
        parts.append(text)
        return
    is_dict = type(value) is dict
    if not value:
        parts.append("{}" if is_dict else "[]")
        return
    encode, inner, closing = _level(level)
    members = value.values() if is_dict else value
    if _LEAF_TYPES.issuperset(map(type, members)):
        # Scalars only: one C call; the brackets then go on lines of their own.
        if is_dict and not _TEXT.issuperset(map(type, value)):
            raise _Unsupported("key")  # json.dumps turns numbers into text; let it
        text = encode(value)
        parts.append(f"{text[0]}{inner}{text[1:-1]}{closing}{text[-1]}")
        return
    before = ("{" if is_dict else "[") + inner
    if is_dict:
        for key, member in value.items():
            if type(key) is not str:
                raise _Unsupported("key")
            # Text is most members of a report: no function call for it.
            text = _escape(member) if type(member) is str else _scalar(member)
            parts.append(
                f"{before}{_escape(key)}: {text}" if text is not None else f"{before}{_escape(key)}: "
            )
            if text is None:
                _value(member, parts, level + 1)
            before = "," + inner
    else:
        for member in value:
            text = _scalar(member)
            parts.append(before + text if text is not None else before)
            if text is None:
                _value(member, parts, level + 1)
            before = "," + inner
    parts.append(closing + ("}" if is_dict else "]"))
