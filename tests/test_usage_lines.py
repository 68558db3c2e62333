"""What a user types and reads first: usage lines, --lang in any case, the words a factor
searches shown by `factors show`."""

from __future__ import annotations

import pytest
from conftest import SAMPLE
from typer.testing import CliRunner

from wat_werkt.commands.app import app


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


@pytest.mark.parametrize(
    ("command", "en", "nl"),
    [
        (["check"], "Usage: watwerkt check [OPTIONS] PATH...", "Gebruik: watwerkt check [OPTIES] PAD..."),
        (
            ["compare"],
            "Usage: watwerkt compare [OPTIONS] PATH...",
            "Gebruik: watwerkt compare [OPTIES] PAD...",
        ),
        (
            ["explain"],
            "Usage: watwerkt explain [OPTIONS] FILE ID",
            "Gebruik: watwerkt explain [OPTIES] BESTAND ID",
        ),
        (
            ["factors", "show"],
            "Usage: watwerkt factors show [OPTIONS] ID",
            "Gebruik: watwerkt factors show [OPTIES] ID",
        ),
    ],
)
def test_usage_lines_name_arguments_plainly(command: list[str], en: str, nl: str) -> None:
    # Typer writes a required argument as {PATH}; the usage line says PATH, in the run's language.
    for lang, expected in (("en", en), ("nl", nl)):
        code, out = run(*command, "--help", "--lang", lang)
        assert code == 0 and out.splitlines()[0] == expected


def test_lang_is_read_in_any_case() -> None:
    code, out = run("check", str(SAMPLE), "--lang", "NL", "--fail-on", "never")
    assert code == 0 and "Bevindingen / advies" in out


def test_factors_show_lists_the_words_it_searches() -> None:
    code, out = run("factors", "show", "G06", "--lang", "en")
    flat = " ".join(out.split())
    assert code == 0
    assert "one of these words is mentioned, not in a negated sentence, in approach.description:" in flat
    assert '"netwerk rond"' in flat and '"social network"' in flat
