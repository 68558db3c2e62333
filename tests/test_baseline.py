"""The baseline: --write-baseline records the findings, --baseline accepts them, keyed by file,
factor and status so that moved lines do not matter; fixed and stale entries are said."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cihelp import INVALID, MINIMAL, run, write
from conftest import SAMPLE

ENV = {"WATWERKT_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}
BASELINE = ".watwerkt-baseline"


def check(*args: str, lang: str = "en") -> tuple[int, str, str]:
    return run("check", *args, "--lang", lang, env=ENV)


@pytest.fixture
def databank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "interventions/a-sample.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(tmp_path, "interventions/b-minimal.yaml", MINIMAL)
    monkeypatch.chdir(tmp_path)
    return tmp_path


SAMPLE_ENTRIES = """\
  interventions/a-sample.yaml:
    G03: partial
    G04: not_described
    G05: gap
    G06: not_described
    G07: not_described
    G08: not_described
    G09: not_described
    G11: gap
    S04: partial
"""


def test_write_records_every_finding_sorted(databank: Path) -> None:
    code, out, err = check("interventions", "--write-baseline", BASELINE)
    assert (code, err) == (0, "")  # a new baseline accepts everything the run found
    assert out == f"baseline written to {BASELINE}: 25 findings in 2 files\n"
    text = (databank / BASELINE).read_text(encoding="utf-8")
    minimal = "".join(
        f"    {f}: not_described\n"
        for f in [f"G{i:02d}" for i in range(1, 12)] + ["S01", "S02", "S03", "S04", "S05"]
    )
    assert text == (
        "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n"
        + SAMPLE_ENTRIES
        + "  interventions/b-minimal.yaml:\n"
        + minimal
    )
    # Written again from the same files: the same bytes.
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    assert (databank / BASELINE).read_text(encoding="utf-8") == text


def test_against_the_baseline_only_new_findings_fail(databank: Path) -> None:
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    assert check("interventions", "--fail-on", "partial")[0] == 1
    code, out, err = check("interventions", "--baseline", BASELINE, "--fail-on", "partial", "-q")
    assert (code, out, err) == (0, "", "")
    # Lines moved above every finding, and a new gap at the end.
    sample = databank / "interventions" / "a-sample.yaml"
    text = "# Bijgewerkt\n\n" + sample.read_text(encoding="utf-8") + "relationship:\n  description: false\n"
    sample.write_text(text, encoding="utf-8")
    code, out, err = check("interventions", "--baseline", BASELINE, "-q")
    assert code == 1
    assert (
        out
        == "interventions/a-sample.yaml:33:16: G08 gap: Good relationship between practitioner and parent\n"
    )
    # The concise total says how many the baseline accepted.
    total = check("interventions", "--baseline", BASELINE, "-f", "concise")[1].splitlines()[-1]
    assert total == "1 finding in 2 files: 1 gap; 24 more accepted by the baseline, not shown"


def test_a_worse_status_is_new_a_better_one_is_accepted_and_said(databank: Path) -> None:
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    minimal = databank / "interventions" / "b-minimal.yaml"
    # G05 from not described to a gap (worse); G01 to partial (better); G02 to strength (fixed).
    minimal.write_text(
        MINIMAL
        + "approach:\n  empowerment: false\ncurriculum:\n  manual: Handleiding\n"
        + "goals:\n  - {text: Ouders voelen zich zekerder, kind: parent_wellbeing, measure: vragenlijst}\n",
        encoding="utf-8",
    )
    code, out, err = check("interventions", "--baseline", BASELINE, "-f", "concise", "--fail-on", "partial")
    assert code == 1
    assert [line.split(": ", 1)[1] for line in out.splitlines()[:-1]] == ["G05 gap: Aimed at empowerment"]
    assert err.splitlines() == [
        f"{BASELINE}:15:5: improved: interventions/b-minimal.yaml G01 was not_described, is now partial",
        f"{BASELINE}:16:5: fixed: interventions/b-minimal.yaml G02 was not_described, is now strength",
        # A goal of its own kind: the specific factors for other goals no longer apply.
        f"{BASELINE}:29:5: fixed: interventions/b-minimal.yaml S04 was not_described, is now not_applicable",
        f"{BASELINE}:30:5: fixed: interventions/b-minimal.yaml S05 was not_described, is now not_applicable",
        (
            f"baseline {BASELINE}: 4 entries fixed or improved; bring it up to date with watwerkt check "
            f"--write-baseline {BASELINE} over every file"
        ),
    ]
    # In Dutch, and not at all with -q.
    nl = check("interventions", "--baseline", BASELINE, "-f", "concise", lang="nl")[2].splitlines()
    assert (
        nl[0]
        == f"{BASELINE}:15:5: verbeterd: interventions/b-minimal.yaml G01 was not_described, is nu partial"
    )
    assert check("interventions", "--baseline", BASELINE, "-q")[2] == ""


def test_stale_entries_are_said_at_their_line(databank: Path) -> None:
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    os.remove(databank / "interventions" / "b-minimal.yaml")
    code, _, err = check("interventions", "--baseline", BASELINE)
    assert code == 0  # stale entries fail nothing
    assert err.splitlines() == [
        f"{BASELINE}:14:3: stale: interventions/b-minimal.yaml no longer exists (16 entries)",
        (
            f"baseline {BASELINE}: 16 entries stale; bring it up to date with watwerkt check "
            f"--write-baseline {BASELINE} over every file"
        ),
    ]


def test_an_entry_of_a_factor_not_in_the_set_is_an_error_and_the_run_goes_on(databank: Path) -> None:
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    text = (databank / BASELINE).read_text(encoding="utf-8")
    wrong = text.replace("    S04: partial\n", "    T05: partial\n").replace(
        "    G07: not_described\n", "    G99: gap\n", 1
    )
    (databank / BASELINE).write_text(wrong, encoding="utf-8")
    code, out, err = check("interventions", "--baseline", BASELINE, "-f", "concise")
    assert code == 2
    assert err.splitlines() == [
        f"{BASELINE}:9:5: factor G99 is not in set 'opvoedingsondersteuning' (did you mean 'G09'?)",
        f"{BASELINE}:13:5: factor T05 is not in set 'opvoedingsondersteuning' (did you mean 'S05'?)",
    ]
    # Checked as without a baseline: every finding is reported.
    assert out.splitlines()[-1] == "25 findings in 2 files: 2 gap, 21 not described, 2 partial"
    # Written again, it is a baseline once more.
    code, out, _ = check("interventions", "--write-baseline", BASELINE)
    assert code == 0 and out.endswith("of which nothing is kept\n")
    assert (databank / BASELINE).read_text(encoding="utf-8") == text


def test_names_written_by_hand_are_read_as_the_run_names_files(databank: Path) -> None:
    (databank / BASELINE).write_text(
        "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n"
        "  ./interventions/a-sample.yaml:\n    G05: gap\n"
        '  "interventions\\\\sub\\\\..\\\\a-sample.yaml":\n    G11: gap\n',
        encoding="utf-8",
    )
    code, out, err = check("interventions/a-sample.yaml", "--baseline", BASELINE, "-f", "concise")
    assert (code, err) == (
        2,
        f"{BASELINE}:6:3: 'interventions\\sub\\..\\a-sample.yaml' names the same file as the entry at line 4\n",
    )
    (databank / BASELINE).write_text(
        "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n"
        "  ./interventions/a-sample.yaml:\n    G05: gap\n"
        '  "interventions\\\\b-minimal.yaml":\n    G01: not_described\n',
        encoding="utf-8",
    )
    code, out, err = check("interventions", "--baseline", BASELINE, "-f", "concise")
    assert (code, err) == (1, "")
    assert out.splitlines()[-1] == (
        "23 findings in 2 files: 1 gap, 20 not described, 2 partial; 2 more accepted by the baseline, not shown"
    )


def test_a_run_over_some_files_keeps_the_entries_of_the_others(databank: Path) -> None:
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    before = (databank / BASELINE).read_text(encoding="utf-8")
    # A pre-commit run over one file: no stale entries for the other, and its entries kept.
    code, _, err = check("interventions/a-sample.yaml", "--baseline", BASELINE)
    assert (code, err) == (0, "")
    code, out, _ = check("interventions/a-sample.yaml", "--write-baseline", BASELINE)
    assert code == 0
    assert (
        out
        == f"baseline written to {BASELINE}: 9 findings in 1 file (16 more kept, of files this run did not "
        "check); against the previous one: no change\n"
    )
    assert (databank / BASELINE).read_text(encoding="utf-8") == before
    # Files gone, or a factor no longer in the set, are dropped when the baseline is written.
    os.remove(databank / "interventions" / "b-minimal.yaml")
    assert (
        check("interventions", "--write-baseline", BASELINE)[1]
        == f"baseline written to {BASELINE}: 9 findings in 1 file; against the previous one: 16 gone\n"
    )


def test_writing_again_says_what_changed(databank: Path) -> None:
    """A debt that grew is said when the baseline is written again, not taken in silently."""
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    minimal = databank / "interventions" / "b-minimal.yaml"
    # In the minimal file G05 from not described to a gap, G01 to partial, G02 fixed; in the
    # sample G08 from not described to a gap; and a new file.
    minimal.write_text(
        MINIMAL
        + "approach:\n  empowerment: false\ncurriculum:\n  manual: Handleiding\n"
        + "goals:\n  - {text: Ouders voelen zich zekerder, kind: parent_wellbeing, measure: vragenlijst}\n",
        encoding="utf-8",
    )
    sample = databank / "interventions" / "a-sample.yaml"
    sample.write_text(
        sample.read_text(encoding="utf-8") + "relationship:\n  description: false\n", encoding="utf-8"
    )
    write(databank, "interventions/c-new.yaml", MINIMAL)
    code, out, err = check("interventions", "--write-baseline", BASELINE)
    assert (code, err) == (0, "")
    # G05 and G08 worse, G01 milder, G02, S04 and S05 gone; the new file's 16 new.
    assert out == (
        f"baseline written to {BASELINE}: 38 findings in 3 files; against the previous one: "
        "16 new, 2 worse, 1 milder, 3 gone\n"
    )
    assert check("interventions", "--write-baseline", BASELINE, lang="nl")[1] == (
        f"baseline geschreven naar {BASELINE}: 38 bevindingen in 3 bestanden; ten opzichte van de vorige: "
        "geen verandering\n"
    )


def test_the_configuration_names_the_baseline_for_every_run(
    databank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(databank, ".watwerkt.yaml", f"baseline: {BASELINE}\n")
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    code, _, err = check("interventions", "--fail-on", "partial")
    assert (code, err) == (0, "")
    # From another working folder the files are still found: they are named from the baseline's folder.
    monkeypatch.chdir(databank / "interventions")
    code, out, err = check(".", "-q", "--fail-on", "partial")
    assert (code, out, err) == (0, "", "")
    # --no-config: no baseline either.
    assert check(".", "--no-config")[0] == 1


def test_accepted_findings_in_the_other_formats(databank: Path) -> None:
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    args = ("interventions/a-sample.yaml", "--baseline", BASELINE)
    data = json.loads(check(*args, "-f", "json")[1])
    g11 = next(f for f in data["results"][0]["factors"] if f["id"] == "G11")
    assert g11["status"] == "gap" and g11["baseline"] == {"status": "gap"}
    assert json.loads(check(*args, "-f", "sarif")[1])["runs"][0]["results"] == []
    assert json.loads(check(*args, "-f", "gitlab")[1]) == []
    assert check(*args, "-f", "github")[1].startswith("::stop-commands::")
    case = next(
        c
        for c in ET.fromstring(check(*args, "-f", "junit")[1]).iter("testcase")
        if c.get("name", "").startswith("G11")
    )
    assert case.find("failure") is None
    out = case.find("system-out")
    assert out is not None and "accepted in the baseline (as gap): does not fail the run" in (out.text or "")
    assert "accepted in the baseline (as gap)" in check(*args, "-f", "markdown")[1]


def test_names_that_need_quotes_round_trip(databank: Path) -> None:
    write(databank, "interventions/met spatie: en 'quote'.yaml", SAMPLE.read_text(encoding="utf-8"))
    write(databank, "interventions/true", SAMPLE.read_text(encoding="utf-8"))
    assert check("interventions", "interventions/true", "--write-baseline", BASELINE)[0] == 0
    text = (databank / BASELINE).read_text(encoding="utf-8")
    assert (
        "  \"interventions/met spatie: en 'quote'.yaml\":\n" in text and '  "interventions/true":\n' in text
    )
    code, out, err = check(
        "interventions", "interventions/true", "--baseline", BASELINE, "-q", "--fail-on", "partial"
    )
    assert (code, out, err) == (0, "", "")


def test_a_file_that_could_not_be_checked_is_never_accepted(databank: Path) -> None:
    write(databank, "interventions/c-invalid.yaml", INVALID)
    code, out, err = check("interventions", "--write-baseline", BASELINE)
    assert code == 2 and "c-invalid.yaml:5:1: unknown key 'foo'" in err
    assert out == f"baseline written to {BASELINE}: 25 findings in 2 files\n"  # of the others
    assert "c-invalid" not in (databank / BASELINE).read_text(encoding="utf-8")
    assert check("interventions", "--baseline", BASELINE)[0] == 2


@pytest.mark.parametrize(
    ("text", "expected", "a_baseline"),
    [
        (
            "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n  a.yaml:\n    G05: gapp\n",
            [
                f"{BASELINE}:5:10: unknown status 'gapp' in the baseline; allowed: gap, not_described, partial (did you mean 'gap'?)"
            ],
            True,
        ),
        (
            "watwerkt_baseline: 2\nset: opvoedingsondersteuning\n",
            [
                f"{BASELINE}:1:20: baseline version 2 is not one this watwerkt reads (1); write it again with --write-baseline"
            ],
            True,
        ),
        (
            "watwerkt_baseline: 1\nset: tidier\nfindings: {}\n",
            [
                f"{BASELINE}:2:6: this baseline is for factor set 'tidier', this run checks against 'opvoedingsondersteuning'; write it again with --write-baseline"
            ],
            True,
        ),
        (
            "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n  a.yaml: [G05]\n  b.yaml:\n    g05: gap\nextra: 1\n",
            [
                f"{BASELINE}:4:11: 'findings' should be a mapping of files, each to a mapping of factor: status; found a list",
                f"{BASELINE}:6:5: 'g05' is not a factor id, such as G05",
                f"{BASELINE}:7:1: unknown key 'extra'; keys: watwerkt_baseline, set, findings",
            ],
            True,
        ),
        (
            "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n  a.yaml:\n    G05: [gap\n",
            [
                f"{BASELINE}:6:1: invalid YAML: the list in brackets from line 5, column 10 is not closed "
                "with ']', or a comma is missing"
            ],
            True,
        ),
        (
            "# my notes\nthings: 1\n",
            [
                f"{BASELINE}:1:1: not a watwerkt baseline (it has no 'watwerkt_baseline: 1'): not read, and not overwritten"
            ],
            False,
        ),
        (
            "watwerkt_baseline: 1\nset: opvoedingsondersteuning\nfindings:\n  a.yaml:\n    G05: gap\n    G05: gap\n",
            [f"{BASELINE}:6:5: duplicate key 'G05' (first at line 5)"],
            True,
        ),
    ],
)
def test_a_wrong_baseline_is_a_located_problem_and_the_run_goes_on(
    databank: Path, text: str, expected: list[str], a_baseline: bool
) -> None:
    (databank / BASELINE).write_text(text, encoding="utf-8")
    code, out, err = check("interventions", "--baseline", BASELINE, "-f", "concise")
    assert (code, err.splitlines()) == (2, expected)
    # Every file is checked as without a baseline, and the report is written.
    assert out.splitlines()[-1] == "25 findings in 2 files: 2 gap, 21 not described, 2 partial"
    code, out, err = check("interventions", "--baseline", BASELINE, "-f", "gitlab", "-o", "gl.json")
    assert code == 2 and len(json.loads((databank / "gl.json").read_text(encoding="utf-8"))) == 25
    # A baseline that cannot be read is written again; a file that is no baseline never is.
    code, out, err = check("interventions", "--write-baseline", BASELINE)
    if a_baseline:
        assert (code, err) == (0, "")
        assert out == (
            f"baseline written to {BASELINE}: 25 findings in 2 files; it replaces a baseline this "
            "watwerkt could not read (another version or set, or a mistake in it), of which nothing is kept\n"
        )
        assert (databank / BASELINE).read_text(encoding="utf-8").startswith("watwerkt_baseline: 1\n")
    else:
        assert (code, out, err.splitlines()) == (2, "", expected)
        assert (databank / BASELINE).read_text(encoding="utf-8") == text


def test_an_empty_baseline(databank: Path) -> None:
    (databank / BASELINE).write_text("", encoding="utf-8")
    code, out, err = check("interventions", "--baseline", BASELINE, "-q")
    assert code == 2
    assert err.splitlines()[0] == (
        f"{BASELINE}: an empty file, not a baseline; write one with --write-baseline {BASELINE}"
    )
    # Nothing to lose: --write-baseline writes it (as it writes a file of white space only).
    (databank / BASELINE).write_text("\n  \n", encoding="utf-8")
    assert check("interventions", "--write-baseline", BASELINE) == (
        0,
        f"baseline written to {BASELINE}: 25 findings in 2 files\n",
        "",
    )
    (databank / "notes.txt").write_text("# notes\n", encoding="utf-8")  # a comment is no blank
    code, out, err = check("interventions", "--write-baseline", "notes.txt")
    assert (code, out) == (2, "") and "notes.txt:1:1: not a watwerkt baseline" in err


def test_a_missing_baseline(databank: Path) -> None:
    code, out, err = check("interventions", "--baseline", "nope.yaml", "-f", "concise")
    assert code == 2
    assert err == "nope.yaml: no such baseline; write it first with --write-baseline nope.yaml\n"
    assert out.splitlines()[-1] == "25 findings in 2 files: 2 gap, 21 not described, 2 partial"


def test_the_baseline_of_the_configuration_is_named_at_its_line(
    databank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing file, a folder, a broken file: each said where the configuration names it (or
    in the baseline itself), the path as the user would write it from the working folder."""
    write(databank, ".watwerkt.yaml", "fail_on: gap\nbaseline: nope.yaml\n")
    monkeypatch.chdir(databank / "interventions")
    code, out, err = check(".", "-q")
    assert (code, err) == (
        2,
        "../.watwerkt.yaml:2:11: the baseline ../nope.yaml does not exist; write it first with "
        "--write-baseline ../nope.yaml\n",
    )
    assert out.count(": G05 gap:") == 1  # checked all the same
    (databank / "archief").mkdir()
    write(databank, ".watwerkt.yaml", "baseline: archief\n")
    code, _, err = check(".", "-q")
    assert (code, err) == (
        2,
        "../.watwerkt.yaml:1:11: the baseline ../archief: not a regular file but a folder; "
        "only regular files are read\n",
    )
    # The same mistake on the command line: the same words, at the name given.
    code, _, err = check(".", "-q", "--baseline", "..")
    assert (code, err) == (2, "..: not a regular file but a folder; only regular files are read\n")
    write(databank, ".watwerkt.yaml", f"baseline: {BASELINE}\n")
    write(databank, BASELINE, "watwerkt_baseline: 2\nset: opvoedingsondersteuning\n")
    code, _, err = check(".", "-q")
    assert code == 2
    assert err.startswith(f"../{BASELINE}:1:20: baseline version 2 is not one this watwerkt reads")


