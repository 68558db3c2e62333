"""When a run of (c) forks, when each process ends its part, and what the end costs.

    .venv/bin/python bench/timeline.py [--corpus DIR] [-- MORE CHECK OPTIONS]

Runs `watwerkt check DIR --format json` in this process, its report to /dev/null, and prints
each step with the milliseconds since this script started (the interpreter's own start, some
15 ms, comes before): the fork and the size of each part, each child's first and last file,
the parent waiting for its children, each child's part read back and copied, the temporary
files closed, the run's objects freed, the exit. It looks inside `wat_werkt.run.stream` and
`wat_werkt.cli`, so it follows their names; tests/test_bench.py keeps it running. The default
corpus is bench/corpus-1000 (made by bench/run.py or bench/generate.py). The exit code is the
check's (1 when a factor fails the run, as in the corpora).
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402  (the clock starts first)
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

BENCH = Path(__file__).resolve().parent
_OUT = 1  # replaced by a copy of standard output before the run sends its report to /dev/null


def say(step: str) -> None:
    # One write per line from the parent and the children alike: lines never interleave.
    os.write(_OUT, f"{(time.perf_counter() - _T0) * 1000:8.1f} ms  {step}\n".encode())


def _watch() -> None:
    from wat_werkt import cli
    from wat_werkt.commands import check_run
    from wat_werkt.run import stream

    start, stored, stop = stream._Child.start.__func__, stream._Child.stored, stream._Child.stop  # type: ignore[attr-defined]
    facts, copy_to = stream._Stored.facts, stream._Stored.copy_to

    def started(cls: Any, part: Any, job: Callable[[Any], Any], encode: Any) -> Any:
        say(f"fork: a child for {len(part)} files")
        done = [0]

        def watched(item: Any) -> Any:  # runs in the child
            checked = job(item)
            done[0] += 1
            if done[0] in (1, len(part)):
                say(f"child: file {done[0]} of {len(part)} checked")
            return checked

        return start(cls, part, watched, encode)

    def waited(self: Any) -> Any:
        say("parent: its own part done, waits for a child")
        result = stored(self)
        say("parent: child reaped")
        return result

    def read(self: Any) -> Iterator[Any]:
        say("parent: reads the child's facts back")
        yield from facts(self)
        say("parent: facts read")

    def copied(self: Any, *args: Any, **kwargs: Any) -> None:
        copy_to(self, *args, **kwargs)
        say("parent: the child's part copied to stdout")

    def stopped(self: Any) -> None:
        stop(self)
        say("parent: the child's temporary files closed")

    run, exit_now = check_run.run, cli._exit_now

    def ran(*args: Any, **kwargs: Any) -> int:
        code = run(*args, **kwargs)
        say("check returns (its objects freed)")
        return code

    def leaving(done: SystemExit) -> None:
        say(f"exit {done.code}")
        exit_now(done)

    stream._Child.start = classmethod(started)  # type: ignore[method-assign,assignment]
    stream._Child.stored = waited  # type: ignore[method-assign]
    stream._Child.stop = stopped  # type: ignore[method-assign]
    stream._Stored.facts = read  # type: ignore[method-assign]
    stream._Stored.copy_to = copied  # type: ignore[method-assign]
    check_run.run = ran
    cli._exit_now = leaving


def main(argv: list[str]) -> int:
    global _OUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BENCH / "corpus-1000")
    parser.add_argument("more", nargs="*", help="more options for check, after --")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"timeline: {args.corpus} is no folder (bench/run.py makes bench/corpus-1000)", file=sys.stderr)
        return 2
    _OUT = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    say("start")
    from wat_werkt import cli

    say("wat_werkt.cli imported")
    _watch()
    sys.argv = ["watwerkt", "check", str(args.corpus), "--format", "json", *args.more]
    cli.main()  # leaves through _exit_now
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
