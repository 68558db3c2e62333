"""The JSON report of docs/contract.md section 4."""

from __future__ import annotations

from typing import Any

from wat_werkt import __version__
from wat_werkt.engine.conditions import Outcome
from wat_werkt.engine.evaluate import CriterionResult, FactorResult, FileResult, Report
from wat_werkt.factorset.load import Factor
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import questions


def _outcome(crit_id: str, outcome: Outcome) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": crit_id,
        "status": outcome.value,
        "kind": outcome.kind,
        "path": outcome.path,
        "line": outcome.loc.line,
        "column": outcome.loc.column,
        "evidence": outcome.evidence,
    }
    if outcome.kind == "missing" and outcome.missing:
        out["missing"] = list(outcome.missing)
    if outcome.lacking:
        out["lacking"] = list(outcome.lacking)
    return out


def _criterion(result: CriterionResult, factor: Factor, lang: str) -> dict[str, Any]:
    crit = result.criterion
    out = {"id": crit.id, "basis": crit.basis, **_outcome(crit.id, result.outcome)}
    if result.applies is not None:
        out["applies"] = _outcome("applies_when", result.applies)
    out["advice"] = (crit.advice or factor.advice).get(lang)
    return out


def _factor(result: FactorResult, lang: str) -> dict[str, Any]:
    factor = result.factor
    out: dict[str, Any] = {
        "id": factor.id,
        "slug": factor.slug,
        "kind": factor.kind,
        "title": factor.title.get(lang),
        "status": result.status,
        "line": result.loc.line,
        "column": result.loc.column,
        "criteria": [_criterion(r, factor, lang) for r in result.criteria],
        "advice": factor.advice.get(lang),
    }
    if result.applies is not None:
        out["applies"] = _outcome("applies_when", result.applies)
    if result.waiver is not None:
        out["waiver"] = {"reason": result.waiver.reason, "unused": result.unused_waiver}
    if result.ignored is not None:  # docs/contract.md section 7: never dropped, said why
        ignored = result.ignored
        out["ignored"] = {"by": ignored.by, "where": ignored.where, "reason": ignored.reason}
    if result.baseline is not None:
        out["baseline"] = {"status": result.baseline}
    return out


def file_result(result: FileResult, lang: str) -> dict[str, Any]:
    return {
        "file": result.file,
        "name": result.name,
        "valid": result.valid,
        "errors": [
            # A problem with the whole file has no line and column: null (docs/contract.md section 7).
            {
                "message": p.text(lang),
                "line": p.loc.line or None,
                "column": p.loc.column or None,
                "path": p.path,
            }
            for p in result.problems
        ],
        "factors": [_factor(f, lang) for f in result.factors],
        "summary": result.counts(),
        # The key facts and the questions for the provider (docs/compare.md); an invalid file
        # has neither.
        "facts": result.about.facts.as_data(lang) if result.valid else None,
        "questions": question_data(result, lang),
    }


def question_data(result: FileResult, lang: str) -> list[dict[str, str]]:
    return [{"factor": q.factor, "criterion": q.criterion, "text": q.text} for q in questions(result, lang)]


def as_data(report: Report, options: RenderOptions) -> dict[str, Any]:
    return {
        "tool": {"name": "watwerkt", "version": __version__},
        "factor_set": {"id": report.factor_set.id, "title": report.factor_set.title.get(options.lang)},
        "results": [file_result(r, options.lang) for r in report.results],
    }
