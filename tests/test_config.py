"""Configuration files: where they are found, what they set, flags win, errors name the culprit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cihelp import MINIMAL, run, write
from conftest import ROOT, SAMPLE

from wat_werkt.run.config import find_config

ENV = {"WATWERKT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "minimal.yaml", MINIMAL)
    write(tmp_path, "sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    return run("check", *args, env={**ENV, **(env or {})})


# -- finding the file ----------------------------------------------------------------------------


def test_nearest_file_wins_and_yaml_beats_pyproject_in_one_folder(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.watwerkt]\nfail_on = 'partial'\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path, "a/pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.watwerkt]: skipped
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path, "a/.watwerkt.yaml", "fail_on: gap\n")
    assert find_config(deep) == tmp_path / "a" / ".watwerkt.yaml"
    write(tmp_path, "a/pyproject.toml", "[tool.watwerkt]\nfail_on = 'gap'\n")
    assert find_config(deep) == tmp_path / "a" / ".watwerkt.yaml"


# -- what it sets, and flags winning ---------------------------------------------------------------


@pytest.mark.parametrize(
    "config",
    [
        ("pyproject.toml", "[tool.watwerkt]\nfail_on = 'not_described'\n"),
        (".watwerkt.yaml", "fail_on: not_described\n"),
    ],
)
def test_fail_on_from_config_and_flag_wins(project: Path, config: tuple[str, str]) -> None:
    assert check("minimal.yaml")[0] == 0
    write(project, *config)
    assert check("minimal.yaml")[0] == 1
    assert check("minimal.yaml", "--fail-on", "gap")[0] == 0


def test_format_from_config_and_flag_wins(project: Path) -> None:
    write(project, ".watwerkt.yaml", "format: json\n")
    assert json.loads(check("minimal.yaml")[1])["results"][0]["file"] == "minimal.yaml"
    assert check("minimal.yaml", "-f", "table")[1].startswith("Minimaal")


def test_lang_flag_then_environment_then_config_then_locale(project: Path) -> None:
    write(project, ".watwerkt.yaml", "lang: nl\n")
    assert "Samenvatting:" in check("minimal.yaml")[1]
    assert "Summary:" in check("minimal.yaml", "--lang", "en")[1]
    assert "Summary:" in check("minimal.yaml", env={"WATWERKT_LANG": "en"})[1]
    assert "Samenvatting:" in check("minimal.yaml", env={"LANG": "en_US.UTF-8"})[1]


def test_exclude_from_config_is_relative_to_its_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project, "pyproject.toml", "[tool.watwerkt]\nexclude = ['drafts/*']\nformat = 'json'\n")
    write(project, "drafts/wip.yaml", "not: [valid")
    write(project, "sub/drafts/kept.yaml", MINIMAL)
    code, out, _ = check(".", "--fail-on", "never")
    assert code == 0
    assert [r["file"] for r in json.loads(out)["results"]] == [
        "minimal.yaml",
        "sample.yaml",
        "sub/drafts/kept.yaml",
    ]
    # From a subfolder the same file is excluded: the pattern is anchored at the config file.
    monkeypatch.chdir(project / "sub")
    assert json.loads(check("../drafts/wip.yaml", "--fail-on", "never")[1])["results"] == []
    # --exclude adds to the config's patterns.
    assert check(".", "--exclude", "kept.yaml", "--fail-on", "never")[0] == 2  # nothing left


def test_factors_folder_relative_to_the_config_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    custom = project / "sets" / "eigen"
    shutil.copytree(ROOT / "factors" / "opvoedingsondersteuning", custom)
    set_file = custom / "set.yaml"
    set_file.write_text(
        set_file.read_text(encoding="utf-8").replace("id: opvoedingsondersteuning", "id: eigen"),
        encoding="utf-8",
    )
    write(project, ".watwerkt.yaml", "factors: sets/eigen\nformat: json\n")
    (project / "deep").mkdir()
    monkeypatch.chdir(project / "deep")
    assert json.loads(check("../minimal.yaml")[1])["factor_set"]["id"] == "eigen"
    # A --set on the command line wins over the config's factors.
    out = check("../minimal.yaml", "--set", "opvoedingsondersteuning")[1]
    assert json.loads(out)["factor_set"]["id"] == "opvoedingsondersteuning"


def test_no_config_and_explicit_config(project: Path) -> None:
    write(project, ".watwerkt.yaml", "fail_on: not_described\n")
    write(project, "strict.yaml", "fail_on: partial\nformat: json\n")
    assert check("minimal.yaml", "--no-config")[0] == 0
    code, out, _ = check("sample.yaml", "--config", "strict.yaml")
    assert code == 1 and out.startswith("{")
    code, _, err = check("minimal.yaml", "--config", "missing.yaml")
    assert code == 2 and err == "missing.yaml: no such file or folder\n"


def test_empty_config_sets_nothing(project: Path) -> None:
    write(project, ".watwerkt.yaml", "# nothing yet\n")
    assert check("minimal.yaml")[0] == 0


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            ".watwerkt.yaml",
            "lang: en\nfail-on: gap\n",
            (
                ".watwerkt.yaml:2:1: unknown option 'fail-on'; options: fail_on, lang, format, "
                "exclude, factors, set, max_bytes, max_depth, max_nodes, select, ignore, per_file_ignores, baseline (did you mean 'fail_on'?)"
            ),
        ),
        (
            "pyproject.toml",
            "[project]\nname = 'x'\n\n[tool.watwerkt]\nlang = 'en'\n  formaat = 'json'\n",
            (
                "pyproject.toml:6:3: unknown option 'formaat'; options: fail_on, lang, format, "
                "exclude, factors, set, max_bytes, max_depth, max_nodes, select, ignore, per_file_ignores, baseline (did you mean 'format'?)"
            ),
        ),
        (
            "pyproject.toml",
            "[tool.watwerkt]\nfail_on = 'gapp'\n",
            (
                "pyproject.toml:2:11: unknown value 'gapp' for 'fail_on'; allowed: partial, "
                "not_described, gap, never (did you mean 'gap'?)"
            ),
        ),
        (
            ".watwerkt.yaml",
            "format: sarif\nlang: fr\n",
            ".watwerkt.yaml:2:7: unknown value 'fr' for 'lang'; allowed: en, nl",
        ),
        (
            ".watwerkt.yaml",
            "exclude: {a: 1}\n",
            ".watwerkt.yaml:1:10: 'exclude' should be text or a list of texts, found a mapping",
        ),
        (
            ".watwerkt.yaml",
            "factors: nope\n",
            ".watwerkt.yaml:1:10: 'factors': folder does not exist: nope (relative to this file)",
        ),
        (
            ".watwerkt.yaml",
            "lang: en\nfactors: /dev\n",
            ".watwerkt.yaml:2:10: 'factors': not a factor set: no set.yaml in /dev",
        ),
        (
            ".watwerkt.yaml",
            "set: opvoedingsondersteunin\n",
            (
                ".watwerkt.yaml:1:6: unknown value 'opvoedingsondersteunin' for 'set'; allowed: "
                "opvoedingsondersteuning, tidier (did you mean 'opvoedingsondersteuning'?)"
            ),
        ),
        (
            "pyproject.toml",
            "[tool.watwerkt]\nfail_on = \n",
            "pyproject.toml:2:11: invalid TOML: Invalid value",
        ),
        (
            ".watwerkt.yaml",
            "- a\n- b\n",
            (
                ".watwerkt.yaml:1:1: the configuration should be a mapping of options "
                "(fail_on: gap, ...), found a list"
            ),
        ),
        (
            ".watwerkt.yaml",
            "lang: [en\n",
            ".watwerkt.yaml:2:1: invalid YAML: the list in brackets from line 1, column 7 is not closed",
        ),
    ],
)
def test_bad_config_names_file_line_and_key(project: Path, name: str, text: str, expected: str) -> None:
    write(project, name, text)
    code, out, err = check("minimal.yaml", "--lang", "en")
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith(expected)  # libyaml words the YAML error


def test_every_problem_of_a_config_at_once(project: Path) -> None:
    write(project, ".watwerkt.yaml", "lang: xx\nfoo: 1\nfail_on: 3\n")
    code, _, err = check("minimal.yaml", "--lang", "nl")
    assert code == 2
    assert err.splitlines() == [
        ".watwerkt.yaml:1:7: onbekende waarde 'xx' voor 'lang'; toegestaan: en, nl",
        (
            ".watwerkt.yaml:2:1: onbekende optie 'foo'; "
            "opties: fail_on, lang, format, exclude, factors, set, max_bytes, max_depth, max_nodes, select, "
            "ignore, per_file_ignores, baseline"
        ),
        ".watwerkt.yaml:3:10: 'fail_on' moet tekst zijn, gevonden: een geheel getal",
    ]


def test_broken_pyproject_without_watwerkt_is_not_our_business(project: Path) -> None:
    write(project, "pyproject.toml", "[project\nname = \n")
    assert check("minimal.yaml")[0] == 0


def test_other_commands_take_language_and_set_from_the_config(project: Path) -> None:
    write(project, ".watwerkt.yaml", "set: tidier\nlang: nl\n")
    code, out, _ = run("explain", "minimal.yaml", "T01")
    assert code == 0 and out.startswith("T01  Naam")
    code, out, _ = run("compare", "minimal.yaml", "-f", "json")
    assert code == 0 and json.loads(out)["factor_set"]["id"] == "tidier"
    code, out, _ = run("factors", "--lang", "en", "--set", "opvoedingsondersteuning")
    assert code == 0 and "What works in parenting support" in out  # flags still win


def test_excluding_every_named_file_says_so(project: Path) -> None:
    code, out, err = check("minimal.yaml", "--exclude", "minimal.yaml", "-f", "json", "--lang", "en")
    assert (code, json.loads(out)["results"]) == (0, [])
    assert err == "nothing to check: every file named is excluded (--exclude or the configuration)\n"


@pytest.mark.parametrize(
    ("text", "is_config"),
    [
        (
            '[project]\nname = "x"\ndependencies = [\n  "watwerkt>=1",\n]\n[project.scripts]\nwatwerkt = "w:main"\n',
            False,
        ),
        ('[tool.ruff]\nextend-exclude = ["watwerkt"]\n', False),
        ("[project]\nname = 'y'\n", False),
        ('[tool.watwerkt]\nlang = "nl"\n', True),
        ('tool.watwerkt.lang = "nl"\n', True),
        ('[project]\nname = "x"\n[tool]\nwatwerkt = { lang = "nl" }\n', True),
        ('["\\u0074ool"]\nwatwerkt = { lang = "nl" }\n', True),
    ],
)
def test_a_pyproject_is_a_config_only_when_it_has_a_watwerkt_table(
    tmp_path: Path, text: str, is_config: bool
) -> None:
    """A project that only names watwerkt (a dependency, a script) is not configured by it."""
    write(tmp_path, "pyproject.toml", text)
    assert (find_config(tmp_path) is not None) is is_config


def test_a_pyproject_with_an_array_of_tool_tables_is_not_a_config(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[[tool]]\nwatwerkt = { lang = 'nl' }\n")  # used to crash
    assert find_config(tmp_path) is None
