"""The value type of each field of the format (from shape.json), so the factor loader can tell
that `values: [grup]` can never match `delivery.format`."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from wat_werkt.format.shape import FIELDS

Kind = Literal["text", "bool", "integer", "number", "enum", "mapping", "other"]


class FieldType(NamedTuple):
    kind: Kind
    values: tuple[Any, ...] = ()  # the allowed values of an enum field
    many: bool = False  # a list (or one-or-a-list) field


_TYPES = {
    path: FieldType(f.kind, f.values, f.shape in ("list", "items"))  # type: ignore[arg-type]
    for path, f in FIELDS.items()
}


def field_types() -> dict[str, FieldType]:
    """Every dotted path of the format with its value type."""
    return _TYPES


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
