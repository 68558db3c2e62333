"""--output, schema --output and init --force on a character device, a FIFO and standard output:
written in place, never replaced by a regular file (docs/robustness.md, writing output).

/dev/null and /dev/stdout are reached through links in the working folder: should the
guarantee break, only the link is replaced, never the system's own device."""

import os
import stat
import threading
from pathlib import Path

from _attack import expect, good_file, run

good_file()
os.symlink("/dev/null", "null-link")
for args in (
    ["check", "good.yaml", "-o", "null-link"],
    ["schema", "--output", "null-link"],
    ["init", "--force", "null-link"],
):
    expect(run(*args), 0)
    assert os.path.islink("null-link") and os.readlink("null-link") == "/dev/null", args
assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
if os.geteuid() != 0:  # the device itself, where a mistake cannot replace it
    expect(run("check", "good.yaml", "-f", "json", "-o", "/dev/null"), 0)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)

# init without --force refuses a device as it refuses any existing file.
refused = run("init", "null-link")
expect(refused, 2, "file exists: null-link (use --force to overwrite)")

# Standard output named as a file, through a link and as /dev/fd/1: the report on stdout,
# and no "report written to" line after it.
os.symlink("/dev/stdout", "stdout-link")
for target in ("stdout-link", "/dev/fd/1"):
    result = run("check", "good.yaml", "-f", "json", "-o", target)
    expect(result, 0)
    assert result.out.lstrip().startswith("{") and "report written" not in result.out, result.out[-300:]
    assert os.path.islink("stdout-link")

# A FIFO: written in place, for the reader at its other end.
os.mkfifo("report.fifo")
got: list[bytes] = []
reader = threading.Thread(target=lambda: got.append(Path("report.fifo").read_bytes()))
reader.start()
expect(run("check", "good.yaml", "-f", "json", "-o", "report.fifo"), 0)
reader.join(30)
assert got and got[0].lstrip().startswith(b"{"), got
assert stat.S_ISFIFO(os.stat("report.fifo").st_mode)

# A socket cannot be written: refused, and it stays what it was.
import socket  # noqa: E402

server = socket.socket(socket.AF_UNIX)
server.bind("report.sock")
expect(
    run("check", "good.yaml", "-o", "report.sock"), 2, "cannot write report.sock: it is a socket, not a file"
)
assert stat.S_ISSOCK(os.stat("report.sock").st_mode)
