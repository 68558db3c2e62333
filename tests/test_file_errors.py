"""A problem with a file as a whole is reported at the file, `FILE: message`, never at a
made-up 1:1, the same way in every format (docs/contract.md section 7); a file saved as UTF-16
or Latin-1 is told to save it as UTF-8, in Dutch and English."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import cihelp
import jsonschema
import pytest
from conftest import DOCS, SCHEMAS

SARIF_SCHEMA = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
DESCRIPTION = "name: Café de Ouder\nsummary: Oudercursus “Samen” voor ouders van peuters.\n"


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "leeg.yaml").write_text("", encoding="utf-8")
    (tmp_path / "utf16.yaml").write_bytes(DESCRIPTION.encode("utf-16"))  # with a byte-order mark
    (tmp_path / "utf16le.yaml").write_bytes(DESCRIPTION.encode("utf-16-le"))  # without one
    (tmp_path / "latin1.yaml").write_bytes(DESCRIPTION.encode("cp1252"))
    (tmp_path / "binary.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return {"missing": "weg.yaml", "empty": "leeg.yaml"}


def test_whole_file_problems_name_the_file_and_no_line(files: dict[str, str]) -> None:
    code, _, err = cihelp.run("check", "weg.yaml", "leeg.yaml", "binary.yaml", "-f", "json", "--lang", "en")
    assert code == 2
    assert err.splitlines() == [
        "weg.yaml: no such file or folder",
        "leeg.yaml: expected a mapping of keys (name: ..., summary: ...), found an empty file",
        "binary.yaml: file contains binary data (NUL byte), not YAML text",
    ]
    code, _, err = cihelp.run("check", "weg.yaml", "-f", "json", "--lang", "nl")
    assert (code, err) == (2, "weg.yaml: bestand of map bestaat niet\n")


def test_json_gives_null_line_and_column(files: dict[str, str]) -> None:
    _, out, _ = cihelp.run("check", "weg.yaml", "-f", "json")
    data = json.loads(out)
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)
    assert data["results"][0]["errors"] == [
        {"message": "no such file or folder", "line": None, "column": None, "path": ""}
    ]


def test_sarif_has_no_region(files: dict[str, str]) -> None:
    _, out, _ = cihelp.run("check", "weg.yaml", "-f", "sarif")
    data = json.loads(out)
    jsonschema.validate(data, SARIF_SCHEMA)
    (result,) = data["runs"][0]["results"]
    location = {"uri": "weg.yaml", "uriBaseId": "%SRCROOT%"}
    assert result["locations"] == [{"physicalLocation": {"artifactLocation": location}}]


def test_github_annotates_the_file(files: dict[str, str]) -> None:
    _, out, _ = cihelp.run("check", "weg.yaml", "-f", "github")
    assert "::error file=weg.yaml,title=Invalid intervention file::no such file or folder" in out.splitlines()


@pytest.mark.parametrize(("lang", "where"), [("en", "the whole file"), ("nl", "het hele bestand")])
def test_junit_and_markdown_say_the_whole_file(files: dict[str, str], lang: str, where: str) -> None:
    _, out, _ = cihelp.run("check", "weg.yaml", "-f", "junit", "--lang", lang)
    case = ET.fromstring(out).find("testsuite/testcase")
    assert case is not None and case.get("name", "").startswith(f"{where}: ")
    error = case.find("error")
    assert error is not None and error.get("message", "").startswith("weg.yaml: ")
    _, out, _ = cihelp.run("check", "weg.yaml", "-f", "markdown", "--lang", lang)
    assert f"- {where}: " in out


def test_a_report_file_lists_it_without_a_location(files: dict[str, str]) -> None:
    assert cihelp.run("check", "weg.yaml", "-f", "table", "-o", "rapport.txt")[0] == 2
    assert "  no such file or folder" in Path("rapport.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        (
            "utf16.yaml",
            "en",
            "utf16.yaml: file is UTF-16 text, not UTF-8; save it as UTF-8 (in most editors: Save as, "
            "with the encoding UTF-8)",
        ),
        (
            "utf16.yaml",
            "nl",
            "utf16.yaml: bestand is UTF-16-tekst, geen UTF-8; sla het op als UTF-8 (in de meeste "
            "editors: Opslaan als, met de codering UTF-8)",
        ),
        (
            "utf16le.yaml",
            "en",
            "utf16le.yaml: file is UTF-16 text, not UTF-8; save it as UTF-8 (in most editors: "
            "Save as, with the encoding UTF-8)",
        ),
        (
            "latin1.yaml",
            "en",
            "latin1.yaml:1:10: file is not UTF-8 but most likely Latin-1 or Windows-1252 ('é' is "
            "byte 9); save it as UTF-8 (in most editors: Save as, with the encoding UTF-8)",
        ),
        (
            "latin1.yaml",
            "nl",
            "latin1.yaml:1:10: bestand is geen UTF-8 maar waarschijnlijk Latin-1 of Windows-1252 "
            "('é' is byte 9); sla het op als UTF-8 (in de meeste editors: Opslaan als, met de "
            "codering UTF-8)",
        ),
    ],
)
def test_other_encodings_are_told_to_save_as_utf8(
    files: dict[str, str], name: str, lang: str, expected: str
) -> None:
    code, _, err = cihelp.run("check", name, "-f", "json", "--lang", lang)
    assert (code, err) == (2, expected + "\n")


def test_saved_as_utf8_it_passes(files: dict[str, str]) -> None:
    for name in ("utf16.yaml", "latin1.yaml"):
        raw = Path(name).read_bytes()
        text = raw.decode("utf-16" if name.startswith("utf16") else "cp1252")
        Path(name).write_text(text, encoding="utf-8")
        assert cihelp.run("check", name, "-f", "json", "--fail-on", "never")[0] == 0
