"""Check many files one at a time, in order, optionally in worker processes, holding nothing.

Built for `watwerkt check` over big batches (issue 6; docs/performance.md, Next steps 1 and 2):
each file is checked and turned into its piece of output right away, so memory stays flat, and
with `jobs > 1` forked workers do both while the parent only prints, in the order of the input.
A worker sends back text and a few numbers (`Checked`), never result objects, which would
serialise the whole factor set with every file. The parent keeps a `Tally` for the exit code.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

from wat_werkt.engine import FileResult, fails_at

T = TypeVar("T")

# Below this many files a pool costs more than it saves (forking, sending text back); measured
# on 2 cores in docs/performance.md.
MIN_FILES_PER_WORKER = 100
CHUNK = 16  # files per message to a worker: fewer round trips, still an even spread


class Checked(NamedTuple):
    """One file as the parent needs it: its problem lines for stderr, what the exit code needs,
    and its piece of output."""

    file: str
    problem_lines: tuple[str, ...]
    valid: bool
    worst: int  # SEVERITY of its worst factor status, 0 for none
    piece: str


class Tally:
    """What the exit code needs (FORMAT.md section 5), kept while results stream past."""

    __slots__ = ("files", "invalid", "worst")

    def __init__(self) -> None:
        self.files = 0
        self.invalid = 0
        self.worst = 0

    def add(self, checked: Checked) -> None:
        self.files += 1
        self.invalid += not checked.valid
        self.worst = max(self.worst, checked.worst)

    @property
    def has_errors(self) -> bool:
        return self.invalid > 0

    def fails(self, fail_on: str) -> bool:
        return fails_at(self.worst, fail_on)


class Job(Generic[T]):
    """What to do with each input: check it, then render the result as its piece of output."""

    __slots__ = ("check", "lang", "piece")

    def __init__(self, check: Callable[[T], FileResult], piece: Callable[[FileResult], str], lang: str):
        self.check = check
        self.piece = piece
        self.lang = lang

    def __call__(self, item: T) -> Checked:
        result = self.check(item)
        lines = tuple(p.line_for(result.file, self.lang) for p in result.problems)
        return Checked(result.file, lines, result.valid, result.worst(), self.piece(result))


def workers(jobs: int, files: int) -> int:
    """How many processes to use: `jobs` (0 = one per core), fewer for a small batch, 1 when
    this system cannot fork."""
    import multiprocessing  # only when asked for workers: it costs start-up time

    wanted = jobs if jobs > 0 else (os.cpu_count() or 1)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(wanted, files // MIN_FILES_PER_WORKER))


_JOB: Job[Any] | None = None  # set in the parent before forking; workers inherit it


def _run_in_worker(item: Any) -> Checked:
    assert _JOB is not None
    return _JOB(item)


def run(items: Sequence[T], job: Job[T], jobs: int = 1) -> Iterator[Checked]:
    """Every item checked and rendered, in the order given."""
    count = workers(jobs, len(items))
    if count <= 1:
        yield from map(job, items)
        return
    import multiprocessing

    global _JOB
    _JOB = job
    try:
        # fork: the workers start with the factor set and every module already loaded, and
        # the job (closures included) needs no pickling.
        with multiprocessing.get_context("fork").Pool(count) as pool:
            yield from pool.imap(_run_in_worker, items, chunksize=CHUNK)
    finally:
        _JOB = None
