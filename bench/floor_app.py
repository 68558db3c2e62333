"""The floor for one file: a do-nothing Typer app of watwerkt's shape.

    python bench/floor_app.py check FILE... [--format json] [--fail-on gap] [--lang en]
    python bench/floor_app.py factors

A `check` command taking a list of paths and `--format`, `--fail-on`, `--lang`, a `factors`
command, and `import yaml`: what any Typer program of this shape pays before doing any work
(Typer builds its parameter types while parsing the command line; that is in the floor too).
bench/floor_app_rich.py is the same app that also imports rich.console and rich.table, the floor
for the table output.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer
import yaml  # noqa: F401  - every YAML checker pays for its parser


class Format(str, enum.Enum):
    table = "table"
    json = "json"


class FailOn(str, enum.Enum):
    partial = "partial"
    not_described = "not_described"
    gap = "gap"
    never = "never"


class Lang(str, enum.Enum):
    en = "en"
    nl = "nl"


app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Files to check.")],
    output_format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Fail at this status.")] = FailOn.gap,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language.")] = None,
) -> None:
    """Do nothing with the files."""


@app.command()
def factors() -> None:
    """Do nothing."""


def main() -> None:
    app()


if __name__ == "__main__":
    main()
