"""`watwerkt init`: the template cannot pass unfilled, checks as valid with nothing described once
name and summary are filled in, covers every field, and never overwrites a file without --force."""

from __future__ import annotations

import shlex
from pathlib import Path

import cihelp
import pytest

from wat_werkt.document.yamlload import parse_text
from wat_werkt.factorset.load import builtin_ids, load_builtin
from wat_werkt.format import model
from wat_werkt.format.fields import descriptions
from wat_werkt.format.template import render
from wat_werkt.run.checker import check_path


def run(*args: str) -> tuple[int, str, str]:
    return cihelp.run(*args)


FILL_IN = {
    "en": [
        "{file}:{name}:7: 'name' is not filled in yet: write the name of the intervention",
        "{file}:{summary}:10: 'summary' is not filled in yet: describe in one or two sentences what the intervention "
        "is, for whom and what it aims at",
    ],
    "nl": [
        "{file}:{name}:7: 'name' is nog niet ingevuld: schrijf de naam van de interventie",
        "{file}:{summary}:10: 'summary' is nog niet ingevuld: beschrijf in een of twee zinnen wat de interventie is, "
        "voor wie en waarop ze gericht is",
    ],
}


def _lines(path: Path) -> dict[str, int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        key: next(i for i, line in enumerate(lines, 1) if line.startswith(f"{key}: "))
        for key in ("name", "summary")
    }


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_template_cannot_pass_unfilled(tmp_path: Path, lang: str) -> None:
    # name and summary are placeholders that say what to write: `init && check` fails (exit 2)
    # with a message that says what to fill in, in the language of the run.
    target = tmp_path / "intervention.yaml"
    code, out, err = run("init", str(target), "--lang", lang)
    assert (code, err) == (0, "")
    assert str(target) in out
    code, _, err = run("check", str(target), "--lang", lang, "-f", "json")
    assert (code, err.splitlines()) == (
        2,
        [line.format(file=target, **_lines(target)) for line in FILL_IN[lang]],
    )
    # --name fills in the name; the summary is still to be written.
    named = tmp_path / "named.yaml"
    assert run("init", str(named), "--lang", lang, "--name", "Samen Sterk Thuis")[0] == 0
    code, _, err = run("check", str(named), "--lang", lang, "-f", "json")
    assert (code, err) == (2, FILL_IN[lang][1].format(file=named, **_lines(named)) + "\n")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_template_round_trip(tmp_path: Path, lang: str) -> None:
    # Filled in, the template checks as valid, with every working factor not described.
    target = tmp_path / "intervention.yaml"
    assert run("init", str(target), "--lang", lang, "--name", "Samen Sterk Thuis")[0] == 0
    text = target.read_text(encoding="utf-8")
    summary = next(line for line in text.splitlines() if line.startswith("summary: TODO"))
    target.write_text(
        text.replace(summary, "summary: Huisbezoeken voor ouders van een eerste kind."), encoding="utf-8"
    )
    default = check_path(target, load_builtin(), builtin_ids())
    assert default.valid, [p.text("en") for p in default.problems]
    assert {r.status for r in default.factors} == {"not_described"}
    assert len(default.factors) == 16
    tidier = check_path(target, load_builtin("tidier"), builtin_ids())
    assert tidier.valid
    # T01 (brief name) reads only the required name and summary, so it is always a strength.
    assert {r.factor.id: r.status for r in tidier.factors if r.status != "not_described"} == {
        "T01": "strength"
    }


@pytest.mark.parametrize(
    ("file", "schema"),
    [
        ("intervention.yaml", "intervention.schema.json"),
        ("beschrijvingen/huisbezoek.yaml", "beschrijvingen/intervention.schema.json"),
        ("mijn map/x.yaml", "'mijn map/intervention.schema.json'"),
    ],
)
def test_the_modeline_and_the_schema_hint_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, schema: str
) -> None:
    # The modeline's path is relative to the description; the hint writes the schema there.
    monkeypatch.chdir(tmp_path)
    (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
    assert run("init", file, "--lang", "en")[0] == 0
    text = (tmp_path / file).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=intervention.schema.json"
    flat = " ".join(line.removeprefix("# ") for line in text.splitlines() if line.startswith("# "))
    assert f"watwerkt schema --output {schema} " in flat
    code, _, err = cihelp.run(*shlex.split(f"schema --output {schema}"))
    assert (code, err) == (0, "")
    assert ((tmp_path / file).parent / "intervention.schema.json").is_file()


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
    assert code == 2 and err == (
        f"{tmp_path / 'nope' / 'x.yaml'}: cannot be written: the folder {tmp_path / 'nope'} does not exist\n"
    )


def test_default_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init", "--lang", "en")[0] == 0
    assert (tmp_path / "intervention.yaml").is_file()


@pytest.mark.parametrize(
    "name", ["Stevig Ouderschap", "Mijn: 'test' # niet: een \"commentaar\"", "Ouder & kind\nsamen", "- 1"]
)
def test_name_round_trips(tmp_path: Path, name: str) -> None:
    target = tmp_path / "x.yaml"
    assert run("init", str(target), "--name", name, "--lang", "en")[0] == 0
    result = check_path(target, load_builtin(), builtin_ids())
    # The name is filled in; only the summary is still to be written.
    assert [p.code for p in result.problems] == ["fill_in_summary"] and result.name == name


@pytest.mark.parametrize("name", ["", "TODO", " ... "])
def test_placeholder_name_is_refused(tmp_path: Path, name: str) -> None:
    code, _, err = run("init", str(tmp_path / "x.yaml"), "--name", name, "--lang", "en")
    assert code == 2 and "--name must be the name of the intervention" in err
    assert not (tmp_path / "x.yaml").exists()


def test_dash_prints_the_template() -> None:
    code, out, _ = run("init", "-", "--lang", "nl", "--name", "Proef")
    assert code == 0 and out == render("nl", "Proef")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_templates_name_and_summary_are_placeholders_to_the_loader_and_the_schema(lang: str) -> None:
    import re

    from wat_werkt.format import schema
    from wat_werkt.format.shape import is_placeholder
    from wat_werkt.messages import message

    for code in ("template_name", "template_summary"):
        text = message(code, lang)
        assert is_placeholder(text) and re.search(schema.PLACEHOLDER_PATTERN, text), text
