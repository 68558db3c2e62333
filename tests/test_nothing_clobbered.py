"""Nothing clobbered, nothing hangs, no internal error (docs/robustness.md), in unit tests, in this process (the attack corpus, tests/attacks/, runs the same
guarantees as a user would): writing output, reading only regular files, numbers and values
that end no run, bounded problems, configuration files, factor-set text, CI text."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from cihelp import MINIMAL, run, write

from wat_werkt.document.validate import suggest
from wat_werkt.document.yamlload import Limits, parse_text, read_file
from wat_werkt.factorset.load import FactorSet
from wat_werkt.problems import MAX_PROBLEMS, WHOLE_FILE, Loc, capped, problem, shown
from wat_werkt.renderers import RENDERERS
from wat_werkt.run.checker import check_text
from wat_werkt.run.config import ConfigError, find_config, load_config
from wat_werkt.run.discovery import discover
from wat_werkt.run.output import WriteError, atomic_write

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types")

# -- writing output ---------------------------------------------------------------------------


@POSIX
def test_a_device_is_written_in_place_through_a_link(tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    assert atomic_write(link, "report") == "in_place"
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert os.listdir(tmp_path) == ["null"]


@POSIX
def test_a_link_keeps_being_a_link_and_its_target_its_mode(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "report.txt"
    target.write_text("old")
    target.chmod(0o604)
    link = tmp_path / "report.txt"
    link.symlink_to(target)
    assert atomic_write(link, "new") == "file"
    assert link.is_symlink() and target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o604
    assert sorted(os.listdir(tmp_path / "real")) == ["report.txt"]


@POSIX
def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(WriteError) as caught:
            atomic_write(path, "x")
    assert caught.value.text("en") == f"cannot write {path}: it is a socket, not a file"
    assert caught.value.text("nl") == f"kan {path} niet schrijven: het is een socket, geen bestand"


@POSIX
def test_standard_output_named_as_a_file_is_written_to(capsys: pytest.CaptureFixture[str]) -> None:
    # `-o /dev/stdout`, or `-o out.txt > out.txt`: written through the stream, never replaced.
    assert atomic_write("/dev/stdout", "report") == "stream"
    assert capsys.readouterr().out == "report"


def test_an_exception_half_way_removes_the_temporary_file(tmp_path: Path) -> None:
    class Interrupted(str):
        def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
            raise KeyboardInterrupt  # Ctrl-C while the temporary file is written

    (tmp_path / "r.json").write_text("old")
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "r.json", Interrupted("new"))
    assert os.listdir(tmp_path) == ["r.json"] and (tmp_path / "r.json").read_text() == "old"


def test_a_name_too_long_to_write(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        atomic_write(tmp_path / ("x" * 5000), "x")
    assert caught.value.text("en").endswith(": File name too long")


def test_output_that_is_an_input_is_refused_before_checking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "dir/a.yaml", MINIMAL)
    before = (tmp_path / "dir/a.yaml").read_bytes()
    for args in (["check", "dir", "-o", "dir/a.yaml"], ["compare", "dir", "-o", "./dir/a.yaml"]):
        code, out, err = run(*args)
        assert (code, out) == (2, "")
        assert err.endswith(
            "a.yaml is also an input of this run: it is not overwritten (write the report to another file)\n"
        )
    code, _, err = run("check", "dir", "-o", "dir/a.yaml", "--lang", "nl")
    assert code == 2 and "is ook invoer van deze run" in err
    assert (tmp_path / "dir/a.yaml").read_bytes() == before


# -- reading input ----------------------------------------------------------------------------


@POSIX
def test_a_fifo_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.yaml")
    text, problems = read_file(tmp_path / "x.yaml")
    assert text is None
    assert [(p.loc, p.text("nl")) for p in problems] == [
        (WHOLE_FILE, "geen gewoon bestand maar een FIFO (named pipe); alleen gewone bestanden worden gelezen")
    ]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "repo/a.yaml", MINIMAL)
    write(tmp_path, "repo/locked/b.yaml", "name: [\n")
    real = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "scandir", scandir)
    found = discover(["repo"])
    assert [i.display for i in found.inputs] == ["repo/a.yaml"]
    assert found.unreadable == (("repo/locked", "Permission denied"),) and found.empty_folders == ()
    code, out, err = run("check", "repo", "-f", "json")
    assert code == 2 and err == "repo/locked: cannot read folder: Permission denied\n"
    assert [r["file"] for r in json.loads(out)["results"]] == ["repo/a.yaml"]


def test_closed_standard_input(builtin: FactorSet, monkeypatch: pytest.MonkeyPatch) -> None:
    from wat_werkt.run.checker import check_input
    from wat_werkt.run.discovery import Input

    monkeypatch.setattr(sys, "stdin", None)
    result = check_input(Input(None, "<stdin>"), builtin, builtin.ids)
    assert [p.line_for(result.file, "en") for p in result.problems] == [
        "<stdin>: standard input is closed: there is nothing to read"
    ]


def test_a_bug_while_checking_one_file_is_that_files_problem(
    builtin: FactorSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wat_werkt.run import checker
    from wat_werkt.run.discovery import Input

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(checker, "check_path", broken)
    monkeypatch.delenv("WATWERKT_DEBUG", raising=False)
    result = checker.check_input(Input("a.yaml", "a.yaml"), builtin, builtin.ids)
    assert [p.text("en") for p in result.problems] == [
        "internal error while checking this file: RuntimeError: a bug of ours (the other files are checked; "
        "please report it)"
    ]
    monkeypatch.setenv("WATWERKT_DEBUG", "1")
    with pytest.raises(RuntimeError):
        checker.check_input(Input("a.yaml", "a.yaml"), builtin, builtin.ids)


# -- numbers and values that end no run -------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("0x" + "f" * 20_000, str),  # past the int-to-str limit: the text written
        (":".join(["1"] + ["59"] * 2500), str),
        ("1" + "0" * 5000, str),
        ("1" + "0" * 309, int),  # beyond any float, but a number (section 7: no upper bound)
        ("0x" + "f" * 300, int),
        (":".join(["1"] + ["59"] * 1_000_000), str),  # refused before it is computed
    ],
)
def test_numbers_past_the_limit_are_text(written: str, kind: type) -> None:
    doc, problems = parse_text(f"a: {written}\n")
    assert doc is not None and problems == [] and type(doc.data["a"]) is kind
    # The careful way reads them alike (an anchor and an alias send the text there).
    careful, _ = parse_text(f"a: {written}\nb: &x 1\nc: *x\n")
    assert careful is not None and type(careful.data["a"]) is kind


def test_a_tagged_number_past_the_limit_is_a_located_problem() -> None:
    _, problems = parse_text("a: !!int 0x" + "f" * 20_000 + "\n")
    assert [(p.loc, p.text("en")) for p in problems] == [
        (Loc(1, 4), "'0xffffffffffffffffffffffffffffffffffffff' is not a valid !!int; write plain values")
    ]


def test_values_in_messages_are_bounded() -> None:
    deep: list[object] = []
    for _ in range(5000):
        deep = [deep]
    assert shown(deep) == "[[[[...]]]]"
    assert len(shown("x" * 10_000)) == 500
    assert shown(10**5000) == "±10^5000" and len(shown(10**300)) < 100
    assert problem(Loc(1, 1), "unknown_value", value=deep, key="k", allowed="a").params[2] == (
        "value",
        "[[[[...]]]]",
    )


def test_a_file_reports_at_most_so_many_problems(builtin: FactorSet) -> None:
    text = MINIMAL + "delivery:\n  format: [" + ", ".join(f"grup{i}" for i in range(1000)) + "]\n"
    result = check_text(text, "x.yaml", builtin)
    assert len(result.problems) == MAX_PROBLEMS + 1
    assert result.problems[0].text("en").endswith("(did you mean 'group'?)")
    assert (
        result.problems[-1].text("en")
        == "and 900 more problems in this file, not shown; fix the ones above first"
    )
    assert (
        result.problems[-1].text("nl") == "en nog 900 problemen in dit bestand, niet getoond; los eerst de "
        "bovenstaande op"
    )
    assert result.problems[-1].loc == result.problems[MAX_PROBLEMS - 1].loc._replace(
        column=result.problems[MAX_PROBLEMS - 1].loc.column + len("grup99, ")
    )  # at grup100, the first not shown
    assert capped(result.problems[:3]) == result.problems[:3]


def test_did_you_mean_answers_alike_every_time_and_skips_long_words() -> None:
    # Asked for every misspelt value of a file (150,000 of them in the attack corpus): the same
    # answer every time, for the choices of each question, and none for a word too long to be a typo.
    for _ in range(1000):
        assert suggest("grup", ("group", "individual")) == "group"
    assert suggest("grup", ("grip", "individual")) == "grip"  # the same word, other choices
    assert suggest("grup", ["group", "individual"]) == "group"  # any iterable of choices
    assert suggest("g09", ("T09", "G09")) == "G09"  # one that differs only in case first
    assert suggest("grup", ("individual",)) is None
    assert suggest("g" * 101, ("group",)) is None


# -- configuration files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            b"[tool]\nwatwerkt = 5\n",
            "pyproject.toml:2:12: the configuration should be a mapping of options (fail_on: gap, ...), found a whole number",
        ),
        (
            b'[tool.watwerkt]\nlang = "nl\xff"\n',
            "pyproject.toml:2:11: file is not valid UTF-8 (byte 26); save it as UTF-8",
        ),
        (
            b"[tool.watwerkt]\nlang = " + b"[" * 1000 + b"]" * 1000 + b"\n",
            "pyproject.toml:2:108: invalid TOML: nesting deeper than 100 levels",
        ),
        (
            b"[tool.watwerkt]\nmax_depth = " + b"1" * 5001 + b"\n",
            "pyproject.toml:2:13: invalid TOML: a number of more than 4300 digits",
        ),
        (
            b"[tool.watwerkt]\n" + b"#\n" * 600_000,
            "pyproject.toml: file is 1200016 bytes, above the limit of 1048576 for this kind of file",
        ),
    ],
)
def test_a_pyproject_that_may_configure_watwerkt_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: bytes, line: str
) -> None:
    (tmp_path / "pyproject.toml").write_bytes(text)
    write(tmp_path, "a.yaml", MINIMAL)
    monkeypatch.chdir(tmp_path)
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    code, _, err = run("check", "a.yaml")
    assert (code, err) == (2, line + "\n")


def test_a_big_pyproject_of_someone_else_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[project]\nname = 'x'\n" + b"#\n" * 600_000)
    assert find_config(tmp_path) is None


def test_a_configuration_over_the_limits_names_no_flag(tmp_path: Path) -> None:
    path = tmp_path / ".watwerkt.yaml"
    path.write_text("lang: " + "[" * 100 + "]" * 100 + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, RENDERERS, ["tidier"])
    assert [p.text("en") for p in caught.value.problems] == [
        "nesting deeper than 64 levels, the limit for this kind of file"
    ]


# -- factor-set text ----------------------------------------------------------------------------


def _factor_doc(text: str) -> list[str]:
    from wat_werkt.factorset.lint import text_problems

    doc, problems = parse_text(text, Limits())
    assert doc is not None and not problems
    return [f"{p.loc.line}:{p.loc.column}: {p.text('en')}" for p in text_problems(doc)]


def test_factor_texts_with_controls_or_line_breaks_are_refused() -> None:
    assert _factor_doc(
        'title: {nl: "Titel\\n::error::x", en: "ok"}\n'
        'summary: {nl: "Een\\ntwee", en: "tab\\there"}\n'
        'criteria:\n  - text: {nl: "\\e[2J", en: "\\u202eevil"}\n'
        "    check: {equals: {path: delivery.group_size, value: .inf}}\n"
        'advice: {nl: "a\\u2028b", en: "ok"}\n'
    ) == [
        "1:13: 'title.nl' holds a line break; write it on one line (a folded '>-' block is fine)",
        "2:32: 'summary.en' holds a control character (\\t); factor texts reach terminals and CI logs, so write "
        "plain text",
        "4:16: 'criteria[0].text.nl' holds a control character (\\x1b); factor texts reach terminals and CI logs, "
        "so write plain text",
        "4:29: 'criteria[0].text.en' holds a control character (\\u202e); factor texts reach terminals and CI logs, "
        "so write plain text",
        "5:56: 'criteria[0].check.equals.value' is .inf, not a finite number",
        "6:14: 'advice.nl' holds a line break; write it on one line (a folded '>-' block is fine)",
    ]


def test_a_folded_block_and_a_summary_of_paragraphs_are_fine() -> None:
    assert _factor_doc("title:\n  en: >-\n    one\n    line\nsummary:\n  en: |\n    one\n\n    two\n") == []


# -- text in CI formats ---------------------------------------------------------------------------


def test_github_shows_control_characters_of_a_file_name_as_escapes() -> None:
    from wat_werkt.renderers.report.findings import Finding
    from wat_werkt.renderers.report.github import annotation

    found = Finding("a\x1b[31m,b\x07.yaml", Loc(1, 1), "error", "WW000", "T\x9bitle", "text", "", "f")
    assert (
        annotation(found, "en") == "::error file=a\\x1b[31m%2Cb\\x07.yaml,line=1,col=1,title=T\\x9bitle::text"
    )


def test_markdown_mentions_nobody(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.yaml", "name: Voor @octocat\nsummary: Mail a@b.nl of @org/team.\n")
    for command in ("check", "compare"):
        code, out, _ = run(
            command, "a.yaml", "-f", "markdown", *(["--fail-on", "never"] if command == "check" else [])
        )
        assert code == 0 and "@&#8203;octocat" in out and "@octocat" not in out, command


def test_a_fifo_as_output_without_a_reader_is_a_problem_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a FIFO for writing blocks until a reader comes: `-o pipe` with nobody reading
    hung the run for ever. It waits a while for a reader, then says so."""
    from wat_werkt.run import output

    monkeypatch.setattr(output, "FIFO_WAIT_SECONDS", 0.2)
    pipe = tmp_path / "report.fifo"
    os.mkfifo(pipe)
    with pytest.raises(output.WriteError) as caught:
        output.atomic_write(pipe, "report\n", overwrite=True)
    assert caught.value.text("en") == (
        f"{pipe}: cannot write the report: no program read from this named pipe within 0.2 s"
    )
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)  # still the FIFO it was
