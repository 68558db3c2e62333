"""The building blocks of the standalone HTML report: page shell, styles, one section per file.

Every text from an intervention file or a factor set goes through `esc` (control characters
made visible, then HTML-escaped, quotes included); links are made only from http(s) addresses.
The page loads nothing: no scripts, fonts or images, and a Content-Security-Policy that forbids
them should anything slip through.

Printed (docs/compare.md), the report is for commissioners: page one the overview (the matrix
and the key facts), then one A4 page per intervention with its gaps and advice, its questions
and its sources; the evidence per criterion is for the screen. Every printed page carries the
report's date (SOURCE_DATE_EPOCH when set, for reproducible reports) and the versions of
watwerkt and of the factor set, in a page margin box.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import os
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from wat_werkt import __version__
from wat_werkt.engine.evaluate import STATUSES, FactorResult, FileResult
from wat_werkt.factorset.load import FactorSet
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
    questions,
    shows_kinds,
    status_word,
    tips,
)
from wat_werkt.renderers.compare.facts import SOURCE_ROWS, absent
from wat_werkt.renderers.report.html_svg import PALETTE, picture_label, profile_svg
from wat_werkt.textsafe import clean

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


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
    for status in STATUSES:  # an ignored factor's badge is plain: rare, and no finding
        fill, ink, edge = PALETTE[status]
        rules.append(f".st-{status}{{background:{fill};color:{ink};border-color:{edge}}}")
    return "\n".join(rules)


@functools.cache
def css() -> str:
    # A file of its own, so it reads as CSS; inlined into every page, which must load nothing.
    return Path(__file__).with_name("report.css").read_text(encoding="utf-8")


def report_date(environ: Mapping[str, str] | None = None) -> str:
    """The date of the report, YYYY-MM-DD: from SOURCE_DATE_EPOCH (seconds since 1970, UTC),
    the reproducible-builds convention, when it holds a whole number; else today's date."""
    epoch = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            pass  # a number beyond any date: today's date, as for a malformed value
    return datetime.date.today().isoformat()


def fingerprint(factor_set: FactorSet) -> str:
    """A short digest of what the factor set says (its factors, their criteria, conditions and
    texts), so a printed report names the set it was made with: a factor set has no version
    number of its own (docs/contract.md section 7). The factor files' own paths are left out:
    the same set installed elsewhere has the same fingerprint."""
    content = (
        factor_set.id,
        factor_set.title,
        factor_set.description,
        factor_set.source,
        tuple(f._replace(file="") for f in factor_set.factors),
    )
    return hashlib.sha256(repr(_canonical(content)).encode("utf-8")).hexdigest()[:12]


