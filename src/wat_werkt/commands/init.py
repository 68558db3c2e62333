"""`watwerkt init [PATH]`: write a commented template; never overwrite without --force."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from wat_werkt.commands.common import EXIT_OK, fail, help_text, language
from wat_werkt.commands.options import LangOption

DEFAULT_PATH = Path("intervention.yaml")


def init(
    path: Annotated[Path, typer.Argument(help=help_text("help_init_path"), dir_okay=False)] = DEFAULT_PATH,
    name: Annotated[str | None, typer.Option("--name", help=help_text("help_init_name"))] = None,
    force: Annotated[bool, typer.Option("--force", help=help_text("help_init_force"))] = False,
    lang: LangOption = None,
) -> int:
    from wat_werkt.format.model import is_placeholder
    from wat_werkt.format.template import render
    from wat_werkt.messages import message
    from wat_werkt.run.output import WriteError, atomic_write

    lang_ = language(lang)
    if name is not None and is_placeholder(name):
        fail(message("init_bad_name", lang_))
    to_stdout = str(path) == "-"
    text = render(lang_, name, "intervention.yaml" if to_stdout else str(path))
    if to_stdout:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        atomic_write(path, text, overwrite=force)
    except WriteError as exc:
        fail(exc.text(lang_))
    sys.stdout.write(message("init_written", lang_, path=str(path), arg=shlex.quote(str(path))) + "\n")
    return EXIT_OK
