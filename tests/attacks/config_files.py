"""Configuration files are data too: nested 1,000 deep, an integer of 5,001 digits, 8 MB of
pyproject.toml, `[tool] watwerkt = 5`, invalid UTF-8 with [tool.watwerkt]: each one located
problem and exit 2, never an internal error, never ignored; a large pyproject.toml that
is not ours is never parsed (docs/robustness.md; docs/ci.md, configuration)."""

import os
from collections.abc import Callable

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
os.chdir("..")

# A .watwerkt.yaml that is there but no regular file we can read was passed over, and a
# configuration further up applied instead, silently: it is the configuration, and says why it
# cannot be used (docs/robustness.md).
os.mkdir("parent")
os.chdir("parent")
write(".watwerkt.yaml", "fail_on: never\n")  # would turn every finding into exit 0
MAKERS: dict[str, tuple[Callable[[], None], str]] = {
    "fifo": (lambda: os.mkfifo(".watwerkt.yaml"), "not a regular file but a FIFO (named pipe)"),
    "folder": (lambda: os.mkdir(".watwerkt.yaml"), "not a regular file but a folder"),
    "zero": (lambda: os.symlink("/dev/zero", ".watwerkt.yaml"), "not a regular file but a character device"),
    "loop": (
        lambda: os.symlink(".watwerkt.yaml", ".watwerkt.yaml"),
        "cannot read file: Too many levels of symbolic links",
    ),
}
for name, (make, line) in MAKERS.items():
    os.mkdir(name)
    os.chdir(name)
    good_file()
    make()
    result = run("check", "good.yaml")
    assert result.code == 2 and result.lines[0].startswith(".watwerkt.yaml: "), (name, result.err)
    assert line in result.lines[0], (name, result.lines, line)
    os.chdir("..")
