"""`check --format html`: one standalone page with a section per file (see html_page)."""

from __future__ import annotations

from wat_werkt.engine.evaluate import Report
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.compare.html import overview
from wat_werkt.renderers.compare.matrix import matrix
from wat_werkt.renderers.report.html_page import esc, header, intervention, page
from wat_werkt.textsafe import defuse_markup


def render(report: Report, options: RenderOptions) -> str:
    lang = options.lang
    set_title = report.factor_set.title.get(lang)
    valid = [r for r in report.results if r.valid]
    # A report on one intervention is named after it, in the browser tab and in a saved PDF.
    title = (
        esc(valid[0].name or set_title) if len(report.results) == 1 and valid else esc(set_title)
    )
    files = ", ".join(r.file for r in report.results)
    head = header(esc(message("report_kicker", lang)), esc(set_title), esc(files))
    # The overview (matrix and key facts of the valid files) first, as in compare: page one of
    # the printed report (docs/compare.md).
    anchors = [i for i, r in enumerate(report.results, 1) if r.valid]
    body = overview(matrix(report), lang, anchors) if valid else ""
    body += "".join(intervention(r, i, options) for i, r in enumerate(report.results, 1))
    if not report.results:
        body = f'<section class="card"><p>{esc(message("no_valid_file", lang))}</p></section>\n'
    return defuse_markup(page(title, lang, head, body, report.factor_set))
