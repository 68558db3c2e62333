"""SIGTERM, SIGINT and SIGHUP while the report is being written to its temporary file: the
temporary file is removed, the old report is left as it was, and the run ends as the signal
says (killed by SIGTERM or SIGHUP; Ctrl-C exits 130). The signal is sent from inside the write,
so the test does not depend on timing (docs/robustness.md, writing output)."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from _attack import good_file

good_file()
Path("report.json").write_text("the old report\n")
RUN = """
import os, signal, sys
from wat_werkt.run import output as fileio
real = fileio._encoded
def interrupted(text):
    os.kill(os.getpid(), signal.{name})  # arrives while the temporary file exists
    return real(text)
fileio._encoded = interrupted
sys.argv = ["watwerkt", "check", "good.yaml", "-f", "json", "-o", "report.json"]
from wat_werkt.cli import main
main()
"""
for name, code in (("SIGTERM", -signal.SIGTERM), ("SIGINT", 130), ("SIGHUP", -signal.SIGHUP)):
    proc = subprocess.run(
        [sys.executable, "-c", RUN.format(name=name)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "WATWERKT_LANG": "en"},
    )
    assert proc.returncode == code, (name, proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert sorted(os.listdir(".")) == ["good.yaml", "report.json"], (name, os.listdir("."))
    assert Path("report.json").read_text() == "the old report\n"
