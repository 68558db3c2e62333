"""The parser floor: read every YAML file under the given paths and compose it with libyaml.

    python bench/parse_only.py PATH...

Does only what any YAML checker must do (find the files, read them, `yaml.compose` with
`CSafeLoader`) and nothing else, so the time of `watwerkt check` over the same files can be
measured against it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            out.append(path)
    return out


def main(argv: list[str]) -> int:
    found = files(argv)
    for path in found:
        yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=yaml.CSafeLoader)
    print(f"{len(found)} files parsed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
