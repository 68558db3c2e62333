"""A quick yes to "is this document of the right shape?", from shape.json.

Most files are valid, and for them importing the pydantic model and building its validators
costs more start-up time than everything else watwerkt adds (docs/performance.md). This check
answers yes only when it is sure; every "no" goes to pydantic, which words the errors.
tests/test_fastcheck.py holds it to that: whatever this accepts, pydantic accepts.
"""

from __future__ import annotations

import math
from typing import Any

from wat_werkt.format.shape import FIELDS, Field

# The fields of each mapping, by the dotted prefix of the mapping ("" for the root), each with
# its own dotted path (the prefix of its members, if it has any): spelt out once, not per file.
CHILDREN: dict[str, dict[str, tuple[Field, str]]] = {}
for _path, _field in FIELDS.items():
    _prefix, _, _name = _path.rpartition(".")
    CHILDREN.setdefault(_prefix, {})[_name] = (_field, _path)
_REQUIRED = {
    prefix: tuple(n for n, (f, _) in fields.items() if f.required) for prefix, fields in CHILDREN.items()
}


def fits(data: Any, prefix: str = "") -> bool:
    """Whether `data`, the mapping at `prefix`, certainly validates (False: ask pydantic)."""
    if not isinstance(data, dict):
        return False
    for name in _REQUIRED[prefix]:
        if name not in data:
            return False
    fields = CHILDREN[prefix]
    for name, value in data.items():
        known = fields.get(name)
        if known is None or not _value_fits(value, *known):
            return False
    return True


def _value_fits(value: Any, field: Field, path: str) -> bool:
    if value is None:
        return not field.required
    if value is False and field.false_ok:
        return True
    if field.shape == "mapping":
        return fits(value, path)
    if field.shape == "items":
        return isinstance(value, list) and all(fits(item, path) for item in value)
    if field.shape == "list":
        items = value if isinstance(value, list) else [value]  # one-or-a-list
        return all(_scalar_fits(item, field) for item in items)
    return _scalar_fits(value, field)


def _scalar_fits(value: Any, field: Field) -> bool:
    kind = field.kind
    if kind == "text":
        return isinstance(value, str)
    if kind == "enum":
        return isinstance(value, str) and value in field.values
    if kind == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if kind == "integer" and not isinstance(value, int):
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False  # let pydantic judge .nan and .inf
    return field.minimum is None or value >= field.minimum
