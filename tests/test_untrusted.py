"""Text from intervention files and factor sets stays text: Rich markup is shown literally and
control characters or escape sequences never reach the terminal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wat_werkt.checker import check_text
from wat_werkt.engine import Report
from wat_werkt.factors import FactorSet, builtin_ids, load_set
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.renderers.factor_list import render_factor, render_list

HOSTILE = "[bold red]PWNED[/] \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b[2J\x1b]0;title\x07 \x9b31m \u202eevil"
FILE = f"""\
name: "{HOSTILE.encode('unicode_escape').decode().replace('"', '')}"
summary: "{HOSTILE.encode('unicode_escape').decode().replace('"', '')}"
goals:
  - text: "[link=http://x]klik[/link]"
    kind: parenting_skills
    measure: "\\e[31mrood"
curriculum:
  manual: "\\x1b[5mknipper \\a"
waivers:
  - factor: G10
    reason: "[blink]reden[/blink] \\x1b[0m"
"""
CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)) if chr(c) != "\n"]


def _report(factor_set: FactorSet) -> Report:
    result = check_text(FILE, "hostile.yaml", factor_set, builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    assert "\x1b" in (result.name or "")  # the file really carries the escape sequences
    return Report(factor_set, (result,))


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("verbose", [False, True])
def test_table_shows_markup_literally_and_no_controls(builtin: FactorSet, color: bool, verbose: bool) -> None:
    text = RENDERERS["table"](_report(builtin), RenderOptions(color=color, verbose=verbose, width=200))
    assert "[bold red]PWNED[/]" in text
    assert "\\x1b]8;;http://evil\\x07" in text  # shown as a visible escape
    if color:
        # Rich's own colour codes are SGR sequences ("ESC [ ... m"); nothing else may pass.
        import re

        stripped = re.sub(r"\x1b\[[0-9;]*m", "", text)
        assert not any(ch in stripped for ch in CONTROL)
    else:
        assert not any(ch in text for ch in CONTROL)


def test_json_keeps_the_text_exactly(builtin: FactorSet) -> None:
    data = json.loads(RENDERERS["json"](_report(builtin), RenderOptions()))
    assert data["results"][0]["name"].startswith("[bold red]PWNED[/] \x1b]8;;")
    assert "\x1b" not in RENDERERS["json"](_report(builtin), RenderOptions())  # escaped as \\u001b


def test_hostile_factor_set_texts(builtin: FactorSet, tmp_path: Path) -> None:
    src = Path(builtin.folder)
    shutil.copytree(src, tmp_path / "set")
    g01 = next((tmp_path / "set").rglob("G01-*.yaml"))
    text = g01.read_text(encoding="utf-8")
    text = text.replace("  en: Structured and standardised curriculum", '  en: "[red]Evil\\e[2J title\\a"')
    g01.write_text(text, encoding="utf-8")
    evil = load_set(tmp_path / "set")
    assert evil.factors[0].title.en.startswith("[red]Evil\x1b")
    options = RenderOptions(color=False, width=200)
    for out in (render_list(evil, options), render_factor(evil.factors[0], options),
                RENDERERS["table"](_report(evil), options)):
        assert "[red]Evil\\x1b[2J title\\x07" in out
        assert not any(ch in out for ch in CONTROL)
