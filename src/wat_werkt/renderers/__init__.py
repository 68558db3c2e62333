"""Renderers turn a Report into text; each is a pure function in its own module.

`RENDERERS` is the one registry: it gives `--format` its choices and the CLI its dispatch.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, NamedTuple

from wat_werkt.engine.evaluate import Report


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


def lazy(module: str) -> Callable[[Any, RenderOptions], str]:
    """The `render` of renderers/<module>.py, imported on first use: a run pays only for the
    format it writes (Rich alone costs 30 ms of start-up). `module` is always a literal below."""

    def render(subject: Any, options: RenderOptions) -> str:
        loaded = importlib.import_module(f"wat_werkt.renderers.{module}")  # fixed names only
        result: str = loaded.render(subject, options)
        return result

    return render


RENDERERS: dict[str, Renderer] = {
    "table": lazy("report.table"),
    "json": lazy("report.json_report"),
    "sarif": lazy("report.sarif"),
    "junit": lazy("report.junit"),
    "github": lazy("report.github"),
    "markdown": lazy("report.markdown"),
    "html": lazy("report.html_report"),
}
