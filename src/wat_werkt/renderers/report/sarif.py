"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One rule per factor of the active set, plus WW000 (invalid file) and WW001 (unused waiver),
each with a `helpUri`. Results carry GitHub's required fields: a level, the message with the
advice, a location and a region, and `partialFingerprints` that do not depend on line numbers.
Paths are relative to the repository's root (`%SRCROOT%`, RenderOptions.root), so that a
workflow's `working-directory:` changes neither a path nor a fingerprint. A message never
starts with its rule id: viewers and converters show the id beside it, or put it in front.
The output is deterministic: same input, same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from wat_werkt import __version__
from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import Factor, FactorSet
from wat_werkt.messages import message
from wat_werkt.problems import WHOLE_FILE
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.report.findings import INVALID_FILE, UNUSED_WAIVER, Finding, file_findings, outside
from wat_werkt.renderers.report.markdown import escape as md
from wat_werkt.renderers.spool import SortedTexts
from wat_werkt.textsafe import defuse_json, one_line

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# v2: the status is part of the hash (a finding that got worse is a new alert).
FINGERPRINT_KEY = "watwerkt/v2"
# Where the paths start: code scanning resolves %SRCROOT% to the repository it analyses.
ROOT_ID = "%SRCROOT%"
# The help of a rule that has no source of its own: watwerkt's published page, whose README
# links every document; pinned to this version, as the rules are.
TOOL_URL = f"https://pypi.org/project/watwerkt/{__version__}/"
_WEB = re.compile(r"https?://[^\s\x00-\x1f\x7f]+")


def help_uri(*sources: tuple[tuple[str, str], ...]) -> str:
    """The first web address among the sources (a factor's own, then its set's), else
    TOOL_URL. A factor set can come from anywhere: only http(s) addresses are taken."""
    for source in sources:
        url = dict(source).get("url", "")
        if _WEB.fullmatch(url):
            return url
    return TOOL_URL


def _text(value: str) -> dict[str, str]:
    """A multiformat message string (a rule's descriptions): plain text, no links read in it."""
    return {"text": value}


def _message(value: str) -> dict[str, str]:
    """A message object (a result's, 3.11). SARIF 2.1.0 (3.11.6) reads `[text](target)` in its
    text as a link, so a literal bracket is escaped with a backslash: a value from a file
    cannot become a link."""
    return {"text": _BRACKET.sub(r"\\\1", value)}


_BRACKET = re.compile(r"([\[\]])")


def _factor_rule(factor: Factor, factor_set: FactorSet, lang: str) -> dict[str, Any]:
    title = one_line(factor.title.get(lang))
    summary = one_line(factor.summary.get(lang))
    advice = one_line(factor.advice.get(lang))
    practice = f" ({message('basis_practice', lang)})"
    criteria = [one_line(c.text.get(lang)) + ("" if c.decides else practice) for c in factor.criteria]
    source = "; ".join(one_line(v) for _, v in factor.source)
    label, crit_label = message("advice", lang), message("criteria", lang)
    text = f"{summary}\n\n{label}: {advice}\n\n{crit_label}:\n" + "\n".join(f"- {c}" for c in criteria)
    markdown = f"{md(summary)}\n\n**{md(label)}:** {md(advice)}\n\n**{md(crit_label)}:**\n\n" + "\n".join(
        f"- {md(c)}" for c in criteria
    )
    if source:
        text += f"\n\n{message('source', lang)}: {source}"
        markdown += f"\n\n**{md(message('source', lang))}:** {md(source)}"
    return {
        "id": factor.id,
        "name": factor.slug,
        "shortDescription": _text(title),
        "fullDescription": _text(summary),
        "help": {"text": text, "markdown": markdown},
        "helpUri": help_uri(factor.source, factor_set.source),
        # Results set their own level from the status; a rule on its own is worth a warning.
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["watwerkt", factor.kind]},
    }


def _tool_rule(rule_id: str, name: str, key: str, level: str, lang: str) -> dict[str, Any]:
    full = message(f"{key}_full", lang)
    help_text = message(f"{key}_help", lang)
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": _text(message(key, lang)),
        "fullDescription": _text(full),
        "help": {"text": help_text, "markdown": md(help_text)},
        "helpUri": TOOL_URL,
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["watwerkt"]},
    }


def rules(factor_set: FactorSet, lang: str) -> list[dict[str, Any]]:
    out = [_factor_rule(f, factor_set, lang) for f in factor_set.factors]
    out.append(_tool_rule(INVALID_FILE, "invalid-file", "rule_invalid_file", "error", lang))
    out.append(_tool_rule(UNUSED_WAIVER, "unused-waiver", "rule_unused_waiver", "note", lang))
    return out


