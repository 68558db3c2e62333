"""Evidence names what decided (docs/contract.md section 2), over every description the repository
holds: examples/, tests/cases/, tests/cases_tidier/, tests/valid/ and tests/faithfulness/, each
against both built-in sets.

- An unknown outcome (kind `missing`) names only fields that are absent from the file or hold
  nothing but a placeholder or null: a field that is there is never called "not described".
- A met or unmet criterion has a line and non-empty evidence; an explicit `false` shows
  "false", an explicit `[]` shows "[]", and the line is where that field is written.

Presence is decided here by walking the YAML as PyYAML reads it, independently of watwerkt's
own loader.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLES, TESTS

from wat_werkt.engine.conditions import Outcome
from wat_werkt.engine.evaluate import FileResult
from wat_werkt.factorset.load import builtin_ids, builtin_sets, load_builtin
from wat_werkt.format.shape import is_placeholder
from wat_werkt.run.checker import check_path

FOLDERS = [EXAMPLES, *(TESTS / d for d in ("cases", "cases_tidier", "valid", "faithfulness"))]
FILES = sorted(p for folder in FOLDERS for p in folder.rglob("*.yaml"))
SETS = sorted(builtin_sets())

ABSENT = object()


class Raw:
    """A file as PyYAML reads it: its data, and the line of every key and value."""

    def __init__(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8-sig")
        self.data = yaml.safe_load(text)
        self.lines: dict[tuple[Any, ...], set[int]] = {}
        root = yaml.compose(text)
        assert root is not None, path
        self._mark(root, ())

    def _mark(self, node: yaml.Node, path: tuple[Any, ...]) -> None:
        self.lines.setdefault(path, set()).add(node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            # A text of many lines is written on each of them: a mention points at its own.
            last = node.end_mark.line + (1 if node.end_mark.column else 0)
            self.lines[path].update(range(node.start_mark.line + 1, last + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self.lines.setdefault((*path, key.value), set()).add(key.start_mark.line + 1)
                self._mark(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self._mark(item, (*path, i))

    def at(self, keys: tuple[Any, ...]) -> Any:
        """The value at a path as the report spells it, ABSENT when it is not there. A single
        value stands for a list of one (`format: group` is `format: [group]`)."""
        value = self.data
        for key in keys:
            if isinstance(key, int):
                if not isinstance(value, list):
                    if key != 0 or value is None:
                        return ABSENT
                    continue  # one-or-a-list: the value itself is item 0
                if key >= len(value):
                    return ABSENT
                value = value[key]
            else:
                if not isinstance(value, dict) or key not in value:
                    return ABSENT
                value = value[key]
        return value

    def line_of(self, keys: tuple[Any, ...]) -> set[int]:
        """The lines where the field at a path is written: its key and its value."""
        while keys and keys not in self.lines:
            keys = keys[:-1]  # item 0 of a single value: the value's own line
        return self.lines.get(keys, set())


@cache
def raw(path: Path) -> Raw:
    return Raw(path)


@cache
def checked(path: Path, set_name: str) -> FileResult:
    result = check_path(path, load_builtin(set_name), builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    return result


# The negation words of the contract, and the no-words a field may answer with (section 7).
NEGATION = re.compile(
    r"\b(niet|geen|zonder|nooit|not|no|without|never|nee|neen|niets|niks|none|nothing|ontbreekt|lacks)\b"
    r"|n\.v\.t|\bnvt\b|n/a",
    re.IGNORECASE,
)
PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def keys_of(dotted: str) -> tuple[Any, ...]:
    """`goals[1].measure` -> ("goals", 1, "measure")."""
    return tuple(int(index) if index else name for name, index in PATH_PART.findall(dotted))


def says_nothing(value: Any) -> bool:
    """Absent, null, a placeholder, or a list or mapping holding only such values. An explicit
    `false` or `[]` says something: "no"."""
    if value is ABSENT or value is None:
        return True
    if isinstance(value, str):
        return is_placeholder(value)
    if isinstance(value, list):
        return bool(value) and all(says_nothing(v) for v in value)
    if isinstance(value, dict):
        return all(says_nothing(v) for v in value.values())
    return False


def outcomes(result: FileResult) -> list[tuple[str, bool, Outcome]]:
    """(label, is a criterion, outcome) for every applies_when and criterion of every factor."""
    out: list[tuple[str, bool, Outcome]] = []
    for factor in result.factors:
        if factor.applies is not None:
            out.append((f"{factor.factor.id}/applies_when", False, factor.applies))
        out.extend((f"{factor.factor.id}/{c.criterion.id}", True, c.outcome) for c in factor.criteria)
    return out


CASES = [pytest.param(p, s, id=f"{p.parent.name}/{p.stem}-{s}") for p in FILES for s in SETS]


def test_the_files_are_found() -> None:
    assert len(FILES) >= 100
    assert {p.parent.name for p in FILES} >= {"examples", "valid"}


@pytest.mark.parametrize(("path", "set_name"), CASES)
def test_no_present_field_is_called_not_described(path: Path, set_name: str) -> None:
    doc = raw(path)
    wrong = []
    for label, _, outcome in outcomes(checked(path, set_name)):
        if outcome.value != "unknown" or outcome.kind != "missing":
            continue
        for dotted in dict.fromkeys((outcome.path, *outcome.missing)):
            value = doc.at(keys_of(dotted))
            if not says_nothing(value):
                wrong.append(f"{label}: {dotted} = {value!r} is there, yet called not described")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("path", "set_name"), CASES)
def test_a_decided_criterion_shows_its_evidence_and_line(path: Path, set_name: str) -> None:
    doc = raw(path)
    wrong = []
    for label, is_criterion, outcome in outcomes(checked(path, set_name)):
        if outcome.value not in ("met", "unmet"):
            continue
        if is_criterion and (outcome.loc.line < 1 or not (outcome.evidence or "").strip()):
            wrong.append(f"{label}: {outcome.value} without evidence or line: {outcome}")
            continue
        keys = keys_of(outcome.path)
        value = doc.at(keys)
        if outcome.kind == "false":
            if value is not False or outcome.evidence != "false":
                wrong.append(
                    f"{label}: kind false, but the file has {value!r}, evidence {outcome.evidence!r}"
                )
        elif outcome.kind == "empty" and value is not ABSENT and outcome.evidence not in ("[]", "false"):
            wrong.append(f"{label}: an empty list shown as {outcome.evidence!r}")
        elif outcome.kind == "negated":
            # The clause is the evidence: it is in the text of the field, as written (cut short
            # with "…"), and it holds one of the negation words of the contract.
            clause = " ".join((outcome.evidence or "").strip("… ").split())
            if not clause or clause not in " ".join(str(value).split()):
                wrong.append(f"{label}: negated clause {outcome.evidence!r} is not in {outcome.path}")
            elif not NEGATION.search(clause):
                wrong.append(f"{label}: the clause {outcome.evidence!r} holds no negation")
        if value is not ABSENT and outcome.loc.line not in doc.line_of(keys):
            wrong.append(
                f"{label}: {outcome.path} is on line(s) {sorted(doc.line_of(keys))}, "
                f"the report says line {outcome.loc.line}"
            )
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "path", sorted(p for p in FILES if p.parent.name == "faithfulness"), ids=lambda p: p.stem
)
def test_an_explicit_no_is_the_evidence(path: Path) -> None:
    """In the faithfulness files, every expected gap of the default set is decided by what the
    file says: an unmet criterion whose evidence is in the file (a value, false, [] or the
    negated clause), never by a field that is not there."""
    expect = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            expect = dict(pair.split("=") for pair in line.removeprefix("# expect:").split())
    for factor in checked(path, "opvoedingsondersteuning").factors:
        if expect.get(factor.factor.id) != "gap" or factor.status != "gap":
            continue
        unmet = [
            c.outcome for c in factor.criteria if c.outcome.value == "unmet" and c.criterion.basis == "source"
        ]
        assert unmet, f"{factor.factor.id}: a gap without an unmet source criterion"
        for outcome in unmet:
            assert outcome.evidence, (factor.factor.id, outcome)
            assert raw(path).at(keys_of(outcome.path)) is not ABSENT, (factor.factor.id, outcome)


def test_a_list_written_as_false_is_shown_as_false() -> None:
    shown = []
    for path in FILES:
        for set_name in SETS:
            for label, _, outcome in outcomes(checked(path, set_name)):
                decided = outcome.value in ("met", "unmet")
                if decided and raw(path).at(keys_of(outcome.path)) is False and outcome.evidence != "false":
                    shown.append(f"{path.name} {label}: {outcome.path} shown as {outcome.evidence!r}")
    assert not shown, "\n".join(shown)


def test_a_missing_field_of_one_item_names_the_line_of_that_item(tmp_path: Path) -> None:
    """`goals[1].measure` counts from 0 where people count from 1: the line says which goal."""
    from wat_werkt.renderers.common import note

    path = tmp_path / "goals.yaml"
    path.write_text(
        "name: X\nsummary: Y\ngoals:\n"
        "  - text: Ouders stellen grenzen.\n    measure: Vragenlijst voor en na.\n"
        "  - text: Ouders prijzen goed gedrag.\n",
        encoding="utf-8",
    )
    result = check_path(path, load_builtin("opvoedingsondersteuning"), builtin_ids())
    g02 = next(f for f in result.factors if f.factor.id == "G02")
    assert g02.status == "partial"
    assert note(g02, "en").endswith("not described: goals[1].measure (the item at line 6)")
    assert note(g02, "nl").endswith("niet beschreven: goals[1].measure (het item op regel 6)")


def test_a_mention_points_at_the_line_of_its_words() -> None:
    # Two users found the line of `description: >-` where the sentence was lines below it.
    from conftest import TESTS

    def at(name: str, factor: str) -> tuple[int, int]:
        result = checked(TESTS / "faithfulness" / name, "opvoedingsondersteuning")
        row = next(r for r in result.factors if r.factor.id == factor)
        outcome = next(c.outcome for c in row.criteria if c.outcome.path == "approach.description")
        return outcome.loc.line, outcome.loc.column

    # "    Dit programma werkt niet aan empowerment of aan": line 8, the term at column 34.
    assert at("g05-negated-folded-block.yaml", "G05") == (8, 34)
    assert at("g05-negated-literal-block.yaml", "G05") == (10, 34)


def test_words_broken_over_two_lines_point_at_the_start_of_the_text() -> None:
    from wat_werkt.document.yamlload import parse_text

    text = (
        "name: x\nsummary: y\napproach:\n  description: >-\n    zoeken naar sociale\n    steun in de wijk\n"
    )
    doc, _ = parse_text(text)
    assert doc is not None
    value = doc.data["approach"]["description"]
    start = value.index("sociale steun")
    assert doc.text_loc(("approach", "description"), value, start, len("sociale steun")) == (4, 16)
    start = value.index("wijk")
    assert doc.text_loc(("approach", "description"), value, start, 4) == (6, 17)


@pytest.mark.parametrize(
    "text",
    [
        # Broken over two lines, and repeated in a comment or in another field of a flow.
        "approach:\n  description: Wij versterken de eigen\n    regie van ouders. # TODO: eigen regie uitwerken\n",
        'approach: {description: "Wij versterken de eigen\n    regie van ouders", tailoring: "met eigen regie"}\n',
        # Lines ended by a lone CR, which YAML counts and text_loc would not.
        "approach:\n  description: >-\n    Wij werken aan\r    eigen regie.\n  tailoring: op maat\n",
        # A letter whose lower case is longer: positions in the lower-case text shift.
        'approach:\n  description: "\\u0130\\u0130 Wij bieden geen eigen regie.\n    Wel eigen regie voor ouders."\n',
    ],
)
def test_a_mention_that_cannot_be_placed_for_sure_points_where_the_value_starts(text: str) -> None:
    # A hostile-input attack found each placed in a comment, another field or the wrong line.
    from wat_werkt.document.yamlload import parse_text

    doc, problems = parse_text("name: T\nsummary: S\n" + text)
    assert doc is not None and not problems
    value = doc.data["approach"]["description"]
    at = value.lower().rfind("eigen regie")
    assert doc.text_loc(("approach", "description"), value, at, len("eigen regie")) == doc.loc(
        ("approach", "description")
    )
