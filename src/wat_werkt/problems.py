"""The small records every layer shares: a source location and a problem found in a file."""

from __future__ import annotations

from typing import Any, NamedTuple

from wat_werkt.messages import message


class Loc(NamedTuple):
    """A 1-based line and column in a source file."""

    line: int
    column: int


# The place of a problem with a file as a whole (missing, unreadable, too large, empty, not
# text): no line or column, shown as `FILE: message` (docs/contract.md section 7). It sorts
# before every line of the file.
WHOLE_FILE = Loc(0, 0)


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

    @property
    def whole_file(self) -> bool:
        return self.loc == WHOLE_FILE

    def line_for(self, file: str, lang: str) -> str:
        """The one-line form linters and editors understand: FILE:LINE:COL: message, or
        FILE: message for a problem with the whole file."""
        if self.whole_file:
            return f"{file}: {self.text(lang)}"
        return f"{file}:{self.loc.line}:{self.loc.column}: {self.text(lang)}"

    def where(self, lang: str) -> str:
        """"line 3, column 5", or "the whole file", for reports that name the place in words."""
        if self.whole_file:
            return message("problem_whole_file", lang)
        return message("problem_at", lang, line=self.loc.line, column=self.loc.column)

    def short_where(self) -> str:
        """"3:5: " before a message in a list of one file's problems; nothing for the whole file."""
        return "" if self.whole_file else f"{self.loc.line}:{self.loc.column}: "


def problem(loc: Loc, code: str, field_path: str = "", /, **params: Any) -> Problem:
    # Positional-only, so a message may itself take a parameter called "path". Parameters can
    # come straight from a file (a list where a name belongs): keep them hashable as text.
    plain = {k: v if isinstance(v, (str, int, float, type(None))) else str(v) for k, v in params.items()}
    return Problem(loc, code, tuple(sorted(plain.items())), field_path)
