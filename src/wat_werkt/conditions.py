"""The condition operators of factor files (FORMAT.md section 3), in three-valued logic.

Each operator is a small immutable record (a NamedTuple) with `evaluate(doc, base) -> Outcome`. `base` is the
path the condition is relative to: the root, or one item of a list inside `every`. Outcomes
carry their evidence (the value found and where) or, for something missing, the path and the
nearest enclosing key, so every report can point at a line.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, Literal, NamedTuple, Protocol

from wat_werkt.problems import Loc
from wat_werkt.shape import is_placeholder
from wat_werkt.yamlload import Document, PathKey

Tri = Literal["met", "unmet", "unknown"]
EvidenceKind = Literal["found", "false", "empty", "missing"]

MAX_EVIDENCE = 120


class Outcome(NamedTuple):
    value: Tri
    path: str  # concrete dotted path, e.g. goals[1].measure
    loc: Loc
    kind: EvidenceKind
    evidence: str | None = None  # the value shown to people; None when missing


class Condition(Protocol):
    def evaluate(self, doc: Document, base: PathKey) -> Outcome: ...


def dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def show(value: Any) -> str:
    """A value as people wrote it, cut short; text from files is escaped by the renderers."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = ", ".join(show(v) for v in value)
    elif isinstance(value, dict):
        # An item such as a goal is best known by its text, not by all its keys.
        texts = [v for v in value.values() if isinstance(v, str)]
        text = texts[0] if texts else ", ".join(f"{k}: {show(v)}" for k, v in value.items())
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…"


# -- finding values ----------------------------------------------------------------------------


class Found:
    """The values a path reaches: `hits` hold present values, `missing` the paths that stop at
    nothing, `empty` the explicitly empty lists passed through on the way."""

    __slots__ = ("empty", "hits", "missing")

    def __init__(self) -> None:
        self.hits: list[tuple[PathKey, Any]] = []
        self.missing: list[PathKey] = []
        self.empty: list[PathKey] = []


def resolve(doc: Document, base: PathKey, path: str) -> Found:
    """Follow a dotted path from `base`; a list met on the way stands for all its items.

    Several factors read the same fields, so each (base, path) is followed once per document.
    """
    key = (base, path)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _resolve(doc.data, base, path)
    return found


def _resolve(data: Any, base: PathKey, path: str) -> Found:
    found = Found()
    parts = _parts(path)
    # Most paths meet no list on the way: follow them with plain look-ups.
    node, where = _at(data, base), base
    for depth, part in enumerate(parts):
        if depth and isinstance(node, list):
            return _resolve_lists(found, [(where, node)], parts, depth)
        child = node.get(part) if isinstance(node, dict) else None
        if child is None:
            # Name the whole path asked for; its location is the nearest key that exists.
            found.missing.append((*where, *parts[depth:]))
            return found
        node, where = child, (*where, part)
    found.hits.append((where, node))
    return found


def _resolve_lists(
    found: Found, current: list[tuple[PathKey, Any]], parts: tuple[str, ...], start: int
) -> Found:
    """The general walk, from `start` on: a list met on the way stands for all its items."""
    for depth in range(start, len(parts)):
        part = parts[depth]
        following: list[tuple[PathKey, Any]] = []
        for where, value in current:
            if isinstance(value, list):
                if not value:
                    found.empty.append(where)
                items: list[tuple[PathKey, Any]] = [((*where, i), v) for i, v in enumerate(value)]
            else:
                items = [(where, value)]
            for item_path, item in items:
                child = item.get(part) if isinstance(item, dict) else None
                if child is None:
                    found.missing.append((*item_path, *parts[depth:]))
                else:
                    following.append(((*item_path, part), child))
        current = following
    found.hits = current
    return found


@functools.cache
def _parts(path: str) -> tuple[str, ...]:
    return () if path == "." else tuple(path.split("."))


def _at(data: Any, path: PathKey) -> Any:
    for part in path:
        data = data[part]
    return data


def _flat(hits: list[tuple[PathKey, Any]]) -> tuple[list[tuple[PathKey, Any]], list[PathKey]]:
    """Scalars of the hits with lists opened up, and the explicitly empty lists among them."""
    items: list[tuple[PathKey, Any]] = []
    empty: list[PathKey] = []
    for where, value in hits:
        if isinstance(value, list):
            if not value:
                empty.append(where)
            items.extend(((*where, i), v) for i, v in enumerate(value))
        else:
            items.append((where, value))
    return items, empty


def _met(doc: Document, where: PathKey, value: Any) -> Outcome:
    return Outcome("met", dotted(where), doc.loc(where), "found", show(value))


def _unmet(doc: Document, where: PathKey, value: Any) -> Outcome:
    if value is False:
        return Outcome("unmet", dotted(where), doc.loc(where), "false", "false")
    if value == []:
        return Outcome("unmet", dotted(where), doc.loc(where), "empty", "[]")
    return Outcome("unmet", dotted(where), doc.loc(where), "found", show(value))


def _unknown(doc: Document, where: PathKey) -> Outcome:
    return Outcome("unknown", dotted(where), doc.loc(where), "missing")


def _no_hits(doc: Document, base: PathKey, path: str, found: Found) -> Outcome:
    """Nothing present: unmet when the way there was an explicitly empty list, else unknown."""
    if found.empty:
        return _unmet(doc, found.empty[0], [])
    where = found.missing[0] if found.missing else (*base, *path.split("."))
    return _unknown(doc, where)


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
        states = [described_value(v) for v in value.values()]
        if "met" in states:
            return "met"
        return "unmet" if states and all(s == "unmet" for s in states) else "unknown"
    return "met"  # numbers and true


