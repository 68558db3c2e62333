"""Files watwerkt writes are written whole or not at all, and never clobbered by surprise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wat_werkt.run.output import WriteError, atomic_write


def test_writes_and_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    atomic_write(target, "one")
    atomic_write(target, "two")
    assert target.read_text(encoding="utf-8") == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left behind


def test_refuses_existing_file_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "intervention.yaml"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(WriteError) as caught:
        atomic_write(target, "template", overwrite=False)
    assert caught.value.text("en") == f"file exists: {target} (use --force to overwrite)"
    assert caught.value.text("nl").startswith("bestand bestaat al")
    assert target.read_text(encoding="utf-8") == "mine"


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        atomic_write(tmp_path / "nope" / "out.json", "x")
    assert caught.value.text("en") == (
        f"{tmp_path / 'nope' / 'out.json'}: cannot be written: the folder {tmp_path / 'nope'} does not exist"
    )


def test_target_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        atomic_write(tmp_path, "x")
    assert caught.value.code == "write_is_folder"


def test_failure_half_way_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteError) as caught:
        atomic_write(target, "new")
    assert caught.value.text("en") == f"cannot write {target}: No space left on device"
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError) as caught:
            atomic_write(folder / "out.json", "x")
        assert caught.value.code == "write_no_new_file"
        assert caught.value.text("en").startswith(
            f"cannot write {folder / 'out.json'}: no new file can be made in {folder} ("
        )
    finally:
        folder.chmod(0o700)
