"""Each condition operator, with its three-valued cases (docs/contract.md sections 2 and 3)."""

from __future__ import annotations

import pytest
from conftest import doc_of

from wat_werkt.engine import conditions as c
from wat_werkt.engine.negation import find_mention

BASE = "name: X\nsummary: Y\n"


def ev(cond: c.Condition, body: str) -> c.Outcome:
    return c.evaluate(cond, doc_of(BASE + body), ())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("curriculum: {manual: Werkboek}", "met"),
        ("curriculum: {manual: false}", "unmet"),
        ("curriculum: {manual: TODO}", "unknown"),
        ("curriculum: {manual: '...'}", "unknown"),
        ("curriculum: {manual: null}", "unknown"),
        ("curriculum: {standardised: true}", "unknown"),
        ("", "unknown"),
        # A placeholder with a note is a reminder still; "nog niet" about the intervention a no.
        ("curriculum: {manual: 'Nog niet uitgewerkt; volgt in 2026.'}", "unknown"),
        ("curriculum: {manual: 'Onbekend, navragen bij de ontwikkelaar'}", "unknown"),
        ("curriculum: {manual: 'Nog niet; volgt in 2026'}", "unmet"),
        ("curriculum: {manual: 'Handboek: nee.'}", "unmet"),
        ("curriculum: {manual: 'Verplicht: nee'}", "met"),  # a label about something else
        # A note that gives the answer after all; a long TODO is still a reminder.
        ("curriculum: {manual: 'Onbekend, maar er is een werkboek met script'}", "met"),
        ("curriculum: {manual: 'Nader te bepalen, in elk geval een werkboek'}", "met"),
        ("curriculum: {manual: 'Nog niet uitgewerkt          ; volgt in 2026'}", "unknown"),
        (
            "curriculum: {manual: 'TODO beschrijven welk handboek de trainers gebruiken en waar het staat'}",
            "unknown",
        ),
        ("curriculum: {manual: 'Handboek: ja, met script'}", "met"),
    ],
)
def test_described_text(body: str, expected: str) -> None:
    assert ev(c.Described("curriculum.manual"), body).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("curriculum: {modules: [a, b]}", "met"),
        ("curriculum: {modules: []}", "unmet"),
        ("curriculum: {modules: false}", "unmet"),
        ("curriculum: {modules: [TODO]}", "unknown"),
        ("duration: {sessions: 0}", "unknown"),
    ],
)
def test_described_list(body: str, expected: str) -> None:
    assert ev(c.Described("curriculum.modules"), body).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("duration: {sessions: 0}", "met"),  # a number is an answer, even 0
        ("quality: {evaluation: jaarlijks}", "unknown"),
        ("relationship: {description: false, monitoring: false}", "unmet"),
        ("relationship: {description: false}", "unmet"),
        ("relationship: {description: TODO}", "unknown"),
        ("relationship: {description: Vertrouwen}", "met"),
    ],
)
def test_described_mapping(body: str, expected: str) -> None:
    path = "duration" if "duration" in body else "relationship"
    assert ev(c.Described(path), body).value == expected


def test_described_through_list_any_item() -> None:
    body = "goals:\n  - {text: a, measure: false}\n  - {text: b, measure: vragenlijst}\n"
    out = ev(c.Described("goals.measure"), body)
    assert (out.value, out.path, out.loc.line, out.evidence) == ("met", "goals[1].measure", 5, "vragenlijst")


def test_described_through_empty_list_is_unmet() -> None:
    out = ev(c.Described("goals.measure"), "goals: []")
    assert (out.value, out.path, out.loc.line) == ("unmet", "goals", 3)


