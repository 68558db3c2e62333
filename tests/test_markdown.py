"""The Markdown report: an overview, a table per file, and text from files kept inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cihelp import INVALID, run, write
from conftest import SAMPLE

from wat_werkt.renderers.report.markdown import escape

# A pipe that is not escaped by a backslash: a real cell border.
BORDER = re.compile(r"(?<!\\)\|")


def markdown(*args: str) -> str:
    code, out, _ = run("check", *args, "-f", "markdown", "--lang", "en")
    assert code in (0, 1, 2)
    return out


def table_rows(text: str) -> list[list[str]]:
    return [BORDER.split(line)[1:-1] for line in text.splitlines() if line.startswith("|")]


def test_sample_report_structure() -> None:
    out = markdown(str(SAMPLE))
    assert out.startswith("## watwerkt report\n\n1 file checked against factor set opvoedingsondersteuning: ")
    assert "### Voorbeeldtraining (" in out
    rows = table_rows(out)
    assert len(rows) == 3 + 2 + 16  # overview: header, rule, one file; factors: header, rule, 16
    assert {len(r) for r in rows[:3]} == {8} and {len(r) for r in rows[3:]} == {4}
    g11 = next(r for r in rows if r[0].strip() == "G11")
    assert g11[2].strip() == "✘ gap"
    assert "practitioners.training is marked as not part of it (line 26)" in g11[3]
    assert "<br>**Advice:** Describe the education or training practitioners receive." in g11[3]
    g01 = next(r for r in rows if r[0].strip() == "G01")
    assert g01[2].strip() == "✔ strength" and "<br>**Tip:** List the modules and the materials" in g01[3]


def test_invalid_file_lists_its_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "bad.yaml", INVALID)
    monkeypatch.chdir(tmp_path)
    out = markdown("bad.yaml")
    assert "### ✘ bad.yaml: not checked, 2 problems found" in out
    assert "- line 5, column 1: unknown key 'foo'" in out


HOSTILE = (
    'name: "A | B\\n# kop <img src=x onerror=alert(1)> [x](http://e) ![i](j) '
    '**b** `c` ~~s~~ &amp;"\n'
    "summary: Y\n"
)


def test_text_from_files_cannot_break_the_table_or_add_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "h.yaml", HOSTILE)
    monkeypatch.chdir(tmp_path)
    out = markdown("h.yaml")
    rows = table_rows(out)
    assert {len(r) for r in rows[:3]} == {8}  # the pipe in the name did not add a cell
    name_cell = rows[2][1].strip()
    assert name_cell == (
        "A \\| B \\# kop \\<img src=x onerror=alert(1)\\> \\[x\\](http://e) \\!\\[i\\](j) "
        "\\*\\*b\\*\\* \\`c\\` \\~\\~s\\~\\~ \\&amp;"
    )
    # The only raw HTML is our own line break; no heading starts inside the text.
    assert set(re.findall(r"(?<!\\)<[^>]*>", out)) <= {"<br>"} and "\n# kop" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", "a\\|b"),
        ("line\nbreak", "line break"),
        ("<b>", "\\<b\\>"),
        ("x\\y", "x\\\\y"),
        ("\x1b[31m", "\\\\x1b\\[31m"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected
