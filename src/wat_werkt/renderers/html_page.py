"""The building blocks of the standalone HTML report: page shell, styles, one section per file.

Every text from an intervention file or a factor set goes through `esc` (control characters
made visible, then HTML-escaped, quotes included); links are made only from http(s) addresses.
The page loads nothing: no scripts, fonts or images, and a Content-Security-Policy that forbids
them should anything slip through.
"""

from __future__ import annotations

import functools
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from wat_werkt import __version__
from wat_werkt.engine import FactorResult, FileResult
from wat_werkt.factors import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import (
    ADVISED,
    SYMBOLS,
    TRI_SYMBOLS,
    advice,
    criterion_evidence,
    criterion_state,
    evidence,
    note,
    shows_kinds,
    status_word,
    tips,
)
from wat_werkt.renderers.html_svg import PALETTE, picture_label, profile_svg
from wat_werkt.textsafe import clean

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)


def esc(text: str) -> str:
    return escape(clean(text), quote=True)


def link(url: str | None) -> str:
    """An http(s) address as a link, anything else (javascript:, data:, ...) as plain text."""
    if not url:
        return ""
    shown = esc(url.strip())
    if urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return f'<a href="{shown}" rel="noopener noreferrer">{shown}</a>'
    return shown


def _status_css() -> str:
    rules = []
    for status, (fill, ink, edge) in PALETTE.items():
        rules.append(f".st-{status}{{background:{fill};color:{ink};border-color:{edge}}}")
    return "\n".join(rules)


@functools.cache
def css() -> str:
    # A file of its own, so it reads as CSS; inlined into every page, which must load nothing.
    return Path(__file__).with_name("report.css").read_text(encoding="utf-8")


def page(title: str, lang: str, header: str, body: str, factor_set: FactorSet) -> str:
    """The whole document; `title` and `header` are already escaped HTML."""
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="generator" content="watwerkt {esc(__version__)}">\n'
        f"<title>{title}</title>\n<style>\n{css()}{_status_css()}\n</style>\n</head>\n<body>\n"
        f'<div class="page">\n<header class="report">{header}</header>\n'
        f"<main>\n{body}</main>\n{footer(factor_set, lang)}</div>\n</body>\n</html>\n"
    )


def header(kicker: str, title: str, meta: str) -> str:
    return f'<p class="kicker">{kicker}</p><h1>{title}</h1><p class="meta">{meta}</p>'


def footer(factor_set: FactorSet, lang: str) -> str:
    source = dict(factor_set.source)
    named = ", ".join(esc(v) for k, v in factor_set.source if k != "url")
    url = link(source.get("url"))
    return (
        f"<footer><p><strong>{esc(message('factor_source', lang))}:</strong> {named}"
        f"{' — ' + url if url else ''}</p>"
        f"<p>{esc(message('made_with', lang, version=__version__))}</p></footer>\n"
    )


def badge(status: str, lang: str) -> str:
    return (
        f'<span class="badge st-{status}">{SYMBOLS[status]} {esc(status_word(status, lang))}</span>'
    )


def _explanation(row: FactorResult, options: RenderOptions) -> str:
    lang = options.lang
    parts = []
    if (
        row.waiver is not None
        or row.status == "not_applicable"
        or (row.applies is not None and row.applies.value == "unknown")
    ):
        parts.append(f'<p class="note">{esc(note(row, lang))}</p>')
    elif row.applies is not None:
        applies = message("applies_yes", lang, evidence=evidence(row.applies, lang))
        parts.append(f'<p class="note">{esc(applies)}</p>')
    if row.waiver is None and row.status != "not_applicable":
        items = "".join(
            f'<li><span class="tri tri-{criterion_state(c)}" '
            f'title="{esc(message("tri_" + criterion_state(c), lang))}">'
            f"{TRI_SYMBOLS[criterion_state(c)]}</span>{esc(c.criterion.text.get(lang))} "
            + ("" if c.criterion.decides else f'<span class="basis">({esc(message("basis_practice", lang))})</span> ')
            + f'<span class="ev">— {esc(criterion_evidence(c, lang))}</span></li>'
            for c in row.criteria
        )
        parts.append(f'<ul class="criteria">{items}</ul>')
    advised = row.status in ADVISED or (options.verbose and row.status == "not_described")
    if advised:
        parts.append(
            f'<p class="advice"><strong>{esc(message("advice", lang))}:</strong> '
            f"{esc(' '.join(advice(row, lang)))}</p>"
        )
    shown_tips = tips(row, lang) if advised or row.status == "strength" else []
    if shown_tips:
        parts.append(
            f'<p class="advice tip"><strong>{esc(message("tip", lang))}:</strong> '
            f"{esc(' '.join(shown_tips))}</p>"
        )
    return "".join(parts)


def factor_table(result: FileResult, number: int, options: RenderOptions) -> str:
    lang = options.lang
    head = "".join(
        f"<th>{esc(message(k, lang))}</th>"
        for k in ("col_id", "col_factor", "col_status", "col_evidence")
    )
    rows = []
    for kind in ("general", "specific"):
        found = [r for r in result.factors if r.factor.kind == kind]
        if found and shows_kinds(r.factor for r in result.factors):
            rows.append(f'<tr class="group"><th colspan="4">{esc(message(kind, lang))}</th></tr>')
        for row in found:
            rows.append(
                f'<tr id="i{number}-{esc(row.factor.id)}"><td class="id">{esc(row.factor.id)}</td>'
                f"<td>{esc(row.factor.title.get(lang))}</td>"
                f'<td class="status">{badge(row.status, lang)}</td>'
                f"<td>{_explanation(row, options)}</td></tr>"
            )
    return (
        f'<div class="scroll"><table class="factors"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def intervention(result: FileResult, number: int, options: RenderOptions) -> str:
    """The section of one file: name and summary, the picture and the factor table; for an
    invalid file its problems."""
    lang = options.lang
    name = esc(result.name or result.file)
    if not result.valid:
        problems = "".join(
            f"<li>{esc(p.short_where() + p.text(lang))}</li>"
            for p in result.problems
        )
        text = esc(counted("invalid_file", lang, len(result.problems), file=result.file))
        return (
            f'<section class="card intervention invalid" id="i{number}"><h2>{name}</h2>'
            f'<p>{text}</p><ul class="problems">{problems}</ul></section>\n'
        )
    facts = [(message("file", lang), esc(result.file))]
    if result.about.provider:
        facts.append((message("provider", lang), esc(result.about.provider)))
    if result.about.url:
        facts.append((message("website", lang), link(result.about.url)))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
    caption = esc(picture_label(result, lang))
    summary = f'<p class="summary">{esc(result.about.summary)}</p>' if result.about.summary else ""
    return (
        f'<section class="card intervention" id="i{number}"><h2>{name}</h2>{summary}'
        f'<dl class="facts">{dl}</dl>'
        f'<figure class="profile">{profile_svg(result, lang)}'
        f"<figcaption>{caption}</figcaption></figure>"
        f"{factor_table(result, number, options)}</section>\n"
    )
