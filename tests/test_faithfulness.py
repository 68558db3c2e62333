"""The faithfulness suite: small intervention files in tests/faithfulness/, each about a few
words of the NJi source, with the statuses those words and docs/contract.md section 2 give.

Every file starts with a comment block:

    # source G05: "Gericht op empowerment, het weer greep krijgen op het eigen leven"
    # why: ...
    # expect: G05=gap G06=gap
    # lacking: S04/behavioural-techniques=identify_behaviour,monitor_behaviour   (optional)

`source` quotes the source words the file tests (they must appear in the source sentence the
factor file quotes in its header), `expect` lists only the factors the file is about. The
expectations were derived from the contract and the source, not from running the tool; where
the tool disagrees and the expectation stands, the case is in XFAIL with the argument.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import TESTS

from wat_werkt.engine.evaluate import FactorResult
from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.run.checker import check_path

FOLDER = TESTS / "faithfulness"
FILES = sorted(FOLDER.glob("*.yaml"))
SET = load_builtin()
STATUSES = {"strength", "partial", "gap", "not_described", "not_applicable", "waived"}

# (file stem, factor id) -> why the tool (or a factor file), not the expectation, is wrong.
# Expectations the tool does not meet yet, each with the argument for the expectation. Empty:
# both earlier ones (S01 light with group_suitable false; G11 'opleiding' as education) were put
# right in the factor files.
XFAIL: dict[tuple[str, str], str] = {}


class Header(NamedTuple):
    sources: dict[str, list[str]]  # factor id -> the quoted source words
    expect: dict[str, str]  # factor id -> status
    lacking: dict[tuple[str, str], tuple[str, ...]]  # (factor id, criterion id) -> values
    why: bool  # a "# why:" line says how the source words give those statuses


SOURCE_RE = re.compile(r'^# source ([A-Z][A-Z0-9]*): "(.+)"$')
EXPECT_RE = re.compile(r"^# expect: (.+)$")
LACKING_RE = re.compile(r"^# lacking: ([A-Z][A-Z0-9]*)/([a-z0-9-]+)=(.+)$")


@cache
def header(path: Path) -> Header:
    sources: dict[str, list[str]] = {}
    expect: dict[str, str] = {}
    lacking: dict[tuple[str, str], tuple[str, ...]] = {}
    why = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break  # the comment block ends where the YAML begins
        if m := SOURCE_RE.match(line):
            sources.setdefault(m[1], []).append(m[2])
        elif m := EXPECT_RE.match(line):
            for pair in m[1].split():
                factor_id, _, status = pair.partition("=")
                assert factor_id not in expect, f"{path.name}: {factor_id} expected twice"
                expect[factor_id] = status
        elif m := LACKING_RE.match(line):
            lacking[(m[1], m[2])] = tuple(m[3].split(","))
        why = why or line.startswith("# why: ")
    return Header(sources, expect, lacking, why)


@cache
def results(path: Path) -> dict[str, FactorResult]:
    result = check_path(path, SET, builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    return {r.factor.id: r for r in result.factors}


def _case(path: Path, factor_id: str, status: str) -> object:
    reason = XFAIL.get((path.stem, factor_id))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, factor_id, status, marks=marks, id=f"{path.stem}-{factor_id}")


CASES = [_case(path, fid, status) for path in FILES for fid, status in header(path).expect.items()]


def _why(result: FactorResult) -> str:
    """What the engine saw, for a failure message."""
    lines = [f"status {result.status}"]
    if result.applies is not None:
        lines.append(f"  applies: {result.applies.value} {result.applies.path} {result.applies.evidence!r}")
    for c in result.criteria:
        o = c.outcome
        lines.append(f"  {c.criterion.id} ({c.criterion.basis}): {o.value} {o.kind} {o.path} {o.evidence!r}")
    return "\n".join(lines)


@pytest.mark.parametrize(("path", "factor_id", "status"), CASES)
def test_expected_status(path: Path, factor_id: str, status: str) -> None:
    result = results(path)[factor_id]
    assert result.status == status, f"{path.name}: {factor_id} expected {status}\n{_why(result)}"


def test_the_suite_is_large_enough() -> None:
    assert len(FILES) >= 40
    assert len(CASES) >= len(FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_header_names_the_source_words(path: Path) -> None:
    """Each file says what it tests: an expect line of known factors and statuses, and for each
    of those factors the source words, which are words of the sentence the factor file quotes."""
    head = header(path)
    assert path.read_text(encoding="utf-8").startswith("# source "), f"{path.name}: no source words first"
    assert head.why, f"{path.name}: no '# why:' line"
    assert head.expect, f"{path.name}: no '# expect:' line"
    assert set(head.expect) <= SET.ids, f"{path.name}: unknown factor in the expect line"
    assert set(head.expect.values()) <= STATUSES, f"{path.name}: unknown status in the expect line"
    assert set(head.expect) <= set(head.sources), f"{path.name}: a factor without '# source' words"
    for factor_id, quotes in head.sources.items():
        sentence = _normal(source_sentence(factor_id))
        for quote in quotes:
            assert _normal(quote) in sentence, f"{path.name}: {quote!r} is not in the source of {factor_id}"


def _normal(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).lower()


def source_sentence(factor_id: str) -> str:
    """The source sentence a factor file quotes on its first line."""
    factor = SET.get(factor_id)
    assert factor is not None
    first = Path(factor.file).read_text(encoding="utf-8").splitlines()[0]
    m = re.search(r'"(.+)"', first)
    assert m, f"{factor.file}: the first line quotes no source sentence"
    return m[1]


@pytest.mark.parametrize("path", [p for p in FILES if header(p).lacking], ids=lambda p: p.stem)
def test_partial_names_what_is_missing(path: Path) -> None:
    for (factor_id, criterion_id), values in header(path).lacking.items():
        by_id = {c.criterion.id: c.outcome for c in results(path)[factor_id].criteria}
        assert by_id[criterion_id].value == "unmet"
        assert by_id[criterion_id].lacking == values


def test_every_factor_has_a_strength_and_a_gap_in_the_suite() -> None:
    seen: dict[str, set[str]] = {fid: set() for fid in SET.ids}
    for path in FILES:
        for factor_id, status in header(path).expect.items():
            seen[factor_id].add(status)
    lacking = {
        fid: sorted({"strength", "gap"} - got) for fid, got in seen.items() if {"strength", "gap"} - got
    }
    assert not lacking, f"factors without a strength or gap file: {lacking}"


def test_every_xfail_names_an_expectation() -> None:
    by_stem = {p.stem: header(p).expect for p in FILES}
    for stem, factor_id in XFAIL:
        assert factor_id in by_stem.get(stem, {}), f"XFAIL names no expectation: {stem} {factor_id}"
