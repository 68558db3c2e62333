"""What watwerkt adds to the floor at start-up, step by step, in one process.

    python bench/startup.py [FILE]

First runs the floor app (bench/floor_app.py) in this process, so whatever it loads (Typer,
PyYAML, pydantic and the parts Typer uses while parsing) is paid before the clock starts; then
times each import of watwerkt's modules, loading the factor set, checking FILE and rendering it.
What is left is watwerkt's own share of `watwerkt check FILE`. In-process times: for orientation
next to bench/run.py's ratios, not instead of them.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

MODULES = (
    "wat_werkt", "wat_werkt.messages", "wat_werkt.problems", "wat_werkt.document.yamlload", "wat_werkt.format.model",
    "wat_werkt.document.validate", "wat_werkt.engine.conditions", "wat_werkt.factorset.load", "wat_werkt.engine.evaluate",
    "wat_werkt.run.checker", "wat_werkt.renderers", "wat_werkt.commands.common", "wat_werkt.commands.check",
    "wat_werkt.cli", "wat_werkt.renderers.report.json_data",
)  # fmt: skip


def main(argv: list[str]) -> int:
    one = Path(argv[0]) if argv else BENCH.parent / "examples" / "stevig-ouderschap.yaml"
    steps: list[tuple[str, float]] = []

    def step(name: str, action: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        value = action()
        steps.append((name, time.perf_counter() - start))
        return value

    import floor_app

    def floor() -> None:
        with contextlib.suppress(SystemExit):
            floor_app.app(["check", str(one), "--format", "json"], standalone_mode=False)

    step("floor app, in process", floor)
    for module in MODULES:
        step(f"import {module}", partial(importlib.import_module, module))
    from wat_werkt.engine.evaluate import Report
    from wat_werkt.factorset.load import DEFAULT_SET, builtin_ids, load_builtin
    from wat_werkt.renderers import RENDERERS, RenderOptions
    from wat_werkt.run.checker import check_path

    factor_set = step("load the built-in factor set", lambda: load_builtin(DEFAULT_SET))
    known = step("builtin_ids", builtin_ids)
    result = step("check the file", lambda: check_path(one, factor_set, known))
    report = Report(factor_set, (result,))
    step("render json", lambda: RENDERERS["json"](report, RenderOptions()))
    step("render table, first time (imports Rich)", lambda: RENDERERS["table"](report, RenderOptions()))
    step("render table, again", lambda: RENDERERS["table"](report, RenderOptions()))
    width = max(len(name) for name, _ in steps)
    for name, seconds in steps:
        print(f"{name:{width}}  {seconds * 1000:7.2f} ms")
    ours = sum(s for n, s in steps[1:] if not n.startswith("render table"))
    print(f"{'watwerkt on top of the floor (json)':{width}}  {ours * 1000:7.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
