"""Validation: each class of error in docs/contract.md section 1, with its line and column."""

from __future__ import annotations

import textwrap

import pytest

from wat_werkt.document.validate import validate
from wat_werkt.document.yamlload import Limits, decode, parse_text
from wat_werkt.factorset.load import builtin_ids
from wat_werkt.problems import Problem


def problems_of(text: str) -> list[tuple[int, int, str]]:
    doc, found = parse_text(textwrap.dedent(text))
    all_found: list[Problem] = list(found)
    if doc is not None:
        all_found += validate(doc, builtin_ids())
    return [(p.loc.line, p.loc.column, p.text("en")) for p in sorted(set(all_found))]


def one(text: str) -> tuple[int, int, str]:
    found = problems_of(text)
    assert len(found) == 1, found
    return found[0]


def test_valid_minimal_file_has_no_problems() -> None:
    assert problems_of("name: X\nsummary: Y\n") == []


def test_syntax_error_has_location() -> None:
    line, col, text = one("name: X\nsummary: [open\n")
    assert (line, text.startswith("invalid YAML")) == (3, True)
    assert col >= 1


def test_tab_indentation_is_a_syntax_error() -> None:
    line, _, text = one("name: X\nsummary: Y\ngoals:\n\t- text: a\n")
    assert line == 4 and "invalid YAML" in text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- a\n- b\n", "a list"),
        ("just text\n", "text"),
        ("", "an empty file"),
        ("# only a comment\n", "a file with only comments"),
        ("null\n", "nothing (null)"),
    ],
)
def test_root_must_be_a_mapping(text: str, found: str) -> None:
    # An empty file, or one of only comments, has no value to point at.
    at = (0, 0) if found in ("an empty file", "a file with only comments") else (1, 1)
    assert one(text) == (*at, f"expected a mapping of keys (name: ..., summary: ...), found {found}")


def test_missing_name_and_summary() -> None:
    assert problems_of("provider: NJi\n") == [
        (1, 1, "missing required key 'name'"),
        (1, 1, "missing required key 'summary'"),
    ]


@pytest.mark.parametrize("value", ["TODO", "''", "'?'", "..."])
def test_placeholder_name(value: str) -> None:
    assert one(f"name: {value}\nsummary: Y\n") == (
        1,
        7,
        "'name' is not filled in yet: write the name of the intervention",
    )


def test_unknown_key_with_suggestion() -> None:
    assert one("name: X\nsummary: Y\ntarget_group:\n  child_ages: {min: 1}\n") == (
        4,
        3,
        "unknown key 'child_ages' (did you mean 'child_age'?)",
    )


def test_unknown_top_level_key_without_close_match() -> None:
    assert one("name: X\nsummary: Y\nzzz: 1\n") == (3, 1, "unknown key 'zzz'")


def test_duplicate_key() -> None:
    assert one("name: X\nsummary: Y\nname: Z\n") == (3, 1, "duplicate key 'name' (first at line 1)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "duration: {sessions: '6'}",
            (
                3,
                22,
                "'duration.sessions' should be a whole number, found '6' "
                "(did you mean 6? without quotes it is a number)",
            ),
        ),
        (
            "duration: {sessions: 6.5}",
            (3, 22, "'duration.sessions' should be a whole number, found 6.5 (a number)"),
        ),
        (
            "target_group: {risk_group: yes please}",
            (3, 28, "'target_group.risk_group' should be true or false, found 'yes please' (text)"),
        ),
        (
            "rationale: 12",
            (
                3,
                12,
                "'rationale' should be text (or false), found 12 (did you mean '12'? "
                "a text field takes text: in quotes, or in words)",
            ),
        ),
        ("curriculum: [a]", (3, 13, "'curriculum' should be a mapping of keys, found a list")),
        ("goals: {text: a}", (3, 8, "'goals' should be a list, found a mapping")),
        # A goal written as a line of text, as in a work sheet (a quality officer's trial).
        (
            "goals:\n  - Ouders stellen grenzen",
            (
                4,
                5,
                "goals[0] is a goal written as text; write it as a section: '- text: ...', with its "
                "kind and measure under it (found 'Ouders stellen grenzen')",
            ),
        ),
        (
            "goals:\n  - text: a\n    soort: parenting_skills",
            (5, 5, "unknown key 'soort' (did you mean 'kind'?)"),
        ),
    ],
)
def test_wrong_types(body: str, expected: tuple[int, int, str]) -> None:
    assert one(f"name: X\nsummary: Y\n{body}\n") == expected


