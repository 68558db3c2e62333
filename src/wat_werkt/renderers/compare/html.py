"""`compare --format html`: the overview on top (the matrix, the legend, the key facts side by
side), then each intervention's section. `check --format html` shares the overview."""

from __future__ import annotations

import re

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


# Printed (docs/compare.md), the overview must hold 1 to 12 interventions without a word broken
# or a text printed over another. Up to PORTRAIT interventions it is an A4 portrait page; from
# there on A4 landscape. The matrix keeps every intervention side by side (it is read row by
# row) up to MATRIX_GROUP, its names printed upright while a column is wide enough
# (UPRIGHT_NAMES), turned a quarter beyond; more interventions get further matrices, each with
# the factors again. The key facts, text in every cell, come in blocks of at most FACT_GROUP
# interventions (PORTRAIT on a portrait page), each block with its own labels and headings and
# kept on one page.
PORTRAIT = 3
UPRIGHT_NAMES = 6
MATRIX_GROUP = 12
FACT_GROUP = 4
# The room for the names of the interventions in a printed matrix, in mm: the page's width less
# its margins (report.css: A4 portrait or landscape), the id and the factor columns; and the
# width of a letter of the names (7.5 pt, bold) in pt, on the wide side of the system fonts, so
# that a name whose longest word would not fit upright is turned instead of broken.
NAMES_MM = {False: 188 - 9 - 80, True: 275 - 9 - 95}
LETTER_PT = 4.9


