"""Bad input, hostile input and big input: every file gets one clear line per problem, exit 2,
no traceback, bounded memory, and every other file in the run is still checked."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, TESTS

from wat_werkt.document.yamlload import Limits
from wat_werkt.factorset.load import FactorSet, builtin_ids
from wat_werkt.renderers import REPORTERS
from wat_werkt.run.checker import check_path

CORPUS = TESTS / "corpus"
GOOD = sorted((CORPUS / "good").iterdir())
MINIMAL = EXAMPLES / "minimal.yaml"

# file -> (line, column, start of the message) of its first problem; 0, 0: the file as a whole
EXPECTED = {
    "binary.yaml": (0, 0, "file contains binary data"),
    "comments-only.yaml": (
        0,
        0,
        "expected a mapping of keys (name: ..., summary: ...), found a file with only comments",
    ),
    "custom-tag.yaml": (2, 10, "YAML tag '!include' is not allowed"),
    "duplicate-keys.yaml": (5, 3, "duplicate key 'manual' (first at line 4)"),
    "empty.yaml": (0, 0, "expected a mapping of keys (name: ..., summary: ...), found an empty file"),
    "impossible-numbers.yaml": (4, 20, "child_age.min (12) is above child_age.max (-1)"),
    "invalid-utf8.yaml": (
        2,
        41,
        "file is not UTF-8 but most likely Latin-1 or Windows-1252 ('é' is byte 48)",
    ),
    "mistagged-values.yaml": (4, 13, "'tien' is not a valid !!int"),
    "python-tag.yaml": (1, 7, "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),
    "root-list.yaml": (1, 1, "expected a mapping of keys (name: ..., summary: ...), found a list"),
    "root-null.yaml": (1, 1, "expected a mapping of keys (name: ..., summary: ...), found nothing"),
    "root-scalar.yaml": (1, 1, "expected a mapping of keys (name: ..., summary: ...), found text"),
    "tab-indent.yaml": (4, 1, "invalid YAML: a tab is used for indentation"),
    "two-documents.yaml": (3, 1, "expected one YAML document, found more"),
    "unclosed-bracket.yaml": (
        5,
        14,
        "invalid YAML: the list in brackets from line 4, column 11 is not closed",
    ),
    # At the quote that is never closed, not at the end of the file where the parser noticed.
    "unclosed-quote.yaml": (1, 7, "invalid YAML: this quote is never closed"),
    "unknown-enum.yaml": (4, 10, "unknown value 'verpleegkundige' for 'practitioners.role'"),
    "unknown-keys.yaml": (4, 3, "unknown key 'formats' (did you mean 'format'?)"),
    "wrong-types.yaml": (4, 13, "'duration.sessions' should be a whole number, found 'zes' (did you mean 6?"),
}


def test_corpus_is_complete() -> None:
    assert {p.name for p in (CORPUS / "bad").iterdir()} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_first_problem(name: str, builtin: FactorSet) -> None:
    result = check_path(CORPUS / "bad" / name, builtin, builtin_ids())
    assert not result.valid and not result.factors
    first = result.problems[0]
    line, column, start = EXPECTED[name]
    assert (first.loc.line, first.loc.column) == (line, column)
    assert first.text("en").startswith(start)
    assert first.text("nl") != first.text("en") or first.code in ("invalid_value",)


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_odd_but_valid_files_pass(path: Path, builtin: FactorSet) -> None:
    result = check_path(path, builtin, builtin_ids())
    assert result.valid, [p.text("en") for p in result.problems]
    assert len(result.factors) == 16


def _limit_memory() -> None:
    # A hard ceiling on the child's address space: a blow-up fails the run instead of the CI
    # runner. Generous, because Python with its libraries already maps a few hundred MB.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wat_werkt", "check", *args],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
        check=False,
    )


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("generated")
    files: dict[str, bytes] = {
        "laughs.yaml": (
            "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 12))
        ).encode(),
        "deep-flow.yaml": b"name: " + b"[" * 200_000 + b"]" * 200_000 + b"\n",
        "deep-block.yaml": "".join("  " * i + f"k{i}:\n" for i in range(300)).encode(),
        "huge.yaml": b"name: X\nsummary: Y\nrationale: " + b"a" * (6 * 1024 * 1024) + b"\n",
        "big-but-allowed.yaml": b"name: X\nsummary: Y\ncurriculum:\n  modules:\n"
        + b"".join(b"    - Module %d over opvoeden\n" for _ in range(40_000)),
    }
    out = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        out[name] = folder / name
    return out


@pytest.mark.slow
def test_mixed_run_reports_every_problem_and_every_good_file(
    generated: dict[str, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.yaml"
    bad = sorted((CORPUS / "bad").iterdir())
    paths = [*bad, *generated.values(), missing, *GOOD, MINIMAL]
    proc = run_cli(*map(str, paths), "-f", "json", "--lang", "en")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    flagged = {line.split(":")[0] for line in proc.stderr.splitlines()}
    expected_bad = {str(p) for p in [*bad, missing]} | {
        str(generated[n]) for n in ("laughs.yaml", "deep-flow.yaml", "deep-block.yaml", "huge.yaml")
    }
    assert flagged == expected_bad
    results = {r["file"]: r for r in json.loads(proc.stdout)["results"]}
    assert len(results) == len(paths)
    for good in [*GOOD, MINIMAL, generated["big-but-allowed.yaml"]]:
        assert results[str(good)]["valid"] is True and len(results[str(good)]["factors"]) == 16
    messages = {r["file"]: r["errors"][0]["message"] for r in results.values() if r["errors"]}
    assert (
        "values, likely through aliases (raise it with --max-nodes" in messages[str(generated["laughs.yaml"])]
    )
    assert "nesting deeper than" in messages[str(generated["deep-flow.yaml"])]
    assert "nesting deeper than" in messages[str(generated["deep-block.yaml"])]
    assert "above the limit of" in messages[str(generated["huge.yaml"])]
    assert messages[str(missing)] == "no such file or folder"


def test_unreadable_file_is_reported(
    builtin: FactorSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root can read anything, so simulate the permission error the OS would give.
    target = tmp_path / "locked.yaml"
    target.write_text("name: X\nsummary: Y\n", encoding="utf-8")

    import os

    real_open = os.open

    def refuse(path: object, *args: object) -> int:
        if str(path) == str(target):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refuse)
        result = check_path(target, builtin, builtin_ids())
    assert [(p.whole_file, p.text("en")) for p in result.problems] == [
        (True, "cannot read file: Permission denied")
    ]


def test_limits_are_configurable(builtin: FactorSet, generated: dict[str, Path]) -> None:
    big = generated["big-but-allowed.yaml"]
    assert check_path(big, builtin, builtin_ids()).valid
    small = check_path(big, builtin, builtin_ids(), Limits(max_nodes=1000))
    assert [p.code for p in small.problems] == ["too_many_values"]  # written out, without aliases
    tiny = check_path(big, builtin, builtin_ids(), Limits(max_bytes=1000))
    assert [p.code for p in tiny.problems] == ["too_large"]


def test_limits_from_flags_and_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from wat_werkt.commands.app import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text("name: X\nsummary: Y\ngoals: [{text: a}, {text: b}]\n", encoding="utf-8")

    def run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(app, ["check", "a.yaml", "-f", "json", "--lang", "en", *args])
        return result.exit_code, result.stderr

    assert run()[0] == 0
    assert run("--max-bytes", "20") == (
        2,
        "a.yaml: file is 49 bytes, above the limit of 20 (raise it with "
        "--max-bytes or max_bytes in the configuration)\n",
    )
    code, err = run("--max-depth", "2")
    assert code == 2 and err.startswith("a.yaml:3:9: nesting deeper than 2 levels")
    (tmp_path / ".watwerkt.yaml").write_text("max_nodes: 4\n", encoding="utf-8")
    code, err = run()
    assert code == 2 and "more than 4 values" in err
    assert run("--max-nodes", "1000")[0] == 0  # the flag wins over the config
    (tmp_path / ".watwerkt.yaml").write_text("max_nodes: 0\n", encoding="utf-8")
    assert run() == (2, ".watwerkt.yaml:1:12: 'max_nodes' must be a whole number of 1 or more\n")
    assert run("--max-nodes", "0")[0] == 2  # Typer refuses it as a usage error


def test_reading_stops_past_the_limit_even_where_the_size_says_nothing(tmp_path: Path) -> None:
    import os

    from wat_werkt.document.yamlload import Limits, read_file

    exact = tmp_path / "exact.yaml"
    exact.write_bytes(b"name: x\n" * 8)  # 64 bytes
    assert read_file(exact, Limits(max_bytes=64)) == ("name: x\n" * 8, [])
    text, problems = read_file(exact, Limits(max_bytes=63))
    assert text is None and [p.code for p in problems] == ["too_large"] and "64" in problems[0].text("en")
    if not hasattr(os, "mkfifo"):
        return
    # A pipe's size says nothing, and reading one may never end: only regular files are read
    # (docs/robustness.md). No writer is needed to see that reading it does not block.
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    text, problems = read_file(pipe, Limits(max_bytes=100_000))
    assert text is None and [p.text("en") for p in problems] == [
        "not a regular file but a FIFO (named pipe); only regular files are read"
    ]


def test_standard_input_over_the_limit_is_refused_without_a_made_up_size(builtin: FactorSet) -> None:
    from wat_werkt.run.checker import check_bytes

    result = check_bytes(b"a: 1\n" * 100, "<stdin>", builtin, builtin_ids(), Limits(max_bytes=100))
    assert [p.code for p in result.problems] == ["too_large_stream"]


# The formats people read on a terminal write a file name's own bytes, as `ls` does; every other
# format must be UTF-8 text, and shows a byte that is not UTF-8 as `\xff`, as `ls -b` does
# (docs/contract.md section 6, "File names"); SARIF percent-encodes it in a URI.
_OWN_BYTES = ("table", "concise", "github")


def _parsed(fmt: str, out: bytes) -> str:
    """The report decoded as UTF-8 (strictly) and parsed: what names the file in it."""
    import xml.etree.ElementTree as ET
    from html.parser import HTMLParser

    text = out.decode("utf-8")
    if fmt in ("json", "gitlab", "compare-json"):
        return repr(json.loads(text)).replace("\\\\", "\\")  # its strings, backslashes undoubled
    if fmt == "sarif":
        results = json.loads(text)["runs"][0]["results"]
        return " ".join(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results)
    if fmt == "junit":
        return ET.tostring(ET.fromstring(text), encoding="unicode")
    if fmt in ("html", "compare-html"):
        parser = HTMLParser()
        parser.feed(text)
        parser.close()
    return text


@pytest.mark.slow
@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes in a name"
)
@pytest.mark.parametrize(
    "fmt", [*REPORTERS, "compare-json", "compare-markdown", "compare-html", "compare-table"]
)
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path: Path, fmt: str) -> None:
    """Such a name reaches Python as lone surrogates; fingerprints (SARIF, GitHub) and the
    stop-commands token hashed it as strict UTF-8 and stopped the run with an internal error;
    then json, gitlab, junit, html, markdown and compare's reports held the raw byte 0xff, so
    that no JSON or XML parser read the report at all."""
    import os

    odd = Path(os.fsdecode(bytes(tmp_path) + b"/nonutf8-\xff\xfe.yaml"))
    odd.write_text("name: X\nsummary: Y\n", encoding="utf-8")
    (tmp_path / "ok.yaml").write_text("name: Z\nsummary: Y\n", encoding="utf-8")
    if fmt.startswith("compare-"):
        args = [sys.executable, "-m", "wat_werkt", "compare", str(odd), str(tmp_path / "ok.yaml")]
        args += ["-f", fmt.removeprefix("compare-")]
    else:
        args = [sys.executable, "-m", "wat_werkt", "check", str(tmp_path), "-f", fmt, "--fail-on", "never"]
    own_bytes = fmt.removeprefix("compare-") in _OWN_BYTES
    # Standard output as in a C locale (surrogateescape), as in a UTF-8 one (strict) and in
    # ASCII (the name's bytes as they are, other characters as `?`).
    for env in (
        {"LC_ALL": "C", "PYTHONUTF8": "1"},
        {"PYTHONIOENCODING": "utf-8"},
        {"PYTHONIOENCODING": "ascii"},
    ):
        # Wide enough for the whole name in a table, however deep pytest's folder is.
        wide = {**os.environ, "COLUMNS": "400", **env}
        proc = subprocess.run(args, capture_output=True, check=False, env=wide)
        assert (proc.returncode, proc.stderr) == (0, b""), env
        if own_bytes:
            assert b"nonutf8-\xff\xfe.yaml" in proc.stdout  # the name's own bytes, as `ls` shows it
            continue
        shown = _parsed(fmt, proc.stdout)
        if fmt == "sarif":
            assert "/nonutf8-%FF%FE.yaml" in shown  # percent-encoded, as RFC 3986 has it
        else:
            assert "nonutf8-\\xff\\xfe.yaml" in shown  # each byte as `\xff`, as `ls -b` shows it
    report = tmp_path / "out" / f"report.{fmt.removeprefix('compare-')}"
    report.parent.mkdir()
    wide = {**os.environ, "COLUMNS": "400"}
    proc = subprocess.run([*args, "-o", str(report)], capture_output=True, check=False, env=wide)
    assert proc.returncode == 0, proc.stderr
    if own_bytes:
        assert b"nonutf8-\xff\xfe.yaml" in report.read_bytes()
    else:
        assert "nonutf8-" in _parsed(fmt, report.read_bytes())


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        *(["check", str(EXAMPLES / "families-first.yaml"), "-f", fmt] for fmt in REPORTERS),
        ["factors"],
        ["factors", "show", "G05", "--lang", "nl"],
        ["explain", str(EXAMPLES / "families-first.yaml"), "G02"],
        ["compare", str(EXAMPLES / "families-first.yaml"), str(EXAMPLES / "triple-p-niveau-4-groep.yaml")],
    ],
    ids=lambda args: " ".join(a for a in args if "/" not in a),
)
def test_a_standard_output_in_ascii_shows_question_marks_instead_of_ending_the_run(args: list[str]) -> None:
    """PYTHONIOENCODING=ascii (or a Latin-1 terminal) ended the run with "internal error:
    UnicodeEncodeError" on the first check mark; it now shows `?` for what it cannot hold."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run(
        [sys.executable, "-m", "wat_werkt", *args, "--lang", "en"]
        if "--lang" not in args
        else [sys.executable, "-m", "wat_werkt", *args],
        capture_output=True,
        check=False,
        env=env,
    )
    assert proc.stderr == b""
    assert proc.returncode in (0, 1)
    assert proc.stdout.isascii() and proc.stdout.strip()
    if args[0] == "check" and args[-1] in ("json", "sarif", "gitlab"):
        json.loads(proc.stdout)  # escaped in JSON, so nothing is lost


