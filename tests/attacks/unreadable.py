"""A file or folder that may not be read: a file named on the command line is a located
problem (not a usage error), a subfolder that cannot be listed is reported with exit 2
(not skipped as if it were empty), and everything else is still checked. Root may read
anything, so as root watwerkt runs here without the capabilities that allow that
(docs/robustness.md)."""

import ctypes
import os
import sys
from typing import Any

from _attack import MINIMAL, checked_too, expect, run, write

PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def without_override() -> None:
    """Root without the capabilities that let it read any file: for a file it owns, its mode
    then holds as for anyone (capabilities(7)). Run in the child before it starts watwerkt."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")


as_other: dict[str, Any] = {}
if os.geteuid() == 0:
    if not sys.platform.startswith("linux"):
        print("skipped: root, and no capabilities to drop")
        sys.exit(0)
    as_other = {"preexec_fn": without_override}

try:
    for name in (
        "good.yaml",
        "locked.yaml",
        "dir/good.yaml",
        "dir/sub/broken.yaml",
        "dir/nox/a.yaml",
        "cfg.yaml",
    ):
        write(name, MINIMAL if name != "dir/sub/broken.yaml" else "name: [\n")
    os.chmod("locked.yaml", 0)
    os.chmod("cfg.yaml", 0)
    os.chmod("dir/sub", 0)
    os.chmod("dir/nox", 0o644)  # may be listed, but nothing in it opened
    os.chmod("dir/nox/a.yaml", 0o644)

    result = run("check", "locked.yaml", "good.yaml", "-f", "json", **as_other)
    expect(result, 2, "locked.yaml: cannot read file: Permission denied")
    checked_too(result)
    result = run("check", "dir", "-f", "json", **as_other)
    expect(
        result,
        2,
        "dir/sub: cannot read folder: Permission denied",
        "dir/nox/a.yaml: cannot read file: Permission denied",
    )
    checked_too(result, "dir/good.yaml")
    expect(
        run("check", "good.yaml", "--config", "cfg.yaml", **as_other),
        2,
        "cfg.yaml: cannot read file: Permission denied",
    )
    expect(
        run("explain", "locked.yaml", "G01", **as_other),
        2,
        "locked.yaml: cannot read file: Permission denied",
    )
    expect(
        run("compare", "dir", "good.yaml", **as_other), 2, "dir/sub: cannot read folder: Permission denied"
    )
    # A --factors folder that may not be searched: one line, not a traceback.
    write("set/set.yaml", "id: x\n")
    os.chmod("set", 0)
    for command in (["check", "good.yaml"], ["compare", "good.yaml"], ["factors"]):
        expect(
            run(*command, "--factors", "set", **as_other),
            2,
            "set:1:1: cannot read the factor set: Permission denied",
        )
    # A pyproject.toml that may not be read may hold [tool.watwerkt]: it was passed over, and a
    # configuration further up applied instead. It is reported, as a .watwerkt.yaml is.
    write("project/.watwerkt.yaml", "fail_on: never\n")
    write("project/sub/pyproject.toml", "[tool.watwerkt]\nfail_on = 'gap'\n")
    write("project/sub/good.yaml", MINIMAL)
    os.chmod("project/sub/pyproject.toml", 0)
    expect(
        run("check", "good.yaml", cwd="project/sub", **as_other),
        2,
        "pyproject.toml: cannot read file: Permission denied",
    )
    # A baseline in a folder that may not be searched exists: it said "no such baseline; write
    # it first". The run goes on without it, every file reported, exit 2.
    write("closed/baseline.yaml", "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings: {}\n")
    os.chmod("closed", 0o600)
    result = run("check", "good.yaml", "--baseline", "closed/baseline.yaml", "-f", "json", **as_other)
    expect(result, 2, "closed/baseline.yaml: cannot read file: Permission denied")
    checked_too(result)
finally:
    for path in (
        "locked.yaml",
        "cfg.yaml",
        "dir/sub",
        "dir/nox",
        "set",
        "project/sub/pyproject.toml",
        "closed",
    ):
        if os.path.lexists(path):
            os.chmod(path, 0o755)
