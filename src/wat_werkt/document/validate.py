"""Validate a parsed intervention against the format and turn every error into a located
Problem; then normalise the data for the engine (one-or-a-list fields become lists)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from wat_werkt.document.fastcheck import CHILDREN, fits
from wat_werkt.document.yamlload import Document, Overflowed, PathKey
from wat_werkt.format import shape
from wat_werkt.problems import Collected, Loc, Problem, found_kind, problem, shown
from wat_werkt.textsafe import one_line

if TYPE_CHECKING:
    from pydantic import BaseModel


def _field_name(path: PathKey) -> str:
    return ".".join(p for p in path if isinstance(p, str))


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice; one that differs only in case first (`g09` -> `G09`, not `T09`).

    Memoised, and never tried for a word much longer than any choice could be taken for: a
    file can hold 150,000 misspelt values (docs/robustness.md, bounded cost)."""
    if len(word) > _LONGEST_GUESS:
        return None
    return _suggest(word, tuple(choices))


_LONGEST_GUESS = 100  # characters: no choice is this long, and a typo does not add 50 letters


@functools.lru_cache(maxsize=4096)
def _suggest(word: str, allowed: tuple[str, ...]) -> str | None:
    lowered = word.lower()
    same = [choice for choice in allowed if choice.lower() == lowered]
    if same:
        return same[0]
    import difflib  # only for a file with an unknown name in it: not at every start

    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


# Authors often write the Dutch word of the databank's work sheet; point them to the key.
DUTCH_KEYS = {
    "naam": "name", "samenvatting": "summary", "omschrijving": "summary", "eigenaar": "provider",
    "aanbieder": "provider", "onderbouwing": "rationale", "randvoorwaarden": "conditions",
    "kosten": "costs", "doelgroep": "target_group", "doelen": "goals", "doel": "goals",
    "handleiding": "manual", "duur": "duration", "uitvoering": "delivery", "aanpak": "approach",
    "werkwijze": "approach", "uitvoerders": "practitioners", "uitvoerder": "practitioners",
    "relatie": "relationship", "kwaliteit": "quality", "bereik": "reach", "onderzoek": "evidence",
    "uitzonderingen": "waivers", "leeftijd": "child_age", "zwaarte": "problem_severity",
    "vorm": "format", "sessies": "sessions", "weken": "weeks", "opleiding": "training",
    "begeleiding": "supervision", "werving": "recruitment", "technieken": "techniques",
    "soort": "kind", "meting": "measure", "meetinstrument": "measure", "tekst": "text",
    "beschrijving": "description", "rol": "role", "rollen": "role", "kwaliteiten": "qualities",
    "kwalificaties": "qualifications", "oriëntatie": "orientation", "orientatie": "orientation",
    "materialen": "materials", "modules": "modules", "sessieduur": "session_minutes",
    "huisbezoekers": "home_visitors", "bezetting": "staffing", "behoud": "retention",
    "evaluatie": "evaluation", "programmatrouw": "fidelity_monitoring", "netwerk": "social_network",
    "reden": "reason", "factor": "factor", "setting": "setting", "locatie": "setting",
    "groepsgrootte": "group_size", "minimum": "min", "maximum": "max",
    # The Dutch terms docs/format.md gives for each key (tests/test_hints.py holds them to it).
    "korte beschrijving": "summary", "licentiehouder": "provider", "opbouw": "curriculum",
    "opbouw en handleiding": "curriculum", "duur en intensiteit": "duration", "werkrelatie": "relationship",
    "kwaliteitsbewaking": "quality", "erkenning": "evidence", "onderzoek en erkenning": "evidence",
    "leeftijd kind": "child_age", "preventieniveau": "prevention_level", "aard en zwaarte": "problem_severity",
    "complexiteit": "problem_complexity", "risicogroep": "risk_group", "geschikt voor groep": "group_suitable",
    "soort doel": "kind", "draaiboek": "manual", "handleiding / draaiboek": "manual",
    "gestandaardiseerd": "standardised", "onderdelen": "modules", "aantal contacten": "sessions",
    "looptijd": "weeks", "looptijd in weken": "weeks", "duur per contact": "session_minutes",
    "onderbouwing duur": "rationale", "aanpasbaar": "adjustable", "huisbezoeken per maand": "home_visits_per_month",
    "plaats": "setting", "maatwerk": "tailoring", "aansluiten bij ouders": "parent_perspective",
    "eigen regie": "empowerment", "sociaal netwerk": "social_network", "functie": "role",
    "opleidingseisen": "qualifications", "persoonlijke kwaliteiten": "qualities", "toetsing": "monitoring",
    "modelgetrouwheid": "fidelity_monitoring", "blijvende deelname": "retention",
    "erkenningsniveau": "databank_level", "huisbezoek per maand": "home_visits_per_month",
    "bezoeken per maand": "home_visits_per_month",
}  # fmt: skip


