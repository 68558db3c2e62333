"""The pre-commit hook, run by pre-commit itself on a scratch repository.

`pre-commit try-repo` clones this repository (uncommitted changes to tracked files ride along in
a temporary commit), installs the hook into a fresh environment and runs it, as a user's
`.pre-commit-config.yaml` would. Installing takes tens of seconds, hence the `slow` mark; it
still runs in the default suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cihelp import INVALID
from conftest import EXAMPLES, ROOT, SAMPLE

pytestmark = pytest.mark.slow


def test_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "watwerkt" and hook["entry"] == "watwerkt check --format concise --quiet"
    assert hook["language"] == "python" and hook["types"] == ["yaml"]


@pytest.fixture
def scratch(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("needs this project as a git checkout and git on PATH")
    repo = tmp_path / "interventions-repo"
    repo.mkdir()
    shutil.copy(EXAMPLES / "minimal.yaml", repo / "good.yaml")  # all not described: no gap
    shutil.copy(SAMPLE, repo / "bad.yaml")  # G11 is a gap
    (repo / ".hidden.yaml").write_text(INVALID, encoding="utf-8")  # skipped by the hook
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "GITHUB_ACTIONS"}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), WATWERKT_LANG="en")
    subprocess.run(["git", "init", "-q", "."], cwd=repo, env=env, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, env=env, check=True)
    return repo, env


def try_repo(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "pre_commit",
        "try-repo",
        str(ROOT),
        "watwerkt",
        "--files",
        *files,
    ]
    return subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_try_repo_passes_the_good_file_and_fails_the_bad_one(
    scratch: tuple[Path, dict[str, str]],
) -> None:
    repo, env = scratch
    good = try_repo(repo, env, "good.yaml", ".hidden.yaml")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "watwerkt" in good.stdout and "Passed" in good.stdout
    bad = try_repo(repo, env, "bad.yaml")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "exit code: 1" in bad.stdout
    # One line per gap (the hook's --fail-on), nothing else: no tables, no totals.
    output = bad.stdout.split("exit code: 1", 1)[1].strip().splitlines()
    assert output == [
        "bad.yaml:23:16: G05 gap: Aimed at empowerment",
        "bad.yaml:26:13: G11 gap: Training, supervision and stable staffing of practitioners",
    ]
