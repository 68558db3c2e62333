"""The condition operators of factor files (docs/contract.md sections 2 and 3), in three-valued
logic, and `OPERATORS`, their one registry.

An operator is one class here, and nothing else anywhere: `parse` reads it from a factor file
(through the loader's `Reader`, which names the culprit of every mistake), `compile` turns it
into a plain function `check(node, base) -> Verdict` with its paths split and its arguments
bound, `paths` says which fields of the format it reads, and `describe` says it in words for
`factors show` and `explain`. A factor set is compiled once and then evaluated for every file
(engine/evaluate.py). `base` is the path of `node`: the root, or one item of a list inside `every`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, Protocol

from wat_werkt.document.yamlload import Document, PathKey
from wat_werkt.engine.lookup import Found, at, finder, flat, split
from wat_werkt.engine.negation import find_mention, says_no, sentence_says_no
from wat_werkt.engine.verdicts import (
    EXPLICIT,
    MAX_EVIDENCE,
    EvidenceKind,
    Outcome,
    Tri,
    Verdict,
    all_of,
    flip,
    merged_silent,
    merged_unknown,
    met,
    show,
    silent,
    to_outcome,
    unknown,
    unmet,
)
from wat_werkt.format.shape import EDGE, is_placeholder, opens_with_placeholder
from wat_werkt.messages import message
from wat_werkt.problems import dotted

# What the rest of watwerkt takes from here, some of it defined in verdicts.py.
__all__ = [
    "MAX_EVIDENCE",
    "OPERATORS",
    "All",
    "Any_",
    "Check",
    "Compare",
    "Condition",
    "Described",
    "Every",
    "EvidenceKind",
    "First",
    "IncludesAll",
    "Mentions",
    "Not",
    "OneOf",
    "Outcome",
    "Reader",
    "Tri",
    "described_value",
    "dotted",
    "evaluate",
    "mentions_terms",
    "show",
]

# A compiled condition: the node to start from and its path in the document -> its verdict.
Check = Callable[[Any, PathKey], Verdict]


class Condition(Protocol):
    def compile(self) -> Check: ...

    def paths(self, prefix: str = "") -> Iterator[str]: ...

    def describe(self, lang: str) -> str: ...


class Reader(Protocol):
    """What the factor-set loader offers an operator's `parse`: checks that report a problem at
    the right place (and answer None) when an argument is wrong."""

    def error(self, where: PathKey, code: str, /, **params: Any) -> None: ...

    def path(self, value: Any, at: PathKey, item_of: str | None, op: str) -> str | None: ...

    def mapping(self, arg: Any, at: PathKey, op: str, keys: tuple[str, ...]) -> dict[str, Any] | None: ...

    def allowed(self, values: list[tuple[Any, PathKey]], full: str, op: str) -> None: ...

    def shape(self, full: str) -> str | None: ...  # scalar, mapping, list or items (of mappings)

    def value_kind(self, full: str) -> str | None: ...  # integer, number, enum, text, bool

    def condition(self, value: Any, where: PathKey, item_of: str | None) -> Condition | None: ...


def evaluate(cond: Condition, doc: Document, base: PathKey = ()) -> Outcome:
    """One condition on one document; the engine compiles once per factor set instead."""
    return to_outcome(doc, cond.compile()(at(doc.data, base), base))


def full_path(path: str, item_of: str | None) -> str:
    """A condition's path made absolute: inside `every`, relative to the list's items."""
    if path == ".":
        return item_of or path
    return f"{item_of}.{path}" if item_of else path


def _in(prefix: str, path: str) -> str:
    """`path` as a full path, inside an `every` whose items are at `prefix` ("a.b." or "")."""
    return prefix.rstrip(".") if path == "." else prefix + path


def _where(path: str, lang: str) -> str:
    # Inside `every`, "." is the list item itself.
    return message("cond_item", lang) if path == "." else path


def _no_hits(base: PathKey, as_written: tuple[str, ...], found: Found) -> Verdict:
    """Nothing present: unmet when a list on the way is explicitly empty (`goals: []` for
    `goals.kind`: no item can match, but the field asked for was not itself answered "no"),
    else unknown."""
    _, missing, empty = found
    if empty:
        return ("unmet", empty[0][0], "above", empty[0][1])
    if len(missing) > 1:
        return merged_unknown([unknown(m) for m in missing])
    return unknown(missing[0] if missing else (*base, *as_written))


# -- the operators -----------------------------------------------------------------------------


# Fields that name or identify an intervention: their text is never read as an answer "no"
# ("Geen Zorgen" may be a name).
NAMING_FIELDS = frozenset({"name", "summary", "provider", "url"})
DESCRIBING_FIELDS = frozenset({"target_group"})


def described_value(value: Any, read_no: bool = True, sentences: bool = False, field: str = "") -> Tri:
    """docs/contract.md section 2: is this value an answer, an explicit 'no', or silence? A text
    that answers no in so many words ("nee", "n.v.t.", "Geen; ...") is a no, as `false` is
    (unless `read_no` is false: a name); with `sentences`, so is a one-sentence text that opens
    with a negation ("Er is geen supervisie.", negation.sentence_says_no, which reads what
    `field` is about); a placeholder ("TODO",
    "onbekend") is silence; any other text is an answer."""
    if value is None:
        return "unknown"
    if value is False or value == []:
        return "unmet"
    if isinstance(value, str):
        if read_no and says_no(value):  # before placeholders: "n/a" says no here
            return "unmet"
        # Placeholders are short, but "TODO ..." may go on (docs/contract.md section 7).
        if (len(value) < 48 or value.lstrip(EDGE)[:3].lower() in ("tod", "tbd")) and is_placeholder(value):
            return "unknown"  # before sentences: "Nog niet bekend" is a reminder, not a no
        if opens_with_placeholder(value):
            return "unknown"  # "Nog niet uitgewerkt; volgt in 2026": a reminder with a note
        return "unmet" if sentences and sentence_says_no(value, field) else "met"
    if isinstance(value, list):
        all_unmet = bool(value)
        for item in value:
            state = described_value(item, read_no, sentences, field)
            if state == "met":
                return "met"
            all_unmet = all_unmet and state == "unmet"
        return "unmet" if all_unmet else "unknown"
    if isinstance(value, dict):
        all_unmet = True
        for item in value.values():
            state = described_value(item, read_no, sentences, field)
            if state == "met":
                return "met"
            all_unmet = all_unmet and state == "unmet"
        return "unmet" if value and all_unmet else "unknown"
    return "met"  # numbers and true


class Described(NamedTuple):
    path: str

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        path = reader.path(arg, at, item_of, "described")
        return cls(path) if path else None

    def compile(self) -> Check:
        parts, as_written = split(self.path), tuple(self.path.split("."))
        find = finder(parts)
        read_no = not parts or parts[0] not in NAMING_FIELDS
        # A field that asks whether the intervention has something (supervision, a manual) says
        # no with a sentence that opens with a negation; one that describes the parents ("Geen
        # meervoudige problematiek") answers with it (docs/contract.md section 7).
        sentences = read_no and (not parts or parts[0] not in DESCRIBING_FIELDS)

        def described(node: Any, base: PathKey) -> Verdict:
            found = find(node, base)
            first_unmet: tuple[PathKey, Any] | None = None
            first_unknown: PathKey | None = None
            for where, value in found[0]:
                if sentences and isinstance(value, str):
                    state = described_value(_unnamed(value, node, base), read_no, sentences, self.path)
                else:
                    state = described_value(value, read_no, sentences, self.path)
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
                where, value = first_unmet
                if isinstance(value, str) or (
                    isinstance(value, list) and value and isinstance(value[0], str)
                ):
                    # Text that answers no ("n.v.t.", "Nee; ..."): an explicit no, with the text
                    # as its evidence.
                    return ("unmet", where, "negated", show(value))
                return unmet(where, value)
            return _no_hits(base, as_written, found)

        return described

    def paths(self, prefix: str = "") -> Iterator[str]:
        yield _in(prefix, self.path)

    def describe(self, lang: str) -> str:
        return message("cond_described", lang, path=_where(self.path, lang))


def _same(value: Any, values: tuple[Any, ...] | list[Any]) -> bool:
    # YAML's true is not 1: compare booleans only with booleans.
    is_bool = isinstance(value, bool)
    for v in values:  # noqa: SIM110 - a plain loop: any() would make a generator per item
        if value == v and is_bool == isinstance(v, bool):
            return True
    return False


def _values_arg(
    reader: Reader, arg: Any, at: PathKey, item_of: str | None, op: str
) -> tuple[str, tuple[Any, ...]] | None:
    arg = reader.mapping(arg, at, op, ("path", "values"))
    path = arg and reader.path(arg["path"], (*at, "path"), item_of, op)
    if not arg or not path:
        return None
    values = arg["values"]
    if not isinstance(values, list) or not values or any(isinstance(v, (dict, list)) for v in values):
        reader.error((*at, "values"), "arg_values", op=op)
        return None
    reader.allowed([(v, (*at, "values", i)) for i, v in enumerate(values)], full_path(path, item_of), op)
    return path, tuple(values)


class OneOf(NamedTuple):
    """`equals` is `one_of` with one value; a list field matches when any item does."""

    path: str
    values: tuple[Any, ...]

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        got = _values_arg(reader, arg, at, item_of, "one_of")
        return cls(*got) if got else None

    @classmethod
    def parse_equals(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        arg = reader.mapping(arg, at, "equals", ("path", "value"))
        path = arg and reader.path(arg["path"], (*at, "path"), item_of, "equals")
        if not arg or not path:
            return None
        if isinstance(arg["value"], (dict, list)) or arg["value"] is None:
            reader.error((*at, "value"), "arg_single", op="equals")
            return None
        reader.allowed([(arg["value"], (*at, "value"))], full_path(path, item_of), "equals")
        return cls(path, (arg["value"],))

    def compile(self) -> Check:
        find, as_written, values = finder(split(self.path)), tuple(self.path.split(".")), self.values

        def one_of(node: Any, base: PathKey) -> Verdict:
            found = find(node, base)
            hits = found[0]
            if len(hits) == 1 and not isinstance(hits[0][1], list):  # one plain value, the usual
                where, value = hits[0]
                return met(where, value) if _same(value, values) else unmet(where, value)
            items, empty = flat(hits)
            for where, value in items:
                if _same(value, values):
                    return met(where, value)
            if len(found[0]) > 1:  # through a list (`goals.kind`): every item's value, shown as such
                return ("unmet", found[0][0][0], "items", found[0])
            if items:
                return unmet(*found[0][0])  # the field as written: the whole list
            if empty:
                return unmet(*empty[0])
            return _no_hits(base, as_written, found)

        return one_of

    def paths(self, prefix: str = "") -> Iterator[str]:
        yield _in(prefix, self.path)

    def describe(self, lang: str) -> str:
        if len(self.values) == 1:
            return message("cond_equals", lang, path=_where(self.path, lang), value=show(self.values[0]))
        return message("cond_one_of", lang, path=_where(self.path, lang), values=show(list(self.values)))


class IncludesAll(NamedTuple):
    path: str
    values: tuple[Any, ...]

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        got = _values_arg(reader, arg, at, item_of, "includes_all")
        return cls(*got) if got else None

    def compile(self) -> Check:
        find, as_written, wanted = finder(split(self.path)), tuple(self.path.split(".")), self.values

        def includes_all(node: Any, base: PathKey) -> Verdict:
            found = find(node, base)
            items, empty = flat(found[0])
            if not items and not empty:
                return _no_hits(base, as_written, found)
            if not items:
                return unmet(*empty[0])  # the list itself is empty: an explicit "none"
            present = [v for _, v in items]
            where = found[0][0][0]
            lacking = tuple(v for v in wanted if not _same(v, present))
            if not lacking:
                return met(where, present)
            # Name what is missing, so a partial factor can say which items (contract section 2).
            return ("unmet", where, "lacking", (present, lacking))

        return includes_all

    def paths(self, prefix: str = "") -> Iterator[str]:
        yield _in(prefix, self.path)

    def describe(self, lang: str) -> str:
        code = "cond_includes" if len(self.values) == 1 else "cond_includes_all"
        return message(code, lang, path=_where(self.path, lang), values=show(list(self.values)))


class Compare(NamedTuple):
    """`at_least` (sign 1) and `at_most` (sign -1) on a number."""

    path: str
    value: float
    sign: int

    @classmethod
    def parse_sign(
        cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None, op: str, sign: int
    ) -> Condition | None:
        arg = reader.mapping(arg, at, op, ("path", "value"))
        path = arg and reader.path(arg["path"], (*at, "path"), item_of, op)
        if not arg or not path:
            return None
        value = arg["value"]
        # A whole number of any size is finite (math.isfinite would convert it to a float, and
        # one of 400 digits overflows that).
        if (
            not isinstance(value, (int, float))
            or isinstance(value, bool)
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            reader.error((*at, "value"), "arg_number", op=op)
            return None
        if reader.value_kind(full_path(path, item_of)) not in ("integer", "number"):
            reader.error((*at, "path"), "arg_not_number_field", op=op, field=full_path(path, item_of))
            return None
        return cls(path, value, sign)

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        return cls.parse_sign(reader, arg, at, item_of, "at_least", 1)

    @classmethod
    def parse_at_most(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        return cls.parse_sign(reader, arg, at, item_of, "at_most", -1)

    def compile(self) -> Check:
        find, as_written, limit, sign = (
            finder(split(self.path)),
            tuple(self.path.split(".")),
            self.value,
            self.sign,
        )

        def reaches(value: Any) -> bool:
            # Compared as Python compares an int with a float: exactly, with no conversion that
            # could overflow for a number of hundreds of digits.
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                return False
            return value >= limit if sign > 0 else value <= limit

        def compare(node: Any, base: PathKey) -> Verdict:
            found = find(node, base)
            items, empty = flat(found[0])
            for where, value in items:
                if reaches(value):
                    return met(where, value)
            if items:
                return unmet(*items[0])
            if empty:
                return unmet(*empty[0])
            return _no_hits(base, as_written, found)

        return compare

    def paths(self, prefix: str = "") -> Iterator[str]:
        yield _in(prefix, self.path)

    def describe(self, lang: str) -> str:
        code = "cond_at_least" if self.sign > 0 else "cond_at_most"
        # A whole number as written ("2", not "2.0"; one of 400 digits cut short, never made a
        # float, which it would overflow).
        value = show(self.value) if isinstance(self.value, int) else f"{self.value:g}"
        return message(code, lang, path=_where(self.path, lang), value=value)


class Every(NamedTuple):
    path: str
    check: Condition

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        arg = reader.mapping(arg, at, "every", ("path", "check"))
        path = arg and reader.path(arg["path"], (*at, "path"), item_of, "every")
        if not arg or not path:
            return None
        full = full_path(path, item_of)
        if reader.shape(full) not in ("list", "items"):
            reader.error((*at, "path"), "arg_not_list", op="every", field=path)
            return None
        check = reader.condition(arg["check"], (*at, "check"), full)
        return cls(path, check) if check else None

    def compile(self) -> Check:
        find, as_written, check = finder(split(self.path)), tuple(self.path.split(".")), self.check.compile()

        def items_of(where: PathKey, value: Any) -> Verdict:
            """One list: the first unmet item decides (checks are pure)."""
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

        def every(node: Any, base: PathKey) -> Verdict:
            found = find(node, base)
            if not found[0]:
                return _no_hits(base, as_written, found)
            if len(found[0]) == 1:
                return items_of(*found[0][0])
            return all_of([items_of(where, value) for where, value in found[0]])

        return every

    def paths(self, prefix: str = "") -> Iterator[str]:
        full = _in(prefix, self.path)
        yield full
        yield from self.check.paths(full + ".")

    def describe(self, lang: str) -> str:
        return message("cond_every", lang, path=self.path, check=self.check.describe(lang))


class Mentions(NamedTuple):
    """Free text as evidence only (docs/contract.md section 2): a term in an affirmative clause
    is met; found only in negated clauses, unmet, with the clause as evidence; not found at all,
    silent. A field that is explicitly `false` (or `[]`) is unmet."""

    fields: tuple[str, ...]
    terms: tuple[str, ...]  # of both languages, in lower case (mentions_terms)

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        arg = reader.mapping(arg, at, "mentions", ("paths", "terms"))
        if not arg:
            return None
        paths = arg["paths"]
        if not isinstance(paths, list) or not paths:
            reader.error((*at, "paths"), "arg_paths", op="mentions")
            return None
        checked = [reader.path(p, (*at, "paths", i), item_of, "mentions") for i, p in enumerate(paths)]
        terms = arg["terms"]
        words: list[str] = []
        for lang in ("nl", "en"):
            listed = terms.get(lang) if isinstance(terms, dict) else None
            if (
                not isinstance(listed, list)
                or not listed
                or not all(isinstance(t, str) and t.strip() for t in listed)
            ):
                reader.error((*at, "terms"), "missing_translation", key=dotted((*at, "terms", lang)))
                return None
            words.extend(t.strip() for t in listed)
        if None in checked:
            return None
        return cls(tuple(p for p in checked if p), mentions_terms(words))

    def compile(self) -> Check:
        paths = tuple((finder(split(p)), tuple(p.split("."))) for p in self.fields)
        terms = self.terms

        def mentions(node: Any, base: PathKey) -> Verdict:
            first_no: tuple[PathKey, Any] | None = None
            negated: Verdict | None = None
            searched: list[tuple[PathKey, bool]] = []
            for find, as_written in paths:
                hits, missing, _ = find(node, base)
                searched.extend((m, False) for m in missing)
                if not hits and not missing:
                    searched.append(((*base, *as_written), False))
                for where, value in hits:
                    if value is False or value == []:
                        first_no = first_no or (where, value)
                        continue
                    if isinstance(value, str) and says_no(value):  # "n.v.t.": the field says no
                        negated = negated or ("unmet", where, "negated", show(value))
                        continue
                    searched.append((where, not _silent_value(value)))
                    for text_path, text in _texts(where, value):
                        found = find_mention(_unnamed(text, node, base), terms)
                        if found is None:
                            continue
                        # The snippet, and where the term is, for the line it is written on.
                        shown = (
                            _snippet(text, found.start, found.end, found.clause),
                            text,
                            found.start,
                            found.end - found.start,
                        )
                        if not found.negated:
                            return ("met", text_path, "mention", shown)
                        if negated is None:
                            negated = ("unmet", text_path, "negated_at", shown)
            if negated is not None:
                return negated
            if first_no is not None:
                return unmet(*first_no)
            return silent(tuple(searched))

        return mentions

    def paths(self, prefix: str = "") -> Iterator[str]:
        for path in self.fields:
            yield _in(prefix, path)

    def describe(self, lang: str) -> str:
        # Both languages' words, as they are searched: a writer sees why a sentence counted.
        terms = ", ".join(f'"{term}"' for term in sorted(self.terms))
        return message("cond_mentions", lang, paths=", ".join(self.fields), terms=terms)


def _unnamed(text: str, node: Any, base: PathKey) -> str:
    """The text with the intervention's own name blanked out, as long as it was: a name such as
    "Geen Paniek" says nothing about what the text negates ("Geen Paniek versterkt het netwerk")."""
    name = node.get("name") if not base and isinstance(node, dict) else None
    if isinstance(name, str) and len(name.strip()) > 2 and name in text:
        return text.replace(name, "x" * len(name))
    return text


def _silent_value(value: Any) -> bool:
    """A value that holds no text to search: a placeholder counts as not there."""
    return described_value(value, read_no=False) != "met"


def _texts(where: PathKey, value: Any) -> Iterator[tuple[PathKey, str]]:
    if isinstance(value, str):
        if not is_placeholder(value):
            yield where, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts((*where, i), item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts((*where, key), item)


def _snippet(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """The clause of a mention, or as much of it around the term as fits in the evidence."""
    left, right = clause
    if right - left > MAX_EVIDENCE:
        room = max(0, MAX_EVIDENCE - (end - start)) // 2
        left, right = max(left, start - room), min(right, end + room)
    # "…" only where words were left out, not for the full stop the clause leaves behind.
    before = any(ch.isalnum() for ch in text[:left])
    after = any(ch.isalnum() for ch in text[right:])
    return ("…" if before else "") + text[left:right] + ("…" if after else "")


def mentions_terms(terms: list[str]) -> tuple[str, ...]:
    """The terms as `find_mention` wants them: lower case, longest first."""
    return tuple(sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True))


def _parts(
    reader: Reader, arg: Any, at: PathKey, item_of: str | None, op: str
) -> tuple[Condition, ...] | None:
    if not isinstance(arg, list) or not arg:
        reader.error(at, "arg_parts", op=op)
        return None
    parts = [reader.condition(p, (*at, i), item_of) for i, p in enumerate(arg)]
    return None if None in parts else tuple(p for p in parts if p)


class All(NamedTuple):
    parts: tuple[Condition, ...]

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        parts = _parts(reader, arg, at, item_of, "all")
        return cls(parts) if parts else None

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

    def paths(self, prefix: str = "") -> Iterator[str]:
        for part in self.parts:
            yield from part.paths(prefix)

    def describe(self, lang: str) -> str:
        return "(" + message("w_and", lang).join(p.describe(lang) for p in self.parts) + ")"


class Any_(NamedTuple):
    parts: tuple[Condition, ...]

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        parts = _parts(reader, arg, at, item_of, "any")
        return cls(parts) if parts else None

    def compile(self) -> Check:
        checks = tuple(p.compile() for p in self.parts)

        def any_(node: Any, base: PathKey) -> Verdict:
            # Kleene or, silent parts left out, with the rule of docs/contract.md section 2:
            # met returns at once (the rest is not asked: parts are pure); when no part is met,
            # an explicit no (a `false`, a `[]`, a text or sentence that says no) decides, even
            # when other parts are unknown; else unknown if any part is, else unmet; silent when
            # every part is.
            first_explicit: Verdict | None = None
            first_unmet: Verdict | None = None
            unknowns: list[Verdict] | None = None
            silents: list[Verdict] | None = None
            for check in checks:
                verdict = check(node, base)
                value = verdict[0]
                if value == "met":
                    return verdict
                if value == "unmet":
                    if first_explicit is None and verdict[2] in EXPLICIT:
                        first_explicit = verdict
                    first_unmet = first_unmet or verdict
                elif value == "unknown":
                    if unknowns is None:
                        unknowns = [verdict]
                    else:
                        unknowns.append(verdict)
                elif silents is None:
                    silents = [verdict]
                else:
                    silents.append(verdict)
            if first_explicit is not None:
                return first_explicit
            if unknowns is not None:
                return merged_unknown(unknowns, silents)
            if first_unmet is not None:
                return first_unmet
            assert silents is not None  # a factor file's `any` has at least one part
            return merged_silent(silents)

        return any_

    def paths(self, prefix: str = "") -> Iterator[str]:
        for part in self.parts:
            yield from part.paths(prefix)

    def describe(self, lang: str) -> str:
        return "(" + message("w_or", lang).join(p.describe(lang) for p in self.parts) + ")"


class First(NamedTuple):
    """The first part that the description answers (met or unmet) decides; unknown when it
    answers none. For a fact that overrides another when given: `group_suitable` before the
    severity (S01), the named home visitors before every role (S03)."""

    parts: tuple[Condition, ...]

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        parts = _parts(reader, arg, at, item_of, "first")
        return cls(parts) if parts else None

    def compile(self) -> Check:
        checks = tuple(p.compile() for p in self.parts)

        def first(node: Any, base: PathKey) -> Verdict:
            unknowns: list[Verdict] = []
            silents: list[Verdict] = []
            for check in checks:
                verdict = check(node, base)
                if verdict[0] in ("met", "unmet"):
                    return verdict
                (unknowns if verdict[0] == "unknown" else silents).append(verdict)
            return merged_unknown(unknowns, silents) if unknowns else merged_silent(silents)

        return first

    def paths(self, prefix: str = "") -> Iterator[str]:
        for part in self.parts:
            yield from part.paths(prefix)

    def describe(self, lang: str) -> str:
        return message("cond_first", lang, parts="; ".join(p.describe(lang) for p in self.parts))


class Not(NamedTuple):
    part: Condition

    @classmethod
    def parse(cls, reader: Reader, arg: Any, at: PathKey, item_of: str | None) -> Condition | None:
        part = reader.condition(arg, at, item_of)
        return cls(part) if part else None

    def compile(self) -> Check:
        check = self.part.compile()

        def not_(node: Any, base: PathKey) -> Verdict:
            return flip(check(node, base))

        return not_

    def paths(self, prefix: str = "") -> Iterator[str]:
        yield from self.part.paths(prefix)

    def describe(self, lang: str) -> str:
        return message("cond_not", lang, inner=self.part.describe(lang))


# The one registry: an operator's name in a factor file -> how to read it. A new operator is a
# class above and one line here (CONTRIBUTING.md).
Parse = Callable[[Reader, Any, PathKey, "str | None"], "Condition | None"]
OPERATORS: dict[str, Parse] = {
    "described": Described.parse,
    "equals": OneOf.parse_equals,
    "one_of": OneOf.parse,
    "includes_all": IncludesAll.parse,
    "at_least": Compare.parse,
    "at_most": Compare.parse_at_most,
    "every": Every.parse,
    "mentions": Mentions.parse,
    "all": All.parse,
    "any": Any_.parse,
    "first": First.parse,
    "not": Not.parse,
}
