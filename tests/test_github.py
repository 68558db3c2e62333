"""GitHub annotations, read back the way the Actions runner reads them.

`runner()` mirrors actions/runner (ActionCommand.TryParseV2 and TryParse, and the
stop-commands logic of ActionCommandManager): it splits the output into lines as .NET's
ReadLine does, parses `::cmd props::data` after leading whitespace and the older `##[cmd]`
anywhere in a line, and unescapes exactly as the runner does. Hostile files must never yield a
command we did not write.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import pytest
from cihelp import UNUSED_WAIVER, run, write
from conftest import EXAMPLES, SAMPLE

# The commands the runner knows (ActionCommandManager's extensions plus stop-commands).
REGISTERED = {
    "error", "warning", "notice", "debug", "group", "endgroup", "echo", "add-mask",
    "add-matcher", "remove-matcher", "set-output", "save-state", "set-env", "add-path",
    "stop-commands",
}  # fmt: skip
DATA_ESCAPES = [("\r", "%0D"), ("\n", "%0A"), ("%", "%25")]
PROPERTY_ESCAPES = [("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("%", "%25")]
V1_ESCAPES = [(";", "%3B"), ("\r", "%0D"), ("\n", "%0A"), ("]", "%5D"), ("%", "%25")]
LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


@dataclass
class Command:
    name: str
    properties: dict[str, str] = field(default_factory=dict)
    data: str = ""
    line: str = ""


def unescape(text: str, mappings: list[tuple[str, str]]) -> str:
    for token, replacement in mappings:  # the runner's order, one pass per mapping
        text = text.replace(replacement, token)
    return text


def parse_v2(line: str, registered: set[str]) -> Command | None:
    message = line.lstrip()
    if not message.startswith("::"):
        return None
    end = message.find("::", 2)
    if end < 0:
        return None
    info = message[2:end]
    space = info.find(" ")
    name = info if space < 0 else info[:space]
    if name.lower() not in registered:
        return None
    command = Command(name, line=line)
    if space > 0:
        for prop in info[space + 1 :].strip().split(","):
            pair = [p for p in prop.split("=", 1) if p]
            if prop and len(pair) == 2:
                command.properties[pair[0]] = unescape(pair[1], PROPERTY_ESCAPES)
    command.data = unescape(message[end + 2 :], DATA_ESCAPES)
    return command


def parse_v1(line: str, registered: set[str]) -> Command | None:
    start = line.find("##[")
    if start < 0:
        return None
    close = line.find("]", start)
    if close < 0:
        return None
    info = line[start + 3 : close]
    space = info.find(" ")
    name = info if space < 0 else info[:space]
    if name.lower() not in registered:
        return None
    command = Command(name, line=line)
    if space > 0:
        for prop in info[space + 1 :].split(";"):
            pair = [p for p in prop.split("=", 1) if p]
            if prop and len(pair) == 2:
                command.properties[pair[0]] = unescape(pair[1], V1_ESCAPES)
    command.data = unescape(line[close + 1 :], V1_ESCAPES)
    return command


def lines_of(output: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", output)  # .NET ReadLine: LF, CR or CRLF ends a line


def runner(output: str) -> list[Command]:
    """The commands the runner would carry out, in order."""
    registered = set(REGISTERED)
    token: str | None = None
    done: list[Command] = []
    for line in lines_of(output):
        command = parse_v2(line, registered) or parse_v1(line, registered)
        if command is None:
            continue
        if token is not None:
            if command.name.lower() == token.lower():
                registered.discard(token.lower())
                token = None
                done.append(command)
            continue
        if command.name.lower() == "stop-commands":
            token = command.data
            registered.add(token.lower())
            done.append(command)
            continue
        done.append(command)
    return done


def parsed_anywhere(output: str, token: str) -> list[Command]:
    """Every line that would be a command if the runner ignored stop-commands."""
    registered = REGISTERED | {token.lower()}
    return [c for line in lines_of(output) if (c := parse_v2(line, registered) or parse_v1(line, registered))]


HOSTILE_NAME = "Evil\n::error file=x.yaml,line=1::pwned\n##[warning]v1 %0A ::notice::n"
HOSTILE_FILE = """\
name: "{name}"
summary: "::set-output name=x::y%0A##[add-mask]s, with: colons"
goals:
  - text: "::error::goal%0A::warning::x\\n::error::second line"
    kind: parenting_skills
