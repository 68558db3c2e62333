"""Loading a factor set names the culprit: file, line, column, and a suggestion."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wat_werkt.factorset.load import FactorSet, FactorSetError, load_set


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def broken_set(builtin: FactorSet, tmp_path: Path, old: str, new: str) -> tuple[Path, list[str]]:
    folder = tmp_path / "set"
    shutil.copytree(builtin.folder, folder)
    target = next(folder.rglob("S03-*.yaml"))
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FactorSetError) as caught:
        load_set(folder)
    return target, [p.line_for(f, "en") for f, p in caught.value.problems]


def test_builtin_set_loads(builtin: FactorSet) -> None:
    assert [f.id for f in builtin.factors] == [f"G{i:02d}" for i in range(1, 12)] + [
        f"S{i:02d}" for i in range(1, 6)
    ]


def test_unknown_path_with_suggestion(builtin: FactorSet, tmp_path: Path) -> None:
    target, lines = broken_set(
        builtin, tmp_path, "described: practitioners.training", "described: practitioners.trainig"
    )
    line = line_of(target, "practitioners.trainig")
    assert lines == [
        f"{target}:{line}:18: path 'practitioners.trainig' does not exist in the intervention format "
        "(did you mean 'practitioners.training'?)"
    ]


def test_unknown_operator_with_suggestion(builtin: FactorSet, tmp_path: Path) -> None:
    target, lines = broken_set(
        builtin, tmp_path, "  described: practitioners.training", "  describd: practitioners.training"
    )
    line = line_of(target, "describd")
    assert lines == [f"{target}:{line}:7: unknown operator 'describd' (did you mean 'described'?)"]


def test_missing_translation(builtin: FactorSet, tmp_path: Path) -> None:
    target, lines = broken_set(builtin, tmp_path, "  en: Trained home visitors\n", "")
    assert lines == [f"{target}:{line_of(target, 'title:') + 1}:3: 'title' needs both nl and en texts"]
