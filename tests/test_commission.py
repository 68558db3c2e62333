"""Compare for commissioners (docs/compare.md): key facts side by side, completeness apart from
fit, questions for each provider, in every format and both languages; hostile text in facts
stays inert; the report's date is reproducible."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import cihelp
import jsonschema
import pytest
from conftest import DOCS, EXAMPLES
from test_compare import md_rows
from test_html import assert_self_contained, parse

from wat_werkt.factorset.load import load_builtin
from wat_werkt.renderers.common import questions
from wat_werkt.renderers.report.html_page import css_string, fingerprint, report_date
from wat_werkt.renderers.report.json_record import Templates
from wat_werkt.renderers.report.json_report import record
from wat_werkt.run.checker import check_path, check_text

COMPARE_SCHEMA = json.loads((DOCS / "compare-report.schema.json").read_text(encoding="utf-8"))
CHECK_SCHEMA = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
SET = load_builtin()
FIVE = [
    EXAMPLES / f"{n}.yaml"
    for n in ("pmto", "vipp-sd", "opstapje", "triple-p-niveau-4-groep", "stevig-ouderschap")
]


def compare_json(*paths: Path | str, lang: str = "en") -> dict[str, Any]:
    code, out, err = cihelp.run("compare", *map(str, paths), "-f", "json", "--lang", lang)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    jsonschema.validate(data, COMPARE_SCHEMA)
    return data


def check_json(*paths: Path | str, lang: str = "en") -> dict[str, Any]:
    code, out, err = cihelp.run("check", *map(str, paths), "-f", "json", "--lang", lang, "--fail-on", "never")
    assert code in (0, 2), err
    data: dict[str, Any] = json.loads(out)
    jsonschema.validate(data, CHECK_SCHEMA)
    return data


# -- facts -----------------------------------------------------------------------------------


def test_the_facts_of_the_examples_are_what_their_files_say() -> None:
    data = compare_json(*FIVE)
    facts = {i["name"]: i["facts"] for i in data["interventions"]}
    assert facts["PMTO (Parent Management Training Oregon)"] == {
        "provider": None,
        "url": None,
        "costs": None,
        "conditions": None,
        "target_group": {
            "description": "Ouders van kinderen van 4 tot 12 jaar met ernstige externaliserende "
            "gedragsproblemen, binnen de gespecialiseerde jeugdzorg.",
            "child_age": {"min": 4, "max": 12},
            "problem_severity": "severe",
            "prevention_level": "care",
        },
        "duration": {"sessions": 25, "weeks": 25, "session_minutes": 60},
        "delivery": {
            "format": ["individual"],
            "home_visits_per_month": None,
            "group_size": None,
            "setting": "In een praktijk of kliniek, met daarnaast wekelijks telefonisch contact.",
        },
        "practitioners": {
            "role": ["professional"],
            "home_visitors": None,
            "qualifications": "Therapeuten met minimaal een hbo-opleiding (bachelor of hoger).",
            "training": "18 dagen training plus supervisie (18 days + supervision).",
        },
        "evidence": {
            "databank_level": "theoretically_sound",
            "databank_label": "theoretically sound",
            "studies": None,
        },
    }
    stevig = facts["Stevig Ouderschap"]
    assert stevig["provider"] == "Nederlands Centrum Jeugdgezondheid (NCJ), licentiehouder"
    assert stevig["target_group"]["child_age"] == {"min": 0, "max": 2.5}
    assert stevig["target_group"]["problem_severity"] is None  # not stated: null, never a default
    assert stevig["duration"] == {"sessions": 10, "weeks": None, "session_minutes": None}
    assert stevig["practitioners"]["role"] == ["nurse"]
    assert stevig["conditions"].startswith("Een licentie bij het Nederlands Centrum Jeugdgezondheid (NCJ).")
    levels = {name: f["evidence"]["databank_label"] for name, f in facts.items()}
    assert levels == {
        "PMTO (Parent Management Training Oregon)": "theoretically sound",
        "VIPP-SD": "effective according to strong indications",
        "Opstapje": "theoretically sound",
        "Triple P niveau 4 (groep)": "effective according to first indications",
        "Stevig Ouderschap": "effective according to first indications",
    }
    dutch = compare_json(EXAMPLES / "vipp-sd.yaml", EXAMPLES / "opstapje.yaml", lang="nl")["interventions"]
    assert [i["facts"]["evidence"]["databank_label"] for i in dutch] == [
        "effectief volgens sterke aanwijzingen",
        "goed onderbouwd",
    ]


def test_check_json_carries_the_same_facts_and_questions_as_compare() -> None:
    for lang in ("en", "nl"):
        checked = check_json(*FIVE, lang=lang)["results"]
        compared = compare_json(*FIVE, lang=lang)["interventions"]
        assert [(r["facts"], r["questions"]) for r in checked] == [
            (i["facts"], i["questions"]) for i in compared
        ]


def test_absent_facts_are_absent_never_zero(tmp_path: Path) -> None:
    (minimal,) = compare_json(EXAMPLES / "minimal.yaml")["interventions"]
    flat = json.dumps(minimal["facts"])
    assert re.findall(r": (\S+?)[,}]", flat) and set(re.findall(r": ([^{][^,}]*)", flat)) == {"null"}
    assert minimal["described"] == {"count": 0, "of": 16, "gap": 0}
    # A zero the file states is a zero; placeholders are not stated; false and [] say "no".
    zero = tmp_path / "zero.yaml"
    zero.write_text(
        "name: Z\nsummary: z\ncosts: TODO\nprovider: false\n"
        "delivery: {format: home_visiting, home_visits_per_month: 0}\n"
        "practitioners: {role: [], training: 'Nog niet uitgewerkt; volgt in 2026'}\n",
        encoding="utf-8",
    )
    (item,) = compare_json(zero)["interventions"]
    assert item["facts"]["delivery"]["home_visits_per_month"] == 0
    assert item["facts"]["costs"] is None and item["facts"]["provider"] is False
    assert item["facts"]["practitioners"]["role"] == []
    # A reminder with a note is not stated either, as the factors read it.
    assert item["facts"]["practitioners"]["training"] is None
    out = cihelp.run("compare", str(zero), str(EXAMPLES / "minimal.yaml"), "-f", "markdown", "--lang", "nl")[
        1
    ]
    rows = {r[0]: r[1:] for r in md_rows(out) if len(r) == 3}
    assert rows["Huisbezoeken per maand"] == ["0", "*niet vermeld*"]
    assert rows["Kosten"] == ["*niet vermeld*", "*niet vermeld*"]
    assert rows["Aanbieder"] == ["nee (uitdrukkelijk)", "*niet vermeld*"]
    assert rows["Uitgevoerd door"] == ["geen (uitdrukkelijk)", "*niet vermeld*"]
    # S01 does not apply (no group), S03 is a gap (no one visits): 2 settled, one of them by a
    # no; minimal: none. The last row, in plain type: no score.
    assert md_rows(out)[-1] == [
        "Beantwoord",
        "2 van 16 factoren, waarvan 1 met nee (✘)",
        "0 van 16 factoren, geen met nee",
    ]


def test_facts_in_the_terminal_and_html_in_both_languages() -> None:
    table = cihelp.run("compare", *map(str, FIVE[:2]), "--lang", "nl", env={"COLUMNS": "120"})[1]
    assert "Kerngegevens" in table and "effectief volgens sterke aanwijzingen" in table
    assert "1–6 jaar" in table and "huisbezoek" in table
    html = cihelp.run("compare", *map(str, FIVE), "-f", "html", "--lang", "en")[1]
    doc = parse(html)
    assert doc.find("table", "keyfacts") and doc.find("caption")[0].text.startswith("Key facts")
    cells = [n.text for n in doc.find("td")]
    assert "2–16 years" in cells and "0–2.5 years" in cells
    assert "effective according to strong indications" in cells
    assert cells.count("not stated") >= 10
    dutch = parse(cihelp.run("compare", *map(str, FIVE), "-f", "html", "--lang", "nl")[1])
    assert "0–2,5 jaar" in [n.text for n in dutch.find("td")]


def test_many_interventions_list_their_facts_one_after_another() -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    out = cihelp.run("compare", *files, "--lang", "en", env={"COLUMNS": "100"})[1]
    facts = out[out.index("Key facts") :]
    assert "  6  PMTO (Parent Management Training Oregon)  (" in facts
    assert re.search(r"\n     Databank level +theoretically sound", facts)
    assert max(len(line) for line in out.splitlines()) <= 100


# -- completeness apart from fit -------------------------------------------------------------


def test_no_format_adds_statuses_up_or_ranks() -> None:
    files = [str(p) for p in FIVE]
    for fmt in ("table", "markdown", "html"):
        out = cihelp.run("compare", *files, "-f", fmt, "--lang", "en", env={"COLUMNS": "160"})[1]
        assert "Total" not in out, fmt
        assert "ask the provider" in out, fmt
        # Interventions stay in the order given, whatever their statuses.
        names = ["PMTO", "VIPP-SD", "Opstapje", "Triple P", "Stevig"]
        asked = out[out.index("Questions for the provider") :]
        at = [asked.index(n) for n in names]
        assert at == sorted(at), fmt
    data = compare_json(*FIVE)
    assert [i["described"] for i in data["interventions"]] == [
        {"count": 10, "of": 16, "gap": 0},
        {"count": 8, "of": 16, "gap": 0},
        {"count": 6, "of": 16, "gap": 0},
        {"count": 7, "of": 16, "gap": 0},
        {"count": 6, "of": 16, "gap": 0},
    ]


# -- questions -------------------------------------------------------------------------------


def test_questions_come_from_unknown_source_criteria_of_factors_that_apply() -> None:
    sample = check_path(EXAMPLES / "fictief-voorbeeld.yaml", SET)
    asked = [(q.factor, q.criterion) for q in questions(sample, "en")]
    assert asked == [
        ("G03", "duration-matched"),
        ("G04", "parent-perspective"),
        ("G05", "empowerment"),  # a follow-up: the file says empowerment: false
        ("G06", "social-network"),
        ("G07", "qualities-stated"),
        ("G08", "relationship-built"),
        ("G09", "fidelity-monitored"),
        ("G11", "training"),  # a follow-up: training: false
        ("G11", "supervision"),
        ("G11", "stable-staffing"),
    ]
    by_id = {f.factor.id: f for f in sample.factors}
    # G10 is waived, S02/S03/S05 do not apply: they ask nothing, though their criteria are unknown.
    assert by_id["G10"].status == "waived" and by_id["S03"].status == "not_applicable"
    assert not {"G10", "S02", "S03", "S05"} & {f for f, _ in asked}
    # S01's social support is asked only when the problems are not light (its own applies_when);
    # tips (practice criteria such as G01's modules) are never questions.
    assert ("S01", "social-support") not in asked and "G01" not in {f for f, _ in asked}
    dutch = [q.text for q in questions(sample, "nl")]
    assert dutch[-1] == "Hoe houdt u het personeelsverloop beperkt?"
    assert dutch[2] == (
        "U geeft bij approach.empowerment aan dat dit er niet bij hoort (false). "
        "Wat doet de interventie dan om ouders minder afhankelijk te maken van hulp?"
    )


def test_a_factor_whose_applicability_is_unknown_asks_what_decides_it() -> None:
    # Triple P: moderate problems, group suitability not stated: whether S02 (frequent home
    # visits) applies is unknown. Its `?` asks what decides that, not its home-visit questions,
    # which would be asked in vain if it does not apply.
    triple = check_path(EXAMPLES / "triple-p-niveau-4-groep.yaml", SET)
    s02 = next(f for f in triple.factors if f.factor.id == "S02")
    assert s02.applies is not None and s02.applies.value == "unknown" and s02.status == "not_described"
    assert [(q.criterion, q.text) for q in questions(triple, "nl") if q.factor == "S02"] == [
        (
            "applies_when",
            "Zijn er gezinnen met zware problemen, of ouders die hun vragen niet in een groep willen of "
            "kunnen bespreken?",
        )
    ]
    # Stevig Ouderschap names no goals: whether S04 and S05 apply is unknown, and they ask it.
    stevig = check_path(EXAMPLES / "stevig-ouderschap.yaml", SET)
    assert [q.text for q in questions(stevig, "en") if q.factor in ("S04", "S05")] == [
        "Does the intervention aim to teach parents parenting skills or to change their child's behaviour?",
        "Does the intervention aim to change parents' beliefs or attitudes about parenting?",
    ]


def _descriptions() -> list[Path]:
    return sorted([*EXAMPLES.glob("*.yaml"), *(DOCS.parent / "tests" / "cases").rglob("*.yaml")])


@pytest.mark.parametrize("set_name", ["opvoedingsondersteuning", "tidier"])
def test_every_question_mark_asks_the_provider_something(set_name: str) -> None:
    # The legend promises it: "? not described: ask the provider". For every example and every
    # factor case, each factor that is not described has at least one question of its own.
    factor_set = load_builtin(set_name)
    silent = 0
    for path in _descriptions():
        result = check_path(path, factor_set)
        if not result.valid:
            continue
        asked = {q.factor for q in questions(result, "nl")}
        for row in result.factors:
            if row.status == "not_described":
                silent += 1
                assert row.factor.id in asked, (path.name, row.factor.id)
    assert silent > 100  # the check ran over many `?` cells


THIN = """\
name: Dun aanbod
summary: Een korte oudercursus in groepen.
costs: false
target_group: {problem_severity: light}
delivery: {format: group}
curriculum: {standardised: false}
practitioners:
  training: false
  supervision: n.v.t.
  staffing: "N.v.t.: de cursus is eenmalig."
