"""The engine as it was before conditions were compiled (commit 776b912), kept as an oracle.

tests/test_engine_equivalence.py checks that `engine.evaluate` gives exactly what this gives.
It is deliberately the old, simple code: one function per operator that builds a full Outcome
for every intermediate result, with its own copies of the helpers the new code changed or may
change (show, dotted, Document.loc, described_value, find_term). Only the dispatch changed (the
operator records no longer carry this code) and the per-document memo is gone (it never changed
a result). Do not optimise it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from wat_werkt import conditions as c
from wat_werkt.conditions import Outcome, Tri
from wat_werkt.engine import CriterionResult, FactorResult, Waiver
from wat_werkt.factors import Factor, FactorSet
from wat_werkt.problems import Loc
from wat_werkt.shape import is_placeholder
from wat_werkt.yamlload import Document, PathKey

MAX_EVIDENCE = 120


def dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def show(value: Any) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = ", ".join(show(v) for v in value)
    elif isinstance(value, dict):
        texts = [v for v in value.values() if isinstance(v, str)]
        text = texts[0] if texts else ", ".join(f"{k}: {show(v)}" for k, v in value.items())
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…"


def loc(doc: Document, path: PathKey) -> Loc:
    """Document.loc as it was, over all of the document's locations made into Locs."""
    locs, key_locs = doc.locations()
    if path in locs:
        return locs[path]
    for end in range(len(path) - 1, 0, -1):
        prefix = path[:end]
        if prefix in key_locs:
            return key_locs[prefix]
        if isinstance(prefix[-1], int) and prefix in locs:
            return locs[prefix]
    return Loc(1, 1)


def described_value(value: Any) -> Tri:
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
    return "met"


def find_term(text: str, terms: tuple[str, ...]) -> tuple[int, int] | None:
    lowered = text.lower()
    if len(lowered) != len(text):
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

# -- finding values ----------------------------------------------------------------------------


class Found:
    def __init__(self) -> None:
        self.hits: list[tuple[PathKey, Any]] = []
        self.missing: list[PathKey] = []
        self.empty: list[PathKey] = []


def resolve(doc: Document, base: PathKey, path: str) -> Found:
    found = Found()
    parts = () if path == "." else tuple(path.split("."))
    node, where = _at(doc.data, base), base
    for depth, part in enumerate(parts):
        if depth and isinstance(node, list):
            return _resolve_lists(found, [(where, node)], parts, depth)
        child = node.get(part) if isinstance(node, dict) else None
        if child is None:
            found.missing.append((*where, *parts[depth:]))
            return found
        node, where = child, (*where, part)
    found.hits.append((where, node))
    return found


def _resolve_lists(
    found: Found, current: list[tuple[PathKey, Any]], parts: tuple[str, ...], start: int
) -> Found:
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


def _at(data: Any, path: PathKey) -> Any:
    for part in path:
        data = data[part]
    return data


def _flat(hits: list[tuple[PathKey, Any]]) -> tuple[list[tuple[PathKey, Any]], list[PathKey]]:
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
    return Outcome("met", dotted(where), loc(doc, where), "found", show(value))


def _unmet(doc: Document, where: PathKey, value: Any) -> Outcome:
    if value is False:
        return Outcome("unmet", dotted(where), loc(doc, where), "false", "false")
    if value == []:
        return Outcome("unmet", dotted(where), loc(doc, where), "empty", "[]")
    return Outcome("unmet", dotted(where), loc(doc, where), "found", show(value))


def _unknown(doc: Document, where: PathKey) -> Outcome:
    return Outcome("unknown", dotted(where), loc(doc, where), "missing")


def _no_hits(doc: Document, base: PathKey, path: str, found: Found) -> Outcome:
    if found.empty:
        return _unmet(doc, found.empty[0], [])
    where = found.missing[0] if found.missing else (*base, *path.split("."))
    return _unknown(doc, where)


# -- the operators -----------------------------------------------------------------------------


