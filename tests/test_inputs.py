"""Inputs of `watwerkt check`: folders, --exclude, standard input, --output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cihelp import INVALID, MINIMAL, run, write
from conftest import SAMPLE

from wat_werkt.run.discovery import Exclude, discover


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("b.yaml", "a.yml", "sub/c.yaml", "sub/deeper/d.yaml", "drafts/e.yaml"):
        write(tmp_path, f"repo/{name}", MINIMAL)
    write(tmp_path, "repo/notes.txt", "not yaml")
    write(tmp_path, "repo/.hidden.yaml", INVALID)
    write(tmp_path, "repo/.github/workflows/ci.yml", INVALID)
    write(tmp_path, "repo/sub/x.draft.yaml", INVALID)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "repo"


def files(*args: str) -> list[str]:
    code, out, err = run("check", *args, "-f", "json", "--fail-on", "never")
    assert err == "" and code == 0, err
    return [r["file"] for r in json.loads(out)["results"]]


def test_folder_is_searched_recursively_sorted_without_hidden_files(tree: Path) -> None:
    assert files("repo", "--exclude", "*.draft.yaml") == [
        "repo/a.yml",
        "repo/b.yaml",
        "repo/drafts/e.yaml",
        "repo/sub/c.yaml",
        "repo/sub/deeper/d.yaml",
    ]


@pytest.mark.parametrize(
    ("patterns", "left"),
    [
        (["*.draft.yaml", "drafts"], ["a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/d.yaml"]),
        (["*.draft.yaml", "sub"], ["a.yml", "b.yaml", "drafts/e.yaml"]),
        (["*.draft.yaml", "repo/sub/deeper/*"], ["a.yml", "b.yaml", "drafts/e.yaml", "sub/c.yaml"]),
        (["*.draft.yaml", "*.yml", "deeper"], ["b.yaml", "drafts/e.yaml", "sub/c.yaml"]),
    ],
)
def test_exclude_names_files_folders_or_paths(tree: Path, patterns: list[str], left: list[str]) -> None:
    args = [a for p in patterns for a in ("--exclude", p)]
    assert files("repo", *args) == [f"repo/{name}" for name in left]


def test_exclude_applies_to_files_named_on_the_command_line(tree: Path) -> None:
    # As pre-commit passes them: one by one, and the project's excludes still hold.
    assert files("repo/b.yaml", "repo/sub/x.draft.yaml", "--exclude", "*.draft.yaml") == ["repo/b.yaml"]


def test_an_explicit_hidden_file_is_checked(tree: Path) -> None:
    code, _, err = run("check", "repo/.hidden.yaml", "-f", "json")
    assert code == 2 and err.startswith("repo/.hidden.yaml:4:11: unknown value 'grup'")


def test_each_file_once(tree: Path) -> None:
    assert files("repo/b.yaml", "repo", "./repo/b.yaml", "--exclude", "*.draft.yaml")[:2] == [
        "repo/b.yaml",
        "repo/a.yml",
    ]
    assert len(files("repo/b.yaml", "repo", "--exclude", "*.draft.yaml")) == 5


def test_folder_without_yaml_is_an_error_and_others_are_still_checked(tree: Path) -> None:
    (tree / "empty" / "sub").mkdir(parents=True)
    write(tree, "empty/readme.txt", "no yaml here")
    code, out, err = run("check", "repo/empty", "repo/b.yaml", "-f", "json")
    assert code == 2
    assert err == "repo/empty: no .yaml or .yml files found\n"
    assert [r["file"] for r in json.loads(out)["results"]] == ["repo/b.yaml"]


def test_folder_whose_files_are_all_excluded_is_an_error(tree: Path) -> None:
    code, _, err = run("check", "repo/drafts", "--exclude", "drafts")
    assert code == 2 and err == (
        "repo/drafts: no .yaml or .yml files to check: every one of them is excluded "
        "(--exclude, or exclude in the configuration)\n"
    )


def test_missing_path_is_exit_2(tree: Path) -> None:
    code, _, err = run("check", "repo/nope", "repo/b.yaml")
    assert code == 2 and err == "repo/nope: no such file or folder\n"


def test_stdin_is_named_stdin(tree: Path) -> None:
    code, out, err = run("check", "-", "-f", "json", input=SAMPLE.read_bytes())
    assert code == 1 and err == ""
    result = json.loads(out)["results"][0]
    assert result["file"] == "<stdin>" and result["name"] == "Voorbeeldtraining"
    code, _, err = run("check", "-", "-f", "json", input=INVALID.encode())
    assert code == 2 and err.splitlines()[1] == "<stdin>:5:1: unknown key 'foo'"


def test_stdin_with_a_byte_order_mark_and_bad_bytes(tree: Path) -> None:
    assert run("check", "-", "--fail-on", "never", input=b"\xef\xbb\xbf" + MINIMAL.encode())[0] == 0
    code, _, err = run("check", "-", input=b"name: \xff\n")
    assert code == 2 and err == "<stdin>:1:7: file is not valid UTF-8 (byte 6); save it as UTF-8\n"


def test_discover_keeps_argument_order_and_marks_empty_folders(tree: Path) -> None:
    (tree / "void").mkdir()
    found = discover(["repo/b.yaml", "-", "repo/void", "repo/sub"], [Exclude("*.draft.yaml", Path.cwd())])
    assert [i.display for i in found.inputs] == [
        "repo/b.yaml",
        "<stdin>",
        "repo/sub/c.yaml",
        "repo/sub/deeper/d.yaml",
    ]
    assert found.inputs[1].path is None
    assert found.empty_folders == ("repo/void",)


# -- --output ----------------------------------------------------------------------------------


def test_output_writes_the_report_and_keeps_a_summary(tree: Path) -> None:
    target = tree / "out" / "report.sarif"
    target.parent.mkdir()
    code, out, err = run(
        "check", str(SAMPLE), "repo/b.yaml", "-f", "sarif", "--output", str(target), "--lang", "en"
    )
    assert code == 1 and err == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert out.splitlines() == [
        f"{SAMPLE}: 3 strength, 2 partial, 2 gap, 5 not described, 3 not applicable, 1 waived",
        "repo/b.yaml: 16 not described",
        f"report written to {target}",
    ]
    assert [p.name for p in target.parent.iterdir()] == ["report.sarif"]  # no temporary left


def test_output_of_a_databank_keeps_one_line_of_totals(tree: Path) -> None:
    """Past 20 files a line per file is a screenful nobody reads: the totals, then where."""
    for i in range(21):
        write(tree, f"many/m{i:02d}.yaml", MINIMAL)
    write(tree, "many/broken.yaml", INVALID)
    code, out, err = run("check", "repo/many", "-f", "json", "-o", "r.json", "--lang", "en")
    assert code == 2 and err.count("broken.yaml:") == 2
    assert out.splitlines() == [
        "21 files checked: 336 not described; 1 could not be checked",
        "report written to r.json",
    ]
    assert len(json.loads(Path("r.json").read_text(encoding="utf-8"))["results"]) == 22
    # Twenty files or fewer: a line each, as before.
    code, out, _ = run("check", *[f"repo/many/m{i:02d}.yaml" for i in range(20)], "-o", "r.json")
    assert len(out.splitlines()) == 21


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("r.sarif", '{\n  "$schema"'),
        ("r.json", '{\n  "tool"'),
        ("r.xml", "<?xml"),
        ("r.md", "## watwerkt"),
        ("r.txt", "Minimaal"),
    ],
)
def test_auto_format_follows_the_output_file_name(tree: Path, name: str, start: str) -> None:
    assert run("check", "repo/b.yaml", "-o", name)[0] == 0
    assert Path(name).read_text(encoding="utf-8").startswith(start)


def test_output_into_a_missing_folder_is_exit_2(tree: Path) -> None:
    code, out, err = run("check", "repo/b.yaml", "--output", "nowhere/r.json", "--lang", "en")
    assert (
        code == 2
        and out == ""
        and err == "nowhere/r.json: cannot be written: the folder nowhere does not exist\n"
    )
    code, _, err = run("check", "repo/b.yaml", "--output", "nowhere/r.json", "--lang", "nl")
    assert (code, err) == (2, "nowhere/r.json: kan niet geschreven worden: de map nowhere bestaat niet\n")
    code, _, err = run("check", "repo/b.yaml", "--write-baseline", "nowhere/b.yaml", "--lang", "en")
    assert (code, err) == (2, "nowhere/b.yaml: cannot be written: the folder nowhere does not exist\n")


def test_invalid_file_in_the_summary(tree: Path) -> None:
    write(tree, "bad.yaml", INVALID)
    code, out, _ = run("check", "repo/bad.yaml", "-o", "r.json", "--lang", "en")
    assert code == 2
    assert out.splitlines()[0] == "repo/bad.yaml: not checked, 2 problems found"
    assert json.loads(Path("r.json").read_text(encoding="utf-8"))["results"][0]["valid"] is False


def test_a_file_reached_by_a_link_or_named_twice_is_checked_once(tmp_path: Path) -> None:
    from wat_werkt.run.discovery import discover

    (tmp_path / "a.yaml").write_text("name: a\n", encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "a.yaml")
    found = discover(
        [
            str(tmp_path),
            str(tmp_path / "a.yaml"),
            str(tmp_path / "missing.yaml"),
            str(tmp_path / "sub" / ".." / "missing.yaml"),
        ]
    )
    # The link sorts after a.yaml, so a.yaml is kept; the missing file counts once too.
    assert [i.display for i in found.inputs] == [
        f"{tmp_path.as_posix()}/a.yaml",
        str(tmp_path / "missing.yaml"),
    ]
    # A linked folder leads to the same files; a hard link is a name of its own, as in git.
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").write_text("name: b\n", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "sub")
    os.link(tmp_path / "sub" / "b.yaml", tmp_path / "sub" / "hard.yaml")
    found = discover([str(tmp_path / "sub"), str(tmp_path / "linked"), str(tmp_path / "linked" / "b.yaml")])
    assert [i.display for i in found.inputs] == [
        f"{tmp_path.as_posix()}/sub/b.yaml",
        f"{tmp_path.as_posix()}/sub/hard.yaml",
    ]
