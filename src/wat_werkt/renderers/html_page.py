"""The building blocks of the standalone HTML report: page shell, styles, one section per file.

Every text from an intervention file or a factor set goes through `esc` (control characters
made visible, then HTML-escaped, quotes included); links are made only from http(s) addresses.
The page loads nothing: no scripts, fonts or images, and a Content-Security-Policy that forbids
them should anything slip through.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from wat_werkt import __version__
from wat_werkt.engine import FactorResult, FileResult
from wat_werkt.factors import FactorSet
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.common import ADVISED, SYMBOLS, TRI_SYMBOLS, evidence, note, status_word
from wat_werkt.renderers.html_svg import PALETTE, profile_svg
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
    for status, (fill, ink, edge) in PALETTE.items():
        rules.append(f".st-{status}{{background:{fill};color:{ink};border-color:{edge}}}")
    return "\n".join(rules)


CSS = """
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#dde0e5;--soft:#f4f5f7;--accent:#1f4e79}
*{box-sizing:border-box}
body{margin:0;background:var(--soft);color:var(--ink);
 font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
.page{max-width:1080px;margin:0 auto;padding:32px 28px 48px}
header.report{border-bottom:3px solid var(--accent);padding-bottom:14px;margin-bottom:26px}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);margin:0 0 4px}
h1{font-size:30px;line-height:1.2;margin:0 0 6px}
h2{font-size:22px;line-height:1.25;margin:0 0 4px}
.meta{color:var(--muted);font-size:13px;margin:0}
section.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:24px 28px;margin:0 0 28px}
.summary{font-size:16px;max-width:72ch;margin:10px 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;font-size:13px;margin:8px 0 0}
dl.facts dt{color:var(--muted)} dl.facts dd{margin:0;overflow-wrap:anywhere}
figure.profile{margin:18px 0 22px}
figure.profile svg{display:block;width:100%;max-width:640px;height:auto}
figcaption{font-size:12px;color:var(--muted);margin-top:4px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid var(--line)}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--ink);vertical-align:bottom}
tr.group th{background:var(--soft);font-size:13px;text-transform:none;letter-spacing:0;color:var(--ink)}
td.id{font-weight:700;white-space:nowrap}
td.status{white-space:nowrap;padding-right:14px}
.badge{display:inline-block;white-space:nowrap;padding:1px 9px;border:1px solid;border-radius:999px;font-size:13px;font-weight:600}
.tag{font-size:11px;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px;margin-left:6px;white-space:nowrap}
.note{margin:0}
ul.criteria{list-style:none;padding:0;margin:4px 0 0;font-size:13px;color:#3c4043}
ul.criteria li{margin:2px 0;padding-left:1.3em;text-indent:-1.3em}
.ev{color:var(--muted)}
.tri{display:inline-block;width:1.3em;font-weight:700}
.tri-met{color:#2e7d32}.tri-unmet{color:#c62828}.tri-unknown{color:#6a5f86}
.advice{background:#fff8e1;border-left:3px solid #f6c344;padding:6px 10px;margin:8px 0 0;font-size:13px}
.problems{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:13px}
table.matrix{table-layout:fixed}
table.matrix col.c-id{width:56px} table.matrix col.c-factor{width:260px} table.matrix col.c-int{width:auto}
table.matrix th.col{text-align:center;vertical-align:bottom;text-transform:none;letter-spacing:0;font-size:13px;line-height:1.25;color:var(--ink);padding:8px 2px}
table.matrix th.col span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);max-height:190px;text-align:left}
table.matrix th.col a{color:inherit}
table.matrix td.cell{text-align:center;vertical-align:middle;font-size:17px;font-weight:700;border:2px solid #fff;padding:4px}
table.matrix tfoot td,table.matrix tfoot th{font-weight:700;text-align:center}
table.matrix tfoot tr:first-child>*{border-top:3px solid var(--ink)}
table.matrix tfoot th{text-align:left}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:14px 0 0;padding:0;list-style:none;font-size:13px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:12px}
a{color:var(--accent)}
@page{size:A4;margin:15mm 13mm}
@media print{
 body{background:#fff;font-size:10.5pt}
 .page{max-width:none;padding:0}
 section.card{border:0;border-radius:0;padding:0;margin:0 0 18px}
 section.intervention{break-before:page}
 header.report+section.intervention{break-before:auto}
 tr,figure,.advice,dl{break-inside:avoid}
 thead{display:table-header-group}
 .scroll{overflow:visible}
 a{color:inherit;text-decoration:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def page(title: str, lang: str, header: str, body: str, factor_set: FactorSet) -> str:
    """The whole document; `title` and `header` are already escaped HTML."""
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="generator" content="watwerkt {esc(__version__)}">\n'
        f"<title>{title}</title>\n<style>{CSS}{_status_css()}\n</style>\n</head>\n<body>\n"
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
        f'<footer><p><strong>{esc(message("factor_source", lang))}:</strong> {named}'
        f'{" — " + url if url else ""}</p>'
        f'<p>{esc(message("made_with", lang, version=__version__))}</p></footer>\n'
    )


def badge(status: str, lang: str) -> str:
    return f'<span class="badge st-{status}">{SYMBOLS[status]} {esc(status_word(status, lang))}</span>'


def _explanation(row: FactorResult, options: RenderOptions) -> str:
    lang = options.lang
    parts = []
    if row.waiver is not None or row.status == "not_applicable" or (
        row.applies is not None and row.applies.value == "unknown"
    ):
        parts.append(f'<p class="note">{esc(note(row, lang))}</p>')
    elif row.applies is not None:
        parts.append(f'<p class="note">{esc(message("applies_yes", lang, evidence=evidence(row.applies, lang)))}</p>')
    if row.waiver is None and row.status != "not_applicable":
        items = "".join(
            f'<li><span class="tri tri-{c.outcome.value}" title="{esc(message("tri_" + c.outcome.value, lang))}">'
            f"{TRI_SYMBOLS[c.outcome.value]}</span>{esc(c.criterion.text.get(lang))} "
            f'<span class="ev">— {esc(evidence(c.outcome, lang))}</span></li>'
            for c in row.criteria
        )
        parts.append(f'<ul class="criteria">{items}</ul>')
    if row.status in ADVISED or (options.verbose and row.status == "not_described"):
        parts.append(f'<p class="advice"><strong>{esc(message("advice", lang))}:</strong> '
                     f"{esc(row.factor.advice.get(lang))}</p>")
    return "".join(parts)


def factor_table(result: FileResult, number: int, options: RenderOptions) -> str:
    lang = options.lang
    head = "".join(f"<th>{esc(message(k, lang))}</th>" for k in ("col_id", "col_factor", "col_status", "col_evidence"))
    rows = []
    for kind in ("general", "specific"):
        found = [r for r in result.factors if r.factor.kind == kind]
        if found:
            rows.append(f'<tr class="group"><th colspan="4">{esc(message(kind, lang))}</th></tr>')
        for row in found:
            rows.append(
                f'<tr id="i{number}-{esc(row.factor.id)}"><td class="id">{esc(row.factor.id)}</td>'
                f'<td>{esc(row.factor.title.get(lang))}</td><td class="status">{badge(row.status, lang)}</td>'
                f"<td>{_explanation(row, options)}</td></tr>"
            )
    return (f'<div class="scroll"><table class="factors"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def intervention(result: FileResult, number: int, options: RenderOptions) -> str:
    """The section of one file: name and summary, the picture and the factor table; for an
    invalid file its problems."""
    lang = options.lang
    name = esc(result.name or result.file)
    if not result.valid:
        problems = "".join(f"<li>{esc(f'{p.loc.line}:{p.loc.column}: {p.text(lang)}')}</li>" for p in result.problems)
        text = esc(message("invalid_file", lang, file=result.file, count=len(result.problems)))
        return (f'<section class="card intervention invalid" id="i{number}"><h2>{name}</h2>'
                f'<p>{text}</p><ul class="problems">{problems}</ul></section>\n')
    facts = [(message("file", lang), esc(result.file))]
    if result.about.provider:
        facts.append((message("provider", lang), esc(result.about.provider)))
    if result.about.url:
        facts.append((message("website", lang), link(result.about.url)))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
    caption = esc(message("picture_label", lang, name=result.name or result.file))
    summary = f'<p class="summary">{esc(result.about.summary)}</p>' if result.about.summary else ""
    return (
        f'<section class="card intervention" id="i{number}"><h2>{name}</h2>{summary}'
        f'<dl class="facts">{dl}</dl>'
        f'<figure class="profile">{profile_svg(result, lang)}<figcaption>{caption}</figcaption></figure>'
        f"{factor_table(result, number, options)}</section>\n"
    )