# The Dutch words of the databank's work sheet for the enumerated values; a value is offered
# only for a field that allows it (`format: huisbezoek` -> home_visiting).
DUTCH_VALUES = {
    "groep": "group", "groepen": "group", "groepsgewijs": "group", "individueel": "individual",
    "huisbezoek": "home_visiting", "huisbezoeken": "home_visiting", "thuis": "home_visiting",
    "geen": "none", "licht": "light", "matig": "moderate", "zwaar": "severe", "ernstig": "severe",
    "laag": "low", "middel": "medium", "gemiddeld": "medium", "hoog": "high",
    "universeel": "universal", "selectief": "selective", "geindiceerd": "indicated",
    "geïndiceerd": "indicated", "zorg": "care",
    "opvoedvaardigheden": "parenting_skills", "kindgedrag": "child_behaviour",
    "gedrag": "child_behaviour", "opvattingen": "parent_attitudes", "welbevinden": "parent_wellbeing",
    "sociale steun": "social_support", "kennis": "knowledge", "ontwikkeling": "child_development",
    "anders": "other", "overig": "other", "overige": "other",
    "gedragsmatig": "behavioural", "gedragsgericht": "behavioural", "cognitief": "cognitive",
    "relationeel": "relational", "psycho-educatief": "psychoeducational",
    "psychoeducatie": "psychoeducational", "psycho-educatie": "psychoeducational", "systemisch": "systemic",
    "professioneel": "professional", "beroepskracht": "professional", "hulpverlener": "professional",
    "verpleegkundige": "nurse", "jeugdverpleegkundige": "nurse", "wijkverpleegkundige": "nurse",
    "vrijwilliger": "volunteer", "vrijwilligers": "volunteer",
    "voordoen": "modelling", "rollenspel": "role_play", "huiswerk": "homework",
    "praktische tips": "practical_tips", "bekrachtigen": "reinforce_positive", "negeren": "ignore_negative",
    "videofeedback": "video_feedback", "video-feedback": "video_feedback",
    "goed beschreven": "well_described", "goed onderbouwd": "theoretically_sound",
    "eerste aanwijzingen": "first_indications", "goede aanwijzingen": "good_indications",
    "sterke aanwijzingen": "strong_indications",
    # The Dutch terms docs/format.md gives for each value (tests/test_hints.py holds them to it).
    "gedrag kind": "child_behaviour", "houding en opvattingen ouders": "parent_attitudes",
    "opvattingen ouders": "parent_attitudes", "welbevinden ouders": "parent_wellbeing",
    "eigen regie": "empowerment", "ontwikkeling kind": "child_development", "gehechtheid": "relational",
    "positief gedrag bekrachtigen": "reinforce_positive", "negatief gedrag negeren": "ignore_negative",
    "gedrag benoemen": "identify_behaviour", "gedrag bijhouden": "monitor_behaviour",
    "video-feedback op eigen opnames": "video_feedback", "reflectie op opvattingen": "attitude_reflection",
    "reflectie": "attitude_reflection", "cognitieve herstructurering": "cognitive_restructuring",
    "hbo/wo": "professional", "gedrag negeren": "ignore_negative", "positief gedrag belonen": "reinforce_positive",
    "belonen": "reinforce_positive", "gedrag registreren": "monitor_behaviour",
    "effectief volgens eerste aanwijzingen": "first_indications",
    "effectief volgens goede aanwijzingen": "good_indications",
    "effectief volgens sterke aanwijzingen": "strong_indications",
}  # fmt: skip


def suggest_value(word: str, choices: Iterable[str]) -> str | None:
    allowed = list(choices)
    dutch = DUTCH_VALUES.get(" ".join(word.strip().lower().replace("_", " ").split()))
    return dutch if dutch in allowed else suggest(word, allowed)


def suggest_key(word: str, choices: Iterable[str]) -> str | None:
    allowed = list(choices)
    # `huisbezoeken_per_maand` is the Dutch words written as a key.
    dutch = DUTCH_KEYS.get(" ".join(word.lower().replace("_", " ").split()))
    return dutch if dutch in allowed else suggest(word, allowed)


