"""The condition operators of factor files (FORMAT.md section 3), in three-valued logic.

Each operator is a small immutable record (a NamedTuple), as the factor loader reads it from a
factor file. `compile()` turns it into a plain function `check(node, base) -> Verdict` with its
paths split and its arguments bound, so a factor set is prepared once and then evaluated for
every file (engine.py). `base` is the path of `node`: the root, or one item of a list inside
`every`. `evaluate(doc, base)` does both at once and gives the public Outcome, which carries its
evidence (the value found and where) or, for something missing, the path and the nearest
enclosing key, so every report can point at a line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, Protocol

from wat_werkt.lookup import Found, at, find, flat, split
from wat_werkt.shape import is_placeholder
from wat_werkt.verdicts import (
    MAX_EVIDENCE,
    EvidenceKind,
    Outcome,
    Tri,
    Verdict,
    all_of,
    dotted,
    flip,
    met,
    show,
    to_outcome,
    unknown,
    unmet,
)
from wat_werkt.yamlload import Document, PathKey

# What the rest of watwerkt takes from here, some of it defined in verdicts.py.
__all__ = [
    "MAX_EVIDENCE", "All", "Any_", "Check", "Compare", "Condition", "Described", "Every",
    "EvidenceKind", "IncludesAll", "Mentions", "Not", "OneOf", "Outcome", "Tri",
    "described_value", "dotted", "evaluate", "find_term", "mentions_terms", "show",
]

# A compiled condition: the node to start from and its path in the document -> its verdict.
Check = Callable[[Any, PathKey], Verdict]


class Condition(Protocol):
    def compile(self) -> Check: ...

    def evaluate(self, doc: Document, base: PathKey) -> Outcome: ...


def evaluate(cond: Condition, doc: Document, base: PathKey = ()) -> Outcome:
    """One condition on one document; the engine compiles once per factor set instead."""
    return to_outcome(doc, cond.compile()(at(doc.data, base), base))


def _no_hits(base: PathKey, as_written: tuple[str, ...], found: Found) -> Verdict:
    """Nothing present: unmet when the way there was an explicitly empty list, else unknown."""
    _, missing, empty = found
    if empty:
        return unmet(empty[0], [])
    return unknown(missing[0] if missing else (*base, *as_written))


# -- the operators -----------------------------------------------------------------------------


def described_value(value: Any) -> Tri:
    """FORMAT.md section 2: is this value an answer, an explicit 'no', or silence?"""
    if value is None:
        return "unknown"
    if value is False or value == []:
        return "unmet"
    if isinstance(value, str):
        return "unknown" if is_placeholder(value) else "met"
    if isinstance(value, list):
        return "met" if any(described_value(v) == "met" for v in value) else "unknown"
    if isinstance(value, dict):
        all_unmet = True
        for item in value.values():
            state = described_value(item)
            if state == "met":
                return "met"
            all_unmet = all_unmet and state == "unmet"
        return "unmet" if value and all_unmet else "unknown"
    return "met"  # numbers and true


class Described(NamedTuple):
    path: str

    def compile(self) -> Check:
        parts, as_written = split(self.path), tuple(self.path.split("."))

        def described(node: Any, base: PathKey) -> Verdict:
            found = find(node, base, parts)
            first_unmet: tuple[PathKey, Any] | None = None
            first_unknown: PathKey | None = None
            for where, value in found[0]:
                state = described_value(value)
                if state == "met":
                    return met(where, value)
                if state == "unmet":
                    first_unmet = first_unmet or (where, value)
                elif first_unknown is None:
                    first_unknown = where
            # Silence anywhere wins over a "no": one goal without a measure leaves it unknown.
            if found[1]:
                return unknown(found[1][0])
            if first_unknown is not None:
                return unknown(first_unknown)
            if first_unmet is not None:
                return unmet(*first_unmet)
            return _no_hits(base, as_written, found)

        return described

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


class OneOf(NamedTuple):
    """`equals` is `one_of` with one value; a list field matches when any item does."""

    path: str
    values: tuple[Any, ...]

    def compile(self) -> Check:
        parts, as_written, values = split(self.path), tuple(self.path.split(".")), self.values

        def one_of(node: Any, base: PathKey) -> Verdict:
            found = find(node, base, parts)
            items, empty = flat(found[0])
            for where, value in items:
                if _same(value, values):
                    return met(where, value)
            if items:
                return unmet(*found[0][0])  # the field as written: the whole list
            if empty:
                return unmet(empty[0], [])
            return _no_hits(base, as_written, found)

        return one_of

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


def _same(value: Any, values: tuple[Any, ...] | list[Any]) -> bool:
    # YAML's true is not 1: compare booleans only with booleans.
    is_bool = isinstance(value, bool)
    for v in values:  # noqa: SIM110 - a plain loop: any() would make a generator per item
        if value == v and is_bool == isinstance(v, bool):
            return True
    return False


class IncludesAll(NamedTuple):
    path: str
    values: tuple[Any, ...]

    def compile(self) -> Check:
        parts, as_written, wanted = split(self.path), tuple(self.path.split(".")), self.values

        def includes_all(node: Any, base: PathKey) -> Verdict:
            found = find(node, base, parts)
            items, empty = flat(found[0])
            if not items and not empty:
                return _no_hits(base, as_written, found)
            present = [v for _, v in items]
            where = found[0][0][0] if found[0] else found[2][0]
            if all(_same(v, present) for v in wanted):
                return met(where, present)
            return unmet(where, present)

        return includes_all

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


class Compare(NamedTuple):
    """`at_least` (sign 1) and `at_most` (sign -1) on a number."""

    path: str
    value: float
    sign: int

    def compile(self) -> Check:
        parts, as_written, limit, sign = split(self.path), tuple(self.path.split(".")), self.value, self.sign

        def compare(node: Any, base: PathKey) -> Verdict:
            found = find(node, base, parts)
            items, empty = flat(found[0])
            for where, value in items:
                if isinstance(value, (int, float)) and not isinstance(value, bool) and (value - limit) * sign >= 0:
                    return met(where, value)
            if items:
                return unmet(*items[0])
            if empty:
                return unmet(empty[0], [])
            return _no_hits(base, as_written, found)

        return compare

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


class Every(NamedTuple):
    path: str
    check: Condition

    def compile(self) -> Check:
        parts, as_written, check = split(self.path), tuple(self.path.split(".")), self.check.compile()

        def every(node: Any, base: PathKey) -> Verdict:
            found = find(node, base, parts)
            if not found[0]:
                return _no_hits(base, as_written, found)
            if len(found[0]) == 1:
                return _every_item(*found[0][0])
            verdicts: list[Verdict] = []
            for where, value in found[0]:
                if value == [] or value is False:
                    return unmet(where, value)  # nothing there to satisfy the check
                if isinstance(value, list):
                    for i, item in enumerate(value):
                        verdicts.append(check(item, (*where, i)))
                else:
                    verdicts.append(check(value, where))
            return all_of(verdicts)

        def _every_item(where: PathKey, value: Any) -> Verdict:
            """The usual case, one field: the first unmet item decides (checks are pure)."""
            if value == [] or value is False:
                return unmet(where, value)  # nothing there to satisfy the check
            if not isinstance(value, list):
                return all_of([check(value, where)])
            verdicts: list[Verdict] = []
            for i, item in enumerate(value):
                verdict = check(item, (*where, i))
                if verdict[0] == "unmet":
                    return verdict
                verdicts.append(verdict)
            return all_of(verdicts)

        return every

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


class Mentions(NamedTuple):
    paths: tuple[str, ...]
    terms: tuple[str, ...]  # of both languages, in lower case (mentions_terms)

    def compile(self) -> Check:
        # A path that reaches nothing is named as written: for `.` that is ("", ""), odd, but
        # it is what reports have always said.
        paths = tuple((split(p), tuple(p.split("."))) for p in self.paths)
        terms, first_as_written = self.terms, paths[0][1]

        def mentions(node: Any, base: PathKey) -> Verdict:
            first_no: tuple[PathKey, Any] | None = None
            every_path_says_no = True  # each path is present, and all it holds is false or []
            first_missing: PathKey | None = None
            for parts, as_written in paths:
                hits, missing, _ = find(node, base, parts)
                says_no = bool(hits) and not missing
                for where, value in hits:
                    if value is False or value == []:
                        first_no = first_no or (where, value)
                        continue
                    says_no = False
                    for text_path, text in _texts(where, value):
                        span = find_term(text, terms)
                        if span:
                            return met(text_path, _snippet(text, *span))
                every_path_says_no = every_path_says_no and says_no
                if first_missing is None and (missing or not hits):
                    first_missing = missing[0] if missing else (*base, *as_written)
            if every_path_says_no and first_no is not None:
                return unmet(*first_no)
            # Not finding a word is silence, never a "no" (FORMAT.md section 2).
            return unknown(first_missing if first_missing is not None else (*base, *first_as_written))

        return mentions

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


def _texts(where: PathKey, value: Any) -> Iterator[tuple[PathKey, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts((*where, i), item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts((*where, key), item)


def _snippet(text: str, start: int, end: int) -> str:
    left, right = max(0, start - 30), min(len(text), end + 30)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def mentions_terms(terms: list[str]) -> tuple[str, ...]:
    """The terms as `find_term` wants them: lower case, longest first."""
    return tuple(sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True))


def find_term(text: str, terms: tuple[str, ...]) -> tuple[int, int] | None:
    """The first place in `text` where a term starts a word, case-insensitively: "ouder" finds
    "Ouders", not "bouder". Terms are literal words, never regular expressions, so a factor set
    cannot make the search slow, and nothing is compiled at start-up."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: keep positions
        lowered = "".join(ch.lower()[0] for ch in text)
    best: tuple[int, int] | None = None
    for term in terms:
        at = lowered.find(term)
        while at != -1 and (best is None or at < best[0]):
            before = lowered[at - 1] if at else " "
            if not (before.isalnum() or before == "_"):
                best = (at, at + len(term))
                break
            at = lowered.find(term, at + 1)
    return best


