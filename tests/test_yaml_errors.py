"""YAML syntax errors in the author's words, in Dutch and English, at the line and column where
they can be fixed (src/wat_werkt/yamlerrors.py): the mistakes people make when they write YAML by
hand, and the same words whichever parser PyYAML uses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from wat_werkt.document.yamlload import parse_text

# What goes wrong; the file; where the error points; the error in English and in Dutch.
CASES = [
    (
        "a colon inside a value",
        "name: X\nsummary: Ouders leren: grenzen stellen\n",
        2,
        22,
        "invalid YAML: ': ' inside a value; put the value in quotes (\"...\"), or check how far this line is indented",
        "ongeldige YAML: ': ' midden in een waarde; zet de waarde tussen aanhalingstekens (\"...\"), of controleer hoe ver deze regel inspringt",
    ),
    (
        "a key without a colon",
        "name: X\nsummary Y\n",
        2,
        1,
        "invalid YAML: no ':' after this key; write 'key: value', or indent a text that goes on further than its key",
        "ongeldige YAML: geen ':' na deze veldnaam; schrijf 'veld: waarde', of laat een tekst die doorloopt verder inspringen dan zijn veldnaam",
    ),
    (
        "a key indented less than its section",
        "name: X\ncurriculum:\n  manual: A\n standardised: true\n",
        4,
        2,
        "invalid YAML: this line does not line up with the keys of its section (from line 1); indent it as far as they are, or remove text after a closing quote",
        "ongeldige YAML: deze regel staat niet recht onder de velden van zijn sectie (vanaf regel 1); laat hem even ver inspringen, of haal tekst na een sluitend aanhalingsteken weg",
    ),
    (
        "a key indented under a value",
        "name: X\n  summary: Y\n",
        2,
        10,
        "invalid YAML: ': ' inside a value; put the value in quotes (\"...\"), or check how far this line is indented",
        "ongeldige YAML: ': ' midden in een waarde; zet de waarde tussen aanhalingstekens (\"...\"), of controleer hoe ver deze regel inspringt",
    ),
    (
        "an item's key out of line",
        "name: X\ngoals:\n  - text: a\n  kind: b\n",
        4,
        3,
        "invalid YAML: this line does not line up with the list above it (from line 3); start a new item with '- ', or indent it as far as the other keys of its item",
        "ongeldige YAML: deze regel staat niet recht onder de lijst erboven (vanaf regel 3); begin een nieuw item met '- ', of laat hem even ver inspringen als de andere velden van zijn item",
    ),
    (
        "an unclosed double quote",
        'name: "X\nsummary: Y\n',
        1,
        7,
        "invalid YAML: this quote is never closed; end the text with the same quote",
        "ongeldige YAML: dit aanhalingsteken wordt nergens gesloten; sluit de tekst af met hetzelfde aanhalingsteken",
    ),
    (
        "an unclosed single quote",
        "name: X\nsummary: 'Y\n",
        2,
        10,
        "invalid YAML: this quote is never closed; end the text with the same quote",
        "ongeldige YAML: dit aanhalingsteken wordt nergens gesloten; sluit de tekst af met hetzelfde aanhalingsteken",
    ),
    (
        "an unclosed bracket",
        "name: X\ndelivery:\n  format: [group, home_visiting\n  setting: thuis\n",
        4,
        10,
        "invalid YAML: the list in brackets from line 3, column 11 is not closed with ']', or a comma is missing",
        "ongeldige YAML: de lijst tussen haken van regel 3, kolom 11 wordt niet gesloten met ']', of er ontbreekt een komma",
    ),
    (
        "an unclosed brace",
        "name: X\ntarget_group:\n  child_age: {min: 1, max: 2\n  risk_group: true\n",
        4,
        13,
        "invalid YAML: the mapping in braces from line 3, column 14 is not closed with '}', or a comma is missing",
        "ongeldige YAML: de mapping tussen accolades van regel 3, kolom 14 wordt niet gesloten met '}', of er ontbreekt een komma",
    ),
    (
        "a value starting with @",
        "name: @Thuis\n",
        1,
        7,
        "invalid YAML: a value cannot start with '@'; put it in quotes",
        "ongeldige YAML: een waarde kan niet met '@' beginnen; zet hem tussen aanhalingstekens",
    ),
    (
        "a value starting with a backtick",
        "name: `Thuis`\n",
        1,
        7,
        "invalid YAML: a value cannot start with '`'; put it in quotes",
        "ongeldige YAML: een waarde kan niet met '`' beginnen; zet hem tussen aanhalingstekens",
    ),
    (
        "a value starting with *",
        "name: X\nsummary: *Belangrijk*: ouders\n",
        2,
        10,
        "invalid YAML: YAML reads a value that starts with '*' as an alias or anchor; put it in quotes",
        "ongeldige YAML: een waarde die met '*' begint, leest YAML als een alias of anker; zet hem tussen aanhalingstekens",
    ),
    (
        "an unknown alias",
        "name: X\nsummary: *Let op\n",
        2,
        10,
        "invalid YAML: unknown alias '*Let'; a value that starts with '*' must be in quotes",
        "ongeldige YAML: onbekende alias '*Let'; een waarde die met '*' begint, moet tussen aanhalingstekens",
    ),
    (
        "a value starting with &",
        "name: X\nsummary: & ook kinderen\n",
        2,
        10,
        "invalid YAML: YAML reads a value that starts with '&' as an alias or anchor; put it in quotes",
        "ongeldige YAML: een waarde die met '&' begint, leest YAML als een alias of anker; zet hem tussen aanhalingstekens",
    ),
    (
        "a list item on the line of its key",
        "name: X\ndelivery:\n  format: - group\n",
        3,
        11,
        "invalid YAML: a list item ('- ') on the line of its key; start the list on the next line, indented, or write [a, b]",
        "ongeldige YAML: een lijstitem ('- ') op de regel van zijn veldnaam; begin de lijst op de volgende regel, ingesprongen, of schrijf [a, b]",
    ),
    (
        "text after a closing quote",
        'name: "X" en Y\n',
        1,
        11,
        "invalid YAML: this line does not line up with the keys of its section (from line 1); indent it as far as they are, or remove text after a closing quote",
        "ongeldige YAML: deze regel staat niet recht onder de velden van zijn sectie (vanaf regel 1); laat hem even ver inspringen, of haal tekst na een sluitend aanhalingsteken weg",
    ),
    (
        "a backslash in double quotes",
        'name: "C:\\map"\n',
        1,
        10,
        "invalid YAML: an unknown escape after a backslash in double quotes; write \\\\ for a backslash, or use single quotes",
        "ongeldige YAML: een onbekende code na een backslash tussen dubbele aanhalingstekens; schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens",
    ),
    (
        "a control character",
        "name: X\x07\n",
        1,
        8,
        "invalid YAML: control character U+0007 is not allowed in the text",
        "ongeldige YAML: stuurteken U+0007 is niet toegestaan in de tekst",
    ),
    (
        "text after the end of the document",
        "name: X\n...\nsummary: Y\n",
        3,
        1,
        "invalid YAML: text after the end of the document ('...'); remove the line '...'",
        "ongeldige YAML: tekst na het einde van het document ('...'); haal de regel '...' weg",
    ),
    (
        "text after |",
        "name: X\nsummary: |x\n  tekst\n",
        2,
        11,
        "invalid YAML: after '|' or '>' only a comment may follow on its line; start the text on the next line",
        "ongeldige YAML: na '|' of '>' mag op die regel alleen commentaar volgen; begin de tekst op de volgende regel",
    ),
    (
        "a tab",
        "name: X\n\tsummary: Y\n",
        2,
        1,
        "invalid YAML: a tab is used for indentation; indent with spaces",
        "ongeldige YAML: er wordt met een tab ingesprongen; gebruik spaties",
    ),
]


@pytest.mark.parametrize(
    ("what", "text", "line", "column", "english", "dutch"), CASES, ids=[c[0] for c in CASES]
)
def test_a_syntax_error_in_words(
    what: str, text: str, line: int, column: int, english: str, dutch: str
) -> None:
    doc, found = parse_text(text)
    assert doc is None
    assert [(p.loc.line, p.loc.column, p.text("en"), p.text("nl")) for p in found] == [
        (line, column, english, dutch)
    ]


# A process with a PyYAML built without libyaml: its C module cannot be imported.
WITHOUT_LIBYAML = """\
import json, sys
sys.modules["yaml._yaml"] = None
import yaml
from wat_werkt.document.yamlload import parse_text
assert not yaml.__with_libyaml__
print(json.dumps([[(p.code, p.loc.line) for p in parse_text(text)[1]] for text in json.load(sys.stdin)]))
"""


@pytest.mark.slow
def test_pyyamls_own_parser_gets_the_same_words() -> None:
    # Without libyaml PyYAML words its errors otherwise; the rules know both. (An unknown alias
    # is found by watwerkt's own builder, after libyaml's parser; PyYAML's scanner stops earlier.)
    cases = [(c[0], c[1]) for c in CASES if c[0] != "an unknown alias"]
    proc = subprocess.run(
        [sys.executable, "-c", WITHOUT_LIBYAML],
        input=json.dumps([text for _, text in cases]),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for (what, text), pure in zip(cases, json.loads(proc.stdout), strict=True):
        assert pure == [[p.code, p.loc.line] for p in parse_text(text)[1]], what


def test_a_message_no_rule_knows_is_shown_as_the_parser_gave_it() -> None:
    doc, found = parse_text("a: [b, - c]\n")
    assert doc is None and [p.code for p in found] == ["yaml_syntax"]
    assert (
        found[0].text("en") == "invalid YAML: while parsing a flow node, did not find expected node content"
    )
    assert found[0].text("nl") == (
        "ongeldige YAML (de YAML-lezer meldt: while parsing a flow node, did not find expected node content)"
    )


def test_limit_messages_say_what_is_there() -> None:
    """150,000 keys were said to expand "likely through aliases" though there were none; a key
    of 5,000 digits had "no ':' after" it; `x: &a [*a]` was told to quote its '*'."""
    from wat_werkt.document.yamlload import Limits, parse_text

    def said(text: str, limits: Limits = Limits()) -> list[str]:
        doc, found = parse_text(text, limits)
        assert doc is None
        return [f"{p.loc.line}:{p.loc.column}: {p.text('en')}" for p in found]

    keys = "".join(f"k{i}: 1\n" for i in range(60))
    assert said(keys, Limits(max_nodes=100)) == [
        "50:6: document holds more than 100 values (raise it with --max-nodes or max_nodes in the configuration)"
    ]
    aliased = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\n" + "".join(f"k{i}: *a\n" for i in range(60))
    assert said(aliased, Limits(max_nodes=100))[0].endswith(
        "document expands to more than 100 values, likely through aliases (raise it with --max-nodes "
        "or max_nodes in the configuration)"
    )
    assert said("name: X\n" + "1" * 5000 + ": x\n") == [
        "2:1: invalid YAML: a key longer than 1024 characters, the most YAML reads before its ':'"
    ]
    assert said("name: X\nx: &a [*a]\n") == [
        "2:8: invalid YAML: the alias '*a' is inside the value '&a' names, which would hold itself for ever"
    ]
    assert said("name: X\nx: [*a]\n") == [
        "2:5: invalid YAML: unknown alias '*a'; a value that starts with '*' must be in quotes"
    ]
