"""What the shell completes beyond commands, options and their fixed choices, which Click knows
itself: the names of the built-in factor sets (`--set`) and the ids of the factors of the set
the command line names (`factors show`, `explain`), each with its title (docs/authoring.md).

These run only when the shell asks (`_WATWERKT_COMPLETE` is set): a factor set is loaded then,
never at the start of a command. Completion must never fail in the shell's face, so any problem
gives no candidates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _lang(ctx: Any) -> str:
    from wat_werkt.messages import detect_lang

    while ctx is not None:
        lang = ctx.params.get("lang")
        if lang is not None:
            return str(getattr(lang, "value", lang))
        ctx = ctx.parent
    return detect_lang()


def set_names(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """The built-in sets, with their titles."""
    try:
        from wat_werkt.factorset.load import builtin_sets, load_builtin

        lang = _lang(ctx)
        return [
            (name, load_builtin(name).title.get(lang))
            for name in builtin_sets()
            if name.startswith(incomplete)
        ]
    except Exception:
        return []


def factor_ids(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """The ids of the set that `--set` or `--factors` names (on the command or on `factors`
    before it), else of the default set."""
    try:
        from wat_werkt.factorset.load import DEFAULT_SET, load_builtin, load_set

        set_name, folder, here = None, None, ctx
        while here is not None and set_name is None and folder is None:
            params = here.params
            set_name = params.get("own_set") or params.get("set_name")
            folder = params.get("own_dir") or params.get("factors_dir")
            here = here.parent
        factor_set = load_set(Path(folder)) if folder else load_builtin(set_name or DEFAULT_SET)
        lang = _lang(ctx)
        return [(f.id, f.title.get(lang)) for f in factor_set.factors if f.id.startswith(incomplete.upper())]
    except Exception:
        return []
