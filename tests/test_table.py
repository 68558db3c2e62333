"""The Rich table at a fixed width without colour, compared with a snapshot.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wat_werkt.checker import check_path
from wat_werkt.engine import Report
from wat_werkt.factors import FactorSet, builtin_ids
from wat_werkt.renderers import RENDERERS, RenderOptions

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "sample.yaml"


def render(builtin: FactorSet, lang: str, verbose: bool = False, color: bool = False) -> str:
    result = check_path(SAMPLE, builtin, builtin_ids(), display="tests/data/sample.yaml")
    options = RenderOptions(lang=lang, verbose=verbose, color=color, width=100)
    return RENDERERS["table"](Report(builtin, (result,)), options)


@pytest.mark.parametrize(("lang", "verbose"), [("en", False), ("nl", False), ("en", True)])
def test_table_snapshot(builtin: FactorSet, lang: str, verbose: bool) -> None:
    snapshot = HERE / "snapshots" / f"table_{lang}{'_verbose' if verbose else ''}.txt"
    text = render(builtin, lang, verbose)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")


def test_table_has_no_escape_codes_without_colour(builtin: FactorSet) -> None:
    assert "\x1b" not in render(builtin, "en")


def test_table_uses_colour_when_asked(builtin: FactorSet) -> None:
    assert "\x1b[" in render(builtin, "en", color=True)
