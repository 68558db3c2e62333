"""renderers.spool.SortedTexts: findings kept on disk, given back sorted by key, stably."""

from __future__ import annotations

import tempfile

import pytest

from wat_werkt.renderers.spool import SortedTexts


def test_texts_come_back_sorted_by_key_and_stable_for_equal_keys() -> None:
    spool = SortedTexts()
    for key, text in [
        ((1, "b.yaml", 3), "b3"),
        ((0, "z.yaml", 9), "z9"),
        ((1, "a.yaml", 1), "a1"),
        ((1, "b.yaml", 3), "b3 again"),
    ]:
        spool.add(key, text)
    assert len(spool) == 4
    assert list(spool.texts()) == ["z9", "a1", "b3", "b3 again"]
    assert spool.sorted_keys() == [(0, "z.yaml", 9), (1, "a.yaml", 1), (1, "b.yaml", 3), (1, "b.yaml", 3)]
    spool.add((0, "a.yaml", 1), "added after reading")  # sorted again when asked
    assert next(iter(spool.texts())) == "added after reading"


def test_a_name_that_is_not_utf8_comes_back_as_it_was() -> None:
    spool = SortedTexts()
    spool.add((0,), "caf\udce9.yaml: ✘ gap")
    assert list(spool.texts()) == ["caf\udce9.yaml: ✘ gap"]


def test_without_a_temporary_folder_the_texts_stay_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    spool = SortedTexts()
    spool.add((2,), "second")
    spool.add((1,), "first")
    assert list(spool.texts()) == ["first", "second"]


def test_close_lets_the_temporary_file_go_and_starts_again() -> None:
    spool = SortedTexts()
    spool.add((1,), "one")
    file = spool._file
    spool.close()
    assert file.closed and len(spool) == 0 and list(spool.texts()) == []
    spool.add((2,), "two")
    assert list(spool.texts()) == ["two"]
    spool.close()
