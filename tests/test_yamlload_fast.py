"""The fast reading of yamlload (libyaml composes, we copy) must give exactly what the careful
reading (every event through _Builder) gives, or step aside: same data, same locations, same
problems, for every file we have and for generated YAML."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wat_werkt.document import yamlload
from wat_werkt.document.yamlload import Limits, parse_text

FILES = sorted(
    p
    for folder in ("examples", "tests", "factors")
    for p in (ROOT / folder).rglob("*")
    if p.suffix in (".yaml", ".yml") and p.is_file()
)


def _strict(value: Any) -> Any:
    """A form where True and 1, 1 and 1.0, or two NaNs compare as the YAML wrote them."""
    if isinstance(value, dict):
        return ("map", [(k, _strict(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [_strict(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, value)


def _both(text: str, limits: Limits = Limits()) -> tuple[Any, Any]:
    fast_doc, fast_problems = parse_text(text, limits)
    slow_doc, slow_problems = yamlload._from_events(text, limits)

    def view(doc: Any, problems: Any) -> Any:
        if doc is None:
            return None, problems
        return _strict(doc.data), *doc.locations(), problems

    return view(fast_doc, fast_problems), view(slow_doc, slow_problems)


def _fast_only(text: str, limits: Limits = Limits()) -> Any:
    return yamlload._from_nodes(text, limits)


def test_deep_nesting_is_a_problem_never_a_crash() -> None:
    # The fast reading is only used where libyaml's composer cannot recurse without end: 200,000
    # levels are refused at the depth limit, and where that is raised, by the parser's own cap.
    doc, problems = parse_text("a: " + "[" * 200_000 + "]" * 200_000 + "\n")
    assert doc is None and [p.code for p in problems] == ["too_deep"]
    doc, problems = parse_text("a: " + "[" * 5_000 + "]" * 5_000 + "\n", Limits(max_depth=100_000))
    assert doc is None and [p.code for p in problems] == ["too_deep_parser"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_we_have_reads_the_same(path: Path) -> None:
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    fast, slow = _both(text)
    assert fast == slow


def test_the_files_we_have_mostly_take_the_fast_way() -> None:
    # Otherwise the tests above would compare the careful reading with itself.
    valid = [p for p in FILES if "examples" in p.parts]
    assert valid and all(_fast_only(p.read_text(encoding="utf-8")) is not None for p in valid)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key
        "a: &x [1, 2]\nb: *x\n",  # anchor and alias
        "a: !!python/object:os.system x\n",  # unknown tag
        "? [1, 2]\n: x\n",  # a key that is not text
        "true: 1\n",  # a boolean key
        "1.5: x\n",  # a float key
        "<<: {a: 1}\n",  # a merge key
        "--- a\n--- b\n",  # two documents
        "",  # nothing
        "a: [1, 2\n",  # a syntax error
        "a: !custom x\n",
        "a: !!set {x, y}\n",
    ],
)
def test_what_the_fast_way_leaves_to_the_careful_one(text: str) -> None:
    assert _fast_only(text) is None
    fast, slow = _both(text)
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("a:\n  b:\n    c: 1\n", Limits(max_depth=2)),
        ("a: [1, 2, 3, 4]\n", Limits(max_nodes=4)),
    ],
)
def test_limits_send_the_file_the_careful_way(text: str, limits: Limits) -> None:
    assert _fast_only(text, limits) is None
    fast, slow = _both(text, limits)
    assert fast == slow and fast[0] is None and fast[1][-1].code in ("too_deep", "too_many_values")


def test_keys_and_scalars_are_read_as_the_careful_way_reads_them() -> None:
    text = "yes: no\n0x10: on\n'1': 2020-01-01\nn: ~\nf: .nan\nt: TRUE\ns: '12'\nb: |\n  x\n"
    doc = _fast_only(text)
    assert doc is not None
    assert doc.data == {
        "yes": "no",
        "16": "on",
        "1": "2020-01-01",
        "n": None,
        "f": doc.data["f"],
        "t": True,
        "s": "12",
        "b": "x\n",
    }
    assert math.isnan(doc.data["f"])
    fast, slow = _both(text)
    assert fast == slow


def test_a_plain_value_reads_the_same_however_often_it_was_seen() -> None:
    """The type of a plain value is the same the first time it is read, the next time, and
    after more different values than the reader remembers (each short one is remembered, up to
    a bound); a quoted value stays text."""
    text = (
        "yes: no\n0x10: on\nn: ~\nf: 1.5\nt: TRUE\nl: "
        + "x" * 41
        + "\nm: [1, true, null, Yes, '1', \"true\", 0x10]\n"
    )
    expected = _strict(
        {
            "yes": "no",
            "16": "on",
            "n": None,
            "f": 1.5,
            "t": True,
            "l": "x" * 41,
            "m": [1, True, None, "Yes", "1", "true", 16],
        }
    )
    readings = [parse_text(text)]
    readings.append(parse_text(text))
    many, problems = parse_text("".join(f"k{i}: {i}\nv{i}: v{i}\n" for i in range(5_000)))
    assert many is not None and not problems and many.data["k4999"] == 4999 and many.data["v0"] == "v0"
    readings.append(parse_text(text))
    for doc, problems in readings:
        assert doc is not None and not problems and _strict(doc.data) == expected
    fast, slow = _both(text)
    assert fast == slow


# Generated YAML: arbitrary nesting of the scalars YAML can spell, with keys that clash or not.
_plain = st.sampled_from(
    [
        "x",
        "yes",
        "No",
        "on",
        "true",
        "False",
        "~",
        "null",
        "12",
        "0x1f",
        "0o7",
        "1_000",
        "1.5",
        ".inf",
        "-.Inf",
        ".NaN",
        "1e3",
        "2024-05-01",
        "a b",
        "é",
    ]
)
# Tags written by hand, and values YAML 1.1 takes for numbers but cannot read as one.
_tagged = st.sampled_from(
    [
        "!!bool yes",
        "!!bool true",
        "!!bool maybe",
        "!!int 12",
        "!!int abc",
        "!!str 12",
        "!!float 1",
        "!!float",
        "!!null ~",
        "! 12",
        "0b_",
        "0x_",
        "9" * 4400,
    ]
)
_scalar = st.one_of(_plain, _plain.map(lambda s: f"'{s}'"), _plain.map(lambda s: f'"{s}"'), _tagged)


class Pairs(tuple):  # type: ignore[type-arg]
    """A mapping as key-value pairs that may repeat a key (a dict would merge them)."""


def _render(value: Any, indent: int) -> str:
    pad = " " * indent
    if isinstance(value, Pairs):
        return "".join(f"\n{pad}{k}: {_render(v, indent + 2)}" for k, v in value) or "{}"
    if isinstance(value, list):
        return "".join(f"\n{pad}- {_render(v, indent + 2)}" for v in value) or "[]"
    return str(value)


_key = st.one_of(_plain, st.sampled_from(["a", "b"]))
_tree = st.recursive(
    _scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.lists(st.tuples(_key, inner), max_size=3).map(Pairs)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["name", "goals", "a", "yes", "1"]), _tree), max_size=4))
def test_generated_yaml_reads_the_same_both_ways(pairs: list[tuple[str, Any]]) -> None:
    text = _render(Pairs(pairs), 0).lstrip("\n") + "\n"  # a syntax error is fine too: both ways must agree
    fast, slow = _both(text)
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "data", "codes"),
    [
        # Plain values YAML 1.1 takes for numbers but cannot read as one are text, as in YAML 1.2.
        ("a: 0b_\n", {"a": "0b_"}, []),
        ("a: 0x_\n", {"a": "0x_"}, []),
        ("a: " + "9" * 5000 + "\n", {"a": "9" * 5000}, []),  # over Python's 4300-digit limit
        # A value tagged by hand that is not of its type is a problem, never a crash.
        ("a: !!int abc\n", {"a": "abc"}, ["bad_tagged_value"]),
        ("a: !!int ''\n", {"a": ""}, ["bad_tagged_value"]),
        ("a: !!float\n", {"a": ""}, ["bad_tagged_value"]),
        ("a: !!bool\n", {"a": ""}, ["bad_tagged_value"]),
        ("a: !!bool maybe\n", {"a": "maybe"}, ["bad_tagged_value"]),
        # !!bool by hand is a boolean, as YAML says; only untagged yes/no are text.
        ("a: !!bool yes\nb: yes\n", {"a": True, "b": "yes"}, []),
        ("!!bool yes: x\n", {}, ["key_not_text"]),
    ],
)
def test_values_that_are_not_what_they_look_like(text: str, data: object, codes: list[str]) -> None:
    fast, slow = _both(text)
    assert fast == slow
    doc, problems = parse_text(text)
    assert doc is not None and doc.data == data
    assert [p.code for p in problems] == codes


@pytest.mark.slow
def test_the_fast_way_steps_aside_where_its_limits_could_not_hold(tmp_path: Path) -> None:
    # libyaml would build a huge tree before the node limit is counted: a text longer than the
    # node limit goes the careful way, which stops at the limit.
    bomb = "a: [" + "1," * 300_000 + "1]\n"
    assert _fast_only(bomb) is None
    doc, problems = parse_text(bomb)
    assert doc is None and [p.code for p in problems] == ["too_many_values"]
    # The copy recurses once per level: a depth limit raised far up goes the careful way too.
    deep = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 600)) + "  " * 600 + "- x\n"
    assert _fast_only(deep, Limits(max_depth=1000)) is None
    doc, problems = parse_text(deep, Limits(max_depth=1000))
    assert problems == [] and doc is not None


@settings(max_examples=2000)
@given(
    st.one_of(
        st.text(alphabet="0123456789_+-xobXOB:abcdef\u0663\u00b2", min_size=1, max_size=10),
        st.sampled_from(["0", "00", "012", "12", "9" * 18, "9" * 19, "1:30", "0x1f", "1_000", "+12"]),
    )
)
def test_plain_digits_read_as_pyyaml_reads_an_int(text: str) -> None:
    # _whole_number reads plain decimal digits itself; everything else goes to PyYAML's
    # construct_yaml_int. Both must agree: same number, or both refuse ("012" is octal in YAML 1.1).
    import yaml
    from yaml.constructor import SafeConstructor

    node = yaml.ScalarNode("tag:yaml.org,2002:int", text)
    try:
        expected: object = SafeConstructor().construct_yaml_int(node)
    except (ValueError, TypeError, IndexError):
        expected = "refused"
    try:
        got: object = yamlload._whole_number(node)
    except (ValueError, TypeError, IndexError):
        got = "refused"
    assert type(got) is type(expected) and got == expected