def _file_uri(path: str) -> str:
    """`file:///abs/a.yaml` (`file:///C:/a.yaml`), percent-encoded as the relative ones are."""
    drive = PureWindowsPath(path).drive
    if drive and not path.startswith("/"):
        return "file:///" + drive + quote(path[len(drive) :], safe="/", errors="surrogateescape")
    return "file://" + quote(path, safe="/", errors="surrogateescape")


def _result(found: Finding, index: dict[str, int], lang: str) -> dict[str, Any]:
    # The headline, not the title: the id is the result's ruleId. A colon, not a full stop:
    # the text starts in lower case ("(gap): not described: ...").
    text = f"{found.headline}: {found.text}"
    if found.advice:
        text += f". {message('advice', lang)}: {found.advice}"
    physical: dict[str, Any] = {
        # A relative URI reference: percent-encode what a path may hold and a URI may not
        # (spaces, %, #, ?), keep the slashes. A name that is not UTF-8 holds its bytes as lone
        # surrogates: they go back to those bytes, percent-encoded, as RFC 3986 has it.
        "artifactLocation": {
            "uri": quote(found.file, safe="/", errors="surrogateescape"),
            "uriBaseId": ROOT_ID,
        },
    }
    if outside(found.file):
        # A file outside the repository: an absolute file URI, without uriBaseId (SARIF 2.1.0,
        # 3.4.4: uriBaseId only for a relative reference).
        physical["artifactLocation"] = {"uri": _file_uri(found.file)}
    if found.loc != WHOLE_FILE:  # a problem with the whole file has no region
        physical["region"] = {"startLine": found.loc.line, "startColumn": found.loc.column}
    return {
        "ruleId": found.rule,
        "ruleIndex": index[found.rule],
        "level": found.level,
        "message": _message(text),
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: found.fingerprint},
    }


def _frame(factor_set: FactorSet, rule_list: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    """The report around its results (`results` empty)."""
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "watwerkt",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rule_list,
                    }
                },
                # No absolute `uri` for the root: the report would differ from one checkout to
                # the next; code scanning and viewers resolve it to the repository.
                "originalUriBaseIds": {ROOT_ID: {"description": _message(message("sarif_root", lang))}},
                # YAML columns count characters, not UTF-16 units.
                "columnKind": "unicodeCodePoints",
                "results": [],
                "properties": {"factorSet": factor_set.id},
            }
        ],
    }


_RESULTS = '"results": []'
_ITEM = "\n        "  # a result's lines sit four levels deep: report, runs, run, results


class SarifReport(Reporter):
    """The rules, then every result in the report's order (findings.Finding.sort_key: errors
    first, then by file and place), each written once, as its file comes, and kept as text."""

    undecodable = "json"  # a file name that is not UTF-8: Reporter.undecodable

    parallel = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        rule_list = rules(factor_set, options.lang)
        self._index = {rule["id"]: i for i, rule in enumerate(rule_list)}
        text = json.dumps(_frame(factor_set, rule_list, options.lang), ensure_ascii=False, indent=2)
        cut = text.index(_RESULTS)
        self._before, self._after = text[: cut + len(_RESULTS) - 1], text[cut + len(_RESULTS) - 1 :]
        self._results = SortedTexts()

    def part(self, result: FileResult) -> Part:
        lang = self.options.lang
        items = [
            [
                list(found.sort_key),
                json.dumps(_result(found, self._index, lang), ensure_ascii=False, indent=2),
            ]
            for found in file_findings(result, self.options, self.options.root)
        ]
        return Part("", items)

    def add(self, data: Any) -> None:
        for key, text in data:
            self._results.add(key, text)

    def tail(self) -> Iterator[str]:
        # "##[" reads as a workflow command anywhere in a CI log line, and C1 controls could
        # act on a terminal; defuse_json writes both as \u escapes, the same data in a string.
        # A result at a time: no command can span two (a string ends between them). Sorted
        # stably: equal keys keep the files' order.
        yield defuse_json(self._before)
        for i, text in enumerate(self._results.texts()):
            yield defuse_json(("," if i else "") + _ITEM + text.replace("\n", _ITEM))
        any_result = len(self._results) > 0
        self._results.close()  # each is written: the temporary file can go
        yield ("\n      " if any_result else "") + defuse_json(self._after) + "\n"


def render(report: Report, options: RenderOptions) -> str:
    return whole(SarifReport(report.factor_set, options), report.results)