quality:
  fidelity_monitoring: false
approach:
  description: Het aanbod is niet gericht op empowerment.
goals: []
"""


def test_an_explicit_no_gets_a_follow_up_that_quotes_it(tmp_path: Path) -> None:
    path = tmp_path / "dun.yaml"
    path.write_text(THIN, encoding="utf-8")
    result = check_path(path, SET)
    followups = {(q.factor, q.criterion): q.text for q in questions(result, "nl") if q.text.startswith("U ")}
    assert followups == {
        ("G01", "standardised"): "U beantwoordt curriculum.standardised met nee (false). Hoe bepaalt de "
        "uitvoerder dan de opbouw, en hoe weet u dat gezinnen krijgen wat de interventie belooft?",
        ("G02", "goals-stated"): "U geeft bij goals aan dat er geen zijn ([]). Waaraan ziet u dan dat de "
        "interventie iets heeft opgeleverd voor ouders of kinderen?",
        ("G05", "empowerment"): 'U schrijft bij approach.description: "Het aanbod is niet gericht op '
        'empowerment". Wat doet de interventie dan om ouders minder afhankelijk te maken van hulp?',
        (
            "G09",
            "fidelity-monitored",
        ): "U geeft bij quality.fidelity_monitoring aan dat dit er niet bij hoort "
        "(false). Hoe weet u dan of de interventie wordt uitgevoerd zoals bedoeld?",
        ("G11", "training"): "U geeft bij practitioners.training aan dat dit er niet bij hoort (false). Hoe "
        "leren uitvoerders dan de interventie uit te voeren zoals bedoeld?",
        # Quoted as written: the closing stop goes, an abbreviation's dot stays.
        ("G11", "supervision"): 'U schrijft bij practitioners.supervision: "n.v.t.". Hoe krijgen uitvoerders '
        "dan steun en feedback bij hun werk met gezinnen?",
        ("G11", "stable-staffing"): 'U schrijft bij practitioners.staffing: "N.v.t.: de cursus is eenmalig". '
        "Hoe voorkomt u dan dat gezinnen steeds een andere uitvoerder krijgen?",
    }
    # goals: [] unmeets both of G02's criteria; the no is quoted once.
    assert [q.criterion for q in questions(result, "en") if q.factor == "G02"] == ["goals-stated"]
    english = {q.criterion: q.text for q in questions(result, "en") if q.factor == "G11"}
    assert english["supervision"] == (
        'You write under practitioners.supervision: "n.v.t.". How do practitioners then get support and '
        "feedback in their work with families?"
    )
    # Five factors answered with a no: the thin offer answers 10 of 16, 5 of them with a no, and
    # every human format says so (docs/compare.md).
    (item,) = compare_json(path, lang="nl")["interventions"]
    assert item["described"] == {"count": 10, "of": 16, "gap": 5}
    out = cihelp.run("compare", str(path), "-f", "markdown", "--lang", "nl")[1]
    assert ["Beantwoord", "10 van 16 factoren, waarvan 5 met nee (✘)"] in md_rows(out)


def test_key_facts_a_file_does_not_state_are_asked(tmp_path: Path) -> None:
    stevig = compare_json(EXAMPLES / "stevig-ouderschap.yaml", lang="nl")["interventions"][0]
    # Weeks, minutes and the home-visit rate (it has home visits) and the costs; not the
    # setting (home visits only), not a group size (no groups).
    assert stevig["fact_questions"] == [
        {"fact": "duration.weeks", "text": "Over hoeveel weken zijn de contacten verdeeld?"},
        {"fact": "duration.session_minutes", "text": "Hoe lang duurt een contact?"},
        {
            "fact": "delivery.home_visits_per_month",
            "text": "Hoe vaak per maand komt de uitvoerder bij het gezin thuis?",
        },
        {
            "fact": "costs",
            "text": "Wat kost de interventie per gezin, en wat kosten de licentie, de training en de materialen?",
        },
    ]
    # A fact a question about the factors asks already is not asked twice: the minimal example's
    # G03 asks the number of contacts and the weeks, G11 the education and training.
    minimal = compare_json(EXAMPLES / "minimal.yaml")["interventions"][0]
    facts = [f["fact"] for f in minimal["fact_questions"]]
    assert "costs" in facts and "provider" in facts and "evidence.databank_level" in facts
    assert not {"duration.sessions", "duration.weeks", "practitioners.training"} & set(facts)
    assert "How many contacts does the intervention have, and over how many weeks?" in [
        q["text"] for q in minimal["questions"]
    ]
    # costs: false claims there are none: ask what that covers.
    free = tmp_path / "free.yaml"
    free.write_text("name: Gratis\nsummary: s\ncosts: false\n", encoding="utf-8")
    (item,) = compare_json(free, lang="nl")["interventions"]
    assert {
        "fact": "costs",
        "text": (
            "U geeft bij costs aan dat er geen kosten zijn (false). Klopt het dat de interventie niets kost, "
            "ook niet aan licentie, training en materialen?"
        ),
    } in item["fact_questions"]
    # Every human format lists them, before the questions about the factors, with their label.
    files = (str(EXAMPLES / "stevig-ouderschap.yaml"),)
    for fmt in ("table", "markdown", "html"):
        out = cihelp.run("compare", *files, "-f", fmt, "--lang", "nl", env={"COLUMNS": "200"})[1]
        assert "Kosten: Wat kost de interventie per gezin" in out.replace("</span> ", ": "), fmt
        # (The advice of a silent criterion quotes its question too: the list comes last.)
        assert out.index("Hoe lang duurt een contact?") < out.rindex("Hoe houdt u het personeelsverloop"), fmt


def test_questions_in_every_format_and_both_languages(tmp_path: Path) -> None:
    files = [str(EXAMPLES / "fictief-voorbeeld.yaml"), str(EXAMPLES / "pmto.yaml")]
    nl = "Hoe houdt u het personeelsverloop beperkt?"
    en = "How do you keep staff turnover low?"
    for fmt in ("table", "markdown", "html"):
        for lang, text in (("nl", nl), ("en", en)):
            out = cihelp.run("compare", *files, "-f", fmt, "--lang", lang, env={"COLUMNS": "200"})[1]
            assert text in out, (fmt, lang)
    data = compare_json(*files, lang="nl")
    assert data["interventions"][0]["questions"][-1] == {
        "factor": "G11",
        "criterion": "stable-staffing",
        "text": nl,
    }
    # check: Markdown and HTML list them too, JSON carries them.
    for fmt in ("markdown", "html"):
        out = cihelp.run("check", files[0], "-f", fmt, "--lang", "nl")[1]
        assert nl in out, fmt
    html = parse(cihelp.run("check", files[0], "-f", "html", "--lang", "en")[1])
    (asked,) = html.find("ol", "questions")
    assert [n.text.strip() for n in html.find("li") if n.text.strip().endswith("?")][-1] == en
    assert asked is not None


def test_every_criterion_of_the_built_in_sets_has_a_question() -> None:
    for name in ("opvoedingsondersteuning", "tidier"):
        for factor in load_builtin(name).factors:
            for criterion in factor.criteria:
                assert criterion.question is not None, (name, factor.id, criterion.id)
                assert criterion.question.nl.endswith("?") and criterion.question.en.endswith("?")


# -- hostile text in facts -------------------------------------------------------------------

HOSTILE = r"""name: Hostile
summary: s
provider: "<script>alert(1)</script> | [x](javascript:y) \e[31m"
url: "javascript:alert(2)"
costs: "**€ 500** <b>per gezin</b> ::error::x ##[group]"
target_group:
  description: "</td></tr></table><img src=x onerror=alert(3)> \u202eevil"
