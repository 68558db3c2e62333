"""(c) for several source trees in the same runs: the floor, then `watwerkt check DIR --format
json` from each tree, alternating as bench/run.py alternates its commands.

    .venv/bin/python bench/trees.py [--runs 15] [--small 1000] [--jobs N] TREE [TREE ...]

A TREE is a checkout of watwerkt, such as a git worktree of an older commit (`git worktree add
/tmp/old REV`). Its `src` is put first on PYTHONPATH for the venv's `watwerkt` console script,
so every tree runs with the same interpreter and libraries. Ratios measured on different days
move with the machine (docs/performance.md, "The machine"); ratios measured in the same runs can
be compared. Prints each command's minimum and median, its ratio to the floor (min / min) and
each tree against the first (by minima and by medians).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import BENCH as _BENCH  # noqa: E402  (bench/ is not a package: found through sys.path)
from run import BenchError, Command, corpus, folder_support, measure, split, yaml_files  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts of watwerkt, each with src/wat_werkt")
    parser.add_argument("--runs", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--small", type=int, default=1000, help="files in the batch (default 1000)")
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs N to watwerkt (default: its own)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workdir", type=Path, default=_BENCH, help="where the corpus goes")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the floor script")
    args = parser.parse_args(argv)
    watwerkt = str(Path(args.python).parent / "watwerkt")
    base = dict(os.environ)
    base.pop("PYTHONDONTWRITEBYTECODE", None)  # as in bench/run.py: trees run from their .pyc files
    envs: list[dict[str, str]] = []
    for tree in args.trees:
        src = tree.resolve() / "src"
        if not (src / "wat_werkt").is_dir():
            print(f"trees: {tree}: no src/wat_werkt in it", file=sys.stderr)
            return 2
        envs.append(
            {**base, "PYTHONPATH": os.pathsep.join([str(src), base.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
        )
    folder = corpus(args.workdir, args.small, args.seed)
    # Older trees took only file lists: then every command gets the list, the floor too.
    folders = all(folder_support(watwerkt, env) for env in envs)
    paths = [str(folder)] if folders else yaml_files(folder)
    jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
    floor = Command(
        f"parse only ({args.small})", split([args.python, str(BENCH / "parse_only.py")], paths, [])
    )
    commands = [
        Command(str(tree), split([watwerkt, "check"], paths, ["--format", "json", *jobs]), env=env)
        for tree, env in zip(args.trees, envs, strict=True)
    ]
    try:
        measure([floor, *commands], args.runs, base)
    except BenchError as exc:
        print(f"trees: a command failed: {exc}", file=sys.stderr)
        return 2
    first = commands[0]
    width = max(len(c.label) for c in (floor, *commands))
    print(
        f"{args.runs} alternating rounds (+1 warm-up), {args.small} files, "
        f"{'folder' if folders else 'file-list'} input; ratio = min / min of the floor"
    )
    for command in (floor, *commands):
        low, mid = min(command.times), statistics.median(command.times)
        line = f"{command.label:{width}}  min {low * 1000:6.1f} ms  median {mid * 1000:6.1f} ms"
        if command is not floor:
            line += f"  {low / min(floor.times):.2f}x"
            if command is not first:
                by_min = low / min(first.times) - 1
                by_median = mid / statistics.median(first.times) - 1
                line += f"  against the first: {by_min:+.1%} (medians {by_median:+.1%})"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