def groups(count: int, most: int) -> list[range]:
    """0..count-1 in as few runs of at most `most` as possible, as even as possible (11 by 6:
    6 and 5, not 6 and 5 left over as 6 and 5 and 0; 7 by 6: 4 and 3, not 6 and 1)."""
    if count <= 0:
        return []
    parts = -(-count // most)
    size, extra = divmod(count, parts)
    out, start = [], 0
    for i in range(parts):
        stop = start + size + (1 if i < extra else 0)
        out.append(range(start, stop))
        start = stop
    return out


def _matrix_table(m: Matrix, lang: str, anchors: list[int], part: range) -> str:
    columns = [m.columns[i] for i in part]
    cols = "".join(
        f'<th class="col" scope="col"><a href="#i{anchors[i]}"><span>{esc(m.columns[i].name or m.columns[i].file)}'
        "</span></a></th>"
        for i in part
    )
    first = "".join(f'<th scope="col">{esc(message(k, lang))}</th>' for k in ("col_id", "col_factor"))
    head = f"<tr>{first}{cols}</tr>"
    rows = []
    for kind in ("general", "specific"):
        found = m.rows_of(kind)
        if found and shows_kinds(m.factor_set.factors):
            rows.append(
                f'<tr class="group"><th colspan="{len(columns) + 2}">{esc(message(kind, lang))}</th></tr>'
            )
        for row in found:
            # Specific factors carry a tag: their cells may say "not applicable" (–).
            tag = (
                f'<span class="tag">{esc(message("specific_row", lang))}</span>' if kind == "specific" else ""
            )
            shown = [row.cells[i] for i in part]
            cells = "".join(_cell(c.status if c else None, lang) for c in shown)
            rows.append(
                f'<tr><td class="id">{esc(row.factor.id)}</td>'
                f"<td>{esc(row.factor.title.get(lang))}{tag}</td>{cells}</tr>"
            )
    # Fixed layout: every intervention gets the same width, however long its name; a few
    # interventions do not stretch into wide bars.
    width = 56 + 260 + 72 * len(columns)
    turned = " turned" if not _upright(m, part) else ""
    colgroup = '<col class="c-id"><col class="c-factor">' + '<col class="c-int">' * len(columns)
    return (
        f'<div class="scroll"><table class="matrix{turned}" '
        f'style="max-width:{width}px"><colgroup>{colgroup}</colgroup><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _upright(m: Matrix, part: range) -> bool:
    """Whether the names can stand upright over their printed columns: few enough of them, and
    every word of every name (a hyphenated word breaks at its hyphen) fits its column."""
    if len(part) > UPRIGHT_NAMES:
        return False
    room = NAMES_MM[len(m.columns) > PORTRAIT] / len(part) * 72 / 25.4 - 4  # pt, less the padding
    words = (w for i in part for w in re.split(r"\s+|(?<=-)", m.columns[i].name or m.columns[i].file))
    return max((len(w) for w in words), default=0) * LETTER_PT <= room


def _matrix(m: Matrix, lang: str, anchors: list[int]) -> str:
    tables = "".join(_matrix_table(m, lang, anchors, part) for part in groups(len(m.columns), MATRIX_GROUP))
    legend = "".join(
        f'<li><span class="badge st-{s}">{sym}</span> {esc(text)}</li>' for s, sym, text in legend_lines(lang)
    )
    return f'{tables}<ul class="legend" aria-label="{esc(message("legend", lang))}">{legend}</ul>'


def _fact(code: str, value: str | None, url: str | bool | None, lang: str) -> str:
    if value is None:
        return f'<td class="absent">{esc(absent(lang))}</td>'
    if code == "website" and isinstance(url, str):
        return f'<td class="url">{link(url)}</td>'
    return f"<td>{esc(value)}</td>"


def _facts_table(m: Matrix, lang: str, anchors: list[int], part: range, caption: str) -> str:
    columns = [m.columns[i] for i in part]
    cols = "".join(
        f'<th scope="col"><a href="#i{anchors[i]}">{esc(m.columns[i].name or m.columns[i].file)}</a></th>'
        for i in part
    )
    rows = []
    for code, value in FACT_ROWS:
        cells = "".join(_fact(code, value(c.about.facts, lang), c.about.facts.url, lang) for c in columns)
        rows.append(f'<tr><th scope="row">{esc(message(code, lang))}</th>{cells}</tr>')
    described = m.described()
    answered = "".join(f"<td>{esc(described_text(*described[i], lang))}</td>" for i in part)
    rows.append(
        f'<tr class="described"><th scope="row">{esc(message("described_label", lang))}</th>{answered}</tr>'
    )
    # The widths in a colgroup: a fixed table takes them from its first row, which here is the
    # heading row, whose first cell is empty; the labels would get no width of their own.
    colgroup = '<col class="c-label">' + '<col class="c-int">' * len(columns)
    return (
        f'<div class="facts-block"><table class="keyfacts"><caption>{caption}</caption>'
        f"<colgroup>{colgroup}</colgroup><thead><tr><td></td>{cols}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def key_facts(m: Matrix, lang: str, anchors: list[int]) -> str:
    """The key facts side by side, one column per intervention as in the matrix, in blocks of
    a few interventions that each fit a printed page's width; last, in a row of its own, how
    many factors each description answers and how many with a no."""
    count = len(m.columns)
    parts = groups(count, PORTRAIT if count <= PORTRAIT else FACT_GROUP)
    title = esc(message("key_facts", lang))
    note = f'<span class="note">{esc(message("described_note", lang))}</span>'
    blocks = []
    for n, part in enumerate(parts):
        caption = title
        if len(parts) > 1:
            shown = message("columns_of", lang, first=part.start + 1, last=part.stop, count=count)
            caption += f' <span class="part">{esc(shown)}</span>'
        blocks.append(_facts_table(m, lang, anchors, part, caption + (f" {note}" if n == 0 else "")))
    return "".join(blocks)


def overview(m: Matrix, lang: str, anchors: list[int] | None = None) -> str:
    """Page one of the printed report: the matrix with its legend, and the key facts; printed
    on A4 landscape from PORTRAIT + 1 interventions on (class `wide`). Column i links to section
    `i{anchors[i]}` (by default the columns' own numbers)."""
    if not m.columns:
        return f'<section class="card"><p>{esc(message("compare_none", lang))}</p></section>\n'
    anchors = anchors or list(range(1, len(m.columns) + 1))
    wide = " wide" if len(m.columns) > PORTRAIT else ""
    return (
        f'<section class="card overview{wide}">{_matrix(m, lang, anchors)}{key_facts(m, lang, anchors)}'
        "</section>\n"
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
