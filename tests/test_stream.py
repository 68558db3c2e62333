"""Streaming a batch (wat_werkt.run.stream, renderers/report/json_report): the same report, byte for byte,
the same exit-code facts, the same order, with or without worker processes."""

from __future__ import annotations

import json
import os
from functools import partial
from pathlib import Path

import pytest
from conftest import EXAMPLES, TESTS

from wat_werkt.engine.evaluate import FAIL_ON, FileResult, Report
from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.renderers import Part, RenderOptions
from wat_werkt.renderers.report.json_report import JsonReport, record, render
from wat_werkt.run import stream
from wat_werkt.run.checker import check_path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("stream")
    broken = folder / "broken.yaml"
    broken.write_text("name: x\nsummary: TODO\nfoo: 1\n", encoding="utf-8")
    examples = sorted(EXAMPLES.glob("*.yaml"))
    cases = sorted((TESTS / "cases").rglob("*.yaml"))
    return [*examples, broken, *cases, folder / "missing.yaml"]


def _job(lang: str) -> stream.Job[Path]:
    factor_set = load_builtin()
    check = partial(check_path, factor_set=factor_set, known_factors=builtin_ids())
    return stream.Job(check, lambda result: Part(record(result, lang)), lang)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_streamed_report_is_the_report(inputs: list[Path], lang: str) -> None:
    factor_set = load_builtin()
    options = RenderOptions(lang=lang)
    results = [check_path(p, factor_set, builtin_ids()) for p in inputs]
    report = JsonReport(factor_set, options)
    parts = []
    for checked in stream.run(inputs, _job(lang)):
        report.add(checked.extra)
        parts.append(checked.piece)
    streamed = report.head() + report.separator.join(parts) + report.tail()
    assert streamed == render(Report(factor_set, tuple(results)), options)


def test_workers_keep_the_order_and_the_facts(inputs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)  # a pool even for this small batch
    assert stream.workers(2, len(inputs)) == 2
    alone = list(stream.run(inputs, _job("en"), jobs=1))
    pooled = list(stream.run(inputs, _job("en"), jobs=2))
    assert pooled == alone
    assert [c.file for c in pooled] == [str(p) for p in inputs]
    broken = next(c for c in pooled if c.file.endswith("broken.yaml"))
    assert not broken.valid and len(broken.problem_lines) == 2
    assert broken.problem_lines[0].startswith(f"{broken.file}:2:10: ")


def test_the_tally_gives_the_exit_code_facts_of_the_report(inputs: list[Path]) -> None:
    factor_set = load_builtin()
    results = [check_path(p, factor_set, builtin_ids()) for p in inputs]
    tally = stream.Tally()
    for checked in stream.run(inputs, _job("en")):
        tally.add(checked)
    for chosen in (results, [r for r in results if r.valid]):
        report = Report(factor_set, tuple(chosen))
        part = stream.Tally()
        for result in chosen:
            part.add(stream.Checked(result.file, (), result.valid, result.worst(), ""))
        assert part.has_errors == report.has_errors
        assert {f: part.fails(f) for f in FAIL_ON} == {f: report.fails(f) for f in FAIL_ON}
    assert (tally.files, tally.invalid, tally.has_errors) == (len(inputs), 2, True)
    assert tally.fails("gap") and not tally.fails("never")


def _checked_where(items: list[int], jobs: int, log: Path | None = None) -> list[stream.Checked]:
    """`stream.run` over items that take no time to check: each piece is the item, its data
    (`extra`) the process that checked it; `log` gets a line for every check, from whichever
    process."""

    def check(item: int) -> FileResult:
        if log is not None:
            with open(log, "a", encoding="utf-8") as out:  # appends from several processes
                out.write(f"{item}\n")
        return FileResult(str(item), None, ())

    job = stream.Job(check, lambda result: Part(result.file, os.getpid()), "en")
    return list(stream.run(items, job, jobs=jobs))


def _processes(items: int, jobs: int) -> int:
    return len({checked.extra for checked in _checked_where(list(range(items)), jobs)})


def test_small_batches_and_systems_without_fork_stay_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """--jobs as its help says: 0 is one process per core, from 200 files on and with at least
    100 files for each process; 1 checks in this process only."""
    assert _processes(150, 2) == 1  # below two processes' worth of files
    assert _processes(199, 0) == 1
    assert _processes(200, 2) == 2
    assert _processes(250, 4) == 2
    assert _processes(10_000, 1) == 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert _processes(10_000, 0) == min(cores, 100)  # 0: one per core this process may use
    monkeypatch.delattr(os, "fork")
    assert {c.extra for c in _checked_where(list(range(10_000)), 8)} == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2, 3, 5])