def test_unknown_enum_value_in_list_with_suggestion() -> None:
    line, col, text = one("name: X\nsummary: Y\ndelivery:\n  format: [group, home_visit]\n")
    assert (line, col) == (4, 19)
    assert text.startswith("unknown value 'home_visit' for 'delivery.format'")
    assert text.endswith("(did you mean 'home_visiting'?)")


def test_unknown_enum_value_as_single_value() -> None:
    line, col, text = one("name: X\nsummary: Y\npractitioners: {role: vrijwilliger}\n")
    assert (line, col) == (3, 23)
    assert "unknown value 'vrijwilliger' for 'practitioners.role'" in text


def test_negative_count() -> None:
    assert one("name: X\nsummary: Y\ndelivery:\n  group_size: -2\n") == (
        4,
        15,
        "'delivery.group_size' must not be negative",
    )


def test_min_above_max() -> None:
    assert one("name: X\nsummary: Y\ntarget_group:\n  child_age: {min: 12, max: 4}\n") == (
        4,
        20,
        "child_age.min (12) is above child_age.max (4)",
    )


def test_unsupported_version() -> None:
    assert one("watwerkt: 2\nname: X\nsummary: Y\n") == (
        1,
        11,
        "format version 2 is newer than this watwerkt supports (1); upgrade watwerkt",
    )


@pytest.mark.parametrize(
    ("waiver", "expected"),
    [
        ("{factor: G06}", (4, 5, "waiver for G06 needs a reason that says why the factor is set aside")),
        (
            "{factor: G06, reason: ''}",
            (4, 27, "waiver for G06 needs a reason that says why the factor is set aside"),
        ),
        # Only a yes or a no says nothing about why (a quality officer wrote "ja").
        (
            "{factor: G06, reason: ja}",
            (4, 27, "waiver for G06 needs a reason that says why the factor is set aside"),
        ),
        (
            "{factor: G06, reason: 'OK.'}",
            (4, 27, "waiver for G06 needs a reason that says why the factor is set aside"),
        ),
        (
            "{factor: G06, reason: nvt}",
            (4, 27, "waiver for G06 needs a reason that says why the factor is set aside"),
        ),
        (
            "{factor: G6, reason: past niet}",
            (4, 14, "waiver names unknown factor 'G6' (did you mean 'G06'?)"),
        ),
        # The same id in another case before anything merely close (T09 of the tidier set).
        (
            "{factor: g09, reason: past niet}",
            (4, 14, "waiver names unknown factor 'g09' (did you mean 'G09'?)"),
        ),
    ],
)
def test_waiver_errors(waiver: str, expected: tuple[int, int, str]) -> None:
    assert one(f"name: X\nsummary: Y\nwaivers:\n  - {waiver}\n") == expected


def test_waiver_for_factor_of_another_builtin_set_is_fine() -> None:
    # T01 belongs to the tidier set when it is present; G01 always exists.
    assert problems_of("name: X\nsummary: Y\nwaivers:\n  - {factor: G01, reason: bewust}\n") == []


def test_python_tags_are_refused() -> None:
    found = problems_of("name: !!python/object/apply:os.system [echo hi]\nsummary: Y\n")
    assert (1, 7) in [(line, col) for line, col, _ in found]
    assert any(
        "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in t for *_, t in found
    )


def test_many_mistakes_reported_at_once_in_order() -> None:
    found = problems_of(
        """\
        name: X
        summary: Y
        nme: x
        delivery:
          format: grup
          group_size: -1
        practitioners:
          role: [nurse, volunter]
        """
    )
    assert [(line, col) for line, col, _ in found] == [(3, 1), (5, 11), (6, 15), (8, 17)]


def test_bom_and_crlf_are_accepted() -> None:
    text, bad = decode("\ufeffname: X\r\nsummary: Y\r\n".encode())
    assert bad is None and text is not None
    doc, found = parse_text(text)
    assert doc is not None and not found and not validate(doc)
    assert doc.loc(("summary",)).line == 2