class Described(NamedTuple):
    path: str

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        found = resolve(doc, base, self.path)
        results = []
        for where, value in found.hits:
            state = described_value(value)
            if state == "met":
                return _met(doc, where, value)
            results.append(_unmet(doc, where, value) if state == "unmet" else _unknown(doc, where))
        if found.missing:
            return _unknown(doc, found.missing[0])
        unknown = [r for r in results if r.value == "unknown"]
        if unknown:
            return unknown[0]
        if results:
            return results[0]
        return _no_hits(doc, base, self.path, found)


class OneOf(NamedTuple):
    """`equals` is `one_of` with one value; a list field matches when any item does."""

    path: str
    values: tuple[Any, ...]

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        found = resolve(doc, base, self.path)
        items, empty = _flat(found.hits)
        for where, value in items:
            if _same(value, self.values):
                return _met(doc, where, value)
        if items:
            return _unmet(doc, *found.hits[0])  # the field as written: the whole list
        if empty:
            return _unmet(doc, empty[0], [])
        return _no_hits(doc, base, self.path, found)


def _same(value: Any, values: tuple[Any, ...]) -> bool:
    # YAML's true is not 1: compare booleans only with booleans.
    return any(value == v and isinstance(value, bool) == isinstance(v, bool) for v in values)


class IncludesAll(NamedTuple):
    path: str
    values: tuple[Any, ...]

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        found = resolve(doc, base, self.path)
        items, empty = _flat(found.hits)
        if not items and not empty:
            return _no_hits(doc, base, self.path, found)
        present = [v for _, v in items]
        where = found.hits[0][0] if found.hits else found.empty[0]
        if all(_same(v, tuple(present)) for v in self.values):
            return _met(doc, where, present)
        return _unmet(doc, where, present)


class Compare(NamedTuple):
    """`at_least` (sign 1) and `at_most` (sign -1) on a number."""

    path: str
    value: float
    sign: int

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        found = resolve(doc, base, self.path)
        items, empty = _flat(found.hits)
        numbers = [(w, v) for w, v in items if isinstance(v, (int, float)) and not isinstance(v, bool)]
        for where, value in numbers:
            if (value - self.value) * self.sign >= 0:
                return _met(doc, where, value)
        if items:
            return _unmet(doc, items[0][0], items[0][1])
        if empty:
            return _unmet(doc, empty[0], [])
        return _no_hits(doc, base, self.path, found)


class Every(NamedTuple):
    path: str
    check: Condition

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        found = resolve(doc, base, self.path)
        if not found.hits:
            return _no_hits(doc, base, self.path, found)
        outcomes: list[Outcome] = []
        for where, value in found.hits:
            if value == [] or value is False:
                return _unmet(doc, where, value)  # nothing there to satisfy the check
            items = value if isinstance(value, list) else [value]
            paths = [(*where, i) for i in range(len(items))] if isinstance(value, list) else [where]
            outcomes.extend(self.check.evaluate(doc, p) for p in paths)
        return all_of(outcomes)


class Mentions(NamedTuple):
    paths: tuple[str, ...]
    terms: tuple[str, ...]  # of both languages, in lower case (mentions_terms)

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        first_no: tuple[PathKey, Any] | None = None
        every_path_says_no = True  # each path is present, and all it holds is false or []
        first_missing: PathKey | None = None
        for path in self.paths:
            found = resolve(doc, base, path)
            says_no = bool(found.hits) and not found.missing
            for where, value in found.hits:
                if value is False or value == []:
                    first_no = first_no or (where, value)
                    continue
                says_no = False
                for text_path, text in _texts(where, value):
                    span = find_term(text, self.terms)
                    if span:
                        return _met(doc, text_path, _snippet(text, *span))
            every_path_says_no = every_path_says_no and says_no
            if first_missing is None and (found.missing or not found.hits):
                first_missing = found.missing[0] if found.missing else (*base, *path.split("."))
        if every_path_says_no and first_no is not None:
            return _unmet(doc, *first_no)
        # Not finding a word is silence, never a "no" (FORMAT.md section 2).
        where = first_missing if first_missing is not None else (*base, *self.paths[0].split("."))
        return _unknown(doc, where)


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


def all_of(outcomes: list[Outcome]) -> Outcome:
    """Kleene and: unmet if any is unmet, else unknown if any is unknown, else met."""
    for wanted in ("unmet", "unknown"):
        for outcome in outcomes:
            if outcome.value == wanted:
                return outcome
    evidence = "; ".join(dict.fromkeys(o.evidence for o in outcomes if o.evidence))
    first = outcomes[0]
    return Outcome("met", first.path, first.loc, "found", evidence or first.evidence)


def any_of(outcomes: list[Outcome]) -> Outcome:
    """Kleene or: met if any is met, else unknown if any is unknown, else unmet."""
    for wanted in ("met", "unknown"):
        for outcome in outcomes:
            if outcome.value == wanted:
                return outcome
    return outcomes[0]


class All(NamedTuple):
    parts: tuple[Condition, ...]

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        return all_of([p.evaluate(doc, base) for p in self.parts])


class Any_(NamedTuple):
    parts: tuple[Condition, ...]

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        return any_of([p.evaluate(doc, base) for p in self.parts])


_FLIP: dict[Tri, Tri] = {"met": "unmet", "unmet": "met", "unknown": "unknown"}


class Not(NamedTuple):
    part: Condition

    def evaluate(self, doc: Document, base: PathKey) -> Outcome:
        inner = self.part.evaluate(doc, base)
        return Outcome(_FLIP[inner.value], inner.path, inner.loc, inner.kind, inner.evidence)
