"""An --output that is also an input of the run (by name, through its folder, a link or a hard
link, the configuration, a factor-set file) is refused with exit 2 before anything is
checked, and left as it was (docs/robustness.md)."""

import os
import shutil
from pathlib import Path

from _attack import MINIMAL, ROOT, expect, run, write

write("a.yaml", MINIMAL)
write("dir/b.yaml", MINIMAL)
os.symlink("dir/b.yaml", "link.yaml")
os.link("a.yaml", "hard.yaml")
before = {p: Path(p).read_bytes() for p in ("a.yaml", "dir/b.yaml")}
cases = [
    (["check", "a.yaml", "-o", "a.yaml"], "a.yaml"),
    (["check", "dir", "-o", "dir/b.yaml"], "dir/b.yaml"),
    (["check", "./dir/", "-o", "dir/../dir/b.yaml"], "dir/../dir/b.yaml"),
    (["check", "dir", "-o", "link.yaml"], "link.yaml"),
    (["check", "a.yaml", "-o", "hard.yaml"], "hard.yaml"),
    (["check", "a.yaml", "dir", "-f", "sarif", "-o", "dir/b.yaml"], "dir/b.yaml"),
    (["compare", "a.yaml", "dir", "-o", "a.yaml"], "a.yaml"),
]
for args, shown in cases:
    result = run(*args)
    expect(
        result,
        2,
        f"{shown} is also an input of this run: it is not overwritten (write the report to another file)",
    )
    assert len(result.lines) == 1 and result.out == "", (args, result)  # nothing checked
for path, data in before.items():
    assert Path(path).read_bytes() == data, path

# The configuration file and the files of the factor set are read by the run too.
write(".watwerkt.yaml", "lang: en\n")
expect(run("check", "a.yaml", "-o", ".watwerkt.yaml"), 2)
shutil.copytree(ROOT / "factors" / "tidier", "set")
expect(run("check", "a.yaml", "--factors", "set", "-o", "set/T02-why.yaml"), 2)
assert Path(".watwerkt.yaml").read_text() == "lang: en\n"

# A new file inside a checked folder is fine: it is written after the folder was read.
expect(run("check", "dir", "-f", "json", "-o", "dir/report.json"), 0)

# Standard input read from a file is an input too: `check - -o a.yaml < a.yaml` (and
# -o /dev/stdin) overwrote the very file it read (a hostile-input attack).
for args, shown in [
    (["check", "-", "-o", "a.yaml"], "a.yaml"),
    (["check", "-", "-o", "/dev/stdin"], "/dev/stdin"),
    (["compare", "-", "-o", "a.yaml"], "a.yaml"),
]:
    with open("a.yaml", "rb") as given:
        expect(
            run(*args, stdin=given),
            2,
            f"{shown} is also an input of this run: it is not overwritten (write the report to another file)",
        )
    assert Path("a.yaml").read_bytes() == before["a.yaml"], args
# ... while a report beside it is written as ever.
with open("a.yaml", "rb") as given:
    expect(run("check", "-", "-f", "json", "-o", "from-stdin.json", stdin=given), 0)