def test_invalid_utf8_has_location() -> None:
    text, bad = decode(b"name: X\nsummary: caf\xe9\n")
    assert text is None and bad is not None
    assert (bad.loc.line, bad.loc.column, bad.code) == (2, 13, "file_latin1")  # é in Latin-1
    text, bad = decode(b"name: X\nsummary: \x81\x8d\n")  # bytes no Dutch text holds
    assert text is None and bad is not None
    assert (bad.loc.line, bad.loc.column, bad.code) == (2, 10, "not_utf8")


def test_alias_bomb_is_bounded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
        for i in range(1, 10)
    ]
    doc, found = parse_text("\n".join(lines) + "\n", Limits(max_nodes=10_000))
    assert doc is None and [p.code for p in found] == ["too_many_nodes"]


def test_deep_nesting_is_bounded() -> None:
    doc, found = parse_text("a: " + "[" * 100 + "]" * 100 + "\n", Limits(max_depth=50))
    assert doc is None and [p.code for p in found] == ["too_deep"]


@pytest.mark.parametrize(
    ("word", "meant"), [("yes", "true"), ("no", "false"), ("on", "true"), ("off", "false"), ("Yes", "true")]
)
def test_yes_and_no_are_text_not_booleans(word: str, meant: str) -> None:
    # Text, as YAML 1.2 reads them; the error says which boolean was meant (hints.py).
    assert one(f"name: X\nsummary: Y\ncurriculum:\n  standardised: {word}\n") == (
        4,
        17,
        f"'curriculum.standardised' should be true or false, found '{word}' (did you mean {meant}? "
        "YAML reads only true and false as yes and no)",
    )


def test_true_and_false_in_any_case_are_booleans() -> None:
    assert (
        problems_of(
            "name: X\nsummary: Y\ncurriculum: {standardised: True}\ntarget_group: {risk_group: FALSE}\n"
        )
        == []
    )


def test_dutch_key_gets_the_english_key_suggested() -> None:
    assert one("name: X\nsummary: Y\ndoelgroep: {}\n") == (
        3,
        1,
        "unknown key 'doelgroep' (did you mean 'target_group'?)",
    )
    assert one("name: X\nsummary: Y\nduration:\n  sessies: 6\n") == (
        4,
        3,
        "unknown key 'sessies' (did you mean 'sessions'?)",
    )


def test_decimal_comma_is_explained() -> None:
    assert one("name: X\nsummary: Y\ntarget_group:\n  child_age: {min: 1,5, max: 4}\n") == (
        4,
        22,
        "unknown key '5': write decimals with a point (1.5), not a comma",
    )


def test_required_text_does_not_offer_false() -> None:
    assert one("name: false\nsummary: Y\n") == (1, 7, "'name' should be text, found true/false")


def test_nan_is_not_called_negative() -> None:
    assert one("name: X\nsummary: Y\ndelivery: {home_visits_per_month: .nan}\n") == (
        3,
        35,
        "'delivery.home_visits_per_month' must be a number, not .nan",
    )


@pytest.mark.parametrize(("value", "shown"), [(".inf", ".inf"), ("-.Inf", "-.inf"), (".NaN", ".nan")])
def test_infinity_is_no_age_and_no_frequency(value: str, shown: str) -> None:
    assert one(f"name: X\nsummary: Y\ntarget_group: {{child_age: {{max: {value}}}}}\n") == (
        3,
        33,
        f"'target_group.child_age.max' must be a number, not {shown}",
    )
    assert one(f"name: X\nsummary: Y\ndelivery: {{home_visits_per_month: {value}}}\n") == (
        3,
        35,
        f"'delivery.home_visits_per_month' must be a number, not {shown}",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "delivery: {format: huisbezoek}",
            (
                3,
                20,
                "unknown value 'huisbezoek' for 'delivery.format'; allowed: group, individual, home_visiting, "
                "online (did you mean 'home_visiting'?)",
            ),
        ),
        (
            "practitioners: {role: [Verpleegkundige]}",
            (
                3,
                24,
                "unknown value 'Verpleegkundige' for 'practitioners.role'; allowed: professional, nurse, "
                "paraprofessional, volunteer (did you mean 'nurse'?)",
            ),
        ),
        # A Dutch word for a value another field takes: no suggestion from the map.
        (
            "delivery: {format: verpleegkundige}",
            (
                3,
                20,
                "unknown value 'verpleegkundige' for 'delivery.format'; allowed: group, individual, "
                "home_visiting, online",
            ),
        ),
    ],
)
def test_a_dutch_value_gets_the_english_one_suggested(line: str, expected: tuple[int, int, str]) -> None:
    assert one(f"name: X\nsummary: Y\n{line}\n") == expected


