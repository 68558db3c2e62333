"""The intervention description format (docs/contract.md section 1) as a pydantic model.

The model is used to validate and to generate the JSON Schema; the engine itself works on the
plain data with locations (yamlload.Document), because it must tell `false` (explicitly not
part of the intervention) from absent (not described), which a parsed model would blur.
"""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from wat_werkt.format.shape import FORMAT_VERSION as FORMAT_VERSION
from wat_werkt.format.shape import PLACEHOLDERS as PLACEHOLDERS
from wat_werkt.format.shape import is_placeholder as is_placeholder

PREVENTION_LEVELS = ("universal", "selective", "indicated", "care")
SEVERITIES = ("none", "light", "moderate", "severe")
COMPLEXITIES = ("low", "medium", "high")
GOAL_KINDS = (
    "parenting_skills",
    "child_behaviour",
    "parent_attitudes",
    "parent_wellbeing",
    "social_support",
    "empowerment",
    "knowledge",
    "child_development",
    "other",
)
FORMATS = ("group", "individual", "home_visiting", "online")
ORIENTATIONS = ("behavioural", "cognitive", "relational", "psychoeducational", "systemic", "other")
TECHNIQUES = (
    "reinforce_positive",
    "ignore_negative",
    "identify_behaviour",
    "monitor_behaviour",
    "practical_tips",
    "modelling",
    "role_play",
    "video_feedback",
    "homework",
    "attitude_reflection",
    "cognitive_restructuring",
    "other",
)
ROLES = ("professional", "nurse", "paraprofessional", "volunteer")
DATABANK_LEVELS = (
    "well_described",
    "theoretically_sound",
    "first_indications",
    "good_indications",
    "strong_indications",
)


def _false_is_none(value: Any) -> Any:
    # `false` on a text field means "not part of the intervention": a valid answer, whose
    # meaning the engine reads from the raw data. For type checking it is as good as absent.
    return None if value is False else value


def _as_list(value: Any) -> Any:
    # One-or-a-list fields: a single value is a list of one; `false` says "none", like `[]`.
    if value is False:
        return []
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [value]
    return value


def _false_is_empty(value: Any) -> Any:
    return [] if value is False else value


_TextIn = str | Literal[False] | None


def _list_in(item: Any) -> Any:
    return item | list[item] | Literal[False] | None


Text = Annotated[str | None, BeforeValidator(_false_is_none, json_schema_input_type=_TextIn)]
TextList = Annotated[list[str] | None, BeforeValidator(_as_list, json_schema_input_type=_list_in(str))]
Count = Annotated[int | None, Field(ge=0)]
# Infinity is no age and no frequency (and .nan is refused with it).
Years = Annotated[float | None, Field(ge=0, allow_inf_nan=False)]


def _enum_list(values: tuple[str, ...]) -> Any:
    lit = Literal[values]  # type: ignore[valid-type]
    return Annotated[
        list[lit] | None,
        BeforeValidator(_as_list, json_schema_input_type=_list_in(lit)),
    ]


class _Section(BaseModel):
    # strict: "6" is not a number and 1 is not text, as an author would expect of a checker.
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class ChildAge(_Section):
    min: Years = None
    max: Years = None


class TargetGroup(_Section):
    description: Text = None
    child_age: ChildAge | None = None
    prevention_level: Literal[PREVENTION_LEVELS] | None = None  # type: ignore[valid-type]
    problem_severity: Literal[SEVERITIES] | None = None  # type: ignore[valid-type]
    problem_complexity: Literal[COMPLEXITIES] | None = None  # type: ignore[valid-type]
    risk_group: bool | None = None
    group_suitable: bool | None = None


class Goal(_Section):
    text: str
    kind: Literal[GOAL_KINDS] | None = None  # type: ignore[valid-type]
    measure: Text = None


class Curriculum(_Section):
    manual: Text = None
    standardised: bool | None = None
    modules: TextList = None
    materials: TextList = None


class Duration(_Section):
    sessions: Count = None
    weeks: Count = None
    session_minutes: Count = None
    rationale: Text = None
    adjustable: bool | None = None


class Delivery(_Section):
    format: _enum_list(FORMATS) = None  # type: ignore[valid-type]
    home_visits_per_month: Annotated[float | None, Field(ge=0, allow_inf_nan=False)] = None
    group_size: Count = None
    setting: Text = None


class Approach(_Section):
    orientation: _enum_list(ORIENTATIONS) = None  # type: ignore[valid-type]
    techniques: _enum_list(TECHNIQUES) = None  # type: ignore[valid-type]
    description: Text = None
    tailoring: Text = None
    parent_perspective: Text = None
    empowerment: Text = None
    social_network: Text = None


class Practitioners(_Section):
    role: _enum_list(ROLES) = None  # type: ignore[valid-type]
    home_visitors: _enum_list(ROLES) = None  # type: ignore[valid-type]  # absent: every role visits
    qualifications: Text = None
    qualities: TextList = None
    training: Text = None
    supervision: Text = None
    staffing: Text = None


class Relationship(_Section):
    description: Text = None
    monitoring: Text = None


class Quality(_Section):
    fidelity_monitoring: Text = None
    evaluation: Text = None


class Reach(_Section):
    recruitment: Text = None
    retention: Text = None


class Evidence(_Section):
    databank_level: Literal[DATABANK_LEVELS] | None = None  # type: ignore[valid-type]
    studies: TextList = None


class Waiver(_Section):
    factor: str
    reason: str


class Intervention(_Section):
    watwerkt: Annotated[int | None, Field(ge=1)] = None
    name: str
    summary: str
    provider: Text = None
    url: Text = None
    rationale: Text = None
    conditions: Text = None
    costs: Text = None
    target_group: TargetGroup | None = None
    goals: Annotated[
        list[Goal] | None,
        BeforeValidator(_false_is_empty, json_schema_input_type=list[Goal] | Literal[False] | None),
    ] = None
    curriculum: Curriculum | None = None
    duration: Duration | None = None
    delivery: Delivery | None = None
    approach: Approach | None = None
    practitioners: Practitioners | None = None
    relationship: Relationship | None = None
    quality: Quality | None = None
    reach: Reach | None = None
    evidence: Evidence | None = None
    waivers: list[Waiver] | None = None


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated and Optional so the field's real shape shows."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            rest = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = rest[0] if len(rest) == 1 else annotation
            if len(rest) != 1:
                return annotation
        else:
            return annotation


def field_paths(model: type[BaseModel] = Intervention, prefix: str = "") -> dict[str, str]:
    """Every dotted path of the format with its shape: mapping, list (of scalars), items
    (a list of mappings), or scalar. Factor conditions may only name these paths."""
    out: dict[str, str] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        shape = _unwrap(info.annotation)
        if isinstance(shape, type) and issubclass(shape, BaseModel):
            out[path] = "mapping"
            out.update(field_paths(shape, path + "."))
        elif typing.get_origin(shape) is list:
            (item,) = typing.get_args(shape)
            if isinstance(item, type) and issubclass(item, BaseModel):
                out[path] = "items"
                out.update(field_paths(item, path + "."))
            else:
                out[path] = "list"
        else:
            out[path] = "scalar"
    return out


FIELD_PATHS = field_paths()
LIST_PATHS = tuple(p for p, shape in FIELD_PATHS.items() if shape in ("list", "items"))