_EXPECTED = {
    "string_type": "type_text",
    "int_type": "type_whole_number",
    "float_type": "type_number",
    "bool_type": "type_bool",
    "model_type": "type_mapping",
    "model_attributes_type": "type_mapping",
    "dict_type": "type_mapping",
    "list_type": "type_list",
}


def _model_at(path: PathKey) -> type[BaseModel] | None:
    """The model class of the mapping at `path` (list indices skipped)."""
    return _model_of(tuple(part for part in path if isinstance(part, str)))


# Remembered: a file with 190,000 wrong items asks the same question 190,000 times.
@functools.lru_cache(maxsize=256)
def _model_of(path: tuple[str, ...]) -> type[BaseModel] | None:
    from pydantic import BaseModel

    from wat_werkt.format import model  # pydantic's error paths are worded only for invalid files

    current: type[BaseModel] = model.Intervention
    for part in path:
        info = current.model_fields.get(part)
        if info is None:
            return None
        inner = model._unwrap(info.annotation)
        if inner is not None and hasattr(inner, "__args__") and not isinstance(inner, type):
            inner = next((a for a in inner.__args__ if isinstance(a, type)), inner)
        if not (isinstance(inner, type) and issubclass(inner, BaseModel)):
            return None
        current = inner
    return current


class _Located:
    """Find where an error points: the value when it exists, else its nearest key."""

    def __init__(self, doc: Document):
        self.doc = doc

    def value(self, path: PathKey) -> Any:
        # A scalar given for a one-or-a-list field is item 0 of the list pydantic saw.
        for end in range(len(path), -1, -1):
            loc = self.doc.value_loc(path[:end])
            if loc is not None:
                return loc
        return self.doc.loc(path)


def _lookup(data: Any, path: PathKey) -> Any:
    for part in path:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return data  # a scalar listified by the model: the error is about that scalar
    return data


def _required(path: PathKey) -> bool:
    owner = _model_at(path[:-1])
    info = owner.model_fields.get(str(path[-1])) if owner else None
    return bool(info and info.is_required())


def _written(value: Any) -> str:
    """A value as the author wrote it, for an error that suggests another (hints.py)."""
    if isinstance(value, str):
        return repr(one_line(value if len(value) <= 40 else value[:39] + "…"))
    if value is None:
        return "@found_null"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _problem_for(error: Any, doc: Document, at: _Located, guess: bool = True) -> Problem:
    """The problem pydantic's `error` stands for; with a did-you-mean only when `guess`."""
    kind = error["type"]
    path: PathKey = tuple(error["loc"])
    key = _field_name(path)
    if kind == "extra_forbidden":
        owner = _model_at(path[:-1])
        name = str(path[-1])
        choices = owner.model_fields if owner else ()
        if re.match(r"\d+(\s|$)", name) and len(path) > 1:
            # `{min: 1,5, max: 4}`, `{session_minutes: 1,5 uur}`: a decimal comma splits the flow
            # mapping at the comma.
            return problem(doc.key_loc(path), "decimal_comma", key, key=name)
        return problem(
            doc.key_loc(path),
            "unknown_key",
            key,
            key=name,
            suggestion=suggest_key(name, choices) if guess else None,
        )
    if kind == "missing":
        name = str(path[-1])
        if path[:1] == ("waivers",) and name == "reason":
            factor = _lookup(doc.data, (*path[:-1], "factor"))
            return problem(doc.loc(path), "waiver_no_reason", key, factor=factor)
        return problem(doc.loc(path), "missing_key", key, key=name)
    from wat_werkt.document import hints  # only a file that is not valid needs them

    value = _lookup(doc.data, path)
    loc = at.value(path)
    meant = hints.for_value(path, value) if guess else None  # the way it is written suggests (hints.py)
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", error["ctx"]["expected"])
        if meant is not None and meant.meant is not None:
            return problem(
                loc,
                "unknown_value_meant",
                key,
                key=key,
                value=_written(value),
                allowed=", ".join(allowed),
                meant=meant.meant,
                why="@" + meant.why,
            )
        return problem(
            loc,
            "unknown_value",
            key,
            key=key,
            value=shown(value),
            allowed=", ".join(allowed),
            suggestion=suggest_value(shown(value), allowed) if guess else None,
        )
    if isinstance(value, Overflowed):  # `1.0e+309`: the author wrote no .inf
        return problem(loc, "number_overflows", key, key=key, value=shown(value.written, 40))
    if isinstance(value, float) and not math.isfinite(value):  # neither negative nor a count
        found = ".nan" if value != value else ("-.inf" if value < 0 else ".inf")
        return problem(loc, "not_a_number", key, key=key, found=found)
    if kind == "greater_than_equal" and error["ctx"]["ge"] == 0:
        return problem(loc, "negative", key, key=key)
    if kind == "greater_than_equal":
        return problem(loc, "too_small", key, key=key, minimum=error["ctx"]["ge"])
    if kind in _EXPECTED:
        expected = _EXPECTED[kind]
        if expected == "type_text" and _required(path):
            expected = "type_required_text"  # `false` is no answer where text is required
        if value is False and expected == "type_mapping" and not isinstance(path[-1], int):
            fields = ", ".join(f"{name}: false" for name in hints.section_fields(path))
            return problem(
                loc, "section_false" if fields else "section_false_none", key, key=key, fields=fields
            )
        if meant is not None:
            return problem(
                loc,
                "wrong_type_meant" if meant.meant else "wrong_type_why",
                key,
                key=key,
                expected="@" + expected,
                found=_written(value),
                meant=meant.meant,
                why="@" + meant.why,
            )
        if (
            expected == "type_mapping"
            and path[:1] == ("goals",)
            and len(path) == 2
            and isinstance(value, str)
        ):
            # A goal written as a line of text, as in a work sheet: show the shape it takes.
            return problem(loc, "goal_as_text", key, item=f"goals[{path[1]}]", text=_written(value))
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            # The value itself says more than its kind: "found 8.5", not "found a number".
            return problem(
                loc,
                "wrong_type_value",
                key,
                key=key,
                expected="@" + expected,
                found="@" + found_kind(value),
                value=_written(value),
            )
        return problem(
            loc, "wrong_type", key, key=key, expected="@" + expected, found="@" + found_kind(value)
        )
    # pydantic's own wording is English only; name its error type instead.
    return problem(loc, "value_not_valid", key, key=key, kind=kind)


