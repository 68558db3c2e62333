"""What a condition concludes: the public Outcome, and the cheap Verdict the operators pass around.

Most results inside a condition are thrown away (`any` keeps one of its parts, `mentions` stops
at the first affirmative mention), so operators return a Verdict: a plain tuple that says where
the deciding value is and what to show, without the text. Only the verdicts that end up in a
report become Outcomes, with a dotted path, a location and evidence text (`to_outcome`).

The rules of docs/contract.md section 2 live here: an explicit "no" (`false`, `[]`, a negated
sentence) is never read as silence, and a `mentions` that finds nothing is *silent*: left out of
`all`, `any` and `first`, and unknown when nothing else is left.
"""

from __future__ import annotations

import functools
from typing import Any, Literal, NamedTuple

from wat_werkt.document.yamlload import Document, PathKey
from wat_werkt.problems import EVERY_ITEM, Loc, dotted

Tri = Literal["met", "unmet", "unknown"]
# What reports say about the evidence: the value found, an explicit false or [], a negated
# sentence, fields that are absent (or placeholders), or fields that are there but say nothing
# about it (a `mentions` that found no term).
EvidenceKind = Literal["found", "false", "empty", "negated", "missing", "silent"]

MAX_EVIDENCE = 120


class Outcome(NamedTuple):
    value: Tri
    path: str  # concrete dotted path, e.g. goals[1].measure
    loc: Loc
    kind: EvidenceKind
    evidence: str | None = None  # the value shown to people; None when missing or silent
    # unknown: every field that would answer it and is absent or a placeholder, `path` first;
    # silent: the fields searched.
    missing: tuple[str, ...] = ()
    lacking: tuple[str, ...] = ()  # includes_all: the values the list lacks


def every_item(paths: list[PathKey]) -> PathKey:
    """The path that stands for several items of one list: `goals[0].kind` and `goals[2].kind`
    are `goals[].kind`, located at the list. Paths of another shape: the first."""
    first = paths[0]
    if len(paths) == 1 or any(len(p) != len(first) for p in paths):
        return first
    out: list[str | int] = []
    for i, part in enumerate(first):
        if all(p[i] == part for p in paths):
            out.append(part)
        elif all(isinstance(p[i], int) for p in paths):
            out.append(EVERY_ITEM)
        else:
            return first
    return tuple(out)


# Documents share their paths (`curriculum.manual` in every file), so each is spelt out once.
_dotted = functools.lru_cache(maxsize=4096)(dotted)


def show(value: Any) -> str:
    """A value as people wrote it, cut short; text from files is escaped by the renderers."""
    if isinstance(value, str):  # by far the most common: tested first
        text = value
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        # Items only until the text is cut anyway: the first MAX_EVIDENCE characters of the
        # whole are those of this beginning, once it is longer (goals, with all their texts).
        shown: list[str] = []
        size = 0
        for item in value:
            shown.append(show(item))
            size += len(shown[-1]) + 2
            if size > 2 * MAX_EVIDENCE:
                break
        text = ", ".join(shown)
    elif isinstance(value, dict):
        # An item such as a goal is best known by its text, not by all its keys.
        texts = [v for v in value.values() if isinstance(v, str)]
        text = texts[0] if texts else ", ".join(f"{k}: {show(v)}" for k, v in value.items())
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…"


# -- verdicts ----------------------------------------------------------------------------------

# (value, where, kind, shown). `value` is met, unmet, unknown or silent (a `mentions` that found
# nothing; it becomes unknown in an Outcome). `where` is the path of the deciding value, or of
# the first missing one. `kind` and `shown`:
#   found     the value found
#   false     None: the field itself is `false`                      (an explicit no)
#   empty     None: the field itself is `[]`                         (an explicit no)
#   negated   a text that says no ("n.v.t.", a negated sentence)    (an explicit no)
#   mention   (snippet, text, start, size): a term found affirmatively in a text (`mentions`)
#   negated_at  the same for a term found only in a negated clause    (an explicit no)
#   above     that list: a list on the way to the field is `[]` (`goals: []` for `goals.kind`)
#   missing   every missing path (tuple of PathKey), `where` first
#   silent    the fields searched: ((PathKey, present), ...)
#   joined    the verdicts of an `all` that is met, whose evidence is joined
#   lacking   (the values present, the values lacking) of an `includes_all`
#   items     the hits of every item of a list (`goals.kind`), none of which matched
# A plain tuple, because a NamedTuple costs much more to make and most are dropped
# (docs/performance.md, the compiled engine).
Verdict = tuple[str, PathKey, str, Any]

# Kinds of unmet verdict that say "no" in so many words (docs/contract.md section 2): in `any`,
# such a part decides when no part is met, even when others are unknown.
EXPLICIT = frozenset({"false", "empty", "negated", "negated_at"})


def met(where: PathKey, value: Any) -> Verdict:
    return ("met", where, "found", value)


def unmet(where: PathKey, value: Any) -> Verdict:
    if value is False:
        return ("unmet", where, "false", None)
    if value == []:
        # A list field written `false` became an empty list that remembers it (validate.normalise).
        return ("unmet", where, "empty" if type(value) is list else "false", None)
    return ("unmet", where, "found", value)


def unknown(where: PathKey) -> Verdict:
    return ("unknown", where, "missing", (where,))


def silent(searched: tuple[tuple[PathKey, bool], ...]) -> Verdict:
    return ("silent", searched[0][0], "silent", searched)


