"""What a built-in factor set's YAML files say, stored as JSON beside them (`snapshot.json`), so
a run does not parse seventeen YAML files before checking one (issue 6: about 3 ms of every
start, docs/performance.md).

The YAML files stay the source. A snapshot is used only when it was made from exactly the files
in the folder (a digest of their names and bytes), so an edited, added or removed factor file
is always read from its YAML. Regenerate after editing a built-in set:

    python -m wat_werkt.factor_snapshot

(tests/test_factor_loading.py fails when a snapshot is out of date).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

NAME = "snapshot.json"


def digest(folder: Path, texts: dict[Path, str]) -> str:
    """One digest over the relative names and the text of every file, in name order."""
    h = hashlib.sha256()
    for path in sorted(texts):
        h.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        h.update(texts[path].encode("utf-8") + b"\0")
    return h.hexdigest()


def matching(folder: Path, texts: dict[Path, str]) -> dict[str, Any] | None:
    """The parsed data of each file by relative name, when the folder's snapshot was made from
    exactly these texts; None when there is none or it is out of date."""
    try:
        stored = json.loads((folder / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("digest") != digest(folder, texts):
        return None
    files = stored.get("files")
    return files if isinstance(files, dict) else None


def make(folder: Path, texts: dict[Path, str], data: dict[Path, Any]) -> str:
    """The text of a snapshot of these files and their parsed data."""
    files = {path.relative_to(folder).as_posix(): data[path] for path in sorted(data)}
    return json.dumps({"digest": digest(folder, texts), "files": files}, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    from wat_werkt.factors import builtin_folder, builtin_sets, snapshot_text

    for name in builtin_sets():
        folder = builtin_folder(name)
        (folder / NAME).write_text(snapshot_text(folder), encoding="utf-8")
        print(f"wrote {folder / NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
