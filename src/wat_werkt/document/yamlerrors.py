"""YAML syntax errors in the author's words: what went wrong and how to fix it, in Dutch or
English, at the line and column where it can be fixed (docs/format.md, "Errors").

PyYAML (libyaml's parser, or its own without libyaml) says what it expected, in English:
"mapping values are not allowed in this context", "could not find expected ':'". Each rule
below reads one such message, from either parser, and names the mistake an author usually
made: a colon inside a text, a line indented too far or not far enough, a quote or a bracket
never closed, a text starting with a character YAML reserves. A message no rule knows is shown
as the parser gave it.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import yaml

from wat_werkt.problems import WHOLE_FILE, Loc, Problem, problem


class _Rule(NamedTuple):
    context: str | None  # a pattern for the parser's context ("while scanning ..."); None: any
    problem: str  # a pattern for the parser's problem, libyaml's and PyYAML's wording
    code: str
    at_start: bool = False  # point at where the context began (the open quote), not the problem


_RULES = (
    _Rule(None, r"(block )?mapping values are not allowed (in this context|here)", "yaml_colon_in_value"),
    _Rule(r"while scanning a simple key", r"could not find expected ':'", "yaml_no_colon", at_start=True),
    _Rule(
        r"while parsing a block mapping",
        r"did not find expected key|expected <block end>, but found .*",
        "yaml_mapping_indent",
    ),
    _Rule(
        r"while parsing a block collection",
        r"did not find expected '-' indicator|expected <block end>.*",
        "yaml_list_indent",
    ),
    _Rule(
        r"while scanning a quoted scalar",
        r"found unexpected end of stream",
        "yaml_unclosed_quote",
        at_start=True,
    ),
    _Rule(
        r"while parsing a flow sequence",
        r"did not find expected ',' or '\]'|expected ',' or '\]'.*",
        "yaml_unclosed_list",
    ),
    _Rule(
        r"while parsing a flow mapping",
        r"did not find expected ',' or '\}'|expected ',' or '\}'.*",
        "yaml_unclosed_mapping",
    ),
    _Rule(
        r"while scanning for the next token",
        r"found character .*that cannot start any token",
        "yaml_bad_start",
    ),
    _Rule(
        r"while scanning an? (alias|anchor)",
        r".*alphabetic or numeric character.*",
        "yaml_alias_start",
        at_start=True,
    ),
    _Rule(None, r"(block )?sequence entries are not allowed (in this context|here)", "yaml_dash_after_key"),
    _Rule(
        r"while (parsing|scanning) a (double-)?quoted scalar",
        r"found unknown escape character.*",
        "yaml_bad_escape",
    ),
    _Rule(
        None,
        r"did not find expected <document start>|expected '<document start>', but found .*",
        "yaml_after_end",
    ),
    _Rule(r"while scanning a block scalar", r".*", "yaml_block_scalar"),
)


def _loc(mark: Any) -> Loc:
    return Loc(mark.line + 1, mark.column + 1)


def syntax_problem(exc: yaml.YAMLError, text: str) -> Problem | None:
    """The problem for a YAML error a rule knows, else None (the caller words it)."""
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        position = min(exc.position, len(text))
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        return problem(Loc(line, column), "yaml_control_char", char=f"U+{ord(char):04X}")
    if not isinstance(exc, yaml.MarkedYAMLError) or exc.problem_mark is None:
        return None
    bom = text.find("\ufeff", 1)
    if bom != -1 and bom <= exc.problem_mark.index:
        # A byte-order mark pasted in from another file, invisible in most editors: YAML reads it
        # as the start of a new document, and the parser's complaint ("..." after the end of the
        # document) names nothing the author can see.
        line = text.count("\n", 0, bom) + 1
        return problem(Loc(line, bom - (text.rfind("\n", 0, bom) + 1) + 1), "yaml_bom_inside")
    context, found = exc.context or "", exc.problem or ""
    for rule in _RULES:
        if rule.context is not None and not re.fullmatch(rule.context, context):
            continue
        if not re.fullmatch(rule.problem, found):
            continue
        start = exc.context_mark or exc.problem_mark
        where = _loc(start if rule.at_start else exc.problem_mark)
        params: dict[str, Any] = {"start": start.line + 1, "column": start.column + 1}
        if rule.code in ("yaml_bad_start", "yaml_alias_start"):
            params["char"] = _char_at(text, start if rule.at_start else exc.problem_mark)
        if rule.code == "yaml_no_colon" and _long_key(text, start):
            return problem(where, "yaml_long_key", limit=_SIMPLE_KEY)
        return problem(where, rule.code, **params)
    return None


# YAML reads a key without `? ` before it only up to this many characters (YAML 1.1, 9.1.3).
_SIMPLE_KEY = 1024


def _long_key(text: str, mark: Any) -> bool:
    """Whether the line holds its ':' after all, past where YAML stops looking for it: a key of
    5,000 digits has its colon, and "no ':' after this key" would be wrong."""
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    column: int = mark.column
    return line.find(":", column) - column >= _SIMPLE_KEY


def _char_at(text: str, mark: Any) -> str:
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else "?"


# -- a file that is not UTF-8 ------------------------------------------------------------------

_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _wide(raw: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" when the bytes look like that (a byte-order mark, or the NUL bytes
    every other byte that text of Latin letters has in UTF-16), else None."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    sample = raw[:512]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 8 and (
        odd.count(0) >= 0.8 * len(odd) > even.count(0) or even.count(0) >= 0.8 * len(even) > odd.count(0)
    ):
        return "UTF-16"
    return None


def not_text(raw: bytes) -> Problem:
    """A file with NUL bytes: UTF-16 or UTF-32 text (Windows tools write it), or binary data."""
    wide = _wide(raw)
    if wide is not None:
        return problem(WHOLE_FILE, "file_encoding", encoding=wide)
    return problem(WHOLE_FILE, "binary_file")


def not_utf8(raw: bytes, start: int) -> Problem:
    """Bytes that are not UTF-8 from `start` on: UTF-16 or UTF-32, Latin-1 or Windows-1252 (the
    usual encodings of Dutch text saved by older Windows tools: 'é' is one byte there), or
    something else. Pointed at the first byte that is not UTF-8, when there is one to point at."""
    wide = _wide(raw)
    if wide is not None:
        return problem(WHOLE_FILE, "file_encoding", encoding=wide)
    before = raw[:start]
    line = before.count(b"\n") + 1
    column = start - (before.rfind(b"\n") + 1) + 1
    if _western(raw):
        char = raw[start : start + 1].decode("cp1252")
        return problem(Loc(line, column), "file_latin1", char=char, offset=start)
    return problem(Loc(line, column), "not_utf8", offset=start)


# What a Dutch or English text holds beyond ASCII, as one byte each in Latin-1 and Windows-1252.
_WESTERN = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝß‘’‚“”„–—…€°±²³·«»×")


def _western(raw: bytes) -> bool:
    """Whether every byte above ASCII reads, in Windows-1252, as a letter or sign of Dutch or
    English text: then the file is most likely Latin-1 or Windows-1252."""
    text = raw.decode("cp1252", errors="replace")
    return all(char in _WESTERN for char in text if ord(char) > 127)
