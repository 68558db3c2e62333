"""Check many files one at a time, in order, optionally in worker processes, holding nothing.

Built for `watwerkt check` over big batches (issue 6; docs/performance.md, Next steps 1 and 2):
each file is checked and turned into its piece of output right away, so memory stays flat, and
with `jobs > 1` forked children check later parts of the batch at the same time (see `run`).
A child hands back text and a few numbers (`Checked`), never result objects, which would
serialise the whole factor set with every file. The parent keeps a `Tally` for the exit code.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, Generic, NamedTuple, TypeVar

from wat_werkt.engine import FileResult, fails_at

T = TypeVar("T")

# Below this many files a second process costs more than it saves (forking, writing and reading
# back the results); measured on 2 cores in docs/performance.md.
MIN_FILES_PER_WORKER = 100


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
    """How many processes to use: `jobs` (0 = one per core this process may use), fewer for a
    small batch, 1 where the system cannot fork."""
    if not hasattr(os, "fork"):
        return 1
    wanted = jobs if jobs > 0 else _cores()
    return max(1, min(wanted, files // MIN_FILES_PER_WORKER))


def _cores() -> int:
    # The cores this process may run on (a CI container may see more than it gets).
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


def run(items: Sequence[T], job: Job[T], jobs: int = 1) -> Iterator[Checked]:
    """Every item checked and rendered, in the order given.

    With more than one process the items are cut into contiguous parts. This process checks
    the first part itself and yields it as it goes; each other part is checked by a forked
    child that writes its results to a temporary file, which is read back, in order, once this
    process gets there. Nothing is sent back and forth per file, the output keeps the order of
    the input, and memory stays flat (the files wait on disk, not in memory).
    """
    count = workers(jobs, len(items))
    if count <= 1:
        yield from map(job, items)
        return
    parts = _cut(items, count)
    children: list[_Child | None] = []
    chld = _default_sigchld()
    try:
        for part in parts[1:]:
            children.append(_Child.start(part, job))
        yield from map(job, parts[0])
        for child, part in zip(children, parts[1:], strict=True):
            # A part whose child could not start (no temporary folder, no processes left) or
            # that failed is checked here: nothing is lost, only the speed.
            yield from child.results(part, job) if child is not None else map(job, part)
    finally:
        for child in children:
            if child is not None:
                child.stop()
        if chld is not None:
            signal.signal(signal.SIGCHLD, chld)


def _default_sigchld() -> signal.Handlers | Callable[..., object] | int | None:
    """Let children be waited for: a SIGCHLD ignored by whoever started us would have the
    system reap them itself, and waitpid would find nothing (their parts would then be checked
    again here). Returns the handler to put back; None outside the main thread, where Python
    cannot change it and that fallback covers."""
    try:
        return signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    except ValueError:
        return None


def _cut(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """`count` contiguous parts of nearly equal length, in order."""
    size, extra = divmod(len(items), count)
    parts: list[Sequence[T]] = []
    start = 0
    for i in range(count):
        end = start + size + (i < extra)
        parts.append(items[start:end])
        start = end
    return parts


def _frame(checked: Checked) -> bytes:
    """One result as a child writes it: a JSON line of the facts and the size of the piece,
    then the piece's own bytes. The piece (18 KB of JSON for a json record) is not escaped
    into the line, which would cost both processes a pass over it."""
    piece = checked.piece.encode("utf-8", _LOSSLESS)
    facts = [checked.file, checked.problem_lines, checked.valid, checked.worst, len(piece)]
    # ASCII JSON: a file name that is not valid UTF-8 (a lone surrogate) passes as \udcxx.
    return json.dumps(facts).encode("ascii") + b"\n" + piece


# A piece holds a file name as the system gave it, which may not be valid UTF-8: it goes to the
# temporary file and back unchanged, whatever the output then makes of it.
_LOSSLESS = "surrogatepass"


class _Child:
    """A forked process checking one part into a temporary file (see `_frame`)."""

    __slots__ = ("file", "pid")

    def __init__(self, pid: int, file: BinaryIO):
        self.pid = pid
        self.file = file

    @classmethod
    def start(cls, part: Sequence[T], job: Job[T]) -> _Child | None:
        """A child checking `part`, or None when none can be started."""
        try:
            file = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        except OSError:  # no writable temporary folder
            return None
        # Whatever this process has buffered would otherwise be written by the child too.
        sys.stdout.flush()
        sys.stderr.flush()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # the process limit, or no memory
            file.close()
            return None
        if pid == 0:  # pragma: no cover - runs in the child; its results are tested
            code = 1
            try:
                for checked in map(job, part):
                    if os.getppid() != parent:
                        break  # the parent is gone (killed, or its reader went away): stop
                    file.write(_frame(checked))
                else:
                    file.flush()
                    code = 0
            finally:
                # Leave at once: no clean-up of the parent's objects, no flushing of its streams,
                # and an exception means exit code 1, not a traceback from a child.
                os._exit(code)
        return cls(pid, file)

    def results(self, part: Sequence[T], job: Job[T]) -> Iterator[Checked]:
        try:
            _, status = os.waitpid(self.pid, 0)
            code = os.waitstatus_to_exitcode(status)
        except ChildProcessError:  # reaped by someone else: its file may be incomplete
            code = -1
        self.pid = 0
        if code != 0:
            # The child failed (killed, out of memory, a bug): check its part here instead,
            # so nothing is lost and a real error surfaces with its traceback.
            yield from map(job, part)
            return
        self.file.seek(0)
        while line := self.file.readline():
            file, lines, valid, worst, size = json.loads(line)
            yield Checked(file, tuple(lines), valid, worst, self.file.read(size).decode("utf-8", _LOSSLESS))

    def stop(self) -> None:
        if self.pid:  # still running: the consumer stopped early (an error, Ctrl-C)
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            self.pid = 0
        self.file.close()
