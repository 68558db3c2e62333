"""JUnit XML for CI test reports (GitLab, Jenkins, Azure): one testsuite per file.

Each factor is a testcase: a `failure` when its status is at or above --fail-on, `skipped` when
it is not applicable or waived, a pass otherwise (with its status in system-out when it is worth
reading). An invalid file is a testsuite with one `error` testcase per problem. Valid against
the lenient junit-10.xsd (Jenkins xUnit), which has no place for a line, so locations go into
the messages as FILE:LINE:COL.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wat_werkt.engine.evaluate import SEVERITY, FactorResult, FileResult, Report
from wat_werkt.messages import message
from wat_werkt.problems import WHOLE_FILE, Loc
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import advice as advice_for
from wat_werkt.renderers.common import note, status_word
from wat_werkt.renderers.report.findings import relative
from wat_werkt.textsafe import clean, one_line

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
    )
    summary = _line(
        f"{_where(file, result.loc)}: {status_word(result.status, lang)} — {note(result, lang)}"
    )
    advice = _xml(f"{message('advice', lang)}: {' '.join(advice_for(result, lang))}")
    if _fails(result.status, options.fail_on):
        failure = ET.SubElement(case, "failure", type=result.status, message=summary)
        failure.text = f"{summary}\n{advice}"
        return "failure"
    if result.status in ("not_applicable", "waived"):
        ET.SubElement(case, "skipped", type=result.status, message=summary)
        return "skipped"
    if result.status != "strength":
        out = ET.SubElement(case, "system-out")
        out.text = f"{summary}\n{advice}"
    return "pass"


def _suite(
    root: ET.Element, result: FileResult, set_id: str, options: RenderOptions
) -> dict[str, int]:
    file = relative(result.file, options.cwd)
    suite = ET.SubElement(
        root,
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
    for item in result.problems:
        where = item.where(options.lang)
        case = ET.SubElement(suite, "testcase", classname=_line(file), name=_line(where))
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
    return counts


def render(report: Report, options: RenderOptions) -> str:
    root = ET.Element("testsuites", name="watwerkt", tests="0", failures="0", errors="0")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in report.results:
        counts = _suite(root, result, report.factor_set.id, options)
        for key in totals:
            totals[key] += counts[key]
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _log_safe(text) + "\n"


_LINE_COMMAND = re.compile(r"^(\s*)::", re.MULTILINE)


def _log_safe(xml: str) -> str:
    """The same XML with no line a CI runner would take for a workflow command: `##[` anywhere
    or `::` at a line start (only possible inside text) become character references."""
    return _LINE_COMMAND.sub(r"\1&#58;:", xml).replace("##[", "##&#91;")
