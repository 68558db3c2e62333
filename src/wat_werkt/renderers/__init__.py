"""Renderers turn results into text; only the CLI prints it.

An output format of `watwerkt check` is one `Reporter` in its own module and one line in
`REPORTERS`, the one registry: it gives `--format` its choices and the CLI its dispatch. A
reporter works file by file, so a run of any size holds no more than one file's results
(docs/robustness.md): `head()` first; `part()` for each file, in order, maybe in a worker
process; `add()` with each part's data, in order, in this process; then `lead()` and `tail()`.

- A streamed format has its parts written as they come, then `lead()` and `tail()` (json: the
  records, then the end of the report; table: the tables, then the total).
- A deferred format (`deferred = True`) has its parts kept in a spool until every file is in;
  then come `lead()` (which may need all of them: a total, a sorted list, an overview), the
  parts, `closing()`'s text and `tail()`. Its `separator` goes between two parts that are not
  empty (gitlab's comma: a file without findings has no part), and `body_ranges()` may keep
  only some of the parts (markdown's budget).

`RENDERERS[name](report, options)` is the same text in one go (`whole`), for tests and for a
report already in memory; most format modules also have a `render` of their own that does
this, for convenience: a new format needs none.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, NamedTuple

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.textsafe import show_bytes, show_bytes_json


class RenderOptions(NamedTuple):
    lang: str = "en"
    verbose: bool = False
    color: bool = False
    width: int = 100
    fail_on: str = "gap"
    cwd: str | None = None  # CI formats show paths relative to this folder; None: as given
    # The formats a platform reads against its repository (sarif, gitlab) name files relative
    # to this folder, the repository's root: the same names, and fingerprints, from any working
    # folder. None: relative to `cwd`, as the other formats.
    root: str | None = None
    # The CLI prints each problem on stderr; a report written to a file lists them itself.
    list_problems: bool = True
    # -q: the formats people read (concise, github) show only what fails the run, no totals.
    quiet: bool = False
    # A report kept whole however large it grows: markdown's budget for GitHub's step summary
    # does not apply (a report written with --output to a file that is not the step summary).
    unbounded: bool = False


class Part(NamedTuple):
    """One file's part of a report: its text, and what the report needs of it at its end
    (JSON data for a format whose parts may come from a worker process)."""

    text: str
    data: Any = None


class Reporter:
    """One output format of `watwerkt check`, file by file (see the module docstring)."""

    deferred: ClassVar[bool] = False  # parts wait in a spool until `lead()` is written
    parallel: ClassVar[bool] = False  # `part()` may run in a worker process (`data` is JSON)
    separator: ClassVar[str] = ""  # between two streamed parts (JSON's comma)
    strip_newlines: ClassVar[bool] = False  # a deferred body's last new lines are dropped
    # What a format that must be UTF-8 text does with a file name that is not (its bytes are
    # lone surrogates), in every text of the report (`shown`): "text" shows each byte as `\xff`
    # (textsafe.show_bytes), "json" the same inside a JSON string (show_bytes_json); "": the
    # name's own bytes are written, as `ls` shows them.
    undecodable: ClassVar[str] = ""

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        self.factor_set = factor_set
        self.options = options

    def head(self) -> str:
        return ""

    def part(self, result: FileResult) -> Part:
        raise NotImplementedError

    def add(self, data: Any) -> None:
        """Keep what the end of the report needs of one file (in file order)."""

    def closing(self) -> str:
        """A deferred format's last text of its body, after the parts."""
        return ""

    def lead(self, digest: str) -> str | Iterable[str]:
        """After every part is in: text, or pieces of it (github's sorted annotations).
        `digest`: the SHA-256 of a deferred body (github's token)."""
        return ""

    def body_ranges(self) -> list[tuple[int, int]] | None:
        """The parts of a deferred format's body to write, as byte ranges (UTF-8) in order,
        asked after `lead()`; None: all of it. Each cut must fall between two parts."""
        return None

    def tail(self) -> str | Iterable[str]:
        """The end of the report: text, or pieces of it (SARIF's sorted results)."""
        return ""


class Silent(Reporter):
    """No report at all: a run that only keeps notes of its files (--write-baseline)."""

    parallel = True

    def part(self, result: FileResult) -> Part:
        return Part("")


def pieces(text: str | Iterable[str]) -> Iterable[str]:
    return (text,) if isinstance(text, str) else text


def shown(reporter: Reporter, text: str) -> str:
    """A text of the report as it is written (Reporter.undecodable)."""
    if not reporter.undecodable:
        return text
    return show_bytes_json(text) if reporter.undecodable == "json" else show_bytes(text)


