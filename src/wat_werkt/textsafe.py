"""Keep text from files inert: no control characters or escape sequences reach a terminal."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides that
# can make text read differently from what it is ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """The text with every control character shown as a visible escape (ESC -> \\x1b)."""
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """Clean text folded onto one line, for table cells and annotations."""
    return " ".join(clean(text).split())


_COMMAND_START = re.compile(r"^(\s*)::", re.MULTILINE)


def defuse_commands(text: str) -> str:
    """Text in which no line reads as a GitHub Actions workflow command: the runner takes
    `::name::` at the start of a line (after spaces) and `##[name]` anywhere in it, from both
    standard output and standard error. A backslash breaks each."""
    return _COMMAND_START.sub(r"\1\\::", text).replace("##[", "##\\[")


# What JSON may carry raw (it escapes only C0 controls) but a terminal showing the JSON could act
# on: DEL, C1 controls (U+009B is CSI), and the bidirectional overrides. Inside a JSON string,
# `\u009b` is the same character, so escaping them changes no data. Outside strings JSON text
# has none of them.
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_ESCAPES = {
    code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def escape_json_controls(text: str) -> str:
    """JSON text (or one encoded JSON string) with DEL, C1 controls and bidi overrides written
    as \\u escapes."""
    if text.isascii() and "\x7f" not in text:  # the usual case, checked at C speed
        return text
    return _JSON_RAW.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return _JSON_ESCAPES[ord(match.group())]


def defuse_json_commands(text: str) -> str:
    """JSON text in which `##[` cannot be read as a command: inside a JSON string `\\u005b` is
    the same "[", and JSON lines never start with `::` outside a string."""
    return text.replace("##[", "##\\u005b")


def defuse_json(text: str) -> str:
    """JSON text with the same data that can neither start a workflow command nor reach a
    terminal as a control character."""
    return defuse_json_commands(escape_json_controls(text))


def defuse_markup(text: str) -> str:
    """HTML or XML text with the same content that no line of reads as a workflow command:
    character references render as the same characters."""
    return _COMMAND_START.sub(r"\1&#58;:", text).replace("##[", "##&#91;")