def test_missing_points_at_nearest_enclosing_key() -> None:
    out = ev(c.Described("practitioners.training"), "practitioners:\n  role: nurse\n")
    assert (out.value, out.kind, out.path, out.loc.line, out.loc.column) == (
        "unknown",
        "missing",
        "practitioners.training",
        3,
        1,
    )
    root = ev(c.Described("quality.evaluation"), "")
    assert (root.loc.line, root.loc.column) == (1, 1)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("delivery: {format: [individual, group]}", "met"),
        ("delivery: {format: group}", "met"),
        ("delivery: {format: [individual]}", "unmet"),
        ("delivery: {format: []}", "unmet"),
        ("delivery: {format: false}", "unmet"),
        ("delivery: {group_size: 8}", "unknown"),
    ],
)
def test_equals_on_list_field(body: str, expected: str) -> None:
    assert ev(c.OneOf("delivery.format", ("group",)), body).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("target_group: {group_suitable: false}", "met"),
        ("target_group: {group_suitable: true}", "unmet"),
        ("target_group: {}", "unknown"),
    ],
)
def test_equals_false_value(body: str, expected: str) -> None:
    assert ev(c.OneOf("target_group.group_suitable", (False,)), body).value == expected


def test_equals_does_not_confuse_true_and_one() -> None:
    assert ev(c.OneOf("duration.sessions", (True,)), "duration: {sessions: 1}").value == "unmet"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("goals: [{text: a, kind: knowledge}, {text: b, kind: child_behaviour}]", "met"),
        ("goals: [{text: a, kind: knowledge}]", "unmet"),
        ("goals: []", "unmet"),
        ("goals: [{text: a}]", "unknown"),
        ("", "unknown"),
    ],
)
def test_one_of_through_list(body: str, expected: str) -> None:
    cond = c.OneOf("goals.kind", ("parenting_skills", "child_behaviour"))
    assert ev(cond, body).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("approach: {techniques: [reinforce_positive, ignore_negative, homework]}", "met"),
        ("approach: {techniques: [reinforce_positive]}", "unmet"),
        ("approach: {techniques: []}", "unmet"),
        ("approach: {description: x}", "unknown"),
    ],
)
def test_includes_all(body: str, expected: str) -> None:
    cond = c.IncludesAll("approach.techniques", ("reinforce_positive", "ignore_negative"))
    assert ev(cond, body).value == expected


@pytest.mark.parametrize(
    ("value", "least", "most"),
    [(2, "met", "met"), (1, "unmet", "met"), (4.5, "met", "unmet"), (None, "unknown", "unknown")],
)
def test_at_least_and_at_most(value: float | None, least: str, most: str) -> None:
    body = "delivery: {home_visits_per_month: %s}" % ("null" if value is None else value)
    assert ev(c.Compare("delivery.home_visits_per_month", 2, 1), body).value == least
    assert ev(c.Compare("delivery.home_visits_per_month", 2, -1), body).value == most


@pytest.mark.parametrize(
    ("body", "expected", "line"),
    [
        ("goals: [{text: a, measure: x}, {text: b, measure: y}]", "met", 3),
        ("goals:\n  - {text: a, measure: x}\n  - {text: b, measure: false}", "unmet", 5),
        ("goals:\n  - {text: a, measure: x}\n  - {text: b}", "unknown", 5),
        ("goals: []", "unmet", 3),
        ("", "unknown", 1),
    ],
)
def test_every(body: str, expected: str, line: int) -> None:
    out = ev(c.Every("goals", c.Described("measure")), body)
    assert (out.value, out.loc.line) == (expected, line)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("practitioners: {role: [nurse, paraprofessional]}", "met"),
        ("practitioners: {role: [nurse, volunteer]}", "unmet"),
        ("practitioners: {role: []}", "unmet"),
        ("practitioners: {training: x}", "unknown"),
    ],
)
def test_every_item_itself(body: str, expected: str) -> None:
    cond = c.Every("practitioners.role", c.OneOf(".", ("nurse", "paraprofessional", "professional")))
    assert ev(cond, body).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("approach: {description: Ouders krijgen Videofeedback thuis}", "met"),
        ("approach: {description: Ouders leren prijzen}", "unknown"),  # not finding is silence
        ("approach: {description: false}", "unmet"),  # explicitly not part of it
        ("", "unknown"),
        ("approach: {description: supervideo}", "unknown"),  # a word must start there
    ],
)
def test_mentions(body: str, expected: str) -> None:
    cond = c.Mentions(("approach.description",), c.mentions_terms(["video", "beeldopname"]))
    assert ev(cond, body).value == expected


