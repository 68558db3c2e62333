"""Prototypes behind the "Next steps" of docs/performance.md, measured, not shipped.

    python bench/experiments.py MODE PATH...      MODE: batch | stream | stream-gc | jobs2

Each mode checks the files with the real library and writes the JSON report to stdout:
`batch` as `watwerkt check --format json` does today (every result held, one string at the
end); `stream` writes each file's result as soon as it is checked, byte for byte the same
report; `stream-gc` also freezes the objects of start-up out of the garbage collector's reach;
`jobs2` checks in two forked worker processes (imap, order kept) that send back text. Time it
with bench/run.py's helpers or /usr/bin/time -v; the output must equal `batch`'s.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from wat_werkt import __version__, jsontext
from wat_werkt.checker import check_path
from wat_werkt.engine import FileResult, Report
from wat_werkt.factors import FactorSet, builtin_ids, load_builtin
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.json_report import file_result, render

OPTIONS = RenderOptions(lang="en")


def files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in args:
        path = Path(name)
        out.extend(sorted(path.rglob("*.yaml")) if path.is_dir() else [path])
    return out


def stream(factor_set: FactorSet, results: Iterable[str]) -> Iterator[str]:
    """The JSON report in pieces: the head, each file's record indented to its depth, the tail."""
    head = jsontext.dumps({
        "tool": {"name": "watwerkt", "version": __version__},
        "factor_set": {"id": factor_set.id, "title": factor_set.title.get(OPTIONS.lang)},
        "results": [],
    })
    cut = head.rindex("[]")
    yield head[: cut + 1]
    count = 0
    for count, text in enumerate(results, 1):
        # JSON text has no raw newline inside strings, so indenting every line is safe.
        yield ("," if count > 1 else "") + "\n    " + text.replace("\n", "\n    ")
    yield ("\n  " if count else "") + head[cut + 1 :] + "\n"


_SET: FactorSet | None = None
_KNOWN: frozenset[str] = frozenset()


def _one(path: Path) -> str:
    assert _SET is not None
    return jsontext.dumps(file_result(check_path(path, _SET, _KNOWN), OPTIONS.lang))


def main(argv: list[str]) -> int:
    global _SET, _KNOWN
    mode, paths = argv[0], files(argv[1:])
    factor_set = load_builtin("opvoedingsondersteuning")
    known = builtin_ids() | factor_set.ids
    _SET, _KNOWN = factor_set, known
    out = sys.stdout
    if mode == "batch":
        results: list[FileResult] = [check_path(p, factor_set, known) for p in paths]
        out.write(render(Report(factor_set, tuple(results)), OPTIONS))
        return 0
    if mode == "stream-gc":
        gc.freeze()  # start-up objects (modules, the factor set) never become garbage
    if mode == "jobs2":
        with multiprocessing.get_context("fork").Pool(2) as pool:
            for piece in stream(factor_set, pool.imap(_one, paths, chunksize=16)):
                out.write(piece)
        return 0
    for piece in stream(factor_set, (_one(p) for p in paths)):
        out.write(piece)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
