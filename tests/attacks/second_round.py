"""What a second hostile-input attack found (2026-12-02), each a located answer now, never an
internal error, a hang or a file replaced (docs/robustness.md):

- a number field written as 100,000 digits, or a number, a word and 60,000 spaces: the
  did-you-mean patterns backtracked for minutes (a run under `run`'s time limit now);
- a factor set whose `at_least` threshold is a whole number of 400 digits: math.isfinite made a
  float of it;
- a baseline that repeats a file's findings through a YAML alias;
- `--max-bytes` (or `max_bytes`) of 2**63 - 1 with standard input: one read that large;
- `-o /dev/stdin` while standard input is redirected from a file the run does not read;
- the bytes 0x80-0x9F in a file name, C1 controls (0x9B is CSI) to a terminal that reads 8 bits.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from _attack import MINIMAL, ROOT, checked_too, expect, good_file, run, write

good_file()

# Number-like values that made the hint patterns crawl: the usual message, at once.
write("digits.yaml", MINIMAL + "duration: {sessions: " + "9" * 100_000 + "}\n")
write("spaces.yaml", MINIMAL + 'duration: {sessions: "1 a' + " " * 60_000 + 'b"}\n')
write("age.yaml", MINIMAL + 'target_group: {child_age: "1-2 a' + " " * 60_000 + 'b"}\n')
result = run("check", "digits.yaml", "spaces.yaml", "age.yaml", "good.yaml", "-f", "json", timeout=30)
expect(
    result,
    2,
    "digits.yaml:3:22: 'duration.sessions' should be a whole number, found '"
    + "9" * 39
    + "…' (a number field takes one number, in digits)",
)
expect(
    result,
    2,
    "spaces.yaml:3:22: 'duration.sessions' should be a whole number, found '1 a …' (a number field "
    "takes one number, in digits)",
    "age.yaml:3:27: 'target_group.child_age' should be a mapping of keys, found '1-2 a …' (text)",
)
checked_too(result)

# A factor set with a threshold of 400 digits: a number like any other.
shutil.copytree(ROOT / "factors" / "opvoedingsondersteuning", "bigset")
s02 = Path("bigset/specific/S02-individual-home-visits.yaml")
text = s02.read_text(encoding="utf-8")
assert "home_visits_per_month, value: 2}" in text
s02.write_text(
    text.replace("home_visits_per_month, value: 2}", "home_visits_per_month, value: 1" + "0" * 400 + "}")
)
write(
    "visits.yaml",
    MINIMAL
    + "target_group: {problem_severity: severe}\ndelivery: {format: home_visiting, home_visits_per_month: 3}\n",
)
expect(run("factors", "lint", "bigset"), 0)
expect(run("factors", "show", "S02", "--factors", "bigset"), 0)
result = run("check", "visits.yaml", "--factors", "bigset", "-f", "json", "--fail-on", "never")
expect(result, 0)
assert '"id": "frequent-visits"' in result.out and '"status": "unmet"' in result.out
expect(run("explain", "visits.yaml", "S02", "--factors", "bigset"), 0)

# A baseline that names a second file's findings through an alias: read as the YAML it is.
write(
    "base.yaml",
    "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n"
    "  good.yaml: &a\n    G03: not_described\n  gone.yaml: *a\n",
)
result = run("check", "good.yaml", "--baseline", "base.yaml", "-f", "json", "--fail-on", "never")
expect(result, 0)
checked_too(result)
assert "gone.yaml no longer exists" in result.err

# The largest --max-bytes there is, with standard input: read as any other file.
for flags in (["--max-bytes", str(2**63 - 1)], ["--max-bytes", "9" * 30]):
    with open("good.yaml", "rb") as stdin:
        result = run("check", *flags, "-", "-f", "json", "--fail-on", "never", stdin=stdin)
    expect(result, 0)
write(".watwerkt.yaml", "max_bytes: 0xffffffffffffffffffff\n")
with open("good.yaml", "rb") as stdin:
    expect(run("check", "-", "-f", "json", "--fail-on", "never", stdin=stdin), 0)
os.remove(".watwerkt.yaml")

# -o /dev/stdin, standard input a file the run does not read: refused, the file kept.
write("victim.yaml", MINIMAL)
for name in ("/dev/stdin", "/dev/fd/0"):
    with open("victim.yaml", "rb") as stdin:
        result = run("check", "good.yaml", "-o", name, stdin=stdin)
    expect(
        result,
        2,
        f"{name} is the file standard input is read from: it is not overwritten (write the report to another file)",
    )
    assert Path("victim.yaml").read_text(encoding="utf-8") == MINIMAL

# C1 bytes in a file name: never raw in any format, on either stream.
os.mkdir("names")
hostile = os.path.join(b"names", b"x\x9b2J\x9b31mRED\x9d0;pwned\x9c.yaml")
with open(hostile, "wb") as handle:
    handle.write(MINIMAL.encode())
for fmt in ("table", "concise", "github", "json", "markdown", "sarif", "junit", "gitlab", "html"):
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", "check", "names", "-f", fmt],
        capture_output=True,
        env={**os.environ, "WATWERKT_LANG": "en", "NO_COLOR": "1"},
        timeout=60,
        check=False,
    )
    for stream in (proc.stdout, proc.stderr):
        for byte in range(0x80, 0xA0):
            # A raw C1 byte is never part of UTF-8 text on its own: one that follows no lead byte.
            assert bytes([0x78, byte]) not in stream and b"\x9d0;" not in stream, (fmt, stream[:300])
    assert b"x\\x9b2J" in proc.stdout or b"x\\\\x9b2J" in proc.stdout or b"%9B" in proc.stdout, (
        fmt,
        proc.stdout[:500],
    )

# Messages that named what the author cannot see: a byte-order mark inside the file (YAML's
# "text after the end of the document ('...')"), a file of white space and a tab ("a tab is
# used for indentation"), and a report that cannot replace a file of /proc ("cannot write /proc").
write("bom.yaml", b"# a comment\n\xef\xbb\xbfname: X\nsummary: y\n")
write("blank.yaml", b"   \n\n\t\n")
result = run("check", "bom.yaml", "blank.yaml", "good.yaml", "-f", "json")
expect(
    result,
    2,
    "bom.yaml:2:1: invalid YAML: a byte-order mark (U+FEFF, invisible in most editors) in the middle of the "
    "file; remove it (pasting from another file often brings one along)",
    "blank.yaml: expected a mapping of keys (name: ..., summary: ...), found an empty file",
)
checked_too(result)
if os.path.exists("/proc/version"):
    expect(
        run("check", "good.yaml", "-o", "/proc/version"),
        2,
        "cannot write /proc/version: no new file can be made in /proc (No such file or directory)",
    )

# One name of megabytes in a Markdown step summary over its budget: every other file still has
# its line.
write("huge-name.yaml", "name: " + "x" * 3_000_000 + "\nsummary: y\n")
result = run("check", "huge-name.yaml", "good.yaml", "-f", "markdown")
expect(result, 0)
assert "(good.yaml): ? not described: G01" in result.out, result.out[-2000:]
assert len(result.out.encode()) < 1_000_000

# Negation's circumstances worked out once per clause: 20,000 mentions in one clause after
# "ouders die ... niet" took minutes (each mention walked the clause again).
write(
    "circumstance.yaml",
    MINIMAL
    + "approach:\n  description: >-\n    ouders die "
    + "rustig " * 20_000
    + "niet "
    + "sociaal netwerk " * 20_000
    + "\n",
)
write(
    "having.yaml",
    MINIMAL
    + "approach:\n  description: >-\n    veel ouders hebben geen "
    + "sociaal netwerk " * 40_000
    + "\n",
)
result = run(
    "check", "circumstance.yaml", "having.yaml", "good.yaml", "-f", "json", "--fail-on", "never", timeout=30
)
expect(result, 0)
checked_too(result)
