"""`check --format html`: one standalone page with a section per file (see html_page)."""

from __future__ import annotations

from typing import Any

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import message
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.compare.html import overview
from wat_werkt.renderers.compare.matrix import matrix
from wat_werkt.renderers.report.html_page import esc, header, intervention, page
from wat_werkt.textsafe import defuse_markup

_BODY = "\x00body\x00"  # where the sections go in the page; no text of ours holds a NUL


def _slim(result: FileResult) -> FileResult:
    """What the overview needs of a file: its statuses, name and facts, not the outcome of
    every criterion, so that a run of any size keeps little of each file (docs/robustness.md)."""
    return result._replace(factors=tuple(f._replace(criteria=(), applies=None) for f in result.factors))


class HtmlReport(Reporter):
    """The page: its head and the overview (the matrix and key facts of every file), then a
    section per file, which waits in a spool until the overview is written, then the end."""

    undecodable = "text"  # a file name that is not UTF-8: Reporter.undecodable

    deferred = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._files: list[FileResult] = []
        self._after = ""

    def part(self, result: FileResult) -> Part:
        # Numbered in file order: the overview's columns link to the sections (not a worker's).
        number = len(self._files) + 1
        return Part(defuse_markup(intervention(result, number, self.options)), _slim(result))

    def add(self, data: Any) -> None:
        self._files.append(data)

    def lead(self, digest: str) -> str:
        lang = self.options.lang
        results = self._files
        set_title = self.factor_set.title.get(lang)
        valid = [r for r in results if r.valid]
        # A report on one intervention is named after it, in the browser tab and in a saved PDF.
        title = esc(valid[0].name or set_title) if len(results) == 1 and valid else esc(set_title)
        files = ", ".join(r.file for r in results)
        head = header(esc(message("report_kicker", lang)), esc(set_title), esc(files))
        # The overview (matrix and key facts of the valid files) first, as in compare: page one
        # of the printed report (docs/compare.md).
        anchors = [i for i, r in enumerate(results, 1) if r.valid]
        start = overview(matrix(Report(self.factor_set, tuple(results))), lang, anchors) if valid else ""
        if not results:
            start = f'<section class="card"><p>{esc(message("no_valid_file", lang))}</p></section>\n'
        before, self._after = page(title, lang, head, _BODY, self.factor_set).split(_BODY)
        self._files = []
        return defuse_markup(before + start)

    def tail(self) -> str:
        return defuse_markup(self._after)


def render(report: Report, options: RenderOptions) -> str:
    return whole(HtmlReport(report.factor_set, options), report.results)
