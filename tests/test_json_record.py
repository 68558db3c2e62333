"""json_record writes each file's JSON record from text prepared once per factor set and
language: byte for byte json_report.record's text (the generic path), for every kind of file, in
both languages, whatever text the files hold. Where it was not built for a result it says so
(None), and json_report.Records takes the generic path."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest
import yaml
from conftest import EXAMPLES, ROOT, TESTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wat_werkt.engine.conditions import Outcome
from wat_werkt.engine.evaluate import STATUSES, About, FileResult, Report, Waiver
from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.format.facts import DATABANK_LEVELS, Facts
from wat_werkt.problems import Loc
from wat_werkt.renderers import RenderOptions, jsontext
from wat_werkt.renderers.report.json_data import as_data
from wat_werkt.renderers.report.json_record import Templates
from wat_werkt.renderers.report.json_report import Records, record, render
from wat_werkt.run.checker import check_path, check_text
from wat_werkt.textsafe import defuse_json

SET = load_builtin()
TIDIER = load_builtin("tidier")
KNOWN = builtin_ids()
LANGS = ("en", "nl")
TEMPLATES = {lang: Templates(SET, lang) for lang in LANGS}

# Text a file may hold that must stay inert or exact: Rich markup, ANSI and C1 controls, bidi
# overrides, GitHub workflow commands, JSON's own special characters, non-BMP characters.
HOSTILE = (
    "[bold red]boom[/]",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;http://x\x07link",
    "\x85\x9b2J\x90",
    "\u202eevil\u202c",
    "\u2066iso\u2069",
    "::error::gone",
    "  ::warning file=a::x",
    "##[group]x",
    "###[",
    "##[",
    "#",
    "[",
    'say "hi"',
    "back\\slash\\",
    "\\u005b",
    "tab\there",
    "\u2028\u2029",
    "😀🧒🏽",
    "\x00\x1f\x7f",
    "é ü ß",
    "<b>&amp;</b>",
    "{}[],:",
)


def _prepared(result: FileResult, lang: str, templates: Templates | None = None) -> str:
    text = (templates or TEMPLATES[lang]).encode(result)
    # Falling back here would compare the generic path with itself and prove nothing.
    assert text is not None, f"{result.file}: not written from prepared text"
    return text


def _load_generator() -> ModuleType:
    # bench/ is not a package: load its generator by path, as bench/run.py imports it.
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[FileResult]:
    out = tmp_path_factory.mktemp("json-record") / "corpus"
    files = _load_generator().generate(60, out, seed=11)
    return [check_path(p, SET, KNOWN) for p in files]


def _examples_and_cases() -> list[FileResult]:
    files = sorted(EXAMPLES.glob("*.yaml")) + sorted((TESTS / "cases").rglob("*.yaml"))
    return [check_path(p, SET, KNOWN) for p in files]


@pytest.mark.parametrize("lang", LANGS)
def test_every_example_and_case_is_written_the_same(lang: str) -> None:
    results = _examples_and_cases()
    for result in results:
        assert _prepared(result, lang) == record(result, lang), result.file
    # The variable parts were all there: waived and not-applicable factors, an applies_when.
    statuses = {f.status for r in results for f in r.factors}
    assert {"waived", "not_applicable", "not_described", "strength", "partial", "gap"} <= statuses
    assert any(f.applies is not None for r in results for f in r.factors)


@pytest.mark.parametrize("lang", LANGS)
def test_the_generated_corpus_is_written_the_same(corpus: list[FileResult], lang: str) -> None:
    assert len(corpus) == 60 and all(r.valid for r in corpus)
    for result in corpus:
        assert _prepared(result, lang) == record(result, lang), result.file
    assert any(f.waiver is not None for r in corpus for f in r.factors)
    # Files that ask more questions and fewer, follow-ups after a no among them; facts stated
    # and left out.
    asked = [json.loads(_prepared(r, lang))["questions"] for r in corpus]
    assert 0 < min(map(len, asked)) < max(map(len, asked))
    criteria = {q["criterion"] for questions in asked for q in questions}
    assert "applies_when" in criteria and len(criteria) > 10
    assert any(q["text"].startswith(("You ", "U ")) for questions in asked for q in questions)
    assert {r.about.facts.age_min is None for r in corpus} == {True, False}


@pytest.mark.parametrize("lang", LANGS)
def test_another_factor_set_is_written_the_same(lang: str) -> None:
    templates = Templates(TIDIER, lang)
    files = sorted((TESTS / "cases_tidier").rglob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))
    results = [check_path(p, TIDIER, KNOWN) for p in files]
    assert results
    for result in results:
        assert _prepared(result, lang, templates) == record(result, lang), result.file


def test_waivers_used_and_unused_are_written_the_same() -> None:
    # G04 waived although it is a strength (unused), G11 waived as partial; reasons hostile.
    base = (EXAMPLES / "stevig-ouderschap.yaml").read_text(encoding="utf-8")
    waivers = [
        {"factor": "G11", "reason": "Geen training: " + "".join(HOSTILE)},
        {"factor": "G04", "reason": '"quoted" \\ ##[x]'},
    ]
    text = base + yaml.safe_dump({"waivers": waivers}, allow_unicode=True)
    for lang in LANGS:
        result = check_text(text, "waived.yaml", SET, KNOWN)
        assert result.valid, [p.text("en") for p in result.problems]
        waived = [f for f in result.factors if f.waiver is not None]
        assert len(waived) == 2 and {f.unused_waiver for f in waived} == {True, False}
        assert _prepared(result, lang) == record(result, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_text_from_a_file_is_written_the_same(lang: str) -> None:
    hostile = "".join(HOSTILE)
    data = {
        "name": hostile + "x" * 100_000,
        "summary": hostile,
        "target_group": {"description": hostile, "prevention_level": "selective"},
        "goals": [{"text": h, "measure": h} for h in HOSTILE],
        "curriculum": {"manual": hostile, "modules": list(HOSTILE)},
        "approach": {"description": "::error file=x::", "tailoring": "##[warning]x"},
        "practitioners": {"training": "\u202e" * 3, "supervision": "\x9b" + hostile},
    }
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    result = check_text(text, "dir/" + hostile + ".yaml", SET, KNOWN)
    assert result.valid, [p.text("en") for p in result.problems]
    # The engine cuts evidence short; a longer one must still be written alike.
    first = result.factors[0]
    long = first.criteria[0].outcome._replace(evidence=hostile * 5_000)
    result = result._replace(
        factors=(first._replace(criteria=(first.criteria[0]._replace(outcome=long),)), *result.factors[1:])
    )
    written = _prepared(result, lang)
    assert written == record(result, lang)
    # The defusing was needed and done, and the data reads back as it was.
    assert "##[" not in written and "##\\u005b" in written
    back = json.loads(written)
    assert back["name"] == data["name"] and back["file"] == "dir/" + hostile + ".yaml"
    assert back["factors"][0]["criteria"][0]["evidence"] == hostile * 5_000
    # Evidence from the file itself (whitespace folded, cut short) kept its controls too.
    evidence = [c["evidence"] or "" for f in back["factors"] for c in f["criteria"]]
    assert any("\x1b[31m" in e and "\u202e" in e and "\x9b" in e for e in evidence[1:])


@pytest.mark.parametrize("lang", LANGS)
def test_invalid_files_take_the_generic_path(lang: str) -> None:
    records = Records(SET, lang)
    files = sorted((TESTS / "invalid").glob("*.yaml"))
    results = [check_path(p, SET, KNOWN) for p in files]
    results.append(check_text("name: x\nsummary: TODO\nfoo: 1\n", "broken.yaml", SET, KNOWN))
    results.append(check_path(ROOT / "missing.yaml", SET, KNOWN))
    assert results and all(not r.valid for r in results)
    for result in results:
        assert TEMPLATES[lang].encode(result) is None
        assert records(result) == record(result, lang)


def test_what_the_templates_do_not_know_takes_the_generic_path() -> None:
    result = check_path(EXAMPLES / "stevig-ouderschap.yaml", SET, KNOWN)
    first = result.factors[0]
    unusual = [
        # A factor set other than the one prepared.
        check_path(EXAMPLES / "stevig-ouderschap.yaml", TIDIER, KNOWN),
        # A factor with the same id but another object (say, another copy of the set).
        result._replace(factors=(first._replace(factor=first.factor._replace(slug="other")),)),
        # A criterion the factor does not declare.
        result._replace(
            factors=(
                first._replace(
                    criteria=(
                        first.criteria[0]._replace(
                            criterion=first.criteria[0].criterion._replace(id="invented")
                        ),
                    )
                ),
            )
        ),
        # Values of types JSON writes otherwise, or json.dumps alone can write.
        result._replace(name=7),  # type: ignore[arg-type]  # on purpose: the fallback path
        result._replace(factors=(first._replace(loc=Loc(True, 1)),)),
        result._replace(
            factors=(
                first._replace(
                    criteria=(
                        first.criteria[0]._replace(outcome=first.criteria[0].outcome._replace(evidence=2.5)),  # type: ignore[arg-type]
                    )
                ),
            )
        ),
        result._replace(factors=(first._replace(waiver=Waiver("G01", "r", Loc(1, 1)), unused_waiver=1),)),  # type: ignore[arg-type]
    ]
    for lang in LANGS:
        records = Records(SET, lang)
        for item in unusual:
            assert TEMPLATES[lang].encode(item) is None
            assert records(item) == record(item, lang)


def test_a_file_without_factors_or_criteria_is_written_the_same() -> None:
    result = check_path(EXAMPLES / "minimal.yaml", SET, KNOWN)
    bare = result._replace(factors=tuple(f._replace(criteria=()) for f in result.factors))
    for lang in LANGS:
        assert _prepared(result._replace(factors=()), lang) == record(result._replace(factors=()), lang)
        assert _prepared(bare, lang) == record(bare, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_streamed_report_from_prepared_records_is_the_report(corpus: list[FileResult], lang: str) -> None:
    # Valid files and an invalid one (which the prepared text is not built for) in one report.
    results = [*_examples_and_cases()[:5], check_text("name: x\n", "bad.yaml", SET, KNOWN), *corpus[:10]]
    options = RenderOptions(lang=lang)
    streamed = render(Report(SET, tuple(results)), options)  # the report, a record at a time
    # ... is the whole report's data written at once (docs/contract.md section 4).
    assert streamed == defuse_json(jsontext.dumps(as_data(Report(SET, tuple(results)), options))) + "\n"


# Arbitrary values in every place a file's own text or numbers reach the record.
texts = st.one_of(
    st.text(),
    st.sampled_from(HOSTILE),
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=3)), max_size=6).map("".join),
)
numbers = st.integers(min_value=-(2**70), max_value=2**70)
REAL = [check_path(EXAMPLES / name, SET, KNOWN) for name in ("fictief-voorbeeld.yaml", "opstapje.yaml")]


def _outcome(outcome: Outcome, data: st.DataObject) -> Outcome:
    return outcome._replace(
        value=data.draw(st.sampled_from(["met", "unmet", "unknown"])),
        # An explicit no asks a follow-up that quotes it.
        kind=data.draw(st.sampled_from(["found", "false", "empty", "negated", "missing", "silent"])),
        path=data.draw(texts),
        loc=Loc(data.draw(numbers), data.draw(numbers)),
        evidence=data.draw(st.one_of(st.none(), texts)),
    )


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(REAL), st.sampled_from(LANGS))
def test_any_text_in_any_place_is_written_the_same(data: st.DataObject, base: FileResult, lang: str) -> None:
    factors = []
    for factor in base.factors:
        # The statuses, outcomes and applicability decide the questions too.
        changed = factor._replace(
            status=data.draw(st.sampled_from(STATUSES)),
            loc=Loc(data.draw(numbers), data.draw(numbers)),
            criteria=tuple(
                c._replace(
                    outcome=_outcome(c.outcome, data),
                    applies=_outcome(c.outcome, data) if data.draw(st.booleans()) else None,
                )
                for c in factor.criteria
            ),
        )
        if factor.applies is not None:
            changed = changed._replace(applies=_outcome(factor.applies, data))
        if data.draw(st.booleans()):
            changed = changed._replace(
                status="waived",
                waiver=Waiver(factor.factor.id, data.draw(texts), Loc(1, 1)),
                unused_waiver=data.draw(st.booleans()),
            )
        factors.append(changed)
    result = base._replace(
        file=data.draw(texts), name=data.draw(st.one_of(st.none(), texts)), factors=tuple(factors)
    )
    assert _prepared(result, lang) == record(result, lang)


# Every kind of value a key fact may have (format/facts.py): text, an explicit no, not stated;
# whole and decimal numbers; lists, empty or not; a databank level known or not.
said = st.one_of(st.none(), st.just(False), texts)
amounts = st.one_of(st.none(), numbers, st.floats(allow_nan=False, allow_infinity=False))
wholes = st.one_of(st.none(), numbers)
items = st.one_of(st.none(), st.lists(texts, max_size=4).map(tuple))
facts = st.builds(
    Facts,
    description=said,
    age_min=amounts,
    age_max=amounts,
    problem_severity=st.one_of(st.none(), texts),
    prevention_level=st.one_of(st.none(), texts),
    format=items,
    sessions=wholes,
    weeks=wholes,
    session_minutes=wholes,
    home_visits_per_month=amounts,
    group_size=wholes,
    role=items,
    home_visitors=items,
    provider=said,
    url=said,
    costs=said,
    databank_level=st.one_of(st.none(), st.sampled_from(sorted(DATABANK_LEVELS)), texts),
    studies=items,
    setting=said,
    qualifications=said,
    training=said,
    conditions=said,
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(facts, st.sampled_from(LANGS))
def test_any_key_facts_are_written_the_same(stated: Facts, lang: str) -> None:
    result = REAL[0]._replace(about=About(facts=stated))
    assert _prepared(result, lang) == record(result, lang)


@pytest.mark.parametrize(
    "unusual",
    [
        Facts(age_min=float("nan")),
        Facts(sessions=True),
        Facts(role=["a list, not a tuple"]),  # type: ignore[arg-type]  # on purpose: the fallback path
        Facts(description=True),
        Facts(databank_level=3),  # type: ignore[arg-type]
        Facts(training=7),  # type: ignore[arg-type]
    ],
)
def test_key_facts_the_templates_do_not_know_take_the_generic_path(unusual: Facts) -> None:
    result = REAL[0]._replace(about=About(facts=unusual))
    for lang in LANGS:
        assert TEMPLATES[lang].encode(result) is None
        assert Records(SET, lang)(result) == record(result, lang)
