"""`watwerkt schema`: the JSON Schema of the intervention format, for editors and CI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from wat_werkt.commands.common import EXIT_ERROR, EXIT_OK, err, help_text, language, output_file
from wat_werkt.commands.options import LangOption


def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=help_text("help_schema_output"), dir_okay=False),
    ] = None,
    lang: LangOption = None,
) -> int:
    from wat_werkt.format.schema import render
    from wat_werkt.messages import message
    from wat_werkt.run.output import WriteError, atomic_write
    from wat_werkt.textsafe import defuse_commands, one_line

    lang_ = language(lang)
    text = render(lang_)
    output = output_file(output)
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        went = atomic_write(output, text, overwrite=True)  # regenerating a schema replaces it
    except WriteError as exc:
        err(exc.text(lang_))
        return EXIT_ERROR
    if went != "stream":  # as check -o and init say where the file went (not onto the schema itself)
        sys.stdout.write(message("schema_written", lang_, path=defuse_commands(one_line(str(output)))) + "\n")
    return EXIT_OK