evidence:
  studies: ["</style><script>alert(4)</script>", "a | b"]
conditions: "<b>licentie</b> | &copy; [x](javascript:z)"
delivery: {setting: "<script>alert(6)</script>"}
practitioners:
  training: "<i>18 dagen</i>"
  supervision: "Nee; <script>alert(5)</script> ::warning::q ##[error]r \e[31m"
"""


def test_hostile_facts_stay_inert_in_every_format(tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    other = str(EXAMPLES / "pmto.yaml")
    md = cihelp.run("compare", str(path), other, "-f", "markdown", "--lang", "en")[1]
    rows = {r[0]: r[1:] for r in md_rows(md) if len(r) == 3}
    assert rows["Provider"][0] == r"&lt;script&gt;alert(1)&lt;/script&gt; \| \[x\](javascript:y) \\x1b\[31m"
    assert rows["Costs"][0].startswith(r"\*\*€ 500\*\* &lt;b&gt;per gezin&lt;/b&gt;")
    assert rows["Target group"][0].startswith("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img")
    assert rows["Conditions"][0] == r"&lt;b&gt;licentie&lt;/b&gt; \| &amp;copy; \[x\](javascript:z)"
    assert rows["Setting"][0] == "&lt;script&gt;alert(6)&lt;/script&gt;"
    # The follow-up quotes the file's no, as inert as any other text of it.
    assert (
        '- G11: You write under practitioners.supervision: "Nee; &lt;script&gt;alert(5)&lt;/script&gt; '
        '::warning::q ##\\[error\\]r \\\\x1b\\[31m". How do practitioners then'
    ) in md
    assert "<script>" not in md and "\x1b" not in md and "\u202e" not in md
    assert not re.search(r"^\s*::", md, re.M) and "##[" not in md
    table = cihelp.run("compare", str(path), other, "--lang", "en", env={"COLUMNS": "200"})[1]
    assert "\x1b" not in table and "\u202e" not in table and "##[" not in table
    for command in ("compare", "check"):
        html = cihelp.run(command, str(path), other, "-f", "html", "--lang", "en")[1]
        doc = parse(html)
        assert_self_contained(doc)
        assert "<script>alert" not in html and "<img" not in html and "</style><script>" not in html
        assert all(not n.attrs.get("href", "").startswith("javascript") for n in doc.nodes)
        assert "javascript:alert(2)" in doc.text and "</style><script>alert(4)</script>" in doc.text
        assert "<script>alert(1)</script> | [x](javascript:y) \\x1b[31m" in doc.text
        assert "\u202e" not in html and "##[" not in html
    # check's Markdown lists the same follow-up, as inert.
    checked_md = cihelp.run("check", str(path), "-f", "markdown", "--lang", "en", "--fail-on", "never")[1]
    assert "practitioners.supervision" in checked_md and "<script>" not in checked_md
    assert not re.search(r"^\s*::", checked_md, re.M) and "##[" not in checked_md
    data = compare_json(path)
    assert data["interventions"][0]["facts"]["url"] == "javascript:alert(2)"
    checked = check_path(path, SET)
    for lang in ("en", "nl"):
        assert Templates(SET, lang).encode(checked) == record(checked, lang)


def test_fast_json_path_writes_facts_and_questions_as_the_generic_one(tmp_path: Path) -> None:
    texts = [
        "name: A\nsummary: a\ntarget_group: {child_age: {max: 1.5}}\nduration: {weeks: 0}\n",
        "name: B\nsummary: b\nevidence: {studies: []}\ndelivery: {format: false}\ncosts: nee\n",
        'name: C\nsummary: c\nurl: "\\u2066x\\u2069"\npractitioners: {role: volunteer, home_visitors: [nurse]}\n',
    ]
    for text in texts:
        result = check_text(text, "t.yaml", SET)
        for lang in ("en", "nl"):
            assert Templates(SET, lang).encode(result) == record(result, lang), text


# -- the date and the versions ---------------------------------------------------------------


def test_the_report_date_honours_source_date_epoch() -> None:
    assert report_date({"SOURCE_DATE_EPOCH": "1767225600"}) == "2026-01-01"
    assert report_date({"SOURCE_DATE_EPOCH": "0"}) == "1970-01-01"
    today = report_date({})
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", today)
    assert report_date({"SOURCE_DATE_EPOCH": "tomorrow"}) == today  # malformed: today's date
    assert report_date({"SOURCE_DATE_EPOCH": "9" * 40}) == today


def test_the_html_carries_date_and_versions_on_every_printed_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    for command in ("check", "compare"):
        html = cihelp.run(command, str(FIVE[0]), "-f", "html", "--lang", "nl")[1]
        doc = parse(html)
        (stamp,) = doc.find("time")
        assert stamp.attrs["datetime"] == "2026-01-01"
        assert stamp.text == (
            "Rapport van 2026-01-01, gemaakt met watwerkt 0.1.0 en de factorset "
            f"opvoedingsondersteuning (vingerafdruk {fingerprint(SET)})"
        )
        style = "".join(n.text for n in doc.find("style"))
        margin = re.search(r"@bottom-left\{content:(\"[^\"]*\")", style)
        assert margin is not None
        assert css_unescape(margin.group(1)) == (
            f"2026-01-01 · watwerkt 0.1.0 · factorset opvoedingsondersteuning ({fingerprint(SET)})"
        )
        assert "counter(page)" in style and "@page" in style
        # A box of our own at the top keeps Chromium's header (the time of printing) off the page.
        assert '@top-right{content:""}' in style


def css_unescape(text: str) -> str:
    return re.sub(r"\\([0-9a-f]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), text[1:-1])


@pytest.mark.parametrize("text", ['a"b', "a\\b", "</style><script>", "x\ny", "é · ü", "}@import"])
def test_css_strings_cannot_break_out(text: str) -> None:
    quoted = css_string(text)
    inner = quoted[1:-1]
    assert '"' not in inner and "<" not in inner and "\n" not in inner and "{" not in inner
    assert css_unescape(quoted) == text


@pytest.mark.slow
def test_the_fingerprint_is_the_same_in_every_process() -> None:
    code = "from wat_werkt.factorset.load import load_builtin; from wat_werkt.renderers.report.html_page import fingerprint; print(fingerprint(load_builtin()))"
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert seen == {fingerprint(SET)}
    assert fingerprint(load_builtin("tidier")) != fingerprint(SET)


def test_the_worked_example_shows_what_the_tool_prints() -> None:
    # docs/compare.md quotes rows of the key facts of its five interventions: each row as the
    # Markdown of the command it shows prints it.
    doc = (DOCS / "compare.md").read_text(encoding="utf-8")
    quoted = doc.split("<!-- key facts excerpt: begin -->\n")[1].split("<!-- key facts excerpt: end -->")[0]
    names = ("opstapje", "samenstarten", "stevig-ouderschap", "video-hometraining", "vipp-sd")
    out = cihelp.run(
        "compare", *(str(EXAMPLES / f"{n}.yaml") for n in names), "-f", "markdown", "--lang", "nl"
    )[1]
    printed = {row[0]: row for row in md_rows(out) if len(row) == 6}
    rows = md_rows(quoted)
    assert len(rows) > 8
    for row in rows:
        assert row == printed[row[0]]
