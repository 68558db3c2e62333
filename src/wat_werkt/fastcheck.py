"""A quick yes to "is this document of the right shape?", read off the pydantic model.

Most files are valid, and for them building pydantic's validators costs more start-up time
than everything else watwerkt adds (docs/performance.md). This check answers yes only when it
is sure; every "no" goes to pydantic, which words the errors. Property tests hold it to that:
whatever this accepts, pydantic accepts (tests/test_fastcheck.py). The model's fields are read
once and turned into small checking functions, so a batch pays for the reading only once.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from typing import Any, Literal

from annotated_types import Ge
from pydantic import BaseModel
from pydantic.functional_validators import BeforeValidator

Check = Callable[[Any], bool]


def fits(value: Any, model: type[BaseModel]) -> bool:
    """Whether `value` certainly validates as `model` (False: maybe not; ask pydantic)."""
    return _model_check(model)(value)


@functools.cache
def _model_check(model: type[BaseModel]) -> Check:
    fields = []
    for name, info in model.model_fields.items():
        befores = tuple(m.func for m in info.metadata if isinstance(m, BeforeValidator))
        minimum = next((m.ge for m in info.metadata if isinstance(m, Ge)), None)
        fields.append((name, info.is_required(), befores, _type_check(info.annotation), minimum))
    names = frozenset(model.model_fields)

    def check(value: Any) -> bool:
        if not isinstance(value, dict) or not names.issuperset(value):
            return False
        for name, required, befores, type_ok, minimum in fields:
            if name not in value:
                if required:
                    return False
                continue
            item = value[name]
            for before in befores:
                item = before(item)  # type: ignore[call-arg]
            if not type_ok(item):
                return False
            if minimum is not None and item is not None and not item >= minimum:
                return False
        return True

    return check


def _type_check(tp: Any) -> Check:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = tuple(_type_check(arg) for arg in typing.get_args(tp))
        return lambda v: any(ok(v) for ok in options)
    if tp is type(None):
        return lambda v: v is None
    if tp is str:
        return lambda v: isinstance(v, str)
    if tp is bool:
        return lambda v: isinstance(v, bool)
    if tp is int:
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    if tp is float:
        return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    if origin is Literal:
        allowed = frozenset(typing.get_args(tp))
        return lambda v: isinstance(v, str) and v in allowed
    if origin is list:
        (item,) = typing.get_args(tp)
        item_ok = _type_check(item)
        return lambda v: isinstance(v, list) and all(item_ok(x) for x in v)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return lambda v: _model_check(tp)(v)
    return lambda v: False  # a shape this check does not know: let pydantic decide
