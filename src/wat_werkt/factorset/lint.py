"""`watwerkt factors lint`: load a factor set the way every command does, collecting all its
problems, plus warnings for habits that do not break anything (a file named after its id, a
criterion whose basis is left to its default). A built-in set must also give every criterion
its basis, advice and question (docs/contract.md section 3)."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any, NamedTuple

from wat_werkt.document.yamlload import Document, PathKey, parse_text, read_file
from wat_werkt.factorset.load import FactorSet, FactorSetError, builtin_folder, load_set
from wat_werkt.problems import Loc, Problem, dotted, problem
from wat_werkt.textsafe import clean


class LintResult(NamedTuple):
    factor_set: FactorSet | None
    errors: tuple[tuple[str, Problem], ...]
    warnings: tuple[tuple[str, Problem], ...]


def _id_loc(file: str) -> Loc:
    text, _ = read_file(Path(file))
    doc, _ = parse_text(text or "")
    return doc.key_loc(("id",)) if doc is not None else Loc(1, 1)


def name_warnings(factor_set: FactorSet) -> list[tuple[str, Problem]]:
    """The file name starts with the id it holds (S03-trained-home-visitors.yaml), as yamllint
    names a rule's module after the rule: a reader finds a factor without opening files."""
    found = []
    for factor in factor_set.factors:
        name = Path(factor.file).name
        if not re.match(rf"{re.escape(factor.id)}(?![A-Za-z0-9])", name):
            found.append(
                (
                    factor.file,
                    problem(_id_loc(factor.file), "lint_file_name", "id", id=factor.id, slug=factor.slug),
                )
            )
    return sorted(found, key=lambda fp: (fp[0], fp[1]))


# What a criterion should state; a built-in set states all of it.
CRITERION_STATES = ("basis", "advice", "question")


def criterion_gaps(factor_set: FactorSet, keys: tuple[str, ...]) -> list[tuple[str, Problem]]:
    """Each criterion that leaves out one of `keys`, at the criterion's `id`."""
    found = []
    for factor in factor_set.factors:
        text, _ = read_file(Path(factor.file))
        doc, _ = parse_text(text or "")
        criteria = doc.data.get("criteria") if doc is not None and isinstance(doc.data, dict) else None
        for i, item in enumerate(criteria if isinstance(criteria, list) else []):
            for key in keys:
                if isinstance(item, dict) and key not in item:
                    assert doc is not None
                    found.append(
                        (
                            factor.file,
                            problem(
                                doc.key_loc(("criteria", i, "id")),
                                f"lint_no_{key}",
                                f"criteria[{i}]",
                                id=str(item.get("id")),
                            ),
                        )
                    )
    return sorted(found, key=lambda fp: (fp[0], fp[1]))


def question_gaps(factor_set: FactorSet) -> list[tuple[str, Problem]]:
    """What a built-in set must also state so that every `?` and every explicit no asks the
    provider something (docs/contract.md section 7): a factor with `applies_when` its
    `applies_question`, at `applies_when`; a source criterion its `followup`, at its `id`."""
    found = []
    for factor in factor_set.factors:
        text, _ = read_file(Path(factor.file))
        doc, _ = parse_text(text or "")
        if doc is None or not isinstance(doc.data, dict):
            continue
        if factor.applies_when is not None and factor.applies_question is None:
            found.append(
                (
                    factor.file,
                    problem(
                        doc.key_loc(("applies_when",)),
                        "lint_no_applies_question",
                        "applies_when",
                        id=factor.id,
                    ),
                )
            )
        criteria = doc.data.get("criteria")
        for i, item in enumerate(criteria if isinstance(criteria, list) else []):
            if isinstance(item, dict) and item.get("basis", "source") == "source" and "followup" not in item:
                found.append(
                    (
                        factor.file,
                        problem(
                            doc.key_loc(("criteria", i, "id")),
                            "lint_no_followup",
                            f"criteria[{i}]",
                            id=str(item.get("id")),
                        ),
                    )
                )
    return sorted(found, key=lambda fp: (fp[0], fp[1]))


def lint(folder: Path | None = None, set_name: str | None = None) -> LintResult:
    """Lint a folder, or a built-in set by name; never raises for a bad set."""
    try:
        target = folder if folder is not None else builtin_folder(set_name or "")
        factor_set = load_set(target)
    except FactorSetError as exc:
        return LintResult(None, tuple(exc.problems), ())
    if folder is None:  # a built-in set: what a custom set may leave out, it must state
        errors = sorted(
            [*criterion_gaps(factor_set, CRITERION_STATES), *question_gaps(factor_set)],
            key=lambda fp: (fp[0], fp[1]),
        )
        if errors:
            return LintResult(None, tuple(errors), ())
    warnings = [*name_warnings(factor_set), *criterion_gaps(factor_set, ("basis",))]
    return LintResult(factor_set, (), tuple(sorted(warnings, key=lambda fp: (fp[0], fp[1]))))


# -- text that reaches terminals and CI logs ----------------------------------------------------
#
# A factor set is data from outside too (`--factors DIR`, a set from another project): its texts
# are shown by every command, in every format. Renderers escape them as they escape an
# intervention's text; loading refuses what has no place in them at all (docs/robustness.md).

# Control characters (tab included), DEL, C1 controls and the bidirectional overrides.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Line breaks other than the newline, which only a summary or description may hold.
_BREAK = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
_PARAGRAPHS = frozenset({"summary", "description"})


def text_problems(doc: Document) -> list[Problem]:
    """Every text of a factor file (or set.yaml) that holds a control character or, outside a
    summary or description, a line break; every number that is not finite (`.nan` or `.inf`
    as a threshold makes a condition that can never, or always, hold)."""
    found: list[Problem] = []
    pending: list[tuple[PathKey, Any]] = [((), doc.data)]
    while pending:  # no recursion: a file is at most 64 levels deep, but no need to rely on it
        path, value = pending.pop()
        if isinstance(value, dict):
            pending.extend(((*path, key), item) for key, item in value.items())
        elif isinstance(value, list):
            pending.extend(((*path, i), item) for i, item in enumerate(value))
        elif isinstance(value, str):
            found.extend(_text_problem(doc, path, value))
        elif isinstance(value, float) and not math.isfinite(value) and path[-2:-1] not in _THRESHOLDS:
            # A threshold is the condition parser's to refuse (conditions.Compare): said once.
            shown = ".nan" if value != value else ("-.inf" if value < 0 else ".inf")
            found.append(
                problem(doc.loc(path), "factor_not_finite", dotted(path), key=dotted(path), found=shown)
            )
    return sorted(found)


_THRESHOLDS = {("at_least",), ("at_most",)}


def _text_problem(doc: Document, path: PathKey, text: str) -> list[Problem]:
    control = _CONTROL.search(text)
    if control is not None:
        return [
            problem(
                doc.loc(path),
                "factor_text_control",
                dotted(path),
                key=dotted(path),
                char=clean(control.group()) if control.group() != "\t" else "\\t",
            )
        ]
    paragraphs = any(part in _PARAGRAPHS for part in path if isinstance(part, str))
    breaks = _BREAK.search(text.strip())
    if breaks is not None and not (paragraphs and breaks.group() == "\n"):
        return [problem(doc.loc(path), "factor_text_line_break", dotted(path), key=dotted(path))]
    return []
