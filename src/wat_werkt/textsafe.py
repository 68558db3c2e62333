"""Keep text from files inert: no control characters or escape sequences reach a terminal."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, the bidirectional controls that can
# make text read differently from what it is ("Trojan Source": overrides, isolates and the
# marks U+200E, U+200F, U+061C), the line and paragraph separators some viewers break lines at,
# and U+FEFF, which a reader may drop at the start of a stream and so uncover a `::command`.
_UNSAFE = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"
# And the bytes 0x80-0x9F of a file name that is not UTF-8 (lone surrogates, below): written as
# they are, a terminal that reads 8 bits takes them for C1 controls (0x9B is CSI).
_C1_BYTES = "\udc80-\udc9f"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f{_UNSAFE}{_C1_BYTES}]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDC9F:
        return f"\\x{code - 0xDC00:02x}"  # the byte, as `ls -b` shows it
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """The text with every control character shown as a visible escape (ESC -> \\x1b)."""
    return _CONTROL.sub(_visible, text)


# A byte of a file name that is not UTF-8 reaches Python as a lone surrogate (U+DC80-U+DCFF,
# surrogateescape). A report that must be UTF-8 text (JSON, XML, HTML, Markdown) shows it as a
# visible escape, `\xff`, as `ls -b` does; the table, concise and github formats write the
# name's own bytes, as `ls` does (docs/contract.md section 6, "File names").
_UNDECODABLE = re.compile("[\udc80-\udcff]")


def _byte(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()) - 0xDC00:02x}"


def _json_byte(match: re.Match[str]) -> str:
    return f"\\\\x{ord(match.group()) - 0xDC00:02x}"  # a backslash, escaped inside a JSON string


def _has_surrogates(text: str) -> bool:
    # Encoding stops at the first lone surrogate; on text without one it runs at C speed, far
    # faster than a regular expression that finds none (a JSON record is tens of KB).
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def show_bytes(text: str) -> str:
    """Text (HTML, XML, Markdown) with each byte of a name that is not UTF-8 shown as `\\xff`."""
    return _UNDECODABLE.sub(_byte, text) if _has_surrogates(text) else text


def show_bytes_json(text: str) -> str:
    """JSON text with each byte of a name that is not UTF-8 shown as `\\xff` in its string: such a
    byte is a raw lone surrogate in text encoded with ensure_ascii=False, never outside a string."""
    return _UNDECODABLE.sub(_json_byte, text) if _has_surrogates(text) else text


def one_line(text: str) -> str:
    """Clean text folded onto one line, for table cells and annotations."""
    return " ".join(clean(text).split())


# A line start that a CI runner reads as a command: after white space, or after characters a
# reader may drop (a byte-order mark, zero-width spaces).
_COMMAND_START = re.compile(r"^([\s\ufeff\u200b-\u200d\u2060]*)::", re.MULTILINE)
# Commands a runner takes anywhere in a line: GitHub's and Azure Pipelines' `##[name]`, Azure's
# `##vso[...]` and TeamCity's `##teamcity[...]` (the latter two in any case).
_COMMAND_ANYWHERE = re.compile(r"##((?i:vso|teamcity)?)\[")


def _has_hashes(text: str) -> bool:
    # One "#" is looked for with memchr; "##" in a long text is searched for far more slowly.
    return "#" in text and "##" in text


def defuse_inline_commands(text: str) -> str:
    """Text in which no `##[`, `##vso[` or `##teamcity[` can be read as a command: for a line
    that is itself a command of ours (a GitHub annotation), whose `::` must stay."""
    return _COMMAND_ANYWHERE.sub(r"##\1\\[", text) if _has_hashes(text) else text


def defuse_commands(text: str) -> str:
    """Text in which no line reads as a CI command: GitHub Actions takes `::name::` at the start
    of a line (after spaces) and `##[name]` anywhere in it, Azure Pipelines `##vso[` and
    TeamCity `##teamcity[` anywhere, from both standard output and standard error. A backslash
    breaks each."""
    if "::" in text:
        text = _COMMAND_START.sub(r"\1\\::", text)
    return defuse_inline_commands(text)


# What JSON may carry raw (it escapes only C0 controls) but a terminal showing the JSON could act
# on: DEL, C1 controls (U+009B is CSI), and the bidirectional overrides. Inside a JSON string,
# `\u009b` is the same character, so escaping them changes no data. Outside strings JSON text
# has none of them.
_JSON_RAW = re.compile(f"[{_UNSAFE}]")


def escape_json_controls(text: str) -> str:
    """JSON text (or one encoded JSON string) with DEL, C1 controls and bidi overrides written
    as \\u escapes."""
    if text.isascii() and "\x7f" not in text:  # the usual case, checked at C speed
        return text
    return _JSON_RAW.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def defuse_json_commands(text: str) -> str:
    """JSON text in which no `##[`, `##vso[` or `##teamcity[` can be read as a command: inside a
    JSON string `\\u005b` is the same "[", and JSON lines never start with `::` outside a string."""
    return _COMMAND_ANYWHERE.sub(r"##\1\\u005b", text) if _has_hashes(text) else text


def defuse_json(text: str) -> str:
    """JSON text with the same data that can neither start a workflow command nor reach a
    terminal as a control character."""
    return defuse_json_commands(escape_json_controls(text))


def defuse_markup(text: str) -> str:
    """HTML or XML text with the same content that no line of reads as a workflow command:
    character references render as the same characters."""
    if "::" in text:
        text = _COMMAND_START.sub(r"\1&#58;:", text)
    return _COMMAND_ANYWHERE.sub(r"##\1&#91;", text) if _has_hashes(text) else text
