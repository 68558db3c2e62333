"""Did-you-mean hints for values written the way people write them (src/wat_werkt/document/hints.py,
docs/format.md "Errors"): Dutch and English yes and no, decimal commas, units, false where a
number or a section belongs, empty items. Each input is checked in both languages, with its
line and column."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import cihelp
import pytest
from conftest import SRC

from wat_werkt.document.validate import validate
from wat_werkt.document.yamlload import parse_text
from wat_werkt.factorset.load import builtin_ids
from wat_werkt.messages import MESSAGES

# What is written below `name: X` and `summary: Y` (so it starts on line 3); where the error
# points; the error in English and in Dutch.
CASES = [
    (
        "curriculum: {standardised: ja}",
        3,
        28,
        "'curriculum.standardised' should be true or false, found 'ja' (did you mean true? YAML reads only true and false as yes and no)",
        "'curriculum.standardised' moet true of false zijn, gevonden: 'ja' (bedoelt u true? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "curriculum: {standardised: Nee}",
        3,
        28,
        "'curriculum.standardised' should be true or false, found 'Nee' (did you mean false? YAML reads only true and false as yes and no)",
        "'curriculum.standardised' moet true of false zijn, gevonden: 'Nee' (bedoelt u false? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "curriculum: {standardised: yes}",
        3,
        28,
        "'curriculum.standardised' should be true or false, found 'yes' (did you mean true? YAML reads only true and false as yes and no)",
        "'curriculum.standardised' moet true of false zijn, gevonden: 'yes' (bedoelt u true? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "curriculum: {standardised: no}",
        3,
        28,
        "'curriculum.standardised' should be true or false, found 'no' (did you mean false? YAML reads only true and false as yes and no)",
        "'curriculum.standardised' moet true of false zijn, gevonden: 'no' (bedoelt u false? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "duration: {adjustable: wel}",
        3,
        24,
        "'duration.adjustable' should be true or false, found 'wel' (did you mean true? YAML reads only true and false as yes and no)",
        "'duration.adjustable' moet true of false zijn, gevonden: 'wel' (bedoelt u true? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "duration: {adjustable: niet}",
        3,
        24,
        "'duration.adjustable' should be true or false, found 'niet' (did you mean false? YAML reads only true and false as yes and no)",
        "'duration.adjustable' moet true of false zijn, gevonden: 'niet' (bedoelt u false? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "target_group: {risk_group: 'true'}",
        3,
        28,
        "'target_group.risk_group' should be true or false, found 'true' (did you mean true? in quotes it is text)",
        "'target_group.risk_group' moet true of false zijn, gevonden: 'true' (bedoelt u true? tussen aanhalingstekens is het tekst)",
    ),
    (
        "target_group: {group_suitable: 'Ja, als ze willen'}",
        3,
        32,
        "'target_group.group_suitable' should be true or false, found 'Ja, als ze willen' (did you mean true? write true or false, and an explanation in a comment after #)",
        "'target_group.group_suitable' moet true of false zijn, gevonden: 'Ja, als ze willen' (bedoelt u true? schrijf true of false, en een toelichting als commentaar na #)",
    ),
    (
        "target_group: {group_suitable: ''}",
        3,
        32,
        "'target_group.group_suitable' should be true or false, found '' (did you mean false? write false for no, or leave the value out when it is not described)",
        "'target_group.group_suitable' moet true of false zijn, gevonden: '' (bedoelt u false? schrijf false voor nee, of laat de waarde weg als het niet beschreven is)",
    ),
    (
        "target_group: {risk_group: 1}",
        3,
        28,
        "'target_group.risk_group' should be true or false, found 1 (did you mean true? YAML reads only true and false as yes and no)",
        "'target_group.risk_group' moet true of false zijn, gevonden: 1 (bedoelt u true? YAML kent alleen true en false als ja en nee)",
    ),
    (
        "target_group: {child_age: {min: 1,5}}",
        3,
        35,
        "unknown key '5': write decimals with a point (1.5), not a comma",
        "onbekend veld '5': schrijf decimalen met een punt (1.5), niet met een komma",
    ),
    (
        "target_group:\n  child_age:\n    min: 1,5\n    max: 4",
        5,
        10,
        "'target_group.child_age.min' should be a number, found '1,5' (did you mean 1.5? write decimals with a point)",
        "'target_group.child_age.min' moet een getal zijn, gevonden: '1,5' (bedoelt u 1.5? schrijf decimalen met een punt)",
    ),
    (
        "target_group: {child_age: {max: 18 maanden}}",
        3,
        33,
        "'target_group.child_age.max' should be a number, found '18 maanden' (did you mean 1.5? the field counts in years)",
        "'target_group.child_age.max' moet een getal zijn, gevonden: '18 maanden' (bedoelt u 1.5? het veld telt in jaren)",
    ),
    (
        "target_group: {child_age: {max: 4 jaar}}",
        3,
        33,
        "'target_group.child_age.max' should be a number, found '4 jaar' (did you mean 4? a number field takes the number alone)",
        "'target_group.child_age.max' moet een getal zijn, gevonden: '4 jaar' (bedoelt u 4? een getalveld krijgt alleen het getal)",
    ),
    (
        "target_group: {child_age: 0-4 jaar}",
        3,
        27,
        "'target_group.child_age' should be a mapping of keys, found '0-4 jaar' (did you mean {min: 0, max: 4}? child_age takes the youngest and the oldest age, in years)",
        "'target_group.child_age' moet een sectie met velden zijn, gevonden: '0-4 jaar' (bedoelt u {min: 0, max: 4}? child_age krijgt de jongste en de oudste leeftijd, in jaren)",
    ),
    (
        "target_group: {child_age: 4 tot 12}",
        3,
        27,
        "'target_group.child_age' should be a mapping of keys, found '4 tot 12' (did you mean {min: 4, max: 12}? child_age takes the youngest and the oldest age, in years)",
        "'target_group.child_age' moet een sectie met velden zijn, gevonden: '4 tot 12' (bedoelt u {min: 4, max: 12}? child_age krijgt de jongste en de oudste leeftijd, in jaren)",
    ),
    (
        "delivery: {home_visits_per_month: false}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found false (did you mean 0? a number says none with 0; false is for texts and lists)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: false (bedoelt u 0? een getal zegt 'geen' met 0; false is voor teksten en lijsten)",
    ),
    (
        "delivery: {home_visits_per_month: geen}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found 'geen' (did you mean 0? a number field takes a number, and 0 says none)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: 'geen' (bedoelt u 0? een getalveld krijgt een getal, en 0 zegt 'geen')",
    ),
    (
        "delivery: {home_visits_per_month: 2 keer per maand}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found '2 keer per maand' (did you mean 2? a number field takes the number alone)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: '2 keer per maand' (bedoelt u 2? een getalveld krijgt alleen het getal)",
    ),
    (
        "delivery: {home_visits_per_month: 1 per week}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found '1 per week' (did you mean 4.33? the field counts visits a month)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: '1 per week' (bedoelt u 4.33? het veld telt bezoeken per maand)",
    ),
    (
        "delivery: {home_visits_per_month: '1,5'}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found '1,5' (did you mean 1.5? write decimals with a point)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: '1,5' (bedoelt u 1.5? schrijf decimalen met een punt)",
    ),
    (
        "delivery: {group_size: ca. 10}",
        3,
        24,
        "'delivery.group_size' should be a whole number, found 'ca. 10' (did you mean 10? a number field takes the number alone)",
        "'delivery.group_size' moet een geheel getal zijn, gevonden: 'ca. 10' (bedoelt u 10? een getalveld krijgt alleen het getal)",
    ),
    (
        "delivery: {group_size: maximaal 12 ouders}",
        3,
        24,
        "'delivery.group_size' should be a whole number, found 'maximaal 12 ouders' (did you mean 12? a number field takes the number alone)",
        "'delivery.group_size' moet een geheel getal zijn, gevonden: 'maximaal 12 ouders' (bedoelt u 12? een getalveld krijgt alleen het getal)",
    ),
    (
        "duration: {sessions: false}",
        3,
        22,
        "'duration.sessions' should be a whole number, found false (a number field takes a number; leave the field out when it does not apply)",
        "'duration.sessions' moet een geheel getal zijn, gevonden: false (een getalveld krijgt een getal; laat het veld weg als het niet van toepassing is)",
    ),
    (
        "delivery: {home_visits_per_month: false}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found false (did you mean 0? a number says none with 0; false is for texts and lists)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: false (bedoelt u 0? een getal zegt 'geen' met 0; false is voor teksten en lijsten)",
    ),
    (
        "delivery: {group_size: n.v.t.}",
        3,
        24,
        "'delivery.group_size' should be a whole number, found 'n.v.t.' (a number field takes a number; leave the field out when it does not apply)",
        "'delivery.group_size' moet een geheel getal zijn, gevonden: 'n.v.t.' (een getalveld krijgt een getal; laat het veld weg als het niet van toepassing is)",
    ),
    (
        "duration: {sessions: 20-24}",
        3,
        22,
        "'duration.sessions' should be a whole number, found '20-24' (a number field takes one number: write the usual one, and the range in a comment after it (# 20-24))",
        "'duration.sessions' moet een geheel getal zijn, gevonden: '20-24' (een getalveld krijgt één getal: schrijf het gebruikelijke aantal, en het bereik in een opmerking erachter (# 20-24))",
    ),
    (
        "delivery: {home_visits_per_month: wekelijks}",
        3,
        35,
        "'delivery.home_visits_per_month' should be a number, found 'wekelijks' (did you mean 4.33? the field counts visits a month)",
        "'delivery.home_visits_per_month' moet een getal zijn, gevonden: 'wekelijks' (bedoelt u 4.33? het veld telt bezoeken per maand)",
    ),
    (
        "duration: {sessions: veel}",
        3,
        22,
        "'duration.sessions' should be a whole number, found 'veel' (a number field takes one number, in digits)",
        "'duration.sessions' moet een geheel getal zijn, gevonden: 'veel' (een getalveld krijgt één getal, in cijfers)",
    ),
    (
        "duration: {sessions: zes}",
        3,
        22,
        "'duration.sessions' should be a whole number, found 'zes' (did you mean 6? a number field takes digits)",
        "'duration.sessions' moet een geheel getal zijn, gevonden: 'zes' (bedoelt u 6? een getalveld krijgt cijfers)",
    ),
    (
        "duration: {sessions: twelve}",
        3,
        22,
        "'duration.sessions' should be a whole number, found 'twelve' (did you mean 12? a number field takes digits)",
        "'duration.sessions' moet een geheel getal zijn, gevonden: 'twelve' (bedoelt u 12? een getalveld krijgt cijfers)",
    ),
    (
        "duration: {sessions: 8 bijeenkomsten}",
        3,
        22,
        "'duration.sessions' should be a whole number, found '8 bijeenkomsten' (did you mean 8? a number field takes the number alone)",
        "'duration.sessions' moet een geheel getal zijn, gevonden: '8 bijeenkomsten' (bedoelt u 8? een getalveld krijgt alleen het getal)",
    ),
    (
        "duration: {sessions: 6.0}",
        3,
        22,
        "'duration.sessions' should be a whole number, found 6.0 (did you mean 6? a count is a whole number, without a decimal point)",
        "'duration.sessions' moet een geheel getal zijn, gevonden: 6.0 (bedoelt u 6? een aantal is een geheel getal, zonder punt)",
    ),
    (
        "duration: {weeks: 12 weken}",
        3,
        19,
        "'duration.weeks' should be a whole number, found '12 weken' (did you mean 12? a number field takes the number alone)",
        "'duration.weeks' moet een geheel getal zijn, gevonden: '12 weken' (bedoelt u 12? een getalveld krijgt alleen het getal)",
    ),
    (
        "duration: {weeks: 3 maanden}",
        3,
        19,
        "'duration.weeks' should be a whole number, found '3 maanden' (did you mean 13? the field counts in weeks)",
        "'duration.weeks' moet een geheel getal zijn, gevonden: '3 maanden' (bedoelt u 13? het veld telt in weken)",
    ),
    (
        "duration: {session_minutes: 1,5 uur}",
        3,
        31,
        "unknown key '5 uur': write decimals with a point (1.5), not a comma",
        "onbekend veld '5 uur': schrijf decimalen met een punt (1.5), niet met een komma",
    ),
    (
        "duration: {session_minutes: 90 min}",
        3,
        29,
        "'duration.session_minutes' should be a whole number, found '90 min' (did you mean 90? a number field takes the number alone)",
        "'duration.session_minutes' moet een geheel getal zijn, gevonden: '90 min' (bedoelt u 90? een getalveld krijgt alleen het getal)",
    ),
    (
        "duration: {session_minutes: '90'}",
        3,
        29,
        "'duration.session_minutes' should be a whole number, found '90' (did you mean 90? without quotes it is a number)",
        "'duration.session_minutes' moet een geheel getal zijn, gevonden: '90' (bedoelt u 90? zonder aanhalingstekens is het een getal)",
    ),
    (
        "quality: false",
        3,
        10,
        "'quality' should be a mapping of keys, found false (a section cannot be false, its fields can: did you mean fidelity_monitoring: false, evaluation: false?)",
        "'quality' moet een sectie met velden zijn, gevonden: false (een sectie kan niet false zijn, haar velden wel: bedoelt u fidelity_monitoring: false, evaluation: false?)",
    ),
    (
        "relationship: false",
        3,
        15,
        "'relationship' should be a mapping of keys, found false (a section cannot be false, its fields can: did you mean description: false, monitoring: false?)",
        "'relationship' moet een sectie met velden zijn, gevonden: false (een sectie kan niet false zijn, haar velden wel: bedoelt u description: false, monitoring: false?)",
    ),
    (
        "target_group: {child_age: false}",
        3,
        27,
        "'target_group.child_age' should be a mapping of keys, found false (a section cannot be false; leave it out when it is not described)",
        "'target_group.child_age' moet een sectie met velden zijn, gevonden: false (een sectie kan niet false zijn; laat haar weg als ze niet beschreven is)",
    ),
    (
        "waivers: false",
        3,
        10,
        "'waivers' should be a list, found false (did you mean []? write [] for no waivers, or leave waivers out)",
        "'waivers' moet een lijst zijn, gevonden: false (bedoelt u []? schrijf [] voor geen uitzonderingen, of laat waivers weg)",
    ),
    (
        "delivery: {format: geen}",
        3,
        20,
        "unknown value 'geen' for 'delivery.format'; allowed: group, individual, home_visiting, online (did you mean false? false says there are none)",
        "onbekende waarde 'geen' voor 'delivery.format'; toegestaan: group, individual, home_visiting, online (bedoelt u false? false zegt dat er geen zijn)",
    ),
    (
        "practitioners: {role: [nurse, n.v.t.]}",
        3,
        31,
        "unknown value 'n.v.t.' for 'practitioners.role'; allowed: professional, nurse, paraprofessional, volunteer (did you mean false? false says there are none)",
        "onbekende waarde 'n.v.t.' voor 'practitioners.role'; toegestaan: professional, nurse, paraprofessional, volunteer (bedoelt u false? false zegt dat er geen zijn)",
    ),
    (
        "approach: {techniques: none}",
        3,
        24,
        "unknown value 'none' for 'approach.techniques'; allowed: reinforce_positive, ignore_negative, identify_behaviour, monitor_behaviour, practical_tips, modelling, role_play, video_feedback, homework, attitude_reflection, cognitive_restructuring, other (did you mean false? false says there are none)",
        "onbekende waarde 'none' voor 'approach.techniques'; toegestaan: reinforce_positive, ignore_negative, identify_behaviour, monitor_behaviour, practical_tips, modelling, role_play, video_feedback, homework, attitude_reflection, cognitive_restructuring, other (bedoelt u false? false zegt dat er geen zijn)",
    ),
    (
        "curriculum:\n  modules:\n    - Kennismaking\n    -",
        6,
        6,
        "'curriculum.modules' should be text (or false), found nothing (null) (did you mean modules: false? an empty item ('- ' and nothing after it) says nothing; remove it, or write false for none)",
        "'curriculum.modules' moet tekst (of false) zijn, gevonden: niets (null) (bedoelt u modules: false? een leeg item ('- ' zonder iets erna) zegt niets; haal het weg, of schrijf false voor geen)",
    ),
    (
        "delivery:\n  format:\n    - group\n    -",
        6,
        6,
        "unknown value nothing (null) for 'delivery.format'; allowed: group, individual, home_visiting, online (did you mean format: false? an empty item ('- ' and nothing after it) says nothing; remove it, or write false for none)",
        "onbekende waarde niets (null) voor 'delivery.format'; toegestaan: group, individual, home_visiting, online (bedoelt u format: false? een leeg item ('- ' zonder iets erna) zegt niets; haal het weg, of schrijf false voor geen)",
    ),
    (
        "goals:\n  -",
        4,
        4,
        "'goals' should be a mapping of keys, found nothing (null) (did you mean goals: false? an empty item ('- ' and nothing after it) says nothing; remove it, or write false for none)",
        "'goals' moet een sectie met velden zijn, gevonden: niets (null) (bedoelt u goals: false? een leeg item ('- ' zonder iets erna) zegt niets; haal het weg, of schrijf false voor geen)",
    ),
    (
        "costs: 250",
        3,
        8,
        "'costs' should be text (or false), found 250 (did you mean '250'? a text field takes text: in quotes, or in words)",
        "'costs' moet tekst (of false) zijn, gevonden: 250 (bedoelt u '250'? een tekstveld krijgt tekst: tussen aanhalingstekens, of in woorden)",
    ),
    (
        "curriculum: {manual: true}",
        3,
        22,
        "'curriculum.manual' should be text (or false), found true (a text field says yes in words that describe it; false says it is not part of it)",
        "'curriculum.manual' moet tekst (of false) zijn, gevonden: true (een tekstveld zegt ja met woorden die het beschrijven; false zegt dat het er geen deel van is)",
    ),
]


def _problems(body: str) -> list[tuple[int, int, str, str]]:
    doc, found = parse_text(f"name: X\nsummary: Y\n{body}\n")
    if doc is not None:
        found = found + validate(doc, builtin_ids())
    return [(p.loc.line, p.loc.column, p.text("en"), p.text("nl")) for p in found]


def test_there_are_at_least_30_inputs() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(("body", "line", "column", "english", "dutch"), CASES, ids=[c[0] for c in CASES])
def test_the_error_says_what_was_meant(body: str, line: int, column: int, english: str, dutch: str) -> None:
    assert _problems(body) == [(line, column, english, dutch)]


def test_every_reason_is_in_the_message_table() -> None:
    tree = ast.parse((SRC / "document" / "hints.py").read_text(encoding="utf-8"))
    reasons = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("why_")
    }
    assert len(reasons) > 15
    assert sorted(reasons - set(MESSAGES)) == []


@pytest.mark.parametrize(
    "body",
    [
        "curriculum: {standardised: true}",
        "delivery: {home_visits_per_month: 0}",
        "target_group: {child_age: {min: 1.5, max: 4}}",
        "practitioners: {qualities: false}",
        "delivery: {format: false}",
        "waivers: []",
        "costs: '250'",
        "goals: false",
    ],
)
def test_what_the_hints_suggest_is_valid(body: str) -> None:
    assert _problems(body) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "'delivery.home_visits_per_month' should be a number, found false (did you mean 0? a number says "
            "none with 0; false is for texts and lists)",
        ),
        (
            "nl",
            "'delivery.home_visits_per_month' moet een getal zijn, gevonden: false (bedoelt u 0? een getal "
            "zegt 'geen' met 0; false is voor teksten en lijsten)",
        ),
    ],
)
def test_on_the_command_line(tmp_path: Path, lang: str, expected: str) -> None:
    path = cihelp.write(
        tmp_path, "huisbezoek.yaml", "name: X\nsummary: Y\ndelivery:\n  home_visits_per_month: false\n"
    )
    code, _, err = cihelp.run("check", str(path), "--lang", lang, "-f", "json")
    assert (code, err) == (2, f"{path}:4:26: {expected}\n")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_list_written_false_is_not_called_empty(tmp_path: Path, lang: str) -> None:
    # `qualities: false` says "not part of it", as false does anywhere, never "is empty".
    path = cihelp.write(tmp_path, "q.yaml", "name: X\nsummary: Y\npractitioners:\n  qualities: false\n")
    marked = {
        "en": "practitioners.qualities = false: not part of the intervention (line 4)",
        "nl": "practitioners.qualities = false: hoort niet bij de interventie (regel 4)",
    }[lang]
    empty = {"en": "is empty", "nl": "is leeg"}[lang]
    for args in (
        ["check", str(path), "-v"],
        ["explain", str(path), "G07"],
        ["check", str(path), "-f", "markdown"],
    ):
        _, out, _ = cihelp.run(*args, "--lang", lang, env={"COLUMNS": "200"})
        assert marked in " ".join(out.split()) and empty not in out, args
    _, out, _ = cihelp.run("check", str(path), "-f", "json", "--lang", lang)
    g07 = next(f for f in json.loads(out)["results"][0]["factors"] if f["id"] == "G07")
    assert g07["status"] == "gap" and g07["criteria"][0]["kind"] == "false"


def test_a_number_in_text_too_large_for_a_float_gets_no_number_back() -> None:
    """400 digits in quotes (found by test_hostile_properties): no suggestion, no crash."""
    digits = "1" + "0" * 400
    (problem,) = _problems(f'delivery: {{home_visits_per_month: "{digits}"}}')
    assert problem[:2] == (3, 35)
    assert problem[2].endswith("(a number field takes one number, in digits)")


def test_every_dutch_term_of_the_field_reference_is_answered_with_its_english_one() -> None:
    # docs/format.md gives each key and value its Dutch term, "(huisbezoeken per maand)", and
    # promises that Dutch keys and values are answered with the English one. A term that names
    # two keys (`opbouw`: curriculum, and relationship's description) points at one of them.
    import re

    from conftest import DOCS

    from wat_werkt.document.validate import DUTCH_KEYS, DUTCH_VALUES

    reference = (DOCS / "format.md").read_text(encoding="utf-8").split("## Field reference")[1]
    reference = reference.split("\n## ")[0]
    unanswered = []
    for english, gloss in re.findall(r"`([a-z_0-9]+)` \(([^)`]+)\)", reference):
        for term in re.split(r", | / ", gloss):
            term = term.split(":")[0].strip().lower()
            if term == english or term.startswith("e.g."):
                continue  # the English word itself, or an explanation
            meant = {DUTCH_KEYS.get(term), DUTCH_VALUES.get(term)} - {None}
            if english not in meant and not meant:
                unanswered.append((english, term))
    assert unanswered == []


def test_the_dutch_field_texts_give_every_value_its_dutch_term() -> None:
    # `init --lang nl` and `schema --lang nl` list the values of an enumerated field; each with
    # its Dutch term, as docs/format.md does (a quality officer found half of them bare).
    import yaml
    from conftest import SRC

    from wat_werkt.format.shape import FIELDS

    texts = yaml.safe_load((SRC / "format" / "fields.yaml").read_text(encoding="utf-8"))
    bare = {
        path: [value for value in field.values if f"{value} (" not in texts[path.replace("[]", "")]["nl"]]
        for path, field in FIELDS.items()
        if field.kind == "enum"
    }
    assert {path: values for path, values in bare.items() if values} == {}


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("huisbezoeken_per_maand", "home_visits_per_month"),
        ("huisbezoek per maand", "home_visits_per_month"),
        ("Huisbezoeken  per maand", "home_visits_per_month"),
    ],
)
def test_dutch_keys_written_as_keys_or_in_the_singular_get_their_english_key(word: str, meant: str) -> None:
    from wat_werkt.document.validate import suggest_key
    from wat_werkt.format.shape import FIELDS

    keys = [path.rsplit(".", 1)[-1] for path in FIELDS if path.startswith("delivery.")]
    assert suggest_key(word, keys) == meant


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("gedrag negeren", "ignore_negative"),
        ("positief gedrag belonen", "reinforce_positive"),
        ("belonen", "reinforce_positive"),
    ],
)
def test_dutch_techniques_in_other_words_get_their_value(word: str, meant: str) -> None:
    from wat_werkt.document.validate import suggest_value
    from wat_werkt.format.shape import FIELDS

    assert suggest_value(word, FIELDS["approach.techniques"].values) == meant