def _described(cond: c.Described, doc: Document, base: PathKey) -> Outcome:
    found = resolve(doc, base, cond.path)
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
    return _no_hits(doc, base, cond.path, found)


def _one_of(cond: c.OneOf, doc: Document, base: PathKey) -> Outcome:
    found = resolve(doc, base, cond.path)
    items, empty = _flat(found.hits)
    for where, value in items:
        if _same(value, cond.values):
            return _met(doc, where, value)
    if items:
        return _unmet(doc, *found.hits[0])
    if empty:
        return _unmet(doc, empty[0], [])
    return _no_hits(doc, base, cond.path, found)


def _same(value: Any, values: tuple[Any, ...]) -> bool:
    return any(value == v and isinstance(value, bool) == isinstance(v, bool) for v in values)


def _includes_all(cond: c.IncludesAll, doc: Document, base: PathKey) -> Outcome:
    found = resolve(doc, base, cond.path)
    items, empty = _flat(found.hits)
    if not items and not empty:
        return _no_hits(doc, base, cond.path, found)
    present = [v for _, v in items]
    where = found.hits[0][0] if found.hits else found.empty[0]
    if all(_same(v, tuple(present)) for v in cond.values):
        return _met(doc, where, present)
    return _unmet(doc, where, present)


def _compare(cond: c.Compare, doc: Document, base: PathKey) -> Outcome:
    found = resolve(doc, base, cond.path)
    items, empty = _flat(found.hits)
    numbers = [(w, v) for w, v in items if isinstance(v, (int, float)) and not isinstance(v, bool)]
    for where, value in numbers:
        if (value - cond.value) * cond.sign >= 0:
            return _met(doc, where, value)
    if items:
        return _unmet(doc, items[0][0], items[0][1])
    if empty:
        return _unmet(doc, empty[0], [])
    return _no_hits(doc, base, cond.path, found)


def _every(cond: c.Every, doc: Document, base: PathKey) -> Outcome:
    found = resolve(doc, base, cond.path)
    if not found.hits:
        return _no_hits(doc, base, cond.path, found)
    outcomes: list[Outcome] = []
    for where, value in found.hits:
        if value == [] or value is False:
            return _unmet(doc, where, value)
        items = value if isinstance(value, list) else [value]
        paths = [(*where, i) for i in range(len(items))] if isinstance(value, list) else [where]
        outcomes.extend(evaluate_condition(cond.check, doc, p) for p in paths)
    return all_of(outcomes)


def _mentions(cond: c.Mentions, doc: Document, base: PathKey) -> Outcome:
    first_no: tuple[PathKey, Any] | None = None
    every_path_says_no = True
    first_missing: PathKey | None = None
    for path in cond.paths:
        found = resolve(doc, base, path)
        says_no = bool(found.hits) and not found.missing
        for where, value in found.hits:
            if value is False or value == []:
                first_no = first_no or (where, value)
                continue
            says_no = False
            for text_path, text in _texts(where, value):
                span = find_term(text, cond.terms)
                if span:
                    return _met(doc, text_path, _snippet(text, *span))
        every_path_says_no = every_path_says_no and says_no
        if first_missing is None and (found.missing or not found.hits):
            first_missing = found.missing[0] if found.missing else (*base, *path.split("."))
    if every_path_says_no and first_no is not None:
        return _unmet(doc, *first_no)
    where = first_missing if first_missing is not None else (*base, *cond.paths[0].split("."))
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


def all_of(outcomes: list[Outcome]) -> Outcome:
    for wanted in ("unmet", "unknown"):
        for outcome in outcomes:
            if outcome.value == wanted:
                return outcome
    evidence = "; ".join(dict.fromkeys(o.evidence for o in outcomes if o.evidence))
    first = outcomes[0]
    return Outcome("met", first.path, first.loc, "found", evidence or first.evidence)


def any_of(outcomes: list[Outcome]) -> Outcome:
    for wanted in ("met", "unknown"):
        for outcome in outcomes:
            if outcome.value == wanted:
                return outcome
    return outcomes[0]


