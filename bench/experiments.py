"""The batch modes of docs/performance.md's Next steps, measured, not yet wired into the CLI.

    python bench/experiments.py MODE PATH...      MODE: batch | stream | stream-gc | jobs2 | jobs2-any

Each mode checks the files with the real library and writes the JSON report to stdout:
`batch` as `watwerkt check --format json` does today (every result held, one string at the
end); `stream` writes each file's record as soon as it is checked (wat_werkt.run.stream with
renderers/json_stream: byte for byte the same report); `stream-gc` also freezes the objects of
start-up out of the garbage collector's reach; `jobs2` streams from two forked workers, order
kept, when the batch is big enough (stream.MIN_FILES_PER_WORKER), `jobs2-any` whatever its size. No Typer here: compare the modes with each other (bench/run.py's helpers or
/usr/bin/time -v), not with the ratios of bench/run.py.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import DEFAULT_SET, builtin_ids, load_builtin
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.report.json_report import render
from wat_werkt.renderers.report.json_stream import pieces, record
from wat_werkt.run import stream
from wat_werkt.run.checker import check_path

OPTIONS = RenderOptions(lang="en")


def files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in args:
        path = Path(name)
        out.extend(sorted(path.rglob("*.yaml")) if path.is_dir() else [path])
    return out


def main(argv: list[str]) -> int:
    mode, paths = argv[0], files(argv[1:])
    factor_set = load_builtin(DEFAULT_SET)
    known = builtin_ids() | factor_set.ids
    check = partial(check_path, factor_set=factor_set, known_factors=known)
    if mode == "batch":
        sys.stdout.write(render(Report(factor_set, tuple(map(check, paths))), OPTIONS))
        return 0
    if mode == "jobs2-any":
        stream.MIN_FILES_PER_WORKER = 1  # a pool whatever the batch size: to find where it pays
    if mode == "stream-gc":
        gc.freeze()  # start-up objects (modules, the factor set) never become garbage
    job = stream.Job(check, lambda result: record(result, OPTIONS.lang), OPTIONS.lang)
    tally = stream.Tally()

    def records() -> Iterator[str]:
        for checked in stream.run(paths, job, jobs=2 if mode.startswith("jobs2") else 1):
            for line in checked.problem_lines:
                sys.stderr.write(line + "\n")
            tally.add(checked)
            yield checked.piece

    for piece in pieces(factor_set, records(), OPTIONS):
        sys.stdout.write(piece)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