def test_each_file_is_checked_once_and_reported_in_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: int
) -> None:
    """However a batch is shared out, down to one file for each process: every file is checked
    exactly once, every process given a share checks some, and the pieces come in the order
    of the input."""
    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    for total in sorted({1, jobs, jobs + 1, 10, 59}):
        log = tmp_path / f"checks-{total}.txt"
        got = _checked_where(list(range(total)), jobs, log)
        assert [c.piece for c in got] == [str(i) for i in range(total)], (jobs, total)
        assert sorted(map(int, log.read_text(encoding="utf-8").split())) == list(range(total)), (jobs, total)
        assert len({c.extra for c in got}) == min(jobs, total), (jobs, total)


def test_a_failing_child_loses_nothing(inputs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that dies (here: every file of its part raises) has its part checked by the
    parent instead, where the error surfaces; the output is still complete and in order."""
    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    job = _job("en")
    parent = os.getpid()

    def check_here_only(item: Path) -> FileResult:
        if os.getpid() != parent:
            raise RuntimeError("a child fails")
        return job.check(item)

    flaky_job = stream.Job(check_here_only, job.part, "en")
    got = list(stream.run(inputs, flaky_job, jobs=2))
    assert got == list(stream.run(inputs, job, jobs=1))


def test_stopping_early_stops_the_children(inputs: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    results = stream.run(inputs, _job("en"), jobs=3)
    first = next(results)
    assert first.file == str(inputs[0])
    results.close()  # the consumer gives up: no child may be left behind
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_an_empty_batch_streams_nothing() -> None:
    assert list(stream.run([], _job("en"), jobs=4)) == []
    assert stream.Tally().fails("partial") is False


@pytest.mark.slow
def test_cli_streams_the_same_bytes_as_the_batch_report(tmp_path: Path) -> None:
    """stdout is written file by file (json, table); --output renders the whole report at once.
    Both must give the same text, with one process or two."""
    import subprocess
    import sys

    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nsummary: Y\nnme: z\n", encoding="utf-8")
    args = [str(EXAMPLES), str(bad), "--fail-on", "never", "--lang", "en"]
    for fmt in ("json", "table"):
        batch = tmp_path / f"batch.{fmt}"
        subprocess.run(
            [sys.executable, "-m", "wat_werkt", "check", *args, "-f", fmt, "-o", str(batch)],
            capture_output=True,
            check=False,
            env={**os.environ, "COLUMNS": "100"},
        )
        expected = batch.read_text(encoding="utf-8")
        if fmt == "table":  # a report file lists the problems itself; stdout leaves them to stderr
            expected = expected.replace("  3:1: unknown key 'nme' (did you mean 'name'?)\n", "")
        for jobs in ("1", "2"):
            proc = subprocess.run(
                [sys.executable, "-m", "wat_werkt", "check", *args, "-f", fmt, "-j", jobs],
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "COLUMNS": "100"},
            )
            assert proc.returncode == 2
            assert proc.stdout == expected, (fmt, jobs)
            assert proc.stderr == f"{bad}:3:1: unknown key 'nme' (did you mean 'name'?)\n"


@pytest.mark.slow
def test_a_big_batch_is_split_by_default_and_reads_the_same(tmp_path: Path) -> None:
    """250 files: the default (--jobs 0) forks a child for the second half on a machine with two
    cores or more; stdout, stderr and the exit code must equal those of one process."""
    import subprocess
    import sys

    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(250):
        (tmp_path / f"f{i:03}.yaml").write_bytes(examples[i % len(examples)].read_bytes())
    (tmp_path / "f240.yaml").write_text(
        "name: X\nsummary: Y\nnme: z\n", encoding="utf-8"
    )  # in the second half
    (tmp_path / "f010.yaml").write_text("name: X\nsummary: Y\nsumary: z\n", encoding="utf-8")
    runs = {}
    for jobs in ([], ["-j", "1"]):
        for fmt in ("json", "table", "github"):
            proc = subprocess.run(
                [sys.executable, "-m", "wat_werkt", "check", str(tmp_path), "-f", fmt, "--lang", "en", *jobs],
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "COLUMNS": "100"},
            )
            runs[(fmt, tuple(jobs))] = (proc.returncode, proc.stdout, proc.stderr)
    for fmt in ("json", "table", "github"):
        assert runs[(fmt, ())] == runs[(fmt, ("-j", "1"))]
        code, _, stderr = runs[(fmt, ())]
        assert code == 2
        assert stderr.splitlines() == [
            f"{tmp_path / 'f010.yaml'}:3:1: unknown key 'sumary' (did you mean 'summary'?)",
            f"{tmp_path / 'f240.yaml'}:3:1: unknown key 'nme' (did you mean 'name'?)",
        ]
    assert len(json.loads(runs[("json", ())][1])["results"]) == 250


def test_children_are_waited_for_even_where_sigchld_was_ignored(
    inputs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A parent that ignores SIGCHLD passes that on: the system would reap our children itself.
    import signal

    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    before = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        got = list(stream.run(inputs, _job("en"), jobs=2))
        assert signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN  # put back afterwards
    finally:
        signal.signal(signal.SIGCHLD, before)
    assert got == list(stream.run(inputs, _job("en"), jobs=1))


@pytest.mark.parametrize("failing", ["tempfile", "fork"])
def test_a_child_that_cannot_start_loses_nothing(
    inputs: list[Path], monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    import tempfile

    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)

    def refuse(*args: object, **kwargs: object) -> object:
        raise (
            FileNotFoundError("No usable temporary directory")
            if failing == "tempfile"
            else BlockingIOError(11, "fork")
        )

    expected = list(stream.run(inputs, _job("en"), jobs=1))
    with monkeypatch.context() as patch:
        patch.setattr(
            tempfile if failing == "tempfile" else os,
            "TemporaryFile" if failing == "tempfile" else "fork",
            refuse,
        )
        got = list(stream.run(inputs, _job("en"), jobs=3))
    assert got == expected


def test_a_file_name_that_is_not_utf8_passes_through_a_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.yaml"))  # Latin-1 bytes: a lone surrogate
    odd.write_text("name: X\nsummary: Y\n", encoding="utf-8")
    plain = tmp_path / "a.yaml"
    plain.write_text("name: A\nsummary: B\n", encoding="utf-8")
    items = [plain, odd]
    parent = os.getpid()
    job = _job("en")

    def only_in_a_child(item: Path) -> FileResult:
        result = job.check(item)
        # Checked in the child: the parent checking the part again would hide a failed child.
        assert item == plain or os.getpid() != parent
        return result

    got = list(stream.run(items, stream.Job(only_in_a_child, job.part, "en"), jobs=2))
    assert got == list(stream.run(items, job, jobs=1))
    assert "\udce9" in got[1].file


def test_a_batch_can_be_split_from_another_thread(
    inputs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the main thread may set signal handlers; a library caller in a thread still works.
    import threading

    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    got: list[stream.Checked] = []
    worker = threading.Thread(target=lambda: got.extend(stream.run(inputs, _job("en"), jobs=2)))
    worker.start()
    worker.join()
    assert got == list(stream.run(inputs, _job("en"), jobs=1))


@pytest.mark.slow
@pytest.mark.skipif(
    not Path("/proc").is_dir() or os.name != "posix", reason="SIGPIPE and /proc are POSIX and Linux"
)
def test_when_the_reader_goes_away_the_run_stops_like_any_filter(tmp_path: Path) -> None:
    """`watwerkt check DIR | head`: ended by SIGPIPE (141 in the shell), not exit 1, which means
    "a factor failed", and no process is left behind. (That the child stops at its next file
    rather than at the end of its part is not timed here: see _Child.start.)"""
    import signal
    import subprocess
    import sys
    import time

    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(400):
        (tmp_path / f"f{i:03}.yaml").write_bytes(examples[i % len(examples)].read_bytes())
    proc = subprocess.Popen(
        [sys.executable, "-m", "wat_werkt", "check", str(tmp_path), "-f", "json", "--fail-on", "never"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stdout.read(100)  # the first records came
    proc.stdout.close()
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGPIPE
    assert proc.stderr is not None and proc.stderr.read() == b""  # no traceback, no internal error
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running_with(str(tmp_path)):
        time.sleep(0.05)
    assert not _running_with(str(tmp_path))


def _running_with(marker: str) -> bool:
    """Whether a process whose command line names `marker` is still running (Linux /proc)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    return True
            except OSError:
                continue
    return False


# -- write: the pieces straight to the output, a child's part copied as bytes --------------------


def _written(
    inputs: list[Path], jobs: int, stream_: object, lang: str = "en"
) -> tuple[list[stream.Checked], int]:
    out = stream.Output(stream_, ",")  # type: ignore[arg-type]
    facts = list(stream.write(inputs, _job(lang), out, jobs))
    return facts, out.pieces


@pytest.mark.parametrize("kind", ["utf-8", "no bytes underneath", "utf-16"])
def test_written_output_is_the_streamed_output(
    inputs: list[Path], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """With a child or not, `write` puts exactly the pieces of `run` on the stream, separated,
    and yields the same facts. A UTF-8 stream takes a child's bytes as they are; any other
    stream gets them as text (utf-16 would put a byte-order mark before each copied part)."""
    import io

    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    expected = list(stream.run(inputs, _job("en"), jobs=1))
    for jobs in (1, 2, 3):
        target = (
            io.StringIO() if kind == "no bytes underneath" else io.TextIOWrapper(io.BytesIO(), encoding=kind)
        )
        facts, count = _written(inputs, jobs, target)
        assert facts == [c._replace(piece="") for c in expected]
        assert count == len(inputs)
        target.flush()
        text = target.getvalue() if isinstance(target, io.StringIO) else target.buffer.getvalue().decode(kind)
        assert text == ",".join(c.piece for c in expected), (kind, jobs)


def test_a_child_writes_a_file_name_as_the_stream_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that is not UTF-8 (a lone surrogate): a stream that escapes it (surrogateescape,
    standard output in a C locale) gets the same bytes from a child as from this process; a
    strict one fails in the child, whose part is then checked here, where it fails the same
    way as without a child."""
    import io

    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    plain = tmp_path / "a.yaml"
    plain.write_text("name: A\nsummary: B\n", encoding="utf-8")
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.yaml"))
    odd.write_text("name: X\nsummary: Y\n", encoding="utf-8")
    written = {}
    for jobs in (1, 2):
        target = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
        _written([plain, odd], jobs, target)
        target.flush()
        written[jobs] = target.buffer.getvalue()
    assert written[1] == written[2] and b"caf\xe9.yaml" in written[2]
    for jobs in (1, 2):
        strict = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        with pytest.raises(UnicodeEncodeError):
            _written([plain, odd], jobs, strict)
            strict.flush()


@pytest.mark.parametrize("mode", ["wb", "ab"])
def test_a_childs_part_reaches_a_real_file(
    inputs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """A child's bytes reach a file, written or appended to (`>>`): the same text either way,
    after what was in the file."""
    import io

    monkeypatch.setattr(stream, "MIN_FILES_PER_WORKER", 1)
    expected = ",".join(c.piece for c in stream.run(inputs, _job("en"), jobs=1))
    path = tmp_path / "out.json"
    path.write_bytes(b"before\n")
    with open(path, mode) as raw:
        target = io.TextIOWrapper(raw, encoding="utf-8")
        if mode == "wb":
            target.write("before\n")
        _written(inputs, 3, target)
        target.flush()
    assert path.read_text(encoding="utf-8") == "before\n" + expected


@pytest.mark.slow
def test_the_github_format_in_parts_is_the_whole_report(tmp_path: Path) -> None:
    """250 files as `github` on standard output, in two processes: the annotations of all files,
    sorted, then the plain report behind its token, exactly as github.render writes the report
    at once."""
    import subprocess
    import sys

    from wat_werkt.renderers.report import github

    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(250):
        (tmp_path / f"f{i:03}.yaml").write_bytes(examples[i % len(examples)].read_bytes())
    (tmp_path / "f240.yaml").write_text(
        "name: X\nsummary: Y\nnme: z\n", encoding="utf-8"
    )  # an error annotation, late
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", "check", str(tmp_path), "-f", "github", "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "100"},
    )
    assert proc.returncode == 2
    factor_set = load_builtin()
    results = [check_path(p, factor_set, builtin_ids()) for p in sorted(tmp_path.glob("*.yaml"))]
    options = RenderOptions(
        lang="en", width=100, color=False, cwd=os.getcwd(), list_problems=False
    )  # as on stdout
    assert proc.stdout == github.render(Report(factor_set, tuple(results)), options)
    # After the notice of the annotations GitHub will not show (there are thousands), the files
    # that could not be checked come first.
    notice, first = proc.stdout.splitlines()[:2]
    assert notice.startswith("::notice title=More findings than annotations::")
    assert first.startswith("::error file=") and "f240.yaml" in first


@pytest.mark.parametrize("in_memory", [False, True])
def test_a_spool_gives_back_what_it_was_given(monkeypatch: pytest.MonkeyPatch, in_memory: bool) -> None:
    import hashlib
    import tempfile

    if in_memory:  # no temporary folder: kept in memory instead
        monkeypatch.setattr(
            tempfile, "TemporaryFile", lambda: (_ for _ in ()).throw(FileNotFoundError("no temp"))
        )
    pieces = ["één ", "tabel\n\n", "\udce9 café\n", "\n", "", "\n\n"]
    spool = stream.Spool(lambda text: text.encode("utf-8", "surrogatepass"), hashlib.sha256())
    for piece in pieces:
        spool.write(piece)
    whole = "".join(pieces)
    assert spool.digest.hexdigest() == hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()
    for size in (1, 2, 3, 1 << 20):  # chunks that cut characters in two
        assert "".join(spool.text(size=size)) == whole
        assert "".join(spool.text(strip_newlines=True, size=size)) == whole.rstrip("\n")
    spool.close()


def test_a_stored_part_is_copied_byte_for_byte_whatever_the_buffer() -> None:
    """A child's part reaches the output through one reused buffer: every range, whether it
    fits the buffer, ends within it or spans many, comes out as it was written."""
    import io
    import tempfile

    data = bytes(range(256)) * 5
    with tempfile.TemporaryFile() as file, tempfile.TemporaryFile() as facts:
        file.write(data)
        stored = stream._Stored(file, facts)
        for begin, end in ((0, len(data)), (3, 700), (255, 256), (10, 10), (1000, len(data))):
            for size in (1, 7, 256, 1 << 18):
                out = io.BytesIO()
                stored.copy_to(out, begin, end, size)
                assert out.getvalue() == data[begin:end], (begin, end, size)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_problem_lines_come_just_before_their_file_from_a_child_too(tmp_path: Path, fmt: str) -> None:
    """stdout and stderr in one stream (a terminal, `2>&1`, a CI log): each file's problem
    lines come right before its output, from the parent's part and a child's alike, as with
    -j 1. (A child's part is copied in runs of files between two with problems.)"""
    import subprocess
    import sys

    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(250):
        (tmp_path / f"f{i:03}.yaml").write_bytes(examples[i % len(examples)].read_bytes())
    for broken in ("f010", "f150", "f151", "f249"):  # in the parent's part, and in the child's
        (tmp_path / f"{broken}.yaml").write_text("name: X\n", encoding="utf-8")
    merged = {}
    for jobs in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "wat_werkt", "check", str(tmp_path), "-f", fmt, "-j", jobs],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
            env={**os.environ, "COLUMNS": "100"},
        )
        merged[jobs] = (proc.returncode, proc.stdout)
    assert merged["1"] == merged["2"]
    assert merged["2"][1].count(b".yaml:1:1: missing required key 'summary'") == 4  # the stderr lines


@pytest.mark.parametrize(
    ("args", "parallel"),
    [
        (("-f", "sarif", "-o", "r.sarif"), True),
        (("-f", "junit"), True),
        (("-f", "markdown", "-o", "r.md"), True),
        (("--statistics", "-f", "json"), True),
        (("--write-baseline", "b.yaml"), True),
        (("-f", "html", "-o", "r.html"), False),
    ],
)
def test_jobs_holds_for_every_format_but_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], parallel: bool
) -> None:
    """What --jobs' help says: every format but html is checked in processes, to standard
    output or to --output, as --statistics and --write-baseline are."""
    from cihelp import MINIMAL, run

    for i in range(4):
        (tmp_path / f"f{i}.yaml").write_text(MINIMAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    asked: list[int] = []

    def workers(jobs: int, files: int) -> int:
        asked.append(jobs)
        return 1  # counted, not forked: the output is the same either way (tests above)

    monkeypatch.setattr(stream, "workers", workers)
    code, _, err = run("check", ".", "--jobs", "3", "--fail-on", "never", *args)
    assert code == 0, err
    assert asked == ([3] if parallel else [1])  # html: one process, whatever --jobs says
