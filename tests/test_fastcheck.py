"""fastcheck may only say yes where pydantic says yes: checked on every example, case and
corpus file, and on generated documents."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, ROOT
from hypothesis import HealthCheck, given, settings
from pydantic import ValidationError

from wat_werkt.document.fastcheck import fits
from wat_werkt.document.yamlload import parse_text
from wat_werkt.format.model import Intervention


def _parses(path: Path) -> bool:
    try:
        return parse_text(path.read_bytes().decode("utf-8-sig"))[0] is not None
    except UnicodeDecodeError:
        return False


# Only files that reach validation: a file that does not decode or parse never meets fastcheck.
FILES = sorted(
    p
    for p in [
        *ROOT.glob("examples/*.yaml"),
        *ROOT.glob("tests/cases*/*/*.yaml"),
        *ROOT.glob("tests/corpus/*/*.yaml"),
        *ROOT.glob("tests/invalid/*.yaml"),
    ]
    if _parses(p)
)


def pydantic_accepts(data: object) -> bool:
    try:
        Intervention.model_validate(data)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_agrees_with_pydantic_on_files(path: Path) -> None:
    doc, _ = parse_text(path.read_bytes().decode("utf-8-sig"))
    assert doc is not None
    verdict = pydantic_accepts(doc.data)
    assert fits(doc.data) == verdict  # for these files it is exact, not just safe


def test_real_files_take_the_fast_path() -> None:
    doc, _ = parse_text((EXAMPLES / "pmto.yaml").read_text(encoding="utf-8"))
    assert doc is not None and fits(doc.data)


from test_properties import documents, valid_documents  # noqa: E402


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents | valid_documents)
def test_never_accepts_what_pydantic_refuses(data: dict[str, object]) -> None:
    doc, _ = parse_text(yaml.safe_dump(data, allow_unicode=True))
    if doc is not None and fits(doc.data):
        assert pydantic_accepts(doc.data)
