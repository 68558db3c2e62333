"""The options several commands declare alike, for Typer (their help in the language of the run)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from wat_werkt.commands.common import Lang, help_text
from wat_werkt.commands.completion import set_names

LangOption = Annotated[
    Optional[Lang],
    typer.Option(
        "--lang",
        help=help_text("help_lang"),
        case_sensitive=False,  # --lang NL as --lang nl
    ),
]
SetOption = Annotated[
    str, typer.Option("--set", help=help_text("help_set"), show_default=True, autocompletion=set_names)
]
FactorsOption = Annotated[
    Optional[Path],
    typer.Option(
        "--factors",
        help=help_text("help_factors_dir"),
        file_okay=False,
        readable=False,  # the set's loader names what it cannot read
    ),
]
