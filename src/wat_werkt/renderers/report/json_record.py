"""One file's record of the JSON report, written from text prepared once per factor set and
language: the same bytes as json_report.record, in a fraction of the time.

A record is about 30 KB and most of it is the same in every file: each factor's id, slug, kind,
title and advice, its criteria's ids, bases, advice and questions, every key name and all the
indentation. `Templates` encodes that once; per file only the values that vary (statuses, lines
and columns, paths, evidence, applicability, waivers, the summary, the key facts) are escaped
and put in between, and the questions are picked while the criteria are written. The whole
record is made as inert as on the generic path (textsafe.defuse_json): control characters in
each string, workflow commands over the whole text.

The layout below is what `json.dumps(..., ensure_ascii=False, indent=2)` writes for
json_data.file_result, indented to where a record sits in the report. tests/test_json_record.py
holds the two paths together byte for byte. `encode` answers None for anything it was not built
for (a file with errors, a factor of another set, a value of an unexpected type); the caller
then takes the generic path, so correctness never rests on this module covering every case.
"""

from __future__ import annotations

import json.encoder
import math

from wat_werkt.engine.conditions import Outcome
from wat_werkt.engine.evaluate import CriterionResult, FactorResult, FileResult
from wat_werkt.factorset.load import Criterion, Factor, FactorSet, Texts
from wat_werkt.format.facts import DATABANK_LEVELS, Facts
from wat_werkt.renderers.common import NO_KINDS, said_no
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
    """The text of an outcome (json_data._outcome) whose members sit at `level`."""

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
# The key facts (json_data.file_result, Facts.as_data) and the questions, each prepared per
# criterion.
_FACTS = _next(_RECORD + 1, "facts")
_QUESTIONS = _next(_RECORD + 1, "questions")
_QUESTION_START = _newline(_RECORD + 2)
_QUESTIONS_END = _newline(_RECORD + 1) + "]"
# Factors that ask nothing (renderers.common.questions).
_ASK_NOTHING = frozenset({"not_applicable", "waived"})


# Bounds the memory of a batch whose outcomes never repeat: per criterion, per factor's
# applicability, and for the summaries.
_CACHED = 2048


def _question(factor: str, criterion: str, text: str) -> str:
    """A question of the record's "questions" (renderers.common.Question), on a line of its own."""
    level = _RECORD + 3
    return (
        _QUESTION_START
        + _first(level, "factor")
        + _text(factor)
        + _next(level, "criterion")
        + _text(criterion)
        + _next(level, "text")
        + _text(text)
        + _close(level)
    )


