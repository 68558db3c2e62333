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


def defuse_json(text: str) -> str:
    """JSON text with the same data in which `##[` cannot be read as a command: inside a JSON
    string `\\u005b` is the same "[", and JSON lines never start with `::` outside a string."""
    return text.replace("##[", "##\\u005b")


def defuse_markup(text: str) -> str:
    """HTML or XML text with the same content that no line of reads as a workflow command:
    character references render as the same characters."""
    return _COMMAND_START.sub(r"\1&#58;:", text).replace("##[", "##&#91;")
