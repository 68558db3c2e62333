"""Property tests: whatever text or YAML-shaped data comes in, the pipeline answers with a
report or with its own located problems, never another exception, and always the same."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.engine.verdicts import MAX_EVIDENCE, show
from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.format.model import FIELD_PATHS, FORMATS, GOAL_KINDS, ROLES
from wat_werkt.format.shape import is_placeholder
from wat_werkt.renderers import RENDERERS, RenderOptions
from wat_werkt.run.checker import check_text

SET = load_builtin()
KNOWN = builtin_ids()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["TODO", "...", "", *FORMATS, *ROLES, *GOAL_KINDS]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(sorted({p.split(".")[-1] for p in FIELD_PATHS})), inner, max_size=4),
    ),
    max_leaves=20,
)
# Documents shaped like interventions: real section names with arbitrary contents.
documents = st.fixed_dictionaries(
    {"name": st.one_of(st.text(max_size=10), scalars), "summary": st.text(max_size=10)},
    optional={
        s: values for s in sorted(p for p in FIELD_PATHS if "." not in p and p not in ("name", "summary"))
    },
)


def _run(text: str) -> FileResult:
    result = check_text(text, "prop.yaml", SET, KNOWN)
    if result.valid:
        assert len(result.factors) == len(SET.factors)
    else:
        assert result.problems and not result.factors
        for problem in result.problems:
            # At a line and column, or at the file as a whole (an empty file): never a made-up 1:1.
            assert (problem.loc.line >= 1 and problem.loc.column >= 1) or problem.whole_file
            assert problem.text("en") and problem.text("nl")
    return result


def _render_all(result: FileResult) -> None:
    report = Report(SET, (result,))
    for name, render in RENDERERS.items():
        assert isinstance(render(report, RenderOptions(lang="nl", verbose=True)), str), name


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    assert _run(text) == _run(text)


@pytest.mark.slow
@SETTINGS
@given(documents)
def test_yaml_shaped_documents(data: dict[str, object]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    first = _run(text)
    assert first == _run(text)
    _render_all(first)


# Valid documents, built field by field, so the engine and the renderers see every shape.
from wat_werkt.format.model import ORIENTATIONS, SEVERITIES, TECHNIQUES  # noqa: E402

texts = st.one_of(
    st.text(max_size=15), st.just(False), st.sampled_from(["TODO", "?", "Werkboek", "<b>[red]x"])
)


def listed(choices: tuple[str, ...]) -> st.SearchStrategy[object]:
    return st.one_of(st.sampled_from(choices), st.lists(st.sampled_from(choices), max_size=4), st.just(False))


sections = {
    "target_group": st.fixed_dictionaries(
        {},
        optional={
            "problem_severity": st.sampled_from(SEVERITIES),
            "group_suitable": st.booleans(),
            "risk_group": st.booleans(),
            "description": texts,
        },
    ),
    "goals": st.one_of(
        st.just(False),
        st.lists(
            st.fixed_dictionaries(
                {"text": st.text(min_size=1, max_size=10)},
                optional={"kind": st.sampled_from(GOAL_KINDS), "measure": texts},
            ),
            max_size=3,
        ),
    ),
    "curriculum": st.fixed_dictionaries(
        {},
        optional={
            "manual": texts,
            "standardised": st.booleans(),
            "modules": st.lists(st.text(max_size=5), max_size=3),
        },
    ),
    "duration": st.fixed_dictionaries(
        {},
        optional={
            "sessions": st.integers(0, 50),
            "weeks": st.integers(0, 60),
            "rationale": texts,
            "adjustable": st.booleans(),
        },
    ),
    "delivery": st.fixed_dictionaries(
        {},
        optional={
            "format": listed(FORMATS),
            "home_visits_per_month": st.integers(0, 20),
            "group_size": st.integers(0, 20),
        },
    ),
    "approach": st.fixed_dictionaries(
        {},
        optional={
            "orientation": listed(ORIENTATIONS),
            "techniques": listed(TECHNIQUES),
            "description": texts,
            "empowerment": texts,
            "social_network": texts,
            "parent_perspective": texts,
            "tailoring": texts,
        },
    ),
    "practitioners": st.fixed_dictionaries(
        {},
        optional={
            "role": listed(ROLES),
            "training": texts,
            "supervision": texts,
            "staffing": texts,
            "qualities": st.one_of(texts, st.lists(st.text(max_size=8), max_size=3)),
        },
    ),
    "relationship": st.fixed_dictionaries({}, optional={"description": texts, "monitoring": texts}),
    "quality": st.fixed_dictionaries({}, optional={"fidelity_monitoring": texts, "evaluation": texts}),
    "reach": st.fixed_dictionaries({}, optional={"recruitment": texts, "retention": texts}),
    "waivers": st.lists(
        st.fixed_dictionaries(
            {"factor": st.sampled_from([f.id for f in SET.factors]), "reason": st.just("bewust")}
        ),
        max_size=2,
        unique_by=lambda w: w["factor"],
    ),
}
valid_documents = st.fixed_dictionaries(
    {
        "name": st.text(alphabet="abcXYZ <>[]&é", min_size=1, max_size=10).filter(
            lambda s: not is_placeholder(s)
        ),
        "summary": st.just("Een samenvatting"),
    },
    optional=sections,
)


@pytest.mark.slow
@SETTINGS
@given(valid_documents)
def test_valid_documents_always_give_a_report(data: dict[str, object]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    result = _run(text)
    assert result.valid, [p.text("en") for p in result.problems]
    assert result == _run(text)
    _render_all(result)


def _shown_whole(value: object) -> str:
    """verdicts.show as it was before it stopped early on a long list: every item, then cut."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = ", ".join(_shown_whole(v) for v in value)
    elif isinstance(value, dict):
        texts = [v for v in value.values() if isinstance(v, str)]
        text = texts[0] if texts else ", ".join(f"{k}: {_shown_whole(v)}" for k, v in value.items())
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_EVIDENCE else text[: MAX_EVIDENCE - 1] + "…"


_spaced_text = st.text(alphabet=st.sampled_from(list("ab \n\t,.é…")), max_size=90)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(
    st.recursive(
        st.one_of(_spaced_text, st.booleans(), st.integers(), st.none()),
        lambda inner: st.one_of(
            st.lists(inner, max_size=12), st.dictionaries(st.text(max_size=3), inner, max_size=3)
        ),
        max_leaves=40,
    )
)
def test_evidence_of_a_long_list_is_the_whole_list_cut_short(value: object) -> None:
    # show() stops reading items once the text will be cut anyway (docs/performance.md).
    assert show(value) == _shown_whole(value)
