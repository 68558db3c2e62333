"""Where the time of checking many files goes, phase by phase, in one process.

    python bench/phases.py DIR
    python bench/phases.py --per-file DIR


Runs each phase over every file of DIR before the next: read, compose (libyaml), build the
located document, validate, normalise, evaluate, turn the report into data, write the JSON
(standard library and watwerkt's jsontext; then record by record as `check --format json`
streams it, generic and from prepared text), then the whole check_path end to end. In-process
times, without start-up; bench/run.py gives the ratios.

With --per-file, each file goes through every phase before the next is read, its results
dropped, as a run does (holding 1,000 files' results makes the garbage collector's walks part
of what is timed): read, parse, validate, normalise, evaluate, the facts, the JSON record; the
minimum of five passes.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

import wat_werkt
from wat_werkt.document.validate import collect, normalise, validate
from wat_werkt.document.yamlload import parse_text, read_file
from wat_werkt.engine.evaluate import FileResult, Report, about_of, evaluate, name_of
from wat_werkt.factorset.load import DEFAULT_SET, builtin_ids, load_builtin
from wat_werkt.format import model
from wat_werkt.problems import Collected
from wat_werkt.renderers import RenderOptions, jsontext
from wat_werkt.renderers.report.json_data import as_data
from wat_werkt.renderers.report.json_report import Records, record
from wat_werkt.run.checker import check_path


def _compose_all(texts: list[str]) -> None:
    # Trees are dropped at once, as in parse_only.py: holding 1,000 of them would time the
    # garbage collector walking them, not the parser.
    for text in texts:
        yaml.compose(text, Loader=yaml.CSafeLoader)


# Which tree is measured: another one's src may come first on PYTHONPATH (docs/performance.md).
_SOURCE = f"wat_werkt from {Path(wat_werkt.__file__).parent}"
_PER_FILE = ("read", "parse", "validate", "normalise", "evaluate", "facts", "record")


def per_file(files: list[Path], passes: int = 5) -> list[tuple[str, float]]:
    """Each phase's time over all files, each file taken through every phase in turn (the
    minimum over `passes`). Only valid files are expected: the corpora are."""
    factor_set = load_builtin(DEFAULT_SET)
    known = builtin_ids() | factor_set.ids
    records = Records(factor_set, "en")
    clock = time.perf_counter
    best: list[float] | None = None
    for _ in range(passes):
        totals = [0.0] * len(_PER_FILE)
        for path in files:
            t0 = clock()
            text = read_file(path)[0] or ""
            t1 = clock()
            doc = parse_text(text)[0]
            t2 = clock()
            if doc is None:
                raise SystemExit(f"{path}: not a usable document")
            found = Collected()
            collect(doc, found, known, refused=set())
            t3 = clock()
            normalise(doc.data)
            t4 = clock()
            results = evaluate(factor_set, doc)
            t5 = clock()
            result = FileResult(str(path), name_of(doc.data), (), results, about_of(doc.data))
            t6 = clock()
            records(result)
            t7 = clock()
            marks = (t0, t1, t2, t3, t4, t5, t6, t7)
            for i in range(len(_PER_FILE)):
                totals[i] += marks[i + 1] - marks[i]
        best = totals if best is None else [min(a, b) for a, b in zip(best, totals, strict=True)]
    assert best is not None
    return [*zip(_PER_FILE, best, strict=True), ("all phases", sum(best))]


def main(argv: list[str]) -> int:
    if len(argv) != 1 + (argv[:1] == ["--per-file"]) or argv[-1].startswith("-"):
        print("usage: python bench/phases.py [--per-file] DIR", file=sys.stderr)
        return 2
    if argv[:1] == ["--per-file"]:
        files = sorted(p for p in Path(argv[1]).rglob("*") if p.suffix in (".yaml", ".yml"))
        timed = per_file(files)
        print(f"{len(files)} files, each through every phase in turn (min of 5 passes); {_SOURCE}")
        for name, seconds in timed:
            print(f"{name:12}  {seconds * 1000:8.1f} ms")
        return 0
    files = sorted(p for p in Path(argv[0]).rglob("*") if p.suffix in (".yaml", ".yml"))
    factor_set = load_builtin(DEFAULT_SET)
    known = builtin_ids() | factor_set.ids
    rows: list[tuple[str, float]] = []

    def phase(name: str, action: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        value = action()
        rows.append((name, time.perf_counter() - start))
        return value

    texts = phase("read and decode", lambda: [read_file(p)[0] or "" for p in files])
    phase("compose (libyaml, the parse-only floor)", lambda: _compose_all(texts))
    docs = phase("parse_text: compose + build located data", lambda: [parse_text(t)[0] for t in texts])
    valid = [d for d in docs if d is not None]
    phase("pydantic model_validate alone", lambda: [model.Intervention.model_validate(d.data) for d in valid])
    phase("validate (pydantic + semantic rules)", lambda: [validate(d, known) for d in valid])
    phase("normalise", lambda: [normalise(d.data) for d in valid])
    results = phase(
        "evaluate 16 factors",
        lambda: [
            FileResult(str(p), name_of(d.data), (), evaluate(factor_set, d))
            for p, d in zip(files, valid, strict=True)
        ],
    )
    data = phase(
        "report as data (as_data)", lambda: as_data(Report(factor_set, tuple(results)), RenderOptions())
    )
    text = phase(
        "json.dumps(indent=2), standard library", lambda: json.dumps(data, ensure_ascii=False, indent=2)
    )
    phase("jsontext.dumps, same bytes", lambda: jsontext.dumps(data))
    phase("json.dumps compact (C encoder), for scale", lambda: json.dumps(data, ensure_ascii=False))
    generic = phase("records, generic (json_report.record)", lambda: [record(r, "en") for r in results])
    # The text is prepared once per run, in the phase: a run pays for it too.
    prepared = phase(
        "records, prepared (json_report.Records)", lambda: list(map(Records(factor_set, "en"), results))
    )
    if prepared != generic:
        raise SystemExit("json_report.Records wrote other text than json_report.record")
    phase(
        "check_path end to end (read .. evaluate)", lambda: [check_path(p, factor_set, known) for p in files]
    )
    width = max(len(name) for name, _ in rows)
    print(f"{len(files)} files, JSON report {len(text) / 1e6:.1f} MB; {_SOURCE}")
    for name, seconds in rows:
        print(f"{name:{width}}  {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
