"""One file from bytes to FileResult: read, parse, validate, normalise, evaluate."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from pathlib import Path

from wat_werkt.document.validate import normalise, validate
from wat_werkt.document.yamlload import Limits, decode_limited, parse_text, read_file
from wat_werkt.engine.evaluate import FileResult, about_of, evaluate, name_of
from wat_werkt.factorset.load import FactorSet
from wat_werkt.problems import capped


def check_text(
    text: str,
    file: str,
    factor_set: FactorSet,
    known_factors: AbstractSet[str] | None = None,
    limits: Limits = Limits(),
) -> FileResult:
    doc, problems = parse_text(text, limits)
    if doc is None:
        return FileResult(file, None, capped(problems))
    # Keep going after a duplicate key or a refused tag, so every problem is reported at once.
    known = factor_set.ids if known_factors is None else known_factors
    # A refused tag already explains its value; a type error on the same spot would repeat it.
    refused = {p.loc for p in problems}
    problems = sorted(set(problems) | {p for p in validate(doc, known) if p.loc not in refused})
    if problems:
        return FileResult(file, name_of(doc.data), capped(problems))
    normalise(doc.data)
    return FileResult(file, name_of(doc.data), (), evaluate(factor_set, doc), about_of(doc.data))


def check_path(
    path: str | Path,
    factor_set: FactorSet,
    known_factors: AbstractSet[str] | None = None,
    limits: Limits = Limits(),
    display: str | None = None,
) -> FileResult:
    file = display or str(path)
    text, problems = read_file(path, limits)
    if text is None:
        return FileResult(file, None, tuple(problems))
    return check_text(text, file, factor_set, known_factors, limits)


def check_bytes(
    raw: bytes,
    file: str,
    factor_set: FactorSet,
    known_factors: AbstractSet[str] | None = None,
    limits: Limits = Limits(),
) -> FileResult:
    text, problems = decode_limited(raw, limits)
    if text is None:
        return FileResult(file, None, tuple(problems))
    return check_text(text, file, factor_set, known_factors, limits)
