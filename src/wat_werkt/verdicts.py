"""What a condition concludes: the public Outcome, and the cheap Verdict the operators pass around.

Most results inside a condition are thrown away (`any` keeps one of its parts, `mentions` stops
at the first word found), so operators return a Verdict: a plain tuple that says where the
deciding value is and what to show, without the text. Only the verdicts that end up in a report
become Outcomes, with a dotted path, a location and evidence text (`to_outcome`).
"""

from __future__ import annotations

import functools
from typing import Any, Literal, NamedTuple

from wat_werkt.problems import Loc
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


def dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# Documents share their paths (`curriculum.manual` in every file), so each is spelt out once.
_dotted = functools.lru_cache(maxsize=4096)(dotted)


def show(value: Any) -> str:
    """A value as people wrote it, cut short; text from files is escaped by the renderers."""
    if isinstance(value, str):  # by far the most common: tested first
        text = value
    elif isinstance(value, bool):
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


# -- verdicts ----------------------------------------------------------------------------------

# (value, where, kind, shown): the three-valued value; the path of the deciding value (or of the
# missing one); the Outcome kind, or "joined" for `all` met; and what the evidence is made of:
# the value found ("found"), the verdicts whose evidence is joined ("joined"), else None.
# A plain tuple, because a NamedTuple costs ten times as much to make and most are dropped.
Verdict = tuple[Tri, PathKey, str, Any]


def met(where: PathKey, value: Any) -> Verdict:
    return ("met", where, "found", value)


def unmet(where: PathKey, value: Any) -> Verdict:
    if value is False:
        return ("unmet", where, "false", None)
    if value == []:
        return ("unmet", where, "empty", None)
    return ("unmet", where, "found", value)


def unknown(where: PathKey) -> Verdict:
    return ("unknown", where, "missing", None)


def all_of(verdicts: list[Verdict]) -> Verdict:
    """Kleene and: unmet if any is unmet, else unknown if any is unknown, else met."""
    for verdict in verdicts:
        if verdict[0] == "unmet":
            return verdict
    for verdict in verdicts:
        if verdict[0] == "unknown":
            return verdict
    # Met: point at the first part, with the evidence of all of them.
    return ("met", verdicts[0][1], "joined", verdicts)


_FLIP: dict[str, Tri] = {"met": "unmet", "unmet": "met", "unknown": "unknown"}


def flip(verdict: Verdict) -> Verdict:
    """`not`: the value turned round, the evidence kept."""
    value, where, kind, shown = verdict
    return (_FLIP[value], where, kind, shown)


# -- into an Outcome ---------------------------------------------------------------------------

# Outcome(...) goes through a Python-level __new__; tuple.__new__ makes the same NamedTuple in
# half the time, which counts here: some 30 outcomes a file (6% of evaluating, measured).
_make = tuple.__new__
_FIXED_EVIDENCE: dict[str, str | None] = {"false": "false", "empty": "[]", "missing": None}


def evidence(verdict: Verdict) -> str | None:
    kind, shown = verdict[2], verdict[3]
    if kind == "found":
        return show(shown)
    if kind == "joined":
        joined = "; ".join(dict.fromkeys(text for text in map(evidence, shown) if text))
        return joined or evidence(shown[0])
    return _FIXED_EVIDENCE[kind]


def to_outcome(doc: Document, verdict: Verdict) -> Outcome:
    value, where, kind, _ = verdict
    public_kind = "found" if kind == "joined" else kind
    return _make(Outcome, (value, _dotted(where), doc.loc(where), public_kind, evidence(verdict)))
