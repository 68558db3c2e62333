"""Dutch all the way: Click's and Typer's own words (usage, help headings, the help option, a
wrong command line) follow the language of the run, as watwerkt's own do (src/wat_werkt/commands/clitext.py);
`-h` is `--help` everywhere. Each run is a process of its own, as help texts are chosen at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wat_werkt.renderers import REPORTERS

pytestmark = pytest.mark.slow  # each run is a process of its own
# The console script beside the interpreter: usage lines name the program as it was started.
WATWERKT = str(Path(sys.executable).parent / "watwerkt")
# The --format choices as Click lists them: every format of the registry, then auto.
CHOICES = ", ".join(f"'{name}'" for name in [*REPORTERS, "auto"])

ENGLISH_CLICK = (
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Show this message",
    "Error:",
    "Missing ",
    "No such",
    "Try '",
    "[default:",
    "[required]",
    "Invalid value",
    "Did you mean",
    "is not one of",
    "Got unexpected",
    "[OPTIONS]",
    "COMMAND",
    "[ARGS]",
)


def run(*args: str, lang: str | None = None, **env: str) -> tuple[int, str, str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("WATWERKT_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    environ.update(COLUMNS="100", **env)
    if lang is not None:
        environ["WATWERKT_LANG"] = lang
    proc = subprocess.run([WATWERKT, *args], env=environ, capture_output=True, text=True, check=False)
    return proc.returncode, proc.stdout, proc.stderr


# A wrong command line: the exact lines on stderr in each language, and exit 2.
WRONG = [
    (
        ["check"],
        {
            "en": [
                "Usage: watwerkt check [OPTIONS] PATH...",
                "Try 'watwerkt check --help' for help.",
                "",
                "Error: Missing argument 'PATH'.",
            ],
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                "Fout: Argument 'PAD' ontbreekt.",
            ],
        },
    ),
    (
        ["check", "x.yaml", "--verbos"],
        {
            "en": [
                "Usage: watwerkt check [OPTIONS] PATH...",
                "Try 'watwerkt check --help' for help.",
                "",
                "Error: No such option: --verbos (Possible options: --verbose)",
            ],
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                "Fout: Onbekende optie: --verbos (mogelijke opties: --verbose)",
            ],
        },
    ),
    (
        ["check", "x.yaml", "--fail-on", "gapp"],
        {
            "en": [
                "Usage: watwerkt check [OPTIONS] PATH...",
                "Try 'watwerkt check --help' for help.",
                "",
                "Error: Invalid value for '--fail-on': 'gapp' is not one of 'partial', 'not_described', 'gap', "
                "'never'. Did you mean 'gap'?",
            ],
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                "Fout: Ongeldige waarde voor '--fail-on': 'gapp' is geen van 'partial', 'not_described', "
                "'gap', 'never'. Bedoelt u 'gap'?",
            ],
        },
    ),
    (
        ["check", "x.yaml", "--format", "jsno"],
        {
            "en": [
                "Usage: watwerkt check [OPTIONS] PATH...",
                "Try 'watwerkt check --help' for help.",
                "",
                f"Error: Invalid value for '--format' / '-f': 'jsno' is not one of {CHOICES}. "
                "Did you mean 'json'?",
            ],
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                f"Fout: Ongeldige waarde voor '--format' / '-f': 'jsno' is geen van {CHOICES}. "
                "Bedoelt u 'json'?",
            ],
        },
    ),
    (
        ["check", "x.yaml", "--fail-on", "deels"],
        {  # the Dutch word of the status
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                "Fout: Ongeldige waarde voor '--fail-on': 'deels' is geen van 'partial', 'not_described', "
                "'gap', 'never'. Bedoelt u 'partial'?",
            ]
        },
    ),
    (
        ["check", "x.yaml", "--jobs", "veel"],
        {
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                "Fout: Ongeldige waarde voor '--jobs' / '-j': de waarde moet een geheel getal zijn",
            ]
        },
    ),
    (
        ["check", "x.yaml", "--verbose=ja"],
        {
            "nl": [
                "Gebruik: watwerkt check [OPTIES] PAD...",
                "Typ 'watwerkt check --help' voor hulp.",
                "",
                "Fout: Optie '--verbose' neemt geen waarde.",
            ]
        },
    ),
    (
        ["chek"],
        {
            "en": [
                "Usage: watwerkt [OPTIONS] COMMAND [ARGS]...",
                "Try 'watwerkt --help' for help.",
                "",
                "Error: No such command 'chek'. Did you mean 'check', 'schema'?",
            ],
            "nl": [
                "Gebruik: watwerkt [OPTIES] OPDRACHT [ARGUMENTEN]...",
                "Typ 'watwerkt --help' voor hulp.",
                "",
                "Fout: Onbekende opdracht 'chek'. Bedoelt u 'check', 'schema'?",
            ],
        },
    ),
    (
        ["factors", "G04"],
        {
            "en": [
                "Usage: watwerkt factors [OPTIONS] COMMAND [ARGS]...",
                "Try 'watwerkt factors --help' for help.",
                "",
                "Error: No such command 'G04'. To show a factor: watwerkt factors show G04",
            ],
            "nl": [
                "Gebruik: watwerkt factors [OPTIES] OPDRACHT [ARGUMENTEN]...",
                "Typ 'watwerkt factors --help' voor hulp.",
                "",
                "Fout: Onbekende opdracht 'G04'. Een factor tonen: watwerkt factors show G04",
            ],
        },
    ),
    (
        ["explain", "x.yaml"],
        {
            "nl": [
                "Gebruik: watwerkt explain [OPTIES] BESTAND ID",
                "Typ 'watwerkt explain --help' voor hulp.",
                "",
                "Fout: Argument 'ID' ontbreekt.",
            ]
        },
    ),
    (
        ["init", "a.yaml", "b.yaml"],
        {
            "nl": [
                "Gebruik: watwerkt init [OPTIES] [pad]",
                "Typ 'watwerkt init --help' voor hulp.",
                "",
                "Fout: Onverwacht(e) extra argument(en) (b.yaml)",
            ]
        },
    ),
]


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [(args, lang, lines) for args, by_lang in WRONG for lang, lines in by_lang.items()],
    ids=[f"{' '.join(args)}-{lang}" for args, by_lang in WRONG for lang in by_lang],
)
def test_a_wrong_command_line(args: list[str], lang: str, expected: list[str]) -> None:
    code, out, err = run(*args, lang=lang)
    assert (code, out, err.splitlines()) == (2, "", expected)


@pytest.mark.parametrize("how", ["--lang", "WATWERKT_LANG", "LANG", "LC_ALL"])
def test_every_way_of_choosing_dutch(how: str) -> None:
    args = ["check", "--lang", "nl"] if how == "--lang" else ["check"]
    env = {} if how == "--lang" else {how: "nl" if how == "WATWERKT_LANG" else "nl_NL.UTF-8"}
    code, _, err = run(*args, **env)
    assert code == 2 and err.endswith("Fout: Argument 'PAD' ontbreekt.\n")


HELP = [
    [],
    ["check"],
    ["compare"],
    ["explain"],
    ["factors"],
    ["factors", "show"],
    ["factors", "lint"],
    ["init"],
    ["schema"],
]


@pytest.mark.parametrize("command", HELP, ids=[" ".join(c) or "watwerkt" for c in HELP])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_in_dutch_with_h_or_help(command: list[str], flag: str) -> None:
    code, out, err = run(*command, flag, lang="nl")
    assert (code, err) == (0, "")
    assert out.startswith(f"Gebruik: watwerkt {' '.join(command)}".rstrip() + " [OPTIES]")
    assert "  -h, --help" in out and "Toon deze hulp en stop." in out and "Opties:" in out
    leaked = [word for word in ENGLISH_CLICK if word in out]
    assert leaked == []


def test_the_words_of_check_help() -> None:
    _, out, _ = run("check", "-h", lang="nl")
    flat = " ".join(out.split())
    for words in (
        "Argumenten:",
        "PAD <paden>",
        "[verplicht]",
        "[standaard: auto]",
        "[standaard: gap]",
        "--exclude PATROON",
        "-o, --output BESTAND",
        "--set <tekst>",
        "--factors <map>",
    ):
        assert words in flat, words
    _, out, _ = run("check", "-h", lang="en")
    flat = " ".join(out.split())
    for words in (
        "Usage: watwerkt check [OPTIONS] PATH...",
        "Arguments:",
        "[required]",
        "[default: auto]",
        "-h, --help Show this message and exit.",
    ):
        assert words in flat, words


def test_watwerkt_alone_shows_the_help_with_completion(tmp_path: object) -> None:
    code, out, err = run(lang="nl")
    assert (code, out) == (2, "")  # no command: the help, on stderr, as a wrong command line
    assert err.startswith("Gebruik: watwerkt [OPTIES] OPDRACHT [ARGUMENTEN]...")
    assert "--install-completion  Installeer het aanvullen met Tab voor de huidige" in err
    assert "Opdrachten:" in err and not [word for word in ENGLISH_CLICK if word in err]


def test_lang_before_the_command() -> None:
    # As people type it; it sets the language of the run as WATWERKT_LANG does.
    code, _, err = run("--lang", "nl", "check", "weg.yaml", "-f", "json")
    assert (code, err) == (2, "weg.yaml: bestand of map bestaat niet\n")
    code, _, err = run(
        "--lang=nl", "check", "weg.yaml", "-f", "json", "--lang", "en"
    )  # the command's own wins
    assert (code, err) == (2, "weg.yaml: no such file or folder\n")
    code, out, _ = run("--lang", "nl", "-h")
    assert code == 0 and out.startswith("Gebruik: watwerkt [OPTIES] OPDRACHT [ARGUMENTEN]...")
