"""--show-files: the files a run would check, after excludes; nothing is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from cihelp import INVALID, MINIMAL, run, write


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "d/a.yaml", MINIMAL)
    write(tmp_path, "d/b.yml", INVALID)  # listed, never checked
    write(tmp_path, "d/drafts/c.yaml", MINIMAL)
    write(tmp_path, "d/.hidden.yaml", MINIMAL)
    write(tmp_path, "d/notes.txt", "x")
    write(tmp_path, "leeg/readme.md", "x")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_lists_the_files_after_excludes(tree: Path) -> None:
    assert run("check", "d", "--show-files") == (0, "d/a.yaml\nd/b.yml\nd/drafts/c.yaml\n", "")
    assert run("check", "d", "--show-files", "--exclude", "drafts")[1] == "d/a.yaml\nd/b.yml\n"
    write(tree, ".watwerkt.yaml", "exclude: '*.yml'\n")
    assert run("check", "d", "d/a.yaml", "--show-files")[1] == "d/a.yaml\nd/drafts/c.yaml\n"  # once each


def test_paths_that_give_nothing_are_errors(tree: Path) -> None:
    code, out, err = run("check", "d/a.yaml", "nope.yaml", "leeg", "--show-files", "--lang", "en")
    assert (code, out) == (2, "d/a.yaml\n")
    assert err.splitlines() == ["leeg: no .yaml or .yml files found", "nope.yaml: no such file or folder"]
    code, _, err = run("check", "d", "--show-files", "-o", "list.txt")
    assert code == 2 and err.splitlines()[-1] == "Error: --show-files and --output cannot be used together"
