"""One file's record of the JSON report, written from text prepared once per factor set and
language: the same bytes as json_stream.record, in a fraction of the time.

A record is about 18 KB and most of it is the same in every file: each factor's id, slug, kind,
title and advice, its criteria's ids, every key name and all the indentation. `Templates`
encodes that once; per file only the values that vary (statuses, lines and columns, paths,
evidence, applicability, waivers, the summary) are escaped and put in between. The whole record
is made as inert as on the generic path (textsafe.defuse_json): control characters in each
string, workflow commands over the whole text.

The layout below is what `json.dumps(..., ensure_ascii=False, indent=2)` writes for
json_report.file_result, indented to where a record sits in the report. tests/test_json_record.py
holds the two paths together byte for byte. `encode` answers None for anything it was not built
for (a file with errors, a factor of another set, a value of an unexpected type); the caller
then takes the generic path, so correctness never rests on this module covering every case.
"""

from __future__ import annotations

import json.encoder
from collections.abc import Iterable

from wat_werkt.engine.conditions import Outcome
from wat_werkt.engine.evaluate import FactorResult, FileResult
from wat_werkt.factorset.load import Factor, FactorSet
from wat_werkt.renderers import jsontext
from wat_werkt.renderers.common import questions
from wat_werkt.textsafe import defuse_json_commands, escape_json_controls

# json.dumps's own string escaper with ensure_ascii=False (the C one when _json is available).
_escape = json.encoder.encode_basestring


class _Unusual(Exception):
    """A value this module was not built for: the generic path writes the record."""


def _newline(level: int) -> str:
    """A new line indented to `level`, two spaces a level, as indent=2 writes it."""
    return "\n" + "  " * level


def _first(level: int, key: str) -> str:
    """The text from a dict's opening brace to its first value, members at `level`."""
    return "{" + _newline(level) + _escape(key) + ": "


def _next(level: int, key: str) -> str:
    """The text between one member's value and the next member's value."""
    return "," + _newline(level) + _escape(key) + ": "


def _close(level: int) -> str:
    """The closing brace of a dict whose members sit at `level`."""
    return _newline(level - 1) + "}"


def _text(value: object) -> str:
    if type(value) is not str:
        raise _Unusual
    # What textsafe.defuse_json does to the whole text on the generic path, done to each string:
    # the characters it escapes only ever occur inside strings.
    return escape_json_controls(_escape(value))


def _text_or_null(value: object) -> str:
    return "null" if value is None else _text(value)


def _int(value: object) -> str:
    # Exactly int: a bool or an int subclass would be written otherwise by json.dumps.
    if type(value) is not int:
        raise _Unusual
    return str(value)


def _bool(value: object) -> str:
    if type(value) is not bool:
        raise _Unusual
    return "true" if value else "false"


# Levels in the report: report 0, "results" list 1, record 2, its members 3, the "factors" list
# 4, a factor's members 5, its "criteria" list and its "applies"/"waiver" members 6, a
# criterion's members 7.
_RECORD = 2
_FACTOR = 5
_CRITERION = 7


class _OutcomeBlock:
    """The text of an outcome (json_report._outcome) whose members sit at `level`."""

    def __init__(self, level: int) -> None:
        self.level = level
        self.status = _next(level, "status")
        self.kind = _next(level, "kind")
        self.path = _next(level, "path")
        self.line = _next(level, "line")
        self.column = _next(level, "column")
        self.evidence = _next(level, "evidence")
        self.missing = _next(level, "missing")
        self.lacking = _next(level, "lacking")
        self.end = _close(level)

    def head(self, outcome_id: str, basis: str | None = None) -> str:
        """Everything before the status value, for an outcome with this id (and basis)."""
        text = _first(self.level, "id") + _text(outcome_id)
        if basis is not None:
            text += _next(self.level, "basis") + _text(basis)
        return text + self.status

    def tail(self, advice: str | None = None) -> str:
        """Everything after the outcome's own members: a criterion's advice, and the brace."""
        return ("" if advice is None else _next(self.level, "advice") + _text(advice)) + self.end

    def _list(self, values: tuple[str, ...]) -> str:
        items = [_newline(self.level + 1) + _text(value) for value in values]
        return "[" + ",".join(items) + _newline(self.level) + "]"

    def write(self, head: str, outcome: Outcome, tail: str) -> str:
        value, path, loc, kind, evidence, missing, lacking = outcome
        line, column = loc
        if type(line) is not int or type(column) is not int:
            raise _Unusual  # json.dumps would write a bool or an int subclass otherwise
        text = (
            f"{head}{_known(value)}{self.kind}{_known(kind)}{self.path}{_known(path)}"
            f"{self.line}{line}{self.column}{column}"
            f"{self.evidence}{_text_or_null(evidence)}"
        )
        if kind == "missing" and missing:
            text += self.missing + self._list(missing)
        if lacking:
            text += self.lacking + self._list(lacking)
        return text + tail


