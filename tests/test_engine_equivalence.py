"""The engine gives exactly what the reference engine (tests/reference_engine.py, the code before
conditions were compiled) gives: every field of every result, on real, generated and random
documents, for both built-in factor sets, and for random conditions on random data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import reference_engine as ref
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import documents, valid_documents

from wat_werkt import conditions as c
from wat_werkt import engine
from wat_werkt.factors import builtin_ids, builtin_sets, load_builtin
from wat_werkt.shape import FIELD_PATHS
from wat_werkt.validate import normalise, validate
from wat_werkt.yamlload import Document, parse_text

ROOT = Path(__file__).resolve().parents[1]
SETS = builtin_sets()
KNOWN = builtin_ids()
FILES = sorted(
    p
    for pattern in ("examples/*.yaml", "tests/cases*/*/*.yaml", "tests/corpus/good/*.yaml", "tests/valid/*.yaml")
    for p in ROOT.glob(pattern)
)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def valid_doc(text: str) -> Document | None:
    """The document the engine sees, as checker.check_text makes it; None if it is not valid."""
    doc, problems = parse_text(text)
    if doc is None or problems or validate(doc, KNOWN):
        return None
    normalise(doc.data)
    return doc


def identical(new: Any, old: Any) -> bool:
    """Equal and of the same types all the way down: `==` alone takes Loc(1, 1) for (1, 1)."""
    return bool(new == old) and repr(new) == repr(old)


def assert_same_results(doc: Document, label: str) -> None:
    for set_name in SETS:
        factor_set = load_builtin(set_name)
        new, old = engine.evaluate(factor_set, doc), ref.evaluate(factor_set, doc)
        assert len(new) == len(old), label
        for got, want in zip(new, old, strict=True):
            assert identical(got, want), f"{label}, {set_name} {want.factor.id}:\n{got}\n!=\n{want}"
            # explain.py asks for the status a waived factor would have had.
            assert engine._status(got.applies, got.criteria) == ref.status_of(want.applies, want.criteria)


def test_there_are_files_to_compare() -> None:
    valid = [p for p in FILES if valid_doc(p.read_text(encoding="utf-8-sig")) is not None]
    assert len(valid) > 60  # examples, factor cases, corpus and the odd valid shapes


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_results_on_files(path: Path) -> None:
    doc = valid_doc(path.read_text(encoding="utf-8-sig"))
    if doc is None:
        pytest.skip("not a valid file")  # tests/corpus and cases hold only valid files; kept honest above
    assert_same_results(doc, str(path))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("generated") / "corpus"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "--count", "400", "--out", str(out), "--seed", "17"],
        check=False, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return sorted(out.glob("*.yaml"))


def test_same_results_on_a_generated_corpus(generated: list[Path]) -> None:
    assert len(generated) == 400
    for path in generated:
        doc = valid_doc(path.read_text(encoding="utf-8"))
        assert doc is not None, path
        assert_same_results(doc, path.name)


@SETTINGS
@given(valid_documents)
def test_same_results_on_random_valid_documents(data: dict[str, object]) -> None:
    doc = valid_doc(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert doc is not None
    assert_same_results(doc, repr(data))


# -- random conditions on random data ----------------------------------------------------------
# The factor loader only builds conditions that make sense; the operators must agree on any
# condition, including odd ones (`.` at the top, a list where a scalar belongs), on any data.

_names = sorted({part for p in FIELD_PATHS for part in p.split(".")})
paths = st.one_of(
    st.sampled_from(sorted(FIELD_PATHS)),
    st.sampled_from([".", "nope", "goals.nope", *_names]),
    st.lists(st.sampled_from(_names), min_size=2, max_size=3).map(".".join),
)
values = st.one_of(
    st.booleans(), st.integers(-2, 30), st.floats(-1, 30, allow_nan=False), st.text(max_size=5),
    st.sampled_from(["group", "nurse", "volunteer", "home_visiting", "social_support", "TODO"]),
)  # fmt: skip
terms = st.lists(st.sampled_from(["ouder", "video", "a", "é", "werk", "İn", "x_"]), min_size=1, max_size=3)


def _compound(inner: st.SearchStrategy[c.Condition]) -> st.SearchStrategy[c.Condition]:
    parts = st.lists(inner, min_size=1, max_size=3).map(tuple)
    return st.one_of(
        st.builds(c.Every, paths, inner),
        st.builds(c.All, parts),
        st.builds(c.Any_, parts),
        st.builds(c.Not, inner),
    )


conditions = st.recursive(
    st.one_of(
        st.builds(c.Described, paths),
        st.builds(c.OneOf, paths, st.lists(values, min_size=1, max_size=3).map(tuple)),
        st.builds(c.IncludesAll, paths, st.lists(values, min_size=1, max_size=3).map(tuple)),
        st.builds(c.Compare, paths, st.floats(-1, 30, allow_nan=False), st.sampled_from([1, -1])),
        st.builds(c.Mentions, st.lists(paths, min_size=1, max_size=3).map(tuple), terms.map(c.mentions_terms)),
    ),
    _compound,
    max_leaves=6,
)


def _outcome(evaluate: Any) -> Any:
    try:
        return evaluate()
    except Exception as error:  # both must fail alike on data no validated file has
        return type(error)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conditions, documents | valid_documents, st.booleans())
def test_same_outcome_for_random_conditions(cond: c.Condition, data: dict[str, object], normalised: bool) -> None:
    doc, _ = parse_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert doc is not None
    if normalised:
        normalise(doc.data)
    new = _outcome(lambda: cond.evaluate(doc, ()))
    old = _outcome(lambda: ref.evaluate_condition(cond, doc, ()))
    assert identical(new, old), f"{cond}\n{new}\n!=\n{old}"


def test_the_comparison_sees_a_difference() -> None:
    # The equivalence tests above are only as strict as `identical`.
    doc = valid_doc((ROOT / "examples" / "fictief-voorbeeld.yaml").read_text(encoding="utf-8"))
    assert doc is not None
    result = engine.evaluate(load_builtin(), doc)[0]
    crit = result.criteria[0]
    loc_as_tuple = crit.outcome._replace(loc=tuple(crit.outcome.loc))
    assert crit.outcome == loc_as_tuple and not identical(crit.outcome, loc_as_tuple)
    assert not identical(result, result._replace(status="gap" if result.status != "gap" else "strength"))


# -- normalise: one walk by a tree of the one-or-a-list paths, as each path walked on its own ----

_leaf = st.one_of(st.none(), st.booleans(), st.integers(0, 3), st.sampled_from(["x", "group", ""]))
_inner = st.recursive(
    _leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["modules", "materials", "format", "orientation", "techniques",
                                         "role", "qualities", "studies", "measure", "text"]), inner, max_size=4),
    ),
    max_leaves=10,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(["goals", "curriculum", "delivery", "approach", "practitioners",
                                        "evidence", "waivers", "name"]), _inner, max_size=6))
def test_normalise_equals_the_path_by_path_walk(data: dict[str, object]) -> None:
    import copy

    assert normalise(copy.deepcopy(data)) == ref.normalise(copy.deepcopy(data))


def test_normalise_equals_the_path_by_path_walk_on_every_file_we_have() -> None:
    import copy

    root = Path(__file__).resolve().parents[1]
    for path in [*root.glob("examples/*.yaml"), *root.glob("tests/**/*.yaml")]:
        doc, _ = parse_text(path.read_bytes().decode("utf-8", "replace"))  # tests/ holds broken files too
        if doc is not None and isinstance(doc.data, dict):
            assert normalise(copy.deepcopy(doc.data)) == ref.normalise(copy.deepcopy(doc.data)), path
