"""`watwerkt explain`: the status, whether the factor applies, each criterion with its value
and line, and the advice; snapshots at a fixed width without colour.

Set UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import cihelp
import pytest
from conftest import ROOT, SAMPLE, SNAPSHOTS, TESTS

from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.views.explain import render
from wat_werkt.run.checker import check_path

# Files by their names in the repository, as the snapshots show them.
SAMPLE_NAME = SAMPLE.relative_to(ROOT).as_posix()
STEVIG = "examples/stevig-ouderschap.yaml"


def explained(file: str, factor_id: str, lang: str = "en", set_name: str = "opvoedingsondersteuning") -> str:
    factor_set = load_builtin(set_name)
    result = check_path(ROOT / file, factor_set, builtin_ids(), display=file)
    assert result.valid
    found = next(r for r in result.factors if r.factor.id == factor_id)
    return render(found, result.file, factor_set, RenderOptions(lang=lang, width=100))


def run(*args: str) -> tuple[int, str, str]:
    return cihelp.run(*args, env={"COLUMNS": "100"})


@pytest.mark.parametrize(
    ("name", "file", "factor_id", "lang"),
    [
        ("gap_en", SAMPLE_NAME, "G11", "en"),
        ("not_applicable_en", SAMPLE_NAME, "S03", "en"),
        ("strength_nl", STEVIG, "S03", "nl"),
    ],
)
def test_explain_snapshot(name: str, file: str, factor_id: str, lang: str) -> None:
    snapshot = SNAPSHOTS / f"explain_{name}.txt"
    text = explained(file, factor_id, lang)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(text, encoding="utf-8")
    assert text == snapshot.read_text(encoding="utf-8")


def test_gap_names_the_deciding_value_and_line_and_gives_advice() -> None:
    text = explained(SAMPLE_NAME, "G11")
    assert (
        "Status:  ✘ gap — no criterion of the source is met, and the description answers at least one\n"
        "         otherwise."
    ) in text
    assert "practitioners.training = false: not part of the intervention (line 26)" in text
    assert "not described: practitioners.supervision" in text
    # Each criterion that is not met has its own advice, under it.
    assert "Advice: Describe the education or training practitioners receive." in text
    assert "basis: source · checks: (practitioners.training is described; or" in text


def test_not_applicable_shows_the_condition_and_what_decided_it() -> None:
    text = explained(SAMPLE_NAME, "S03")
    assert "Applies when:  delivery.format is home_visiting" in text
    assert "✘ unmet        delivery.format = group (line 18)" in text
    assert "Advice: nothing to do for this factor." in text


def test_strength_in_dutch() -> None:
    text = explained(STEVIG, "S03", "nl")
    assert "Status:  ✔ sterk — aan elk criterium uit de bron is voldaan." in text
    assert "✔ voldaan                delivery.format[0] = home_visiting (regel 37)" in text


def test_partial_counts_the_criteria() -> None:
    text = explained(SAMPLE_NAME, "G03")
    assert "Status:  ◐ partial — 2 of 3 criteria of the source met; 1 unknown." in text
    assert "Status:  ◐ deels — aan 2 van de 3 criteria uit de bron is voldaan; 1 onbekend." in explained(
        SAMPLE_NAME, "G03", "nl"
    )


def test_practice_criteria_are_tips_and_never_count() -> None:
    text = explained(SAMPLE_NAME, "G01")
    assert "Status:  ✔ strength — every criterion of the source is met." in text
    assert "basis: good practice, a tip" in text
    assert "Tip: List the modules and the materials" in text
    assert "Criteria of good practice are tips: they never change the status or the exit code." in text


def test_waived_factor_says_what_it_would_have_been(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "name: W\nsummary: Een interventie.\nquality: {fidelity_monitoring: false}\n"
        'waivers:\n  - {factor: G09, reason: "Geen \\e[31mbewaking"}\n',
        encoding="utf-8",
    )
    code, out, err = run("explain", str(path), "G09", "--lang", "en")
    assert (code, err) == (0, "")
    assert r"⊘ waived — the description waives it (line 5): Geen \x1b[31mbewaking" in out
    assert "Without the waiver:  ✘ gap" in out
    assert "\x1b" not in out  # the escape from the file is shown, not obeyed
    assert "Advice: Describe how you monitor that the intervention is delivered as intended" in out


def test_cli_exit_0_and_the_same_text() -> None:
    code, out, err = run("explain", str(SAMPLE), "g11", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "G11  Training, supervision and stable staffing of practitioners"


def test_unknown_factor_exits_2_with_a_suggestion() -> None:
    code, out, err = run("explain", str(SAMPLE), "G1", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == "no factor 'G1' in set 'opvoedingsondersteuning' (did you mean 'G01'?)\n"
    code, _, err = run("explain", str(SAMPLE), "G0G", "--lang", "nl")
    assert code == 2 and err.startswith("geen factor 'G0G' in set 'opvoedingsondersteuning'")


def test_factor_of_another_builtin_set_names_that_set() -> None:
    code, _, err = run("explain", str(SAMPLE), "T09", "--lang", "en")
    assert code == 2
    assert err == (
        "no factor 'T09' in set 'opvoedingsondersteuning'; it is in the built-in set "
        "'tidier' (add --set tidier)\n"
    )
    code, out, _ = run("explain", str(SAMPLE), "T09", "--set", "tidier", "--lang", "en")
    assert code == 0 and out.startswith("T09  Tailoring\n")


def test_invalid_file_exits_2_with_located_problems() -> None:
    bad = TESTS / "invalid" / "enum-typo.yaml"
    code, out, err = run("explain", str(bad), "G01", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == (
        f"{bad}:5:11: unknown value 'grup' for 'delivery.format'; allowed: group, individual, "
        "home_visiting, online (did you mean 'group'?)\n"
    )


def test_missing_file_exits_2() -> None:
    code, out, err = run("explain", "no-such-file.yaml", "G01", "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith("no-such-file.yaml:") and "no such file or folder" in err


def test_standard_input_is_read_as_check_reads_it() -> None:
    """`explain - G01 < a.yaml` said "-: no such file or folder"."""
    code, out, err = cihelp.run("explain", str(SAMPLE), "G11", "--lang", "en", env={"COLUMNS": "100"})
    from_file = out.replace(str(SAMPLE), "<stdin>")
    code, out, err = cihelp.run(
        "explain", "-", "G11", "--lang", "en", env={"COLUMNS": "100"}, input=SAMPLE.read_bytes()
    )
    assert (code, err) == (0, "")
    assert out == from_file and "<stdin>" in out
    code, out, err = cihelp.run("explain", "-", "G01", "--lang", "en", input=b"name: [\n")
    assert (code, out) == (2, "")
    assert err.startswith("<stdin>:2:1: invalid YAML")
