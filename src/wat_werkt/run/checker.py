"""One file from bytes to FileResult: read, parse, validate, normalise, evaluate; and one input
of a run (a file, or standard input), whatever it holds."""

from __future__ import annotations

import os
import sys
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import BinaryIO

from wat_werkt.document.validate import collect, normalise
from wat_werkt.document.yamlload import Limits, decode_limited, parse_text, read_file
from wat_werkt.engine.evaluate import FileResult, about_of, evaluate, name_of
from wat_werkt.factorset.load import FactorSet
from wat_werkt.problems import WHOLE_FILE, Collected, capped, problem
from wat_werkt.run.discovery import Input
from wat_werkt.textsafe import one_line


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
    found = Collected()  # the problems a file shows, and how many more (docs/robustness.md)
    for parsed in problems:
        found.add(parsed)
    # A refused tag already explains its value; a type error on the same spot would repeat it.
    collect(doc, found, known, refused={p.loc for p in problems})
    if found.count:
        return FileResult(file, name_of(doc.data), found.capped())
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


def check_input(
    item: Input, factor_set: FactorSet, known: AbstractSet[str], limits: Limits = Limits()
) -> FileResult:
    """One input checked. Whatever a file holds, it gets a result: should checking it fail on
    a bug of ours, that file says so and the run goes on with the others (docs/robustness.md);
    --debug (WATWERKT_DEBUG) lets the exception through for its traceback."""
    try:
        return _check_input(item, factor_set, known, limits)
    except Exception as exc:
        if os.environ.get("WATWERKT_DEBUG"):
            raise
        detail = one_line(f"{type(exc).__name__}: {exc}")[:300]
        return FileResult(item.display, None, (problem(WHOLE_FILE, "internal_file_error", detail=detail),))


def _check_input(item: Input, factor_set: FactorSet, known: AbstractSet[str], limits: Limits) -> FileResult:
    if item.path is not None:
        return check_path(item.path, factor_set, known, limits, display=item.display)
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        return FileResult(item.display, None, (problem(WHOLE_FILE, "stdin_closed"),))
    try:
        raw = _read_up_to(sys.stdin.buffer, limits.max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return FileResult(item.display, None, (problem(WHOLE_FILE, "not_readable", reason=reason),))
    return check_bytes(raw, item.display, factor_set, known, limits)


def _read_up_to(stream: BinaryIO, wanted: int) -> bytes:
    """At most `wanted` bytes of a stream, a megabyte at a time: one byte over the limit is
    enough to know it is too large, and a limit as large as the configuration allows (2**63)
    is no size to ask a read for."""
    chunks: list[bytes] = []
    total = 0
    while total < wanted and (chunk := stream.read(min(wanted - total, 1 << 20))):
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