def _semantic(doc: Document, known_factors: AbstractSet[str] | None) -> list[Problem]:
    """Rules a type system does not express: placeholders, min above max, waivers, version."""
    data = doc.data
    found: list[Problem] = []
    for key in ("name", "summary"):
        value = data.get(key)
        if isinstance(value, str) and shape.is_placeholder(value):
            # As `init` leaves them: say what to write (docs/contract.md section 7).
            found.append(problem(doc.loc((key,)), f"fill_in_{key}", key))
    version = data.get("watwerkt")
    if isinstance(version, int) and not isinstance(version, bool) and version > shape.FORMAT_VERSION:
        found.append(
            problem(
                doc.loc(("watwerkt",)),
                "unsupported_version",
                "watwerkt",
                version=version,
                supported=shape.FORMAT_VERSION,
            )
        )
    age = (
        (data.get("target_group") or {}).get("child_age")
        if isinstance(data.get("target_group"), dict)
        else None
    )
    if isinstance(age, dict):
        low, high = age.get("min"), age.get("max")
        if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
            found.append(
                problem(
                    doc.loc(("target_group", "child_age", "min")),
                    "min_above_max",
                    "target_group.child_age",
                    min=low,
                    max=high,
                )
            )
    waivers = data.get("waivers")
    first_line: dict[str, int] = {}
    for i, waiver in enumerate(waivers if isinstance(waivers, list) else []):
        if not isinstance(waiver, dict):
            continue
        factor, reason = waiver.get("factor"), waiver.get("reason")
        if isinstance(reason, str) and gives_no_reason(reason):
            found.append(
                problem(
                    doc.loc(("waivers", i, "reason")),
                    "waiver_no_reason",
                    f"waivers[{i}].reason",
                    factor=factor,
                )
            )
        if not isinstance(factor, str):
            continue
        loc = doc.loc(("waivers", i, "factor"))
        if known_factors is not None and factor not in known_factors:
            found.append(
                problem(
                    loc,
                    "waiver_unknown_factor",
                    f"waivers[{i}].factor",
                    factor=factor,
                    suggestion=suggest(factor, known_factors),
                )
            )
        if factor in first_line:
            found.append(
                problem(
                    loc, "waiver_duplicate", f"waivers[{i}].factor", factor=factor, first=first_line[factor]
                )
            )
        first_line.setdefault(factor, loc.line)
    return found


