"""Shared paths, and helpers: parse YAML text into a Document the way the CLI does.

Test modules import the paths (`from conftest import EXAMPLES, SAMPLE`) instead of working them
out from their own `__file__`."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from wat_werkt.document.validate import normalise, validate
from wat_werkt.document.yamlload import Document, parse_text
from wat_werkt.factorset.load import FactorSet, load_builtin

ROOT = Path(__file__).resolve().parents[1]  # the repository
SRC = ROOT / "src" / "wat_werkt"
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
TESTS = ROOT / "tests"
DATA = TESTS / "data"
SAMPLE = DATA / "sample.yaml"
SCHEMAS = TESTS / "schemas"  # published schemas the reports are validated against (SARIF, JUnit)
SNAPSHOTS = TESTS / "snapshots"


def doc_of(text: str, check: bool = True) -> Document:
    """A valid, normalised document from (dedented) YAML text; fails the test otherwise."""
    doc, problems = parse_text(textwrap.dedent(text))
    assert doc is not None and not problems, problems
    if check:
        found = validate(doc)
        assert not found, [p.text("en") for p in found]
        normalise(doc.data)
    return doc


@pytest.fixture(scope="session")
def builtin() -> FactorSet:
    return load_builtin()


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    # `--format auto` (the default) turns into annotations under GITHUB_ACTIONS=true; tests
    # that want that set it themselves, so the suite behaves the same on any CI.
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
