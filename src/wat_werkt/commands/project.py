"""What a project decides for `watwerkt check` beyond one file: which factors it checks (the
selection: run/selection.py) and which findings it has accepted (the baseline: run/baseline.py),
read and checked here, with every problem said on stderr before anything is checked."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from wat_werkt.commands.common import Stopped, err
from wat_werkt.commands.write import Note
from wat_werkt.engine.evaluate import FileResult
from wat_werkt.factorset.load import FactorSet, builtin_ids
from wat_werkt.messages import counted, message
from wat_werkt.problems import Loc
from wat_werkt.run import baseline as baselines
from wat_werkt.run import selection as selections
from wat_werkt.run.config import Config
from wat_werkt.run.discovery import Exclude, Input
from wat_werkt.textsafe import one_line

# -- the selection ---------------------------------------------------------------------------


def selection(
    config: Config,
    select: Sequence[str] | None,
    ignore: Sequence[str],
    factor_set: FactorSet,
    lang: str,
    usage_error: Callable[[str], NoReturn],
) -> selections.Selection:
    """The run's selection. A code of the configuration that names no factor is an error at its
    place in the file (exit 2); one of a flag is a wrong command line (`usage_error(text)`)."""
    codes = selections.config_codes(config)
    if select is None and not ignore and not codes and not config.per_file_ignores and config.select is None:
        return selections.Selection({})  # the usual run: no other set is loaded to check codes
    others = builtin_ids() - factor_set.ids
    shown = selections.shown_path(config.file) if config.file is not None else ""
    problems = selections.check_codes(codes, factor_set, others)
    if problems:
        for item in problems:
            err(item.line_for(shown, lang))
        raise Stopped
    select_codes = selections.flag_codes(select) if select is not None else None
    ignore_codes = selections.flag_codes(ignore)
    for flag, given in (("--select", select_codes or []), ("--ignore", ignore_codes)):
        wrong = selections.unknown_flag_code(given, factor_set, others)
        if wrong is not None:
            code, close = wrong
            detail = message(
                "selection_unknown", lang, factor=code, set=factor_set.id, suggestion=close or None
            )
            usage_error(message("cli_invalid_value", lang, param=f"'{flag}'", detail=detail))
    # A selection of another set's factors only (`--select T05` on this set) would leave every
    # factor out and pass every file: a mistake, not a choice (`select: []` chooses none).
    # `--select ""` too: an empty CI variable, not a choice of no factor.
    if select_codes is not None and not selections.selects_any(select_codes, factor_set):
        detail = message("selection_none", lang, set=factor_set.id)
        usage_error(message("cli_invalid_value", lang, param="'--select'", detail=detail))
    if (
        select_codes is None
        and config.select
        and not selections.selects_any([code.code for code in config.select], factor_set)
    ):
        at = selections.where(config.select_loc or Loc(1, 1), shown)
        err(f"{at}: {message('selection_none', lang, set=factor_set.id)}")
        raise Stopped
    return selections.build(config, shown, select_codes, ignore_codes, factor_set)


def warn_unused_per_file_ignores(config: Config, inputs: Sequence[Input], lang: str) -> None:
    """A per_file_ignores pattern that matches none of the files a run over a folder checks is
    most likely anchored wrong (`archief/**` from the configuration's folder, where the files
    are in `data/interventions/archief/`): said on stderr at the pattern, as ruff says an unused
    noqa, never an error. (A run over a few named files, as pre-commit's, matches few patterns:
    the caller asks only for a run over a folder.)"""
    if not config.per_file_ignores or config.file is None:
        return
    paths = [Path(item.path) for item in inputs if item.path is not None]
    if not paths:
        return
    base, shown = config.folder.resolve(), selections.shown_path(config.file)
    for entry in config.per_file_ignores:
        if any(Exclude(entry.pattern, base).matches(path) for path in paths):
            continue
        if "/" not in entry.pattern.strip("/"):  # a name at any depth: no anchor to get wrong
            text = message("per_file_unused", lang, pattern=entry.pattern)
        else:
            deeper = "**/" + entry.pattern.strip("/").removeprefix("**/")
            hint = deeper if any(Exclude(deeper, base).matches(path) for path in paths) else None
            code = "per_file_unused_anchored"
            text = message(code, lang, pattern=entry.pattern, config=shown, suggestion=hint)
        err(f"{selections.where(entry.loc, shown)}: {text}")


# -- the baseline ----------------------------------------------------------------------------


class Named(NamedTuple):
    """A baseline as a run is given it: its path, its name as the user would write it (as given
    to --baseline, else relative to the working folder), and, for the configuration's
    `baseline:`, where the configuration names it (FILE:LINE:COL)."""

    path: Path
    shown: str
    named_at: str | None = None


def named_baseline(flag: Path | None, config: Config) -> Named | None:
    """The baseline a run is held to: --baseline, else the configuration's, else none."""
    if flag is not None:
        return Named(flag, str(flag))
    if config.baseline is None or config.file is None:
        return None
    at = config.baseline_loc or Loc(1, 1)
    where = f"{selections.shown_path(config.file)}:{at.line}:{at.column}"
    return Named(config.baseline, selections.shown_path(config.baseline), where)


