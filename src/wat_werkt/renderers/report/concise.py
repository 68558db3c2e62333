"""One line per finding, as compilers and linters write them: `FILE:LINE:COL: ID status: title`.

For a terminal, an editor's quickfix list and a pre-commit hook, where a table per file is
too much to read. The status is the English id (`gap`, `not_described`, `partial`), as in every
machine format, so that a line can be searched for in any language; the title follows --lang.
A file that could not be checked is `WW000 invalid: MESSAGE` per problem, an unused waiver
`WW001 unused_waiver: ...`. A file's lines are sorted by line and column; the files keep the
order of the input.

With `quiet` (-q): only what fails the run, the findings at or above --fail-on (and the problems
of a file that could not be checked, when they are not on stderr already), and no total. Without
it, a last line adds the findings up.
"""

from __future__ import annotations

from typing import Any

from wat_werkt.engine.evaluate import SEVERITY, FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.problems import WHOLE_FILE
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.common import status_word
from wat_werkt.renderers.report.findings import INVALID_FILE, UNUSED_WAIVER, Finding, fails, file_findings
from wat_werkt.textsafe import defuse_commands, one_line

# What follows the rule id on a line that is not about a factor's status.
TAGS = {INVALID_FILE: "invalid", UNUSED_WAIVER: "unused_waiver"}


def line(found: Finding) -> str:
    where = found.file if found.loc == WHOLE_FILE else f"{found.file}:{found.loc.line}:{found.loc.column}"
    if found.rule in TAGS:
        return f"{where}: {found.rule} {TAGS[found.rule]}: {found.text}"
    return f"{where}: {found.rule} {found.status}: {found.subject}"


def lines(result: FileResult, options: RenderOptions) -> list[str]:
    """One file's lines, in the order of their place in the file."""
    shown = [
        found
        for found in file_findings(result, options)
        if (found.rule != INVALID_FILE or options.list_problems)
        and (not options.quiet or fails(found, options.fail_on))
    ]
    shown.sort(key=lambda found: (found.loc.line, found.loc.column, found.rule))
    # One line each, whatever the file and its factor set say; none of them reads as a CI
    # command (a file named '::error::x.yaml' starts its lines).
    return [defuse_commands(one_line(line(found))) for found in shown]


class ConciseReport(Reporter):
    """A file's lines as it comes; then, unless quiet, the total."""

    parallel = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._counts: dict[str, int] = {}
        self._files = 0
        self._invalid = 0

    def part(self, result: FileResult) -> Part:
        shown = lines(result, self.options)
        counts: dict[str, int] = {}
        for factor in result.factors:
            if factor.unused_waiver:
                counts[UNUSED_WAIVER] = counts.get(UNUSED_WAIVER, 0) + 1
            elif factor.baseline is not None:
                counts["baseline"] = counts.get("baseline", 0) + 1
            elif factor.status in SEVERITY:
                counts[factor.status] = counts.get(factor.status, 0) + 1
        return Part("".join(text + "\n" for text in shown), [counts, result.valid])

    def add(self, data: Any) -> None:
        counts, valid = data
        for key, count in counts.items():
            self._counts[key] = self._counts.get(key, 0) + count
        self._files += 1
        self._invalid += not valid

    def lead(self, digest: str) -> str:
        if self.options.quiet or not self._files:
            return ""
        return total(self._counts, self._files, self._invalid, self.options.lang) + "\n"


def total(counts: dict[str, int], files: int, invalid: int, lang: str) -> str:
    """`12 findings in 3 files: 2 gap, 8 not described, 2 partial; 1 not checked`."""
    statuses = [s for s in ("gap", "not_described", "partial") if counts.get(s)]
    found = sum(counts.get(s, 0) for s in statuses) + counts.get(UNUSED_WAIVER, 0)
    text = counted("concise_findings", lang, found) + " " + counted("concise_in_files", lang, files)
    parts = [f"{counts[s]} {status_word(s, lang)}" for s in statuses]
    if counts.get(UNUSED_WAIVER):
        parts.append(counted("concise_unused_waivers", lang, counts[UNUSED_WAIVER]))
    if parts:
        text += ": " + ", ".join(parts)
    if invalid:
        text += "; " + message("run_not_checked", lang, count=invalid)
    if counts.get("baseline"):
        text += "; " + counted("concise_in_baseline", lang, counts["baseline"])
    return text


def render(report: Report, options: RenderOptions) -> str:
    return whole(ConciseReport(report.factor_set, options), report.results)
