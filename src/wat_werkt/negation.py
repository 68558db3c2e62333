"""Interim: replaced by the negation-aware search (branch `negation`)."""

from __future__ import annotations

import re
from typing import NamedTuple

_NEG = re.compile(r"\b(niet|geen|zonder|nooit|not|no|without|never)\b")
_NOT_NEG = re.compile(r"\b(niet alleen|not only)\b")
_SPLIT = re.compile(r"[.;:!?\n]|\bmaar\b|\bbut\b")


class Mention(NamedTuple):
    start: int
    end: int
    negated: bool
    clause: tuple[int, int]


def _find(lowered: str, term: str, start: int) -> int:
    at = lowered.find(term, start)
    while at != -1:
        before = lowered[at - 1] if at else " "
        if not (before.isalnum() or before == "_"):
            return at
        at = lowered.find(term, at + 1)
    return -1


def find_mention(text: str, terms: tuple[str, ...]) -> Mention | None:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower()[0] for ch in text)
    bounds = [0] + [m.end() for m in _SPLIT.finditer(lowered)] + [len(text)]
    negated_first: Mention | None = None
    for left, right in zip(bounds, bounds[1:]):
        clause = lowered[left:right]
        best = None
        for term in terms:
            at = _find(clause, term, 0)
            if at != -1 and (best is None or at < best[0]):
                best = (at, at + len(term))
        if best is None:
            continue
        count = len(_NEG.findall(clause)) - len(_NOT_NEG.findall(clause))
        mention = Mention(left + best[0], left + best[1], count % 2 == 1, (left, right))
        if not mention.negated:
            return mention
        negated_first = negated_first or mention
    return negated_first