def _exists(path: Path) -> bool:
    """Whether a file has this name, as far as we may know: a baseline in a folder we may not
    search exists for all we know, and reading it says why it cannot be (Permission denied),
    not "no such baseline"."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return False
    except OSError:
        return True
    return True


def read_baseline(named: Named, factor_set: FactorSet, lang: str) -> baselines.Baseline | None:
    """The baseline the run is held to, or None when it cannot be used: then its problems are
    said on stderr, at their place (a problem of the whole file, of one the configuration
    names, at the configuration's `baseline:`), and the run goes on without it, every file
    checked and its report written, and exits 2 (docs/ci.md: a broken baseline must not keep
    GitLab from its reports)."""
    if not _exists(named.path):
        if named.named_at is not None:
            err(f"{named.named_at}: {message('baseline_missing_named', lang, path=named.shown)}")
        else:
            err(f"{named.shown}: {message('baseline_missing', lang, path=named.shown)}")
        return None
    try:
        return baselines.read(named.path, factor_set.id, factor_set.ids, shown=named.shown)
    except baselines.BaselineError as exc:
        for item in exc.problems:
            if item.whole_file and named.named_at is not None:
                text = message("baseline_named", lang, path=named.shown, problem=item.text(lang))
                err(f"{named.named_at}: {text}")
            else:
                err(item.line_for(named.shown, lang))
        return None


def baseline_to_write(path: Path, factor_set: FactorSet, lang: str) -> tuple[baselines.Baseline, bool]:
    """The baseline --write-baseline brings up to date (empty when the file does not exist yet
    or is empty), and whether it replaces a baseline that cannot be read (another version,
    another set, a mistake in it: nothing of it is kept). A file that is not a baseline at all
    is never overwritten: exit 2 before anything is checked."""
    shown = str(path)
    try:
        return baselines.read(path, factor_set.id, factor_set.ids, missing_ok=True, shown=shown), False
    except baselines.BaselineError as exc:
        if exc.is_baseline:
            return baselines.Baseline(path, factor_set.id, shown=shown), True
        for item in exc.problems:
            err(item.line_for(shown, lang))
        raise Stopped from None


_CHANGE_CODES = {"fixed": "baseline_fixed", "improved": "baseline_improved", "ignored": "baseline_ignored"}


class Changes(Note):
    """Against a baseline: what became of its entries, file by file (Baseline.changes)."""

    def __init__(self, baseline: baselines.Baseline) -> None:
        self.baseline = baseline
        self.checked: set[str] = set()  # the keys of the files checked
        self.changes: list[baselines.Change] = []

    def make(self, result: FileResult) -> Any:
        key = self.baseline.key(result.file)
        changes = self.baseline.changes(result)
        return [key, [[c.entry.factor, c.kind, c.now] for c in changes]]

    def take(self, note: Any) -> None:
        key, changes = note
        if key is None:
            return
        self.checked.add(key)
        recorded = self.baseline.entries_of(key)
        self.changes += [baselines.Change(recorded[factor], kind, now) for factor, kind, now in changes]

    def report(self, factor_set: FactorSet, lang: str) -> None:
        """On stderr, each entry that is better now or stale, at its line in the baseline, then
        how to bring the baseline up to date."""
        shown = self.baseline.shown
        lines: list[tuple[Loc, str]] = []
        for change in self.changes:
            entry = change.entry
            text = message(
                _CHANGE_CODES[change.kind],
                lang,
                file=entry.file,
                factor=entry.factor,
                was=entry.status,
                now=change.now,
            )
            lines.append((entry.loc, text))
        stale = list(self.baseline.stale(self.checked))
        gone: dict[str, int] = {}
        for entry in stale:  # one line for a file that is gone, at its name
            gone[entry.file] = gone.get(entry.file, 0) + 1
        for file, count in gone.items():
            at = self.baseline.file_locs.get(file, Loc(1, 1))
            lines.append((at, counted("baseline_stale_file", lang, count, file=file)))
        for loc, text in sorted(lines):
            err(f"{shown}:{loc.line}:{loc.column}: {text}")
        better = sum(1 for c in self.changes if c.kind != "ignored")
        old = len(stale) + len(self.changes) - better
        parts = [counted("baseline_better", lang, better)] if better else []
        parts += [counted("baseline_stale", lang, old)] if old else []
        if parts:
            err(message("baseline_update", lang, path=shown, counts=", ".join(parts)))


class Findings(Note):
    """For --write-baseline: each checked file's findings, as the baseline names them."""

    def __init__(self, baseline: baselines.Baseline, replaces: bool = False) -> None:
        self.baseline = baseline
        self.replaces = replaces  # the file was a baseline that could not be read
        self.entries: list[baselines.Entry] = []
        self.checked: set[str] = set()  # the keys of the files checked and valid

    def make(self, result: FileResult) -> Any:
        key = self.baseline.key(result.file)
        if key is None or not result.valid:
            return None
        return [key, [[e.factor, e.status] for e in baselines.findings_of(result, key)]]

    def take(self, note: Any) -> None:
        if note is None:
            return
        key, findings = note
        self.checked.add(key)
        self.entries += [baselines.Entry(key, factor, status, Loc(0, 0)) for factor, status in findings]

    def text(self, factor_set: FactorSet) -> tuple[str, int]:
        """The baseline to write: this run's findings, and the entries of the old one for files
        this run did not check (or could not) that still exist; and how many of those it kept.
        So a run over a few files (pre-commit) updates their entries and keeps the others."""
        written, kept = self._written()
        return baselines.text(factor_set.id, written), kept

    def _written(self) -> tuple[list[baselines.Entry], int]:
        stale = {(e.file, e.factor) for e in self.baseline.stale(self.checked)}
        kept = [e for e in self.baseline if e.file not in self.checked and (e.file, e.factor) not in stale]
        return [*self.entries, *kept], len(kept)

    def summary(self, kept: int, lang: str) -> str:
        files = len({e.file for e in self.entries})
        text = message(
            "baseline_written",
            lang,
            path=one_line(self.baseline.shown),
            findings=counted("concise_findings", lang, len(self.entries)),
            files=counted("concise_in_files", lang, files),
        )
        if kept:
            text += " " + counted("baseline_kept", lang, kept)
        if self.replaces:
            text += "; " + message("baseline_replaced", lang)
        elif self.baseline.existing:
            # What changed, so that a debt that grew is seen, not taken in silently.
            diff = baselines.difference(self.baseline, self._written()[0])
            parts = [
                counted(code, lang, count)
                for code, count in (
                    ("baseline_added", diff.added),
                    ("baseline_worse", diff.worse),
                    ("baseline_better_now", diff.better),
                    ("baseline_removed", diff.removed),
                )
                if count
            ]
            said = ", ".join(parts) if parts else message("baseline_unchanged", lang)
            text += "; " + message("baseline_against_old", lang, changes=said)
        return text
