"""The small records every layer shares: a source location and a problem found in a file."""

from __future__ import annotations

import reprlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from wat_werkt.messages import message

# A file reports at most this many problems, then how many more it has (docs/robustness.md):
# 150,000 misspelt values in one list are one mistake repeated, and each line costs time.
MAX_PROBLEMS = 100
# The most characters of one value from a file that a message shows.
MAX_SHOWN = 500
_BIG = 10**60  # a whole number from a file with more digits is shown shortened


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
        """ "line 3, column 5", or "the whole file", for reports that name the place in words."""
        if self.whole_file:
            return message("problem_whole_file", lang)
        return message("problem_at", lang, line=self.loc.line, column=self.loc.column)

    def short_where(self) -> str:
        """ "3:5: " before a message in a list of one file's problems; nothing for the whole file."""
        return "" if self.whole_file else f"{self.loc.line}:{self.loc.column}: "


def problem(loc: Loc, code: str, field_path: str = "", /, **params: Any) -> Problem:
    # Positional-only, so a message may itself take a parameter called "path". Parameters can
    # come straight from a file (a list where a name belongs): keep them hashable as text, and
    # short (shown).
    plain = {
        k: v if isinstance(v, (float, type(None))) or (isinstance(v, int) and -_BIG < v < _BIG) else shown(v)
        for k, v in params.items()
    }
    return Problem(loc, code, tuple(sorted(plain.items())), field_path)


_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = 60
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = _REPR.maxset = 8


def shown(value: Any, limit: int = MAX_SHOWN) -> str:
    """A value from a file as text for a message: text as it is, anything else as Python writes
    it; at most `limit` characters, and bounded work whatever the value is (a list nested 1,000
    deep, a number of 20,000 digits): str() of those fails with an exception
    (docs/robustness.md, no internal error from data)."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = _REPR.repr(value)
        except ValueError:  # a whole number past Python's int-to-str limit: its size
            text = f"±10^{int(abs(value).bit_length() * 0.30103)}" if isinstance(value, int) else "…"
        except RecursionError:
            text = "…"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def capped(problems: Sequence[Problem], most: int = MAX_PROBLEMS) -> tuple[Problem, ...]:
    """The first `most` problems (sorted by location), then one that says how many more there
    are, at the first of those."""
    if len(problems) <= most:
        return tuple(problems)
    rest = problems[most:]
    return (*problems[:most], problem(rest[0].loc, "more_problems", count=len(rest)))


class Collected:
    """The problems of one file as they are found, in bounded memory: what `capped` makes of
    them all, sorted and without repeats, without holding them all. 190,000 wrong items in
    one list made 190,000 problems, 130 MB, for the 100 a file shows (docs/robustness.md).

    Only the first `most` (sorted) and the one after them, for its place, are kept, each with
    a payload (what made it, to word it again); the others are counted, by hash. `most=None`
    keeps every problem (validate() for tests and tools)."""

    def __init__(self, most: int | None = MAX_PROBLEMS) -> None:
        self.most = most
        self.count = 0
        self._seen: set[Any] = set()  # problems, or only their hashes when capped
        self._kept: list[tuple[Problem, Any]] = []

    def add(self, found: Problem, payload: Any = None) -> None:
        key = found if self.most is None else hash(found)
        if key in self._seen:
            return
        self._seen.add(key)
        self.count += 1
        self._kept.append((found, payload))
        if self.most is not None and len(self._kept) > 2 * self.most + 1024:
            self._trim()

    def _trim(self) -> None:
        self._kept.sort(key=_first)
        if self.most is not None:
            del self._kept[self.most + 1 :]

    def reword(self, word: Any) -> None:
        """Each problem to be shown that has a payload replaced by `word(payload)` (the costly
        wording, with a did-you-mean, kept for the problems shown)."""
        self._trim()
        for i in range(len(self._kept) if self.most is None else min(self.most, len(self._kept))):
            payload = self._kept[i][1]
            if payload is not None:
                self._kept[i] = (word(payload), None)

    def sorted(self) -> list[Problem]:
        """Every problem kept, sorted (all of them when nothing is capped)."""
        self._trim()
        return sorted(found for found, _ in self._kept)

    def capped(self) -> tuple[Problem, ...]:
        """As capped(sorted(set(every problem added)))."""
        kept = self.sorted()
        if self.most is None or self.count <= self.most:
            return tuple(kept)
        return (
            *kept[: self.most],
            problem(kept[self.most].loc, "more_problems", count=self.count - self.most),
        )


def _first(pair: tuple[Problem, Any]) -> Problem:
    return pair[0]


EVERY_ITEM = "[]"  # in a path: every item of the list before it (`goals[].kind`)


def dotted(path: Iterable[str | int]) -> str:
    """('goals', 0, 'kind') -> 'goals[0].kind': a path in a document as people read it."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == EVERY_ITEM:
            out += EVERY_ITEM
        else:
            out += f".{part}" if out else part
    return out


def found_kind(value: Any) -> str:
    """The message id that names the kind of a value found where another was expected."""
    if value is None:
        return "found_null"
    if isinstance(value, bool):
        return "found_bool"
    kinds = {int: "found_int", float: "found_float", str: "found_text", list: "found_list"}
    return kinds.get(type(value), "found_mapping")
