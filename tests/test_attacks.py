"""The attack corpus (tests/attacks/): each attack a small script that builds hostile input and
checks what docs/robustness.md guarantees. Each runs in a subprocess, in a fresh folder, under
a time limit and a 2 GB address-space ceiling, so a hang or a blow-up fails it as surely as a
wrong answer; the watwerkt runs it starts inherit the ceiling."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TESTS

ATTACKS = TESTS / "attacks"
SCRIPTS = sorted(p for p in ATTACKS.glob("*.py") if not p.name.startswith("_"))
TIME_LIMIT = 180  # seconds for one script and every watwerkt run it makes
MEMORY_LIMIT = 2 * 1024**3


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_the_corpus_is_there() -> None:
    assert len(SCRIPTS) >= 12


@pytest.mark.slow  # a Python process per script, and the watwerkt runs it starts
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.stem)
def test_attack(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ATTACKS), os.environ.get("PYTHONPATH", "")])}
    env.pop("WATWERKT_DEBUG", None)
    # A session of its own, so a hang ends with every process the script started.
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=_limits,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        pytest.fail(
            f"{script.name} did not end within {TIME_LIMIT} s:\n{out.decode(errors='replace')[-3000:]}"
        )
    assert proc.returncode == 0, f"{script.name}:\n{out.decode(errors='replace')[-5000:]}"
