"""The picture of one intervention's profile, as inline SVG for the HTML report.

A ring of the general factors, one segment each, and a strip of tiles for the specific ones,
plus a legend with counts. Colour helps, but every segment and tile also carries its factor id
and status symbol, so the picture reads the same printed in black and white.
"""

from __future__ import annotations

import math
from html import escape

from wat_werkt.engine.evaluate import STATUSES, FactorResult, FileResult
from wat_werkt.messages import message
from wat_werkt.renderers.common import SYMBOLS, status_word
from wat_werkt.textsafe import one_line

# fill, ink (text on the fill), outline; the fills also differ in lightness, for grey print.
PALETTE: dict[str, tuple[str, str, str]] = {
    "strength": ("#2e7d32", "#ffffff", "#1b5e20"),
    "partial": ("#f6c344", "#3b2f00", "#b8860b"),
    "gap": ("#c62828", "#ffffff", "#8e0000"),
    "not_described": ("#e4e1ec", "#433c57", "#9e98b3"),
    "not_applicable": ("#ffffff", "#6b6b6b", "#a6a6a6"),
    "waived": ("#a9c4e8", "#173a66", "#5b7fae"),
    "ignored": ("#f3f3f3", "#8a8a8a", "#c8c8c8"),
}
WIDTH, HEIGHT = 640, 292
CX, CY, R_OUT, R_IN = 146.0, 146.0, 136.0, 64.0


def esc(text: str) -> str:
    """Untrusted text for SVG (XML) text and attribute values alike."""
    return escape(one_line(text), quote=True)


def _point(radius: float, angle: float) -> tuple[float, float]:
    # Angles in degrees, clockwise from twelve o'clock.
    rad = math.radians(angle)
    return CX + radius * math.sin(rad), CY - radius * math.cos(rad)


def _segment(start: float, end: float) -> str:
    end = min(end, start + 359.99)  # a single factor: a full ring cannot be one arc
    large = 1 if end - start > 180 else 0
    (x1, y1), (x2, y2) = _point(R_OUT, start), _point(R_OUT, end)
    (x3, y3), (x4, y4) = _point(R_IN, end), _point(R_IN, start)
    return (
        f"M{x1:.2f},{y1:.2f} A{R_OUT:.0f},{R_OUT:.0f} 0 {large} 1 {x2:.2f},{y2:.2f} "
        f"L{x3:.2f},{y3:.2f} A{R_IN:.0f},{R_IN:.0f} 0 {large} 0 {x4:.2f},{y4:.2f} Z"
    )


def _tooltip(result: FactorResult, lang: str) -> str:
    title = result.factor.title.get(lang)
    return f"<title>{esc(f'{result.factor.id} {title}: {status_word(result.status, lang)}')}</title>"


def _ring(rows: list[FactorResult], lang: str) -> list[str]:
    out = [f'<circle cx="{CX:.0f}" cy="{CY:.0f}" r="{R_OUT:.0f}" fill="#f4f5f7"/>']
    step = 360 / max(len(rows), 1)
    for i, row in enumerate(rows):
        fill, ink, _ = PALETTE[row.status]
        x, y = _point((R_OUT + R_IN) / 2, (i + 0.5) * step)
        out.append(
            f'<g class="seg st-{row.status}">{_tooltip(row, lang)}'
            f'<path d="{_segment(i * step, (i + 1) * step)}" fill="{fill}" '
            'stroke="#ffffff" stroke-width="2"/>'
            f'<text x="{x:.1f}" y="{y - 5:.1f}" fill="{ink}" font-size="12" font-weight="700" '
            f'text-anchor="middle">{esc(row.factor.id)}</text>'
            f'<text x="{x:.1f}" y="{y + 13:.1f}" fill="{ink}" font-size="15" '
            f'text-anchor="middle">{SYMBOLS[row.status]}</text></g>'
        )
    strong = sum(r.status == "strength" for r in rows)
    out.append(
        f'<text x="{CX:.0f}" y="{CY + 2:.0f}" font-size="26" font-weight="700" fill="#1d1d1f" '
        f'text-anchor="middle">{strong}/{len(rows)}</text>'
    )
    out.append(
        f'<text x="{CX:.0f}" y="{CY + 22:.0f}" font-size="12" fill="#5f6368" '
        f'text-anchor="middle">{esc(status_word("strength", lang))}</text>'
    )
    return out


def _strip(rows: list[FactorResult], lang: str, top: float) -> list[str]:
    left, span = 316.0, WIDTH - 316.0 - 12
    size = min(52.0, span / max(len(rows), 1) - 8)
    out = [
        (
            f'<text x="{left:.0f}" y="{top:.0f}" font-size="13" font-weight="700" fill="#1d1d1f">'
            f"{esc(message('specific', lang))}</text>"
        )
    ]
    for i, row in enumerate(rows):
        fill, ink, edge = PALETTE[row.status]
        x, y = left + i * (size + 8), top + 12
        dash = ' stroke-dasharray="4 3"' if row.status == "not_applicable" else ""
        out.append(
            f'<g class="tile st-{row.status}">{_tooltip(row, lang)}'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{size:.1f}" height="{size:.1f}" rx="6" '
            f'fill="{fill}" stroke="{edge}" stroke-width="1.5"{dash}/>'
            f'<text x="{x + size / 2:.1f}" y="{y + size / 2 + 7:.1f}" fill="{ink}" font-size="20" '
            f'text-anchor="middle">{SYMBOLS[row.status]}</text>'
            f'<text x="{x + size / 2:.1f}" y="{y + size + 16:.1f}" fill="#1d1d1f" font-size="12" '
            f'font-weight="700" text-anchor="middle">{esc(row.factor.id)}</text></g>'
        )
    return out


def _legend(result: FileResult, lang: str, top: float) -> list[str]:
    counts = result.counts()
    out = []
    for i, status in enumerate(STATUSES):
        fill, ink, edge = PALETTE[status]
        x, y = 316 + (i % 2) * 162, top + (i // 2) * 28
        out.append(
            f'<g class="key st-{status}"><rect x="{x}" y="{y}" width="22" height="22" rx="4" '
            f'fill="{fill}" stroke="{edge}"/>'
            f'<text x="{x + 11}" y="{y + 16}" fill="{ink}" font-size="13" text-anchor="middle">'
            f"{SYMBOLS[status]}</text>"
            f'<text x="{x + 30}" y="{y + 16}" font-size="13" fill="#1d1d1f">'
            f"{esc(status_word(status, lang))} "
            f'<tspan font-weight="700">{counts[status]}</tspan></text></g>'
        )
    return out


def picture_label(result: FileResult, lang: str) -> str:
    """What the picture shows, in words: its caption and its accessible name."""
    has_strip = any(r.factor.kind == "specific" for r in result.factors)
    code = "picture_label" if has_strip else "picture_label_ring"
    return message(code, lang, name=result.name or result.file)


def profile_svg(result: FileResult, lang: str) -> str:
    """The SVG element (well-formed XML) picturing one valid file's factor results."""
    general = [r for r in result.factors if r.factor.kind == "general"]
    specific = [r for r in result.factors if r.factor.kind == "specific"]
    label = esc(picture_label(result, lang))
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{label}" '
            "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', "
            "'DejaVu Sans', sans-serif\">"
        ),
        f"<title>{label}</title>",
    ]
    if general:
        parts += _ring(general, lang)
    top = 30.0
    if specific:
        parts += _strip(specific, lang, top)
        top += 110
    parts += _legend(result, lang, top + 10)
    parts.append("</svg>")
    return "".join(parts)
