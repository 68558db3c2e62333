"""`watwerkt init`: the template checks as valid with nothing described, covers every field,
and never overwrites a file without --force."""

from __future__ import annotations

from pathlib import Path

import cihelp
import pytest

from wat_werkt import model
from wat_werkt.checker import check_path
from wat_werkt.factors import builtin_ids, load_builtin
from wat_werkt.fields import descriptions
from wat_werkt.template import render
from wat_werkt.yamlload import parse_text


def run(*args: str) -> tuple[int, str, str]:
    return cihelp.run(*args)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_template_round_trip(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "intervention.yaml"
    code, out, err = run("init", str(target), "--lang", lang)
    assert (code, err) == (0, "")
    assert str(target) in out
    default = check_path(target, load_builtin(), builtin_ids())
    assert default.valid, [p.text("en") for p in default.problems]
    assert {r.status for r in default.factors} == {"not_described"}
    assert len(default.factors) == 16
    tidier = check_path(target, load_builtin("tidier"), builtin_ids())
    assert tidier.valid
    # T01 (brief name) reads only the required name and summary, so it is always a strength.
    assert {r.factor.id: r.status for r in tidier.factors if r.status != "not_described"} == {"T01": "strength"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_template_has_every_field_and_its_description(lang: str) -> None:
    text = render(lang)
    doc, problems = parse_text(text)
    assert doc is not None and problems == []
    for path in model.FIELD_PATHS:
        parent = path.rsplit(".", 1)[0] if "." in path else None
        if parent and model.FIELD_PATHS[parent] == "items":
            assert f"#   {path.rsplit('.', 1)[1]}:" in text or f"# - {path.rsplit('.', 1)[1]}:" in text
        else:
            assert tuple(path.split(".")) in doc.locations()[1], path
        # The first words of the description stand in a comment (wrapping may split the rest).
        first = " ".join(descriptions()[path].get(lang).split()[:4])
        assert first in " ".join(line.lstrip("# ").strip() for line in text.splitlines()), path
    assert text.splitlines()[0] == "# yaml-language-server: $schema=intervention.schema.json"


def test_template_says_which_factors_a_field_feeds() -> None:
    text = render("en")
    assert "# The training practitioners get for this intervention. Feeds: G11, S03" in text


def test_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("name: Mijn werk\n", encoding="utf-8")
    code, out, err = run("init", str(target), "--lang", "en")
    assert (code, out) == (2, "")
    assert err == f"file exists: {target} (use --force to overwrite)\n"
    assert target.read_text(encoding="utf-8") == "name: Mijn werk\n"
    code, _, err = run("init", str(target), "--lang", "nl")
    assert code == 2 and err == f"bestand bestaat al: {target} (gebruik --force om te overschrijven)\n"


def test_force_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("old\n", encoding="utf-8")
    assert run("init", str(target), "--force", "--lang", "en")[0] == 0
    assert target.read_text(encoding="utf-8") == render("en", file=str(target))
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]  # no temporary file left


def test_missing_folder(tmp_path: Path) -> None:
    code, _, err = run("init", str(tmp_path / "nope" / "x.yaml"), "--lang", "en")
    assert code == 2 and err == f"folder does not exist: {tmp_path / 'nope'}\n"


def test_default_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init", "--lang", "en")[0] == 0
    assert (tmp_path / "intervention.yaml").is_file()


@pytest.mark.parametrize("name", ["Stevig Ouderschap", "Mijn: 'test' # niet: een \"commentaar\"", "Ouder & kind\nsamen", "- 1"])
def test_name_round_trips(tmp_path: Path, name: str) -> None:
    target = tmp_path / "x.yaml"
    assert run("init", str(target), "--name", name, "--lang", "en")[0] == 0
    result = check_path(target, load_builtin(), builtin_ids())
    assert result.valid and result.name == name


@pytest.mark.parametrize("name", ["", "TODO", " ... "])
def test_placeholder_name_is_refused(tmp_path: Path, name: str) -> None:
    code, _, err = run("init", str(tmp_path / "x.yaml"), "--name", name, "--lang", "en")
    assert code == 2 and "--name must be the name of the intervention" in err
    assert not (tmp_path / "x.yaml").exists()


def test_dash_prints_the_template() -> None:
    code, out, _ = run("init", "-", "--lang", "nl", "--name", "Proef")
    assert code == 0 and out == render("nl", "Proef")
