"""Configuration files are data too: nested 1,000 deep, an integer of 5,001 digits, 8 MB of
pyproject.toml, `[tool] watwerkt = 5`, invalid UTF-8 with [tool.watwerkt]: each one located
problem and exit 2, never an internal error, never ignored; a large pyproject.toml that
is not ours is never parsed (docs/robustness.md; docs/ci.md, configuration)."""

import os

from _attack import expect, good_file, run, write

cases: dict[str, tuple[str | bytes | None, str]] = {
    "deep": (
        "[tool.watwerkt]\nlang = " + "[" * 1000 + "]" * 1000 + "\n",
        "invalid TOML: nesting deeper than 100 levels",
    ),
    "digits": (
        "[tool.watwerkt]\nmax_depth = " + "1" * 5001 + "\n",
        "pyproject.toml:2:13: invalid TOML: a number of more than 4300 digits",
    ),
    "scalar": (
        "[tool]\nwatwerkt = 5\n",
        "pyproject.toml:2:12: the configuration should be a mapping of options (fail_on: gap, ...), "
        "found a whole number",
    ),
    "dotted": (
        'tool.watwerkt = "nl"\n',
        "pyproject.toml:1:17: the configuration should be a mapping of options (fail_on: gap, ...), "
        "found text",
    ),
    "utf8": (
        b'[tool.watwerkt]\nlang = "nl\xff"\n',
        "pyproject.toml:2:11: file is not valid UTF-8 (byte 26); save it as UTF-8",
    ),
    "big": (
        "[tool.watwerkt]\nlang = 'nl'\n" + "# padding\n" * 800_000,
        "pyproject.toml: file is 8000028 bytes, above the limit of 1048576 for this kind of file",
    ),
    "yaml-deep": (
        None,
        ".watwerkt.yaml:1:70: nesting deeper than 64 levels, the limit for this kind of file",
    ),
}
for name, (toml, line) in cases.items():
    os.mkdir(name)
    os.chdir(name)
    good_file()
    if toml is None:
        write(".watwerkt.yaml", "lang: " + "[" * 500 + "]" * 500 + "\n")
    else:
        write("pyproject.toml", toml)
    result = run("check", "good.yaml")
    assert result.code == 2 and len(result.lines) == 1, (name, result.err)
    assert result.lines[0].endswith(line), (name, result.lines, line)
    os.chdir("..")

# Someone else's big pyproject.toml, which names watwerkt nowhere, is not ours: not read whole.
os.mkdir("theirs")
os.chdir("theirs")
good_file()
write("pyproject.toml", "[project]\nname = 'x'\n" + "# padding\n" * 800_000)
expect(run("check", "good.yaml", "-f", "json"), 0)
