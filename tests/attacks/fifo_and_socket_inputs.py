"""A FIFO, a socket or a device is never opened as a file: one located problem, exit 2, and
every other file still checked, in check (by name and in a folder), compare, explain and a
--factors folder; nothing hangs (docs/robustness.md, reading input)."""

import os
import shutil
import socket

from _attack import ROOT, checked_too, expect, good_file, run

NOT_REGULAR = " not a regular file but {}; only regular files are read"
FIFO = NOT_REGULAR.format("a FIFO (named pipe)")

good_file()
os.mkfifo("x.yaml")
os.mkdir("dir")
os.mkfifo("dir/y.yaml")
sock = socket.socket(socket.AF_UNIX)
sock.bind("dir/z.yaml")
shutil.copy("good.yaml", "dir/good.yaml")

result = run("check", "x.yaml", "good.yaml", "-f", "json")
expect(result, 2, f"x.yaml:{FIFO}")
checked_too(result)
result = run("check", "dir", "-f", "json")
expect(result, 2, f"dir/y.yaml:{FIFO}", "dir/z.yaml:" + NOT_REGULAR.format("a socket"))
checked_too(result, "dir/good.yaml")
expect(run("check", "/dev/zero", "good.yaml"), 2, "/dev/zero:" + NOT_REGULAR.format("a character device"))
expect(run("compare", "x.yaml", "good.yaml"), 2, f"x.yaml:{FIFO}")
expect(run("explain", "x.yaml", "G01"), 2, f"x.yaml:{FIFO}")
expect(run("check", "good.yaml", "--config", "x.yaml"), 2, f"x.yaml:{FIFO}")

shutil.copytree(ROOT / "factors" / "tidier", "set")
os.mkfifo("set/T99-extra.yaml")
expect(run("factors", "lint", "set"), 2, f"set/T99-extra.yaml:{FIFO}")
expect(run("check", "good.yaml", "--factors", "set"), 2, f"set/T99-extra.yaml:{FIFO}")

# A set.yaml that is a FIFO or a folder is said to be one, not "no set.yaml in set2".
os.makedirs("set2")
os.mkfifo("set2/set.yaml")
expect(run("check", "good.yaml", "--factors", "set2"), 2, f"set2/set.yaml:{FIFO}")
os.makedirs("set3/set.yaml")
expect(run("check", "good.yaml", "--factors", "set3"), 2, "set3/set.yaml:" + NOT_REGULAR.format("a folder"))
