"""The key facts, the completeness line and the legend in words, as every human format shows
them (docs/compare.md). Values are plain text from the file: each renderer escapes them as it
escapes names."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from wat_werkt.engine.evaluate import STATUSES, FileResult
from wat_werkt.format.facts import DATABANK_LEVELS, Facts, Items, Number, Text
from wat_werkt.messages import counted, message
from wat_werkt.renderers.common import SYMBOLS, status_word


def number(value: Number, lang: str) -> str:
    """2, 2.5 (en) or 2,5 (nl); a whole float without its .0. A whole number is written as it
    is: made a float, one of 310 digits would overflow (docs/robustness.md)."""
    text = repr(value) if isinstance(value, float) and not value.is_integer() else str(int(value))
    return text.replace(".", ",") if lang == "nl" else text


def _text(value: Text, lang: str) -> str | None:
    if value is None:
        return None
    return message("fact_no", lang) if value is False else str(value)


def _values(items: Items, lang: str) -> str | None:
    if items is None:
        return None
    if not items:
        return message("fact_none", lang)
    return ", ".join(message(f"value_{v}", lang) for v in items)


def _plain(items: Items, lang: str) -> str | None:
    if items is None:
        return None
    return "; ".join(items) if items else message("fact_none", lang)


def _amount(value: Number | None, lang: str) -> str | None:
    return None if value is None else number(value, lang)


def _enum(value: str | None, lang: str) -> str | None:
    return None if value is None else message(f"value_{value}", lang)


def age(facts: Facts, lang: str) -> str | None:
    low, high = facts.age_min, facts.age_max
    if low is not None and high is not None:
        return message("age_range", lang, min=number(low, lang), max=number(high, lang))
    if low is not None:
        return message("age_from", lang, min=number(low, lang))
    if high is not None:
        return message("age_to", lang, max=number(high, lang))
    return None


def practitioners(facts: Facts, lang: str) -> str | None:
    roles = _values(facts.role, lang)
    if facts.home_visitors is None:
        return roles
    visitors = message("home_visitors_by", lang, roles=_values(facts.home_visitors, lang))
    return f"{roles}; {visitors}" if roles else visitors


def costs(facts: Facts, lang: str) -> str | None:
    """The costs as written; `false`, which the format reads as "not part of it", says in so
    many words that the description claims there are none, so that it is read neither as free
    for certain nor as a cost the file forgot (its question asks what is included)."""
    if facts.costs is False:
        return message("fact_costs_false", lang)
    return _text(facts.costs, lang)


def databank(facts: Facts, lang: str) -> str | None:
    level = facts.databank_level
    return DATABANK_LEVELS[level][lang] if level in DATABANK_LEVELS else None


FactRow = tuple[str, Callable[[Facts, str], "str | None"]]

# The rows of the key facts, in the order every format shows them: its databank rating, whom
# it is for, how, where and at what dose, who delivers it with what education and training,
# what an organisation needs, then who offers it and what it costs.
FACT_ROWS: tuple[FactRow, ...] = (
    ("fact_databank", databank),
    ("fact_target_group", lambda f, lang: _text(f.description, lang)),
    ("fact_child_age", age),
    ("fact_severity", lambda f, lang: _enum(f.problem_severity, lang)),
    ("fact_prevention", lambda f, lang: _enum(f.prevention_level, lang)),
    ("fact_format", lambda f, lang: _values(f.format, lang)),
    ("fact_setting", lambda f, lang: _text(f.setting, lang)),
    ("fact_sessions", lambda f, lang: _amount(f.sessions, lang)),
    ("fact_weeks", lambda f, lang: _amount(f.weeks, lang)),
    ("fact_session_minutes", lambda f, lang: _amount(f.session_minutes, lang)),
    ("fact_home_visits", lambda f, lang: _amount(f.home_visits_per_month, lang)),
    ("fact_group_size", lambda f, lang: _amount(f.group_size, lang)),
    ("fact_practitioners", practitioners),
    ("fact_qualifications", lambda f, lang: _text(f.qualifications, lang)),
    ("fact_training", lambda f, lang: _text(f.training, lang)),
    ("fact_conditions", lambda f, lang: _text(f.conditions, lang)),
    ("provider", lambda f, lang: _text(f.provider, lang)),
    ("website", lambda f, lang: _text(f.url, lang)),
    ("fact_costs", costs),
)

# The sources each intervention's page lists (HTML): who offers it, where, and what research.
SOURCE_ROWS: tuple[FactRow, ...] = (
    ("provider", lambda f, lang: _text(f.provider, lang)),
    ("website", lambda f, lang: _text(f.url, lang)),
    ("fact_studies", lambda f, lang: _plain(f.studies, lang)),
)


def absent(lang: str) -> str:
    """What a fact the file does not state shows: words, never a zero, never a dash (the dash
    is the symbol of a factor that does not apply)."""
    return message("fact_absent", lang)


def described_text(count: int, of: int, gap: int, lang: str) -> str:
    """ "10 of 16 factors, 5 of them with a no (✘)": the factors a description settles, and how
    many of those it settles by saying no, so that a file full of no's does not read as the
    more complete one (docs/contract.md section 7)."""
    if gap:
        return message("described_count_no", lang, count=count, of=of, gap=gap)
    return message("described_count", lang, count=count, of=of)


def legend_lines(lang: str) -> list[tuple[str, str, str]]:
    """(status, symbol, "word: what it means") for each status, one line each. `compare`
    applies no selection, so no factor of it is ever ignored."""
    return [
        (status, SYMBOLS[status], f"{status_word(status, lang)}: {message(f'legend_{status}', lang)}")
        for status in STATUSES
    ]


def left_out(invalid: tuple[FileResult, ...], lang: str) -> list[str]:
    """One line for each file left out of the comparison: its first problem as
    FILE:LINE:COL: message (FILE: message for the whole file), and how many more it has, so
    that every format says why at the top, not only standard error."""
    lines = []
    for result in invalid:
        first, *more = result.problems
        line = first.line_for(result.file, lang)
        if more:
            line += " " + counted("compare_more_problems", lang, len(more))
        lines.append(line)
    return lines


class FactQuestion(NamedTuple):
    fact: str  # the path of the fact in the file: "costs", "duration.sessions"
    label: str  # the fact's row label, in the report's language
    text: str


def _format_has(facts: Facts, value: str) -> bool:
    return facts.format is not None and value in facts.format


# The key facts a commissioner asks after when a file does not state them, in the order of
# FACT_ROWS: (the fact's path, its label, its question, when it is worth asking). A home-visit
# rate is asked only of an intervention with home visits, a group size only of one with groups,
# the place only of one that is not home visits alone. The website and the studies ask nothing:
# the provider's answers to these questions are where a commissioner finds them.
_FACT_QUESTIONS: tuple[tuple[str, str, str, Callable[[Facts], bool]], ...] = (
    ("evidence.databank_level", "fact_databank", "ask_databank", lambda f: f.databank_level is None),
    ("target_group.description", "fact_target_group", "ask_target_group", lambda f: f.description is None),
    (
        "target_group.child_age",
        "fact_child_age",
        "ask_child_age",
        lambda f: f.age_min is None and f.age_max is None,
    ),
    ("target_group.problem_severity", "fact_severity", "ask_severity", lambda f: f.problem_severity is None),
    (
        "target_group.prevention_level",
        "fact_prevention",
        "ask_prevention",
        lambda f: f.prevention_level is None,
    ),
    ("delivery.format", "fact_format", "ask_format", lambda f: f.format is None),
    (
        "delivery.setting",
        "fact_setting",
        "ask_setting",
        lambda f: f.setting is None and f.format != ("home_visiting",),
    ),
    ("duration.sessions", "fact_sessions", "ask_sessions", lambda f: f.sessions is None),
    ("duration.weeks", "fact_weeks", "ask_weeks", lambda f: f.weeks is None),
    (
        "duration.session_minutes",
        "fact_session_minutes",
        "ask_session_minutes",
        lambda f: f.session_minutes is None,
    ),
    (
        "delivery.home_visits_per_month",
        "fact_home_visits",
        "ask_home_visits",
        lambda f: f.home_visits_per_month is None and _format_has(f, "home_visiting"),
    ),
    (
        "delivery.group_size",
        "fact_group_size",
        "ask_group_size",
        lambda f: f.group_size is None and _format_has(f, "group"),
    ),
    ("practitioners.role", "fact_practitioners", "ask_role", lambda f: f.role is None),
    (
        "practitioners.qualifications",
        "fact_qualifications",
        "ask_qualifications",
        lambda f: f.qualifications is None,
    ),
    ("practitioners.training", "fact_training", "ask_training", lambda f: f.training is None),
    ("conditions", "fact_conditions", "ask_conditions", lambda f: f.conditions is None),
    ("provider", "provider", "ask_provider", lambda f: f.provider is None),
    ("costs", "fact_costs", "ask_costs", lambda f: f.costs is None),
    # An explicit `false` for the costs claims there are none: ask what that covers.
    ("costs", "fact_costs", "ask_costs_false", lambda f: f.costs is False),
)


def fact_questions(result: FileResult, lang: str) -> list[FactQuestion]:
    """What to ask the provider about the key facts its file does not state (docs/compare.md),
    in natural words: the costs, who delivers it, the dose, ... A fact that a question about the
    factors already asks for (G03 asks the number of contacts when the file gives neither it
    nor the weeks) is not asked twice."""
    from wat_werkt.renderers.common import asked_paths

    facts = result.about.facts
    covered = asked_paths(result)
    return [
        FactQuestion(path, message(label, lang), message(code, lang))
        for path, label, code, worth in _FACT_QUESTIONS
        if worth(facts) and path not in covered
    ]