def _canonical(value: object) -> object:
    """The value with the order that means nothing taken out: a `mentions` condition's terms
    are a set, gathered in no fixed order."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return (
            type(value).__name__,
            *(
                tuple(sorted(map(str, item)))
                if name == "terms" and isinstance(item, tuple)
                else _canonical(item)
                for name, item in zip(value._fields, value, strict=True)
            ),
        )
    if isinstance(value, (tuple, list)):
        return tuple(_canonical(item) for item in value)
    return value


def css_string(text: str) -> str:
    """Text as a CSS string: every character but letters, digits, spaces and a few marks as a
    hex escape, so nothing in it can end the string, the rule or the style element."""
    safe = "".join(c if (c.isascii() and c.isalnum()) or c in " .,:()-" else f"\\{ord(c):x} " for c in text)
    return f'"{safe}"'


def _running(factor_set: FactorSet, lang: str, date: str) -> str:
    """The margin boxes of every printed page: date and versions left, page number right."""
    line = message(
        "running_footer",
        lang,
        date=date,
        version=__version__,
        set=clean(factor_set.id),
        fingerprint=fingerprint(factor_set),
    )
    # An empty top box too: with margin boxes of its own on an edge, Chromium leaves out the
    # header it would print there (today's date and time, which would make no two prints alike).
    return (
        '@page{@top-right{content:""}@bottom-left{content:'
        + css_string(line)
        + ";font:8pt system-ui,sans-serif;"
        'color:#5f6368}@bottom-right{content:counter(page) " / " counter(pages);'
        "font:8pt system-ui,sans-serif;color:#5f6368}}"
    )


def page(title: str, lang: str, header: str, body: str, factor_set: FactorSet) -> str:
    """The whole document; `title` and `header` are already escaped HTML."""
    date = report_date()
    stamp = message(
        "versions_line",
        lang,
        date=date,
        version=__version__,
        set=factor_set.id,
        fingerprint=fingerprint(factor_set),
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="generator" content="watwerkt {esc(__version__)}">\n'
        f"<title>{title}</title>\n<style>\n{css()}{_status_css()}\n{_running(factor_set, lang, date)}\n"
        f"</style>\n</head>\n<body>\n"
        f'<div class="page">\n<header class="report">{header}'
        f'<p class="stamp"><time datetime="{esc(date)}">{esc(stamp)}</time></p></header>\n'
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
    return f'<span class="badge st-{status}">{SYMBOLS[status]} {esc(status_word(status, lang))}</span>'


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
            + (
                ""
                if c.criterion.decides
                else f'<span class="basis">({esc(message("basis_practice", lang))})</span> '
            )
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
        f"<th>{esc(message(k, lang))}</th>" for k in ("col_id", "col_factor", "col_status", "col_evidence")
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


def _shortfalls(result: FileResult, lang: str) -> str:
    """The gap and partial factors, each with the advice of what is not met; a gap also says
    what contradicted it."""
    items = []
    for row in result.factors:
        if row.status not in ADVISED:
            continue
        why = f'<span class="ev">{esc(note(row, lang))}</span> ' if row.status == "gap" else ""
        items.append(
            f"<li>{badge(row.status, lang)} <strong>{esc(row.factor.id)} "
            f"{esc(row.factor.title.get(lang))}</strong> {why}"
            f'<span class="adv">{esc(" ".join(advice(row, lang)))}</span></li>'
        )
    if not items:
        return f'<p class="none">{esc(message("shortfalls_none", lang))}</p>'
    return f'<ul class="shortfalls">{"".join(items)}</ul>'


def _questions(result: FileResult, lang: str, first: Sequence[tuple[str, str]] = ()) -> str:
    """The questions for the provider; `first` are (label, question) pairs that come before the
    factors' (compare's questions about the key facts)."""
    asked = [(q.factor, q.text) for q in questions(result, lang)]
    if not asked and not first:
        return f'<p class="none">{esc(message("questions_none", lang))}</p>'
    items = "".join(f'<li><span class="qid">{esc(k)}</span> {esc(t)}</li>' for k, t in (*first, *asked))
    return f'<ol class="questions">{items}</ol>'


def _sources(result: FileResult, lang: str) -> str:
    facts = result.about.facts
    rows = [(message("file", lang), esc(result.file))]
    for code, value in SOURCE_ROWS:
        shown = value(facts, lang)
        if shown is None:
            html = f'<span class="absent">{esc(absent(lang))}</span>'
        elif code == "website" and isinstance(facts.url, str):
            html = link(facts.url)
        else:
            html = esc(shown)
        rows.append((message(code, lang), html))
    return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def brief(result: FileResult, lang: str, first: Sequence[tuple[str, str]] = ()) -> str:
    """What a commissioner reads and prints for one intervention: its gaps and advice, the
    questions to send its provider (`first` before those about the factors), and its sources."""
    return (
        '<div class="brief">'
        f"<h3>{esc(message('shortfalls_heading', lang))}</h3>{_shortfalls(result, lang)}"
        f"<h3>{esc(message('questions_heading', lang))}</h3>{_questions(result, lang, first)}"
        f"<h3>{esc(message('sources_heading', lang))}</h3>{_sources(result, lang)}"
        "</div>"
    )


def intervention(
    result: FileResult, number: int, options: RenderOptions, first: Sequence[tuple[str, str]] = ()
) -> str:
    """The section of one file: name and summary, what a commissioner needs (brief, with the
    questions `first` before those about the factors), then, on screen only, the picture and the
    factor table; for an invalid file its problems."""
    lang = options.lang
    name = esc(result.name or result.file)
    if not result.valid:
        problems = "".join(f"<li>{esc(p.short_where() + p.text(lang))}</li>" for p in result.problems)
        text = esc(counted("invalid_file", lang, len(result.problems), file=result.file))
        return (
            f'<section class="card intervention invalid" id="i{number}"><h2>{name}</h2>'
            f'<p>{text}</p><ul class="problems">{problems}</ul></section>\n'
        )
    caption = esc(picture_label(result, lang))
    summary = f'<p class="summary">{esc(result.about.summary)}</p>' if result.about.summary else ""
    return (
        f'<section class="card intervention" id="i{number}"><h2>{name}</h2>{summary}'
        f"{brief(result, lang, first)}"
        f'<p class="print-only">{esc(message("screen_only_note", lang))}</p><div class="details">'
        f'<figure class="profile">{profile_svg(result, lang)}'
        f"<figcaption>{caption}</figcaption></figure>"
        f"{factor_table(result, number, options)}</div></section>\n"
    )
