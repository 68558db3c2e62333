"""--output through a symbolic link writes the link's target, atomically and in the target's
own folder; the link stays a link. An existing file keeps its mode; a new one gets the
umask's. The same for schema --output and init --force (docs/robustness.md)."""

import os
import stat
from pathlib import Path

from _attack import expect, good_file, run

good_file()
Path("elsewhere").mkdir()
Path("elsewhere/report.json").write_text("old\n")
os.chmod("elsewhere/report.json", 0o640)
os.symlink("elsewhere/report.json", "report.json")
expect(run("check", "good.yaml", "-o", "report.json"), 0)
assert os.path.islink("report.json") and os.readlink("report.json") == "elsewhere/report.json"
assert Path("elsewhere/report.json").read_text().lstrip().startswith("{")
assert stat.S_IMODE(os.stat("elsewhere/report.json").st_mode) == 0o640
# The temporary file was made beside the target, and none is left anywhere.
assert sorted(os.listdir("elsewhere")) == ["report.json"]
assert not [n for n in os.listdir(".") if n.endswith(".tmp")]

# A link to a file that does not exist yet makes that file, as the shell's > does.
os.symlink("elsewhere/new.md", "new.md")
expect(run("check", "good.yaml", "-o", "new.md"), 0)
assert os.path.islink("new.md") and Path("elsewhere/new.md").read_text().startswith("## ")

# A script keeps its execute bits; a new file gets 0666 less the umask.
Path("schema.json").write_text("{}")
os.chmod("schema.json", 0o750)
expect(run("schema", "--output", "schema.json"), 0)
assert stat.S_IMODE(os.stat("schema.json").st_mode) == 0o750
os.umask(0o027)
expect(run("schema", "--output", "fresh.json"), 0)
assert stat.S_IMODE(os.stat("fresh.json").st_mode) == 0o640

# init --force through a link: the target is the new template, the link stays.
Path("elsewhere/mine.yaml").write_text("name: old\n")
os.chmod("elsewhere/mine.yaml", 0o600)
os.symlink("elsewhere/mine.yaml", "mine.yaml")
expect(run("init", "mine.yaml"), 2, "file exists: mine.yaml (use --force to overwrite)")
expect(run("init", "--force", "mine.yaml"), 0)
assert os.path.islink("mine.yaml") and "name:" in Path("elsewhere/mine.yaml").read_text()
assert stat.S_IMODE(os.stat("elsewhere/mine.yaml").st_mode) == 0o600
