"""150,000 misspelt values in one list, all alike and all different: at most 100 problems shown
and how many more, each did-you-mean computed once at most; done well inside the test's time
limit instead of 27 seconds (docs/robustness.md, bounded cost). Slow: it parses 300,000 values."""

from _attack import MINIMAL, expect, good_file, run, write

good_file()
write("same.yaml", MINIMAL + "delivery:\n  format: [" + ", ".join(["grup"] * 150_000) + "]\n")
write("each.yaml", MINIMAL + "delivery:\n  format: [" + ", ".join(f"grup{i}" for i in range(150_000)) + "]\n")
result = run("check", "same.yaml", "each.yaml", "good.yaml", "-f", "json")
expect(
    result,
    2,
    "same.yaml:4:12: unknown value 'grup' for 'delivery.format'; allowed: group, individual, home_visiting, "
    "online (did you mean 'group'?)",
    "each.yaml:4:12: unknown value 'grup0' for 'delivery.format'; allowed: group, individual, home_visiting, "
    "online (did you mean 'group'?)",
)
for name in ("same.yaml", "each.yaml"):
    lines = [line for line in result.lines if line.startswith(name)]
    assert len(lines) == 101, (name, len(lines))
    assert lines[-1].endswith(
        ": and 149900 more problems in this file, not shown; fix the ones above first"
    ), lines[-1]
