"""The Rich table at a fixed width without colour, compared with a snapshot.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import EXAMPLES, SAMPLE, SNAPSHOTS

from wat_werkt.engine.evaluate import Report
from wat_werkt.factorset.load import FactorSet, builtin_ids
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.run.checker import check_path


def render(builtin: FactorSet, lang: str, verbose: bool = False, color: bool = False) -> str:
    result = check_path(SAMPLE, builtin, builtin_ids(), display="tests/data/sample.yaml")
    options = RenderOptions(lang=lang, verbose=verbose, color=color, width=100)
    return RENDERERS["table"](Report(builtin, (result,)), options)


@pytest.mark.parametrize(("lang", "verbose"), [("en", False), ("nl", False), ("en", True)])
def test_table_snapshot(builtin: FactorSet, lang: str, verbose: bool) -> None:
    snapshot = SNAPSHOTS / f"table_{lang}{'_verbose' if verbose else ''}.txt"
    text = render(builtin, lang, verbose)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")


def test_table_has_no_escape_codes_without_colour(builtin: FactorSet) -> None:
    assert "\x1b" not in render(builtin, "en")


def test_table_uses_colour_when_asked(builtin: FactorSet) -> None:
    assert "\x1b[" in render(builtin, "en", color=True)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_report_of_several_files_ends_with_their_total(
    builtin: FactorSet, tmp_path: Path, lang: str
) -> None:
    """One line under the last table: how many files, all their factors' statuses added up,
    and how many could not be checked. Not under a report of one file."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: X\n", encoding="utf-8")  # no summary: not checked
    paths = [EXAMPLES / "minimal.yaml", EXAMPLES / "fictief-voorbeeld.yaml", broken]
    results = tuple(check_path(p, builtin, builtin_ids()) for p in paths)
    options = RenderOptions(lang=lang, color=False, width=80)
    last = RENDERERS["table"](Report(builtin, results), options).rstrip("\n").splitlines()[-1]
    added: dict[str, int] = {}
    for result in results:
        for status, count in result.counts().items():
            added[status] = added.get(status, 0) + count
    assert added["not_described"] >= 16 and added["strength"] >= 1  # the two valid files' 32 factors
    words = {
        "en": ("Total: 3 files, 1 not checked; factors: ", "not described"),
        "nl": ("Totaal: 3 bestanden, 1 niet gecontroleerd; factoren: ", "niet beschreven"),
    }[lang]
    assert last.startswith(words[0])
    times = {"en": "", "nl": "×"}[lang]  # Dutch counts times: "2× ontbreekt"
    assert f"{added['not_described']}{times} {words[1]}" in last and len(last) > 80  # one line, never wrapped
    assert sum(int(part.split()[0].rstrip("×")) for part in last[len(words[0]) :].split(", ")) == 32
    single = RENDERERS["table"](Report(builtin, results[:1]), options)
    assert words[0].split()[0] not in single.rstrip("\n").splitlines()[-1]
