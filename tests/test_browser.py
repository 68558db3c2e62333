"""The HTML report in a real browser: headless Chromium renders it to a PNG, which we inspect,
and prints it to PDF, whose pages we count (docs/compare.md: the overview on page one, then one
A4 page per intervention).

Slower than the other tests (Chromium starts in a second or two per page). `.ci/run` installs
Debian's `chromium` where it is missing; without a browser the test is skipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES
from PIL import Image
from typer.testing import CliRunner

from wat_werkt.commands.app import app
from wat_werkt.renderers.report.html_svg import PALETTE

BROWSER = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BROWSER is None, reason="no chromium found (.ci/run installs it)"),
]
SIZE = (1200, 2000)


def chromium(html: str, tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    assert BROWSER is not None
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *options,
        page.as_uri(),
    ]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )


def screenshot(html: str, tmp_path: Path) -> Image.Image:
    png = tmp_path / "report.png"
    done = chromium(html, tmp_path, f"--screenshot={png}", f"--window-size={SIZE[0]},{SIZE[1]}")
    assert png.is_file(), f"no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"
    return Image.open(png).convert("RGB")


def printed_pages(html: str, tmp_path: Path) -> int:
    """The number of pages Chromium prints the report on, as a user's "Save as PDF" would."""
    pdf = tmp_path / "report.pdf"
    done = chromium(html, tmp_path, f"--print-to-pdf={pdf}")
    assert pdf.is_file(), f"no PDF (exit {done.returncode}): {done.stderr[-2000:]}"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    # One page object per page; /Type /Pages is the page tree, not a page.
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


def pixels_near(image: Image.Image, hex_colour: str, tolerance: int = 12) -> int:
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    found = 0
    for count, rgb in image.getcolors(maxcolors=image.width * image.height) or []:
        # A colour is a tuple of bands (RGB or RGBA); a single-band image would give a number.
        if isinstance(rgb, tuple) and all(
            abs(a - b) <= tolerance for a, b in zip(rgb[:3], target, strict=True)
        ):
            found += count
    return found


def html_of(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "-f", "html", "--lang", "en"])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_check_report_renders_with_its_picture(tmp_path: Path) -> None:
    # Stevig Ouderschap has strengths, partial and not-described factors: three colours to find.
    image = screenshot(html_of("check", str(EXAMPLES / "stevig-ouderschap.yaml")), tmp_path)
    assert image.size == SIZE
    colours = image.getcolors(maxcolors=SIZE[0] * SIZE[1])
    assert colours is not None and len(colours) > 50  # not blank, not a single colour
    # The picture and the badges are drawn: each status colour covers a real area, not a speck.
    for status in ("strength", "partial", "not_described"):
        assert pixels_near(image, PALETTE[status][0]) > 2000, status
    # The page background and the white card both show: the stylesheet was applied.
    assert pixels_near(image, "#f4f5f7", 2) > 20000 and pixels_near(image, "#ffffff", 2) > 200000


def test_compare_report_renders_the_matrix(tmp_path: Path) -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    image = screenshot(html_of("compare", *files), tmp_path)
    assert image.size == SIZE
    # The matrix: 16 x 10 coloured cells near the top of the page, mostly "not described".
    top = image.crop((0, 0, SIZE[0], 1400))
    assert pixels_near(top, PALETTE["not_described"][0]) > 100000
    assert pixels_near(top, PALETTE["partial"][0]) > 30000
    assert pixels_near(top, PALETTE["strength"][0]) > 10000


FIVE = ["pmto", "vipp-sd", "opstapje", "triple-p-niveau-4-groep", "stevig-ouderschap"]
PORTRAIT_PAGE, LANDSCAPE_PAGE = (595, 842), (842, 595)  # A4, in points, rounded


def page_sizes(html: str, tmp_path: Path) -> list[tuple[int, int]]:
    """The size of every page Chromium prints the report on, in points, in no set order."""
    pdf = tmp_path / "report.pdf"
    done = chromium(html, tmp_path, f"--print-to-pdf={pdf}")
    assert pdf.is_file(), f"no PDF (exit {done.returncode}): {done.stderr[-2000:]}"
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert len(boxes) == len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))  # a size for each page
    return [(round(float(w)), round(float(h))) for w, h in boxes]


