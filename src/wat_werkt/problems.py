"""The small records every layer shares: a source location and a problem found in a file."""

from __future__ import annotations

from typing import Any, NamedTuple

from wat_werkt.messages import message


class Loc(NamedTuple):
    """A 1-based line and column in a source file."""

    line: int
    column: int



class Problem(NamedTuple):
    """One thing wrong with an input file, as a message id plus its parameters.

    The text is produced per language at render time, so one validation run serves every
    `--lang`.
    """

    loc: Loc
    code: str
    params: tuple[tuple[str, Any], ...] = ()
    path: str = ""

    def text(self, lang: str) -> str:
        return message(self.code, lang, **dict(self.params))

    def line_for(self, file: str, lang: str) -> str:
        """The one-line form linters and editors understand: FILE:LINE:COL: message."""
        return f"{file}:{self.loc.line}:{self.loc.column}: {self.text(lang)}"


def problem(loc: Loc, code: str, field_path: str = "", /, **params: Any) -> Problem:
    # Positional-only, so a message may itself take a parameter called "path". Parameters can
    # come straight from a file (a list where a name belongs): keep them hashable as text.
    plain = {k: v if isinstance(v, (str, int, float, type(None))) else str(v) for k, v in params.items()}
    return Problem(loc, code, tuple(sorted(plain.items())), field_path)