_FLIP = {"met": "unmet", "unmet": "met", "unknown": "unknown"}


def _all(cond: c.All, doc: Document, base: PathKey) -> Outcome:
    return all_of([evaluate_condition(p, doc, base) for p in cond.parts])


def _any(cond: c.Any_, doc: Document, base: PathKey) -> Outcome:
    return any_of([evaluate_condition(p, doc, base) for p in cond.parts])


def _not(cond: c.Not, doc: Document, base: PathKey) -> Outcome:
    inner = evaluate_condition(cond.part, doc, base)
    return Outcome(_FLIP[inner.value], inner.path, inner.loc, inner.kind, inner.evidence)  # type: ignore[arg-type]


OPERATORS: dict[type, Callable[[Any, Document, PathKey], Outcome]] = {
    c.Described: _described, c.OneOf: _one_of, c.IncludesAll: _includes_all, c.Compare: _compare,
    c.Every: _every, c.Mentions: _mentions, c.All: _all, c.Any_: _any, c.Not: _not,
}  # fmt: skip


def evaluate_condition(cond: c.Condition, doc: Document, base: PathKey) -> Outcome:
    return OPERATORS[type(cond)](cond, doc, base)


# -- the engine --------------------------------------------------------------------------------


def waivers_of(doc: Document, factor_set: FactorSet) -> dict[str, Waiver]:
    out: dict[str, Waiver] = {}
    for i, item in enumerate(doc.data.get("waivers") or []):
        factor = item["factor"]
        if factor_set.get(factor) is not None and factor not in out:
            out[factor] = Waiver(factor, item["reason"], loc(doc, ("waivers", i)))
    return out


def evaluate_factor(factor: Factor, doc: Document, waiver: Waiver | None = None) -> FactorResult:
    applies = evaluate_condition(factor.applies_when, doc, ()) if factor.applies_when else None
    criteria = tuple(CriterionResult(c, evaluate_condition(c.check, doc, ())) for c in factor.criteria)
    status, loc = status_of(applies, criteria)
    if waiver is not None:
        return FactorResult(factor, "waived", waiver.loc, applies, criteria, waiver, status == "strength")
    return FactorResult(factor, status, loc, applies, criteria)  # type: ignore[arg-type]


def status_of(applies: Outcome | None, criteria: tuple[CriterionResult, ...]) -> tuple[str, Loc]:
    if applies is not None and applies.value == "unmet":
        return "not_applicable", applies.loc
    if applies is not None and applies.value == "unknown":
        return "not_described", applies.loc
    values = [r.outcome.value for r in criteria]
    first = {v: next((r.outcome.loc for r in criteria if r.outcome.value == v), None) for v in set(values)}
    if values and all(v == "met" for v in values):
        return "strength", first["met"] or Loc(1, 1)
    if "met" in values:
        return "partial", first.get("unmet") or first.get("unknown") or Loc(1, 1)
    if "unmet" in values:
        return "gap", first["unmet"] or Loc(1, 1)
    return "not_described", first.get("unknown") or Loc(1, 1)


def evaluate(factor_set: FactorSet, doc: Document) -> tuple[FactorResult, ...]:
    waivers = waivers_of(doc, factor_set)
    return tuple(evaluate_factor(f, doc, waivers.get(f.id)) for f in factor_set.factors)


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """validate.normalise as it was: each one-or-a-list path walked from the root on its own."""
    from wat_werkt import shape

    for dotted_path in shape.LIST_PATHS:
        parts = dotted_path.split(".")
        owners: list[Any] = [data]
        for part in parts[:-1]:
            owners = [o.get(part) for o in owners if isinstance(o, dict)]
            owners = [x for o in owners for x in (o if isinstance(o, list) else [o])]
        for owner in owners:
            if isinstance(owner, dict) and parts[-1] in owner:
                value = owner[parts[-1]]
                if value is False:
                    owner[parts[-1]] = []
                elif value is not None and not isinstance(value, list):
                    owner[parts[-1]] = [value]
    return data
