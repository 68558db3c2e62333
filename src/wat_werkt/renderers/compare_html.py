"""`compare --format html`: the matrix on top, then each intervention's section and picture."""

from __future__ import annotations

from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import SYMBOLS, shows_kinds, status_word
from wat_werkt.renderers.compare import TOTALS, Matrix
from wat_werkt.renderers.html_page import esc, header, intervention, page
from wat_werkt.textsafe import defuse_markup


def _cell(status: str | None, lang: str) -> str:
    if status is None:
        return '<td class="cell"></td>'
    word = esc(status_word(status, lang))
    return (
        f'<td class="cell st-{status}" title="{word}">'
        f'<span aria-hidden="true">{SYMBOLS[status]}</span>'
        f'<span class="sr">{word}</span></td>'
    )


def _matrix(m: Matrix, lang: str) -> str:
    cols = "".join(
        f'<th class="col" scope="col"><a href="#i{i}"><span>{esc(c.name or c.file)}</span></a></th>'
        for i, c in enumerate(m.columns, 1)
    )
    first = "".join(
        f'<th scope="col">{esc(message(k, lang))}</th>' for k in ("col_id", "col_factor")
    )
    head = f"<tr>{first}{cols}</tr>"
    rows = []
    for kind in ("general", "specific"):
        found = m.rows_of(kind)
        if found and shows_kinds(m.factor_set.factors):
            rows.append(
                f'<tr class="group"><th colspan="{len(m.columns) + 2}">'
                f"{esc(message(kind, lang))}</th></tr>"
            )
        for row in found:
            # Specific factors carry a tag: their cells may say "not applicable" (–).
            tag = (
                f'<span class="tag">{esc(message("specific_row", lang))}</span>'
                if kind == "specific"
                else ""
            )
            cells = "".join(_cell(c.status if c else None, lang) for c in row.cells)
            rows.append(
                f'<tr><td class="id">{esc(row.factor.id)}</td>'
                f"<td>{esc(row.factor.title.get(lang))}{tag}</td>{cells}</tr>"
            )
    foot = "".join(
        f'<tr><td class="id">{SYMBOLS[s]}</td><th scope="row">'
        f"{esc(message('compare_total', lang, status=status_word(s, lang)))}</th>"
        + "".join(f"<td>{n}</td>" for n in m.totals(s))
        + "</tr>"
        for s in TOTALS
    )
    legend = "".join(
        f'<li><span class="badge st-{s}">{sym}</span> {esc(status_word(s, lang))}</li>'
        for s, sym in SYMBOLS.items()
    )
    # Fixed layout: every intervention gets the same width, however long its name; a few
    # interventions do not stretch into wide bars.
    width = 56 + 260 + 72 * len(m.columns)
    cols = '<col class="c-id"><col class="c-factor">' + '<col class="c-int">' * len(m.columns)
    return (
        f'<section class="card matrix"><div class="scroll"><table class="matrix" '
        f'style="max-width:{width}px"><colgroup>{cols}</colgroup><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody><tfoot>{foot}</tfoot></table></div>"
        f'<ul class="legend" aria-label="{esc(message("legend", lang))}">{legend}</ul></section>\n'
    )


def render(m: Matrix, options: RenderOptions) -> str:
    lang = options.lang
    title = esc(m.title(lang))
    kicker = esc(f"{message('report_kicker', lang)} · {m.factor_set.title.get(lang)}")
    meta = ""
    if m.invalid:
        meta = esc(message("compare_skipped", lang, files=", ".join(r.file for r in m.invalid)))
    body = (
        _matrix(m, lang)
        if m.columns
        else f'<section class="card"><p>{esc(message("compare_none", lang))}</p></section>\n'
    )
    body += "".join(intervention(c, i, options) for i, c in enumerate(m.columns, 1))
    return defuse_markup(page(title, lang, header(kicker, title, meta), body, m.factor_set))
