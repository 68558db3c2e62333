"""The key facts, the completeness line and the legend in words, as every human format shows
them (docs/compare.md). Values are plain text from the file: each renderer escapes them as it
escapes names."""

from __future__ import annotations

from collections.abc import Callable

from wat_werkt.engine.evaluate import STATUSES
from wat_werkt.format.facts import DATABANK_LEVELS, Facts, Items, Number, Text
from wat_werkt.messages import message
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


def databank(facts: Facts, lang: str) -> str | None:
    level = facts.databank_level
    return DATABANK_LEVELS[level][lang] if level in DATABANK_LEVELS else None


FactRow = tuple[str, Callable[[Facts, str], "str | None"]]

# The rows of the key facts, in the order every format shows them: its databank rating, whom
# it is for, how and at what dose, who delivers it, then who offers it and what it costs.
FACT_ROWS: tuple[FactRow, ...] = (
    ("fact_databank", databank),
    ("fact_target_group", lambda f, lang: _text(f.description, lang)),
    ("fact_child_age", age),
    ("fact_severity", lambda f, lang: _enum(f.problem_severity, lang)),
    ("fact_prevention", lambda f, lang: _enum(f.prevention_level, lang)),
    ("fact_format", lambda f, lang: _values(f.format, lang)),
    ("fact_sessions", lambda f, lang: _amount(f.sessions, lang)),
    ("fact_weeks", lambda f, lang: _amount(f.weeks, lang)),
    ("fact_session_minutes", lambda f, lang: _amount(f.session_minutes, lang)),
    ("fact_home_visits", lambda f, lang: _amount(f.home_visits_per_month, lang)),
    ("fact_group_size", lambda f, lang: _amount(f.group_size, lang)),
    ("fact_practitioners", practitioners),
    ("provider", lambda f, lang: _text(f.provider, lang)),
    ("website", lambda f, lang: _text(f.url, lang)),
    ("fact_costs", lambda f, lang: _text(f.costs, lang)),
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


def described_text(count: int, of: int, lang: str) -> str:
    return message("described_count", lang, count=count, of=of)


def legend_lines(lang: str) -> list[tuple[str, str, str]]:
    """(status, symbol, "word: what it means") for each status, one line each. `compare`
    applies no selection, so no factor of it is ever ignored."""
    return [
        (status, SYMBOLS[status], f"{status_word(status, lang)}: {message(f'legend_{status}', lang)}")
        for status in STATUSES
    ]
