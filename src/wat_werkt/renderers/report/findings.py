"""Findings for CI formats: each status worth a CI message, each invalid-file problem and each
unused waiver as one located, levelled record, sorted the same way for SARIF and GitHub.

Levels follow docs/contract.md section 2: gap -> error, not_described -> warning, partial -> note;
strength, not_applicable and waived give no finding (a waived factor never fails CI).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path, PurePath, PureWindowsPath
from typing import NamedTuple

from wat_werkt.engine.evaluate import SEVERITY, FactorResult, FileResult, Report
from wat_werkt.messages import message
from wat_werkt.problems import Loc, Problem
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import advice, note, status_word
from wat_werkt.run.discovery import STDIN_NAME
from wat_werkt.textsafe import one_line

LEVELS = {"gap": "error", "not_described": "warning", "partial": "note"}
LEVEL_ORDER = {"error": 0, "warning": 1, "note": 2}
INVALID_FILE = "WW000"
UNUSED_WAIVER = "WW001"
# Message parameters that hold a place in the file (a line, a byte offset): a line added above
# would change them, so a fingerprint leaves them out.
LINE_PARAMS = frozenset({"first", "start", "line", "offset"})


class Finding(NamedTuple):
    file: str  # the path reports show: relative to the working folder when given one
    loc: Loc
    level: str  # error | warning | note
    rule: str  # a factor id, or INVALID_FILE / UNUSED_WAIVER
    title: str  # one line
    text: str  # what was found, one line
    advice: str  # what to do, one line ("" when there is nothing to add)
    fingerprint: str
    # The title without the rule id ("Aimed at empowerment (gap)"), for a message shown beside
    # its rule id: a tool that puts the id in front of the message would otherwise show it twice.
    headline: str = ""
    status: str = ""  # the factor's status; "" for an invalid file
    subject: str = ""  # the factor's title, one line; "" for an invalid file

    @property
    def sort_key(self) -> tuple[int, bool, str, int, int, str]:
        # Files that could not be checked (exit 2) before the factor findings of the same level:
        # GitHub shows only the first 10 annotations of each level.
        return (
            LEVEL_ORDER[self.level],
            self.rule != INVALID_FILE,
            self.file,
            self.loc.line,
            self.loc.column,
            self.rule,
        )


def relative(file: str, cwd: str | None, base: str | None = None) -> str:
    """A report path (relative to the working folder `cwd`, or absolute) relative to `base`
    (default: `cwd`), with forward slashes, as code scanning wants it. A file outside `base`
    (the repository's root) is named by its absolute path: `../../../work/a.yaml` would name
    a file inside the repository to code scanning and GitLab, which resolve paths against it
    (docs/ci.md, Files outside the repository)."""
    if cwd is None or file == STDIN_NAME:
        return file
    path = Path(file)
    absolute = path if path.is_absolute() else Path(cwd) / path
    try:
        rel = PurePath(os.path.relpath(absolute, base or cwd)).as_posix()
    except ValueError:  # another drive on Windows
        return PurePath(os.path.normpath(absolute)).as_posix()
    if base is not None and (rel == ".." or rel.startswith("../")):
        return PurePath(os.path.normpath(absolute)).as_posix()
    return rel


def outside(file: str) -> bool:
    """Whether a path from `relative(file, cwd, root)` names a file outside the root."""
    return PurePath(file).is_absolute() or PureWindowsPath(file).is_absolute()


def fingerprint(*parts: str) -> str:
    """A stable hash of what identifies a finding: never a line number, so inserting a line
    above it keeps the alert the same one."""
    # surrogatepass: a file name that is not UTF-8 (a lone surrogate) must not stop the report.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def deciding(result: FactorResult) -> str:
    """Which part decided the status: the applies_when condition or a criterion and its path."""
    if result.applies is not None and result.applies.value != "met":
        return f"applies_when:{result.applies.path}"
    wanted = {"strength": ("met",), "gap": ("unmet",), "partial": ("unmet", "unknown")}.get(
        result.status, ("unknown",)
    )
    for value in wanted:
        for crit in result.criteria:
            # Only what decides the status identifies the alert: a tip never does.
            if crit.criterion.decides and crit.counts and crit.outcome.value == value:
                return f"{crit.criterion.id}:{crit.outcome.path}"
    return ""


def fails(found: Finding, fail_on: str) -> bool:
    """Whether a finding is one that fails the run (what -q shows): a problem of a file that
    could not be checked, or a factor's status at or above --fail-on."""
    if found.rule == INVALID_FILE:
        return True
    if fail_on == "never" or found.rule == UNUSED_WAIVER:
        return False
    return SEVERITY.get(found.status, 0) >= SEVERITY[fail_on]


def factor_finding(file: str, result: FactorResult, lang: str) -> Finding | None:
    factor = result.factor
    title = one_line(
        message(
            "finding_title",
            lang,
            id=factor.id,
            title=factor.title.get(lang),
            status=status_word(result.status, lang),
        )
    )
    headline = one_line(
        message(
            "finding_headline", lang, title=factor.title.get(lang), status=status_word(result.status, lang)
        )
    )
    if result.unused_waiver:
        text = message("unused_waiver", lang, factor=factor.id)
        return Finding(
            file,
            result.loc,
            "note",
            UNUSED_WAIVER,
            title,
            one_line(text),
            one_line(message("rule_unused_waiver_help", lang)),
            fingerprint(file, UNUSED_WAIVER, factor.id),
            headline,
            result.status,
            one_line(factor.title.get(lang)),
        )
    level = LEVELS.get(result.status)
    if level is None or result.baseline is not None:
        return None  # no status worth a message, or one the baseline accepts (docs/ci.md)
    text = one_line(note(result, lang))
    if result.status == "not_described":
        # The headline already says "(not described)": the fields follow it, said once.
        text = text.removeprefix(message("evidence_missing", lang, path=""))
    return Finding(
        file,
        result.loc,
        level,
        factor.id,
        title,
        text,
        one_line(" ".join(advice(result, lang))),
        # The status too: a finding that got worse (not described -> gap) is a new one, as the
        # baseline counts it, so GitLab's merge request widget and code scanning show it.
        fingerprint(file, factor.id, result.status, deciding(result)),
        headline,
        result.status,
        one_line(factor.title.get(lang)),
    )


def problem_findings(file: str, problems: tuple[Problem, ...], lang: str) -> list[Finding]:
    title = message("rule_invalid_file", lang)
    out: list[Finding] = []
    seen: dict[str, int] = {}
    for item in problems:
        # Two identical problems (same code, path and words) get an occurrence number, so each
        # keeps a fingerprint of its own without using its line; LINE_PARAMS stay out too.
        params = [(k, _placeless(v)) for k, v in item.params if k not in LINE_PARAMS]
        key = fingerprint(file, INVALID_FILE, item.code, item.path, repr(params))
        seen[key] = seen.get(key, 0) + 1
        out.append(
            Finding(
                file,
                item.loc,
                "error",
                INVALID_FILE,
                title,
                one_line(item.text(lang)),
                "",
                f"{key}:{seen[key]}",
                title,
            )
        )
    return out


# A place written into a parameter's words: libyaml's "(from line 3, column 7)" in a syntax
# error it gives no rule for.
_PLACE_IN_WORDS = re.compile(r"\b(line|column|position) \d+")


def _placeless(value: object) -> object:
    return _PLACE_IN_WORDS.sub(r"\1", value) if isinstance(value, str) else value


def findings(report: Report, options: RenderOptions) -> list[Finding]:
    """Every finding of the report: errors first, files that could not be checked first among
    them, then by file, line and column."""
    out = [found for result in report.results for found in file_findings(result, options)]
    return sorted(out, key=lambda f: f.sort_key)


def file_findings(result: FileResult, options: RenderOptions, base: str | None = None) -> list[Finding]:
    """The findings of one file, in the order of its problems and factors (`findings` sorts),
    named relative to `base` (a platform format's root), else to the working folder."""
    file = relative(result.file, options.cwd, base)
    out = problem_findings(file, result.problems, options.lang)
    for factor_result in result.factors:
        found = factor_finding(file, factor_result, options.lang)
        if found is not None:
            out.append(found)
    return out
