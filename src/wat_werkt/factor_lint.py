"""`watwerkt factors lint`: load a factor set the way every command does, collecting all its
problems, plus warnings for habits that do not break anything (a file named after its id, a
criterion whose basis is left to its default). A built-in set must also give every criterion
its basis, advice and question (docs/contract.md section 3)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from wat_werkt.factors import FactorSet, FactorSetError, builtin_folder, load_set
from wat_werkt.problems import Loc, Problem, problem
from wat_werkt.yamlload import parse_text, read_file


class LintResult(NamedTuple):
    factor_set: FactorSet | None
    errors: tuple[tuple[str, Problem], ...]
    warnings: tuple[tuple[str, Problem], ...]


def _id_loc(file: str) -> Loc:
    text, _ = read_file(Path(file))
    doc, _ = parse_text(text or "")
    return doc.key_loc(("id",)) if doc is not None else Loc(1, 1)


def name_warnings(factor_set: FactorSet) -> list[tuple[str, Problem]]:
    """STYLE habit 1: the file name starts with the id it holds (S03-trained-home-visitors.yaml),
    so a reader finds a factor without opening files."""
    found = []
    for factor in factor_set.factors:
        name = Path(factor.file).name
        if not re.match(rf"{re.escape(factor.id)}(?![A-Za-z0-9])", name):
            found.append((factor.file, problem(_id_loc(factor.file), "lint_file_name", "id",
                                               id=factor.id, slug=factor.slug)))
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
                    found.append((factor.file, problem(doc.key_loc(("criteria", i, "id")), f"lint_no_{key}",
                                                       f"criteria[{i}]", id=str(item.get("id")))))
    return sorted(found, key=lambda fp: (fp[0], fp[1]))


def lint(folder: Path | None = None, set_name: str | None = None) -> LintResult:
    """Lint a folder, or a built-in set by name; never raises for a bad set."""
    try:
        target = folder if folder is not None else builtin_folder(set_name or "")
        factor_set = load_set(target)
    except FactorSetError as exc:
        return LintResult(None, tuple(exc.problems), ())
    if folder is None:  # a built-in set: what a custom set may leave out, it must state
        errors = criterion_gaps(factor_set, CRITERION_STATES)
        if errors:
            return LintResult(None, tuple(errors), ())
    warnings = [*name_warnings(factor_set), *criterion_gaps(factor_set, ("basis",))]
    return LintResult(factor_set, (), tuple(sorted(warnings, key=lambda fp: (fp[0], fp[1]))))
