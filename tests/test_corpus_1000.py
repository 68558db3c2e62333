"""The CI formats and options on the 1,000-file corpus of bench/ (bench/generate.py, as
bench/run.py makes it): what a databank keeper runs in CI, at the size that showed the problems
(a step summary over 1 MiB, annotations beyond GitHub's 10, a baseline of thousands of lines).

Each run checks 1,000 files, so the module is slow; the corpus is made once, in a temporary
folder that is a git checkout's top (so SARIF and GitLab paths are relative to it).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cihelp import run
from conftest import DOCS, ROOT, SCHEMAS

pytestmark = pytest.mark.slow

COUNT = 1000
ENV = {"WATWERKT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "COLUMNS": "120"}


@pytest.fixture(scope="module")
def databank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import generate  # bench/ is no package: found through sys.path, as bench/run.py does
    finally:
        sys.path.remove(str(ROOT / "bench"))
    top = tmp_path_factory.mktemp("databank")
    (top / ".git").mkdir()
    generate(COUNT, top / "interventions")
    return top


@pytest.fixture
def at_top(databank: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(databank)
    return databank


def check(*args: str, code: int | None = 1, env: dict[str, str] | None = None) -> tuple[str, str]:
    got, out, err = run("check", "interventions", "--lang", "en", *args, env={**ENV, **(env or {})})
    if code is not None:
        assert got == code, err[-2000:]
    return out, err


def test_markdown_stays_under_one_mebibyte_and_names_every_file(at_top: Path) -> None:
    out, _ = check("-f", "markdown")
    size = len(out.encode("utf-8"))
    assert size <= 1_000_000 < 1024 * 1024
    head, lines = out.split("\n### One line a file\n\n", 1)
    tables = head.count("\n### ")
    assert 0 < tables < COUNT
    assert (
        f"**Shortened:** The whole report would be larger than GitHub shows in a step summary (1 MiB). "
        f"{COUNT - tables} of the {COUNT} files have one line each instead of a table" in head
    )
    assert len(lines.splitlines()) == COUNT - tables
    files = sorted(p.relative_to(at_top).as_posix() for p in (at_top / "interventions").glob("*.yaml"))
    # The files whose table says most keep it: those that could not be checked, then by their
    # worst finding (a gap first), each in input order; the tables and the one-line list are
    # each in input order.
    severity = {"partial": 1, "not_described": 2, "gap": 3}
    worth = {
        r["file"]: 4
        if not r["valid"]
        else max((severity.get(f["status"], 0) for f in r["factors"]), default=0)
        for r in json.loads(check("-f", "json")[0])["results"]
    }
    assert sorted(Counter(worth.values())) != [3]  # the corpus has files of more than one worth
    kept = sorted(sorted(files, key=lambda name: (-worth[name], name))[:tables])
    headings = [line for line in head.splitlines() if line.startswith("### ")]
    assert [line.rsplit(" (", 1)[1].rstrip(")") for line in headings] == kept
    shortened = [line.split("** (", 1)[1].split("):", 1)[0] for line in lines.splitlines()]
    assert shortened == [name for name in files if name not in set(kept)]
    assert min(worth[name] for name in kept) >= max(worth[name] for name in shortened)
    # Written to a file of its own, the report is whole; to the step summary, it is not.
    check("-f", "markdown", "-o", "whole.md", "-q")
    assert (at_top / "whole.md").stat().st_size > 2 * 1024 * 1024
    check("-f", "markdown", "-o", "summary.md", "-q", env={"GITHUB_STEP_SUMMARY": str(at_top / "summary.md")})
    assert (at_top / "summary.md").read_text(encoding="utf-8") == out


def test_gitlab_code_quality(at_top: Path) -> None:
    out, _ = check("-f", "gitlab")
    data: list[dict[str, Any]] = json.loads(out)
    jsonschema.validate(data, json.loads((DOCS / "codequality.schema.json").read_text(encoding="utf-8")))
    prints = [issue["fingerprint"] for issue in data]
    assert len(set(prints)) == len(prints) > 10_000
    assert {i["severity"] for i in data} == {"major", "minor", "info"}
    assert all(i["location"]["path"].startswith("interventions/") for i in data)
    concise = check("-f", "concise")[0].splitlines()
    assert len(concise) - 1 == len(data)  # one line per finding, then the total


def test_concise_and_quiet(at_top: Path) -> None:
    lines, _ = check("-f", "concise")
    *findings, total = lines.splitlines()
    counts = Counter(line.split(" ")[2].rstrip(":") for line in findings)
    assert total == (
        f"{len(findings)} findings in {COUNT} files: {counts['gap']} gap, {counts['not_described']} not "
        f"described, {counts['partial']} partial, {counts['unused_waiver']} unused waivers"
    )
    quiet, err = check("-q")
    assert err == "" and quiet.splitlines() == [line for line in findings if " gap: " in line]


def test_github_says_how_many_annotations_are_not_shown(at_top: Path) -> None:
    out, _ = check("-f", "github")
    commands = [line for line in out.split("::stop-commands::", 1)[0].splitlines()]
    levels = Counter(line.split(" ", 1)[0] for line in commands[1:])
    first = commands[0]
    assert first.startswith("::notice title=More findings than annotations::")
    assert (
        f"not shown here: {levels['::error'] - 10} errors, {levels['::warning'] - 10} warnings and "
        f"{levels['::notice'] - 9} notices." in first
    )


def test_junit_names_are_unique_and_every_case_has_its_file(at_top: Path) -> None:
    import xmlschema

    xsd = (SCHEMAS / "junit-10.xsd").read_text(encoding="utf-8")
    anchor = '<xs:attribute name="group" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">'
    out, _ = check("-f", "junit")
    xmlschema.XMLSchema(
        xsd.replace(anchor, '<xs:attribute name="file" type="xs:string"/>\n' + anchor)
    ).validate(out)
    suites = ET.fromstring(out).findall("testsuite")
    assert len(suites) == COUNT
    for suite in suites:
        cases = suite.findall("testcase")
        assert len({c.get("name") for c in cases}) == len(cases) == 16
        assert {c.get("file") for c in cases} == {suite.get("file")}
        assert all(s.text == s.get("message") for s in suite.iter("skipped"))


def test_sarif_from_another_working_folder(at_top: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    top = json.loads(check("-f", "sarif")[0])
    jsonschema.validate(top, schema, cls=jsonschema.Draft4Validator)
    monkeypatch.chdir(at_top / "interventions")
    _, inside, _ = run("check", ".", "-f", "sarif", "--lang", "en", env=ENV)

    def keyed(data: dict[str, Any]) -> dict[tuple[str, str], str]:
        return {
            (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]): r[
                "partialFingerprints"
            ]["watwerkt/v2"]
            for r in data["runs"][0]["results"]
        }

    assert keyed(json.loads(inside)) == keyed(top)
    assert all(not r["message"]["text"].startswith(r["ruleId"]) for r in top["runs"][0]["results"])


def test_adopting_with_a_baseline(at_top: Path) -> None:
    out, err = check("--write-baseline", ".watwerkt-baseline", code=0)
    assert err == "" and out.startswith("baseline written to .watwerkt-baseline: ")
    text = (at_top / ".watwerkt-baseline").read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if line.startswith("    ")]
    assert len(entries) > 10_000 and text.count("\n  interventions/") == COUNT
    # Against it nothing fails and nothing is said, whatever --fail-on says.
    out, err = check("--baseline", ".watwerkt-baseline", "--fail-on", "partial", "-q", code=0)
    assert (out, err) == ("", "")
    # Only notes are left: an unused waiver is no finding a baseline records (it never fails).
    left = json.loads(check("--baseline", ".watwerkt-baseline", "-f", "gitlab", code=0)[0])
    assert {(i["check_name"], i["severity"]) for i in left} == {("WW001", "info")}


def test_statistics_add_up(at_top: Path) -> None:
    data = json.loads(check("--statistics", "-f", "json")[0])
    jsonschema.validate(data, json.loads((DOCS / "statistics.schema.json").read_text(encoding="utf-8")))
    assert data["files"] == COUNT and len(data["factors"]) == 16
    assert all(sum(f["counts"].values()) == COUNT for f in data["factors"])
    missing = [f["missing"] for f in data["factors"]]
    assert missing == sorted(missing, reverse=True) and missing[0] > COUNT // 2


def test_show_files(at_top: Path) -> None:
    out, _ = check("--show-files", code=0)
    assert out.splitlines() == sorted(
        p.relative_to(at_top).as_posix() for p in (at_top / "interventions").glob("*.yaml")
    )
