"""The JSON report of docs/contract.md section 4, a file's record at a time: the same text as
the whole report data (json_data.as_data) written at once, so a run of any size never holds
every result (docs/performance.md)."""

from __future__ import annotations

from typing import Any, NamedTuple

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.renderers import Part, RenderOptions, Reporter, jsontext, whole
from wat_werkt.renderers.report.json_data import as_data, file_result
from wat_werkt.renderers.report.json_record import Templates
from wat_werkt.textsafe import defuse_json

_RESULTS = '"results": ['
_DEPTH = "\n    "  # a record's lines sit two levels deep: report -> results -> record


def record(result: FileResult, lang: str) -> str:
    """One file's record as it appears in the report, starting on a new line."""
    # JSON text has no raw newline inside a string, so indenting every line is safe.
    return _DEPTH + defuse_json(jsontext.dumps(file_result(result, lang))).replace("\n", _DEPTH)


class Records:
    """`record` for the results of one factor set in one language: from text prepared once
    (json_record.py) where it applies, in a third of the time; the generic `record` otherwise.
    The text is the same either way."""

    def __init__(self, factor_set: FactorSet, lang: str) -> None:
        self._templates = Templates(factor_set, lang)
        self._lang = lang

    def __call__(self, result: FileResult) -> str:
        text = self._templates.encode(result)
        return text if text is not None else record(result, self._lang)


# Between two records; on its own, since joining it to an 18 KB record would copy the record.
SEPARATOR = ","


class Frame(NamedTuple):
    """The report around its records: `head`, the records separated by SEPARATOR, then
    `tail(count)`."""

    head: str
    rest: str

    @classmethod
    def of(cls, factor_set: FactorSet, options: RenderOptions) -> Frame:
        # The set's title and source are text of a factor set, as untrusted as a file's.
        text = defuse_json(jsontext.dumps(as_data(Report(factor_set, ()), options)))
        cut = text.rindex(_RESULTS + "]") + len(_RESULTS)
        return cls(text[:cut], text[cut:])

    def tail(self, count: int) -> str:
        return ("\n  " if count else "") + self.rest + "\n"


class JsonReport(Reporter):
    """The frame of the report, the records as they come (from worker processes too), the end."""

    undecodable = "json"  # a file name that is not UTF-8: Reporter.undecodable

    parallel = True
    separator = SEPARATOR

    def __init__(self, factor_set: FactorSet, options: RenderOptions) -> None:
        super().__init__(factor_set, options)
        self._frame = Frame.of(factor_set, options)
        self._records = Records(factor_set, options.lang)
        self._count = 0

    def head(self) -> str:
        return self._frame.head

    def part(self, result: FileResult) -> Part:
        return Part(self._records(result))

    def add(self, data: Any) -> None:
        self._count += 1

    def tail(self) -> str:
        return self._frame.tail(self._count)


def render(report: Report, options: RenderOptions) -> str:
    """The whole report in one go: the same text as the records streamed."""
    return whole(JsonReport(report.factor_set, options), report.results)
