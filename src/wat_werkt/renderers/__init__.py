"""Renderers turn a Report into text; each is a pure function in its own module.

`RENDERERS` is the one registry: it gives `--format` its choices and the CLI its dispatch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from wat_werkt.engine import Report


class RenderOptions(NamedTuple):
    lang: str = "en"
    verbose: bool = False
    color: bool = False
    width: int = 100
    fail_on: str = "gap"
    cwd: str | None = None  # CI formats show paths relative to this folder; None: as given
    # The CLI prints each problem on stderr; a report written to a file lists them itself.
    list_problems: bool = True


Renderer = Callable[[Report, RenderOptions], str]


def _table(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import table  # Rich is imported only when a table is drawn

    return table.render(report, options)


def _json(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import json_report

    return json_report.render(report, options)


def _html(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import html_report

    return html_report.render(report, options)


def _sarif(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import sarif

    return sarif.render(report, options)


def _junit(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import junit

    return junit.render(report, options)


def _github(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import github

    return github.render(report, options)


def _markdown(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import markdown

    return markdown.render(report, options)


RENDERERS: dict[str, Renderer] = {
    "table": _table,
    "json": _json,
    "sarif": _sarif,
    "junit": _junit,
    "github": _github,
    "markdown": _markdown,
    "html": _html,
}
