"""The HTML report in a real browser: headless Chromium renders it to a PNG, which we inspect,
and prints it to PDF, whose pages we count (docs/compare.md: the overview on page one, then one
A4 page per intervention).

Slower than the other tests (Chromium starts in a second or two per page). `.ci/run` installs
Debian's `chromium` where it is missing; without a browser the test is skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES
from PIL import Image
from typer.testing import CliRunner

from wat_werkt.cli import app
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


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_compare_of_five_prints_an_overview_and_a_page_each(lang: str, tmp_path: Path) -> None:
    files = [str(EXAMPLES / f"{name}.yaml") for name in FIVE]
    result = CliRunner().invoke(
        app, ["compare", *files, "-f", "html", "--lang", lang], env={"SOURCE_DATE_EPOCH": "1767225600"}
    )
    assert result.exit_code == 0
    # Page one the matrix and the key facts, then one A4 page per intervention: six, where the
    # report before the commissioner's print styles took 27.
    assert printed_pages(result.stdout, tmp_path) == 1 + len(FIVE)


def test_check_of_one_prints_on_two_pages(tmp_path: Path) -> None:
    html = html_of("check", str(EXAMPLES / "fictief-voorbeeld.yaml"))
    assert printed_pages(html, tmp_path) == 2
