"""Text from intervention files and factor sets stays text: Rich markup is shown literally and
control characters or escape sequences never reach the terminal."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import FactorSet, FactorSetError, builtin_ids, load_set
from wat_werkt.renderers import RENDERERS, REPORTERS, RenderOptions
from wat_werkt.renderers.views.factor_list import render_factor, render_list
from wat_werkt.run.checker import check_text

HOSTILE = (
    "[bold red]PWNED[/] \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b[2J\x1b]0;title\x07 \x9b31m \u202eevil"
)
FILE = f"""\
name: "{HOSTILE.encode("unicode_escape").decode().replace('"', "")}"
summary: "{HOSTILE.encode("unicode_escape").decode().replace('"', "")}"
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


def _report(factor_set: FactorSet, file: str = "hostile.yaml") -> Report:
    result = check_text(FILE, file, factor_set, builtin_ids())
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


# A file name is as untrusted as a file's text: it may hold escapes and a CI command.
HOSTILE_NAME = "::error file=x::pwned \x1b[2J\x07\u202e ##vso[task.complete]\u200e.yaml"


@pytest.mark.parametrize("fmt", list(REPORTERS))
def test_no_format_writes_a_control_character(builtin: FactorSet, fmt: str) -> None:
    # Every format of the registry, with hostile text in the file and in its name: a new format
    # is held to this as soon as it has its line in REPORTERS.
    text = RENDERERS[fmt](_report(builtin, HOSTILE_NAME), RenderOptions(verbose=True, width=200))
    assert not any(ch in text for ch in CONTROL), fmt
    for line in text.splitlines():
        if fmt != "github":  # github writes its own commands; tests/test_github.py holds its text
            assert not line.lstrip().startswith("::"), (fmt, line)
        assert not re.search(r"##(vso|teamcity)?\[", line, re.IGNORECASE), (fmt, line)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_keeps_the_text_exactly_and_inert(builtin: FactorSet, fmt: str) -> None:
    text = RENDERERS[fmt](_report(builtin), RenderOptions())
    data = json.loads(text)
    if fmt == "json":
        assert data["results"][0]["name"] == HOSTILE  # the same data ...
    else:
        assert data["runs"][0]["results"]  # SARIF messages show cleaned text (one_line)
    # ... with no control character raw in the text: ESC as \u001b (JSON's own), CSI and the
    # bidi override as \u009b and \u202e (textsafe.defuse_json).
    assert not any(ch in text for ch in CONTROL)
    if fmt == "json":
        assert "\\u009b31m \\u202eevil" in text


def test_hostile_factor_set_texts(builtin: FactorSet, tmp_path: Path) -> None:
    src = Path(builtin.folder)
    shutil.copytree(src, tmp_path / "set")
    g01 = next((tmp_path / "set").rglob("G01-*.yaml"))
    text = g01.read_text(encoding="utf-8")
    text = text.replace("  en: Structured and standardised curriculum", '  en: "[red]Evil\\e[2J title\\a"')
    g01.write_text(text, encoding="utf-8")
    # Loading refuses such a set (factor_lint.text_problems) ...
    with pytest.raises(FactorSetError) as refused:
        load_set(tmp_path / "set")
    assert [(Path(f).name, p.code) for f, p in refused.value.problems] == [(g01.name, "factor_text_control")]
    # ... and the renderers keep its text inert all the same, should one get through.
    first = builtin.factors[0]
    evil_title = "[red]Evil\x1b[2J title\x07"
    evil = builtin._replace(
        factors=(first._replace(title=first.title._replace(en=evil_title)), *builtin.factors[1:])
    )
    options = RenderOptions(color=False, width=200)
    for out in (
        render_list(evil, options),
        render_factor(evil.factors[0], options),
        RENDERERS["table"](_report(evil), options),
    ):
        assert "[red]Evil\\x1b[2J title\\x07" in out
        assert not any(ch in out for ch in CONTROL)


@pytest.mark.parametrize("fmt", list(REPORTERS))
def test_a_factor_set_title_cannot_start_a_ci_command_in_any_format(builtin: FactorSet, fmt: str) -> None:
    """The set's own title reached the head of the JSON report raw (a hostile-input attack)."""
    evil = builtin._replace(title=builtin.title._replace(en="T ##[error]H ##vso[task.complete]"))
    text = RENDERERS[fmt](_report(evil), RenderOptions(verbose=True, width=200))
    for line in text.splitlines():
        assert not re.search(r"##(vso|teamcity)?\[", line, re.IGNORECASE), (fmt, line)
    if fmt == "json":
        assert json.loads(text)["factor_set"]["title"] == "T ##[error]H ##vso[task.complete]"


CI_HOSTILE = (
    'name: "::error file=x::pwned ##[error]y"\n'
    'summary: "line\\n::warning::z\\n  ##[group]g x ##vso[task.prependpath]/tmp/evil ##teamcity[a]'
    '\\n\\ufeff::error::bom"\n'
)
# What a CI runner reads as a command: GitHub at a line's start (after spaces, or a byte-order
# mark a reader may drop), GitHub and Azure `##[`, Azure `##vso[`, TeamCity `##teamcity[`.
CI_COMMAND = re.compile(r"^[\s\ufeff]*::|##(vso|teamcity)?\[", re.IGNORECASE)


@pytest.mark.parametrize("command", ["check", "compare"])
def test_no_output_format_can_start_a_workflow_command(command: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from wat_werkt.commands.app import app

    source = tmp_path / "ci.yaml"
    source.write_text(CI_HOSTILE, encoding="utf-8")
    from wat_werkt.renderers import REPORTERS
    from wat_werkt.renderers.compare.matrix import COMPARE_RENDERERS

    # Every format of the registries; `github` writes workflow commands by design and has its
    # own test (tests/test_github.py: a file's text never starts one).
    formats = [f for f in REPORTERS if f != "github"] if command == "check" else list(COMPARE_RENDERERS)
    for fmt in formats:
        extra = ["--fail-on", "never"] if command == "check" else []
        result = CliRunner().invoke(app, [command, str(source), "-f", fmt, *extra])
        assert result.exit_code == 0, (fmt, result.stdout, result.stderr)
        for line in (result.stdout + result.stderr).splitlines():
            assert not CI_COMMAND.search(line), (fmt, line)
        if fmt == "json":
            data = json.loads(result.stdout)
            first = data["results"][0] if command == "check" else data["interventions"][0]
            assert first["name"] == "::error file=x::pwned ##[error]y"  # the data is unchanged


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_command_line_value_quoted_in_an_error_is_inert(option: str, tmp_path: Path) -> None:
    """`--select $'G0\\e]0;x\\a\\n::error::y'` was quoted raw: a terminal title set, a CI command
    started (a hostile-input attack). A command line is as untrusted as a file."""
    from typer.testing import CliRunner

    from wat_werkt.commands.app import app

    source = tmp_path / "a.yaml"
    source.write_text("name: X\nsummary: Y\n", encoding="utf-8")
    value = "G0\x1b]0;PWNED\x07\n::error title=x::injected ##vso[task.complete]"
    result = CliRunner().invoke(app, ["check", str(source), option, value, "--lang", "en"])
    assert result.exit_code == 2
    assert not any(ch in result.stderr for ch in CONTROL)
    assert not any(CI_COMMAND.search(line) for line in result.stderr.splitlines())
    # One line: the newline folded, the escapes visible, `##vso[` broken by a backslash.
    assert (
        "no factor 'G0\\x1b]0;PWNED\\x07 ::error title=x::injected ##vso\\[task.complete]'" in result.stderr
    )