practitioners:
  training: false
waivers:
  - factor: G10
    reason: "reden\\n::error::uit een reden %25 ##[error]r"
"""
HOSTILE_INVALID = (
    'name: X\nsummary: Y\n"::error::k\\n::warning::%0A##[error]z": 1\n'
    'delivery:\n  format: "grup\\n::notice::y"\n'
)
FILE_NAMES = ["hostile,one:two%0A.yaml", "evil\n::warning::name.yaml", "ok.yaml"]


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    text = HOSTILE_FILE.format(name=HOSTILE_NAME.replace("\n", "\\n"))
    write(tmp_path, f"repo/{FILE_NAMES[0]}", text)
    write(tmp_path, f"repo/{FILE_NAMES[1]}", HOSTILE_INVALID)
    write(tmp_path, f"repo/{FILE_NAMES[2]}", UNUSED_WAIVER)
    # Names that start a line of the plain report: a table title and an invalid-file line.
    sample = SAMPLE.read_text(encoding="utf-8").replace("Voorbeeldtraining", '"::error file=a,line=1::top"')
    write(tmp_path, "repo/sample.yaml", sample)
    write(tmp_path, "repo/::warning::bad.yaml", HOSTILE_INVALID)
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path / "repo"


def test_hostile_text_never_makes_a_command(hostile: Path) -> None:
    code, out, _ = run("check", ".", "-f", "github", "--lang", "en")
    assert code == 2
    sarif = json.loads(run("check", ".", "-f", "sarif", "--lang", "en")[1])
    expected = [
        (
            LEVEL[r["level"]],
            unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]),
            str(r["locations"][0]["physicalLocation"]["region"]["startLine"]),
            str(r["locations"][0]["physicalLocation"]["region"]["startColumn"]),
        )
        for r in sarif["runs"][0]["results"]
    ]
    done = runner(out)
    annotations = done[:-2]
    # More than 10 warnings: first the one notice of those GitHub will not show, ours too.
    assert annotations[0].properties == {"title": "More findings than annotations"}
    annotations = annotations[1:]
    assert [
        (c.name, c.properties["file"], c.properties["line"], c.properties["col"]) for c in annotations
    ] == expected
    assert {c.properties["file"] for c in annotations} == {
        *FILE_NAMES,
        "sample.yaml",
        "::warning::bad.yaml",
    }
    stop, resume = done[-2:]
    assert stop.name == "stop-commands" and resume.name == stop.data
    # Without the stop-commands fence, still nothing but our own lines parses as a command.
    anywhere = parsed_anywhere(out, stop.data)
    assert [c.line for c in anywhere] == [c.line for c in done]
    # Every line that starts like a command is one of ours.
    ours = {c.line for c in done}
    assert "\\::error file=a,line=1::top  (sample.yaml)" in out
    assert "\\::warning::bad.yaml: not checked, 2 problems found" in out
    assert [line for line in lines_of(out) if line.lstrip().startswith("::") and line not in ours] == []


def test_properties_and_messages_round_trip_exactly(hostile: Path) -> None:
    done = runner(run("check", ".", "-f", "github", "--lang", "en")[1])
    invalid = [c for c in done if c.properties.get("file") == FILE_NAMES[1]]
    assert [
        (c.name, c.properties["line"], c.properties["col"], c.properties["title"], c.data) for c in invalid
    ] == [
        (
            "error",
            "3",
            "1",
            "Invalid intervention file",
            # `##[` works anywhere in a line on some runners (Azure), also inside a command of
            # ours: a backslash breaks it, as everywhere.
            "unknown key '::error::k ::warning::%0A##\\[error]z'",
        ),
        (
            "error",
            "5",
            "11",
            "Invalid intervention file",
            (
                "unknown value 'grup ::notice::y' for 'delivery.format'; allowed: group, "
                "individual, home_visiting, online"
            ),
        ),
    ]
    gap = next(c for c in done if c.properties.get("file") == FILE_NAMES[0] and c.name == "error")
    assert gap.properties["title"] == "G11 Training, supervision and stable staffing of practitioners: gap"
    assert (gap.properties["line"], gap.properties["col"]) == ("7", "13")
    first, advice = gap.data.split("\n")
    assert first == (
        "practitioners.training = false: not part of the intervention (line 7); not described: "
        "practitioners.supervision, practitioners.staffing"
    )
    assert advice.startswith("Advice: Describe the education or training practitioners receive.")
    unused = next(c for c in done if c.properties.get("file") == FILE_NAMES[2] and c.name == "notice")
    assert (unused.name, unused.properties["line"], unused.properties["col"]) == (
        "notice",
        "8",
        "5",
    )
    assert unused.data.startswith("waiver for G01 is unused: it is a strength anyway")


def test_errors_then_warnings_then_notices_then_the_plain_report() -> None:
    out = run("check", str(SAMPLE), "-f", "github", "--lang", "en")[1]
    done = runner(out)
    names = [c.name for c in done[:-2]]
    assert names == sorted(names, key=["error", "warning", "notice"].index)
    assert names.count("error") == 2 and names.count("warning") == 5 and names.count("notice") == 2
    lines = [(c.name, int(c.properties["line"])) for c in done[:-2]]
    for level in ("warning", "notice"):
        numbers = [n for name, n in lines if name == level]
        assert numbers == sorted(numbers)
    report = out.split(done[-2].line, 1)[1]
    assert "Voorbeeldtraining" in report and "Evidence / advice" in report and "Summary: 3 strength" in report
    assert "\x1b[" not in out  # the plain report has no colour


def test_auto_picks_github_only_in_github_actions() -> None:
    code, out, _ = run("check", str(SAMPLE), env={"GITHUB_ACTIONS": "true"})
    assert code == 1 and out.startswith("::error file=")
    code, out, _ = run("check", str(SAMPLE))
    assert code == 1 and not out.startswith("::") and "Evidence / advice" in out
    # An explicit format wins over the environment.
    assert run("check", str(SAMPLE), "-f", "json", env={"GITHUB_ACTIONS": "true"})[1].startswith("{")


@pytest.mark.parametrize("output_format", ["github", "sarif", "junit", "markdown"])
def test_no_format_and_no_error_line_carries_a_command(hostile: Path, output_format: str) -> None:
    code, out, err = run("check", ".", "-f", output_format, "--lang", "en")
    assert code == 2 and "::error::k" in err  # the problems on stderr name the hostile key
    assert parsed_anywhere(err, "-") == []
    if output_format == "github":
        out = out.split("::stop-commands::", 1)[1].split("\n", 1)[1]  # the plain report
    assert parsed_anywhere(out, "-") == []
    if output_format == "sarif":  # escaped, yet the same data, its brackets as SARIF 3.11.6 has them
        texts = [r["message"]["text"] for r in json.loads(out)["runs"][0]["results"]]
        assert "Invalid intervention file: unknown key '::error::k ::warning::%0A##\\[error\\]z'" in texts
    if output_format == "junit":
        messages = [e.get("message") for e in ET.fromstring(out).iter("error")]
        assert "::warning::bad.yaml:3:1: unknown key '::error::k ::warning::%0A##[error]z'" in messages


def test_files_that_could_not_be_checked_are_annotated_first(tmp_path: Path) -> None:
    # GitHub shows 10 annotations of each level: what makes the run exit 2 must not be crowded
    # out by the gaps of files that sort before it.
    gaps = write(tmp_path, "a-gap.yaml", SAMPLE.read_text(encoding="utf-8"))
    broken = write(tmp_path, "b-broken.yaml", "name: X\nsummary: Y\nnme: z\n")
    code, out, _ = run("check", str(gaps), str(broken), "-f", "github", "--lang", "en")
    assert code == 2
    errors = [c for c in runner(out)[:-2] if c.name == "error"]
    assert [Path(c.properties["file"]).name for c in errors] == ["b-broken.yaml", "a-gap.yaml", "a-gap.yaml"]


def test_the_fence_is_closed_even_when_the_report_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plain report that fails half-way (a disk that is full, a bug): the run fails, but after
    `::stop-commands::TOKEN` the `::TOKEN::` that lets the runner take commands again is
    written all the same. (Standard output that cannot hold a character no longer fails: it
    gets a ?, docs/robustness.md; so the failure is made here.)"""
    from wat_werkt.commands.write import to_stdout
    from wat_werkt.factorset.load import KnownIds, load_builtin
    from wat_werkt.renderers import RenderOptions, reporter
    from wat_werkt.run import stream
    from wat_werkt.run.checker import check_input
    from wat_werkt.run.discovery import discover

    def failing(self: stream.Spool, *args: object, **kwargs: object) -> object:
        yield "the plain report, begun"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stream.Spool, "text", failing)
    factor_set = load_builtin("opvoedingsondersteuning")
    known = KnownIds(factor_set.ids)
    made = reporter("github", factor_set, RenderOptions(lang="en"))
    found = discover([str(EXAMPLES / "minimal.yaml"), str(SAMPLE)])
    with pytest.raises(OSError, match="No space left"):
        to_stdout(found.inputs, lambda item: check_input(item, factor_set, known), made, 1, "en")
    out = capsys.readouterr().out
    stops = [
        line.removeprefix("::stop-commands::")
        for line in out.splitlines()
        if line.startswith("::stop-commands::")
    ]
    assert len(stops) == 1 and "the plain report, begun" in out
    assert out.endswith(f"\n::{stops[0]}::\n")