def test_notes_name_the_baseline_of_the_configuration_from_the_working_folder(
    databank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(databank, ".watwerkt.yaml", f"baseline: {BASELINE}\n")
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    os.remove(databank / "interventions" / "b-minimal.yaml")
    monkeypatch.chdir(databank / "interventions")
    code, _, err = check(".")
    assert code == 0
    assert err.splitlines() == [
        f"../{BASELINE}:14:3: stale: interventions/b-minimal.yaml no longer exists (16 entries)",
        (
            f"baseline ../{BASELINE}: 16 entries stale; bring it up to date with watwerkt check "
            f"--write-baseline ../{BASELINE} over every file"
        ),
    ]


def test_never_written_over_an_input_or_with_a_report(databank: Path) -> None:
    target = databank / "interventions" / "a-sample.yaml"
    before = target.read_bytes()
    code, _, err = check("interventions", "--write-baseline", str(target))
    assert code == 2 and "is also an input of this run: it is not overwritten" in err
    assert target.read_bytes() == before
    write(databank, ".watwerkt.yaml", "fail_on: gap\n")
    assert check("interventions", "--write-baseline", ".watwerkt.yaml") == (
        2,
        "",
        ".watwerkt.yaml is the configuration of this run: it is not overwritten (write the baseline "
        "to another file)\n",
    )
    assert check("interventions", "--write-baseline", ".watwerkt.yaml", lang="nl")[2] == (
        ".watwerkt.yaml is de configuratie van deze run: het wordt niet overschreven (schrijf de "
        "baseline naar een ander bestand)\n"
    )
    # The baseline the run is held to is no place for its report either.
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    before = (databank / BASELINE).read_bytes()
    assert check("interventions", "--baseline", BASELINE, "-o", BASELINE) == (
        2,
        "",
        f"{BASELINE} is the baseline this run is held to: it is not overwritten (write the report to "
        "another file; --write-baseline writes a baseline)\n",
    )
    assert (databank / BASELINE).read_bytes() == before
    os.remove(databank / BASELINE)
    code, _, err = check("interventions", "--write-baseline", BASELINE, "-o", "report.json")
    assert (
        code == 2 and err.splitlines()[-1] == "Error: --write-baseline and --output cannot be used together"
    )
    assert not (databank / BASELINE).exists() and not (databank / "report.json").exists()
    # A format or a baseline to hold to would be ignored: a wrong command line too.
    for extra, name in ((("-f", "gitlab"), "--format"), (("--baseline", "old.yaml"), "--baseline")):
        code, out, err = check("interventions", "--write-baseline", BASELINE, *extra)
        assert (code, out) == (2, "")
        assert err.splitlines()[-1] == f"Error: --write-baseline and {name} cannot be used together"
    assert not (databank / BASELINE).exists()


def test_written_atomically_through_a_link(databank: Path) -> None:
    (databank / "baselines").mkdir()
    os.symlink("baselines/echt.yaml", databank / BASELINE)
    assert check("interventions", "--write-baseline", BASELINE)[0] == 0
    assert (databank / BASELINE).is_symlink()
    assert (
        (databank / "baselines" / "echt.yaml")
        .read_text(encoding="utf-8")
        .startswith("watwerkt_baseline: 1\n")
    )
    assert [p.name for p in (databank / "baselines").iterdir()] == ["echt.yaml"]  # no temporary file left


# Names YAML cannot hold as they are: line breaks of its own (U+2028, U+2029, NEL), C1 controls
# and DEL, which it refuses raw, a quote and a backslash, a bidirectional override, and bytes
# that are not UTF-8 (lone surrogates in Python), besides a name with an accent kept readable.
ODD_NAMES = [
    b"line\xe2\x80\xa8sep.yaml",
    b"para\xe2\x80\xa9sep.yaml",
    b"nel\xc2\x85.yaml",
    b"csi\xc2\x9b.yaml",
    b"del\x7f.yaml",
    b"quote\"and'.yaml",
    b"back\\slash.yaml",
    b"rlo\xe2\x80\xae.yaml",
    b"nonutf8-\xff\xfe.yaml",
    b"caf\xc3\xa9.yaml",
]


@pytest.mark.parametrize("name", ODD_NAMES, ids=[repr(n)[2:-1] for n in ODD_NAMES])
def test_any_file_name_is_read_back_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: bytes
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkdir("in")
    with open(os.path.join(b"in", name), "wb") as handle:
        handle.write(MINIMAL.encode())
    write(tmp_path, "in/plain.yaml", INVALID.replace("foo: 1\n", "").replace("grup", "group"))
    code, out, err = check("in", "--write-baseline", BASELINE)
    assert (code, err) == (0, ""), err
    raw = (tmp_path / BASELINE).read_bytes()
    raw.decode("utf-8")  # valid UTF-8, whatever the name
    # Read back: every finding of both files is accepted, none is stale, nothing is an error.
    code, out, err = check("in", "--baseline", BASELINE, "-f", "concise")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1].startswith("0 findings in 2 files; ")
    # The same entries read back as written: writing again gives the same bytes.
    assert check("in", "--write-baseline", BASELINE)[0] == 0
    assert (tmp_path / BASELINE).read_bytes() == raw


