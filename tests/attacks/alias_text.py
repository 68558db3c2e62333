"""Aliases of long text: one 20 KB sentence used 3,000 times (a 33 KB file) took 24 s, 30,000
times ran for minutes, and 13,000 times made a 204 MB report in up to 843 MB. The node limit
counts values, not their characters: the expanded document may now hold no more characters than
the largest file allowed (max_bytes), so such a file is one located problem, at once
(docs/robustness.md, the cost of a run is bounded)."""

import time

from _attack import MINIMAL, checked_too, expect, good_file, run, run_peak, write

SENTENCE = "geen empathie, " * 1400  # 21,000 characters
LIMIT = 4 * 1024 * 1024


def aliases(count: int) -> str:
    return MINIMAL + f'practitioners:\n  qualities: [&a "{SENTENCE}"' + ", *a" * count + "]\n"


good_file()
for count in (3_000, 30_000):
    write(f"aliases-{count}.yaml", aliases(count))
    start = time.monotonic()
    result = run("check", f"aliases-{count}.yaml", "good.yaml", "-f", "json")
    took = time.monotonic() - start
    # The alias that makes the text longer than the limit is where the problem is: the 199th.
    nth = LIMIT // len(SENTENCE)
    column = len('  qualities: [&a "') + len(SENTENCE) + len('"') + (nth - 1) * len(", *a") + len(", *")
    expect(
        result,
        2,
        f"aliases-{count}.yaml:4:{column}: document expands through aliases to more than {LIMIT} "
        "characters, more than the largest file allowed (raise it with --max-bytes or max_bytes in "
        "the configuration)",
    )
    checked_too(result)
    assert took < 20, took  # was 24 s for 3,000, minutes for 30,000

# 13,000 aliases made a report of 204 MB, in up to 843 MB of memory.
write("aliases-13000.yaml", aliases(13_000))
result, peak = run_peak("check", "aliases-13000.yaml", "-f", "json")
assert result.code == 2 and len(result.out) < 100_000, (result.code, len(result.out))
assert peak < 300, peak

# Below the limit the file is checked, as the same text written out would be.
write("aliases-150.yaml", aliases(150))
result = run("check", "aliases-150.yaml", "-f", "json", "--fail-on", "never")
expect(result, 0)
# The limit follows --max-bytes, as the message says.
result = run("check", "aliases-150.yaml", "--max-bytes", "1000000", "-f", "concise")
assert result.code == 2 and "more than 1000000 characters" in result.err, result.err[-2000:]
