"""JUnit XML for CI test reports (GitLab, Jenkins, Azure): one testsuite per file.

Each factor is a testcase: a `failure` when its status is at or above --fail-on, `skipped` when
it is not applicable or waived, a pass otherwise (with its status in system-out when it is worth
reading). An invalid file is a testsuite with one `error` testcase per problem. Valid against
the lenient junit-10.xsd (Jenkins xUnit), which has no place for a line, so locations go into
the messages as FILE:LINE:COL; the one addition is `file` on each testcase, where GitLab reads
the file of a test (it ignores the suite's). GitLab keys a test by its suite and name, so every
name is unique within its suite, and it shows the text of `skipped`, not its `message`, so the
reason is both.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from wat_werkt.engine.evaluate import SEVERITY, FactorResult, FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import message
from wat_werkt.problems import WHOLE_FILE, Loc
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.common import advice as advice_for
from wat_werkt.renderers.common import note, status_word
from wat_werkt.renderers.report.findings import relative
from wat_werkt.textsafe import clean, defuse_markup, one_line

# XML 1.0 cannot hold these even as references; clean() already shows the C0/C1 controls.
_NOT_XML = str.maketrans({"\ufffe": "\\ufffe", "\uffff": "\\uffff"})


def _xml(text: str) -> str:
    return clean(text).translate(_NOT_XML)


def _line(text: str) -> str:
    return one_line(text).translate(_NOT_XML)


def _where(file: str, loc: Loc) -> str:
    return file if loc == WHOLE_FILE else f"{file}:{loc.line}:{loc.column}"


def _fails(status: str, fail_on: str) -> bool:
    return fail_on != "never" and SEVERITY.get(status, 0) >= SEVERITY[fail_on]


def _factor_case(suite: ET.Element, file: str, result: FactorResult, options: RenderOptions) -> str:
    lang = options.lang
    factor = result.factor
    case = ET.SubElement(
        suite,
        "testcase",
        classname=_line(file),
        name=_line(f"{factor.id} {factor.title.get(lang)}"),
        file=_line(file),
    )
    summary = _line(f"{_where(file, result.loc)}: {status_word(result.status, lang)} — {note(result, lang)}")
    advice = _xml(f"{message('advice', lang)}: {' '.join(advice_for(result, lang))}")
    # A finding the baseline accepts fails nothing: it passes, its note says why.
    if _fails(result.status, options.fail_on) and result.baseline is None:
        failure = ET.SubElement(case, "failure", type=result.status, message=summary)
        failure.text = f"{summary}\n{advice}"
        return "failure"
    if result.status in ("not_applicable", "waived", "ignored"):
        skipped = ET.SubElement(case, "skipped", type=result.status, message=summary)
        skipped.text = summary
        return "skipped"
    if result.status != "strength":
        out = ET.SubElement(case, "system-out")
        out.text = f"{summary}\n{advice}"
    return "pass"


def _suite(result: FileResult, set_id: str, options: RenderOptions) -> tuple[ET.Element, dict[str, int]]:
    file = relative(result.file, options.cwd)
    suite = ET.Element(
        "testsuite",
        name=_line(file),
        tests="0",
        failures="0",
        errors="0",
        skipped="0",
        file=_line(file),
    )
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="factor_set", value=_line(set_id))
    if result.name:
        ET.SubElement(props, "property", name="intervention", value=_line(result.name))
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    names: dict[str, int] = {}
    for item in result.problems:
        # The name says what is wrong, as a factor's says which factor: GitLab lists the names.
        # Several problems at one place (a file without name and summary) still differ; the
        # same problem twice at one place gets " (2)": GitLab would show only the last of two
        # tests with one name.
        name = _line(f"{item.where(options.lang)}: {item.text(options.lang)}")
        names[name] = names.get(name, 0) + 1
        if names[name] > 1:
            name += f" ({names[name]})"
        case = ET.SubElement(suite, "testcase", classname=_line(file), name=name, file=_line(file))
        text = _line(f"{_where(file, item.loc)}: {item.text(options.lang)}")
        error = ET.SubElement(case, "error", type=item.code, message=text)
        error.text = text
        counts["tests"] += 1
        counts["errors"] += 1
    for factor_result in result.factors:
        outcome = _factor_case(suite, file, factor_result, options)
        counts["tests"] += 1
        if outcome == "failure":
            counts["failures"] += 1
        elif outcome == "skipped":
            counts["skipped"] += 1
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite, counts


class JunitReport(Reporter):
    """A testsuite per file, written as it comes and kept in a spool, under the root element,
    whose totals need every file."""

    undecodable = "text"  # a file name that is not UTF-8: Reporter.undecodable

    deferred = True
    parallel = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._totals = {"tests": 0, "failures": 0, "errors": 0}
        self._files = 0

    def part(self, result: FileResult) -> Part:
        suite, counts = _suite(result, self.factor_set.id, self.options)
        # Indented as it sits in the report: a member of the root, one level deep.
        ET.indent(suite, space="  ", level=1)
        return Part("\n  " + _log_safe(ET.tostring(suite, encoding="unicode")), counts)

    def add(self, data: Any) -> None:
        for key in self._totals:
            self._totals[key] += data[key]
        self._files += 1

    def lead(self, digest: str) -> str:
        attributes = {"name": "watwerkt", **{key: str(value) for key, value in self._totals.items()}}
        root: str = ET.tostring(ET.Element("testsuites", attributes), encoding="unicode")
        if self._files:
            root = root.removesuffix(" />") + ">"  # the start tag: the suites follow
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + root

    def tail(self) -> str:
        return "\n</testsuites>\n" if self._files else "\n"


def render(report: Report, options: RenderOptions) -> str:
    return whole(JunitReport(report.factor_set, options), report.results)


def _log_safe(xml: str) -> str:
    """The same XML with no line a CI runner would take for a command: `##[`, `##vso[` anywhere
    or `::` at a line start (only possible inside text) become character references."""
    return defuse_markup(xml)
