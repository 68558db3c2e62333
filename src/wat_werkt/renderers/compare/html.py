"""`compare --format html`: the overview on top (the matrix, the legend, the key facts side by
side), then each intervention's section. `check --format html` shares the overview."""

from __future__ import annotations

from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import SYMBOLS, shows_kinds, status_word
from wat_werkt.renderers.compare.facts import (
    FACT_ROWS,
    absent,
    described_text,
    fact_questions,
    left_out,
    legend_lines,
)
from wat_werkt.renderers.compare.matrix import Matrix
from wat_werkt.renderers.report.html_page import esc, header, intervention, link, page
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


def _matrix(m: Matrix, lang: str, anchors: list[int]) -> str:
    cols = "".join(
        f'<th class="col" scope="col"><a href="#i{i}"><span>{esc(c.name or c.file)}</span></a></th>'
        for i, c in zip(anchors, m.columns, strict=True)
    )
    first = "".join(f'<th scope="col">{esc(message(k, lang))}</th>' for k in ("col_id", "col_factor"))
    head = f"<tr>{first}{cols}</tr>"
    rows = []
    for kind in ("general", "specific"):
        found = m.rows_of(kind)
        if found and shows_kinds(m.factor_set.factors):
            rows.append(
                f'<tr class="group"><th colspan="{len(m.columns) + 2}">{esc(message(kind, lang))}</th></tr>'
            )
        for row in found:
            # Specific factors carry a tag: their cells may say "not applicable" (–).
            tag = (
                f'<span class="tag">{esc(message("specific_row", lang))}</span>' if kind == "specific" else ""
            )
            cells = "".join(_cell(c.status if c else None, lang) for c in row.cells)
            rows.append(
                f'<tr><td class="id">{esc(row.factor.id)}</td>'
                f"<td>{esc(row.factor.title.get(lang))}{tag}</td>{cells}</tr>"
            )
    legend = "".join(
        f'<li><span class="badge st-{s}">{sym}</span> {esc(text)}</li>' for s, sym, text in legend_lines(lang)
    )
    # Fixed layout: every intervention gets the same width, however long its name; a few
    # interventions do not stretch into wide bars.
    width = 56 + 260 + 72 * len(m.columns)
    cols = '<col class="c-id"><col class="c-factor">' + '<col class="c-int">' * len(m.columns)
    return (
        f'<div class="scroll"><table class="matrix" '
        f'style="max-width:{width}px"><colgroup>{cols}</colgroup><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f'<ul class="legend" aria-label="{esc(message("legend", lang))}">{legend}</ul>'
    )


def _fact(code: str, value: str | None, url: str | bool | None, lang: str) -> str:
    if value is None:
        return f'<td class="absent">{esc(absent(lang))}</td>'
    if code == "website" and isinstance(url, str):
        return f"<td>{link(url)}</td>"
    return f"<td>{esc(value)}</td>"


def key_facts(m: Matrix, lang: str, anchors: list[int]) -> str:
    """The key facts side by side, one column per intervention as in the matrix; last, in a row
    of its own, how many factors each description answers and how many with a no."""
    cols = "".join(
        f'<th scope="col"><a href="#i{i}">{esc(c.name or c.file)}</a></th>'
        for i, c in zip(anchors, m.columns, strict=True)
    )
    rows = []
    for code, value in FACT_ROWS:
        cells = "".join(_fact(code, value(c.about.facts, lang), c.about.facts.url, lang) for c in m.columns)
        rows.append(f'<tr><th scope="row">{esc(message(code, lang))}</th>{cells}</tr>')
    described = "".join(f"<td>{esc(described_text(*d, lang))}</td>" for d in m.described())
    rows.append(
        f'<tr class="described"><th scope="row">{esc(message("described_label", lang))}</th>{described}</tr>'
    )
    return (
        f'<div class="scroll"><table class="keyfacts"><caption>{esc(message("key_facts", lang))} '
        f'<span class="note">{esc(message("described_note", lang))}</span></caption>'
        f"<thead><tr><td></td>{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def overview(m: Matrix, lang: str, anchors: list[int] | None = None) -> str:
    """Page one of the printed report: the matrix with its legend, and the key facts. Column i
    links to section `i{anchors[i]}` (by default the columns' own numbers)."""
    if not m.columns:
        return f'<section class="card"><p>{esc(message("compare_none", lang))}</p></section>\n'
    anchors = anchors or list(range(1, len(m.columns) + 1))
    return (
        f'<section class="card overview">{_matrix(m, lang, anchors)}{key_facts(m, lang, anchors)}</section>\n'
    )


def render(m: Matrix, options: RenderOptions) -> str:
    lang = options.lang
    title = esc(m.title(lang))
    kicker = esc(f"{message('report_kicker', lang)} · {m.factor_set.title.get(lang)}")
    body = ""
    if m.invalid:
        # On top, before the overview: which files are missing from it, and why.
        items = "".join(f"<li>{esc(line)}</li>" for line in left_out(m.invalid, lang))
        body += (
            f'<section class="card left-out"><p><strong>{esc(message("compare_left_out", lang))}</strong></p>'
            f'<ul class="problems">{items}</ul></section>\n'
        )
    body += overview(m, lang)
    body += "".join(
        intervention(c, i, options, [(f.label, f.text) for f in fact_questions(c, lang)])
        for i, c in enumerate(m.columns, 1)
    )
    return defuse_markup(page(title, lang, header(kicker, title, ""), body, m.factor_set))
