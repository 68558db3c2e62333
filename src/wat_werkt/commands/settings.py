"""What `watwerkt check` needs to run as a linter: settings from flags and config file, the
inputs (files, folders, stdin), the choice of format, and writing the report to a file."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from wat_werkt.commands.common import Stopped, err
from wat_werkt.document.yamlload import Limits
from wat_werkt.factorset.load import FactorSet, builtin_sets
from wat_werkt.messages import LANGS, counted, detect_lang, message
from wat_werkt.renderers import RENDERERS, format_for_suffix
from wat_werkt.run.config import Config, ConfigError, find_config, load_config
from wat_werkt.run.discovery import Discovery, Exclude
from wat_werkt.run.output import WriteError, atomic_write
from wat_werkt.run.stream import Checked
from wat_werkt.textsafe import defuse_commands, one_line

AUTO = "auto"


class Settings(NamedTuple):
    lang: str
    fail_on: str
    format: str
    set_name: str
    factors_dir: Path | None
    excludes: tuple[Exclude, ...]
    config: Config
    limits: Limits


def read_config(explicit: Path | None, disabled: bool, lang: str) -> Config:
    if disabled:
        return Config()
    path = explicit if explicit is not None else find_config(Path.cwd())
    if path is None:
        return Config()
    # A file we found is named relative to the working folder, as linters name files.
    shown = str(explicit) if explicit is not None else _relative(path)
    try:
        return load_config(path, (*RENDERERS, AUTO), builtin_sets())
    except ConfigError as exc:
        for item in exc.problems:
            err(item.line_for(shown, lang))
        raise Stopped from None


def _relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def pick_lang(flag: str | None, config: str | None, environ: Mapping[str, str]) -> str:
    """--lang, else $WATWERKT_LANG (a person's own choice), else the config, else the locale."""
    if flag:
        return flag
    if environ.get("WATWERKT_LANG", "").strip().lower() in LANGS:
        return detect_lang(None, environ)
    return config or detect_lang(None, environ)


def project_choices(
    given_here: Callable[[str], bool], lang_flag: str | None, set_name: str, factors_dir: Path | None
) -> tuple[str, str, Path | None]:
    """Language, factor set and set folder for the commands other than `check`: the flags,
    else the project's configuration file, else the defaults, in the order `check` uses."""
    config = read_config(None, False, detect_lang(lang_flag))
    if not given_here("set_name") and factors_dir is None:
        if config.factors is not None:
            factors_dir = config.factors
        elif config.set:
            set_name = config.set
    return pick_lang(lang_flag, config.lang, os.environ), set_name, factors_dir


def settings(
    given_here: Callable[[str], bool],
    *,
    lang_flag: str | None,
    fail_on: str,
    output_format: str,
    set_name: str,
    factors_dir: Path | None,
    exclude: list[str],
    config_file: Path | None,
    no_config: bool,
    limits: dict[str, int | None] | None = None,
) -> Settings:
    config = read_config(config_file, no_config, detect_lang(lang_flag))
    lang = pick_lang(lang_flag, config.lang, os.environ)
    if not given_here("fail_on") and config.fail_on:
        fail_on = config.fail_on
    if not given_here("output_format") and config.format:
        output_format = config.format
    # --set or --factors on the command line replace both of the config's choices.
    if not given_here("set_name") and factors_dir is None:
        if config.factors is not None:
            factors_dir = config.factors
        elif config.set:
            set_name = config.set
    cwd = Path.cwd()
    excludes = tuple(Exclude(p, config.folder.resolve()) for p in config.exclude)
    excludes += tuple(Exclude(p, cwd) for p in exclude)
    chosen = {**dict(config.limits), **{k: v for k, v in (limits or {}).items() if v is not None}}
    default = Limits()
    chosen_limits = Limits(
        chosen.get("max_bytes", default.max_bytes),
        chosen.get("max_depth", default.max_depth),
        chosen.get("max_nodes", default.max_nodes),
    )
    return Settings(lang, fail_on, output_format, set_name, factors_dir, excludes, config, chosen_limits)


def choose_format(chosen: str, output: Path | None, environ: Mapping[str, str], tty: bool) -> str:
    """`auto`: from the --output file name; on a terminal the table; in GitHub Actions the
    annotations; elsewhere the plain table."""
    if chosen != AUTO:
        return chosen
    if output is not None:
        # --output with the automatic format: the file name says what is wanted.
        return format_for_suffix(output.name) or "table"
    if not tty and environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "table"


def is_step_summary(output: Path, environ: Mapping[str, str]) -> bool:
    """Whether --output names GitHub's step summary ($GITHUB_STEP_SUMMARY), which shows nothing
    of a report over 1 MiB: there the Markdown report keeps to its budget, as on standard output."""
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return False
    try:
        return os.path.samefile(output, summary) or os.path.abspath(output) == os.path.abspath(summary)
    except (OSError, ValueError):
        return os.path.abspath(output) == os.path.abspath(summary)


def write_output(path: Path, text: str | Iterable[str], lang: str) -> bool:
    """Write the report, text or its pieces as they are made (output.atomic_write); True when
    it went to standard output itself (`-o /dev/stdout`), where no summary may follow it."""
    try:
        return atomic_write(path, text, overwrite=True) == "stream"
    except WriteError as exc:
        err(exc.text(lang))
        raise Stopped from None


def refuse_input_as_output(
    output: Path | None,
    found: Discovery,
    others: Iterable[tuple[str | Path, str]],
    lang: str,
    target: str = "word_report",
) -> None:
    """Exit 2 before anything is checked when --output (or --write-baseline) names a file the
    run reads: an input (however it is named: through a folder, a link, a hard link), the
    configuration file, a file of the factor set or the baseline (docs/robustness.md: nothing
    is overwritten that the user did not name as output, and an input was named as one).
    `others`: those files with the message that says what each is; `target`: what was to be
    written (a message id)."""
    if output is None:
        return
    try:
        real = os.path.normcase(os.path.realpath(output))
        info = os.stat(output)
    except (OSError, ValueError):
        info = None  # a report that does not exist yet is no input; run/output.py words other failures
    code = _is_one_of(real, info, found, list(others))
    if code is None:
        return
    err(message(code, lang, path=str(output), target="@" + target))
    raise Stopped


def _is_one_of(
    real: str, info: os.stat_result | None, found: Discovery, others: list[tuple[str | Path, str]]
) -> str | None:
    """The message that says what the file is, when the run reads it; None when it does not."""
    if real in found.keys:
        return "output_is_input"
    extra = [(p, code) for p, code in others if p]
    for path, code in extra:
        if os.path.normcase(os.path.realpath(path)) == real:
            return code
    if info is not None and stat.S_ISREG(info.st_mode):
        # `check - -o a.yaml < a.yaml`, `-o /dev/stdin`: standard input read from that very file,
        # an input of the run; and when the run does not read it (`check a.yaml -o /dev/stdin <
        # b.yaml`), still a file the shell opened to be read, not to be replaced.
        try:
            if os.path.samestat(info, os.fstat(0)):
                reads_stdin = any(item.path is None for item in found.inputs)
                return "output_is_input" if reads_stdin else "output_is_stdin"
        except OSError:
            pass  # standard input closed: a problem of <stdin>, not of the output
    if info is None or info.st_nlink < 2:
        return None  # a file with one name is found by that name alone
    # A hard link: the same file under another name. Rare, so only then is every input looked at.
    names = [(item.path, "output_is_input") for item in found.inputs if item.path is not None]
    for name, code in [*names, *((os.fspath(p), c) for p, c in extra)]:
        try:
            if os.path.samestat(info, os.stat(name)):
                return code
        except (OSError, ValueError):
            continue
    return None


def read_files(config: Config, factor_set: FactorSet) -> list[tuple[str | Path, str]]:
    """The files a run reads besides its inputs, each with the message that says what it is if
    it were to be overwritten: the factor set's files and the configuration."""
    files: list[tuple[str | Path, str]] = [(f.file, "output_is_factor_file") for f in factor_set.factors]
    files.append((os.path.join(factor_set.folder, "set.yaml"), "output_is_factor_file"))
    if config.file is not None:
        files.append((config.file, "output_is_config"))
    return files


def show_files(found: Discovery, lang: str) -> int:
    """--show-files: the files a run would check, after excludes, one a line, as reports name
    them; nothing is read. A path that does not exist, a folder without YAML files to check or
    one that cannot be read is said on stderr, with exit 2, as a run would."""
    from wat_werkt.commands.common import EXIT_ERROR, EXIT_OK

    failed = folder_problems(found, lang)
    for folder in found.empty_folders:
        err(f"{folder}: {message(found.no_files_message(folder), lang)}")
        failed = True
    lines = []
    for item in found.inputs:
        if item.path is not None and not os.path.lexists(item.path):
            err(f"{item.display}: {message('file_not_found', lang)}")
            failed = True
        else:
            lines.append(defuse_commands(one_line(item.display)) + "\n")
    sys.stdout.write("".join(lines))
    return EXIT_ERROR if failed else EXIT_OK


def folder_problems(found: Discovery, lang: str) -> bool:
    """Each folder that could not be read, one line each; True when there was one."""
    for folder, reason in found.unreadable:
        err(f"{folder}: {message('folder_not_readable', lang, reason=reason)}")
    return bool(found.unreadable)


# A report written to a file keeps a line per file on the terminal up to this many files; a
# databank's run (300 files and more) gets one line of totals instead: the report has the rest.
SUMMARY_FILES = 20


def summary(files: Iterable[Checked], output: Path, lang: str, per_file: bool = True) -> str:
    """The short terminal summary kept when the report goes to a file: one line per file for a
    few files (`per_file`, up to SUMMARY_FILES), else one line of totals; then where it went."""
    from wat_werkt.renderers.report.markdown import counts_text

    checked = list(files)
    lines = []
    if per_file and len(checked) <= SUMMARY_FILES:
        for item in checked:
            if item.valid:
                counts = counts_text(item.counts, lang)
                lines.append(message("file_counts", lang, file=one_line(item.file), counts=counts))
            else:
                count = len(item.problem_lines)
                lines.append(counted("invalid_file", lang, count, file=one_line(item.file)))
    elif checked:
        total: dict[str, int] = {}
        for item in checked:
            for status, count in (item.counts or {}).items() if item.valid else ():
                total[status] = total.get(status, 0) + count
        valid = sum(1 for item in checked if item.valid)
        text = message(
            "summary_totals",
            lang,
            files=counted("stats_files", lang, valid),
            counts=counts_text(total, lang) if valid else "-",
        )
        if valid < len(checked):
            text += "; " + counted("summary_not_checked", lang, len(checked) - valid)
        lines.append(text)
    lines.append(message("report_written", lang, path=one_line(str(output))))
    return defuse_commands("\n".join(lines)) + "\n"
