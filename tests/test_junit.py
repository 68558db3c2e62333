"""JUnit XML: valid against junit-10.xsd (with GitLab's `file` on testcases), one suite per
file, failures per --fail-on."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema
from cihelp import INVALID, UNUSED_WAIVER, run, write
from conftest import SAMPLE, SCHEMAS

from wat_werkt.factorset.load import FactorSet

# The Jenkins schema (tests/schemas/, unedited) with one attribute added: `file` on a testcase,
# which GitLab reads (and pytest's xunit1 writes). Everything else is held to the schema as it is.
_TESTCASE_ATTRIBUTES = '<xs:attribute name="group" type="xs:string"/>\n        </xs:complexType>\n    </xs:element>\n\n    <xs:element name="testsuite">'
_XSD_TEXT = (SCHEMAS / "junit-10.xsd").read_text(encoding="utf-8")
assert _XSD_TEXT.count(_TESTCASE_ATTRIBUTES) == 1
XSD = xmlschema.XMLSchema(
    _XSD_TEXT.replace(
        _TESTCASE_ATTRIBUTES,
        '<xs:attribute name="file" type="xs:string"/>\n            ' + _TESTCASE_ATTRIBUTES,
    )
)


def junit(*args: str) -> ET.Element:
    code, out, _ = run("check", *args, "-f", "junit", "--lang", "en")
    assert code in (0, 1, 2)
    XSD.validate(out)
    return ET.fromstring(out)


def cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name", "").split(" ")[0]: case for case in suite.iter("testcase")}


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(tmp_path, "invalid.yaml", INVALID)
    write(tmp_path, "unused.yaml", UNUSED_WAIVER)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_suite_per_file_one_case_per_factor(work: Path) -> None:
    root = junit(".")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["invalid.yaml", "sample.yaml", "unused.yaml"]
    sample = suites[1]
    assert len(cases(sample)) == 16 and sample.get("tests") == "16"
    assert sample.get("failures") == "2" and sample.get("skipped") == "4"  # G05, G11; 3 n/a + 1 waived
    totals = [sum(int(s.get(k, "0")) for s in suites) for k in ("tests", "failures", "errors")]
    assert totals == [int(root.get(k, "")) for k in ("tests", "failures", "errors")]


def test_failure_for_gap_with_location(work: Path) -> None:
    g11 = cases(junit("sample.yaml").find("testsuite"))["G11"]  # type: ignore[arg-type]
    failure = g11.find("failure")
    assert failure is not None and failure.get("type") == "gap"
    assert failure.get("message", "").startswith("sample.yaml:26:13: gap — practitioners.training")
    # The advice of each criterion that is not met: training (contradicted: what to do), then
    # supervision and staffing (not described: the question to answer).
    assert (
        "Advice: Describe the education or training practitioners receive. "
        "Describe the answer to the question “How are practitioners supervised during delivery?” "
        "Describe the answer to the question “How do you keep staff turnover low?”"
    ) in (failure.text or "")


def test_skipped_for_not_applicable_and_waived(work: Path) -> None:
    sample = cases(junit("sample.yaml").find("testsuite"))  # type: ignore[arg-type]
    skipped = {k: s for k, c in sample.items() if (s := c.find("skipped")) is not None}
    assert {k: s.get("type") for k, s in skipped.items()} == {
        "G10": "waived",
        "S02": "not_applicable",
        "S03": "not_applicable",
        "S05": "not_applicable",
    }
    # GitLab shows the element's text, Jenkins its message: the reason is both.
    assert all(s.text == s.get("message") and s.text for s in skipped.values())
    assert skipped["G10"].text == (
        "sample.yaml:28:5: waived — waived: Werving loopt via het consultatiebureau, buiten deze interventie"
    )
    unused = cases(junit("unused.yaml").find("testsuite"))  # type: ignore[arg-type]
    note = unused["G01"].find("skipped")
    assert note is not None and "waiver for G01 is unused" in note.get("message", "")
    assert note.text == note.get("message")


def test_every_testcase_names_its_file_and_names_are_unique(work: Path) -> None:
    write(work, "sub/nothing.yaml", "foo: 1\n")  # three problems, all at line 1, column 1
    root = junit(".")
    for suite in root.iter("testsuite"):
        cases_ = suite.findall("testcase")
        assert {case.get("file") for case in cases_} == {suite.get("file")}
        names = [case.get("name") for case in cases_]
        assert len(names) == len(set(names)), names
    suite = next(s for s in root.iter("testsuite") if s.get("name") == "sub/nothing.yaml")
    assert [case.get("name") for case in suite.iter("testcase")] == [
        "line 1, column 1: missing required key 'name'",
        "line 1, column 1: missing required key 'summary'",
        "line 1, column 1: unknown key 'foo'",
    ]


def test_the_same_problem_twice_at_one_place_gets_a_number(builtin: FactorSet) -> None:
    from wat_werkt.engine.evaluate import FileResult, Report
    from wat_werkt.problems import Loc, problem
    from wat_werkt.renderers import RenderOptions
    from wat_werkt.renderers.report.junit import render

    twice = problem(Loc(2, 3), "unknown_key", key="x")
    out = render(Report(builtin, (FileResult("a.yaml", None, (twice, twice)),)), RenderOptions())
    XSD.validate(out)
    names = [case.get("name") for case in ET.fromstring(out).iter("testcase")]
    assert names == ["line 2, column 3: unknown key 'x'", "line 2, column 3: unknown key 'x' (2)"]


@pytest.mark.parametrize(
    ("fail_on", "failures"), [("gap", 2), ("not_described", 7), ("partial", 9), ("never", 0)]
)
def test_failures_follow_fail_on(work: Path, fail_on: str, failures: int) -> None:
    suite = junit("sample.yaml", "--fail-on", fail_on).find("testsuite")
    assert suite is not None and suite.get("failures") == str(failures)
    assert len(suite.findall("testcase/failure")) == failures


def test_invalid_file_is_an_error_per_problem(work: Path) -> None:
    suite = junit("invalid.yaml").find("testsuite")
    assert suite is not None and suite.get("errors") == "2" and suite.get("tests") == "2"
    errors = suite.findall("testcase/error")
    assert [e.get("message") for e in errors] == [
        (
            "invalid.yaml:4:11: unknown value 'grup' for 'delivery.format'; allowed: group, "
            "individual, home_visiting, online (did you mean 'group'?)"
        ),
        "invalid.yaml:5:1: unknown key 'foo'",
    ]


def test_control_characters_and_non_characters_stay_valid_xml(work: Path) -> None:
    write(work, "odd.yaml", 'name: "A\\x01B\\uFFFE <&>"\nsummary: "\\e[31mrood ]]> \\x7f"\n')
    suite = junit("odd.yaml").find("testsuite")
    assert suite is not None
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props["intervention"] == "A\\x01B\\ufffe <&>"
