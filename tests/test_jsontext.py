"""jsontext.dumps gives exactly the text of json.dumps(obj, ensure_ascii=False, indent=2)."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from conftest import EXAMPLES, TESTS
from hypothesis import given, settings
from hypothesis import strategies as st

from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.renderers import RenderOptions, jsontext
from wat_werkt.renderers.report.json_data import as_data
from wat_werkt.renderers.report.json_report import render
from wat_werkt.run.checker import check_path, check_text


def _stdlib(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_report_of_every_example_is_unchanged(lang: str) -> None:
    factor_set = load_builtin()
    files = sorted(EXAMPLES.glob("*.yaml")) + sorted((TESTS / "cases").rglob("*.yaml"))
    results = [check_path(p, factor_set, builtin_ids()) for p in files]
    broken = check_text("name: x\nsummary: TODO\nfoo: 1\n", "broken.yaml", factor_set, builtin_ids())
    report = Report(factor_set, (*results, broken))
    data = as_data(report, RenderOptions(lang=lang))
    assert render(report, RenderOptions(lang=lang)) == _stdlib(data) + "\n"
    # Real factors with criteria, and an invalid file with its errors, were written.
    assert any(r["factors"] for r in data["results"])
    assert len(data["results"][-1]["errors"]) == 2


class Level(enum.IntEnum):
    one = 1


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        (),
        {"a": []},
        {"a": {}},
        [[]],
        [{}],
        "",
        0,
        -3,
        2.5,
        1e300,
        None,
        True,
        False,
        [1, 2.5, None, True, False, 'x\n\u2028é"\\\x00'],
        {"k": [{"a": 1}, {}], "z": {"deep": {"deeper": [1, [2, [3, {"x": None}]]]}}},
        (1, (2, 3)),
        float("nan"),
        [float("inf"), -float("inf")],
        {"n": float("nan")},
        {1: 2},
        {"a": {None: 1}},
        {True: "t"},  # keys that are not text: the standard library
        [Level.one],
        {"e": Level.one},
        Level.one,  # subclasses: the standard library
        {"a": ["x", {"b": ("y", 1.0)}]},
    ],
)
def test_edge_cases_match_the_standard_library(value: Any) -> None:
    assert jsontext.dumps(value) == _stdlib(value)


def test_what_json_cannot_write_fails_as_in_the_standard_library() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({"a": {1, 2}})


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_any_json_data_matches_the_standard_library(value: Any) -> None:
    assert jsontext.dumps(value) == _stdlib(value)
