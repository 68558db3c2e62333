"""A report written file by file (renderers.Reporter): each file checked, its part made (in
worker processes where the format allows), and the text written as it comes, so that no run
holds more than one file's results (docs/robustness.md). Only the commands call this."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from wat_werkt.engine.evaluate import FileResult
from wat_werkt.renderers import Part, Reporter, lead_of, shown, tail_of
from wat_werkt.run import stream
from wat_werkt.run.discovery import Input
from wat_werkt.run.stream import Checked
from wat_werkt.textsafe import defuse_commands, one_line

__all__ = ["Checked", "Note", "texts", "to_stdout"]


def _job(
    check: Callable[[Input], FileResult], report: Reporter, lang: str, note: Note | None = None
) -> stream.Job[Input]:
    part = report.part
    if report.undecodable:

        def part(result: FileResult) -> Part:
            text, data = report.part(result)
            return Part(shown(report, text), data)

    return stream.Job(check, part, lang, None if note is None else note.make)


class Note:
    """What a run keeps of each file besides its report: `make` runs where the file is checked
    (maybe in a worker process) and returns JSON; `take` gets it in this process, in order."""

    def make(self, result: FileResult) -> Any:
        return None

    def take(self, note: Any) -> None:
        """Keep one file's note."""


def _jobs(inputs: Sequence[Input], report: Reporter, jobs: int) -> int:
    # Standard input can be read once only: a part holding it is checked here, never handed to
    # a child whose failure would leave nothing to read again.
    if not report.parallel or any(item.path is None for item in inputs):
        return 1
    return jobs


class _Started:
    """Whether a deferred report's lead is out: from then on its end must follow, whatever
    happens (github's line that lets the runner take commands again)."""

    lead = False


def _taken(checked: Checked, report: Reporter, tally: stream.Tally, note: Note | None) -> None:
    for line in checked.problem_lines:  # as commands.common.err writes a line
        sys.stderr.write(defuse_commands(one_line(line)) + "\n")
    tally.add(checked)
    report.add(checked.extra)
    if note is not None:
        note.take(checked.note)


def texts(
    inputs: Sequence[Input],
    check: Callable[[Input], FileResult],
    report: Reporter,
    jobs: int,
    lang: str,
    files: list[Checked] | None = None,
    note: Note | None = None,
) -> tuple[stream.Tally, Iterator[str]]:
    """The report's text as it is made, and the tally it fills as it goes; `files` gets each
    file's facts (for the summary of a report written to a file), `note` each file's note."""
    tally = stream.Tally()
    job = _job(check, report, lang, note)
    return tally, _texts(inputs, job, report, _jobs(inputs, report, jobs), tally, _Started(), files, note)


def _texts(
    inputs: Sequence[Input],
    job: stream.Job[Input],
    report: Reporter,
    jobs: int,
    tally: stream.Tally,
    started: _Started,
    files: list[Checked] | None,
    note: Note | None = None,
) -> Iterator[str]:
    yield shown(report, report.head())
    # A deferred format's parts wait on disk, not in memory.
    spool = None
    if report.deferred:
        import hashlib  # only a deferred format hashes its body (github's stop-commands token)

        spool = stream.Spool(stream.lossless, hashlib.sha256())
    try:
        first = True
        for checked in stream.run(inputs, job, jobs):
            _taken(checked, report, tally, note)
            if files is not None:
                files.append(checked._replace(piece="", extra=None, note=None))
            if spool is None:
                yield checked.piece if first else report.separator + checked.piece
                first = False
            elif checked.piece:  # a deferred format's separator goes between parts with text
                spool.write(checked.piece if first else report.separator + checked.piece)
                first = False
        if spool is None:
            yield from lead_of(report, "")
        else:
            spool.write(shown(report, report.closing()))
            yield from lead_of(report, spool.digest.hexdigest())
            started.lead = True
            yield from spool.text(strip_newlines=report.strip_newlines, ranges=report.body_ranges())
        yield from tail_of(report)
    finally:
        if spool is not None:
            spool.close()


def to_stdout(
    inputs: Sequence[Input],
    check: Callable[[Input], FileResult],
    report: Reporter,
    jobs: int,
    lang: str,
    flush_each: bool = False,
    note: Note | None = None,
) -> stream.Tally:
    """The report on standard output. A streamed format (json, table) has each file checked and
    written before the next is read, a worker's part copied as bytes (stream.write): memory
    stays flat and the first result shows at once. `flush_each`: someone is watching."""
    job, jobs = _job(check, report, lang, note), _jobs(inputs, report, jobs)
    tally = stream.Tally()
    if not report.deferred:
        sys.stdout.write(shown(report, report.head()))
        out = stream.Output(sys.stdout, report.separator, flush_each=flush_each)
        for checked in stream.write(inputs, job, out, jobs):
            _taken(checked, report, tally, note)
        for text in lead_of(report, ""):
            sys.stdout.write(text)
        for text in tail_of(report):
            sys.stdout.write(text)
        return tally
    started = _Started()
    try:
        for text in _texts(inputs, job, report, jobs, tally, started, None, note):
            sys.stdout.write(text)
    except BaseException:
        if started.lead:  # the end of the report still follows (github's fence closes)
            with contextlib.suppress(Exception):
                sys.stdout.write("".join(tail_of(report)))
        raise
    return tally
