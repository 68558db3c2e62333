"""Peak memory of every `check` format over a big batch, for docs/performance.md and the
bound docs/robustness.md promises (under 300 MB in every format).

    .venv/bin/python bench/memory.py [--count 10000] [--formats json,sarif] [--limit-mb 300]

Each format runs once as a subprocess, `watwerkt check CORPUS -f FORMAT -o FILE`, its peak
the child's own ru_maxrss from os.wait4; the corpus is made by bench/generate.py. Exit 1 when
a format goes over the limit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import corpus  # noqa: E402

from wat_werkt.renderers import REPORTERS  # noqa: E402


def peak(argv: list[str]) -> tuple[int, float, int]:
    """(exit code, seconds, peak resident memory in KB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.perf_counter() - start, usage.ru_maxrss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="files in the corpus")
    parser.add_argument("--formats", default=",".join(REPORTERS), help="comma-separated formats")
    parser.add_argument("--limit-mb", type=float, default=300.0)
    parser.add_argument("--workdir", type=Path, default=BENCH)
    parser.add_argument("--seed", type=int, default=6, help="the corpus bench/run.py makes")
    args = parser.parse_args(argv)
    watwerkt = shutil.which("watwerkt", path=str(Path(sys.executable).parent)) or "watwerkt"
    folder = corpus(args.workdir, args.count, args.seed)
    over = False
    print(f"{'format':10} {'peak MB':>8} {'seconds':>8}")
    with tempfile.TemporaryDirectory() as out:
        for fmt in args.formats.split(","):
            code, seconds, kb = peak(
                [watwerkt, "check", str(folder), "-f", fmt, "--fail-on", "never", "-o", f"{out}/report.{fmt}"]
            )
            megabytes = kb / 1024
            over |= megabytes >= args.limit_mb or code != 0
            flag = "" if code == 0 else f"  (exit {code})"
            print(f"{fmt:10} {megabytes:8.0f} {seconds:8.1f}{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
