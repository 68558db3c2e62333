"""Loading a factor set names the culprit: file, line, column, and a suggestion."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wat_werkt.factors import FactorSet, FactorSetError, load_set


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
    assert [f.id for f in builtin.factors] == [f"G{i:02d}" for i in range(1, 12)] + [f"S{i:02d}" for i in range(1, 6)]


def test_unknown_path_with_suggestion(builtin: FactorSet, tmp_path: Path) -> None:
    target, lines = broken_set(builtin, tmp_path, "described: practitioners.training", "described: practitioners.trainig")
    line = line_of(target, "practitioners.trainig")
    assert lines == [f"{target}:{line}:18: path 'practitioners.trainig' does not exist in the intervention format "
                     "(did you mean 'practitioners.training'?)"]


def test_unknown_operator_with_suggestion(builtin: FactorSet, tmp_path: Path) -> None:
    target, lines = broken_set(builtin, tmp_path, "  described: practitioners.training", "  describd: practitioners.training")
    line = line_of(target, "describd")
    assert lines == [f"{target}:{line}:7: unknown operator 'describd' (did you mean 'described'?)"]


def test_missing_translation(builtin: FactorSet, tmp_path: Path) -> None:
    target, lines = broken_set(builtin, tmp_path, "  en: Trained home visitors\n", "")
    assert lines == [f"{target}:{line_of(target, 'title:') + 1}:3: 'title' needs both nl and en texts"]


# -- the snapshot of a built-in set (factor_snapshot.py) ---------------------------------------

from wat_werkt import factor_snapshot  # noqa: E402
from wat_werkt.factors import builtin_folder, builtin_sets, snapshot_text  # noqa: E402


@pytest.mark.parametrize("name", builtin_sets())
def test_the_snapshot_of_each_builtin_set_is_current_and_used(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # To refresh after editing a built-in set: python -m wat_werkt.factor_snapshot
    folder = builtin_folder(name)
    assert (folder / factor_snapshot.NAME).read_text(encoding="utf-8") == snapshot_text(folder)
    used: list[bool] = []
    real = factor_snapshot.matching
    monkeypatch.setattr(factor_snapshot, "matching", lambda *a: used.append(real(*a) is not None) or real(*a))
    assert load_set(folder) == load_set(folder, use_snapshot=False)
    assert used == [True]


def test_an_edited_set_is_read_from_its_yaml(builtin: FactorSet, tmp_path: Path) -> None:
    # The snapshot copied along no longer matches: the edit counts, and problems have lines.
    target, lines = broken_set(builtin, tmp_path, "kind: specific", "kind: specifc")
    assert lines == [f"{target}:{line_of(target, 'kind: specifc')}:7: unknown value 'specifc' for 'kind'; "
                     "allowed: general, specific (did you mean 'specific'?)"]
    folder = tmp_path / "set"
    target.write_text(target.read_text(encoding="utf-8").replace("kind: specifc", "kind: specific"), encoding="utf-8")
    title = next(folder.rglob("G01-*.yaml"))
    title.write_text(title.read_text(encoding="utf-8").replace("Structured and standardised curriculum",
                                                               "A curriculum", 1), encoding="utf-8")
    assert load_set(folder).factors[0].title.en == "A curriculum"


def test_a_snapshot_that_lies_is_caught_by_the_check(builtin: FactorSet, tmp_path: Path) -> None:
    """Data from a snapshot goes through the same checks as data from YAML; if it fails them,
    the YAML is read instead (which here is fine), so a damaged snapshot never changes a result."""
    folder = tmp_path / "set"
    shutil.copytree(builtin.folder, folder)
    stored = factor_snapshot.NAME
    text = (folder / stored).read_text(encoding="utf-8")
    damaged = text.replace('"kind": "specific"', '"kind": "other"', 1)
    assert damaged != text
    (folder / stored).write_text(damaged, encoding="utf-8")
    assert load_set(folder) == load_set(folder, use_snapshot=False)