def compared(*paths: str, lang: str = "nl") -> str:
    result = CliRunner().invoke(
        app, ["compare", *paths, "-f", "html", "--lang", lang], env={"SOURCE_DATE_EPOCH": "1767225600"}
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_compare_of_five_prints_an_overview_and_a_page_each(lang: str, tmp_path: Path) -> None:
    html = compared(*(str(EXAMPLES / f"{name}.yaml") for name in FIVE), lang=lang)
    sizes = page_sizes(html, tmp_path)
    # The overview on A4 landscape (the matrix, then the key facts in blocks of a few
    # interventions, each block on one page), then one A4 portrait page per intervention.
    assert sizes.count(PORTRAIT_PAGE) == len(FIVE)
    assert 1 <= sizes.count(LANDSCAPE_PAGE) <= 3 and len(sizes) == sizes.count(LANDSCAPE_PAGE) + len(FIVE)


def twelve(tmp_path: Path) -> list[str]:
    """All of examples/ (eleven: nine real, the minimal and the made-up one) and one more, whose
    name has a word of 27 letters."""
    extra = tmp_path / "extra.yaml"
    text = (EXAMPLES / "vipp-sd.yaml").read_text(encoding="utf-8")
    extra.write_text(
        re.sub(
            r"(?m)^name: .*$", "name: Gezinsbegeleidingsprogramma Nieuw Perspectief voor Jonge Ouders", text
        ),
        encoding="utf-8",
    )
    return [*sorted(str(p) for p in EXAMPLES.glob("*.yaml")), str(extra)]


@pytest.mark.parametrize("count", [11, 12])
def test_compare_of_many_prints_an_overview_and_a_page_each(count: int, tmp_path: Path) -> None:
    sizes = page_sizes(compared(*twelve(tmp_path)[:count]), tmp_path)
    # Every intervention on one portrait page of its own; the overview on at most one page for
    # the matrix and one for each block of at most four interventions' key facts.
    assert sizes.count(PORTRAIT_PAGE) == count
    assert 2 <= sizes.count(LANDSCAPE_PAGE) <= 1 + 3


# Run in the page: every word of the overview (the matrix, the legend, the key facts) with the
# boxes the browser laid it out in. A word is broken when it lies on more than one line (unless
# it breaks after a hyphen or a slash of its own, or it is an address); it leaves its cell when
# its box is not inside the box of the table cell (or list item, caption) it belongs to; it runs
# past the margin when it is not inside the overview, which is as wide as the printed page's
# text; two words overlap when their boxes share more than a pixel each way.
MEASURE = """
(function () {
  const problems = [];
  const words = [];
  for (const section of document.querySelectorAll("section.overview, section.left-out")) {
    const limit = section.getBoundingClientRect();
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el.closest(".sr")) continue;
      const style = getComputedStyle(el);
      const box = el.closest("td, th, li, caption") || el;
      const cell = box.getBoundingClientRect();
      const re = /\\S+/g;
      let m;
      while ((m = re.exec(node.textContent))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        const word = m[0];
        const vertical = style.writingMode.startsWith("vertical");
        const lines = new Set(rects.map((r) => Math.round(vertical ? r.left : r.top)));
        if (lines.size > 1 && !/[-/]/.test(word.slice(0, -1)) && !box.classList.contains("url")) {
          problems.push("broken: " + word);
        }
        for (const r of rects) {
          if (r.right > limit.right + 1 || r.left < limit.left - 1) problems.push("past the margin: " + word);
          if (r.right > cell.right + 1 || r.left < cell.left - 1 || r.bottom > cell.bottom + 1 || r.top < cell.top - 1) {
            problems.push("out of its cell: " + word);
          }
          words.push({word, box, r});
        }
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i], b = words[j];
      if (a.box === b.box) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1) problems.push("overlap: " + a.word + " / " + b.word);
    }
  }
  const out = document.createElement("pre");
  out.id = "layout";
  out.textContent = JSON.stringify({words: words.length, problems: problems});
  document.body.appendChild(out);
})();
"""


def printed_layout(html: str, tmp_path: Path) -> dict[str, Any]:
    """The overview laid out as it prints, measured in the page: the print styles applied on
    screen, the overview as wide as the text of its printed page (A4 landscape or portrait, less
    the margins of report.css), and MEASURE run after layout; the page's own policy, which
    forbids scripts, is taken out of this copy only."""
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    assert html.count("@media print{") == 1
    html = html.replace("@media print{", "@media all{")
    width = "275mm" if 'class="card overview wide"' in html else "188mm"
    html = html.replace("</style>", f"section.overview{{width:{width}}}\n</style>", 1)
    html = html.replace("</body>", f"<script>{MEASURE}</script></body>")
    done = chromium(html, tmp_path, "--virtual-time-budget=10000", "--window-size=1400,1000", "--dump-dom")
    found = re.search(r'<pre id="layout">(.*?)</pre>', done.stdout, re.S)
    assert found is not None, f"no measurement (exit {done.returncode}): {done.stderr[-2000:]}"
    data: dict[str, Any] = json.loads(unescape(found.group(1)))
    return data


@pytest.mark.parametrize("count", [1, 3, 4, 5, 6, 7, 11, 12])
def test_printed_overview_breaks_no_word_and_prints_nothing_over_anything(count: int, tmp_path: Path) -> None:
    # From one intervention to twelve, portrait and landscape, names upright and turned, one
    # block of key facts and three: no name printed over the next, no label over its value, no
    # heading past the margin, no word broken in two ("huisbezoe|k", "onderwijsachterstand" and
    # its full stop on a line of their own). The 27-letter word of the twelfth fits its cell
    # whole too: its column is turned or wide enough.
    layout = printed_layout(compared(*twelve(tmp_path)[-count:]), tmp_path)
    assert layout["words"] > 300  # the overview was there to measure
    assert layout["problems"] == []


def test_check_of_one_prints_on_two_pages(tmp_path: Path) -> None:
    html = html_of("check", str(EXAMPLES / "fictief-voorbeeld.yaml"))
    assert printed_pages(html, tmp_path) == 2
