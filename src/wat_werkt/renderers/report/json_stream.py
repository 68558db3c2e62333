"""The JSON report of json_report.py in pieces: byte for byte the same text, written one file's
record at a time so that a big batch never holds every result (issue 6, docs/performance.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from wat_werkt.engine.evaluate import FileResult, Report
from wat_werkt.factorset.load import FactorSet
from wat_werkt.renderers import RenderOptions, jsontext
from wat_werkt.renderers.report.json_record import Templates
from wat_werkt.renderers.report.json_report import as_data, file_result
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
        text = jsontext.dumps(as_data(Report(factor_set, ()), options))
        cut = text.rindex(_RESULTS + "]") + len(_RESULTS)
        return cls(text[:cut], text[cut:])

    def tail(self, count: int) -> str:
        return ("\n  " if count else "") + self.rest + "\n"


def pieces(factor_set: FactorSet, records: Iterable[str], options: RenderOptions) -> Iterator[str]:
    """The report: everything before the results, the records (from `record` or `Records`) as they come,
    then the rest. Joined, it equals json_report.render over the same results."""
    frame = Frame.of(factor_set, options)
    yield frame.head
    count = 0
    for count, text in enumerate(records, 1):
        if count > 1:
            yield SEPARATOR
        yield text
    yield frame.tail(count)