def test_mentions_searches_lists_and_gives_snippet() -> None:
    cond = c.Mentions(("curriculum.materials",), c.mentions_terms(["werkboek"]))
    out = ev(cond, "curriculum:\n  materials: [folder, Een werkboek voor ouders]\n")
    assert (out.value, out.path, out.loc.line, out.evidence) == (
        "met",
        "curriculum.materials[1]",
        4,
        "Een werkboek voor ouders",
    )


MET = c.Described("name")
NO = c.Described("curriculum.manual")  # explicitly false below: an explicit no
UNMET = c.OneOf("delivery.format", ("group",))  # [individual] below: unmet, but no explicit no
UNKNOWN = c.Described("quality.evaluation")
SILENT = c.Mentions(("approach.description",), c.mentions_terms(["video"]))  # present, no term
BODY = "curriculum: {manual: false}\ndelivery: {format: [individual]}\napproach: {description: Gesprekken}"


@pytest.mark.parametrize(
    ("parts", "all_", "any_"),
    [
        ((MET, MET), "met", "met"),
        ((MET, UNKNOWN), "unknown", "met"),
        ((MET, UNMET), "unmet", "met"),
        ((MET, NO), "unmet", "met"),
        ((UNKNOWN, UNMET), "unmet", "unknown"),
        # contract section 2: in `any`, an explicit no decides when no part is met
        ((UNKNOWN, NO), "unmet", "unmet"),
        ((NO, UNKNOWN), "unmet", "unmet"),
        ((UNKNOWN, UNKNOWN), "unknown", "unknown"),
        ((UNMET, UNMET), "unmet", "unmet"),
        ((UNMET, NO), "unmet", "unmet"),
        # a silent `mentions` is left out of both
        ((MET, SILENT), "met", "met"),
        ((UNKNOWN, SILENT), "unknown", "unknown"),
        ((UNMET, SILENT), "unmet", "unmet"),
        ((SILENT, SILENT), "unknown", "unknown"),
    ],
)
def test_kleene_all_any(parts: tuple[c.Condition, ...], all_: str, any_: str) -> None:
    assert ev(c.All(parts), BODY).value == all_
    assert ev(c.Any_(parts), BODY).value == any_


def test_any_names_the_explicit_no_that_decided() -> None:
    out = ev(c.Any_((UNKNOWN, UNMET, NO)), BODY)
    assert (out.value, out.kind, out.path, out.loc.line) == ("unmet", "false", "curriculum.manual", 3)


def test_unknown_lists_every_absent_field_and_never_a_present_one() -> None:
    cond = c.Any_((c.Described("duration.sessions"), c.Described("duration.weeks"), SILENT))
    out = ev(cond, BODY)
    assert (out.value, out.kind, out.missing) == (
        "unknown",
        "missing",
        ("duration.sessions", "duration.weeks"),
    )
    assert "approach.description" not in out.missing


def test_silent_alone_is_unknown_and_names_what_was_searched() -> None:
    out = ev(SILENT, BODY)
    assert (out.value, out.kind, out.path, out.loc.line, out.evidence) == (
        "unknown",
        "silent",
        "approach.description",
        5,
        None,
    )


