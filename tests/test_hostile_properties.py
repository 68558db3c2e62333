"""No data makes watwerkt report an internal error (docs/robustness.md): Hypothesis throws
extreme scalars (numbers past every limit, non-finite floats, hand-made tags, escape sequences,
long text), deep nesting and big sizes at `check` (every format), `compare`, `explain`,
`factors lint` and the configuration loader, and fails on any exception or any "internal
error", for a whole run or for one file of it.

Run in this process, under pytest's own deep stack, so recursion fails here sooner than in a
real run. Slow: several hundred runs of the command line."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from wat_werkt.commands.app import app
from wat_werkt.factorset.load import builtin_root, builtin_sets
from wat_werkt.format.shape import FIELD_PATHS
from wat_werkt.renderers import RENDERERS
from wat_werkt.renderers.compare.matrix import COMPARE_RENDERERS
from wat_werkt.run.config import OPTIONS, ConfigError, load_config

pytestmark = pytest.mark.slow

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
GOOD = "name: Goed\nsummary: Een gewone beschrijving.\n"

# Plain YAML scalars, written as they would be in a file.
extreme_scalars = st.one_of(
    st.integers(300, 6000).map(lambda n: "1" + "0" * n),
    st.integers(1, 20_000).map(lambda n: "0x" + "f" * n),
    st.integers(1, 3000).map(lambda n: ":".join(["1"] + ["59"] * n)),
    st.integers(1, 20_000).map(lambda n: "0b" + "1" * n),
    st.integers(1, 200_000).map(lambda n: "x" * n),
    st.text(max_size=30).map(json.dumps),  # any character, quoted
    st.sampled_from(
        [
            ".nan",
            ".NaN",
            ".inf",
            "-.inf",
            "1.0e+400",
            "-1.0e+400",
            "-0.0",
            "-1",
            "1_000",
            "017",
            "0b_",
            "~",
            "null",
            "true",
            "FALSE",
            "yes",
            "2026-01-01",
            "12:30:00",
            "!!int tien",
            "!!float x",
            "!!binary aGk=",
            "!!str 5",
            "!!bool maybe",
            "!!null x",
            "!foo bar",
            '""',
            "TODO",
            "…",
            '"\\e[2J\\e]52;c;QUFB\\a"',
            '"\\u202eevil"',
            '"a\\n::error::x"',
            '"@octocat ##[group]"',
            "'[bold]x[/]'",
            "&a x",
            "*a",
            "[*a, *a]",
        ]
    ),
)


def nested(scalar: str, depth: int, kind: str) -> str:
    """`scalar` inside `depth` levels of flow lists or mappings."""
    if kind == "list":
        return "[" * depth + scalar + "]" * depth
    return "{a: " * depth + scalar + "}" * depth


values = st.builds(
    nested, extreme_scalars, st.one_of(st.just(0), st.integers(0, 990)), st.sampled_from(["list", "map"])
)
places = st.lists(
    st.sampled_from([*sorted(FIELD_PATHS), "unknown", "goals.0", "waivers.0.factor", "?key"]),
    min_size=1,
    max_size=6,
    unique=True,
)


def document(where: list[str], value: str) -> str:
    """An intervention with `value` at each place of `where` (dotted field paths, or a key)."""
    tree: dict[str, Any] = {"name": "Naam", "summary": "Samenvatting"}
    for place in where:
        if place == "?key":
            continue
        *outer, last = place.split(".")
        node = tree
        for part in outer:
            if not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]
        node[last] = _Raw(value)
    text = "".join(f"{key}: {_flow(item)}\n" for key, item in tree.items())
    return text + (f"? {value}\n: x\n" if "?key" in where else "")


class _Raw(str):
    """A value written as it is."""


def _flow(item: Any) -> str:
    if isinstance(item, _Raw):
        return str(item)
    if isinstance(item, dict):  # a key "0" stands for the first item of a list
        if set(item) == {"0"}:
            return f"[{_flow(item['0'])}]"
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in item.items()) + "}"
    return json.dumps(item)


def invoke(*args: str) -> None:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    both = result.stdout + result.stderr
    assert "internal error" not in both, both[-2000:]
    assert result.exit_code in (0, 1, 2), (result.exit_code, both[-2000:])


@pytest.fixture()
def folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name)
        (path / "good.yaml").write_text(GOOD, encoding="utf-8")
        monkeypatch.chdir(path)
        yield path


@SETTINGS
@given(place=places, value=values)
def test_check_never_fails_inside(folder: Path, place: list[str], value: str) -> None:
    (folder / "x.yaml").write_text(document(place, value), encoding="utf-8")
    for fmt in sorted(RENDERERS):
        invoke("check", "x.yaml", "good.yaml", "-f", fmt, "--max-depth", "1000", "--fail-on", "never", "-v")


@settings(SETTINGS, max_examples=60)
@given(place=places, value=values, factor=st.sampled_from(["G01", "G03", "S02", "S04"]))
def test_compare_and_explain_never_fail_inside(
    folder: Path, place: list[str], value: str, factor: str
) -> None:
    (folder / "x.yaml").write_text(document(place, value), encoding="utf-8")
    for fmt in sorted(COMPARE_RENDERERS):
        invoke("compare", "x.yaml", "good.yaml", "-f", fmt)
    invoke("explain", "x.yaml", factor)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, item in data.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _leaves(item, (*path, i))
    else:
        yield path


def _with_token(data: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return "__EXTREME__"
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _with_token(data[path[0]], path[1:])
    return copy


FACTOR_FILES = sorted((builtin_root() / "opvoedingsondersteuning").rglob("*.yaml"))


@settings(SETTINGS, max_examples=60)
@given(
    file=st.sampled_from(FACTOR_FILES),
    pick=st.integers(0, 10_000),
    value=extreme_scalars,
    depth=st.integers(0, 100),
)
def test_factors_lint_never_fails_inside(folder: Path, file: Path, pick: int, value: str, depth: int) -> None:
    target = folder / "set"
    if not target.exists():
        shutil.copytree(builtin_root() / "opvoedingsondersteuning", target)
    original = yaml.safe_load(file.read_text(encoding="utf-8"))
    leaves = list(_leaves(original))
    path = leaves[pick % len(leaves)]
    text = yaml.safe_dump(_with_token(original, path), allow_unicode=True, width=10_000)
    copy = target / file.relative_to(builtin_root() / "opvoedingsondersteuning")
    copy.write_text(text.replace("__EXTREME__", nested(value, depth, "list")), encoding="utf-8")
    try:
        invoke("factors", "lint", "set")
        invoke("check", "good.yaml", "--factors", "set", "-v")
    finally:
        shutil.copy(file, copy)


toml_values = st.one_of(
    st.integers(1, 6000).map(lambda n: "1" * n),
    st.integers(1, 1500).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 1500).map(lambda n: "{a = " * n + "1" + "}" * n),
    st.text(max_size=30).map(json.dumps),
    st.sampled_from(
        ["nan", "-inf", "1e400", "1979-05-27T07:32:00Z", '"\\u001b[2J"', "true", "[1, 'a']", "''", '"""x"""']
    ),
)


@settings(SETTINGS, max_examples=60)
@given(key=st.sampled_from([*OPTIONS, "unknown"]), toml=toml_values, value=values, as_toml=st.booleans())
def test_the_config_loader_never_fails_inside(
    folder: Path, key: str, toml: str, value: str, as_toml: bool
) -> None:
    if as_toml:
        path = folder / "pyproject.toml"
        path.write_text(f"[tool.watwerkt]\n{key} = {toml}\n", encoding="utf-8")
    else:
        path = folder / ".watwerkt.yaml"
        path.write_text(f"{key}: {value}\n", encoding="utf-8")
    try:
        load_config(path, [*RENDERERS, "auto"], builtin_sets())
    except ConfigError as exc:
        assert exc.problems and all(p.text("en") and p.text("nl") for p in exc.problems)
    invoke("check", "good.yaml", "-f", "json")
    path.unlink()
