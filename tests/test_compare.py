"""`watwerkt compare`: the matrix in every format, invalid files left out, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import cihelp
import jsonschema
import pytest
from conftest import DOCS, EXAMPLES, ROOT, SAMPLE, SNAPSHOTS
from typer.testing import CliRunner

from wat_werkt.commands.app import app
from wat_werkt.renderers.compare.markdown import cell

PMTO = str(EXAMPLES / "pmto.yaml")
FF = str(EXAMPLES / "families-first.yaml")
SCHEMA = json.loads((DOCS / "compare-report.schema.json").read_text(encoding="utf-8"))
GENERAL = [f"G{i:02d}" for i in range(1, 12)]
SPECIFIC = [f"S{i:02d}" for i in range(1, 6)]


def run(*args: str) -> tuple[int, str, str]:
    return cihelp.run("compare", *args, env={"COLUMNS": "100"})


def as_json(*args: str) -> dict[str, Any]:
    code, out, _ = run(*args, "-f", "json", "--lang", "en")
    assert code in (0, 2)
    data: dict[str, Any] = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    return data


def bad_file(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nsummary: Y\ndelivery:\n  format: grup\n", encoding="utf-8")
    return bad


# -- json ------------------------------------------------------------------------------------


def test_json_matrix_statuses_line_up_with_the_files() -> None:
    data = as_json(str(SAMPLE), PMTO, FF)
    assert [(i["file"], i["name"]) for i in data["interventions"]] == [
        (str(SAMPLE), "Voorbeeldtraining"),
        (PMTO, "PMTO (Parent Management Training Oregon)"),
        (FF, "Families First"),
    ]
    rows = {f["id"]: f["statuses"] for f in data["factors"]}
    assert list(rows) == GENERAL + SPECIFIC
    # The same statuses as `check` gives for each file on its own (see test_json_report).
    assert rows["G10"][0] == "waived" and rows["G11"][0] == "gap" and rows["G11"][1] == "strength"
    assert rows["S03"] == ["not_applicable", "not_applicable", "not_described"]
    assert rows["S02"] == ["not_applicable", "partial", "strength"]
    # Completeness apart from fit: the factors not "not described", of all 16; no status totals.
    for i, item in enumerate(data["interventions"]):
        assert "summary" not in item
        settled = sum(r[i] != "not_described" for r in rows.values())
        gaps = sum(r[i] == "gap" for r in rows.values())
        assert item["described"] == {"count": settled, "of": 16, "gap": gaps}
    assert [i["described"]["count"] for i in data["interventions"]] == [11, 10, 6]
    assert [i["described"]["gap"] for i in data["interventions"]] == [2, 0, 0]
    assert data["invalid"] == []


def test_invalid_file_is_reported_left_out_and_exits_2(tmp_path: Path) -> None:
    bad = bad_file(tmp_path)
    code, out, err = run(str(bad), str(SAMPLE), "-f", "json")
    assert code == 2
    assert err.splitlines() == [
        (
            f"{bad}:4:11: unknown value 'grup' for 'delivery.format'; allowed: group, individual, "
            "home_visiting, online (did you mean 'group'?)"
        )
    ]
    data: dict[str, Any] = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert [i["file"] for i in data["interventions"]] == [str(SAMPLE)]
    assert all(len(f["statuses"]) == 1 for f in data["factors"])
    assert data["invalid"] == [
        {
            "file": str(bad),
            "errors": [
                {
                    "message": "unknown value 'grup' for 'delivery.format'; allowed: group, "
                    "individual, home_visiting, online (did you mean 'group'?)",
                    "line": 4,
                    "column": 11,
                    "path": "delivery.format",
                }
            ],
        }
    ]


def test_gaps_do_not_fail_compare() -> None:
    # sample.yaml has a gap (G11); check exits 1 on it, compare is for reading and exits 0.
    assert CliRunner().invoke(app, ["check", str(SAMPLE)]).exit_code == 1
    assert run(str(SAMPLE))[0] == 0


def test_missing_file_and_empty_folder_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(str(tmp_path / "nope.yaml"), str(empty), str(SAMPLE), "-f", "json")
    assert code == 2
    assert err.splitlines() == [
        f"{tmp_path / 'nope.yaml'}: no such file or folder",
        f"{empty}: no .yaml or .yml files found",
    ]
    assert [i["name"] for i in json.loads(out)["interventions"]] == ["Voorbeeldtraining"]


def test_folder_is_expanded_sorted_and_hidden_folders_skipped(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("name: B\nsummary: b\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yml").write_text("name: A\nsummary: a\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.yaml").write_text("name: C\nsummary: c\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not yaml", encoding="utf-8")
    data = as_json(str(tmp_path))
    assert [i["name"] for i in data["interventions"]] == ["B", "A"]


def test_all_files_invalid_gives_an_empty_matrix(tmp_path: Path) -> None:
    code, out, _ = run(str(bad_file(tmp_path)), "--lang", "en")
    assert code == 2
    assert "No valid intervention description to compare." in out
    assert out.startswith("Left out, not valid; the first problem of each file:\n")


def test_left_out_files_come_first_with_their_first_problem_in_every_format(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(cihelp.INVALID, encoding="utf-8")  # two problems: a typo and an unknown key
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    first = (
        f"{bad}:4:11: onbekende waarde 'grup' voor 'delivery.format'; toegestaan: group, individual, "
        "home_visiting, online (bedoelt u 'group'?) (en nog 1 probleem)"
    )
    whole = f"{empty}: verwacht velden met hun waarde (name: ..., summary: ...), gevonden: een leeg bestand"
    heading = "Weggelaten, niet geldig; het eerste probleem van elk bestand:"
    args = (str(bad), str(empty), PMTO, "--lang", "nl")
    code, table, _ = cihelp.run("compare", *args, env={"COLUMNS": "400"})
    assert code == 2
    assert [line.rstrip() for line in table.splitlines()[:4]] == [heading, f"  {first}", f"  {whole}", ""]
    assert table.index(heading) < table.index("Vergelijking van 1 interventie")
    markdown = run(*args, "-f", "markdown")[1]
    assert markdown.splitlines()[2:7] == [
        f"**{heading}**",
        "",
        "- " + cell(first),
        "- " + cell(whole),
        "",
    ]
    assert markdown.index(heading) < markdown.index("| ID |")
    from test_html import parse

    page = run(*args, "-f", "html")[1]
    doc = parse(page)
    assert len(doc.find("section", "left-out")) == 1
    assert [li.text for li in doc.find("li")][:2] == [first, whole]  # before the legend's items
    assert page.index("left-out") < page.index('class="card overview"')


# -- table -----------------------------------------------------------------------------------


def test_table_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    # Relative paths: the questions name each file, and the snapshot must not name the checkout.
    monkeypatch.chdir(ROOT)
    code, out, err = run(*(str(Path(p).relative_to(ROOT)) for p in (SAMPLE, PMTO, FF)), "--lang", "en")
    assert (code, err) == (0, "")
    snapshot = SNAPSHOTS / "compare_en.txt"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8")


def test_table_rows_and_totals() -> None:
    out = run(str(SAMPLE), PMTO, "--lang", "nl")[1]
    lines = out.splitlines()
    row = {
        line.split("│")[1].strip(): [c.strip() for c in line.split("│")[3:-1]]
        for line in lines
        if line.startswith("│") and line.split("│")[1].strip()
    }
    assert row["G10"] == ["⊘", "?"] and row["G11"] == ["✘", "✔"]
    assert row["S03"] == ["–", "–"]
    # No totals that add statuses up: completeness stands apart, in the key facts.
    assert "✔" not in row and "Totaal" not in out and "Specifiek werkzame factoren" in out
    facts = {
        line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
        for line in lines
        if line.startswith("│") and len(line.split("│")) == 5
    }
    # (the "(✘)" after the first wraps to a line of its own at this width)
    assert facts["Beantwoord"] == [
        "11 van 16 factoren, waarvan 2 met nee",
        "10 van 16 factoren, geen met nee",
    ]
    assert facts["Databank-niveau"] == ["niet vermeld", "goed onderbouwd"]
    # A line of its own for each symbol; "?" says to ask the provider.
    assert "  ? niet beschreven: de beschrijving zwijgt erover: vraag het de aanbieder\n" in out
    assert "  – n.v.t.: deze vorm van ondersteuning wordt hier niet gebruikt" in out


def test_many_files_get_numbered_columns_and_a_key() -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    out = run(*files, "--lang", "en")[1]
    header = next(line for line in out.splitlines() if line.startswith("│ ID"))
    assert [c.strip() for c in header.split("│")[3:-1]] == [str(i) for i in range(1, len(files) + 1)]
    assert "  6  PMTO (Parent Management Training Oregon)  (" in out
    assert max(len(line) for line in out.splitlines()) <= 100


# -- markdown --------------------------------------------------------------------------------


def md_rows(text: str) -> list[list[str]]:
    # Split on unescaped pipes only, as GitHub does.
    import re

    return [
        [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        for line in text.splitlines()
        if line.startswith("|")
    ]


def test_markdown_table_shape() -> None:
    code, out, _ = run(str(SAMPLE), PMTO, "-f", "markdown", "--lang", "en")
    assert code == 0
    rows = md_rows(out)
    assert rows[0] == [
        "ID",
        "Factor",
        "Voorbeeldtraining",
        "PMTO (Parent Management Training Oregon)",
    ]
    assert rows[1] == [":--", ":--", ":-:", ":-:"]
    matrix = rows[
        : rows.index(["Key facts", "Voorbeeldtraining", "PMTO (Parent Management Training Oregon)"])
    ]
    assert all(len(r) == 4 for r in matrix)
    by_id = {r[0]: r[2:] for r in matrix[2:] if r[0]}
    assert by_id["G11"] == ["✘", "✔"] and by_id["S02"] == ["–", "◐"]
    assert list(by_id) == GENERAL + SPECIFIC  # no totals under the factors
    assert out.startswith("## Comparison of 2 interventions\n")
    facts = {r[0]: r[1:] for r in rows if len(r) == 3}
    assert facts["Answered"] == [
        "11 of 16 factors, 2 of them with a no (✘)",
        "10 of 16 factors, none with a no",
    ]
    assert facts["Databank level"] == ["*not stated*", "theoretically sound"]
    assert facts["Age of the child"] == ["*not stated*", "4–12 years"]
    assert facts["Contacts"] == ["6", "25"] and facts["Home visits per month"] == ["*not stated*"] * 2
    assert "- ? not described: the description is silent: ask the provider" in out.splitlines()


HOSTILE = 'name: "<script>x</script> | a\\\\b `c` *d* [e](javascript:f) &amp; \\e[31m"\nsummary: s\n'


def test_markdown_escapes_hostile_names(tmp_path: Path) -> None:
    hostile = tmp_path / "h.yaml"
    hostile.write_text(HOSTILE, encoding="utf-8")
    out = run(str(hostile), "-f", "markdown")[1]
    header = md_rows(out)[0]
    assert len(header) == 3  # the | in the name did not add a column
    assert header[2] == (
        r"&lt;script&gt;x&lt;/script&gt; \| a\\b \`c\` \*d\* \[e\](javascript:f) "
        r"&amp;amp; \\x1b\[31m"
    )
    assert "<script>" not in out and "\x1b" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", r"a\|b"),
        ("a\\|b", r"a\\\|b"),
        ("line\nbreak", "line break"),
        ("<b>&", "&lt;b&gt;&"),
        ("Opvoeden & Zo", "Opvoeden & Zo"),
        ("&amp; &copy; &#60; &#x3C;", "&amp;amp; &amp;copy; &amp;#60; &amp;#x3C;"),
        ("a && b &; & x", "a && b &; & x"),
        ("_x_ ~y~", r"\_x\_ \~y\~"),
        ("\x07bell", r"\\x07bell"),
    ],
)
def test_markdown_cell_escaping(text: str, expected: str) -> None:
    assert cell(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Opvoeden & Zo",
        "<script>alert(1)</script>",
        "<https://evil.example>",
        "&lt;b&gt; &amp; &#x3C; &copy",
        "a | b \\| c",
        "**vet** _schuin_ `code` ~~weg~~ [link](javascript:x) ![img](x)",
        "\\<b\\> \\& \\\\",
        "<!-- comment --> <?php ?> <![CDATA[x]]>",
    ],
)
def test_markdown_cells_read_back_as_the_text_written(text: str) -> None:
    # Rendered by a CommonMark parser with raw HTML allowed (as GitHub parses it before it
    # sanitises), a cell shows exactly the file's text: no tag, no link, no emphasis, no entity.
    from html import unescape

    from markdown_it import MarkdownIt

    rendered = (
        MarkdownIt("commonmark", {"html": True}).enable("table").render(f"| x |\n| --- |\n| {cell(text)} |\n")
    )
    inner = rendered.split("<td>")[1].split("</td>")[0]
    assert "<" not in inner, inner  # only text: every < the file wrote is an entity
    assert unescape(inner) == text


# -- output file -----------------------------------------------------------------------------


def test_output_writes_the_file_and_prints_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    old = os.umask(0o022)
    try:
        code, out, _ = run(str(SAMPLE), "-f", "markdown", "-o", str(target))
    finally:
        os.umask(old)
    assert (code, out) == (0, "")
    assert md_rows(target.read_text(encoding="utf-8"))[0][:2] == ["ID", "Factor"]
    # A report is for sharing: the file gets the umask's mode, not a temporary file's 0600.
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("report.html", "<!DOCTYPE html>"),
        ("REPORT.HTM", "<!DOCTYPE html>"),
        ("report.md", "## Comparison of 1 intervention"),
        ("report.markdown", "## Comparison of 1 intervention"),
        ("report.json", "{"),
        ("report.sarif.json", "{"),  # compare has no SARIF: the .json it ends in decides
        ("report.sarif", "Comparison of 1 intervention"),
        ("report.txt", "Comparison of 1 intervention"),
    ],
)
def test_the_output_file_name_decides_the_format_when_none_is_given(
    tmp_path: Path, name: str, starts: str
) -> None:
    target = tmp_path / name
    code, out, _ = run(str(SAMPLE), "-o", str(target), "--lang", "en")
    assert (code, out) == (0, "")
    text = target.read_text(encoding="utf-8")
    assert text.startswith(starts)
    if starts == "{":
        jsonschema.validate(json.loads(text), SCHEMA)


def test_an_explicit_format_wins_over_the_file_name(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    assert run(str(SAMPLE), "-f", "markdown", "-o", str(target), "--lang", "en")[0] == 0
    assert target.read_text(encoding="utf-8").startswith("## Comparison of 1 intervention")


def test_output_into_a_missing_folder_is_exit_2(tmp_path: Path) -> None:
    code, _, err = run(str(SAMPLE), "-o", str(tmp_path / "no" / "r.txt"), "--lang", "en")
    assert code == 2 and err == (
        f"{tmp_path / 'no' / 'r.txt'}: cannot be written: the folder {tmp_path / 'no'} does not exist\n"
    )


def test_docs_examples_shows_the_current_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    files = sorted(str(p.relative_to(ROOT)) for p in EXAMPLES.glob("*.yaml"))
    code, out, _ = cihelp.run(
        "compare", *files, "-f", "markdown", "--lang", "en", env={"SOURCE_DATE_EPOCH": EXAMPLES_DATE}
    )
    doc = (DOCS / "examples.md").read_text(encoding="utf-8")
    shown = doc.split("<!-- generated: begin -->\n")[1].split("<!-- generated: end -->")[0]
    # To refresh: `SOURCE_DATE_EPOCH=1767225600 watwerkt compare examples/*.yaml -f markdown
    # --lang en`, pasted between the markers (the date keeps the footer the same every day).
    assert f"SOURCE_DATE_EPOCH={EXAMPLES_DATE} watwerkt compare examples/*.yaml" in doc
    assert (code, shown) == (0, out)


EXAMPLES_DATE = "1767225600"  # 2026-01-01, the date docs/examples.md is generated with


def test_markdown_ends_with_the_date_and_the_versions() -> None:
    from wat_werkt.factorset.load import load_builtin
    from wat_werkt.renderers.report.html_page import fingerprint

    code, out, _ = cihelp.run(
        "compare", str(SAMPLE), "-f", "markdown", "--lang", "nl", env={"SOURCE_DATE_EPOCH": "1767225600"}
    )
    assert code == 0
    assert out.endswith(
        "\n\n*Rapport van 2026-01-01, gemaakt met watwerkt 0.1.0 en de factorset "
        f"opvoedingsondersteuning (vingerafdruk {fingerprint(load_builtin())})*\n"
    )