def validate(doc: Document, known_factors: AbstractSet[str] | None = None) -> list[Problem]:
    """Every problem with the document, sorted by location; empty when it is valid."""
    found = Collected(most=None)
    collect(doc, found, known_factors)
    return found.sorted()


def collect(
    doc: Document,
    found: Collected,
    known_factors: AbstractSet[str] | None = None,
    refused: AbstractSet[Loc] = frozenset(),
) -> None:
    """Every problem with the document into `found`, except those at a place in `refused` (a
    refused tag already explains its value: a type error on the same spot would repeat it).
    Only the problems `found` shows are given a did-you-mean, the costly part."""
    if not isinstance(doc.data, dict):
        found.add(problem(doc.loc(()), "root_not_mapping", found="@" + found_kind(doc.data)))
        return
    for semantic in _semantic(doc, known_factors):
        if semantic.loc not in refused:
            found.add(semantic)
    # Only a document that may be wrong pays for importing pydantic's model (fastcheck.py).
    if fits(doc.data):
        return
    at = _Located(doc)
    # A missing key waits until every unknown key is known: `naam: X` is answered by the
    # unknown key's did-you-mean ('name'), and "name is missing" beside it would repeat it.
    # Both are kept up to _HELD of them, so that memory stays bounded (_CHUNK).
    held: list[Any] = []
    unknown: list[Any] = []
    for error in _errors(doc.data):
        if error["type"] == "missing" and len(held) < _HELD:
            held.append(error)
            continue
        if error["type"] == "extra_forbidden" and len(unknown) < _HELD:
            unknown.append(error["loc"])
        if error["type"] == "float_type" and type(_lookup(doc.data, tuple(error["loc"]))) is int:
            # A whole number past any float (1 and 400 zeros) is a number all the same, as the
            # engine reads it (docs/contract.md section 7): pydantic cannot make it a float.
            continue
        plain = _problem_for(error, doc, at, guess=False)
        if plain.loc not in refused:
            found.add(plain, error)
    meant = _misspelt_required(held, unknown)
    for error in held:
        plain = _problem_for(error, doc, at, guess=False)
        if tuple(error["loc"]) not in meant and plain.loc not in refused:
            found.add(plain, error)
    found.reword(lambda error: _problem_for(error, doc, at))


_HELD = 1000


def _misspelt_required(missing_errors: list[Any], unknown: list[Any]) -> set[PathKey]:
    """The paths of required keys that are missing because they were written otherwise: an
    unknown key beside them is their Dutch word or close to them (`naam`, `nme` for `name`)."""
    missing = {tuple(e["loc"]) for e in missing_errors}
    if not missing or not unknown:
        return set()
    meant: set[PathKey] = set()
    for loc in unknown:
        *parent, written = loc
        names = [path[-1] for path in missing if list(path[:-1]) == parent and isinstance(path[-1], str)]
        guess = suggest_key(str(written), names) if names else None
        if guess is not None:
            meant.add((*parent, guess))
    return meant


# pydantic's errors of one call are held all at once: a list of many wrong items took most of
# a run's memory in them (docs/robustness.md). So no call sees more than this many items of a list: a
# longer one is validated a chunk at a time, each in a document of its own that holds only
# the way to the list, and its errors are put back at their places.
_CHUNK = 2000


def _errors(data: dict[str, Any]) -> Iterator[Any]:
    """pydantic's errors of the document, the same as one call to the model would give, in
    bounded memory (_CHUNK)."""
    from pydantic import ValidationError

    from wat_werkt.format import model

    for piece, placed in _pieces(data, _as_is):
        try:
            model.Intervention.model_validate(piece)
        except ValidationError as exc:
            # Without the input and a URL per error: they would take much more memory.
            for error in exc.errors(include_url=False, include_input=False):
                where = placed(tuple(error["loc"]))
                if where is not None:
                    error["loc"] = where
                    yield error


Placing = Callable[[PathKey], "PathKey | None"]


def _as_is(path: PathKey) -> PathKey | None:
    return path


