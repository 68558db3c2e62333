"""The value type of each field of the format, read from the pydantic model, so the factor
loader can tell that `values: [grup]` can never match `delivery.format`."""

from __future__ import annotations

import functools
import typing
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel

from wat_werkt import model

Kind = Literal["text", "bool", "integer", "number", "enum", "mapping", "other"]


class FieldType(NamedTuple):
    kind: Kind
    values: tuple[Any, ...] = ()  # the allowed values of an enum field
    many: bool = False  # a list (or one-or-a-list) field


def _leaf(annotation: Any) -> tuple[Any, bool]:
    """The item type of a field with Annotated, Optional and list stripped; and whether it
    was a list."""
    shape = model._unwrap(annotation)
    if typing.get_origin(shape) is list:
        (item,) = typing.get_args(shape)
        return model._unwrap(item), True
    return shape, False


def _kind(leaf: Any) -> FieldType:
    if typing.get_origin(leaf) is Literal:
        return FieldType("enum", typing.get_args(leaf))
    if isinstance(leaf, type) and issubclass(leaf, BaseModel):
        return FieldType("mapping")
    # bool before int: in Python a bool is an int, in the format it is not.
    for python, kind in ((bool, "bool"), (int, "integer"), (float, "number"), (str, "text")):
        if leaf is python:
            return FieldType(kind)  # type: ignore[arg-type]
    return FieldType("other")


def _walk(owner: type[BaseModel], prefix: str, out: dict[str, FieldType]) -> None:
    for name, info in owner.model_fields.items():
        leaf, many = _leaf(info.annotation)
        found = _kind(leaf)
        out[prefix + name] = FieldType(found.kind, found.values, many)
        if found.kind == "mapping":
            _walk(leaf, f"{prefix}{name}.", out)


@functools.lru_cache(maxsize=1)
def field_types() -> dict[str, FieldType]:
    """Every dotted path of model.FIELD_PATHS with its value type."""
    out: dict[str, FieldType] = {}
    _walk(model.Intervention, "", out)
    return out


def accepts(field: FieldType, value: Any) -> bool:
    """Could `value` ever be found in this field (or, for a list field, in one of its items)?"""
    if field.kind == "enum":
        return isinstance(value, str) and value in field.values
    if field.kind == "bool":
        return isinstance(value, bool)
    if field.kind in ("integer", "number"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if field.kind == "text":
        return isinstance(value, str)
    return True
