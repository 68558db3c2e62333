"""The table at any width (docs/contract.md section 7): from 60 columns up no word of a factor's
name, no status and no field name is broken inside; below the width where a table cannot keep
them whole, a list. Snapshots at 60, 80 and 120 columns, and the list at 40.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change, then review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import cihelp
import pytest
from conftest import EXAMPLES, SAMPLE, SNAPSHOTS

from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import FactorSet, builtin_ids, load_builtin
from wat_werkt.format.shape import FIELDS
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.renderers.report.table import EVIDENCE_MIN, layout
from wat_werkt.run.checker import check_path

BOX = re.compile(r"[\s│╭╮╰╯├┤┬┴┼─]+")


def render(
    factor_set: FactorSet,
    path: Path,
    lang: str,
    width: int,
    verbose: bool = False,
    display: str | None = None,
) -> str:
    result = check_path(path, factor_set, builtin_ids(), display=display)
    options = RenderOptions(lang=lang, verbose=verbose, color=False, width=width)
    return RENDERERS["table"](Report(factor_set, (result,)), options)


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_table_snapshot_at_width(builtin: FactorSet, lang: str, width: int) -> None:
    snapshot = SNAPSHOTS / f"table_{lang}_{width}.txt"
    text = render(builtin, SAMPLE, lang, width, display="tests/data/sample.yaml")
    assert max(len(line) for line in text.splitlines()) <= width
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")


def test_list_snapshot_below_the_table(builtin: FactorSet) -> None:
    snapshot = SNAPSHOTS / "table_nl_40_list.txt"
    text = render(builtin, SAMPLE, "nl", 40, display="tests/data/sample.yaml")
    assert "│" not in text and max(len(line) for line in text.splitlines()) <= 40
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")


def _words(text: str) -> set[str]:
    return set(BOX.split(text)) - {""}


CASES = [
    (SAMPLE, "opvoedingsondersteuning"),
    (EXAMPLES / "fictief-voorbeeld.yaml", "opvoedingsondersteuning"),
    (EXAMPLES / "pmto.yaml", "opvoedingsondersteuning"),
    (EXAMPLES / "stevig-ouderschap.yaml", "tidier"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("path", "set_name"), CASES, ids=[f"{p.stem}-{s}" for p, s in CASES])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("verbose", [False, True])
def test_no_word_is_broken_from_60_columns_up(path: Path, set_name: str, lang: str, verbose: bool) -> None:
    factor_set = load_builtin(set_name)
    # Wide enough for nothing to wrap: every word as it is.
    whole = _words(render(factor_set, path, lang, 1000, verbose))
    for width in range(60, 141, 4):
        text = render(factor_set, path, lang, width, verbose)
        assert max(len(line) for line in text.splitlines()) <= width
        broken = sorted(w for w in _words(text) - whole if len(w) < EVIDENCE_MIN)
        assert broken == [], (width, broken)
        assert "│" in text, width  # a table, not the list


def test_every_field_name_fits_the_narrowest_evidence_column() -> None:
    longest = max(len(path) for path in FIELDS)
    assert longest + 1 <= EVIDENCE_MIN  # a field name and the ';' after it


@pytest.mark.parametrize(
    ("width", "kind"),
    [
        (40, "list"),
        (58, "list"),
        (59, "narrow"),
        (60, "narrow"),
        (80, "narrow"),
        (93, "narrow"),
        (94, "wide"),
        (120, "wide"),
    ],
)
def test_the_layout_by_width(builtin: FactorSet, width: int, kind: str) -> None:
    result = check_path(SAMPLE, builtin, builtin_ids())
    assert layout(result, RenderOptions(lang="nl", width=width)).kind == kind


def test_a_narrow_terminal_gets_the_list(tmp_path: Path) -> None:
    code, out, _ = cihelp.run("check", str(SAMPLE), "--lang", "nl", "-f", "table", env={"COLUMNS": "44"})
    assert code == 1 and "│" not in out
    assert "G11 Training, supervisie en een stabiele bezetting" in " ".join(out.split()) or "G11 " in out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 44
