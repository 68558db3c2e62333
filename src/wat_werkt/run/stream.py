"""Check many files one at a time, in order, optionally in worker processes, holding nothing.

Built for `watwerkt check` over big batches (docs/performance.md): each file is
checked and turned into its piece of output right away, so memory stays flat, and with
`jobs > 1` forked children check later parts of the batch at the same time (`_checked`).
A child hands back text and a few facts (`Checked`, and JSON data from `Job.extra`), never
result objects, which would serialise the whole factor set with every file. The parent keeps
a `Tally` for the exit code.

- `run` hands each file's piece back as text (tests, and the github format, which keeps its
  plain report in a `Spool` until the annotations of all files are written);
- `write` puts the pieces on an `Output` itself, a child's part copied there as bytes (json
  and table on standard output).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from typing import Any, BinaryIO, Generic, NamedTuple, TextIO, TypeVar

from wat_werkt.engine.evaluate import FileResult, fails_at
from wat_werkt.renderers import Part

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
    extra: Any = None  # the part's data (renderers.Part): JSON, so a child can hand it back
    counts: Any = None  # its statuses counted (FileResult.counts), for a summary of the run
    note: Any = None  # what the run keeps of the file besides its report (Job.note): JSON


class Tally:
    """What the exit code needs (docs/contract.md section 5), kept while results stream past, and,
    for a report that ends with a total, the statuses of all files added up (`count`)."""

    __slots__ = ("files", "invalid", "statuses", "worst")

    def __init__(self) -> None:
        self.files = 0
        self.invalid = 0
        self.worst = 0
        self.statuses: dict[str, int] = {}

    def add(self, checked: Checked) -> None:
        self.files += 1
        self.invalid += not checked.valid
        self.worst = max(self.worst, checked.worst)

    def count(self, statuses: Mapping[str, int]) -> None:
        """Add one file's counts of statuses (FileResult.counts)."""
        for status, count in statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count

    @property
    def has_errors(self) -> bool:
        return self.invalid > 0

    def fails(self, fail_on: str) -> bool:
        return fails_at(self.worst, fail_on)


class Job(Generic[T]):
    """What to do with each input: check it, then make its part of the report (its text, and
    the data the report's end needs of it: renderers.Reporter.part), and, when asked, what the
    run itself keeps of it (`note`: the baseline's changes, as JSON)."""

    __slots__ = ("check", "lang", "note", "part")

    def __init__(
        self,
        check: Callable[[T], FileResult],
        part: Callable[[FileResult], Part],
        lang: str,
        note: Callable[[FileResult], Any] | None = None,
    ):
        self.check = check
        self.part = part
        self.lang = lang
        self.note = note

    def __call__(self, item: T) -> Checked:
        result = self.check(item)
        lines = tuple(p.line_for(result.file, self.lang) for p in result.problems)
        text, data = self.part(result)
        note = self.note(result) if self.note is not None else None
        return Checked(result.file, lines, result.valid, result.worst(), text, data, result.counts(), note)


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


def run(items: Sequence[T], job: Job[T], jobs: int = 1) -> Generator[Checked, None, None]:
    """Every item checked and rendered, in the order given (see `_checked` for the processes)."""
    for item in _checked(items, job, jobs, lossless):
        if isinstance(item, _Stored):
            yield from item.checked()
        else:
            yield item


def write(items: Sequence[T], job: Job[T], out: Output, jobs: int = 1) -> Iterator[Checked]:
    """`run`, with each piece written to `out` instead of handed over: what is yielded has an
    empty piece. A child's part, already encoded as `out` writes it, is copied as bytes, not
    decoded, split into pieces and encoded again at the end of the run, when nothing else is
    left to do (docs/performance.md)."""
    for item in _checked(items, job, jobs, out.encoded):
        if isinstance(item, _Stored):
            # A file's problem lines go to stderr just before its piece, as in this process's
            # own part: the pieces before such a file are copied first, and the files between
            # two with problems together (one copy for a whole part without any).
            start = end = files = 0
            for checked, size in item.facts():
                if checked.problem_lines and files:
                    out.copy(item, start, end, files)
                    start, files = end, 0
                yield checked
                end += size
                files += 1
            out.copy(item, start, end, files)
        else:
            yield item._replace(piece="")
            out.text(item.piece)


