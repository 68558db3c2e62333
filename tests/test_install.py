"""The wheel carries the built-in factor sets, and the installed tool works from any folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow  # builds a wheel and runs it in fresh processes


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # --no-isolation: use the hatchling installed with the test extras, no download needed.
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "src", "factors"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("watwerkt-*.whl")
    return found


def test_wheel_contains_every_factor_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "factors").rglob("*.yaml"):
        assert f"wat_werkt/factors/{path.relative_to(ROOT / 'factors').as_posix()}" in names
    assert "wat_werkt/cli.py" in names
    assert "wat_werkt/format/fields.yaml" in names  # the field texts of `schema` and `init`
    assert "wat_werkt/renderers/report/report.css" in names  # the HTML report's style sheet
    assert "wat_werkt/format/shape.json" in names  # the format's shape, read at every start
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "watwerkt = wat_werkt.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_unpacked_wheel_checks_a_file_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copy(EXAMPLES / "minimal.yaml", work / "some.yaml")
    env = {**os.environ, "PYTHONPATH": str(site)}
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", "check", "some.yaml", "-f", "json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data["results"][0]["factors"]) == 16
    # The code came from the unpacked wheel, not from the checkout.
    where = subprocess.run(
        [sys.executable, "-c", "import wat_werkt; print(wat_werkt.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(site))
    # The schema needs fields.yaml and both built-in sets from the wheel.
    schema = subprocess.run(
        [sys.executable, "-m", "wat_werkt", "schema", "--lang", "en"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert schema.returncode == 0, schema.stderr
    assert schema.stdout == (ROOT / "schema" / "intervention.schema.json").read_text(encoding="utf-8")
