"""The shape of the intervention format as plain data, read at start-up without pydantic.

The pydantic model (model.py) is the source; `generate()` derives from it, per dotted path,
what a value there may be, and the result is committed as shape.json beside this module
(tests/test_shape.py fails when it is out of date; `python -m wat_werkt.format.shape` rewrites it).
Everything that runs for a valid file (the fast shape check, the factor loader's path and
value checks, normalising) reads this, so pydantic builds its validators only when a file may
be wrong and its errors need words (docs/performance.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, NamedTuple

FORMAT_VERSION = 1
# Texts that hold a reminder, not an answer: not described. A text that says no ("n.v.t.",
# "nee") is an answer: see negation.says_no. Compared in lower case, white space as one space,
# without the punctuation around them (EDGE); a text that starts with "TODO" or "TBD" and a colon
# or a space is one too ("TODO: beschrijven").
PLACEHOLDERS = frozenset(
    {
        "",
        "todo",
        "tbd",
        "tbc",
        "n/a",
        "onbekend",
        "nog onbekend",
        "nog niet bekend",
        "n.n.b",
        "nnb",
        "n.t.b",
        "ntb",
        "nader te bepalen",
        "nog te bepalen",
        "volgt",
        "volgt later",
        "niet beschreven",
        "nog niet beschreven",
        "nog niet uitgewerkt",
        "wordt nog uitgewerkt",
        "geen idee",
        "unknown",
        "not known",
        "not yet known",
        "not known yet",
        "to be decided",
        "to be confirmed",
        "not described",
        "not yet described",
        "not yet determined",
    }
)
PLACEHOLDER_PREFIXES = ("todo", "tbd")
EDGE = " \t\r\n\u00a0.!?[](){}*—–-…:"
SHAPE_FILE = Path(__file__).with_name("shape.json")


# The first three characters of every placeholder and prefix, as compared: lower case, white
# space as one space. None is shorter (tests/test_shape.py).
_HEADS = frozenset(p[:3] for p in (*PLACEHOLDERS, *PLACEHOLDER_PREFIXES) if p)


def _may_be_placeholder(text: str) -> bool:
    """False when the first three characters already rule out every placeholder: most texts
    are answers, and each is asked about by several criteria and by the facts, so this spares
    the lower-case copy of the whole text that the comparison makes (docs/performance.md).
    Only a text whose first character the comparison keeps (not white space, not EDGE) is
    ruled out here: its compared form starts with the same characters."""
    first = text[:1]
    if len(text) < 3 or first.isspace() or first in EDGE:
        return True
    head = text[:3].lower()[:3]
    if head[1].isspace():
        if head[2].isspace():
            return True  # a run of white space: the third compared character is further on
        head = head[0] + " " + head[2]
    elif head[2].isspace():
        head = head[:2] + " "
    return head in _HEADS


def is_placeholder(text: str) -> bool:
    """A text that only holds a placeholder says nothing: it counts as not described."""
    if not _may_be_placeholder(text):
        return False
    core = " ".join(text.lower().split()).strip(EDGE)
    if core in PLACEHOLDERS:
        return True
    return core.startswith(PLACEHOLDER_PREFIXES) and any(
        core.startswith(p) and core[len(p) : len(p) + 1] in (" ", ":") for p in PLACEHOLDER_PREFIXES
    )


# Where the first part of a text ends: "Nog niet uitgewerkt; volgt in 2026".
_FIRST_PART = re.compile(r"[;:,(—–]| - ")


def opens_with_placeholder(text: str) -> bool:
    """A placeholder followed by a note ("Nog niet uitgewerkt; volgt in 2026", "Onbekend,
    navragen bij de ontwikkelaar"): a reminder still, not an answer. Not when the note gives the
    answer after all ("Onbekend, maar er is maandelijks intervisie", "Nader te bepalen,
    minimaal 3 dagen basistraining")."""
    # Placeholders are short: the separator after one comes within the first characters, so a
    # description is not searched in full (this is asked of every text a criterion reads).
    if not _may_be_placeholder(text):
        return False  # the part before the separator starts as the text does
    cut = _FIRST_PART.search(text, 0, 64)
    if cut is None:
        return False
    first = text[: cut.start()]
    if not first.strip(EDGE) or not is_placeholder(first):
        return False
    return _ANSWER_FOLLOWS.match(text, cut.end()) is None


# A note that opens with one of these gives an answer after the placeholder.
_ANSWER_FOLLOWS = re.compile(
    r"\s*(?i:maar|wel|alleen|behalve|echter|minimaal|minstens|ten minste|zeker|in (?:elk|ieder) geval"
    r"|but|only|except|however|at least|minimum)\b"
)


class Field(NamedTuple):
    shape: str  # mapping | items (a list of mappings) | list (of plain values) | scalar
    kind: str  # text | bool | integer | number | enum | mapping
    values: tuple[str, ...]  # the allowed values of an enum
    required: bool
    minimum: float | None
    false_ok: bool  # `false` is an answer here ("not part of it" / "none")


def _load() -> dict[str, Field]:
    raw = json.loads(SHAPE_FILE.read_text(encoding="utf-8"))
    return {
        path: Field(f["shape"], f["kind"], tuple(f["values"]), f["required"], f["minimum"], f["false_ok"])
        for path, f in raw.items()
    }


FIELDS: dict[str, Field] = _load()
FIELD_PATHS: dict[str, str] = {path: f.shape for path, f in FIELDS.items()}
LIST_PATHS = tuple(p for p, shape in FIELD_PATHS.items() if shape in ("list", "items"))


def generate() -> dict[str, Any]:
    """The shape of every field, read off the pydantic model (imported only here)."""
    import typing

    from annotated_types import Ge
    from pydantic import BaseModel
    from pydantic.functional_validators import BeforeValidator

    from wat_werkt.format import model

    def leaf(annotation: Any) -> tuple[Any, bool]:
        shape = model._unwrap(annotation)
        if typing.get_origin(shape) is list:
            (item,) = typing.get_args(shape)
            return model._unwrap(item), True
        return shape, False

    def kind(item: Any) -> tuple[str, list[str]]:
        if typing.get_origin(item) is typing.Literal:
            return "enum", list(typing.get_args(item))
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "mapping", []
        # bool before int: in Python a bool is an int, in the format it is not.
        for python, name in ((bool, "bool"), (int, "integer"), (float, "number"), (str, "text")):
            if item is python:
                return name, []
        raise ValueError(f"no shape for {item!r}")

    out: dict[str, Any] = {}

    def walk(owner: type[BaseModel], prefix: str) -> None:
        for name, info in owner.model_fields.items():
            item, many = leaf(info.annotation)
            item_kind, values = kind(item)
            befores = [m.func for m in info.metadata if isinstance(m, BeforeValidator)]
            minimum = next((m.ge for m in info.metadata if isinstance(m, Ge)), None)
            shape = (
                ("items" if item_kind == "mapping" else "list")
                if many
                else ("mapping" if item_kind == "mapping" else "scalar")
            )
            out[prefix + name] = {
                "shape": shape,
                "kind": item_kind,
                "values": values,
                "required": info.is_required(),
                "minimum": minimum,
                # The model's BeforeValidators are the ones that read `false` as an answer.
                "false_ok": any(f(False) is not False for f in befores),  # type: ignore[call-arg]
            }
            if item_kind == "mapping":
                walk(item, f"{prefix}{name}.")

    walk(model.Intervention, "")
    return out


if __name__ == "__main__":
    SHAPE_FILE.write_text(json.dumps(generate(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SHAPE_FILE}")
