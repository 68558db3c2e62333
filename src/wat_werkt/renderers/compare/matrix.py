"""The comparison matrix (factors by interventions) and the registry of `compare --format`.

The matrix is built once from a Report; each compare renderer is a pure function of it. Invalid
files are no column: they are listed apart so a renderer can say they were left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from wat_werkt.engine.evaluate import FactorResult, FileResult, Report
from wat_werkt.factorset.load import Factor, FactorSet
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions, lazy
from wat_werkt.textsafe import show_bytes, show_bytes_json


class Row(NamedTuple):
    factor: Factor
    cells: tuple[FactorResult | None, ...]  # one per column; None if a file lacks the factor


class Matrix(NamedTuple):
    factor_set: FactorSet
    columns: tuple[FileResult, ...]  # the valid files, in the order given
    rows: tuple[Row, ...]
    invalid: tuple[FileResult, ...]

    def rows_of(self, kind: str) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.factor.kind == kind)

    def title(self, lang: str) -> str:
        if len(self.columns) == 1:
            return message("compare_title_one", lang)
        return message("compare_title", lang, count=len(self.columns))

    def described(self) -> tuple[Described, ...]:
        """Per column, how many factors the description settles, of how many, and how many of
        those by saying no: completeness, kept apart from fit (docs/compare.md). Statuses are
        never added up into a score."""
        return tuple(described(column) for column in self.columns)


class Described(NamedTuple):
    settled: int  # factors whose status is anything but not_described
    of: int  # all factors of the set
    gap: int  # of those settled, the ones that are a gap: the description says no or the opposite


def described(result: FileResult) -> Described:
    """A factor that does not apply or is waived counts as described: the description says
    enough to settle it; a gap too, and `gap` says how many of them there are, so that saying
    no is never read as saying more (docs/contract.md section 7)."""
    statuses = [f.status for f in result.factors]
    return Described(len(statuses) - statuses.count("not_described"), len(statuses), statuses.count("gap"))


def matrix(report: Report) -> Matrix:
    columns = tuple(r for r in report.results if r.valid)
    by_file = [{f.factor.id: f for f in column.factors} for column in columns]
    rows = tuple(
        Row(factor, tuple(found.get(factor.id) for found in by_file)) for factor in report.factor_set.factors
    )
    return Matrix(report.factor_set, columns, rows, tuple(r for r in report.results if not r.valid))


CompareRenderer = Callable[[Matrix, RenderOptions], str]


def _bytes_shown(render: CompareRenderer, escape: Callable[[str], str]) -> CompareRenderer:
    """A format that must be UTF-8 text shows each byte of a file name that is not UTF-8 as
    `\\xff`, as check's do (renderers.Reporter.undecodable); the table writes the bytes."""

    def shown(subject: Matrix, options: RenderOptions) -> str:
        return escape(render(subject, options))

    return shown


COMPARE_RENDERERS: dict[str, CompareRenderer] = {
    "table": lazy("compare.table"),
    "json": _bytes_shown(lazy("compare.json_report"), show_bytes_json),
    "markdown": _bytes_shown(lazy("compare.markdown"), show_bytes),
    "html": _bytes_shown(lazy("compare.html"), show_bytes),
}
