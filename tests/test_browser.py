"""The HTML report in a real browser: headless Chromium renders it to a PNG, which we inspect.

Slower than the other tests (Chromium starts in a second or two per page). `.ci/run` installs
Debian's `chromium` where it is missing; without a browser the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from wat_werkt.cli import app
from wat_werkt.renderers.html_svg import PALETTE

ROOT = Path(__file__).resolve().parents[1]
BROWSER = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium found (.ci/run installs it)")
SIZE = (1200, 2000)


def screenshot(html: str, tmp_path: Path) -> Image.Image:
    page, png = tmp_path / "report.html", tmp_path / "report.png"
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
        f"--screenshot={png}",
        f"--window-size={SIZE[0]},{SIZE[1]}",
        page.as_uri(),
    ]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert png.is_file(), f"no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"
    return Image.open(png).convert("RGB")


def pixels_near(image: Image.Image, hex_colour: str, tolerance: int = 12) -> int:
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(
        count
        for count, rgb in image.getcolors(maxcolors=image.width * image.height) or []
        if all(abs(a - b) <= tolerance for a, b in zip(rgb, target))
    )


def html_of(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "-f", "html", "--lang", "en"])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_check_report_renders_with_its_picture(tmp_path: Path) -> None:
    # Stevig Ouderschap has strengths, partial and not-described factors: three colours to find.
    image = screenshot(
        html_of("check", str(ROOT / "examples" / "stevig-ouderschap.yaml")), tmp_path
    )
    assert image.size == SIZE
    colours = image.getcolors(maxcolors=SIZE[0] * SIZE[1])
    assert colours is not None and len(colours) > 50  # not blank, not a single colour
    # The picture and the badges are drawn: each status colour covers a real area, not a speck.
    for status in ("strength", "partial", "not_described"):
        assert pixels_near(image, PALETTE[status][0]) > 2000, status
    # The page background and the white card both show: the stylesheet was applied.
    assert pixels_near(image, "#f4f5f7", 2) > 20000 and pixels_near(image, "#ffffff", 2) > 200000


def test_compare_report_renders_the_matrix(tmp_path: Path) -> None:
    files = sorted(str(p) for p in (ROOT / "examples").glob("*.yaml"))
    image = screenshot(html_of("compare", *files), tmp_path)
    assert image.size == SIZE
    # The matrix: 16 x 10 coloured cells near the top of the page, mostly "not described".
    top = image.crop((0, 0, SIZE[0], 1400))
    assert pixels_near(top, PALETTE["not_described"][0]) > 100000
    assert pixels_near(top, PALETTE["partial"][0]) > 30000
    assert pixels_near(top, PALETTE["strength"][0]) > 10000
