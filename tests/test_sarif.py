"""SARIF: valid against the OASIS schema, meets code scanning's rules, stable fingerprints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cihelp import INVALID, UNUSED_WAIVER, run, write
from conftest import EXAMPLES, SAMPLE, SCHEMAS

from wat_werkt import __version__

SCHEMA = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(*args: str) -> dict[str, Any]:
    code, out, _ = run("check", *args, "-f", "sarif", "--lang", "en")
    assert code in (0, 1, 2)
    data: dict[str, Any] = json.loads(out)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft4Validator)
    return data


def results(data: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = data["runs"][0]["results"]
    return found


def by_rule(data: dict[str, Any], file: str) -> dict[str, dict[str, Any]]:
    out = {}
    for result in results(data):
        if result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == file:
            out[result["ruleId"]] = result
    return out


def region(result: dict[str, Any]) -> tuple[int, int]:
    found = result["locations"][0]["physicalLocation"]["region"]
    return found["startLine"], found["startColumn"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with the examples, an invalid file and an unused waiver."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    shutil.copy(SAMPLE, tmp_path / "examples" / "sample.yaml")
    write(tmp_path, "examples/broken/invalid.yaml", INVALID)
    write(tmp_path, "examples/unused-waiver.yaml", UNUSED_WAIVER)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_examples_validate_and_meet_github_requirements(repo: Path) -> None:
    data = sarif("examples")
    assert data["$schema"].startswith("https://") and data["version"] == "2.1.0"
    driver = data["runs"][0]["tool"]["driver"]
    assert driver["name"] == "watwerkt" and driver["version"] == __version__
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == [f"G{i:02d}" for i in range(1, 12)] + [f"S{i:02d}" for i in range(1, 6)] + [
        "WW000",
        "WW001",
    ]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert len(results(data)) > 50
    for result in results(data):
        assert result["ruleId"] in rule_ids
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        # Relative to the working folder: what code scanning maps onto the repository.
        assert uri.startswith("examples/") and not Path(uri).is_absolute()
        assert (repo / uri).is_file()
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
        assert len(result["partialFingerprints"]["watwerkt/v2"]) >= 32


def test_levels_follow_the_statuses(repo: Path) -> None:
    data = json.loads(run("check", "examples/sample.yaml", "-f", "json", "--lang", "en")[1])
    statuses = {f["id"]: f["status"] for f in data["results"][0]["factors"]}
    found = by_rule(sarif("examples/sample.yaml"), "examples/sample.yaml")
    expected = {"gap": "error", "not_described": "warning", "partial": "note"}
    for factor_id, status in statuses.items():
        if status in expected:
            assert found[factor_id]["level"] == expected[status], factor_id
        else:  # strength, not applicable and waived are no finding (G10 is waived in sample)
            assert factor_id not in found, factor_id
    assert statuses["G10"] == "waived" and statuses["G11"] == "gap"


def test_message_carries_status_evidence_and_advice(repo: Path) -> None:
    found = by_rule(sarif("examples/sample.yaml"), "examples/sample.yaml")
    text = found["G11"]["message"]["text"]
    # Without the rule id in front: viewers show ruleId beside the message, and converters put
    # it in front themselves.
    assert text.startswith(
        "Training, supervision and stable staffing of practitioners (gap): practitioners.training"
    )
    assert "practitioners.training = false: not part of the intervention (line 26)" in text
    assert "Advice: Describe the education or training practitioners receive." in text
    # A factor not described says so once, in its headline, then names the fields.
    assert found["G08"]["message"]["text"].startswith(
        "Good relationship between practitioner and parent (not described): relationship.description. Advice:"
    )


def test_locations_point_at_the_deciding_value_or_nearest_key(repo: Path) -> None:
    found = by_rule(sarif("examples/sample.yaml"), "examples/sample.yaml")
    assert region(found["G11"]) == (26, 13)  # practitioners.training: false
    assert region(found["S04"]) == (22, 15)  # approach.techniques: [...]
    assert region(found["G03"]) == (15, 1)  # duration.rationale missing: the duration key
    assert region(found["G05"]) == (23, 16)  # approach.empowerment: false
    assert region(found["G08"]) == (
        2,
        1,
    )  # relationship missing altogether: the root mapping, after the comment


def test_invalid_file_and_unused_waiver(repo: Path) -> None:
    data = sarif("examples")
    invalid = [r for r in results(data) if r["ruleId"] == "WW000"]
    assert [(r["level"], region(r)) for r in invalid] == [("error", (4, 11)), ("error", (5, 1))]
    assert invalid[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "examples/broken/invalid.yaml"
    )
    assert "unknown value 'grup'" in invalid[0]["message"]["text"]
    unused = by_rule(data, "examples/unused-waiver.yaml")
    assert unused["WW001"]["level"] == "note" and region(unused["WW001"]) == (8, 5)
    assert "G01" not in unused and "G02" not in unused  # waived factors are no finding


def test_output_is_deterministic(repo: Path) -> None:
    first = run("check", "examples", "-f", "sarif")[1]
    assert first == run("check", "examples", "-f", "sarif")[1]


def test_fingerprints_survive_line_shifts(repo: Path) -> None:
    before = by_rule(sarif("examples/sample.yaml"), "examples/sample.yaml")
    sample = repo / "examples" / "sample.yaml"
    sample.write_text("\n" + sample.read_text(encoding="utf-8"), encoding="utf-8")
    after = by_rule(sarif("examples/sample.yaml"), "examples/sample.yaml")
    assert set(before) == set(after)
    for rule_id in before:
        assert region(after[rule_id])[0] == region(before[rule_id])[0] + 1 or region(before[rule_id]) == (
            1,
            1,
        )
        assert after[rule_id]["partialFingerprints"] == before[rule_id]["partialFingerprints"]
    prints = [r["partialFingerprints"]["watwerkt/v2"] for r in after.values()]
    assert len(set(prints)) == len(prints)


def test_fingerprints_differ_per_file(repo: Path) -> None:
    shutil.copy(repo / "examples" / "sample.yaml", repo / "examples" / "copy.yaml")
    data = sarif("examples/sample.yaml", "examples/copy.yaml")
    prints = [r["partialFingerprints"]["watwerkt/v2"] for r in results(data)]
    assert len(set(prints)) == len(prints)


def test_paths_with_spaces_are_uri_encoded(repo: Path) -> None:
    write(repo, "with space/a#b.yaml", INVALID)
    data = sarif("with space")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results(data)}
    assert uris == {"with%20space/a%23b.yaml"}


def test_invalid_file_fingerprints_survive_line_shifts(repo: Path) -> None:
    bad = write(repo, "dup.yaml", "name: X\nsummary: Y\nname: Z\nfoo: 1\nfoo: 2\n")
    before = [r for r in results(sarif("dup.yaml")) if r["ruleId"] == "WW000"]
    bad.write_text("\n\n" + bad.read_text(encoding="utf-8"), encoding="utf-8")
    after = [r for r in results(sarif("dup.yaml")) if r["ruleId"] == "WW000"]
    assert [region(r)[0] + 2 for r in before] == [region(r)[0] for r in after]
    assert "first at line 3" in after[0]["message"]["text"]  # the message moved with the lines,
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    prints = [r["partialFingerprints"]["watwerkt/v2"] for r in after]
    assert len(set(prints)) == len(prints)  # the fingerprints did not


def test_no_message_starts_with_its_rule_id(repo: Path) -> None:
    found = results(sarif("examples"))
    assert {r["ruleId"] for r in found} >= {"WW000", "WW001", "G11"}
    for result in found:
        assert not result["message"]["text"].startswith(result["ruleId"]), result["message"]["text"]


def test_every_rule_has_a_help_uri(repo: Path) -> None:
    rules = sarif("examples")["runs"][0]["tool"]["driver"]["rules"]
    uris = {rule["id"]: rule["helpUri"] for rule in rules}
    assert len(uris) == len(rules)
    # A factor's help is its source; watwerkt's own rules point at watwerkt's page.
    nji = "https://www.nji.nl/opvoeden-en-opgroeien/wat-werkt-bij-opvoedingsondersteuning"
    assert {uris[f"G{i:02d}"] for i in range(1, 12)} == {nji}
    assert uris["WW000"] == uris["WW001"] == f"https://pypi.org/project/watwerkt/{__version__}/"
    tidier = sarif("examples/sample.yaml", "--set", "tidier")["runs"][0]["tool"]["driver"]["rules"]
    assert tidier[0]["helpUri"] == "https://doi.org/10.1136/bmj.g1687"


def test_a_factor_set_without_a_web_address_points_at_watwerkt(repo: Path) -> None:
    from wat_werkt.renderers.report.sarif import TOOL_URL, help_uri

    assert help_uri((("document", "x"),), (("url", "javascript:alert(1)"),)) == TOOL_URL
    assert help_uri((("url", "https://a.example/x y"),), ()) == TOOL_URL  # not one address
    assert help_uri((), (("url", "http://a.example/set"),)) == "http://a.example/set"


def _locations(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]): r
        for r in results(data)
    }


def test_paths_and_fingerprints_are_anchored_at_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)  # what makes a folder a git checkout's top
    shutil.copy(SAMPLE, write(checkout, "data/interventions/sample.yaml", "").parent / "sample.yaml")
    write(checkout, "data/interventions/invalid.yaml", INVALID)
    monkeypatch.chdir(checkout)
    from_top = sarif("data/interventions")
    monkeypatch.chdir(checkout / "data")  # a workflow's working-directory: data
    from_data = sarif("interventions")
    monkeypatch.chdir(checkout / "data" / "interventions")
    from_inside = sarif(".")
    top = _locations(from_top)
    assert ("data/interventions/sample.yaml", "G11") in top
    assert ("data/interventions/invalid.yaml", "WW000") in top
    for other in (from_data, from_inside):
        assert _locations(other).keys() == top.keys()
        for key, result in _locations(other).items():
            assert result["partialFingerprints"] == top[key]["partialFingerprints"], key
            assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    run_ = from_inside["runs"][0]
    assert list(run_["originalUriBaseIds"]) == ["%SRCROOT%"]
    assert "uri" not in run_["originalUriBaseIds"]["%SRCROOT%"]  # no absolute path of one machine
    # --root names another root; outside a checkout the working folder is the root.
    rooted = _locations(sarif(".", "--root", str(checkout / "data")))
    assert ("interventions/sample.yaml", "G11") in rooted
    (checkout / ".git").rmdir()
    from wat_werkt.run.discovery import repository_root

    if repository_root(tmp_path) is None:  # a temporary folder inside a checkout has a root
        assert ("sample.yaml", "G11") in _locations(sarif("."))


def test_a_file_outside_the_root_is_an_absolute_file_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`../../x.yaml` would name a file inside the repository to code scanning: a file outside
    the root is an absolute `file://` URI, without uriBaseId (SARIF 2.1.0, 3.4.4)."""
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    shutil.copy(SAMPLE, write(checkout, "in.yaml", "").parent / "in.yaml")
    shutil.copy(SAMPLE, write(tmp_path, "elders/met spatie.yaml", "").parent / "met spatie.yaml")
    monkeypatch.chdir(checkout)
    data = sarif("in.yaml", "../elders/met spatie.yaml")
    places = {
        json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"], sort_keys=True)
        for r in results(data)
    }
    outside = (tmp_path / "elders" / "met spatie.yaml").as_posix().replace(" ", "%20")
    assert places == {
        json.dumps({"uri": "in.yaml", "uriBaseId": "%SRCROOT%"}, sort_keys=True),
        json.dumps({"uri": f"file://{outside}"}, sort_keys=True),
    }


def test_a_root_that_is_no_folder_is_a_wrong_command_line(repo: Path) -> None:
    code, _, err = run("check", "examples", "-f", "sarif", "--root", "nowhere")
    assert code == 2 and "'--root'" in err


def test_a_value_from_a_file_cannot_become_a_link_in_a_message(repo: Path) -> None:
    """SARIF reads `[text](target)` in a message as an embedded link (3.11.6): a literal bracket
    is escaped with a backslash, as the standard asks (a hostile-input attack)."""
    write(
        repo,
        "phish.yaml",
        "name: X\nsummary: Y\npractitioners:\n  training: false\n  supervision: '[click me](https://evil.example/phish)'\n",
    )
    found = by_rule(sarif("phish.yaml"), "phish.yaml")
    text = found["G11"]["message"]["text"]
    assert "\\[click me\\](https://evil.example/phish)" in text
    assert "[click me](" not in text.replace("\\[click me\\](", "")