# Statuses and paths come back in every file (`"met"`, `"curriculum.manual"`): each is escaped
# once. Paths hold list indexes and keys of the factor set, so there are few of them; the cap
# only guards against a pathological set.
_KNOWN: dict[object, str] = {}


def _known(value: object) -> str:
    text = _KNOWN.get(value)
    if text is None:
        text = _text(value)
        if len(_KNOWN) < 10_000:
            _KNOWN[value] = text
    return text


_CRITERION_BLOCK = _OutcomeBlock(_CRITERION)
# A criterion's own applies_when outcome, one level deeper.
_CRITERION_APPLIES = _next(_CRITERION, "applies")
_CRITERION_APPLIES_BLOCK = _OutcomeBlock(_CRITERION + 1)
_CRITERION_APPLIES_HEAD = _CRITERION_APPLIES_BLOCK.head("applies_when")
_CRITERION_APPLIES_TAIL = _CRITERION_APPLIES_BLOCK.tail()
_APPLIES_BLOCK = _OutcomeBlock(_FACTOR + 1)
_APPLIES_HEAD = _APPLIES_BLOCK.head("applies_when")
_APPLIES_TAIL = _APPLIES_BLOCK.tail()

# A factor's members after the constant head (id, slug, kind, title) and before the advice.
_LINE = _next(_FACTOR, "line")
_COLUMN = _next(_FACTOR, "column")
_CRITERIA = _next(_FACTOR, "criteria")
_APPLIES = _next(_FACTOR, "applies")
_WAIVER = _next(_FACTOR, "waiver") + _first(_FACTOR + 1, "reason")
_UNUSED = _next(_FACTOR + 1, "unused")
_WAIVER_END = _close(_FACTOR + 1)
_FACTOR_END = _close(_FACTOR)
_CRITERIA_END = _newline(_FACTOR) + "]"
_CRITERION_START = _newline(_CRITERION - 1)  # each criterion starts on a line of its own

# A file's members. The fast path writes only valid files: "valid" is true, "errors" empty.
_FILE = _newline(_RECORD) + _first(_RECORD + 1, "file")
_NAME = _next(_RECORD + 1, "name")
_VALID_AND_ERRORS = _next(_RECORD + 1, "valid") + "true" + _next(_RECORD + 1, "errors") + "[]"
_FACTORS = _next(_RECORD + 1, "factors")
_FACTOR_START = _newline(_RECORD + 2)
_FACTORS_END = _newline(_RECORD + 1) + "]"
_SUMMARY = _next(_RECORD + 1, "summary")
_SUMMARY_END = _close(_RECORD + 2)
_RECORD_END = _close(_RECORD + 1)
# The key facts (json_report.file_result): a small mapping that varies per file, written by
# jsontext and indented to where it sits; then the questions, each prepared per criterion.
_FACTS = _next(_RECORD + 1, "facts")
_FACTS_DEPTH = _newline(_RECORD + 1)
_QUESTIONS = _next(_RECORD + 1, "questions")
_QUESTION_START = _newline(_RECORD + 2)
_QUESTIONS_END = _newline(_RECORD + 1) + "]"


_CACHED_OUTCOMES = 4096  # per factor: bounds the memory of a batch whose outcomes never repeat