def is_explicit_no(verdict: Verdict) -> bool:
    return verdict[0] == "unmet" and verdict[2] in EXPLICIT


def merged_unknown(verdicts: list[Verdict], silents: list[Verdict] | None = None) -> Verdict:
    """Unknown, naming every missing path of the unknown parts, the first one first, and the
    absent fields of silent parts (a `mentions` of a field that is not there): every field
    that would answer it (docs/contract.md section 7)."""
    if len(verdicts) == 1 and not silents:
        return verdicts[0]
    paths = [path for verdict in verdicts for path in verdict[3]]
    if silents:
        paths += [path for verdict in silents for path, present in verdict[3] if not present]
    return ("unknown", verdicts[0][1], "missing", tuple(dict.fromkeys(paths)))


def merged_silent(verdicts: list[Verdict]) -> Verdict:
    if len(verdicts) == 1:
        return verdicts[0]
    return silent(tuple(dict.fromkeys(item for verdict in verdicts for item in verdict[3])))


def all_of(verdicts: list[Verdict]) -> Verdict:
    """Kleene and, silent parts left out: unmet if any is unmet, else unknown if any is unknown,
    else met; silent when every part is."""
    unknowns: list[Verdict] = []
    spoken: list[Verdict] = []
    silents: list[Verdict] = []
    for verdict in verdicts:
        value = verdict[0]
        if value == "unmet":
            return verdict
        if value == "unknown":
            unknowns.append(verdict)
        elif value == "met":
            spoken.append(verdict)
        else:
            silents.append(verdict)
    if unknowns:
        return merged_unknown(unknowns, silents)
    if not spoken:
        return merged_silent(verdicts)
    if len(spoken) == 1:
        return spoken[0]
    # Met: point at the first part (every item of a list, when the parts are `every`'s items:
    # to_outcome works that out), with the evidence of all of them.
    return ("met", spoken[0][1], "joined", spoken)


_FLIP = {"met": "unmet", "unmet": "met", "unknown": "unknown", "silent": "silent"}


def flip(verdict: Verdict) -> Verdict:
    """`not`: the value turned round, the evidence kept."""
    value, where, kind, shown = verdict
    return (_FLIP[value], where, kind, shown)


# -- into an Outcome ---------------------------------------------------------------------------

# Outcome(...) goes through a Python-level __new__; tuple.__new__ makes the same NamedTuple in
# half the time, which counts here: some 30 outcomes a file.
_make = tuple.__new__
_FIXED_EVIDENCE: dict[str, str | None] = {"false": "false", "empty": "[]", "missing": None, "silent": None}
_PUBLIC_KIND = {"joined": "found", "lacking": "found", "mention": "found", "negated_at": "negated"}


def evidence(verdict: Verdict) -> str | None:
    kind, shown = verdict[2], verdict[3]
    if kind == "found":
        return show(shown)
    if kind == "negated":
        return str(shown)
    if kind == "mention" or kind == "negated_at":
        return str(shown[0])
    if kind == "lacking":
        return show(shown[0])
    if kind == "items":
        return show([v for _, v in shown])
    if kind == "above":  # the list on the way, as written: [] or false (validate.WrittenFalse)
        return "[]" if type(shown) is list else "false"
    if kind == "joined":
        joined = "; ".join(dict.fromkeys(text for text in map(evidence, shown) if text))
        return joined or evidence(shown[0])
    return _FIXED_EVIDENCE[kind]


def to_outcome(doc: Document, verdict: Verdict) -> Outcome:
    value, where, kind, shown = verdict
    if kind == "found":  # the most common by far: first, and short
        return _make(Outcome, (value, _dotted(where), doc.loc(where), "found", show(shown), (), ()))
    if kind == "mention" or kind == "negated_at":
        # The line of the sentence, not of the field's key: a description runs over many lines.
        snippet, text, start, size = shown
        loc = doc.text_loc(where, text, start, size)
        return _make(Outcome, (value, _dotted(where), loc, _PUBLIC_KIND[kind], snippet, (), ()))
    if kind == "missing":
        dotted = _dotted(where)
        missing = (dotted,) if len(shown) == 1 else tuple(_dotted(path) for path in shown)
        return _make(Outcome, (value, dotted, doc.loc(where), "missing", None, missing, ()))
    if kind == "silent":
        absent = [path for path, present in shown if not present]
        if absent:  # the fields that could have said it are not there: not described
            where = absent[0]
            return _make(
                Outcome,
                (
                    "unknown",
                    _dotted(where),
                    doc.loc(where),
                    "missing",
                    None,
                    tuple(_dotted(p) for p in absent),
                    (),
                ),
            )
        searched = tuple(_dotted(path) for path, _ in shown)
        return _make(Outcome, ("unknown", _dotted(where), doc.loc(where), "silent", None, searched, ()))
    if kind == "joined":
        where = every_item([v[1] for v in shown])
    elif kind == "items":  # the values of every item of a list: `goals[].kind`
        return _make(
            Outcome,
            (
                value,
                _dotted(every_item([w for w, _ in shown])),
                doc.loc(where),
                "found",
                show([v for _, v in shown]),
                (),
                (),
            ),
        )
    lacking = tuple(show(v) for v in shown[1]) if kind == "lacking" else ()
    if kind == "above":
        public_kind = "empty" if type(shown) is list else "false"
    else:
        public_kind = _PUBLIC_KIND.get(kind, kind)
    return _make(
        Outcome, (value, _dotted(where), doc.loc(where), public_kind, evidence(verdict), (), lacking)
    )
