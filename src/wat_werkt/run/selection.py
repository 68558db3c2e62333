"""Which factors a project checks, as ruff selects rules: `select` and `ignore` (factor ids, or
the start of some: `G` is every general factor), and `per_file_ignores` (a file pattern, the
factors it leaves out and why), from the configuration and the command line.

A factor left out is never dropped: it keeps its place in every report with the status
`ignored` and says why (engine.evaluate.Ignored: the option, where it is set, the reason), it is
no finding in a CI format and it never fails a run (docs/contract.md section 7).

Who wins, as flags win everywhere: `--select` replaces the configuration's `select`, and a
factor it names is checked even when the configuration's `ignore` names it; `--ignore` adds to
the configuration's `ignore` and wins over every `select`. `per_file_ignores` holds on top of
that, for the files it matches.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from wat_werkt.document.validate import suggest
from wat_werkt.engine.evaluate import IGNORED, FileResult, Ignored
from wat_werkt.factorset.load import FactorSet
from wat_werkt.problems import Loc, Problem, problem
from wat_werkt.run.config import CODE, Code, Config
from wat_werkt.run.discovery import Exclude

SELECT_FLAG = "--select"
IGNORE_FLAG = "--ignore"


class _Rule(NamedTuple):
    ids: frozenset[str]
    ignored: Ignored
    pattern: Exclude | None = None  # per_file_ignores: the files it holds for


class Selection:
    """Applies the project's choice of factors to each file's results (`apply`)."""

    def __init__(self, everywhere: dict[str, Ignored], per_file: Sequence[_Rule] = ()) -> None:
        self._everywhere = everywhere
        self._per_file = tuple(per_file)

    @property
    def active(self) -> bool:
        return bool(self._everywhere or self._per_file)

    def ignored(self, file: str) -> dict[str, Ignored]:
        """The factors left out for `file` (a path as given to the checker), and why."""
        out = dict(self._everywhere)
        for rule in self._per_file:
            if rule.pattern is not None and rule.pattern.matches(Path(file)):
                for factor in rule.ids:
                    out.setdefault(factor, rule.ignored)
        return out

    def apply(self, result: FileResult) -> FileResult:
        if not self.active or not result.factors:
            return result
        ignored = self.ignored(result.file)
        if not ignored:
            return result
        factors = tuple(
            # An ignored factor is no finding, so its waiver cannot be an unused one either.
            row._replace(status=IGNORED, ignored=ignored[row.factor.id], unused_waiver=False)
            if row.factor.id in ignored
            else row
            for row in result.factors
        )
        return result._replace(factors=factors)


def flag_codes(values: Iterable[str]) -> list[str]:
    """`--select G01,G02 --select S` as the codes one by one."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def matching(code: str, ids: Iterable[str]) -> frozenset[str]:
    """The ids a code names: itself, or every id it is the start of."""
    return frozenset(i for i in ids if i.startswith(code))


def check_codes(codes: Iterable[Code], factor_set: FactorSet, others: frozenset[str]) -> list[Problem]:
    """A code that names no factor of the active set, nor one of another built-in set (which a
    project's configuration may be written for: it selects nothing here), is a mistake."""
    problems = []
    for code in codes:
        if not matching(code.code, factor_set.ids) and not matching(code.code, others):
            problems.append(
                problem(
                    code.loc,
                    "selection_unknown",
                    factor=code.code,
                    set=factor_set.id,
                    suggestion=suggest(code.code, sorted(factor_set.ids)),
                )
            )
    return problems


def selects_any(codes: Iterable[str], factor_set: FactorSet) -> bool:
    """Whether the codes of a `select` name at least one factor of the active set."""
    return any(matching(code, factor_set.ids) for code in codes)


def unknown_flag_code(
    codes: Iterable[str], factor_set: FactorSet, others: frozenset[str]
) -> tuple[str, str] | None:
    """The first code of a flag that is not a code or names no factor, and the closest id."""
    for code in codes:
        if not CODE.fullmatch(code) or not (matching(code, factor_set.ids) or matching(code, others)):
            return code, suggest(code, sorted(factor_set.ids)) or ""
    return None


def where(loc: Loc, shown: str) -> str:
    """FILE:LINE:COL of an entry of the configuration, as an ignored factor names it."""
    return f"{shown}:{loc.line}:{loc.column}"


def build(
    config: Config,
    shown: str,
    select_flag: Sequence[str] | None,
    ignore_flag: Sequence[str],
    factor_set: FactorSet,
) -> Selection:
    """The selection of a run (the module docstring says who wins). `shown`: how the
    configuration file is named in messages; the codes are checked already."""
    ids = sorted(factor_set.ids)
    ignored: dict[str, Ignored] = {}
    for flag_code in ignore_flag:
        for factor in matching(flag_code, ids):
            ignored.setdefault(factor, Ignored("ignore", IGNORE_FLAG))
    flag_selected: frozenset[str] = frozenset()
    if select_flag is not None:
        flag_selected = frozenset(f for flag_code in select_flag for f in matching(flag_code, ids))
        for factor in ids:
            if factor not in flag_selected:
                ignored.setdefault(factor, Ignored("select", SELECT_FLAG))
    elif config.select is not None:
        chosen = frozenset(f for code in config.select for f in matching(code.code, ids))
        at = where(config.select_loc or Loc(1, 1), shown)
        for factor in ids:
            if factor not in chosen:
                ignored.setdefault(factor, Ignored("select", at))
    for code in config.ignore:
        for factor in matching(code.code, ids):
            if factor not in flag_selected:
                ignored.setdefault(factor, Ignored("ignore", where(code.loc, shown)))
    rules = [
        _Rule(
            frozenset(f for code in entry.codes for f in matching(code.code, ids)),
            Ignored("per_file_ignores", where(entry.loc, shown), entry.reason),
            Exclude(entry.pattern, config.folder.resolve()),
        )
        for entry in config.per_file_ignores
    ]
    return Selection(ignored, rules)


def config_codes(config: Config) -> list[Code]:
    codes = list(config.select or ()) + list(config.ignore)
    for entry in config.per_file_ignores:
        codes += entry.codes
    return codes


def shown_path(path: Path) -> str:
    """A configuration file named relative to the working folder, as problems name it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
