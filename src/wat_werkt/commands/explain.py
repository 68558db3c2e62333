"""`watwerkt explain FILE ID`: why one factor got its status, criterion by criterion."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from wat_werkt.commands.common import (
    DEFAULT_SET_NAME,
    EXIT_ERROR,
    EXIT_OK,
    err,
    help_text,
    load_factor_set,
    print_problems,
    terminal_options,
)
from wat_werkt.commands.completion import factor_ids
from wat_werkt.commands.options import FactorsOption, LangOption, SetOption


def explain(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help=help_text("help_explain_file"), metavar="FILE", show_default=False, readable=False
        ),
    ],
    factor_id: Annotated[
        str, typer.Argument(metavar="ID", help=help_text("help_factor_id"), autocompletion=factor_ids)
    ],
    lang: LangOption = None,
    set_name: SetOption = DEFAULT_SET_NAME,
    factors_dir: FactorsOption = None,
) -> int:
    from wat_werkt.commands.clitext import TyperLine
    from wat_werkt.commands.settings import project_choices
    from wat_werkt.document.validate import suggest
    from wat_werkt.factorset.load import KnownIds, builtin_sets, load_builtin
    from wat_werkt.messages import message
    from wat_werkt.renderers.views.explain import render
    from wat_werkt.run.checker import check_input
    from wat_werkt.run.discovery import STDIN, STDIN_NAME, Input

    lang_, set_name, factors_dir = project_choices(
        TyperLine(ctx).given, lang.value if lang else None, set_name, factors_dir
    )
    factor_set = load_factor_set(set_name, factors_dir, lang_)
    # As `check` reads a file: a FIFO, a folder or a bug of ours is a problem of that file, and
    # `-` is standard input (`watwerkt explain - G01 < a.yaml`).
    name = str(file)
    item = Input(None, STDIN_NAME) if name == STDIN else Input(name, name)
    result = check_input(item, factor_set, KnownIds(factor_set.ids))
    # Report a bad file and an unknown id together, so one run shows everything to fix.
    print_problems(result.file, result.problems, lang_)
    wanted = factor_id.strip().upper()
    factor = factor_set.get(wanted)
    if factor is None:
        # "G1" most likely means G01: prefer the zero-padded id over a merely similar one.
        padded = re.sub(r"^([A-Z]+)(\d)$", r"\g<1>0\2", wanted)
        guess = padded if padded in factor_set.ids else suggest(wanted, sorted(factor_set.ids))
        other = next((name for name in builtin_sets() if wanted in load_builtin(name).ids), None)
        if other is not None and other != factor_set.id:
            err(message("factor_in_other_set", lang_, id=factor_id, set=factor_set.id, other=other))
        else:
            err(message("unknown_factor", lang_, id=factor_id, set=factor_set.id, suggestion=guess))
    if factor is None or not result.valid:
        return EXIT_ERROR
    found = next(r for r in result.factors if r.factor.id == factor.id)
    sys.stdout.write(render(found, result.file, factor_set, terminal_options(lang_)))
    return EXIT_OK
