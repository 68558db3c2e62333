"""The Markdown report: an overview, a table per file, and text from files kept inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cihelp import INVALID, run, write
from conftest import SAMPLE

from wat_werkt.engine.evaluate import Report
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
    assert "practitioners.training = false: not part of the intervention (line 26)" in g11[3]
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


# -- the budget: GitHub shows no step summary over 1 MiB ---------------------------------------


def _report(tmp_path: Path, count: int) -> tuple[Report, list[str]]:
    """`count` files, every third one invalid, checked as the CLI checks them."""
    from wat_werkt.factorset.load import builtin_ids, load_builtin
    from wat_werkt.run.checker import check_path

    factor_set = load_builtin()
    names = []
    for i in range(count):
        text = INVALID if i % 3 == 2 else SAMPLE.read_text(encoding="utf-8").replace("Voorbeeld", f"Nr {i} ")
        names.append(str(write(tmp_path, f"f{i:03d}.yaml", text)))
    results = tuple(check_path(name, factor_set, builtin_ids()) for name in names)
    return Report(factor_set, results), names


def _render(report: Report, budget: int, cwd: Path) -> str:
    from wat_werkt.renderers import RenderOptions, whole
    from wat_werkt.renderers.report.markdown import MarkdownReport

    options = RenderOptions(cwd=str(cwd))
    return whole(MarkdownReport(report.factor_set, options, budget), report.results)


def test_within_budget_nothing_is_shortened(tmp_path: Path) -> None:
    from wat_werkt.renderers import RENDERERS, RenderOptions

    report, _ = _report(tmp_path, 6)
    full = RENDERERS["markdown"](report, RenderOptions(cwd=str(tmp_path)))
    size = len(full.encode())
    assert _render(report, size, tmp_path) == full  # exactly at the budget: the whole report
    assert "Shortened" not in full and "One line a file" not in full
    assert _render(report, size - 1, tmp_path) != full


def test_over_budget_tables_become_one_line_each(tmp_path: Path) -> None:
    report, names = _report(tmp_path, 30)
    full = len(_render(report, 10**9, tmp_path).encode())
    for budget in range(full // 4, full, full // 9):
        out = _render(report, budget, tmp_path)
        assert len(out.encode()) <= budget
        tables = out.count("\n### ") - 1  # the one-line list has a heading of its own
        shortened = 30 - tables
        assert (
            f"**Shortened:** The whole report would be larger than GitHub shows in a step summary (1 MiB). {shortened} of the 30 files have one line each"
            in out
        )
        # The files that could not be checked keep their table first (every third), then
        # those with a gap (all the others), each in input order; the others are one line
        # each, in input order, as are the tables kept.
        first = sorted(sorted(range(30), key=lambda i: (i % 3 != 2, i))[:tables])
        head, short = out.split("### One line a file", 1)
        assert [Path(n).name in short for n in names] == [i not in first for i in range(30)]
        headings = [line for line in head.splitlines() if line.startswith("### ")]
        assert [int(re.findall(r"f(\d{3})\.yaml", line)[0]) for line in headings] == first
        assert len(table_rows(out)) > 30  # the overview is still there
        assert out.endswith("\n") and not out.endswith("\n\n")
    lines = _render(report, full // 3, tmp_path).split("### One line a file\n\n", 1)[1].splitlines()
    assert lines[-2:] == [
        "- **Nr 27 training** (f027.yaml): ✘ gap: G05, G11 · ? not described: G04, G06, G07, G08, G09 "
        "· ◐ partial: G03, S04",
        "- **Nr 28 training** (f028.yaml): ✘ gap: G05, G11 · ? not described: G04, G06, G07, G08, G09 "
        "· ◐ partial: G03, S04",
    ]  # f029.yaml could not be checked: it keeps its table


def test_far_over_budget_the_overview_goes_then_the_list_stops(tmp_path: Path) -> None:
    report, _ = _report(tmp_path, 30)
    lines_only = _render(report, 4000, tmp_path)
    assert len(lines_only.encode()) <= 4000
    assert "The overview table is left out and each of the 30 files has one line" in lines_only
    assert table_rows(lines_only) == [] and lines_only.count("\n- ") == 30
    cut = _render(report, 2000, tmp_path)
    assert len(cut.encode()) <= 2000 and table_rows(cut) == []
    listed = cut.count("\n- ")
    assert 0 < listed < 30
    assert f"only {listed} of the 30 files are listed" in cut
    assert f"{30 - listed} more files are not listed: the report would be too large." in cut
    # All 30 files as lines, but beside the overview table: "each of the files".
    every = _render(report, 5300, tmp_path)
    assert "Each of the 30 files has one line instead of a table, at the end" in every
    assert len(table_rows(every)) == 32
