"""Did-you-mean hints for values written the way people write them (docs/format.md, "Errors").

An author who writes `standardised: ja`, `min: 1,5`, `home_visits_per_month: false` or
`weeks: 12 weken` has said something clear in a form the format does not take. validate.py
reports the error as always and adds what was most likely meant, and why, taken from here:

| written | in a field that takes | did you mean |
|---|---|---|
| `ja`, `yes`, `nee`, `no`, `wel`, `niet`, `on`, `off`, ... | true or false | `true` / `false` |
| `"true"`, `"false"` (in quotes) | true or false | `true` / `false` |
| `1,5` | a number | `1.5` |
| `false`, `geen`, `nee`, `none` | `home_visits_per_month` | `0` |
| `false`, `geen`, `n.v.t.` | any other number | leave the field out |
| `20-24`, `3 à 4`, `twee tot drie` | a number | one number; the range in a comment |
| `wekelijks`, `maandelijks` | `home_visits_per_month` | the visits a month |
| `twaalf`, `twelve` | a number | `12` |
| `12 weken`, `ca. 10`, `1,5 uur`, `18 maanden`, `2 keer per week` | a number | the number, in the field's unit |
| `6.0` | a whole number | `6` |
| `250` | text | `'250'` |
| `geen`, `nee`, `none`, `n.v.t.` | a list of values | `false` |
| an empty item (`- ` and nothing) | a list | `false`, or leave the item out |
| `0-4 jaar`, `0 tot 4` | `child_age` | `{min: 0, max: 4}` |
| `false` | a section | false for each of its fields |
| `false` | `waivers` | `[]` |

Nothing here decides whether a file is valid: every hint is added to an error that is there
anyway, so a hint can never make a wrong value pass or a right one fail.
"""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

from wat_werkt.format.shape import FIELDS

YES = frozenset({"ja", "j", "jawel", "wel", "waar", "yes", "y", "on", "true"})
NO = frozenset({"nee", "neen", "n", "niet", "onwaar", "no", "off", "false"})
# A no in a number or a list field: "none" there.
NONE = frozenset(
    {
        "geen",
        "nee",
        "neen",
        "niets",
        "nvt",
        "n.v.t.",
        "n.v.t",
        "niet van toepassing",
        "none",
        "no",
        "nothing",
        "n/a",
        "not applicable",
        "nul",
        "zero",
    }
)
NUMBER_WORDS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "zero": 0, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_ABOUT = (
    r"(?:ongeveer|circa|ca\.?|max\.?|maximaal|minimaal|min\.?|zo'n|about|around|approximately"
    r"|approx\.?|up to|at most|at least|[±~<>≤≥])"
)
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_AMOUNT = re.compile(rf"\s*(?:{_ABOUT}\s*)?{_NUMBER}\s*(?:(?:x|×)(?=\s|$))?\s*(.*?)\s*\.?", re.IGNORECASE)
_RANGE = re.compile(
    rf"\s*{_NUMBER}\s*(?:-|–|tot(?: en met)?|t/m|à|a|to)\s*{_NUMBER}\s*(.*?)\s*\.?", re.IGNORECASE
)

# The units each number field may be written in, and what one of them is in the field's own.
_WEEK_IN_MONTHS = 52 / 12
_UNITS: dict[str, dict[str, float]] = {
    "duration.weeks": {"week": 1, "weken": 1, "weeks": 1, "wk": 1, "wkn": 1,
                       "maand": _WEEK_IN_MONTHS, "maanden": _WEEK_IN_MONTHS, "month": _WEEK_IN_MONTHS,
                       "months": _WEEK_IN_MONTHS, "jaar": 52, "year": 52, "years": 52},
    "duration.session_minutes": {"min": 1, "min.": 1, "minuten": 1, "minuut": 1, "minutes": 1,
                                 "minute": 1, "mins": 1, "uur": 60, "uren": 60, "u": 60, "hour": 60,
                                 "hours": 60, "h": 60},
    "duration.sessions": {w: 1 for w in ("sessie", "sessies", "bijeenkomst", "bijeenkomsten", "keer",
                                         "contacten", "gesprekken", "huisbezoeken", "bezoeken", "session",
                                         "sessions", "meetings", "times", "visits", "lessen", "lessons")},
    "delivery.group_size": {w: 1 for w in ("ouders", "deelnemers", "gezinnen", "personen", "parents",
                                           "participants", "families", "people", "persons")},
    "target_group.child_age.min": {"jaar": 1, "jr": 1, "jr.": 1, "years": 1, "year": 1, "yrs": 1,
                                   "maand": 1 / 12, "maanden": 1 / 12, "mnd": 1 / 12, "months": 1 / 12,
                                   "month": 1 / 12},
}  # fmt: skip
_UNITS["target_group.child_age.max"] = _UNITS["target_group.child_age.min"]
_PER_MONTH = {"": 1, "per maand": 1, "keer per maand": 1, "x per maand": 1, "huisbezoeken per maand": 1,
              "bezoeken per maand": 1, "per month": 1, "times a month": 1, "a month": 1, "visits a month": 1,
              "per week": _WEEK_IN_MONTHS, "keer per week": _WEEK_IN_MONTHS, "x per week": _WEEK_IN_MONTHS,
              "a week": _WEEK_IN_MONTHS, "times a week": _WEEK_IN_MONTHS, "per month visits": 1,
              "keer": 1, "x": 1, "huisbezoeken": 1, "bezoeken": 1, "times": 1, "visits": 1}  # fmt: skip
# Number fields where 0 says "none" in so many words.
ZERO_SAYS_NONE = frozenset({"delivery.home_visits_per_month"})
_FREQUENCY_WORDS = {
    "wekelijks": _WEEK_IN_MONTHS, "weekly": _WEEK_IN_MONTHS, "tweewekelijks": _WEEK_IN_MONTHS / 2,
    "maandelijks": 1, "monthly": 1, "fortnightly": _WEEK_IN_MONTHS / 2, "dagelijks": 30, "daily": 30,
}  # fmt: skip
_UNIT_WHY = {
    "duration.weeks": "why_in_weeks",
    "duration.session_minutes": "why_in_minutes",
    "target_group.child_age.min": "why_in_years",
    "target_group.child_age.max": "why_in_years",
    "delivery.home_visits_per_month": "why_per_month",
}


class Hint(NamedTuple):
    meant: str | None  # what was most likely meant, as it is written in YAML; None: only `why`
    why: str  # a message code: the reason, in words


def field_of(path: tuple[str | int, ...]) -> str:
    """('delivery', 'format', 0) -> 'delivery.format'."""
    return ".".join(p for p in path if isinstance(p, str))


def for_value(path: tuple[str | int, ...], value: Any) -> Hint | None:
    """The hint for `value` at `path`, which the format refused; None when nothing is likely."""
    name = field_of(path)
    field = FIELDS.get(name)
    if field is None:
        return None
    item = bool(path) and isinstance(path[-1], int)
    if value is None and item:
        # `- ` with nothing after it: an empty item says nothing
        return Hint(f"{name.rsplit('.', 1)[-1]}: false", "why_empty_item") if field.false_ok else None
    if field.kind == "bool":
        return _yes_no(value)
    if field.kind in ("integer", "number") and field.shape == "scalar":
        return _number(name, field.kind, value)
    if field.kind == "text" and field.shape == "scalar":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return Hint(f"'{value}'", "why_quote_number")
        if value is True:
            return Hint(None, "why_true_text")
    if field.kind == "enum" and field.shape == "list" and isinstance(value, str) and _word(value) in NONE:
        return Hint("false", "why_none_list")
    if name == "waivers" and value is False:
        return Hint("[]", "why_no_waivers")
    if name == "target_group.child_age" and isinstance(value, str) and len(value) <= _LONGEST_READ:
        span = _RANGE.fullmatch(value)
        if span and _unit(span[3], _UNITS["target_group.child_age.min"]) == 1:
            return Hint(f"{{min: {_plain(span[1])}, max: {_plain(span[2])}}}", "why_age_range")
    return None


def section_fields(path: tuple[str | int, ...]) -> list[str]:
    """The fields of the section at `path` that take `false`, for `quality: false`."""
    prefix = field_of(path) + "."
    return [
        name[len(prefix) :]
        for name, field in FIELDS.items()
        if name.startswith(prefix) and "." not in name[len(prefix) :] and field.false_ok
    ]