@pytest.mark.parametrize(
    ("body", "expected", "path"),
    [
        # group_suitable, when given, decides; else the severity
        (
            "target_group: {group_suitable: false, problem_severity: light}",
            "unmet",
            "target_group.group_suitable",
        ),
        (
            "target_group: {group_suitable: true, problem_severity: severe}",
            "met",
            "target_group.group_suitable",
        ),
        ("target_group: {problem_severity: light}", "met", "target_group.problem_severity"),
        ("target_group: {problem_severity: severe}", "unmet", "target_group.problem_severity"),
        ("", "unknown", "target_group.group_suitable"),
    ],
)
def test_first_takes_the_first_part_the_description_answers(body: str, expected: str, path: str) -> None:
    cond = c.First(
        (
            c.OneOf("target_group.group_suitable", (True,)),
            c.OneOf("target_group.problem_severity", ("none", "light")),
        )
    )
    out = ev(cond, body)
    assert (out.value, out.path) == (expected, path)


def test_first_of_unknowns_lists_them_all() -> None:
    cond = c.First((c.Described("practitioners.home_visitors"), c.Described("practitioners.role")))
    assert ev(cond, "").missing == ("practitioners.home_visitors", "practitioners.role")


def test_includes_all_names_what_is_lacking() -> None:
    cond = c.IncludesAll(
        "approach.techniques", ("reinforce_positive", "ignore_negative", "monitor_behaviour")
    )
    out = ev(cond, "approach: {techniques: [reinforce_positive, homework]}")
    assert (out.value, out.evidence, out.lacking) == (
        "unmet",
        "reinforce_positive, homework",
        ("ignore_negative", "monitor_behaviour"),
    )


@pytest.mark.parametrize("number", ["1" + "0" * 400, "0.5", "0x" + "f" * 300])
def test_at_least_compares_numbers_of_any_size(number: str) -> None:
    out = ev(
        c.Compare("delivery.home_visits_per_month", 2, 1), f"delivery: {{home_visits_per_month: {number}}}"
    )
    assert out.value in ("met", "unmet")


@pytest.mark.parametrize(
    ("part", "expected"), [(MET, "unmet"), (NO, "met"), (UNKNOWN, "unknown"), (SILENT, "unknown")]
)
def test_not(part: c.Condition, expected: str) -> None:
    assert ev(c.Not(part), BODY).value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An explicit false on one path says "no" when no path mentions the word affirmatively
        # (contract section 2: on a field that is explicitly false, mentions is unmet).
        (
            "goals: [{text: a, measure: false}, {text: b, measure: false}]\napproach: {description: iets anders}",
            "unmet",
        ),
        (
            "goals: [{text: a, measure: false}, {text: b, measure: false}]\napproach: {description: false}",
            "unmet",
        ),
        ("goals: [{text: a, measure: false}, {text: b}]\napproach: {description: false}", "unmet"),
        (
            "goals: [{text: a, measure: false}, {text: b, measure: met video}]\napproach: {description: false}",
            "met",
        ),
        ("approach: {description: false}", "unmet"),
        ("approach: {description: zonder video}", "unmet"),  # a negated clause
        ("approach: {description: iets anders}", "unknown"),  # silent
        ("", "unknown"),
    ],
)
def test_mentions_over_several_paths(body: str, expected: str) -> None:
    cond = c.Mentions(("goals.measure", "approach.description"), c.mentions_terms(["video"]))
    assert ev(cond, body).value == expected


def test_mentions_negated_clause_is_the_evidence() -> None:
    cond = c.Mentions(("approach.description",), c.mentions_terms(["empowerment"]))
    text = "Ouders oefenen thuis. Het aanbod is niet gericht op empowerment of eigen regie."
    out = ev(cond, f"approach: {{description: {text}}}")
    assert (out.value, out.kind, out.loc.line) == ("unmet", "negated", 3)
    assert out.evidence is not None and "niet gericht op empowerment" in out.evidence
    assert "oefenen" not in out.evidence  # only the clause, not the sentence before it


