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


def test_options_it_would_ignore_are_a_wrong_command_line(tree: Path) -> None:
    for extra, name in ((("-f", "json"), "--format"), (("--baseline", "b.yaml"), "--baseline")):
        code, out, err = run("check", "d", "--show-files", *extra, "--lang", "en")
        assert (code, out) == (2, "")
        assert err.splitlines()[-1] == f"Error: --show-files and {name} cannot be used together"
    # The configuration's format is the report's: --show-files lists all the same.
    write(tree, ".watwerkt.yaml", "format: json\n")
    assert run("check", "d/a.yaml", "--show-files") == (0, "d/a.yaml\n", "")
