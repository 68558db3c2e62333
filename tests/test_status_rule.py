"""The status rule of docs/contract.md section 2, as a property over random valid descriptions and
both built-in sets:

- every factor's status is what the table gives from its applies_when outcome and its SOURCE
  criteria only (waived, not_applicable, not_described, strength, gap, partial, in that order);
- a field that only practice criteria read never changes a status: adding, removing or changing
  it (curriculum.modules for G01, approach.tailoring for G04, ...) leaves every status as it was.

The documents are built from the format's own field list (wat_werkt.format.shape.FIELDS), so a field
added to the format is generated too; texts are drawn partly from the factors' own terms, in
affirmative and negated sentences, so `mentions` is exercised.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLES, TESTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wat_werkt.engine.conditions import Condition
from wat_werkt.engine.evaluate import FactorResult
from wat_werkt.factorset.load import FactorSet, builtin_ids, builtin_sets, load_builtin
from wat_werkt.format.shape import FIELDS, Field
from wat_werkt.run.checker import check_path, check_text

SETS = {name: load_builtin(name) for name in sorted(builtin_sets())}
KNOWN = builtin_ids()
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fields a valid document cannot take at random: fixed by hand, or left out.
SKIPPED = {"watwerkt", "name", "summary", "waivers", "target_group.child_age"}

SENTENCES = [
    "Ouders krijgen weer greep op hun eigen leven.",
    "Het aanbod is niet gericht op empowerment.",
    "Het sociale netwerk wordt bewust niet betrokken.",
    "Ouders ontmoeten lotgenoten in de groep.",
    "We werken zonder aandacht voor de beleving van ouders.",
    "Elk traject begint bij de hulpvraag van ouders.",
    "The programme does not aim at empowerment.",
    "Parents find peer support in the group.",
    "Empathie en respect.",
    "Werkboek voor ouders",
]
texts = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(["TODO", "TBD", "...", "?", "", "-"]),
    st.just(False),
    st.text(alphabet="abcdeklmnorst ", min_size=1, max_size=12),
)


def _children(prefix: str) -> dict[str, Field]:
    depth = prefix.count(".")
    return {
        path: field
        for path, field in FIELDS.items()
        if path.startswith(prefix) and path.count(".") == depth and path not in SKIPPED
    }


def _value(path: str, field: Field) -> st.SearchStrategy[Any]:
    """A valid value for one field of the format."""
    if field.shape == "mapping":
        return _mapping(path + ".")
    if field.shape == "items":
        item_fields = _children(path + ".")
        required = {p.rsplit(".", 1)[1]: _value(p, f) for p, f in item_fields.items() if f.required}
        optional = {p.rsplit(".", 1)[1]: _value(p, f) for p, f in item_fields.items() if not f.required}
        items = st.lists(st.fixed_dictionaries(required, optional=optional), max_size=3)
        return st.one_of(items, st.just(False)) if field.false_ok else items
    one: st.SearchStrategy[Any]
    if field.kind == "enum":
        one = st.sampled_from(field.values)
    elif field.kind == "bool":
        one = st.booleans()
    elif field.kind == "integer":
        one = st.integers(0, 30)
    elif field.kind == "number":
        one = st.one_of(st.integers(0, 6), st.sampled_from([0.5, 1.5, 2.0]))
    elif field.required:
        one = st.sampled_from(SENTENCES)  # a required text (a goal's text) cannot be a placeholder
    else:
        one = texts
    if field.shape == "list":
        plain: st.SearchStrategy[Any] = one.filter(lambda v: v is not False)
        return st.one_of(plain, st.lists(plain, max_size=4), st.just(False), st.just([]))
    return one


def _mapping(prefix: str) -> st.SearchStrategy[dict[str, Any]]:
    """A section with any of its fields, or (to reach the strengths too) with all of them."""
    fields = {p.rsplit(".", 1)[-1]: _value(p, f) for p, f in _children(prefix).items()}
    return st.one_of(st.fixed_dictionaries({}, optional=fields), st.fixed_dictionaries(fields))


ALL_IDS = sorted(KNOWN)
documents = st.builds(
    lambda body, waived: {
        "name": "Eigenschap",
        "summary": "Een willekeurige beschrijving.",
        **body,
        **({"waivers": [{"factor": f, "reason": "bewust"} for f in waived]} if waived else {}),
    },
    _mapping(""),
    st.lists(st.sampled_from(ALL_IDS), max_size=2, unique=True),
)


def statuses(data: dict[str, Any], factor_set: FactorSet) -> dict[str, FactorResult]:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    result = check_text(text, "eigenschap.yaml", factor_set, KNOWN)
    assert result.valid, [p.text("en") for p in result.problems] + [text]
    return {r.factor.id: r for r in result.factors}


def table_status(result: FactorResult, waived: bool) -> str:
    """The table of docs/contract.md section 2, from the outcomes alone."""
    if waived:
        return "waived"
    if result.applies is not None and result.applies.value == "unmet":
        return "not_applicable"
    if result.applies is not None and result.applies.value == "unknown":
        return "not_described"
    # A criterion whose own applies_when is unmet takes no part (S01's social support for light
    # problems); an unknown one does.
    values = [
        c.outcome.value
        for c in result.criteria
        if c.criterion.basis == "source" and (c.applies is None or c.applies.value != "unmet")
    ]
    if not values:
        return "not_described"
    if all(v == "met" for v in values):
        return "strength"
    if "met" in values:
        return "partial"
    if "unmet" in values:
        return "gap"
    return "not_described"


@pytest.mark.parametrize("set_name", list(SETS))
@SETTINGS
@given(data=documents)
def test_status_is_the_table_of_the_source_criteria(set_name: str, data: dict[str, Any]) -> None:
    waived = {w["factor"] for w in data.get("waivers", [])}
    for factor_id, result in statuses(data, SETS[set_name]).items():
        assert result.status == table_status(result, factor_id in waived), (factor_id, result)


# -- practice criteria never change a status ----------------------------------------------------


def _paths(cond: Condition | None) -> set[str]:
    return set(cond.paths()) if cond is not None else set()


def _overlaps(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def practice_only(factor_set: FactorSet) -> list[str]:
    """The fields read by practice criteria and by nothing that decides a status (no source
    criterion, no applies_when, and no field that contains them or lies inside them)."""
    practice: set[str] = set()
    deciding: set[str] = set()
    for factor in factor_set.factors:
        deciding |= _paths(factor.applies_when)
        for criterion in factor.criteria:
            (deciding if criterion.basis == "source" else practice).update(_paths(criterion.check))
            deciding |= _paths(criterion.applies_when)
    return sorted(p for p in practice if not any(_overlaps(p, d) for d in deciding))


def test_the_practice_only_fields_are_found() -> None:
    """The fields the factor files name as tips only (G01, G04, G08, G09)."""
    assert practice_only(SETS["opvoedingsondersteuning"]) == [
        "approach.tailoring",
        "curriculum.materials",
        "curriculum.modules",
        "quality.evaluation",
        "relationship.monitoring",
    ]


def _variants(path: str) -> Iterator[Any]:
    """Absent, then an answer, an explicit no and a placeholder as this field may hold them."""
    field = FIELDS[path]
    yield None  # absent
    if field.shape == "list":
        yield from (["Deel een", "Deel twee"], [], False, "TODO")
    else:
        yield from ("Een beschrijving die er staat.", False, "TODO")


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    *outer, last = path.split(".")
    node = out
    for key in outer:
        if not isinstance(node.get(key), dict):
            node[key] = {}
        node = node[key]
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value
    return out


@pytest.mark.slow
@pytest.mark.parametrize("set_name", list(SETS))
@SETTINGS
@given(data=documents)
def test_a_practice_field_never_changes_a_status(set_name: str, data: dict[str, Any]) -> None:
    factor_set = SETS[set_name]
    before = {fid: r.status for fid, r in statuses(data, factor_set).items()}
    for path in practice_only(factor_set):
        for value in _variants(path):
            after = {fid: r.status for fid, r in statuses(_set(data, path, value), factor_set).items()}
            assert after == before, (path, value)


STORED = sorted(
    p
    for folder in ("cases", "cases_tidier", "faithfulness", "valid")
    for p in (TESTS / folder).rglob("*.yaml")
) + sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_status_is_the_table_for_every_stored_file(path: Path) -> None:
    """The same rule over the hand-written files, where the specific factors are strengths too."""
    data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    waived = {w["factor"] for w in data.get("waivers") or []}
    for factor_set in SETS.values():
        result = check_path(path, factor_set, KNOWN)
        assert result.valid
        for factor in result.factors:
            assert factor.status == table_status(factor, factor.factor.id in waived), (
                factor.factor.id,
                factor,
            )
