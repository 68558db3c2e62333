"""The message table: every entry in Dutch and English with the same parameters, every code the
source uses is in it, and the CLI speaks Dutch throughout when asked to, help texts included."""

from __future__ import annotations

import ast
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, SAMPLE, SRC, TESTS
from typer.testing import CliRunner

from wat_werkt.commands.app import app
from wat_werkt.engine.evaluate import STATUSES
from wat_werkt.messages import LANGS, MESSAGES, message

# Where the message code sits in calls that take one (position of the argument).
CODE_ARG = {"message": 0, "problem": 1, "_err": 1, "_arg": 1, "WriteError": 0, "help_text": 0}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(c for c in MESSAGES if not c.endswith("_anchor")))
def test_every_message_has_both_languages_with_the_same_parameters(code: str) -> None:
    entry = MESSAGES[code]
    assert set(entry) == set(LANGS), code
    assert all(entry[lang].strip() for lang in LANGS), f"{code} has an empty translation"
    assert _fields(entry["nl"]) == _fields(entry["en"]), code


def _codes_in_source() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # "@type_text": a parameter that names another message
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"@[a-z][a-z0-9_]*", node.value)
            ):
                found.add((path.name, node.value[1:]))
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            at = CODE_ARG.get(name)
            if at is not None and len(node.args) > at:
                arg = node.args[at]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add((path.name, arg.value))
    return found


def test_every_code_used_in_the_source_is_in_the_table() -> None:
    used = _codes_in_source()
    assert len(used) > 100  # the scan finds the calls at all
    missing = sorted((file, code) for file, code in used if code not in MESSAGES)
    assert missing == []


def test_status_and_tri_words_exist() -> None:
    for status in STATUSES:
        assert message(f"status_{status}", "nl") != message(f"status_{status}", "en")
    for tri in ("met", "unmet", "unknown"):
        assert message(f"tri_{tri}", "nl") != message(f"tri_{tri}", "en")


def _english_only_fragments() -> set[str]:
    """Pieces of English messages long enough to be telling and found in no Dutch message."""
    dutch = " ".join(e["nl"] for e in MESSAGES.values())
    pieces = set()
    for entry in MESSAGES.values():
        for piece in re.split(r"\{[^}]*\}", entry["en"]):
            piece = piece.strip(" .:;,()'")
            if len(piece) >= 12 and piece not in dutch:
                pieces.add(piece)
    return pieces


def test_dutch_runs_print_no_english_message(tmp_path: Path) -> None:
    template = tmp_path / "nieuw.yaml"
    sample = str(SAMPLE)
    bad = str(TESTS / "invalid" / "enum-typo.yaml")
    # A copy beside a baseline that has an entry fixed since (G01), one stale (T05), one gone.
    copy = tmp_path / "kopie.yaml"
    copy.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    basis = tmp_path / "basis.yaml"
    basis.write_text(
        "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n"
        "  kopie.yaml:\n    G01: gap\n    G05: gap\n    T05: gap\n  weg.yaml:\n    G02: gap\n",
        encoding="utf-8",
    )
    runs = [
        ["check", str(copy), "-f", "concise"],
        ["check", str(copy), "-q"],
        ["check", str(copy), "--baseline", str(basis), "-f", "concise"],
        ["check", str(copy), "--baseline", str(tmp_path / "nergens.yaml")],
        ["check", str(copy), "--write-baseline", str(tmp_path / "nieuw-basis.yaml")],
        ["check", str(copy), "--ignore", "G05", "--select", "G"],
        ["check", str(copy), "--select", "X1"],
        ["check", str(copy), "--statistics"],
        ["check", str(copy), "--statistics", "-f", "markdown"],
        ["check", *[str(copy)] * 1, str(SAMPLE), str(EXAMPLES), "-f", "github"],
        ["check", str(EXAMPLES), "-f", "markdown"],
        ["check", str(copy), "-f", "sarif"],
        ["init", str(template)],
        ["check", str(template), "--verbose"],
        ["check", sample, "--verbose"],
        ["check", bad, "tests/none.yaml"],
        ["check", sample, "--set", "tidier"],
        ["explain", sample, "G11"],
        ["explain", sample, "S03"],
        ["explain", sample, "T09"],
        ["factors"],
        ["factors", "show", "S02"],
        ["factors", "lint"],
        ["factors", "lint", str(tmp_path)],
        ["schema"],
        ["compare", sample, str(template)],
        ["check", sample, "-f", "html"],
    ]
    fragments = _english_only_fragments()
    assert len(fragments) > 50
    for args in runs:
        result = CliRunner().invoke(
            app,
            [*args, "--lang", "nl"] if args[0] != "factors" or len(args) > 1 else ["factors", "--lang", "nl"],
        )
        said = result.stdout + result.stderr
        leaked = sorted(f for f in fragments if f in said)
        assert leaked == [], (args, leaked)
    # The same scan finds the English words in an English run: it can fail.
    english = CliRunner().invoke(app, ["explain", sample, "G11", "--lang", "en"]).stdout
    assert [f for f in fragments if f in english]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("argv", "env_lang", "expected"),
    [
        (["check", "--help"], "nl", "Toets interventiebeschrijvingen aan de werkzame factoren."),
        (["check", "--lang", "nl", "--help"], "en", "Toets interventiebeschrijvingen"),
        (["explain", "--help"], "en", "Explain why one factor got its status"),
        (["--help"], "nl", "werkzame factoren uit 'Wat werkt bij opvoedingsondersteuning'"),
        (["factors", "lint", "--help"], "nl", "Controleer een map met een factorset"),
        (["init", "--help"], "nl", "Overschrijf een bestaand bestand."),
        (["schema", "--help"], "nl", "Schrijf het schema naar dit bestand"),
        (["compare", "--help"], "nl", "Vergelijk interventies naast elkaar"),
    ],
)
def test_help_texts_in_the_chosen_language(argv: list[str], env_lang: str, expected: str) -> None:
    # Help texts are fixed at start-up, so each language needs a fresh process.
    env = {**os.environ, "WATWERKT_LANG": env_lang, "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", *argv], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert expected in proc.stdout
