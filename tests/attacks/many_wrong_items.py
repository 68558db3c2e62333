"""One list of 190,000 wrong items, in one file: `delivery.format: [x, x, ...]` (570 KB) took
490 MB, `curriculum.modules: [1, 1, ...]` 410 MB and 10 s, a 3.6 MB `techniques` list 631 MB,
though a file shows only its first 100 problems. pydantic's errors are now made a chunk of the
list at a time, and only the problems shown are kept, the rest counted: each stays far under
the 300 MB docs/robustness.md promises, and every format still says how many more there are."""

from _attack import MINIMAL, expect, run_peak, write

COUNT = 190_000
MORE = f"and {COUNT - 100} more problems in this file, not shown; fix the ones above first"

write("format.yaml", MINIMAL + "delivery:\n  format: [" + ", ".join(["x"] * COUNT) + "]\n")
write("modules.yaml", MINIMAL + "curriculum:\n  modules: [" + ", ".join(["1"] * COUNT) + "]\n")
write(
    "techniques.yaml",
    MINIMAL + "approach:\n  techniques: [" + ", ".join(["praktische tipsje"] * COUNT) + "]\n",
)

for name, fmt in (("format.yaml", "json"), ("modules.yaml", "sarif"), ("techniques.yaml", "table")):
    result, peak = run_peak("check", name, "-f", fmt)
    expect(result, 2)
    lines = [line for line in result.lines if line.startswith(name)]
    assert len(lines) == 101 and lines[-1].endswith(": " + MORE), lines[-3:]
    assert peak < 300, (name, fmt, peak)
