"""Helpers for the CI-format tests: run the CLI in-process and write small intervention files.
(The shared paths are in conftest.py.)"""

from __future__ import annotations

import textwrap
from pathlib import Path

from typer.testing import CliRunner

from wat_werkt.commands.app import app

# A description that describes nothing: every factor is not described.
MINIMAL = "name: Minimaal\nsummary: Alleen naam en omschrijving.\n"

# G01 is a strength here, so its waiver is unused; G02 is waived for real.
UNUSED_WAIVER = """\
name: Met overbodige uitzondering
summary: Oudercursus met een vaste opbouw volgens een handleiding.
curriculum:
  manual: Handleiding Samen Opvoeden (2023)
  standardised: true
  modules: [Kennismaking, Positief bekrachtigen]
waivers:
  - factor: G01
    reason: Staat elders beschreven.
  - factor: G02
    reason: Doelen volgen in versie 2.
"""

INVALID = "name: X\nsummary: Y\ndelivery:\n  format: grup\nfoo: 1\n"


def run(
    *args: str, env: dict[str, str] | None = None, input: bytes | str | None = None
) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `watwerkt ARGS`; a traceback fails the test."""
    result = CliRunner().invoke(app, list(args), env=env, input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path
