"""A quick yes to "is this document of the right shape?", read off the pydantic model.

Most files are valid, and for them building pydantic's validators costs more start-up time
than everything else watwerkt adds (docs/performance.md). This walk answers yes only when it
is sure; every "no" goes to pydantic, which words the errors. Property tests hold it to that:
whatever this accepts, pydantic accepts (tests/test_fastcheck.py).
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

from annotated_types import Ge
from pydantic import BaseModel
from pydantic.functional_validators import BeforeValidator


def fits(value: Any, model: type[BaseModel]) -> bool:
    """Whether `value` certainly validates as `model` (False: maybe not; ask pydantic)."""
    if not isinstance(value, dict):
        return False
    fields = model.model_fields
    if any(key not in fields for key in value):
        return False
    for name, info in fields.items():
        if name not in value:
            if info.is_required():
                return False
            continue
        item = value[name]
        for meta in info.metadata:
            if isinstance(meta, BeforeValidator):
                item = meta.func(item)  # type: ignore[call-arg]
        if not _fits_type(item, info.annotation):
            return False
        for meta in info.metadata:
            if isinstance(meta, Ge) and item is not None and not item >= meta.ge:
                return False
    return True


def _fits_type(value: Any, tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_fits_type(value, arg) for arg in typing.get_args(tp))
    if tp is type(None):
        return value is None
    if tp is str:
        return isinstance(value, str)
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if origin is Literal:
        return isinstance(value, str) and value in typing.get_args(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return isinstance(value, list) and all(_fits_type(v, item) for v in value)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return fits(value, tp)
    return False  # a shape this walk does not know: let pydantic decide