def test_odd_names_are_escaped_readably() -> None:
    from wat_werkt.problems import WHOLE_FILE
    from wat_werkt.run.baseline import Entry, text

    names = [os.fsdecode(name) for name in ODD_NAMES]
    written = text("opvoedingsondersteuning", [Entry(n, "G01", "gap", WHOLE_FILE) for n in names])
    keys = [line for line in written.splitlines() if line.startswith("  ") and not line.startswith("    ")]
    assert keys == [
        '  "back\\0\\\\slash.yaml":',
        '  "café.yaml":',
        '  "csi\\x9b.yaml":',
        '  "del\\x7f.yaml":',
        '  "line\\u2028sep.yaml":',
        '  "nel\\x85.yaml":',
        '  "nonutf8-\\0\\xff\\0\\xfe.yaml":',
        '  "para\\u2029sep.yaml":',
        '  "quote\\"and\'.yaml":',
        '  "rlo\\u202e.yaml":',
    ]


def test_a_baseline_kept_in_the_checked_folder_is_no_description(databank: Path) -> None:
    # A databank keeper's trial: it was checked as an intervention (exit 2) and then could not be
    # written again ("also an input of this run").
    kept = "interventions/watwerkt-baseline.yaml"
    write(databank, ".watwerkt.yaml", f"baseline: {kept}\n")
    code, out, err = check("interventions", "--write-baseline", kept)
    assert code == 0 and "2 files" in out, (out, err)
    assert check("interventions", "-q") == (0, "", "")
    code, out, _ = check("interventions", "--write-baseline", kept)
    assert code == 0 and "no change" in out
    code, out, _ = check("interventions", "-f", "json")
    assert code == 0
    assert [r["file"] for r in json.loads(out)["results"]] == [
        "interventions/a-sample.yaml",
        "interventions/b-minimal.yaml",
    ]
    # Named on the command line, it is checked: that was asked for.
    assert check(kept, "-q")[0] == 2


def test_a_baseline_written_into_the_checked_folder_can_be_written_again(databank: Path) -> None:
    # No configuration names it: the existing baseline --write-baseline names is the run's own
    # file, where it was "also an input of this run" the second time.
    target = "interventions/wb.yaml"
    assert check("interventions", "--write-baseline", target)[0] == 0
    code, out, err = check("interventions", "--write-baseline", target)
    assert code == 0 and "no change" in out, err
    assert check("interventions", "--baseline", target, "-q") == (0, "", "")
    # A description named as --write-baseline is still never overwritten.
    code, _, err = check("interventions", "--write-baseline", "interventions/b-minimal.yaml")
    assert code == 2 and "is also an input of this run" in err
    # A link to it under another name is the same file: no description either.
    (databank / "interventions" / "current.yaml").symlink_to("wb.yaml")
    assert check("interventions", "--baseline", target, "-q") == (0, "", "")