class All(NamedTuple):
    parts: tuple[Condition, ...]

    def compile(self) -> Check:
        checks = tuple(p.compile() for p in self.parts)

        def all_(node: Any, base: PathKey) -> Verdict:
            # Parts are pure, so the first unmet one decides without asking the rest.
            verdicts: list[Verdict] = []
            for check in checks:
                verdict = check(node, base)
                if verdict[0] == "unmet":
                    return verdict
                verdicts.append(verdict)
            return all_of(verdicts)

        return all_

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


class Any_(NamedTuple):
    parts: tuple[Condition, ...]

    def compile(self) -> Check:
        checks = tuple(p.compile() for p in self.parts)

        def any_(node: Any, base: PathKey) -> Verdict:
            # Kleene or: met if any part is met (the rest is not asked: parts are pure), else
            # the first unknown part, else the first part.
            first: Verdict | None = None
            first_unknown: Verdict | None = None
            for check in checks:
                verdict = check(node, base)
                if verdict[0] == "met":
                    return verdict
                first = first or verdict
                if first_unknown is None and verdict[0] == "unknown":
                    first_unknown = verdict
            assert first is not None  # a factor file's `any` has at least one part
            return first_unknown or first

        return any_

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)


class Not(NamedTuple):
    part: Condition

    def compile(self) -> Check:
        check = self.part.compile()

        def not_(node: Any, base: PathKey) -> Verdict:
            return flip(check(node, base))

        return not_

    def evaluate(self, doc: Document, base: PathKey = ()) -> Outcome:
        return evaluate(self, doc, base)
