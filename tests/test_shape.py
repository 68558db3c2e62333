"""shape.json, read at start-up instead of the pydantic model, is what the model says."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wat_werkt.format import model, shape


def test_shape_json_is_current() -> None:
    # To refresh after changing model.py: python -m wat_werkt.format.shape
    committed = json.loads(shape.SHAPE_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(shape.generate()))


def test_paths_agree_with_the_model() -> None:
    assert shape.FIELD_PATHS == model.FIELD_PATHS
    assert shape.LIST_PATHS == model.LIST_PATHS


# -- placeholders: the quick first look agrees with the plain comparison ----------------------


def _plain_is_placeholder(text: str) -> bool:
    """docs/contract.md section 7, as written: lower case, white space as one space, without
    the punctuation around it; or "TODO"/"TBD" and a space or colon first."""
    core = " ".join(text.lower().split()).strip(shape.EDGE)
    return core in shape.PLACEHOLDERS or any(
        core.startswith(p) and core[len(p) : len(p) + 1] in (" ", ":") for p in shape.PLACEHOLDER_PREFIXES
    )


def _plain_opens_with_placeholder(text: str) -> bool:
    cut = shape._FIRST_PART.search(text, 0, 64)
    if cut is None:
        return False
    first = text[: cut.start()]
    if not first.strip(shape.EDGE) or not _plain_is_placeholder(first):
        return False
    return shape._ANSWER_FOLLOWS.match(text, cut.end()) is None


# Letters of the placeholders in both cases, white space of several kinds, EDGE, the separators,
# and letters whose lower case is longer or another letter ("İ", the Kelvin sign).
_TRICKY = " \t\n\r\u00a0\u2003\u2028\x0b.!?[](){}*—–-…:;,/todTODbcBCnaNAxİıſ\u212aoObBekEKvVlgGwWuUrRi"
_PIECES = st.sampled_from(
    [*_TRICKY, "todo", "TBD", "n/a", "Onbekend", "nog niet", "n.n.b", "Nader te bepalen", "Geen idee"]
)


@settings(max_examples=3000)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_quick_look_agrees_with_the_plain_comparison(text: str) -> None:
    assert shape.is_placeholder(text) == _plain_is_placeholder(text)
    assert shape.opens_with_placeholder(text) == _plain_opens_with_placeholder(text)


@pytest.mark.parametrize("placeholder", sorted(shape.PLACEHOLDERS - {""}))
def test_every_placeholder_is_found_however_written(placeholder: str) -> None:
    # The quick look reads three characters: a shorter placeholder would slip past it.
    assert len(placeholder) >= 3
    for text in (
        placeholder,
        placeholder.upper(),
        f"  {placeholder.title()}. ",
        placeholder.replace(" ", "\n  "),
    ):
        assert shape.is_placeholder(text), text
        assert shape.opens_with_placeholder(f"{text}; volgt in 2027"), text
    assert not shape.is_placeholder(f"{placeholder} x") or placeholder.startswith(("todo", "tbd"))