def tail_of(reporter: Reporter) -> Iterable[str]:
    return (shown(reporter, text) for text in pieces(reporter.tail()))


def lead_of(reporter: Reporter, digest: str) -> Iterable[str]:
    return (shown(reporter, text) for text in pieces(reporter.lead(digest)))


def body_digest(body: str) -> str:
    # surrogatepass: a file name that is not UTF-8 (a lone surrogate) must not stop the report.
    import hashlib  # here: OpenSSL is slow to load, and most runs hash nothing

    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def whole(reporter: Reporter, results: Iterable[FileResult]) -> str:
    """The whole report in one go: the same text a run writes part by part."""
    head = shown(reporter, reporter.head())
    texts = []
    for result in results:
        part = reporter.part(result)
        reporter.add(part.data)
        texts.append(shown(reporter, part.text))
    if not reporter.deferred:
        return (
            head
            + reporter.separator.join(texts)
            + "".join(lead_of(reporter, ""))
            + "".join(tail_of(reporter))
        )
    body = reporter.separator.join(text for text in texts if text) + shown(reporter, reporter.closing())
    lead = "".join(lead_of(reporter, body_digest(body)))
    ranges = reporter.body_ranges()
    if ranges is not None:
        data = body.encode("utf-8", "surrogatepass")
        body = b"".join(data[start:end] for start, end in ranges).decode("utf-8", "surrogatepass")
    elif reporter.strip_newlines:
        body = body.rstrip("\n")
    end = "".join(tail_of(reporter))
    return head + lead + body + end


class Format(NamedTuple):
    """A format of `check`: where its reporter is, and the file names `--output` gives it."""

    module: str  # under renderers/
    cls: str  # the Reporter class in it
    suffixes: tuple[str, ...] = ()  # `-o report.html` picks html when --format is not given


# The one registry of `check --format`: the name, the module and class of its reporter,
# imported on first use (a run pays only for the format it writes: Rich alone is a large part
# of the start-up, docs/performance.md), and its file suffixes. A new format is a module in
# renderers/report/ and a line here (CONTRIBUTING.md): --format, the configuration's `format`
# key, `--output NAME.SUFFIX` and completion all read it.
REPORTERS: dict[str, Format] = {
    "table": Format("report.table", "TableReport"),
    "json": Format("report.json_report", "JsonReport", (".json",)),
    "sarif": Format("report.sarif", "SarifReport", (".sarif", ".sarif.json")),
    "junit": Format("report.junit", "JunitReport", (".xml",)),
    "github": Format("report.github", "GithubReport"),
    "markdown": Format("report.markdown", "MarkdownReport", (".md", ".markdown")),
    "html": Format("report.html_report", "HtmlReport", (".html", ".htm")),
    "concise": Format("report.concise", "ConciseReport"),
    "gitlab": Format("report.gitlab", "GitlabReport"),
}


def formats_for_suffix(file_name: str) -> list[str]:
    """The formats a file name asks for, the longest matching suffix first
    (`report.sarif.json`: sarif, then json); `compare` takes the first it has."""
    name = file_name.lower()
    matches = [(len(s), fmt) for fmt, entry in REPORTERS.items() for s in entry.suffixes if name.endswith(s)]
    return [fmt for _, fmt in sorted(matches, reverse=True)]


def format_for_suffix(file_name: str) -> str | None:
    """The format of `check` a file name asks for, or None."""
    return next(iter(formats_for_suffix(file_name)), None)


def reporter(name: str, factor_set: FactorSet, options: RenderOptions) -> Reporter:
    entry = REPORTERS[name]
    loaded = importlib.import_module(f"wat_werkt.renderers.{entry.module}")  # fixed names only
    made: Reporter = getattr(loaded, entry.cls)(factor_set, options)
    return made


Renderer = Callable[[Report, RenderOptions], str]


def _rendering(name: str) -> Renderer:
    def render(report: Report, options: RenderOptions) -> str:
        return whole(reporter(name, report.factor_set, options), report.results)

    return render


# Each format as one function of a whole Report.
RENDERERS: dict[str, Renderer] = {name: _rendering(name) for name in REPORTERS}


def lazy(module: str) -> Callable[[Any, RenderOptions], str]:
    """The `render` of renderers/<module>.py, imported on first use (the compare formats)."""

    def render(subject: Any, options: RenderOptions) -> str:
        loaded = importlib.import_module(f"wat_werkt.renderers.{module}")  # fixed names only
        result: str = loaded.render(subject, options)
        return result

    return render
