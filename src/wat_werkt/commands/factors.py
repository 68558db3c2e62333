"""`watwerkt factors`: the catalogue; `factors show ID`: one factor in full."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from wat_werkt.commands.clitext import Command, Group
from wat_werkt.commands.common import (
    DEFAULT_SET_NAME,
    EXIT_ERROR,
    EXIT_OK,
    err,
    help_text,
    load_factor_set,
    terminal_options,
)
from wat_werkt.commands.completion import factor_ids, set_names
from wat_werkt.commands.options import FactorsOption, LangOption, SetOption

factors_app = typer.Typer(
    cls=Group,
    help=help_text("help_factors"),
    invoke_without_command=True,
    rich_markup_mode=None,
)


@factors_app.callback()
def factors_list(
    ctx: typer.Context,
    lang: LangOption = None,
    set_name: SetOption = DEFAULT_SET_NAME,
    factors_dir: FactorsOption = None,
) -> int | None:
    """List the factors of a set, general and specific apart."""
    from wat_werkt.commands.clitext import TyperLine
    from wat_werkt.commands.settings import project_choices

    lang_, set_name, factors_dir = project_choices(
        TyperLine(ctx).given, lang.value if lang else None, set_name, factors_dir
    )
    ctx.obj = (lang_, set_name, factors_dir)
    if ctx.invoked_subcommand is None:
        from wat_werkt.renderers.views.factor_list import render_list

        factor_set = load_factor_set(set_name, factors_dir, lang_)
        sys.stdout.write(render_list(factor_set, terminal_options(lang_)))
        return EXIT_OK
    return None  # the sub-command ends the run


@factors_app.command("show", cls=Command, help=help_text("help_factors_show"))
def factors_show(
    ctx: typer.Context,
    factor_id: Annotated[
        str, typer.Argument(metavar="ID", help=help_text("help_factor_id"), autocompletion=factor_ids)
    ],
    lang: LangOption = None,
    own_set: Annotated[
        str | None, typer.Option("--set", help=help_text("help_set"), autocompletion=set_names)
    ] = None,
    own_dir: FactorsOption = None,
) -> int:
    """Show one factor in full: summary, when it applies, criteria, advice and source."""
    from wat_werkt.document.validate import suggest
    from wat_werkt.messages import message
    from wat_werkt.renderers.views.factor_list import render_factor

    parent_lang, set_name, factors_dir = ctx.obj
    lang_ = lang.value if lang else parent_lang
    # `factors show T03 --set tidier` reads as naturally as `factors --set tidier show T03`.
    set_name, factors_dir = own_set or set_name, own_dir or (None if own_set else factors_dir)
    factor_set = load_factor_set(set_name, factors_dir, lang_)
    factor = factor_set.get(factor_id.upper())
    if factor is None:
        err(
            message(
                "unknown_factor",
                lang_,
                id=factor_id,
                set=factor_set.id,
                suggestion=suggest(factor_id.upper(), factor_set.ids),
            )
        )
        return EXIT_ERROR
    sys.stdout.write(render_factor(factor, terminal_options(lang_)))
    return EXIT_OK


@factors_app.command("lint", cls=Command, help=help_text("help_lint"))
def factors_lint(
    ctx: typer.Context,
    folder: Annotated[
        Path | None, typer.Argument(metavar="DIR", help=help_text("help_lint_dir"), show_default=False)
    ] = None,
    lang: LangOption = None,
    set_name: Annotated[
        str | None, typer.Option("--set", help=help_text("help_set"), autocompletion=set_names)
    ] = None,
) -> int:
    from wat_werkt.factorset.lint import lint
    from wat_werkt.messages import counted, message

    parent_lang, parent_set, parent_dir = ctx.obj
    lang_ = lang.value if lang else parent_lang
    # DIR, else `factors --factors DIR lint`, else a built-in set (this --set, the group's, the default).
    folder = folder if folder is not None else (None if set_name else parent_dir)
    result = lint(folder, set_name or parent_set)
    # Like every problem with an input, the findings go to stderr as FILE:LINE:COL: message.
    from wat_werkt.commands.common import factor_set_lines
    from wat_werkt.factorset.load import FactorSetError

    for line in factor_set_lines(FactorSetError(list(result.errors)).problems, lang_):
        err(line)
    for file, item in result.warnings:
        err(
            f"{file}:{item.loc.line}:{item.loc.column}: {message('lint_warning', lang_, text=item.text(lang_))}"
        )
    if result.factor_set is None:
        return EXIT_ERROR
    factor_set = result.factor_set
    code = "lint_ok_warnings" if result.warnings else "lint_ok"
    sys.stdout.write(
        counted(
            code,
            lang_,
            len(factor_set.factors),
            folder=factor_set.folder,
            set=factor_set.id,
            warnings=len(result.warnings),
        )
        + "\n"
    )
    return EXIT_OK