def test_mentions_affirmative_wins_over_negated() -> None:
    cond = c.Mentions(("approach.description",), c.mentions_terms(["netwerk"]))
    out = ev(
        cond, "approach: {description: Geen netwerk van hulpverleners; wel het eigen netwerk activeren.}"
    )
    assert out.value == "met"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ouders leren", (0, 5)),  # case-insensitive, a longer word starting with the term
        ("de bouder", None),  # inside a word: no
        ("zie video-opnames", (4, 9)),
        ("x_video", None),  # '_' is part of a word, as in a regular expression's \\b
        ("video en Ouder", (0, 5)),  # the earliest place wins, whatever the term
        ("İnstructie ouder", (11, 16)),  # a letter whose lower case is longer keeps positions
    ],
)
def test_find_mention_spans(text: str, span: tuple[int, int] | None) -> None:
    found = find_mention(text, c.mentions_terms(["ouder", "Video"]))
    assert (found and (found.start, found.end)) == span


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        # A field that answers no in so many words is an explicit no, as `false` is (contract
        # section 7).
        ("n.v.t.", "unmet", "negated"),
        ("Nvt", "unmet", "negated"),
        ("nee", "unmet", "negated"),
        ("Niet van toepassing.", "unmet", "negated"),
        ("N/A", "unmet", "negated"),
        ("not applicable", "unmet", "negated"),
        ("Nee; het team is te klein.", "unmet", "negated"),
        # One sentence that opens with a negation says no (negation.sentence_says_no).
        ("Er is geen supervisie.", "unmet", "negated"),
        ("Geen supervisie", "unmet", "negated"),
        ("Wordt niet gegeven.", "unmet", "negated"),
        ("We hebben geen supervisor.", "unmet", "negated"),
        ("There is no supervision.", "unmet", "negated"),
        ("Nog niet; volgt in 2026.", "unmet", "negated"),
        # Any other sentence is an answer, whatever its negations.
        ("Supervisie is verplicht en kan niet worden overgeslagen.", "met", "found"),
        ("Geen vaste supervisie, wel maandelijkse intervisie.", "met", "found"),
        ("Maandelijkse supervisie door een gedragswetenschapper.", "met", "found"),
        ("Niet zonder supervisie: elke maand.", "met", "found"),
        ("Er is niet altijd supervisie.", "met", "found"),
        ("Nooit minder dan één keer per maand.", "met", "found"),
        ("Er is geen aparte supervisor. De teamleider superviseert maandelijks.", "met", "found"),
        # A reminder is silence.
        ("onbekend", "unknown", "missing"),
        ("Nog niet bekend.", "unknown", "missing"),
        ("n.n.b.", "unknown", "missing"),
        ("TODO", "unknown", "missing"),
    ],
)
def test_described_reads_a_text_that_answers_no(text: str, expected: str, kind: str) -> None:
    out = ev(c.Described("practitioners.supervision"), f"practitioners: {{supervision: '{text}'}}")
    assert (out.value, out.kind) == (expected, kind)
    if kind == "negated":
        assert out.evidence == text and out.loc.line == 3


def test_a_name_is_never_read_as_no() -> None:
    assert (
        c.evaluate(
            c.Described("name"), doc_of("name: Geen Zorgen\nsummary: Niet alleen voor ouders.\n")
        ).value
        == "met"
    )


def test_a_no_in_a_list_of_texts() -> None:
    assert ev(c.Described("practitioners.qualities"), "practitioners: {qualities: [geen]}").value == "unmet"
    assert (
        ev(c.Described("practitioners.qualities"), "practitioners: {qualities: [geen, empathie]}").value
        == "met"
    )


def test_mentions_in_a_field_that_says_no_is_unmet_and_never_missing() -> None:
    cond = c.Mentions(("approach.description",), c.mentions_terms(["empowerment"]))
    out = ev(cond, "approach: {description: n.v.t.}")
    assert (out.value, out.kind, out.evidence) == ("unmet", "negated", "n.v.t.")
    silent_no = ev(cond, "approach: {description: Er is geen huiswerk.}")  # a no about something else
    assert (silent_no.value, silent_no.kind) == ("unknown", "silent")