def _pieces(data: dict[str, Any], placed: Placing) -> Iterator[tuple[dict[str, Any], Placing]]:
    """The documents to validate for `data`: itself with every long list cut to its first
    _CHUNK items, then, for each later chunk of each long list, a document holding only that
    chunk at the end of the way to it, with how its errors' paths are put back (None: an error
    outside the chunk, which another piece gives)."""
    longs: list[tuple[PathKey, list[Any]]] = []
    yield _cut(data, "", (), longs), placed
    for path, items in longs:
        way = tuple(0 if isinstance(step, int) else step for step in path)
        for start in range(_CHUNK, len(items), _CHUNK):

            def back(
                loc: PathKey, way: PathKey = way, path: PathKey = path, start: int = start
            ) -> PathKey | None:
                n = len(way)
                index = loc[n] if len(loc) > n and loc[:n] == way else None
                if not isinstance(index, int):
                    return None
                return placed((*path, index + start, *loc[n + 1 :]))

            yield from _pieces(_only(data, path, items[start : start + _CHUNK]), back)


def _cut(
    data: dict[str, Any], prefix: str, path: PathKey, longs: list[tuple[PathKey, list[Any]]]
) -> dict[str, Any]:
    """`data`, the mapping at `prefix`, with each list longer than _CHUNK cut (and noted in
    `longs` whole). Only the fields of the format are followed: pydantic goes no further, so
    no nesting in a file makes this recurse deeper than the format does."""
    fields = CHILDREN.get(prefix, {})
    out: dict[str, Any] | None = None
    for name, value in data.items():
        known = fields.get(name)
        if known is None:
            continue
        field, inner = known
        new = value
        if field.shape == "mapping" and isinstance(value, dict):
            new = _cut(value, inner, (*path, name), longs)
        elif field.shape in ("items", "list") and isinstance(value, list):
            if len(value) > _CHUNK:
                longs.append(((*path, name), value))
                new = value[:_CHUNK]
            if field.shape == "items":
                new = [
                    _cut(item, inner, (*path, name, i), longs) if isinstance(item, dict) else item
                    for i, item in enumerate(new)
                ]
        if new is not value:
            if out is None:
                out = dict(data)
            out[name] = new
    return data if out is None else out


def _only(data: Any, path: PathKey, chunk: list[Any]) -> dict[str, Any]:
    """A document with nothing but `chunk` at `path`, each list on the way holding only the
    item on it (as item 0)."""
    if not path:
        return chunk  # type: ignore[return-value]
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        return [_only(data[step], rest, chunk)]  # type: ignore[return-value]
    return {step: _only(data[step], rest, chunk)}


class WrittenFalse(list[Any]):
    """The empty list a one-or-a-list field written as `false` becomes: it is `[]` to every
    operator, and still says it was written `false`, so evidence shows what the author wrote
    (docs/contract.md section 2)."""

    __slots__ = ()


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Lists for one-or-a-list fields (`false` -> []), so the engine sees one shape only."""
    _normalise(data, _ONE_OR_A_LIST)
    return data


def _plan(paths: Iterable[str]) -> dict[str, Any]:
    """The dotted paths as a tree to walk a document by once: each key maps to [whether the
    field there is one-or-a-list, the tree of the fields inside it]."""
    root: dict[str, Any] = {}
    for path in paths:
        *outer, last = path.split(".")
        node = root
        for part in outer:
            node = node.setdefault(part, [False, {}])[1]
        node.setdefault(last, [False, {}])[0] = True
    return root


_ONE_OR_A_LIST = _plan(shape.LIST_PATHS)


def _normalise(owner: dict[str, Any], plan: dict[str, Any]) -> None:
    for key, (one_or_a_list, inside) in plan.items():
        value = owner.get(key)
        if value is None:
            continue
        if one_or_a_list:
            if value is False:
                value = owner[key] = WrittenFalse()
            elif not isinstance(value, list):
                value = owner[key] = [value]
        if inside:
            # A list on the way stands for each of its items, as in condition paths.
            for item in value if isinstance(value, list) else (value,):
                if isinstance(item, dict):
                    _normalise(item, inside)


# A waiver's reason is read by whoever reviews the file: "ja" or "ok" answers a question
# nobody asked and says nothing about why the factor is set aside (docs/contract.md section 1).
_YES_WORDS = frozenset(
    ["ja", "jawel", "yes", "ok", "oke", "oké", "okay", "akkoord", "prima", "true", "x", "v"]
)


def gives_no_reason(reason: str) -> bool:
    """A reason that says nothing of why (a waiver's, a per-file ignore's): a placeholder, or
    only a yes or a no ("ja", "ok", "nee")."""
    from wat_werkt.engine.negation import is_no_word

    if shape.is_placeholder(reason):
        return True
    return is_no_word(reason) or reason.strip().strip(".!?").strip().lower() in _YES_WORDS