def _word(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .!")


def _yes_no(value: Any) -> Hint | None:
    if isinstance(value, str):
        word = _word(value)
        if word in ("true", "false") and value.strip() != word:
            return Hint(word, "why_yes_no")  # `True.` or ` true `
        if word in ("true", "false"):
            return Hint(word, "why_quoted_bool")  # written in quotes
        if word in YES or word in NO:
            return Hint("true" if word in YES else "false", "why_yes_no")
        first = re.match(r"\s*(\w+)\s*[,;:.!(–-]", value)
        if first and first[1].lower() in YES | NO:
            return Hint("true" if first[1].lower() in YES else "false", "why_yes_no_comment")
        if not value.strip():
            return Hint("false", "why_empty_bool")
    if type(value) is int and value in (0, 1):
        return Hint("true" if value else "false", "why_yes_no")
    return None


def _plain(number: str) -> str:
    return number.replace(",", ".")


def _unit(words: str, units: dict[str, float]) -> float | None:
    """What one of `words` is in the field's unit: 1 for no words, None for words not known."""
    words = _word(words)
    return 1 if not words else units.get(words)


def _shown(number: float, kind: str) -> str:
    if kind == "integer" or number == int(number):
        return str(round(number))
    return f"{number:.2f}".rstrip("0").rstrip(".")


# A text longer than this is not read for the number it may mean ("12 ouders", "2 tot 3 uur" are
# short): the patterns below backtrack, and on 100,000 digits took minutes (docs/robustness.md).
_LONGEST_READ = 100
# Past 2**53 a float no longer holds every whole number: a did-you-mean that large is noise.
_EXACT = 2.0**53
_EXPONENT = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+")


def _number(name: str, kind: str, value: Any) -> Hint | None:
    if value is False or (isinstance(value, str) and _word(value) in NONE):
        # 0 home visits a month is a real answer; 0 sessions or a group of 0 is not: such a
        # field is left out when it does not apply.
        if name in ZERO_SAYS_NONE:
            return Hint("0", "why_false_number" if value is False else "why_no_number")
        return Hint(None, "why_leave_out_number")
    if isinstance(value, float) and kind == "integer" and value.is_integer():
        # 1.7976931348623157e+308 is whole too, but no one meant its 309 digits.
        return Hint(str(int(value)), "why_whole") if abs(value) < _EXACT else None
    if not isinstance(value, str):
        return None
    if len(value) > _LONGEST_READ:
        return Hint(None, "why_digits")  # no one writes a number that long; the patterns would crawl
    exponent = _EXPONENT.fullmatch(value.strip())
    if exponent is not None:
        # `1e3`: YAML 1.1 reads a number with an exponent as a number only with a dot and a
        # sign (1.0e+3); written out, unless it is too large to mean anything as written.
        number = float(value)
        fits = math.isfinite(number) and abs(number) < _EXACT and (kind == "number" or number.is_integer())
        return Hint(_shown(number, kind) if fits else None, "why_exponent")
    word = _word(value)
    if word in NUMBER_WORDS:
        return Hint(str(NUMBER_WORDS[word]), "why_number_word")
    if name == "delivery.home_visits_per_month" and word in _FREQUENCY_WORDS:
        return Hint(_shown(_FREQUENCY_WORDS[word], kind), "why_per_month")
    # "twee keer per maand", "twee tot drie": numbers in words, read as digits.
    value = _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m[0].lower()]), value)
    if _RANGE.fullmatch(value):
        return Hint(None, "why_range")
    amount = _AMOUNT.fullmatch(value)
    if amount is None:
        return Hint(None, "why_digits")
    number, rest = float(_plain(amount[1])), amount[2]
    if not math.isfinite(number):  # 400 digits: too large for a float, and for any count
        return Hint(None, "why_digits")
    if name == "delivery.home_visits_per_month":
        factor: float | None = _PER_MONTH.get(_word(rest))
    else:
        factor = _unit(rest, _UNITS.get(name, {}))
    if factor is None:
        return Hint(None, "why_digits")
    if not rest and value.strip() == amount[1]:  # the number alone, as text
        if "," in amount[1]:
            return Hint(_plain(amount[1]), "why_decimal_comma") if kind == "number" else None
        return (
            Hint(_shown(number, kind), "why_quoted_number")
            if kind == "number" or number.is_integer()
            else None
        )
    shown = _shown(number * factor, kind)
    if factor != 1:
        return Hint(shown, _UNIT_WHY.get(name, "why_number_only"))
    return Hint(shown, "why_number_only")