def _checked(
    items: Sequence[T], job: Job[T], jobs: int, encode: Callable[[str], bytes]
) -> Iterator[Checked | _Stored]:
    """Every item checked, in order: as Checked, or a part a child checked (`_Stored`).

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
            children.append(_Child.start(part, job, encode))
        yield from map(job, parts[0])
        for child, part in zip(children, parts[1:], strict=True):
            stored = child.stored() if child is not None else None
            # A part whose child could not start (no temporary folder, no processes left) or
            # that failed is checked here: nothing is lost, only the speed.
            if stored is None:
                yield from map(job, part)
            else:
                yield stored
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


# A child checks a file a few percent slower than this process: its first write to each page
# it shares with the parent copies the page, and it stores its results in a file. So the first
# part, this process's own, is a little longer, and all parts end about together (the
# measurement is in docs/performance.md).
PARENT_WEIGHT = 1.08


def _cut(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """`count` contiguous parts, in order: the first PARENT_WEIGHT times as long as each of the
    others, which are of nearly equal length. None is empty while there are enough items."""
    count = min(count, len(items))  # no part empty: a child's first piece must follow another
    if count <= 1:
        return [items]
    first = round(len(items) * PARENT_WEIGHT / (PARENT_WEIGHT + count - 1))
    first = min(len(items) - (count - 1), max(1, first))  # leave every child an item
    size, extra = divmod(len(items) - first, count - 1)
    parts: list[Sequence[T]] = [items[:first]]
    start = first
    for i in range(count - 1):
        end = start + size + (i < extra)
        parts.append(items[start:end])
        start = end
    return parts


# A piece holds a file name as the system gave it, which may not be valid UTF-8: it goes to the
# temporary file and back unchanged, whatever the output then makes of it.
_LOSSLESS = "surrogatepass"


def lossless(piece: str) -> bytes:
    """A piece as bytes that decode to it again, a file name that is not UTF-8 (a lone
    surrogate) included: for the spools and the children's parts, never for the reader."""
    return piece.encode("utf-8", _LOSSLESS)


class Output:
    """Where `write` puts the pieces: a text stream (standard output), with `separator` between
    two pieces, flushed after each when someone watches (`flush_each`).

    A child encodes its pieces, separator first, as this stream would (`encoded`), so its part
    can be copied to the stream's bytes as it is. That needs a stream with bytes underneath
    that writes UTF-8, which standard output is wherever there is fork (a C locale included,
    since Python 3.7). Otherwise the child's text is decoded and written as text.
    """

    def __init__(self, stream: TextIO, separator: str = "", flush_each: bool = False) -> None:
        self.stream = stream
        self.separator = separator
        self.flush_each = flush_each
        self.pieces = 0
        self._bytes = _utf8_bytes_of(stream)
        self._errors = getattr(stream, "errors", None) or "strict"

    def text(self, piece: str) -> None:
        if self.pieces:
            self.stream.write(self.separator)
        self.stream.write(piece)
        self.pieces += 1
        if self.flush_each:
            self.stream.flush()

    def encoded(self, piece: str) -> bytes:
        """A piece as a child stores it: after the separator, since a child's part never comes
        first (the first part is always this process's own), and as the stream encodes it."""
        text = self.separator + piece
        # The stream's own error handler: a piece it could not write fails in the child as it
        # would here, the child exits with an error, and its part is checked here again.
        return text.encode("utf-8", self._errors) if self._bytes is not None else lossless(text)

    def copy(self, stored: _Stored, begin: int, end: int, files: int) -> None:
        """The pieces of `files` files a child stored, bytes `begin` to `end` of its file."""
        self.stream.flush()  # what this process wrote comes first
        if self._bytes is not None:
            stored.copy_to(self._bytes, begin, end)
        else:
            decoder = codecs.getincrementaldecoder("utf-8")(_LOSSLESS)
            for chunk in stored.chunks(begin, end):
                self.stream.write(decoder.decode(chunk))
            self.stream.write(decoder.decode(b"", final=True))
        self.pieces += files
        if self.flush_each:
            self.stream.flush()


def _utf8_bytes_of(stream: TextIO) -> BinaryIO | None:
    raw = getattr(stream, "buffer", None)
    try:
        utf8 = codecs.lookup(getattr(stream, "encoding", None) or "").name == "utf-8"
    except LookupError:
        utf8 = False
    # utf-8-sig and utf-16 are other codecs: they would put a byte-order mark before each part.
    # Text streams turn "\n" into os.linesep, which is "\n" wherever there is fork.
    return raw if utf8 and os.linesep == "\n" else None


class _Stored:
    """A part as a child wrote it: the pieces, encoded, one after the other, in one file; the
    facts of each file as one JSON line in another, read a line at a time (a SARIF part holds
    every result of thousands of files: read at once, it took more memory than the report)."""

    def __init__(self, file: io.BufferedRandom, facts: BinaryIO) -> None:
        self._file = file
        self._facts = facts

    def _lines(self) -> Iterator[tuple[Checked, int]]:
        self._facts.seek(0)
        for line in self._facts:
            file, lines, valid, worst, extra, counts, note, size = json.loads(line)
            yield Checked(file, tuple(lines), valid, worst, "", extra, counts, note), size

    def facts(self) -> Iterator[tuple[Checked, int]]:
        """Each file without its piece, and the size of its piece."""
        yield from self._lines()

    def copy_to(self, out: BinaryIO, begin: int, end: int, size: int = 1 << 18) -> None:
        """Bytes `begin` to `end` of the pieces written to `out`, through one buffer: a new
        bytes object per chunk would be fresh memory the system has to hand over page by page
        (the child's part of (c), 15 MB, took 4-6 ms that way; docs/performance.md)."""
        buffer = memoryview(bytearray(size))
        self._file.seek(begin)
        left = end - begin
        while left > 0 and (got := self._file.readinto(buffer[: min(size, left)])):
            out.write(buffer[:got])
            left -= got

    def chunks(self, begin: int, end: int, size: int = 1 << 20) -> Iterator[bytes]:
        """Bytes `begin` to `end` of the pieces, a megabyte at a time."""
        self._file.seek(begin)
        left = end - begin
        while left > 0 and (chunk := self._file.read(min(size, left))):
            left -= len(chunk)
            yield chunk

    def checked(self) -> Iterator[Checked]:
        """Each file with its piece as text (from `lossless`)."""
        at = 0
        for checked, size in self._lines():
            self._file.seek(at)
            at += size
            yield checked._replace(piece=self._file.read(size).decode("utf-8", _LOSSLESS))


