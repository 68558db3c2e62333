"""A factor set's texts are untrusted: an escape sequence (CSI 2J, an OSC 8 link, an OSC 52
clipboard write) in a criterion's text or advice, a title whose line break would start a line
with ::error::, a .nan threshold. `factors lint` refuses each, with its location, and so does
every command that loads the set; no escape character and no workflow command reaches the
output (docs/robustness.md, factor-set text)."""

import re
import shutil
from pathlib import Path

from _attack import ROOT, good_file, run

good_file()
shutil.copytree(ROOT / "factors" / "opvoedingsondersteuning", "set")
g01 = next(Path("set").rglob("G01-*.yaml"))
text = g01.read_text(encoding="utf-8")
text = text.replace("  en: Structured and standardised curriculum", '  en: "Curriculum\\n::error::pwned"', 1)
text = re.sub(
    r"(\n    text:\n      nl: [^\n]*\n      en: )[^\n]*",
    r'\1"evil \\e[2J \\e]8;;http://x\\a link \\e]52;c;QUFB\\a"',
    text,
    count=1,
)
g01.write_text(text, encoding="utf-8")
s02 = next(Path("set").rglob("S02-*.yaml"))
s02.write_text(s02.read_text(encoding="utf-8").replace("value: 2}", "value: .nan}", 1), encoding="utf-8")

g01_name, s02_name = g01.as_posix(), s02.as_posix()
lint = run("factors", "lint", "set")
assert lint.code == 2, lint
found = {(line.split(":")[0], line.split(": ", 1)[1].split(";")[0]) for line in lint.lines}
assert (g01_name, "'title.en' holds a line break") in found, lint.err
assert (g01_name, "'criteria[0].text.en' holds a control character (\\x1b)") in found, lint.err
assert any(f == s02_name and "at_least: 'value' must be a finite number" in m for f, m in found), lint.err
for args in (
    ["check", "-v", "--factors", "set", "good.yaml"],
    ["explain", "good.yaml", "G01", "--factors", "set"],
    ["factors", "show", "G01", "--factors", "set"],
    ["factors", "--factors", "set"],
    ["compare", "good.yaml", "--factors", "set", "-f", "markdown"],
):
    result = run(*args)
    assert result.code == 2 and lint.lines[0] in result.lines, (args, result.err)
    for line in (result.out + result.err).splitlines():
        assert not re.match(r"\s*::", line) and "##[" not in line, (args, line)
