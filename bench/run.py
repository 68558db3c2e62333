"""Run every measurement of docs/performance.md as a ratio against its floor and print one table.

    .venv/bin/python bench/run.py [--runs 9] [--small 1000] [--big 10000] [--no-big] [--no-tools]

Commands run as subprocesses (the venv's `watwerkt` console script, the floor scripts with the
same interpreter), each once untimed to warm the caches, then `--runs` times ALTERNATING within
a group (forwards on even rounds, backwards on odd ones) so drift in the machine hits every
command alike. A ratio is min(command) / min(baseline): the minimum is the least disturbed run.
Wall time from time.perf_counter around fork to exit; peak memory is the child's own ru_maxrss
from os.wait4. The corpora are made by bench/generate.py in --workdir (default bench/).
The table's header says where the measured wat_werkt is imported from: to measure a source
tree other than the installed one (a git worktree sharing the venv), put its src first with
PYTHONPATH=src, which the children inherit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from generate import MARKER, generate  # noqa: E402  (bench/ is not a package: found through sys.path)

OK_CODES = (0, 1)  # 1: a factor at or above --fail-on, which a realistic corpus has


@dataclass
class Command:
    label: str
    argvs: list[list[str]]  # more than one when a long file list had to be split
    ok: tuple[int, ...] = OK_CODES
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    env: dict[str, str] | None = None  # its own environment (bench/trees.py), else the group's

    def __post_init__(self) -> None:
        if len(self.argvs) > 1:
            self.label += f" [{len(self.argvs)} processes]"

    @property
    def shown(self) -> str:
        argv = self.argvs[0]
        words = [Path(argv[0]).name if i == 0 else a for i, a in enumerate(argv)]
        text = " ".join(words)
        if len(text) > 70:
            text = text[:67] + "..."
        return text + (f" (x{len(self.argvs)} chunks)" if len(self.argvs) > 1 else "")


@dataclass
class Row:
    measurement: str
    command: Command
    baseline: Command | None
    target: float | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None:
            return None
        return min(self.command.times) / min(self.baseline.times)


class BenchError(Exception):
    pass


def run_once(command: Command, env: dict[str, str]) -> tuple[float, int, int, str]:
    """Wall seconds, peak RSS in KB, exit code and the stderr tail of one run (all chunks)."""
    total, peak, code, tail = 0.0, 0, 0, ""
    for argv in command.argvs:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=command.env or env
        )
        # Drain stderr while waiting so a chatty child never blocks; wait4 gives this child's
        # own rusage (RUSAGE_CHILDREN would give the maximum over every child so far).
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        total += time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stderr.close()
        peak = max(peak, usage.ru_maxrss)
        code = max(code, proc.returncode)
        tail = err.decode("utf-8", "replace")[-600:] or tail
    return total, peak, code, tail


def measure(group: Sequence[Command], runs: int, env: dict[str, str]) -> None:
    for command in group:  # warm-up: disk cache, .pyc files; also checks that it works at all
        _, _, code, tail = run_once(command, env)
        if code not in command.ok:
            raise BenchError(f"{command.shown}: exit {code}\n{tail}")
    for round_ in range(runs):
        order = list(group) if round_ % 2 == 0 else list(reversed(group))
        for command in order:
            seconds, rss, code, tail = run_once(command, env)
            if code not in command.ok:
                raise BenchError(f"{command.shown}: exit {code}\n{tail}")
            command.times.append(seconds)
            command.rss_kb.append(rss)


# -- setting up -------------------------------------------------------------------------------


def corpus(workdir: Path, count: int, seed: int) -> Path:
    out = workdir / f"corpus-{count}"
    stamp = f"count={count} seed={seed}\n"
    marker = out / MARKER
    if not (marker.exists() and marker.read_text(encoding="utf-8") == stamp):
        print(f"generating {count} files in {out} ...", file=sys.stderr, flush=True)
        generate(count, out, seed)
    return out


def yaml_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.suffix in (".yaml", ".yml"))


def folder_support(watwerkt: str, env: dict[str, str]) -> bool:
    """Whether `watwerkt check DIR` takes a folder (older versions took only files); else pass file lists."""
    probe = Command("probe", [[watwerkt, "check", str(ROOT / "examples"), "--format", "json"]])
    return run_once(probe, env)[2] in OK_CODES


def split(prefix: list[str], args: list[str], suffix: list[str]) -> list[list[str]]:
    """One argv, or several when the list is too long for one command line (then the row's
    label says so: several processes pay start-up several times)."""
    environment = sum(len(k) + len(v) + 2 for k, v in os.environ.items())
    limit = max(os.sysconf("SC_ARG_MAX") - environment - 64_000, 32_000)
    argvs: list[list[str]] = []
    chunk: list[str] = []
    size = 0
    for arg in args:
        if chunk and size + len(arg) + 1 > limit:
            argvs.append([*prefix, *chunk, *suffix])
            chunk, size = [], 0
        chunk.append(arg)
        size += len(arg) + 1
    argvs.append([*prefix, *chunk, *suffix])
    return argvs


def measured_source(python: str, env: dict[str, str]) -> str:
    """Where the measured wat_werkt is imported from, as the children see it: the installed
    package, or a source tree put first with PYTHONPATH (a git worktree sharing the venv)."""
    probe = [python, "-c", "import wat_werkt; print(wat_werkt.__file__)"]
    proc = subprocess.run(probe, check=False, capture_output=True, text=True, env=env)
    return str(Path(proc.stdout.strip()).parent) if proc.returncode == 0 else "(not importable)"


def tool(name: str, bindir: Path) -> str | None:
    return shutil.which(name, path=os.pathsep.join([str(bindir), os.environ.get("PATH", "")]))


def schema_file(watwerkt: str, workdir: Path, given: Path | None) -> tuple[Path | None, str]:
    if given is not None:
        return given, f"schema from {given}"
    proc = subprocess.run([watwerkt, "schema"], check=False, capture_output=True, text=True)
    if proc.returncode == 0:
        try:
            json.loads(proc.stdout)
        except ValueError:
            return None, "skipped: `watwerkt schema` printed no JSON"
        path = workdir / "schema.json"
        path.write_text(proc.stdout, encoding="utf-8")
        return path, "schema from `watwerkt schema`"
    return None, "skipped: no `watwerkt schema` command yet (pass --schema FILE)"


# -- the measurements -------------------------------------------------------------------------


def one_file(args: argparse.Namespace, python: str, watwerkt: str, env: dict[str, str]) -> list[Row]:
    one = str(args.one)
    floor = Command("floor app", [[python, str(BENCH / "floor_app.py"), "check", one, "--format", "json"]])
    floor_rich = Command(
        "floor app + rich", [[python, str(BENCH / "floor_app_rich.py"), "check", one, "--format", "table"]]
    )
    as_json = Command("watwerkt json", [[watwerkt, "check", one, "--format", "json"]])
    as_table = Command("watwerkt table", [[watwerkt, "check", one]])
    measure([floor, floor_rich, as_json, as_table], args.runs, env)
    return [
        Row("(a) one file, json", floor, None, None),
        Row("(a) one file, json", as_json, floor, 1.2),
        Row("(b) one file, table", floor_rich, None, None),
        Row("(b) one file, table", as_table, floor_rich, 1.25),
    ]


def small_batch(args: argparse.Namespace, watwerkt: str, folders: bool) -> Command:
    folder = corpus(args.workdir, args.small, args.seed)
    paths = [str(folder)] if folders else yaml_files(folder)
    return Command(f"watwerkt json ({args.small})", split([watwerkt, "check"], paths, ["--format", "json"]))


def many_files(
    args: argparse.Namespace, python: str, watwerkt: str, env: dict[str, str], folders: bool
) -> tuple[list[Row], Command]:
    folder = corpus(args.workdir, args.small, args.seed)
    files = yaml_files(folder)
    paths = [str(folder)] if folders else files
    n = args.small
    parse = Command(f"parse only ({n})", split([python, str(BENCH / "parse_only.py")], paths, []))
    ours = small_batch(args, watwerkt, folders)
    # The default checks a batch this size in one process per core; one process alone is
    # reported too, so the share of the second core is plain.
    alone = Command(f"watwerkt json ({n}) -j 1", [[*argv, "-j", "1"] for argv in ours.argvs])
    group = [parse, ours, alone]
    notes: list[tuple[str, str]] = []
    extra: list[Row] = [Row(f"(c) {n} files", alone, parse, None, "one process: --jobs 1")]
    bindir = Path(python).parent
    yamllint = tool("yamllint", bindir) if args.tools else None
    if yamllint:
        lint = Command(f"yamllint ({n})", [[yamllint, "-f", "parsable", str(folder)]], ok=(0, 1))
        group.append(lint)
        extra += [
            Row(f"(c) {n} files", lint, parse, None),
            Row(f"(c) {n} files", ours, lint, None, "watwerkt / yamllint"),
        ]
    else:
        notes.append(("yamllint", "skipped: --no-tools" if not args.tools else "skipped: not installed"))
    checker = tool("check-jsonschema", bindir) if args.tools else None
    schema, why = schema_file(watwerkt, args.workdir, args.schema) if checker else (None, "")
    if checker and schema:
        cjs = Command(
            f"check-jsonschema ({n})", split([checker, "--schemafile", str(schema)], files, []), ok=(0, 1)
        )
        group.append(cjs)
        extra += [
            Row(f"(c) {n} files", cjs, parse, None, why),
            Row(f"(c) {n} files", ours, cjs, None, "watwerkt / check-jsonschema"),
        ]
    else:
        notes.append(
            (
                "check-jsonschema",
                why if checker else ("skipped: --no-tools" if not args.tools else "skipped: not installed"),
            )
        )
    measure(group, args.runs, env)
    rows = [Row(f"(c) {n} files", parse, None, None), Row(f"(c) {n} files", ours, parse, 2.5), *extra]
    for name, note in notes:
        rows.append(Row(f"(c) {n} files", Command(name, [[name]]), None, None, note))
    return rows, ours


def big_batch(
    args: argparse.Namespace, watwerkt: str, env: dict[str, str], folders: bool, small: Command
) -> list[Row]:
    folder = corpus(args.workdir, args.big, args.seed)
    paths = [str(folder)] if folders else yaml_files(folder)
    big = Command(f"watwerkt json ({args.big})", split([watwerkt, "check"], paths, ["--format", "json"]))
    again = Command(small.label.split(" [")[0], small.argvs)  # fresh timings, alternating
    measure([again, big], args.big_runs, env)
    factor = args.big / args.small
    return [
        Row(f"(d) {args.big} files, time", big, again, round(1.1 * factor, 2), f"linear = {factor:g}x"),
        Row(f"(d) {args.big} files, memory", big, None, None, "peak RSS"),
    ]


# -- the table --------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.2f} s"


def table(rows: list[Row], memory_limit_mb: float) -> tuple[str, list[dict[str, object]], int]:
    head = ("measurement", "command", "median", "min", "max", "baseline", "ratio", "target", "met?")
    lines: list[tuple[str, ...]] = [head]
    data: list[dict[str, object]] = []
    missed = 0
    for row in rows:
        cmd = row.command
        if not cmd.times:  # a skipped tool: only its note
            lines.append((row.measurement, cmd.label, "", "", "", "", "", "", row.note))
            data.append({"measurement": row.measurement, "command": cmd.label, "note": row.note})
            continue
        median, low, high = statistics.median(cmd.times), min(cmd.times), max(cmd.times)
        record: dict[str, object] = {
            "measurement": row.measurement, "command": cmd.label, "argv": cmd.shown,
            "median_s": median, "min_s": low, "max_s": high, "runs": len(cmd.times),
            "peak_rss_mb": max(cmd.rss_kb) / 1024, "note": row.note,
        }  # fmt: skip
        if "memory" in row.measurement:
            peak = max(cmd.rss_kb) / 1024
            met = peak < memory_limit_mb
            missed += not met
            lines.append(
                (
                    row.measurement,
                    cmd.label,
                    "",
                    "",
                    "",
                    "",
                    f"{peak:.1f} MB",
                    f"< {memory_limit_mb:g} MB",
                    "yes" if met else "NO",
                )
            )
            record.update(target=memory_limit_mb, met=met)
            data.append(record)
            continue
        ratio = row.ratio
        met_text = ""
        if row.target is not None and ratio is not None:
            met = ratio <= row.target
            missed += not met
            met_text = "yes" if met else "NO"
            record.update(target=row.target, met=met)
        record.update(baseline=row.baseline.label if row.baseline else None, ratio=ratio)
        data.append(record)
        lines.append((
            row.measurement, cmd.label, _ms(median), _ms(low), _ms(high),
            row.baseline.label if row.baseline else "", f"{ratio:.2f}x" if ratio is not None else "",
            f"<= {row.target:g}x" if row.target is not None else "", met_text or row.note,
        ))  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for i, line in enumerate(lines):
        out.append("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out), data, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per command (default 9)")
    parser.add_argument("--big-runs", type=int, default=None, help="runs for the big batch (default --runs)")
    parser.add_argument("--small", type=int, default=1000, help="files in the batch of (c)")
    parser.add_argument("--big", type=int, default=10000, help="files in the batch of (d)")
    parser.add_argument("--no-big", dest="do_big", action="store_false", help="skip (d)")
    parser.add_argument(
        "--only", choices=("one", "many", "big"), default=None, help="run only (a)+(b), (c) or (d)"
    )
    parser.add_argument(
        "--no-tools", dest="tools", action="store_false", help="skip yamllint, check-jsonschema"
    )
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workdir", type=Path, default=BENCH, help="where the corpora go")
    parser.add_argument("--one", type=Path, default=ROOT / "examples" / "stevig-ouderschap.yaml")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the floor scripts")
    parser.add_argument("--watwerkt", default=None, help="the console script (default: beside --python)")
    parser.add_argument("--schema", type=Path, default=None, help="JSON Schema for check-jsonschema")
    parser.add_argument("--memory-mb", type=float, default=100.0)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    args.big_runs = args.big_runs or args.runs
    args.workdir.mkdir(parents=True, exist_ok=True)
    watwerkt = args.watwerkt or str(Path(args.python).parent / "watwerkt")
    env = dict(os.environ, COLUMNS="100")
    env.pop("FORCE_COLOR", None)
    # An installed watwerkt runs from byte-compiled modules (pip compiles them), as Typer and
    # PyYAML do in the floor apps. With PYTHONDONTWRITEBYTECODE set (some CI images set it) an
    # editable install would recompile every module of watwerkt's in every run, and only
    # watwerkt's: the warm-up run must be able to write the .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    folders = folder_support(watwerkt, env)
    source = measured_source(args.python, env)
    try:
        rows: list[Row] = []
        small = small_batch(args, watwerkt, folders)
        if args.only in (None, "one"):
            rows += one_file(args, args.python, watwerkt, env)
        if args.only in (None, "many"):
            more, small = many_files(args, args.python, watwerkt, env, folders)
            rows += more
        if args.only == "big" or (args.only is None and args.do_big):
            rows += big_batch(args, watwerkt, env, folders, small)
    except BenchError as exc:
        print(f"bench: a command failed: {exc}", file=sys.stderr)
        return 2
    text, data, missed = table(rows, args.memory_mb)
    print(
        f"watwerkt bench: {args.runs} alternating runs per command (+1 warm-up); "
        f"ratio = min / min of the baseline; {'folder' if folders else 'file-list'} input; "
        f"wat_werkt from {source}"
    )
    print(text)
    targets = sum(1 for d in data if "met" in d)
    print(f"\n{targets - missed} of {targets} targets met" + ("" if missed else ": all targets met"))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"rows": data, "runs": args.runs, "folder_input": folders}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