class Spool:
    """Text kept as it comes in an unlinked temporary file (in memory where no temporary
    folder can be made), for a report whose beginning depends on all of it (github's
    stop-commands token hashes the plain report): nothing of a big batch is held in memory.
    `encode` makes the bytes that are stored and handed to `digest`."""

    def __init__(self, encode: Callable[[str], bytes], digest: Any) -> None:
        try:
            self._file: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        except OSError:
            self._file = io.BytesIO()
        self._encode = encode
        self.digest = digest
        self._size = 0
        self._newlines_at_end = 0

    def write(self, text: str) -> None:
        data = self._encode(text)
        self._file.write(data)
        self.digest.update(data)
        self._size += len(data)
        kept = len(data.rstrip(b"\n"))
        self._newlines_at_end = len(data) - kept if kept else self._newlines_at_end + len(data)

    def text(
        self,
        strip_newlines: bool = False,
        size: int = 1 << 20,
        ranges: Sequence[tuple[int, int]] | None = None,
    ) -> Iterator[str]:
        """What was written, `size` bytes at a time; without the new lines at its end if asked,
        or only the byte `ranges` given, in their order (each cut between two pieces)."""
        if ranges is None:
            ranges = [(0, self._size - (self._newlines_at_end if strip_newlines else 0))]
        decoder = codecs.getincrementaldecoder("utf-8")(_LOSSLESS)
        for begin, end in ranges:
            self._file.seek(begin)
            left = min(end, self._size) - begin
            while left > 0 and (chunk := self._file.read(min(size, left))):
                left -= len(chunk)
                yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)

    def close(self) -> None:
        self._file.close()


class _Child:
    """A forked process checking one part into a temporary file (see `_Stored`)."""

    __slots__ = ("facts", "file", "pid")

    def __init__(self, pid: int, file: io.BufferedRandom, facts: BinaryIO):
        self.pid = pid
        self.file = file
        self.facts = facts

    @classmethod
    def start(cls, part: Sequence[T], job: Job[T], encode: Callable[[str], bytes]) -> _Child | None:
        """A child checking `part`, or None when none can be started."""
        try:
            file = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        except OSError:  # no writable temporary folder
            return None
        try:
            facts = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        except OSError:
            file.close()
            return None
        # Whatever this process has buffered would otherwise be written by the child too.
        sys.stdout.flush()
        sys.stderr.flush()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # the process limit, or no memory
            file.close()
            facts.close()
            return None
        if pid == 0:  # pragma: no cover - runs in the child; its results are tested
            code = 1
            try:
                for checked in map(job, part):
                    if os.getppid() != parent:
                        break  # the parent is gone (killed, or its reader went away): stop
                    piece = encode(checked.piece)
                    file.write(piece)
                    fact = [
                        checked.file,
                        checked.problem_lines,
                        checked.valid,
                        checked.worst,
                        checked.extra,
                        checked.counts,
                        checked.note,
                        len(piece),
                    ]
                    # ASCII JSON on one line: a file name that is not valid UTF-8 (a lone
                    # surrogate) passes as \udcxx, and no line break is left raw.
                    facts.write(json.dumps(fact).encode("ascii") + b"\n")
                else:
                    file.flush()
                    facts.flush()
                    code = 0
            finally:
                # Leave at once: no clean-up of the parent's objects, no flushing of its streams,
                # and an exception means exit code 1, not a traceback from a child.
                os._exit(code)
        return cls(pid, file, facts)

    def stored(self) -> _Stored | None:
        """What the child wrote, once it is done; None when it failed."""
        try:
            _, status = os.waitpid(self.pid, 0)
            code = os.waitstatus_to_exitcode(status)
        except ChildProcessError:  # reaped by someone else: its file may be incomplete
            code = -1
        self.pid = 0
        if code != 0:
            # The child failed (killed, out of memory, a bug): its part is checked here instead,
            # so nothing is lost and a real error surfaces with its traceback.
            return None
        return _Stored(self.file, self.facts)

    def stop(self) -> None:
        if self.pid:  # still running: the consumer stopped early (an error, Ctrl-C)
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            self.pid = 0
        self.file.close()
        self.facts.close()