def test_every_dutch_value_names_a_value_of_the_format() -> None:
    from wat_werkt.document.validate import DUTCH_VALUES
    from wat_werkt.format import model

    values = {
        v
        for name in dir(model)
        if name.isupper() and isinstance(getattr(model, name), tuple)
        for v in getattr(model, name)
        if isinstance(v, str)
    }
    assert set(DUTCH_VALUES.values()) <= values


def test_long_lists_are_validated_a_chunk_at_a_time_with_the_same_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pydantic's errors of a list of 190,000 wrong items took 280 MB at once; the list is now
    validated a chunk at a time (validate._CHUNK), and every error comes back at its place."""
    from pydantic import ValidationError

    from wat_werkt.document import validate as module
    from wat_werkt.format import model

    monkeypatch.setattr(module, "_CHUNK", 3)
    data = {
        "summary": 5,
        "unknown": [1] * 10,
        "goals": [{"text": "a", "kind": "x"}, {"kind": "knowledge"}, "text", {"text": "b", "extra": 1}] * 3,
        "delivery": {"format": ["group", "grup", 3, None, "online", "x", "y"]},
        "curriculum": {"modules": [1, "a", 2, "b", 3, "c", 4]},
        "waivers": [{"factor": "G01"}, {"factor": "G02", "reason": "r"}] * 4,
    }
    try:
        model.Intervention.model_validate(data)
    except ValidationError as exc:
        whole = sorted((e["type"], e["loc"]) for e in exc.errors(include_url=False, include_input=False))
    chunked = sorted((e["type"], e["loc"]) for e in module._errors(data))
    assert chunked == whole and len(whole) == 28


def test_a_file_with_very_many_problems_shows_the_first_and_counts_the_rest() -> None:
    from wat_werkt.factorset.load import load_builtin
    from wat_werkt.run.checker import check_text

    items = ", ".join(["x", "group"] * 3000)
    text = f"name: X\nsummary: Y\ndelivery:\n  format: [{items}]\n  setting: [1]\n"
    result = check_text(text, "a.yaml", load_builtin())
    lines = [p.line_for("a.yaml", "en") for p in result.problems]
    assert len(lines) == 101
    assert lines[0] == (
        "a.yaml:4:12: unknown value 'x' for 'delivery.format'; allowed: group, individual, home_visiting, "
        "online"
    )
    assert lines[-2].startswith("a.yaml:4:1002: unknown value 'x'")  # the 100th, item 198
    # The 101st and after: 2,900 more 'x' and the setting.
    assert (
        lines[-1] == "a.yaml:4:1012: and 2901 more problems in this file, not shown; fix the ones above first"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Dutch word or a slip for a required key: its did-you-mean says it all, and "name is
        # missing" beside it would say it twice (a newcomer's trial).
        ("naam: X\nsummary: Y\n", [(1, 1, "unknown key 'naam' (did you mean 'name'?)")]),
        ("nme: X\nsummary: Y\n", [(1, 1, "unknown key 'nme' (did you mean 'name'?)")]),
        (
            "name: X\nsummary: Y\ngoals:\n  - tekst: a\n",
            [(4, 5, "unknown key 'tekst' (did you mean 'text'?)")],
        ),
        # A key that is no slip for it leaves the missing one to be said.
        ("foo: X\nsummary: Y\n", [(1, 1, "missing required key 'name'"), (1, 1, "unknown key 'foo'")]),
    ],
)
def test_a_misspelt_required_key_is_one_problem(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert problems_of(text) == expected
