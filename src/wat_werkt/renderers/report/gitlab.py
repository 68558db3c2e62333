"""GitLab Code Quality: a JSON array of issues, for `artifacts: reports: codequality:`.

GitLab reads `description`, `check_name`, `fingerprint`, `severity` and `location.path` with
`location.lines.begin` (docs/codequality.schema.json is what we write, and what the tests hold
the report to). Severity follows the status: a file that could not be checked `blocker`, `gap`
`major`, `not_described` `minor`, `partial` and an unused waiver `info`.

GitLab compares a merge request's issues with its target branch's by fingerprint, so a
fingerprint is unique within a report and never holds a line number: the file (relative to
the repository's root, as `location.path`), the factor and the part that decided its status,
as SARIF's (findings.fingerprint). Paths are relative to the root (RenderOptions.root), which
GitLab resolves against the repository whatever the job's working folder.

The array is written file by file: each file's issues go to the spool as they come, with a
comma between files that have any (the deferred separator), so a report of any size is never
held in memory. The output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import message
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.report.findings import (
    INVALID_FILE,
    UNUSED_WAIVER,
    Finding,
    file_findings,
    fingerprint,
)
from wat_werkt.textsafe import defuse_json

SEVERITIES = {"gap": "major", "not_described": "minor", "partial": "info"}
_ITEM = "\n  "  # an issue's lines sit one level deep, in the array


def severity(found: Finding) -> str:
    if found.rule == INVALID_FILE:
        return "blocker"
    if found.rule == UNUSED_WAIVER:
        return "info"
    return SEVERITIES[found.status]


def issue(found: Finding, lang: str) -> dict[str, Any]:
    # GitLab's merge-request widget shows the description alone: it names the factor by id and
    # title, says what was found and what to do.
    named = found.title if found.rule in (INVALID_FILE, UNUSED_WAIVER) else f"{found.rule} {found.headline}"
    text = f"{named}: {found.text}"
    if found.advice:
        text += f". {message('advice', lang)}: {found.advice}"
    return {
        "description": text,
        "check_name": found.rule,
        # One recipe for every issue, hex only: a problem's fingerprint holds its occurrence.
        "fingerprint": fingerprint("gitlab", found.fingerprint),
        "severity": severity(found),
        # GitLab needs a line: a problem with the whole file (missing, not UTF-8) is at line 1.
        "location": {"path": found.file, "lines": {"begin": max(found.loc.line, 1)}},
    }


class GitlabReport(Reporter):
    """`[`, each file's issues as they come, `]`."""

    undecodable = "json"  # a file name that is not UTF-8: Reporter.undecodable

    deferred = True  # only for the separator between files that have issues (see above)
    parallel = True
    separator = ","

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._issues = 0

    def part(self, result: FileResult) -> Part:
        found = file_findings(result, self.options, self.options.root)
        found.sort(key=lambda item: (item.loc.line, item.loc.column, item.rule))
        items = [
            # "##[" and C1 controls are \u escapes: the same data (textsafe.defuse_json).
            _ITEM
            + defuse_json(json.dumps(issue(item, self.options.lang), ensure_ascii=False, indent=2)).replace(
                "\n", _ITEM
            )
            for item in found
        ]
        return Part(",".join(items), len(items))

    def add(self, data: Any) -> None:
        self._issues += data

    def lead(self, digest: str) -> str:
        return "["

    def tail(self) -> str:
        return "\n]\n" if self._issues else "]\n"


def render(report: Report, options: RenderOptions) -> str:
    return whole(GitlabReport(report.factor_set, options), report.results)