def test_one_notice_says_how_many_annotations_github_will_not_show(tmp_path: Path) -> None:
    # Each copy of the sample has 2 gaps (errors), 5 silent factors (warnings), 2 partial (notices).
    for i in range(12):
        write(tmp_path, f"f{i:02d}.yaml", SAMPLE.read_text(encoding="utf-8"))
    out = run("check", str(tmp_path), "-f", "github", "--lang", "en")[1]
    done = runner(out)[:-2]
    first, annotations = done[0], done[1:]
    assert first.name == "notice" and "file" not in first.properties
    assert first.properties["title"] == "More findings than annotations"
    # 24 errors and 60 warnings, 10 of each shown; 24 notices, 9 shown beside this one.
    assert first.data == (
        "GitHub shows 10 annotations of each kind in a step; not shown here: 14 errors, 50 warnings "
        "and 15 notices. Every finding is in the full report that follows in this step's log."
    )
    assert [c.name for c in annotations].count("notice") == 24
    dutch = runner(run("check", str(tmp_path), "-f", "github", "--lang", "nl")[1])[0]
    assert dutch.data.startswith(
        "GitHub toont per stap 10 annotaties van elke soort; hier niet getoond: 14 fouten"
    )


@pytest.mark.parametrize(
    ("levels", "said"),
    [
        ([0] * 10 + [1] * 10 + [2] * 10, None),  # every one shown: no notice
        ([0] * 11, "1 error"),
        ([1] * 12 + [2] * 3, "2 warnings"),
        ([0] * 11 + [2] * 10, "1 error and 1 notice"),  # the notice itself takes a place
    ],
)
def test_the_notice_counts_each_level(levels: list[int], said: str | None) -> None:
    from wat_werkt.renderers.report.github import more_notice

    notice = more_notice(levels, "en")
    if said is None:
        assert notice == ""
    else:
        assert f"not shown here: {said}. " in notice


def test_quiet_the_notice_says_to_run_without_quiet(tmp_path: Path) -> None:
    for i in range(6):  # 12 gaps
        write(tmp_path, f"f{i}.yaml", SAMPLE.read_text(encoding="utf-8"))
    out = run("check", str(tmp_path), "-f", "github", "-q", "--lang", "en")[1]
    done = runner(out)
    assert [c.name for c in done] == ["notice"] + ["error"] * 12  # no plain report, no fence
    assert done[0].data == (
        "GitHub shows 10 annotations of each kind in a step; not shown here: 2 errors. "
        "Run watwerkt check without --quiet to have every finding in this step's log."
    )