class _FactorText:
    """The constant text of one factor's record in one language."""

    def __init__(self, factor: Factor, lang: str) -> None:
        self.factor = factor  # the very object results must carry to use this text
        self.head = (
            _FACTOR_START
            + _first(_FACTOR, "id")
            + _text(factor.id)
            + _next(_FACTOR, "slug")
            + _text(factor.slug)
            + _next(_FACTOR, "kind")
            + _text(factor.kind)
            + _next(_FACTOR, "title")
            + _text(factor.title.get(lang))
            + _next(_FACTOR, "status")
        )
        self.advice = _next(_FACTOR, "advice") + _text(factor.advice.get(lang))
        self.criteria = {
            c.id: (
                _CRITERION_START + _CRITERION_BLOCK.head(c.id, c.basis),
                _CRITERION_BLOCK.tail((c.advice or factor.advice).get(lang)),
            )
            for c in factor.criteria
        }
        # Most outcomes come back file after file (a missing field, the same answer on the same
        # line: 89% of them in bench/corpus-1000), so each is written once. An Outcome holds
        # only text and a Loc of two ints, so equal outcomes are written alike.
        self._written: dict[tuple[str, Outcome, Outcome | None], str] = {}

    def write(self, result: FactorResult) -> str:
        # A factor the selection ignores or the baseline accepts carries a field of its own:
        # rare, so the generic path writes it.
        if result.factor is not self.factor or result.ignored is not None or result.baseline is not None:
            raise _Unusual
        parts = [
            self.head,
            _known(result.status),
            _LINE,
            _int(result.loc.line),
            _COLUMN,
            _int(result.loc.column),
            _CRITERIA,
            self._criteria(result),
            self.advice,
        ]
        if result.applies is not None:
            parts += [_APPLIES, _APPLIES_BLOCK.write(_APPLIES_HEAD, result.applies, _APPLIES_TAIL)]
        if result.waiver is not None:
            parts += [_WAIVER, _text(result.waiver.reason), _UNUSED, _bool(result.unused_waiver), _WAIVER_END]
        parts.append(_FACTOR_END)
        return "".join(parts)

    def _criteria(self, result: FactorResult) -> str:
        if not result.criteria:
            return "[]"
        written = []
        cache = self._written
        for item in result.criteria:
            key = (item.criterion.id, item.outcome, item.applies)
            text = cache.get(key)
            if text is None:
                prepared = self.criteria.get(item.criterion.id)
                if prepared is None:  # a criterion this factor does not declare
                    raise _Unusual
                tail = prepared[1]
                if item.applies is not None:
                    applies = _CRITERION_APPLIES_BLOCK.write(
                        _CRITERION_APPLIES_HEAD, item.applies, _CRITERION_APPLIES_TAIL
                    )
                    tail = _CRITERION_APPLIES + applies + tail
                text = _CRITERION_BLOCK.write(prepared[0], item.outcome, tail)
                if len(cache) < _CACHED_OUTCOMES:
                    cache[key] = text
            written.append(text)
        return "[" + ",".join(written) + _CRITERIA_END


def _summary(counts: dict[str, int]) -> str:
    if not counts:
        return "{}"
    level = _RECORD + 2
    members = ["," + _newline(level) + _text(status) + ": " + _int(count) for status, count in counts.items()]
    return "{" + "".join(members)[1:] + _SUMMARY_END  # the first member has no comma before it


class Templates:
    """The constant text of every factor of one set in one language, prepared once."""

    def __init__(self, factor_set: FactorSet, lang: str) -> None:
        self._lang = lang
        self._questions: dict[tuple[str, str, str], str] = {}
        self._factors: dict[str, _FactorText] = {}
        for factor in factor_set.factors:
            try:
                self._factors[factor.id] = _FactorText(factor, lang)
            except _Unusual:  # a constant that is not text: that factor takes the generic path
                continue

    def encode(self, result: FileResult) -> str | None:
        """The record of json_stream.record, or None when the generic path must write it."""
        if result.problems:  # errors are rare and varied: the generic path writes them
            return None
        try:
            factors = self._write_factors(result.factors)
            head = _FILE + _text(result.file) + _NAME + _text_or_null(result.name)
            summary = _summary(result.counts())
            asked = self._write_questions(result)
        except _Unusual:
            return None
        facts = jsontext.dumps(result.about.facts.as_data(self._lang)).replace("\n", _FACTS_DEPTH)
        text = (
            f"{head}{_VALID_AND_ERRORS}{_FACTORS}{factors}{_SUMMARY}{summary}"
            f"{_FACTS}{escape_json_controls(facts)}{_QUESTIONS}{asked}{_RECORD_END}"
        )
        # Over the whole text, as on the generic path: a "##[" may span two values' texts.
        return defuse_json_commands(text)

    def _write_questions(self, result: FileResult) -> str:
        written = []
        for item in questions(result, self._lang):
            text = self._questions.get(item)
            if text is None:
                level = _RECORD + 3
                text = (
                    _QUESTION_START
                    + _first(level, "factor")
                    + _text(item.factor)
                    + _next(level, "criterion")
                    + _text(item.criterion)
                    + _next(level, "text")
                    + _text(item.text)
                    + _close(level)
                )
                if len(self._questions) < _CACHED_OUTCOMES:
                    self._questions[item] = text
            written.append(text)
        return "[" + ",".join(written) + _QUESTIONS_END if written else "[]"

    def _write_factors(self, results: Iterable[FactorResult]) -> str:
        written = []
        for result in results:
            prepared = self._factors.get(result.factor.id)
            if prepared is None:
                raise _Unusual
            written.append(prepared.write(result))
        return "[" + ",".join(written) + _FACTORS_END if written else "[]"
