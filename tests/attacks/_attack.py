"""What every attack script shares: run watwerkt as a user would, and check the guarantees of
docs/robustness.md that hold for any input.

An attack script builds its hostile input in the working folder it is started in (a fresh
temporary folder, tests/test_attacks.py), runs watwerkt through `run`, and checks the outcome
with plain asserts; it exits 0 when every guarantee held. The test runs each one in a
subprocess under a time and an address-space limit, so a hang or a blow-up fails it too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = "name: Minimaal\nsummary: Alleen een naam en een samenvatting.\n"


class Result(NamedTuple):
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.err.splitlines()


def run(
    *args: str,
    stdin: Any = subprocess.DEVNULL,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    **popen: Any,
) -> Result:
    """`watwerkt ARGS` in English, as a subprocess; fails on a traceback or an internal error."""
    environ = {**os.environ, "WATWERKT_LANG": "en", "NO_COLOR": "1", **(env or {})}
    environ.pop("GITHUB_ACTIONS", None)
    environ.pop("WATWERKT_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", *args],
        stdin=stdin,
        capture_output=True,
        env=environ,
        timeout=timeout,
        check=False,
        **popen,
    )
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    result = Result(proc.returncode, out, err)
    inert(result)
    return result


def inert(result: Result) -> None:
    """What no input may ever cause: a traceback, an internal error, a raw escape character."""
    both = result.out + result.err
    assert "Traceback" not in both, both[-3000:]
    assert "internal error" not in both, both[-3000:]
    assert "\x1b" not in both, "an escape character reached the terminal"


def write(name: str, text: str | bytes) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def expect(result: Result, code: int, *lines: str) -> None:
    """The exit code, and each of `lines` among the lines on standard error."""
    assert result.code == code, (result.code, result.err[-3000:])
    for line in lines:
        assert line in result.lines, (line, result.err[-3000:])


def good_file(name: str = "good.yaml") -> Path:
    return write(name, MINIMAL)


def checked_too(result: Result, name: str = "good.yaml") -> None:
    """The good file beside the hostile one was still checked and reported (JSON on stdout)."""
    import json

    report = json.loads(result.out)
    files = {item["file"]: item for item in report["results"]}
    assert files[name]["valid"] is True and len(files[name]["factors"]) == 16, sorted(files)


def run_peak(*args: str, timeout: float = 120) -> tuple[Result, int]:
    """`run`, and the peak memory of that watwerkt process alone (its ru_maxrss, through wait4),
    in MB."""
    environ = {**os.environ, "WATWERKT_LANG": "en", "NO_COLOR": "1"}
    environ.pop("GITHUB_ACTIONS", None)
    environ.pop("WATWERKT_DEBUG", None)
    with (
        open("peak.out", "wb") as out,
        open("peak.err", "wb") as err,
        subprocess.Popen(
            [sys.executable, "-m", "wat_werkt", *args], stdout=out, stderr=err, env=environ
        ) as proc,
    ):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    result = Result(
        proc.returncode,
        Path("peak.out").read_bytes().decode("utf-8", "replace"),
        Path("peak.err").read_bytes().decode("utf-8", "replace"),
    )
    inert(result)
    peak = usage.ru_maxrss // 1024 if sys.platform != "darwin" else usage.ru_maxrss // 1024**2
    return result, peak
