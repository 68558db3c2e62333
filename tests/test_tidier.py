"""The built-in `tidier` set: how replicable a description is (TIDieR items 1-9 and 11)."""

from __future__ import annotations

import json
from pathlib import Path

import cihelp
from conftest import DATA, EXAMPLES

from wat_werkt.factorset.load import builtin_ids, load_builtin

COMPLETE = str(DATA / "tidier-complete.yaml")
SPARSE = str(EXAMPLES / "minimal.yaml")
TIDIER_IDS = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T11"]


def run(*args: str) -> tuple[int, str, str]:
    return cihelp.run(*args, env={"COLUMNS": "100"})


def statuses(out: str) -> dict[str, str]:
    return {f["id"]: f["status"] for f in json.loads(out)["results"][0]["factors"]}


def test_the_set_encodes_items_1_to_9_and_11_in_both_languages() -> None:
    tidier = load_builtin("tidier")
    assert [f.id for f in tidier.factors] == TIDIER_IDS
    assert all(f.kind == "general" and f.title.nl != f.title.en for f in tidier.factors)
    assert dict(tidier.source)["url"] == "https://doi.org/10.1136/bmj.g1687"
    assert set(TIDIER_IDS) <= builtin_ids()


def test_a_complete_description_is_fully_replicable() -> None:
    code, out, err = run("check", COMPLETE, "--set", "tidier", "-f", "json", "--fail-on", "partial")
    assert (code, err) == (0, "")
    assert json.loads(out)["factor_set"]["id"] == "tidier"
    assert statuses(out) == dict.fromkeys(TIDIER_IDS, "strength")


def test_a_sparse_description_is_not_described() -> None:
    code, out, _ = run("check", SPARSE, "--set", "tidier", "-f", "json")
    assert code == 0  # nothing contradicts TIDieR, so the default --fail-on gap passes
    assert statuses(out) == {"T01": "strength", **dict.fromkeys(TIDIER_IDS[1:], "not_described")}
    assert run("check", SPARSE, "--set", "tidier", "--fail-on", "not_described")[0] == 1


def test_the_table_has_no_working_factor_headings() -> None:
    code, out, _ = run("check", COMPLETE, "--set", "tidier", "--lang", "nl")
    assert code == 0
    assert "Algemeen werkzame factoren" not in out and "algemeen:" not in out
    assert "Samenvatting: 10× sterk" in out


def test_waivers_for_the_other_builtin_set_are_ignored(tmp_path: Path) -> None:
    file = tmp_path / "w.yaml"
    file.write_text(
        "name: W\nsummary: Een interventie.\nwaivers:\n"
        "  - {factor: T09, reason: Bewust geen maatwerk.}\n"
        "  - {factor: G06, reason: Het netwerk komt elders aan bod.}\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", str(file), "-f", "json")
    assert code == 0 and statuses(out)["G06"] == "waived" and "T09" not in statuses(out)
    code, out, _ = run("check", str(file), "--set", "tidier", "-f", "json")
    assert code == 0 and statuses(out)["T09"] == "waived" and "G06" not in statuses(out)


def test_no_working_factor_headings_in_compare_and_html() -> None:
    for args in (
        ["compare", COMPLETE, SPARSE, "-f", "markdown"],
        ["compare", COMPLETE, SPARSE, "-f", "html"],
        ["compare", COMPLETE, SPARSE],
        ["check", COMPLETE, "-f", "html"],
    ):
        code, out, _ = run(*args, "--set", "tidier", "--lang", "nl")
        assert code == 0 and "T09" in out
        assert "Algemeen werkzame factoren" not in out, args
    # The default set, with both kinds, keeps its headings.
    assert "Specifiek werkzame factoren" in run("compare", COMPLETE, "-f", "markdown", "--lang", "nl")[1]
