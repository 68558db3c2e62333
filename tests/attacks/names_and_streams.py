"""A name of 5,000 characters, closed standard input, standard output on a full device, a
report to a closed standard output: one clear line each, never an internal error
(docs/robustness.md)."""

import os
import subprocess
import sys

from _attack import checked_too, expect, good_file, run

good_file()
long_name = "x" * 5000 + ".yaml"
result = run("check", long_name, "good.yaml", "-f", "json")
expect(result, 2, f"{long_name}: cannot read file: File name too long")
checked_too(result)
nested = "d/" * 2500 + "a.yaml"
expect(run("check", nested, "good.yaml"), 2)
expect(run("check", "good.yaml", "-o", long_name), 2, f"cannot write {long_name}: File name too long")

result = run(
    "check", "-", "good.yaml", "-f", "json", stdin=None, close_fds=True, preexec_fn=lambda: os.close(0)
)
expect(result, 2, "<stdin>: standard input is closed: there is nothing to read")
checked_too(result)

if os.path.exists("/dev/full"):
    for fmt in ("json", "table", "sarif"):
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                [sys.executable, "-m", "wat_werkt", "check", "good.yaml", "-f", fmt],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
                env={**os.environ, "WATWERKT_LANG": "en"},
            )
        assert (proc.returncode, proc.stderr) == (
            2,
            "watwerkt: cannot write the report: No space left on device\n",
        ), (fmt, proc.returncode, proc.stderr)