class _CriterionText:
    """The constant text of one criterion's record in one language, the questions it asks, and
    its outcomes as written so far."""

    __slots__ = ("_written", "criterion", "decides", "factor", "head", "lang", "question", "tail", "then")

    def __init__(self, criterion: Criterion, factor: Factor, lang: str) -> None:
        self.criterion = criterion  # the very object results must carry to use this text
        self.factor = factor.id
        self.lang = lang
        self.decides = criterion.decides
        self.head = _CRITERION_START + _CRITERION_BLOCK.head(criterion.id, criterion.basis)
        self.tail = _CRITERION_BLOCK.tail((criterion.advice or factor.advice).get(lang))
        # What renderers.common.questions asks of a source criterion the file is silent on, and
        # what it asks after quoting an explicit no.
        question = criterion.question
        self.question = None if question is None else _question(factor.id, criterion.id, question.get(lang))
        self.then: Texts | None = criterion.followup or question
        # Most outcomes come back file after file (a missing field, the same answer on the same
        # line), so each is written once. An Outcome holds only text and a Loc of two ints, so
        # equal outcomes are written alike.
        self._written: dict[object, str] = {}

    def write(self, item: CriterionResult) -> str:
        applies = item.applies
        key: object = item.outcome if applies is None else (item.outcome, applies)
        text = self._written.get(key)
        if text is None:
            tail = self.tail
            if applies is not None:
                written = _CRITERION_APPLIES_BLOCK.write(
                    _CRITERION_APPLIES_HEAD, applies, _CRITERION_APPLIES_TAIL
                )
                tail = _CRITERION_APPLIES + written + tail
            text = _CRITERION_BLOCK.write(self.head, item.outcome, tail)
            if len(self._written) < _CACHED:
                self._written[key] = text
        return text

    def followup(self, outcome: Outcome) -> str | None:
        """The question after the file's own no (renderers.common.questions)."""
        if self.then is None:
            return None
        text = f"{said_no(outcome, self.lang)} {self.then.get(self.lang)}"
        return _question(self.factor, self.criterion.id, text)


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
        self.criteria = {c.id: _CriterionText(c, factor, lang) for c in factor.criteria}
        asks = factor.applies_question
        self.applies_question = None if asks is None else _question(factor.id, "applies_when", asks.get(lang))
        self._applies: dict[Outcome, str] = {}  # applies_when outcomes as written, as above

    def write(self, result: FactorResult, parts: list[str], asked: list[str]) -> None:
        """The factor's record onto `parts`; the questions it asks onto `asked`."""
        # A factor the selection ignores or the baseline accepts carries a field of its own:
        # rare, so the generic path writes it.
        if result.factor is not self.factor or result.ignored is not None or result.baseline is not None:
            raise _Unusual
        line, column = result.loc
        if type(line) is not int or type(column) is not int:
            raise _Unusual  # json.dumps would write a bool or an int subclass otherwise
        parts += (self.head, _known(result.status), _LINE, str(line), _COLUMN, str(column), _CRITERIA)
        # The rule of renderers.common.questions: a factor that does not apply or is waived asks
        # nothing; one whose applicability is unknown asks that instead of its criteria.
        applies = result.applies
        asking = result.status not in _ASK_NOTHING
        if asking and applies is not None and applies.value != "met":
            if self.applies_question is not None:
                asked.append(self.applies_question)
            asking = False
        if result.criteria:
            quoted: set[tuple[str, str]] = set()  # one follow-up per no (goals: [] unmeets two)
            before = "["
            for item in result.criteria:
                prepared = self.criteria.get(item.criterion.id)
                if prepared is None or prepared.criterion is not item.criterion:
                    raise _Unusual  # a criterion this factor does not declare
                parts += (before, prepared.write(item))
                before = ","
                # Only source criteria that take part ask.
                if not (
                    asking and prepared.decides and (item.applies is None or item.applies.value != "unmet")
                ):
                    continue
                outcome = item.outcome
                if outcome.value == "unknown":
                    if prepared.question is not None:
                        asked.append(prepared.question)
                elif (
                    outcome.value == "unmet"
                    and outcome.kind in NO_KINDS
                    and (outcome.path, outcome.kind) not in quoted
                ):
                    quoted.add((outcome.path, outcome.kind))
                    followup = prepared.followup(outcome)
                    if followup is not None:
                        asked.append(followup)
            parts.append(_CRITERIA_END)
        else:
            parts.append("[]")
        parts.append(self.advice)
        if applies is not None:
            text = self._applies.get(applies)
            if text is None:
                text = _APPLIES_BLOCK.write(_APPLIES_HEAD, applies, _APPLIES_TAIL)
                if len(self._applies) < _CACHED:
                    self._applies[applies] = text
            parts += (_APPLIES, text)
        if result.waiver is not None:
            parts += (_WAIVER, _text(result.waiver.reason), _UNUSED, _bool(result.unused_waiver), _WAIVER_END)
        parts.append(_FACTOR_END)


def _summary(counts: dict[str, int]) -> str:
    if not counts:
        return "{}"
    level = _RECORD + 2
    members = ["," + _newline(level) + _text(status) + ": " + _int(count) for status, count in counts.items()]
    return "{" + "".join(members)[1:] + _SUMMARY_END  # the first member has no comma before it


def _number_or_null(value: object) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    if type(value) is float and math.isfinite(value):
        return repr(value)  # as json.dumps writes a finite float
    raise _Unusual  # NaN, an int subclass: json.dumps's own spelling


def _said(value: object) -> str:
    """A fact that is text, an explicit no (false) or not stated (null)."""
    if value is False:
        return "false"
    return _text_or_null(value)


