"""The key facts of an intervention, as its file states them, for commissioners comparing
interventions side by side (docs/compare.md, docs/contract.md section 7).

Facts are the file's own values at their own paths (section 1 of the contract), never a
judgement: a fact the file does not give is None ("not stated"), never zero; a text that is only
a placeholder counts as not given; `false` and `[]` are kept, as the file's explicit "no" or
"none".
"""

from __future__ import annotations

from typing import Any, NamedTuple

from wat_werkt.format.shape import is_placeholder, opens_with_placeholder

Number = int | float
Text = str | bool | None  # text, False (explicitly not part of it) or None (not stated)
Items = tuple[str, ...] | None  # the values of a list field; () when explicitly none

# The Databank Effectieve Jeugdinterventies levels, in the NJi's own Dutch words and in English.
DATABANK_LEVELS: dict[str, dict[str, str]] = {
    "well_described": {"nl": "goed beschreven", "en": "well described"},
    "theoretically_sound": {"nl": "goed onderbouwd", "en": "theoretically sound"},
    "first_indications": {
        "nl": "effectief volgens eerste aanwijzingen",
        "en": "effective according to first indications",
    },
    "good_indications": {
        "nl": "effectief volgens goede aanwijzingen",
        "en": "effective according to good indications",
    },
    "strong_indications": {
        "nl": "effectief volgens sterke aanwijzingen",
        "en": "effective according to strong indications",
    },
}


class Facts(NamedTuple):
    """What the file says about whom it serves, how and at what dose, who delivers it, who
    offers it, and its databank rating. Defaults: nothing stated."""

    description: Text = None  # target_group.description
    age_min: Number | None = None  # target_group.child_age.min
    age_max: Number | None = None  # target_group.child_age.max
    problem_severity: str | None = None
    prevention_level: str | None = None
    format: Items = None  # delivery.format
    sessions: int | None = None  # duration.sessions
    weeks: int | None = None
    session_minutes: int | None = None
    home_visits_per_month: Number | None = None  # delivery.home_visits_per_month
    group_size: int | None = None
    role: Items = None  # practitioners.role
    home_visitors: Items = None  # practitioners.home_visitors
    provider: Text = None
    url: Text = None
    costs: Text = None
    databank_level: str | None = None  # evidence.databank_level
    studies: Items = None  # evidence.studies
    # What a commissioner also weighs: where it takes place, what its practitioners bring and
    # learn, and what an organisation needs to deliver it (a licence, say).
    setting: Text = None  # delivery.setting
    qualifications: Text = None  # practitioners.qualifications
    training: Text = None  # practitioners.training
    conditions: Text = None  # conditions

    def as_data(self, lang: str) -> dict[str, Any]:
        """The facts for the JSON reports: the file's own paths, null for what it does not
        state, the databank level also as a label in `lang`."""
        age = None
        if self.age_min is not None or self.age_max is not None:
            age = {"min": self.age_min, "max": self.age_max}
        level = self.databank_level
        return {
            "provider": self.provider,
            "url": self.url,
            "costs": self.costs,
            "conditions": self.conditions,
            "target_group": {
                "description": self.description,
                "child_age": age,
                "problem_severity": self.problem_severity,
                "prevention_level": self.prevention_level,
            },
            "duration": {
                "sessions": self.sessions,
                "weeks": self.weeks,
                "session_minutes": self.session_minutes,
            },
            "delivery": {
                "format": _list(self.format),
                "home_visits_per_month": self.home_visits_per_month,
                "group_size": self.group_size,
                "setting": self.setting,
            },
            "practitioners": {
                "role": _list(self.role),
                "home_visitors": _list(self.home_visitors),
                "qualifications": self.qualifications,
                "training": self.training,
            },
            "evidence": {
                "databank_level": level,
                "databank_label": DATABANK_LEVELS[level][lang] if level in DATABANK_LEVELS else None,
                "studies": _list(self.studies),
            },
        }


def _list(items: Items) -> list[str] | None:
    return None if items is None else list(items)


def _section(data: Any, key: str) -> dict[str, Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def _text(section: dict[str, Any], key: str) -> Text:
    value = section.get(key)
    if value is False:
        return False
    # A reminder with a note ("Nog niet uitgewerkt; volgt in 2026") is not stated either, as
    # the factors read it.
    if isinstance(value, str) and not is_placeholder(value) and not opens_with_placeholder(value):
        return value
    return None


def _number(section: dict[str, Any], key: str) -> Number | None:
    value = section.get(key)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _whole(section: dict[str, Any], key: str) -> int | None:
    value = section.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _enum(section: dict[str, Any], key: str) -> str | None:
    value = section.get(key)
    return value if isinstance(value, str) else None


def _items(section: dict[str, Any], key: str) -> Items:
    value = section.get(key)
    if not isinstance(value, list):  # absent or null; normalised files hold lists only
        return None
    items = tuple(
        v for v in value if isinstance(v, str) and not is_placeholder(v) and not opens_with_placeholder(v)
    )
    # A list of placeholders only says nothing; an empty list (or false) says "none".
    return items if items or not value else None


def facts_of(data: Any) -> Facts:
    """The facts of a valid, normalised document (validate.normalise)."""
    group = _section(data, "target_group")
    age = _section(group, "child_age")
    duration = _section(data, "duration")
    delivery = _section(data, "delivery")
    staff = _section(data, "practitioners")
    evidence = _section(data, "evidence")
    root = data if isinstance(data, dict) else {}
    return Facts(
        description=_text(group, "description"),
        age_min=_number(age, "min"),
        age_max=_number(age, "max"),
        problem_severity=_enum(group, "problem_severity"),
        prevention_level=_enum(group, "prevention_level"),
        format=_items(delivery, "format"),
        sessions=_whole(duration, "sessions"),
        weeks=_whole(duration, "weeks"),
        session_minutes=_whole(duration, "session_minutes"),
        home_visits_per_month=_number(delivery, "home_visits_per_month"),
        group_size=_whole(delivery, "group_size"),
        role=_items(staff, "role"),
        home_visitors=_items(staff, "home_visitors"),
        provider=_text(root, "provider"),
        url=_text(root, "url"),
        costs=_text(root, "costs"),
        databank_level=_enum(evidence, "databank_level"),
        studies=_items(evidence, "studies"),
        setting=_text(delivery, "setting"),
        qualifications=_text(staff, "qualifications"),
        training=_text(staff, "training"),
        conditions=_text(root, "conditions"),
    )
