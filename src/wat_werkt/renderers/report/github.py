"""GitHub Actions workflow commands: one annotation per finding, then the full plain report.

Escaping follows GitHub's toolkit (`@actions/core`): in the message `%`, CR and LF; in
properties also `:` and `,`. So a value from a file can never end our command or start one of
its own. GitHub shows at most 10 annotations of each level per step, hence errors first, then
warnings, then notices; the plain report after them holds everything. When a level has more,
one notice before all of them says how many are not shown and where they are.

The plain report is text from files, so it is fenced twice: between `::stop-commands::TOKEN`
and `::TOKEN::` (the runner ignores every command in between; the token is a hash of the
report, which the report itself cannot contain), and with any line that could read as a
command (`::x::` at its start, `##[x]` anywhere) defused by a backslash.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.problems import WHOLE_FILE
from wat_werkt.renderers import Part, RenderOptions, Reporter, whole
from wat_werkt.renderers.report.findings import Finding, fails, file_findings
from wat_werkt.renderers.spool import SortedTexts
from wat_werkt.textsafe import clean, defuse_commands, defuse_inline_commands

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(found: Finding, lang: str) -> str:
    # The file name is the file system's: any byte but "/" and NUL. Its control characters
    # are shown as escapes, as everywhere (docs/robustness.md), before the toolkit's escaping.
    props = {"file": clean(found.file)}
    if found.loc != WHOLE_FILE:  # a problem with the whole file is annotated at the file
        props.update(line=str(found.loc.line), col=str(found.loc.column))
    props["title"] = clean(found.title)
    body = found.text
    if found.advice:
        body += f"\n{message('advice', lang)}: {found.advice}"
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    # `##vso[` and the like work anywhere in a line, also inside our own command.
    return defuse_inline_commands(f"::{COMMANDS[found.level]} {joined}::{escape_data(body)}")


def plain_report(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers.report import table

    return table.render(report, options._replace(color=False))


# The report in parts, so that a big batch can be written as it is checked, in several
# processes (commands/write.py): each file's annotations and its piece of the plain report; then
# the annotations of all files in order, the stop-commands line, the plain report (with the
# total of a report of several files, as the table ends), the end line.


def file_notes(result: FileResult, options: RenderOptions) -> dict[str, Any]:
    """What the end of the report needs of one file: its annotations, each with its place in
    the report's order ([sort key, line]), and its counts of statuses for the total. Text,
    numbers and booleans only, so a worker process can hand them back as JSON."""
    annotations = [
        [list(found.sort_key), annotation(found, options.lang)]
        for found in file_findings(result, options)
        if not options.quiet or fails(found, options.fail_on)  # -q: only what fails the run
    ]
    return {"annotations": annotations, "counts": result.counts()}


def plain_piece(result: FileResult, factor_set: FactorSet, options: RenderOptions) -> str:
    """One file's part of the plain report, commands defused: joined, the parts are the report
    (a table ends on a new line, so no command can span two parts)."""
    return defuse_commands(plain_report(Report(factor_set, (result,)), options))


def plain_total(counts: Mapping[str, int], files: int, invalid: int, options: RenderOptions) -> str:
    """The plain report's last line, under several files (table.total)."""
    from wat_werkt.renderers.report import table

    return defuse_commands(table.total(counts, files, invalid, options._replace(color=False)))


# GitHub shows this many annotations of each level (error, warning, notice) of a step; the
# rest are dropped without a word.
SHOWN_PER_LEVEL = 10
_LEVEL_WORDS = ("gh_more_errors", "gh_more_warnings", "gh_more_notices")  # by LEVEL_ORDER


def more_notice(levels: Sequence[int], lang: str, quiet: bool = False) -> str:
    """The notice that says how many annotations GitHub will not show, by level, and where
    they are; "" when every one is shown. `levels`: each annotation's LEVEL_ORDER.

    It comes first, so that it is never itself one notice too many; it then takes the place
    of one notice, which it counts among those not shown."""
    counts = [levels.count(level) for level in range(len(_LEVEL_WORDS))]
    if all(count <= SHOWN_PER_LEVEL for count in counts):
        return ""
    shown = [SHOWN_PER_LEVEL, SHOWN_PER_LEVEL, SHOWN_PER_LEVEL - 1]
    more = [
        counted(code, lang, count - limit)
        for code, count, limit in zip(_LEVEL_WORDS, counts, shown, strict=True)
        if count > limit
    ]
    text = message(
        "gh_more_quiet" if quiet else "gh_more",
        lang,
        limit=SHOWN_PER_LEVEL,
        more=message("gh_and", lang).join([", ".join(more[:-1]), more[-1]] if len(more) > 1 else more),
    )
    return f"::notice title={escape_property(message('gh_more_title', lang))}::{escape_data(text)}\n"


def head(annotations: SortedTexts, stop: str, lang: str = "en", quiet: bool = False) -> Iterator[str]:
    """Every annotation in the report's order (see findings.Finding.sort_key; a stable sort,
    so equal keys keep the order of the files), after the notice of those GitHub will not
    show, if any; then the line that stops commands (none when `quiet`: no plain report)."""
    yield more_notice([key[0] for key in annotations.sorted_keys()], lang, quiet)
    for line in annotations.texts():
        yield line + "\n"
    annotations.close()  # each is written: the temporary file can go
    if not quiet:
        yield f"::stop-commands::{stop}\n"


def tail(stop: str) -> str:
    return f"\n::{stop}::\n"


class GithubReport(Reporter):
    """Every file's annotations first, sorted, then the line that stops commands, whose token
    hashes the plain report that follows (so the report cannot contain it), then the plain
    report (the table, with its total under several files) and the line that starts commands
    again. The plain report waits in a spool until the annotations of every file are in."""

    deferred = True
    parallel = True
    strip_newlines = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._annotations = SortedTexts()
        self._counts: dict[str, int] = {}
        self._files = 0
        self._invalid = 0
        self._stop = ""

    def part(self, result: FileResult) -> Part:
        notes = file_notes(result, self.options)
        # -q: the annotations alone, without the plain report (nor the fence it needs).
        text = "" if self.options.quiet else plain_piece(result, self.factor_set, self.options)
        return Part(text, [notes, result.valid])

    def add(self, data: Any) -> None:
        notes, valid = data
        for key, line in notes["annotations"]:
            self._annotations.add(key, line)
        for status, count in notes["counts"].items():
            self._counts[status] = self._counts.get(status, 0) + count
        self._files += 1
        self._invalid += not valid

    def closing(self) -> str:
        if self._files <= 1 or self.options.quiet:
            return ""
        return plain_total(self._counts, self._files, self._invalid, self.options)

    def lead(self, digest: str) -> Iterator[str]:
        self._stop = digest
        return head(self._annotations, digest, self.options.lang, self.options.quiet)

    def tail(self) -> str:
        return "" if self.options.quiet else tail(self._stop)


def render(report: Report, options: RenderOptions) -> str:
    return whole(GithubReport(report.factor_set, options), report.results)