class _FactsText:
    """Facts.as_data as jsontext writes it where a record holds it, from text prepared once per
    language: the members of "facts" sit at level 4, those of its sections at 5, and the
    items of a list or child_age's members at 6. The order of the members is as_data's."""

    def __init__(self, lang: str) -> None:
        top, section, inner = _RECORD + 2, _RECORD + 3, _RECORD + 4
        self.provider = _first(top, "provider")
        self.url = _next(top, "url")
        self.costs = _next(top, "costs")
        self.conditions = _next(top, "conditions")
        self.description = _next(top, "target_group") + _first(section, "description")
        self.child_age = _next(section, "child_age")
        self.age_min = _first(inner, "min")
        self.age_max = _next(inner, "max")
        self.age_end = _close(inner)
        self.problem_severity = _next(section, "problem_severity")
        self.prevention_level = _next(section, "prevention_level")
        self.sessions = _close(section) + _next(top, "duration") + _first(section, "sessions")
        self.weeks = _next(section, "weeks")
        self.session_minutes = _next(section, "session_minutes")
        self.format = _close(section) + _next(top, "delivery") + _first(section, "format")
        self.home_visits = _next(section, "home_visits_per_month")
        self.group_size = _next(section, "group_size")
        self.setting = _next(section, "setting")
        self.role = _close(section) + _next(top, "practitioners") + _first(section, "role")
        self.home_visitors = _next(section, "home_visitors")
        self.qualifications = _next(section, "qualifications")
        self.training = _next(section, "training")
        self.level = _close(section) + _next(top, "evidence") + _first(section, "databank_level")
        self.label = _next(section, "databank_label")
        self.studies = _next(section, "studies")
        self.end = _close(section) + _close(top)
        self.labels = {level: _text(label[lang]) for level, label in DATABANK_LEVELS.items()}
        self.item = _newline(inner)
        self.items_end = _newline(section) + "]"

    def _items(self, items: object) -> str:
        if items is None:
            return "null"
        if type(items) is not tuple:
            raise _Unusual
        if not items:
            return "[]"
        return "[" + ",".join([self.item + _text(item) for item in items]) + self.items_end

    def write(self, facts: Facts) -> str:
        if facts.age_min is None and facts.age_max is None:
            age = "null"
        else:
            age = (
                f"{self.age_min}{_number_or_null(facts.age_min)}"
                f"{self.age_max}{_number_or_null(facts.age_max)}{self.age_end}"
            )
        level = facts.databank_level
        label = self.labels.get(level, "null") if type(level) is str else "null"
        return "".join(
            [
                self.provider,
                _said(facts.provider),
                self.url,
                _said(facts.url),
                self.costs,
                _said(facts.costs),
                self.conditions,
                _said(facts.conditions),
                self.description,
                _said(facts.description),
                self.child_age,
                age,
                self.problem_severity,
                _text_or_null(facts.problem_severity),
                self.prevention_level,
                _text_or_null(facts.prevention_level),
                self.sessions,
                _number_or_null(facts.sessions),
                self.weeks,
                _number_or_null(facts.weeks),
                self.session_minutes,
                _number_or_null(facts.session_minutes),
                self.format,
                self._items(facts.format),
                self.home_visits,
                _number_or_null(facts.home_visits_per_month),
                self.group_size,
                _number_or_null(facts.group_size),
                self.setting,
                _said(facts.setting),
                self.role,
                self._items(facts.role),
                self.home_visitors,
                self._items(facts.home_visitors),
                self.qualifications,
                _said(facts.qualifications),
                self.training,
                _said(facts.training),
                self.level,
                _text_or_null(level),
                self.label,
                label,
                self.studies,
                self._items(facts.studies),
                self.end,
            ]
        )


class Templates:
    """The constant text of every factor of one set in one language, prepared once."""

    def __init__(self, factor_set: FactorSet, lang: str) -> None:
        self._facts = _FactsText(lang)
        self._summaries: dict[tuple[tuple[str, int], ...], str] = {}
        self._factors: dict[str, _FactorText] = {}
        for factor in factor_set.factors:
            try:
                self._factors[factor.id] = _FactorText(factor, lang)
            except _Unusual:  # a constant that is not text: that factor takes the generic path
                continue

    def encode(self, result: FileResult) -> str | None:
        """The record of json_report.record, or None when the generic path must write it."""
        if result.problems:  # errors are rare and varied: the generic path writes them
            return None
        # The record is gathered in one list and joined once: no text is copied twice.
        parts = [_FILE]
        asked: list[str] = []
        try:
            parts += (_text(result.file), _NAME, _text_or_null(result.name), _VALID_AND_ERRORS, _FACTORS)
            if result.factors:
                before = "["
                for factor in result.factors:
                    prepared = self._factors.get(factor.factor.id)
                    if prepared is None:
                        raise _Unusual
                    parts.append(before)
                    before = ","
                    prepared.write(factor, parts, asked)
                parts.append(_FACTORS_END)
            else:
                parts.append("[]")
            parts += (_SUMMARY, self._summary(result.counts()), _FACTS, self._facts.write(result.about.facts))
        except _Unusual:
            return None
        parts.append(_QUESTIONS)
        if asked:
            parts += ("[", ",".join(asked), _QUESTIONS_END)
        else:
            parts.append("[]")
        parts.append(_RECORD_END)
        # Over the whole text, as on the generic path: a "##[" may span two values' texts.
        return defuse_json_commands("".join(parts))

    def _summary(self, counts: dict[str, int]) -> str:
        # A few combinations of counts come back in every batch.
        key = tuple(counts.items())
        text = self._summaries.get(key)
        if text is None:
            text = _summary(counts)
            if len(self._summaries) < _CACHED:
                self._summaries[key] = text
        return text
