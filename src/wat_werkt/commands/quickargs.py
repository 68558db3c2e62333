"""Command-line values that need no conversion, taken without Typer's pydantic adapters.

Typer 0.29 converts every parameter's value, given or default, through a pydantic TypeAdapter,
which imports pydantic and builds a schema per parameter: a third of a one-file run, before a
file is read (docs/performance.md, "The start without pydantic", has the figures). Most values
need nothing of that: an option left out (None), a default of the parameter's own type, a text
for a text option, a name of a choice, a path.

`install` gives each parameter of a command a converter that takes those values itself, with
Typer's own functions for choices and paths (so the same checks and the same words), and hands
any other value to the converter Typer would have built: a wrong value (`--jobs x`, `--format
yaml`) is refused by Typer itself, as before. tests/test_quickargs.py compares the two, value
by value, for every parameter of every command.

This leans on names inside Typer (`_TyperParameter` and its `_runtime_param`, `RuntimeParam`
and its `_coerce_value`, `build_runtime_param`, `coerce_cli_choice`, `coerce_cli_path`). Where
they are missing or have changed (an older or newer Typer), nothing is installed and Typer
converts everything, as it always did: a quicker start is never worth a wrong value.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any, get_args, get_origin

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
    from typer.core import _TyperParameter

    _IN_TYPER = True
except ImportError:  # pragma: no cover - another Typer: it converts everything itself
    _IN_TYPER = False

_TAKEN_BY_TYPER = object()  # the value is Typer's to convert


def install(params: list[Any]) -> None:
    """Give each of Typer's parameters that has no converter yet the quick one."""
    if not _IN_TYPER:  # pragma: no cover - another Typer
        return
    for param in params:
        if isinstance(param, _TyperParameter) and getattr(param, "_runtime_param", 1) is None:
            descriptor = getattr(param, "type_descriptor", None)
            if descriptor is None or not _simple(descriptor.annotation, descriptor.parameter_info):
                continue
            try:
                quick = Quick(descriptor.parameter_info, descriptor.annotation)
            except Exception:  # pragma: no cover - a Typer whose RuntimeParam is made otherwise
                return
            param._runtime_param = quick


def _simple(annotation: Any, info: Any) -> bool:
    """Annotations whose plain values this module converts exactly as Typer does."""
    if getattr(info, "parser", None) is not None or getattr(info, "path_type", None) is not None:
        return False
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation) or (None,)
    return annotation in (str, int, bool, Path) or (
        isinstance(annotation, type) and issubclass(annotation, enum.Enum)
    )


if _IN_TYPER:  # pragma: no branch

    class Quick(RuntimeParam):
        """A parameter's converter: plain values here, the rest by the converter Typer builds.
        (It adds no fields, so it is Typer's dataclass as it is, without making a new one.)"""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            annotation: Any = self.annotation
            if get_origin(annotation) is list:
                (item,) = get_args(annotation)
                if isinstance(value, (list, tuple)):
                    items = [_quick(item, self.parameter_info, v, param, ctx) for v in value]
                    if _TAKEN_BY_TYPER not in items:
                        return items
            else:
                quick = _quick(annotation, self.parameter_info, value, param, ctx)
                if quick is not _TAKEN_BY_TYPER:
                    return quick
            # Typer's own converter, from now on for this parameter.
            param._runtime_param = typer_converter = build_runtime_param(param.type_descriptor)
            return typer_converter._coerce_value(value, param=param, ctx=ctx)


def _quick(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
    """`value` converted as Typer converts it, or _TAKEN_BY_TYPER when that needs Typer."""
    if annotation is str:
        return value if type(value) is str else _TAKEN_BY_TYPER
    if annotation is bool:  # a flag (-h, --verbose): True, or its default
        return value if type(value) is bool else _TAKEN_BY_TYPER
    if annotation is int:
        # A whole number within the bounds, given (`--jobs 4`) or the default; anything else
        # (a sign, a space, an underscore, a number out of range) is for Typer to read or refuse.
        if type(value) is str and value.isascii() and value.isdigit() and len(value) < 16:
            value = int(value)
        if type(value) is not int or info.clamp:
            return _TAKEN_BY_TYPER
        if (info.min is not None and value < info.min) or (info.max is not None and value > info.max):
            return _TAKEN_BY_TYPER
        return value
    try:
        if annotation is Path:
            if type(value) is str:
                value = Path(value)
            elif not isinstance(value, Path):
                return _TAKEN_BY_TYPER
            # Typer's own look at a path: exists, file_okay, dir_okay, with its own words.
            return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
        # A choice (an Enum): a member as it is, or a name matched as Typer matches it.
        return coerce_cli_choice(value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
    except Exception:
        # Refused: Typer converts it again and refuses it in its own words (inside its pydantic
        # validator a ValueError becomes a message about the option, not an internal error).
        return _TAKEN_BY_TYPER
