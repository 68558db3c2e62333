"""Load and check a factor set: a folder with set.yaml and one YAML file per factor.

Loading validates once and names the culprit (file, line, column); after loading, the engine
trusts the data. Built-in sets ship inside the package (see pyproject.toml) and are found
beside the source in a checkout.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any, NamedTuple

from wat_werkt.document.validate import suggest
from wat_werkt.document.yamlload import FIXED_LIMITS, Document, PathKey, parse_text, read_file
from wat_werkt.engine import conditions as c
from wat_werkt.engine.lookup import at
from wat_werkt.format.fieldtypes import accepts, field_types
from wat_werkt.format.shape import FIELD_PATHS
from wat_werkt.problems import Loc, Problem, dotted, problem

DEFAULT_SET = "opvoedingsondersteuning"
LANGS = ("nl", "en")
ID_RE = re.compile(r"^[A-Z][A-Z0-9]*$")

FACTOR_KEYS = (
    "id",
    "slug",
    "kind",
    "title",
    "summary",
    "applies_when",
    "applies_question",
    "criteria",
    "advice",
    "source",
)
REQUIRED_KEYS = ("id", "slug", "kind", "title", "summary", "criteria", "advice")
SET_KEYS = ("id", "title", "description", "source")
CRITERION_KEYS = ("id", "basis", "text", "applies_when", "check", "advice", "question", "followup")
CRITERION_REQUIRED = ("id", "text", "check")  # basis defaults to source; factors lint warns
BASES = ("source", "practice")


class Texts(NamedTuple):
    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class Criterion(NamedTuple):
    id: str
    text: Texts
    check: c.Condition
    # source: it checks words of the source's sentence and decides the status; practice: good
    # practice the sentence does not name, shown as a tip (docs/contract.md section 2).
    basis: str = "source"
    advice: Texts | None = None  # what to do when it is not met; else the factor's advice
    question: Texts | None = None  # what to ask a provider whose description is silent on it
    applies_when: c.Condition | None = None  # unmet: the criterion does not take part
    # What to ask a provider whose description answers it with an explicit no (false, [] or a
    # sentence that says no): the question after the quote of what the file says.
    followup: Texts | None = None

    @property
    def decides(self) -> bool:
        return self.basis == "source"


class Factor(NamedTuple):
    id: str
    slug: str
    kind: str  # general | specific
    title: Texts
    summary: Texts
    applies_when: c.Condition | None
    criteria: tuple[Criterion, ...]
    advice: Texts
    source: tuple[tuple[str, str], ...]
    file: str
    # What to ask when the description does not say whether the factor applies (its
    # applies_when is unknown): what decides it, not its criteria, which could be moot.
    applies_question: Texts | None = None


class FactorSet(NamedTuple):
    id: str
    title: Texts
    description: Texts | None
    source: tuple[tuple[str, str], ...]
    factors: tuple[Factor, ...]
    folder: str

    def get(self, factor_id: str) -> Factor | None:
        return next((f for f in self.factors if f.id == factor_id), None)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(f.id for f in self.factors)


class FactorSetError(Exception):
    """A factor set that cannot be used; `problems` pairs each problem with its file."""

    def __init__(self, problems: list[tuple[str, Problem]]):
        super().__init__(f"{len(problems)} problem(s) in factor set")
        self.problems = sorted(problems, key=lambda fp: (fp[0], fp[1]))

    def lines(self, lang: str) -> list[str]:
        """FILE:LINE:COL: message for problems in a file; the bare message for a set that is
        not there at all (a name or a folder has no line to point at)."""
        return [
            item.line_for(file, lang) if item.code not in WHOLE_SET_CODES else item.text(lang)
            for file, item in self.problems
        ]


WHOLE_SET_CODES = frozenset({"set_unknown", "set_missing", "set_no_folder"})


# -- where the built-in sets are ------------------------------------------------------------


def builtin_root() -> Path:
    packaged = Path(__file__).parents[1] / "factors"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "factors"  # a source checkout


def builtin_sets() -> list[str]:
    root = builtin_root()
    return sorted(p.parent.name for p in root.glob("*/set.yaml"))


def builtin_folder(name: str) -> Path:
    if name not in builtin_sets():
        raise FactorSetError(
            [
                (
                    name,
                    problem(
                        Loc(1, 1),
                        "set_unknown",
                        name=name,
                        available=", ".join(builtin_sets()),
                        suggestion=suggest(name, builtin_sets()),
                    ),
                )
            ]
        )
    return builtin_root() / name


@functools.lru_cache(maxsize=8)
def load_builtin(name: str = DEFAULT_SET) -> FactorSet:
    return load_set(builtin_folder(name))


class KnownIds(AbstractSet[str]):
    """The factor ids a waiver may name: the active set's, and every built-in set's, loaded only
    when asked (most files have no waivers, so most runs never load the other sets)."""

    def __init__(self, active: frozenset[str]):
        self._active = active
        self._all: frozenset[str] | None = None

    def _ids(self) -> frozenset[str]:
        if self._all is None:
            self._all = builtin_ids() | self._active
        return self._all

    def __contains__(self, item: object) -> bool:
        return item in self._active or item in self._ids()

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._ids()))

    def __len__(self) -> int:
        return len(self._ids())


def builtin_ids() -> frozenset[str]:
    """Every factor id of every built-in set: a waiver for any of them is never an error."""
    ids: set[str] = set()
    for name in builtin_sets():
        ids |= load_builtin(name).ids
    return frozenset(ids)


# -- loading ---------------------------------------------------------------------------------


def load_set(folder: Path) -> FactorSet:
    """Load and check a factor set folder; raises FactorSetError with every problem found."""
    folder = Path(folder)
    set_file = folder / "set.yaml"
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            raise FileNotFoundError
        os.stat(set_file)  # a set.yaml that is there but no file is read_file's to word, below
    except FileNotFoundError:
        code = "set_missing" if folder.is_dir() else "set_no_folder"
        raise FactorSetError([(str(folder), problem(Loc(1, 1), code, folder=str(folder)))]) from None
    except OSError as exc:  # a folder that may not be searched, a link that loops
        reason = exc.strerror or str(exc)
        raise FactorSetError([(str(folder), problem(Loc(1, 1), "set_unreadable", reason=reason))]) from None
    errors: list[tuple[str, Problem]] = []
    paths = sorted(p for p in folder.rglob("*.y*ml") if p != set_file and p.suffix in (".yaml", ".yml"))
    texts = _texts([set_file, *paths], errors)
    meta = _read(set_file, texts, errors)
    factors: list[Factor] = []
    seen: dict[str, str] = {}
    for path in paths:
        doc = _read(path, texts, errors)
        if doc is None:
            continue
        checker = _Checker(doc, str(path))
        factor = checker.factor()
        errors.extend((str(path), p) for p in checker.problems)
        if factor is None:
            continue
        if factor.id in seen:
            errors.append(
                (str(path), problem(doc.loc(("id",)), "duplicate_id", id=factor.id, other=seen[factor.id]))
            )
            continue
        seen[factor.id] = str(path)
        factors.append(factor)
    set_checker = _Checker(meta, str(set_file)) if meta is not None else None
    header = set_checker.set_header() if set_checker else None
    if set_checker:
        errors.extend((str(set_file), p) for p in set_checker.problems)
    if not factors and not errors:
        errors.append((str(folder), problem(Loc(1, 1), "set_no_factors")))
    if errors or header is None:
        raise FactorSetError(errors)
    set_id, title, description, source = header
    ordered = sorted(factors, key=lambda f: (f.kind != "general", f.id))
    return FactorSet(set_id, title, description, source, tuple(ordered), str(folder))


def _texts(paths: list[Path], errors: list[tuple[str, Problem]]) -> dict[Path, str]:
    texts: dict[Path, str] = {}
    for path in paths:
        text, problems = read_file(path, FIXED_LIMITS)
        errors.extend((str(path), p) for p in problems)
        if text is not None:
            texts[path] = text
    return texts


def _read(path: Path, texts: dict[Path, str], errors: list[tuple[str, Problem]]) -> Document | None:
    if path not in texts:
        return None  # unreadable: already reported
    doc, problems = parse_text(texts[path], FIXED_LIMITS)
    if doc is not None and not isinstance(doc.data, dict):
        problems = [*problems, problem(Loc(1, 1), "root_not_mapping", found="@found_list")]
        doc = None
    errors.extend((str(path), p) for p in problems)
    if doc is not None and not problems:  # texts that would reach a terminal raw (docs/robustness.md)
        from wat_werkt.factorset.lint import text_problems

        errors.extend((str(path), p) for p in text_problems(doc))
    return doc if not problems else None


class _Checker:
    """Reads one factor (or set.yaml) document, collecting every problem with its location."""

    def __init__(self, doc: Document, file: str):
        self.doc = doc
        self.file = file
        self.problems: list[Problem] = []

    def _err(self, where: PathKey, code: str, /, **params: Any) -> None:
        self.problems.append(problem(self.doc.loc(where), code, dotted(where), **params))

    def _arg(self, at: PathKey, code: str, op: str, /, **params: Any) -> None:
        self._err(at, code, op=op, **params)

    def _keys(
        self, value: dict[str, Any], path: PathKey, allowed: tuple[str, ...], required: tuple[str, ...]
    ) -> None:
        for key in value:
            if key not in allowed:
                loc = self.doc.key_loc((*path, key))
                self.problems.append(
                    problem(
                        loc, "unknown_key", dotted((*path, key)), key=key, suggestion=suggest(key, allowed)
                    )
                )
        for key in required:
            if value.get(key) in (None, "", [], {}):
                self._err(path, "missing_key", key=key)

    def texts(self, path: PathKey, required: bool = True) -> Texts | None:
        value = at(self.doc.data, path) if _has(self.doc.data, path) else None
        if value is None:
            return None  # absent: a required key is already reported as missing by _keys
        if not isinstance(value, dict) or not all(
            isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGS
        ):
            self._err(path, "missing_translation", key=dotted(path))
            return None
        return Texts(nl=value["nl"].strip(), en=value["en"].strip())

    def source(self, path: PathKey) -> tuple[tuple[str, str], ...]:
        value = at(self.doc.data, path) if _has(self.doc.data, path) else None
        if value is None:
            return ()
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self._err(path, "wrong_type", key=dotted(path), expected="@type_mapping", found="@found_text")
            return ()
        return tuple((str(k), v) for k, v in value.items())

    def set_header(self) -> tuple[str, Texts, Texts | None, tuple[tuple[str, str], ...]] | None:
        data = self.doc.data
        self._keys(data, (), SET_KEYS, ("id", "title", "source"))
        title = self.texts(("title",))
        description = self.texts(("description",), required=False)
        source = self.source(("source",))
        set_id = data.get("id")
        if not isinstance(set_id, str) or title is None or self.problems:
            return None
        return set_id, title, description, source

    def factor(self) -> Factor | None:
        data = self.doc.data
        before = len(self.problems)
        self._keys(data, (), FACTOR_KEYS, REQUIRED_KEYS)
        factor_id = data.get("id")
        if factor_id is not None and not (
            isinstance(factor_id, str) and ID_RE.match(factor_id)
        ):  # `id: 5` too
            self._err(("id",), "bad_id", id=factor_id)
        kind = data.get("kind")
        if kind not in ("general", "specific", None):
            self._err(
                ("kind",),
                "unknown_value",
                key="kind",
                value=str(kind),
                allowed="general, specific",
                suggestion=suggest(str(kind), ("general", "specific")),
            )
        applies = None
        if "applies_when" in data:
            if kind == "general":
                self._err(("applies_when",), "applies_when_general")
            applies = self.condition(data["applies_when"], ("applies_when",), None)
        elif kind == "specific":
            self._err(("kind",), "no_applies_when")
        applies_question = self.texts(("applies_question",), required=False)
        if "applies_question" in data and "applies_when" not in data:
            self._err(("applies_question",), "applies_question_alone")
        title, summary, advice = (self.texts((k,)) for k in ("title", "summary", "advice"))
        criteria = self.criteria(data.get("criteria"))
        source = self.source(("source",))
        if len(self.problems) > before or None in (title, summary, advice):
            return None
        assert title and summary and advice and isinstance(factor_id, str)
        return Factor(
            factor_id,
            str(data["slug"]),
            str(kind),
            title,
            summary,
            applies,
            tuple(criteria),
            advice,
            source,
            self.file,
            applies_question,
        )

    def criteria(self, value: Any) -> list[Criterion]:
        if not isinstance(value, list):
            if value is not None:
                self._err(
                    ("criteria",), "wrong_type", key="criteria", expected="@type_list", found="@found_mapping"
                )
            return []
        out: list[Criterion] = []
        ids: set[str] = set()
        before = len(self.problems)
        for i, item in enumerate(value):
            path: PathKey = ("criteria", i)
            if not isinstance(item, dict):
                self._err(path, "wrong_type", key=dotted(path), expected="@type_mapping", found="@found_text")
                continue
            self._keys(item, path, CRITERION_KEYS, CRITERION_REQUIRED)
            crit_id = str(item.get("id"))
            if crit_id in ids:
                self._err((*path, "id"), "duplicate_criterion", id=crit_id)
            ids.add(crit_id)
            basis = item.get("basis", "source")
            if basis not in BASES:
                self._err(
                    (*path, "basis"),
                    "unknown_value",
                    key="basis",
                    value=str(basis),
                    allowed=", ".join(BASES),
                    suggestion=suggest(str(basis), BASES),
                )
            text = self.texts((*path, "text"))
            advice = self.texts((*path, "advice"), required=False)
            question = self.texts((*path, "question"), required=False)
            followup = self.texts((*path, "followup"), required=False)
            check = self.condition(item.get("check"), (*path, "check"), None) if "check" in item else None
            when = (
                self.condition(item["applies_when"], (*path, "applies_when"), None)
                if "applies_when" in item
                else None
            )
            if (
                text is not None
                and check is not None
                and basis in BASES
                and ("applies_when" not in item or when)
            ):
                out.append(Criterion(crit_id, text, check, str(basis), advice, question, when, followup))
        if out and len(self.problems) == before and not any(crit.decides for crit in out):
            self._err(("criteria",), "no_source_criterion")
        return out

    # -- conditions: the operators themselves are in conditions.OPERATORS; this is their Reader
    def condition(self, value: Any, where: PathKey, item_of: str | None) -> c.Condition | None:
        if not isinstance(value, dict) or len(value) != 1:
            found = ", ".join(map(str, value)) if isinstance(value, dict) and value else str(value)
            self._err(where, "one_operator", found=found)
            return None
        ((op, arg),) = value.items()
        at: PathKey = (*where, op)
        parse = c.OPERATORS.get(op)
        if parse is None:
            self.problems.append(
                problem(
                    self.doc.key_loc(at),
                    "unknown_operator",
                    dotted(at),
                    op=op,
                    suggestion=suggest(op, list(c.OPERATORS)),
                )
            )
            return None
        return parse(self, arg, at, item_of)

    def error(self, where: PathKey, code: str, /, **params: Any) -> None:
        self._err(where, code, **params)

    def path(self, value: Any, at: PathKey, item_of: str | None, op: str) -> str | None:
        if not isinstance(value, str) or not value:
            self._arg(at, "arg_path", op)
            return None
        if value == ".":
            if item_of is None:
                self._arg(at, "arg_dot", op)
                return None
            return value
        full = f"{item_of}.{value}" if item_of else value
        if full not in FIELD_PATHS:
            choices = [
                p.removeprefix(f"{item_of}.")
                for p in FIELD_PATHS
                if not item_of or p.startswith(f"{item_of}.")
            ]
            self._err(at, "unknown_path", field=value, suggestion=suggest(value, choices))
            return None
        return value

    def mapping(self, arg: Any, at: PathKey, op: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
        if not isinstance(arg, dict) or set(arg) != set(keys):
            self._arg(at, "arg_mapping", op, keys=", ".join(keys))
            return None
        return arg

    def shape(self, full: str) -> str | None:
        return FIELD_PATHS.get(full)

    def value_kind(self, full: str) -> str | None:
        field = field_types().get(full)
        return field.kind if field else None

    def allowed(self, values: list[tuple[Any, PathKey]], full: str, op: str) -> None:
        """A value that the field can never hold makes a condition that can never be met: a
        typo such as `values: [grup]` would otherwise pass silently."""
        field = field_types()[full]
        for value, where in values:
            if accepts(field, value):
                continue
            if field.kind == "enum":
                self._err(
                    where,
                    "value_not_allowed",
                    op=op,
                    value=str(value),
                    field=full,
                    allowed=", ".join(field.values),
                    suggestion=suggest(str(value), field.values),
                )
            else:
                self._err(
                    where,
                    "value_wrong_type",
                    op=op,
                    value=c.show(value),
                    field=full,
                    expected=f"@{_TYPE_WORDS.get(field.kind, 'type_text')}",
                )


_TYPE_WORDS = {
    "bool": "type_bool",
    "integer": "type_whole_number",
    "number": "type_number",
    "text": "type_text",
}


def _has(data: Any, path: PathKey) -> bool:
    for part in path:
        if isinstance(data, dict) and part in data:  # noqa: SIM114 - one branch per type keeps mypy able to index
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return False
    return True
