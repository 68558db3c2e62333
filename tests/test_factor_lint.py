"""Factor sets of your own: `factors lint` reports every problem with its line and column, and a
custom set in a folder works with check, explain and factors (docs/contract.md section 3)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import cihelp
import pytest

from wat_werkt.factorset.load import builtin_sets

SET_YAML = """\
id: kwaliteit
title: {nl: Kwaliteitseisen, en: Quality requirements}
source: {document: Eigen eisen, publisher: Kwaliteitsteam}
"""

K01 = """\
id: K01
slug: manual
kind: general
title: {nl: Handleiding, en: Manual}
summary: {nl: Er is een handleiding., en: There is a manual.}
criteria:
  - id: manual
    basis: source
    text: {nl: Er is een handleiding., en: There is a manual.}
    check:
      described: curriculum.manual
advice: {nl: Schrijf een handleiding., en: Write a manual.}
"""

K02 = """\
id: K02
slug: home-visits
kind: specific
title: {nl: Huisbezoek, en: Home visits}
summary: {nl: Huisbezoeken, vaak genoeg., en: Home visits, often enough.}
applies_when:
  one_of: {path: delivery.format, values: [home_visiting]}
criteria:
  - id: monthly
    basis: source
    text: {nl: Minstens één per maand., en: At least one a month.}
    check:
      at_least: {path: delivery.home_visits_per_month, value: 1}