@pytest.mark.slow
def test_standard_error_closed_still_gives_the_whole_report_and_exit_2(tmp_path: Path) -> None:
    """`2>&-` with an invalid file among the inputs: writing its problem to the closed standard
    error ended the run with exit 1 and a cut report."""
    import os
    import shlex

    (tmp_path / "bad.yaml").write_text("name: X\nfoo: 1\n", encoding="utf-8")
    good = EXAMPLES / "pmto.yaml"
    command = (
        f"{shlex.quote(sys.executable)} -m wat_werkt check bad.yaml {shlex.quote(str(good))} -f json 2>&-"
    )
    proc = subprocess.run(
        ["sh", "-c", command], cwd=tmp_path, capture_output=True, check=False, env={**os.environ}
    )
    assert proc.returncode == 2
    results = json.loads(proc.stdout)["results"]
    assert [len(r["factors"]) > 0 for r in results] == [False, True]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["sarif", "github", "json", "junit"])
def test_a_run_leaves_no_file_open(fmt: str) -> None:
    # With Python's warnings on, a temporary file left open says so on stderr.
    done = subprocess.run(
        [sys.executable, "-W", "default", "-m", "wat_werkt", "check", "examples", "-f", fmt],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode in (0, 1) and "ResourceWarning" not in done.stderr, done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("words", [["check", "README.md"], ["factors"]])
def test_a_removed_working_folder_is_one_line_and_exit_2(tmp_path: Path, words: list[str]) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = f"import os, sys\nos.chdir({str(gone)!r})\nos.rmdir({str(gone)!r})\nfrom wat_werkt.cli import main\nmain()\n"
    done = subprocess.run(
        [sys.executable, "-c", script, *words],
        capture_output=True,
        text=True,
        env={**os.environ, "WATWERKT_LANG": "en"},
    )
    assert done.returncode == 2
    assert (
        done.stderr
        == "watwerkt: the working folder cannot be used (was it removed?): No such file or directory\n"
    )


@pytest.mark.slow
@pytest.mark.parametrize("words", [["check", str(EXAMPLES)], ["factors"]])
def test_standard_output_open_for_reading_is_one_line_and_exit_2(words: list[str]) -> None:
    with open(os.devnull) as read_only:
        done = subprocess.run(
            [sys.executable, "-m", "wat_werkt", *words],
            stdout=read_only,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "WATWERKT_LANG": "en"},
        )
    assert done.returncode == 2
    assert done.stderr == "watwerkt: cannot write the report: Bad file descriptor\n"
