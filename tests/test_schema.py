"""The JSON Schema: valid draft 2020-12, committed up to date, described in both languages, and
in agreement with the loader on every example, case and fixture."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, TESTS
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft7Validator, Draft202012Validator
from typer.testing import CliRunner

from wat_werkt.commands.app import app
from wat_werkt.document.validate import validate
from wat_werkt.document.yamlload import parse_text
from wat_werkt.factorset.load import builtin_ids
from wat_werkt.format import model, schema
from wat_werkt.format.fields import descriptions, feeds

COMMITTED = ROOT / "schema" / "intervention.schema.json"

# What the loader refuses and a JSON Schema cannot say; each fixture says why in its first line.
LOADER_ONLY = {
    "min-above-max",  # compares two values
    "waiver-unknown-factor",  # depends on the factor sets
    "waiver-twice",  # compares items of a list by one key
    "count-as-decimal",  # JSON has one number type: 6.0 is an integer to a schema
    "duplicate-key",  # lost when YAML becomes data, before a schema sees it
}

VALID_FILES = sorted(
    [*EXAMPLES.glob("*.yaml"), *TESTS.glob("cases*/*/*.yaml"), *(TESTS / "valid").glob("*.yaml")]
)
INVALID_FILES = sorted((TESTS / "invalid").glob("*.yaml"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(schema.build("en"))


def loader_errors(path: Path) -> list[str]:
    doc, problems = parse_text(path.read_text(encoding="utf-8"))
    found = [p.text("en") for p in problems]
    if doc is not None:
        found += [p.text("en") for p in validate(doc, builtin_ids())]
    return found


def data_of(path: Path) -> Any:
    doc, _ = parse_text(path.read_text(encoding="utf-8"))
    # An empty file is no document to the loader; to a schema it is null.
    return None if doc is None else doc.data


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_schema_is_valid_draft_2020_12(lang: str) -> None:
    built = schema.build(lang)
    Draft202012Validator.check_schema(built)
    assert built["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert built["required"] == ["name", "summary"]


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema.render("en"), (
        "schema/intervention.schema.json is out of date: run "
        "`watwerkt schema --lang en --output schema/intervention.schema.json`"
    )


def _objects(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for item in node:
            found += _objects(item)
    return found


def test_every_object_forbids_unknown_keys() -> None:
    objects = _objects(schema.build("en"))
    sections = [p for p, shape in model.FIELD_PATHS.items() if shape in ("mapping", "items")]
    assert len(objects) == 1 + len(sections) == 14  # the root, its sections and list items
    assert all(o.get("additionalProperties") is False for o in objects)


def field_schema(built: dict[str, Any], path: str) -> dict[str, Any]:
    """The schema of a dotted field path, read from a published schema: through the `$ref` of
    each section (which may be one of several shapes, or the items of a list)."""

    def section(node: Any) -> dict[str, Any] | None:
        if isinstance(node, dict):
            if "$ref" in node:
                target: dict[str, Any] = built["$defs"][node["$ref"].rsplit("/", 1)[-1]]
                return target
            for inner in [*node.get("anyOf", []), node.get("items")]:
                found = section(inner)
                if found is not None:
                    return found
        return None

    node: dict[str, Any] = built
    for i, part in enumerate(path.split(".")):
        holder = section(node) if i else node
        assert holder is not None, path
        node = holder["properties"][part]
    return node


def test_every_field_has_a_description_in_both_languages() -> None:
    texts = descriptions()
    assert set(texts) == set(model.FIELD_PATHS), set(texts) ^ set(model.FIELD_PATHS)
    built = {lang: schema.build(lang) for lang in ("en", "nl")}
    for path in model.FIELD_PATHS:
        en, nl = field_schema(built["en"], path), field_schema(built["nl"], path)
        assert en["description"].startswith(texts[path].en)
        assert nl["description"].startswith(texts[path].nl)
        assert texts[path].en != texts[path].nl or path == "watwerkt", path


def test_descriptions_name_the_factors_a_field_feeds() -> None:
    prop = field_schema(schema.build("en"), "practitioners.training")
    assert prop["description"].endswith("Feeds: G11, S03 (opvoedingsondersteuning); T05 (tidier).")
    # paths inside `every` are made absolute: S03 checks each practitioners.role
    assert ("opvoedingsondersteuning", ("S03",)) in feeds()["practitioners.role"]
    nl = field_schema(schema.build("nl"), "practitioners.training")["description"]
    assert nl.endswith("Telt mee voor: G11, S03 (opvoedingsondersteuning); T05 (tidier).")


def test_enum_values_and_one_or_a_list_in_the_schema() -> None:
    fmt = field_schema(schema.build("en"), "delivery.format")
    shapes = fmt["anyOf"]
    assert {"enum": list(model.FORMATS), "type": "string"} in shapes
    assert {"items": {"enum": list(model.FORMATS), "type": "string"}, "type": "array"} in shapes
    assert {"const": False, "type": "boolean"} in shapes


@pytest.mark.parametrize("path", VALID_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_valid_files_are_valid_for_both(path: Path, validator: Draft202012Validator) -> None:
    assert loader_errors(path) == []
    assert [e.message for e in validator.iter_errors(data_of(path))] == []


@pytest.mark.parametrize("path", INVALID_FILES, ids=lambda p: p.stem)
def test_invalid_fixtures_are_invalid_for_both(path: Path, validator: Draft202012Validator) -> None:
    assert loader_errors(path), "the loader accepts it"
    schema_errors = list(validator.iter_errors(data_of(path)))
    if path.stem in LOADER_ONLY:
        assert schema_errors == [], "the schema now catches this: remove it from LOADER_ONLY"
    else:
        assert schema_errors, "the schema accepts it"


# Keywords whose meaning changed after draft-07 or that draft-07 lacks. The Red Hat YAML
# extension validates with draft-07 semantics, so the schema avoids them (docs/authoring.md).
NEWER_KEYWORDS = {
    "prefixItems",
    "unevaluatedProperties",
    "unevaluatedItems",
    "$dynamicRef",
    "$dynamicAnchor",
    "$anchor",
    "dependentRequired",
    "dependentSchemas",
    "$vocabulary",
    "minContains",
    "maxContains",
    "$recursiveRef",
}


def _keywords(node: Any) -> set[str]:
    """Every keyword used anywhere in a schema (field names under properties are skipped)."""
    if isinstance(node, list):
        return set().union(set(), *(_keywords(item) for item in node))
    if not isinstance(node, dict):
        return set()
    found = set(node)
    for key, value in node.items():
        children = value.values() if key in ("properties", "$defs") and isinstance(value, dict) else [value]
        for child in children:
            found |= _keywords(child)
    return found


def test_schema_means_the_same_to_a_draft_07_validator() -> None:
    built = schema.build("en")
    assert {"anyOf", "enum", "$ref", "not", "pattern"} <= _keywords(built)
    assert not _keywords(built) & NEWER_KEYWORDS
    as_draft7 = {**built, "$schema": "http://json-schema.org/draft-07/schema#"}
    Draft7Validator.check_schema(as_draft7)
    old, new = Draft7Validator(as_draft7), Draft202012Validator(built)
    for path in [*VALID_FILES, *INVALID_FILES]:
        data = data_of(path)
        assert old.is_valid(data) == new.is_valid(data), path


def test_loader_only_fixtures_exist() -> None:
    assert {p.stem for p in INVALID_FILES} >= LOADER_ONLY
    assert len(VALID_FILES) > 40
    assert len(INVALID_FILES) >= 25


@given(st.text(alphabet=" \t\n.?…-/todTODbcBCnaNAx\u00a0", max_size=12))
def test_placeholder_pattern_matches_the_loader(text: str) -> None:
    import re

    assert bool(re.search(schema.PLACEHOLDER_PATTERN, text)) == model.is_placeholder(text)


def test_schema_command_prints_and_writes(tmp_path: Path) -> None:
    runner = CliRunner()
    printed = runner.invoke(app, ["schema", "--lang", "en"])
    assert printed.exit_code == 0 and printed.stdout == schema.render("en")
    target = tmp_path / "s.json"
    target.write_text("old", encoding="utf-8")
    written = runner.invoke(app, ["schema", "--lang", "nl", "--output", str(target)])
    # It says where the schema went, as check -o and init do (a newcomer found it silent).
    assert written.exit_code == 0 and written.stdout == f"schema geschreven naar {target}\n"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["title"] == "watwerkt-interventiebeschrijving"


def test_schema_command_reports_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schema", "--lang", "en", "--output", str(tmp_path / "no" / "s.json")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{tmp_path / 'no' / 's.json'}: cannot be written: the folder {tmp_path / 'no'} does not exist\n"
    )