advice: {nl: Kom vaker langs., en: Visit more often.}
"""


def make_set(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def run(*args: str) -> tuple[int, str, str]:
    return cihelp.run(*args, env={"COLUMNS": "100"})


def lint_lines(folder: Path, lang: str = "en") -> tuple[int, list[str]]:
    code, out, err = run("factors", "lint", str(folder), "--lang", lang)
    assert (out == "") == (code == 2)
    return code, [line.replace(str(folder) + "/", "") for line in err.splitlines()]


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    return make_set(
        tmp_path / "kwaliteit", {"set.yaml": SET_YAML, "K01-manual.yaml": K01, "K02-home-visits.yaml": K02}
    )


def test_a_good_set_passes(good: Path) -> None:
    code, out, err = run("factors", "lint", str(good), "--lang", "en")
    assert (code, err) == (0, "")
    assert out == f"{good}: factor set 'kwaliteit' with 2 factors has no problems\n"


@pytest.mark.parametrize("name", builtin_sets())
def test_builtin_sets_pass_lint(name: str) -> None:
    code, out, err = run("factors", "lint", "--set", name, "--lang", "en")
    assert (code, err) == (0, "")
    assert f"factor set '{name}'" in out and "no problems\n" in out


def test_without_dir_the_default_set_is_linted() -> None:
    code, out, _ = run("factors", "lint", "--lang", "en")
    assert code == 0 and "factor set 'opvoedingsondersteuning' with 16 factors" in out


# Each case: the broken factor file (replacing K01), and the one line lint must print.
CASES = {
    "unknown-operator": (
        K01.replace("described: curriculum", "describd: curriculum"),
        "K01-manual.yaml:11:7: unknown operator 'describd' (did you mean 'described'?)",
    ),
    "unknown-path": (
        K01.replace("curriculum.manual", "curriculum.manul"),
        (
            "K01-manual.yaml:11:18: path 'curriculum.manul' does not exist in the intervention format "
            "(did you mean 'curriculum.manual'?)"
        ),
    ),
    "operator-arguments": (
        K01.replace("described: curriculum.manual", "equals: {path: curriculum.standardised}"),
        "K01-manual.yaml:11:15: equals: takes a mapping with exactly these keys: path, value",
    ),
    "two-operators": (
        K01.replace(
            "      described: curriculum.manual", "      described: curriculum.manual\n      any: []"
        ),
        "K01-manual.yaml:11:7: a condition needs exactly one operator, found described, any",
    ),
    "enum-value": (
        K01.replace("described: curriculum.manual", "one_of: {path: delivery.format, values: [group, grup]}"),
        (
            "K01-manual.yaml:11:55: one_of: 'grup' is not a value of 'delivery.format', so this can never "
            "match; allowed: group, individual, home_visiting, online (did you mean 'group'?)"
        ),
    ),
    "bool-value": (
        K01.replace("described: curriculum.manual", "equals: {path: curriculum.standardised, value: ja}"),
        "K01-manual.yaml:11:54: equals: 'curriculum.standardised' holds true or false, so 'ja' can never match",
    ),
    "enum-inside-every": (
        K01.replace(
            "described: curriculum.manual",
            "every: {path: practitioners.role, check: {equals: {path: ., value: nurce}}}",
        ),
        (
            "K01-manual.yaml:11:74: equals: 'nurce' is not a value of 'practitioners.role', so this can never "
            "match; allowed: professional, nurse, paraprofessional, volunteer (did you mean 'nurse'?)"
        ),
    ),
    "number-on-text": (
        K01.replace("described: curriculum.manual", "at_least: {path: curriculum.manual, value: 1}"),
        "K01-manual.yaml:11:24: at_least: 'curriculum.manual' is not a number field",
    ),
    "specific-without-applies-when": (
        K01.replace("kind: general", "kind: specific"),
        "K01-manual.yaml:3:7: a specific factor needs 'applies_when'",
    ),
    "missing-english": (
        K01.replace("title: {nl: Handleiding, en: Manual}", "title: {nl: Handleiding}"),
        "K01-manual.yaml:4:8: 'title' needs both nl and en texts",
    ),
    "unknown-key": (
        K01.replace("advice:", "advise:"),
        (
            "K01-manual.yaml:1:1: missing required key 'advice'\n"
            "K01-manual.yaml:12:1: unknown key 'advise' (did you mean 'advice'?)"
        ),
    ),
    "applies-question-without-applies-when": (
        K01.replace(
            "criteria:", "applies_question: {nl: Is er een groep?, en: Is there a group?}\ncriteria:"
        ),
        (
            "K01-manual.yaml:6:19: 'applies_question' asks what decides 'applies_when'; without "
            "'applies_when' it is never asked"
        ),
    ),
    "followup-in-one-language": (
        K01.replace(
            "      described: curriculum.manual",
            "      described: curriculum.manual\n    followup: {nl: Hoe dan?}",
        ),
        "K01-manual.yaml:12:15: 'criteria[0].followup' needs both nl and en texts",
    ),
    "followup-misspelt": (
        K01.replace(
            "      described: curriculum.manual",
            "      described: curriculum.manual\n    folowup: {nl: x, en: y}",
        ),
        "K01-manual.yaml:12:5: unknown key 'folowup' (did you mean 'followup'?)",
    ),
    "bad-id": (
        K01.replace("id: K01", "id: k1"),
        "K01-manual.yaml:1:5: factor id 'k1' must be capital letters and digits, like G01",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_error_class_with_its_location(tmp_path: Path, case: str) -> None:
    text, expected = CASES[case]
    folder = make_set(
        tmp_path / "s", {"set.yaml": SET_YAML, "K01-manual.yaml": text, "K02-home-visits.yaml": K02}
    )
    code, lines = lint_lines(folder)
    assert code == 2
    assert lines == expected.split("\n")


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    folder = make_set(
        tmp_path / "s", {"set.yaml": SET_YAML, "K01-manual.yaml": K01, "K02-home-visits.yaml": K02}
    )
    make_set(folder / "extra", {"K01-copy.yaml": K01})
    code, lines = lint_lines(folder)
    assert code == 2
    assert lines == ["extra/K01-copy.yaml:1:5: duplicate factor id 'K01' (also in K01-manual.yaml)"]


def test_every_problem_of_every_file_at_once_and_in_dutch(tmp_path: Path) -> None:
    folder = make_set(
        tmp_path / "s",
        {
            "set.yaml": SET_YAML,
            "K01-manual.yaml": CASES["unknown-operator"][0],
            "K02-home-visits.yaml": K02.replace("[home_visiting]", "[home_visit]").replace(
                "en: Home visits}", "}"
            ),
        },
    )
    code, lines = lint_lines(folder, "nl")
    assert code == 2
    assert lines == [
        "K01-manual.yaml:11:7: onbekende operator 'describd' (bedoelt u 'described'?)",
        "K02-home-visits.yaml:4:8: 'title' heeft zowel een nl- als een en-tekst nodig",
        (
            "K02-home-visits.yaml:7:44: one_of: 'home_visit' is geen waarde van 'delivery.format', dus dit "
            "klopt nooit; toegestaan: group, individual, home_visiting, online (bedoelt u 'home_visiting'?)"
        ),
    ]


def test_file_name_without_its_id_is_a_warning_only(tmp_path: Path) -> None:
    folder = make_set(tmp_path / "s", {"set.yaml": SET_YAML, "manual.yaml": K01, "K02-home-visits.yaml": K02})
    code, out, err = run("factors", "lint", str(folder), "--lang", "en")
    assert code == 0
    assert err == (
        f"{folder / 'manual.yaml'}:1:1: warning: the file name does not start with the factor id "
        "'K01' (name it K01-manual.yaml)\n"
    )
    assert out.endswith("has no problems, 1 warning(s)\n")


def test_missing_set_yaml_and_unknown_builtin(tmp_path: Path) -> None:
    code, _, err = run("factors", "lint", str(tmp_path), "--lang", "en")
    assert code == 2 and err == f"not a factor set: no set.yaml in {tmp_path}\n"
    code, _, err = run("factors", "lint", str(tmp_path / "nope"), "--lang", "en")
    assert code == 2 and err == f"no such factor set folder: {tmp_path / 'nope'}\n"
    code, _, err = run("factors", "lint", "--set", "tidie", "--lang", "en")
    assert code == 2 and "no built-in factor set 'tidie'" in err and "(did you mean 'tidier'?)" in err


# -- a custom set in use


def write(path: Path, text: str) -> str:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def test_check_with_a_custom_set(good: Path, tmp_path: Path) -> None:
    file = write(
        tmp_path / "huis.yaml",
        """\
        name: Huisbezoek
        summary: Huisbezoeken voor jonge ouders.
        curriculum: {manual: false}
        delivery: {format: home_visiting, home_visits_per_month: 2}
        """,
    )
    code, out, err = run("check", file, "--factors", str(good), "-f", "json")
    assert (code, err) == (1, "")  # K01 is a gap: the manual is explicitly absent
    data = json.loads(out)
    assert data["factor_set"] == {"id": "kwaliteit", "title": "Quality requirements"}
    assert {f["id"]: f["status"] for f in data["results"][0]["factors"]} == {"K01": "gap", "K02": "strength"}


def test_a_waiver_for_a_custom_factor_needs_that_set(good: Path, tmp_path: Path) -> None:
    file = write(
        tmp_path / "w.yaml",
        """\
        name: W
        summary: Een interventie.
        waivers:
          - {factor: K01, reason: Er is bewust geen handleiding.}
          - {factor: T09, reason: Een factor van een andere ingebouwde set wordt genegeerd.}
        """,
    )
    code, out, _ = run("check", file, "--factors", str(good), "-f", "json")
    assert code == 0
    assert {f["id"]: f["status"] for f in json.loads(out)["results"][0]["factors"]}["K01"] == "waived"
    code, _, err = run("check", file, "-f", "json", "--lang", "en")
    assert code == 2
    assert err == f"{file}:4:14: waiver names unknown factor 'K01' (did you mean 'T01'?)\n"


def test_explain_and_factors_with_a_custom_set(good: Path, tmp_path: Path) -> None:
    file = write(tmp_path / "groep.yaml", "name: G\nsummary: Een groepscursus.\ndelivery: {format: group}\n")
    code, out, _ = run("explain", file, "K02", "--factors", str(good), "--lang", "en")
    assert code == 0
    assert "Status:  – not applicable" in out and "✘ unmet        delivery.format = group (line 3)" in out
    code, out, _ = run("factors", "--factors", str(good), "--lang", "en")
    assert code == 0 and "Quality requirements" in out and "K02" in out
    code, out, _ = run("factors", "--factors", str(good), "lint")
    assert code == 0 and "'kwaliteit'" in out


def test_check_with_a_broken_custom_set_exits_2(tmp_path: Path) -> None:
    folder = make_set(tmp_path / "s", {"set.yaml": SET_YAML, "K01-manual.yaml": CASES["unknown-path"][0]})
    file = write(tmp_path / "x.yaml", "name: X\nsummary: Y\n")
    code, out, err = run("check", file, "--factors", str(folder), "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith(f"{folder / 'K01-manual.yaml'}:11:18: path 'curriculum.manul' does not exist")


def test_a_criterion_without_basis_decides_and_is_a_warning(tmp_path: Path) -> None:
    folder = make_set(
        tmp_path / "s", {"set.yaml": SET_YAML, "K01-manual.yaml": K01.replace("    basis: source\n", "")}
    )
    code, lines = lint_lines(folder)
    assert code == 0
    assert lines == [
        "K01-manual.yaml:7:5: warning: criterion 'manual' has no basis, so it counts as 'source' and "
        "decides the status; write 'basis: source' or 'basis: practice' (a tip that never changes a "
        "status)"
    ]


def test_a_factor_of_practice_criteria_only_is_an_error(tmp_path: Path) -> None:
    folder = make_set(
        tmp_path / "s",
        {"set.yaml": SET_YAML, "K01-manual.yaml": K01.replace("basis: source", "basis: practice")},
    )
    assert lint_lines(folder) == (
        2,
        [
            "K01-manual.yaml:7:3: a factor needs at least one criterion with "
            "'basis: source': only those decide its status"
        ],
    )


def test_a_practice_criterion_never_changes_the_status(tmp_path: Path) -> None:
    extra = (
        "  - id: modules\n    basis: practice\n    text: {nl: Modules., en: Modules.}\n"
        "    check:\n      described: curriculum.modules\n"
    )
    k01 = K01.replace("advice: {nl: Schrijf", extra + "advice: {nl: Schrijf")
    folder = make_set(
        tmp_path / "s", {"set.yaml": SET_YAML, "K01-manual.yaml": k01, "K02-home-visits.yaml": K02}
    )
    doc = tmp_path / "x.yaml"
    doc.write_text("name: X\nsummary: Y\ncurriculum: {manual: Boek, modules: false}\n", encoding="utf-8")
    code, out, err = run("check", str(doc), "--factors", str(folder), "-f", "json")
    assert code == 0, err
    k01_result = json.loads(out)["results"][0]["factors"][0]
    assert k01_result["status"] == "strength"
    assert [(c["id"], c["basis"], c["status"]) for c in k01_result["criteria"]] == [
        ("manual", "source", "met"),
        ("modules", "practice", "unmet"),
    ]


def test_a_built_in_set_states_what_every_question_mark_and_every_no_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A built-in set gives each factor with applies_when its applies_question and each source
    # criterion its followup (docs/contract.md section 7); a set of your own may leave them out.
    import shutil

    from wat_werkt.factorset import lint
    from wat_werkt.factorset.load import builtin_folder

    copy = tmp_path / "opvoedingsondersteuning"
    shutil.copytree(builtin_folder("opvoedingsondersteuning"), copy)
    s02 = copy / "specific" / "S02-individual-home-visits.yaml"
    text = s02.read_text(encoding="utf-8")
    start = text.index("applies_question:")
    s02.write_text(text[:start] + text[text.index("criteria:", start) :], encoding="utf-8")
    g09 = copy / "general" / "G09-quality-monitoring.yaml"
    text = g09.read_text(encoding="utf-8")
    start = text.index("    followup:")
    g09.write_text(text[:start] + text[text.index("  - id: evaluated", start) :], encoding="utf-8")
    assert lint.lint(copy).errors == ()  # as a set of your own: fine
    monkeypatch.setattr(lint, "builtin_folder", lambda name: copy)
    found = lint.lint(None, "opvoedingsondersteuning").errors
    assert [(Path(f).name, p.line_for(Path(f).name, "en")) for f, p in found] == [
        (
            "G09-quality-monitoring.yaml",
            "G09-quality-monitoring.yaml:18:5: criterion 'fidelity-monitored' has no followup: what to ask "
            "when a description answers it with no",
        ),
        (
            "S02-individual-home-visits.yaml",
            "S02-individual-home-visits.yaml:18:1: factor 'S02' has no applies_question: what to ask when a "
            "description does not say whether it applies",
        ),
    ]


def test_a_set_of_your_own_asks_its_applies_question(good: Path, tmp_path: Path) -> None:
    description = cihelp.write(tmp_path, "d.yaml", cihelp.MINIMAL)
    asked = ["compare", str(description), "--factors", str(good), "-f", "json", "--lang", "en"]
    # Without an applies_question, a factor whose applicability is unknown asks nothing ...
    assert json.loads(run(*asked)[1])["interventions"][0]["questions"] == []
    # ... with one, it asks what decides it.
    k02 = good / "K02-home-visits.yaml"
    question = "applies_question: {nl: Komt u bij gezinnen thuis?, en: Do you visit families at home?}\n"
    k02.write_text(
        k02.read_text(encoding="utf-8").replace("criteria:", question + "criteria:"), encoding="utf-8"
    )
    assert json.loads(run(*asked)[1])["interventions"][0]["questions"][-1] == {
        "factor": "K02",
        "criterion": "applies_when",
        "text": "Do you visit families at home?",
    }
