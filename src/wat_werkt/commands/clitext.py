"""Click's and Typer's own words in the language of the run: the usage line, the headings and
notes of `--help`, the help option, and the messages about a wrong command line
(docs/contract.md section 7, docs/authoring.md section 5).

Typer 0.29 bundles its own copy of Click, whose words are plain English strings, while older
Typers use Click 8, which passes them through gettext's default domain: no translation catalogue
reaches both. So the command classes below, given to Typer as `cls`, translate where those words
pass, through what every Click 8 has:

- the help formatter (`Context.formatter_class`): the usage prefix and its placeholders, the
  section headings, `[default: ...]` and `[required]`;
- the help option (`Command.get_help_option`): its text, and `-h` beside `--help` (commands/app.py);
- a wrong command line: the UsageError raised while a command line is parsed or a command is
  looked up (`parse_args`, `Group.invoke`) is raised again as a CommandLineError, which shows
  itself in the run's language. Click's English message is read by pattern; one that no
  pattern knows is shown as Click wrote it.

The language is that of the help texts (commands/common.py): `--lang` on the command line, else
WATWERKT_LANG, else the locale. English runs print what Click prints, with the suggestions of
docs/contract.md section 7 added.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from wat_werkt.commands import quickargs
from wat_werkt.commands.common import EXIT_ERROR, Stopped, _lang_in_argv
from wat_werkt.messages import detect_lang, message
from wat_werkt.textsafe import defuse_commands, one_line

# Click's classes, from whichever Click Typer runs on (its own copy, or the package).
_UsageError: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_BaseContext: Any = TyperCommand.context_class
_BaseFormatter: Any = _BaseContext.formatter_class

_LANG = "watwerkt.lang"  # in the root context's meta, which every sub-context shares

# The placeholders Typer and Click write in usage lines and option lists (its own and ours),
# in Dutch. Only whole words of the usage line and of the left column are replaced.
_WORDS_NL = {
    "OPTIONS": "OPTIES", "COMMAND": "OPDRACHT", "ARGS": "ARGUMENTEN",
    "PATH": "PAD", "path": "pad", "FILE": "BESTAND", "file": "bestand", "DIR": "MAP", "dir": "map",
    "DIRECTORY": "MAP", "directory": "map", "GLOB": "PATROON", "TEXT": "TEKST", "str": "tekst",
    "INTEGER": "GETAL", "int": "getal", "int range": "getal", "list[Path]": "paden", "NAME": "NAAM",
}  # fmt: skip
_WORD = re.compile(r"(?<![\w.-])(int range|list\[Path\]|[A-Za-z]+)(?![\w-])")
_REQUIRED = re.compile(r"\{([^{}\s]+)\}")
_EXTRAS = re.compile(r"\[([^\[\]]*)\]\s*$")


def lang_of(ctx: Any) -> str:
    lang = ctx.meta.get(_LANG) if ctx is not None else None
    return str(lang) if lang else detect_lang(_lang_in_argv(sys.argv[1:]))


class TyperLine:
    """A command line as Typer read it, for commands/check_run.py (its CommandLine)."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    @property
    def lang(self) -> str:
        return lang_of(self.ctx)

    def given(self, name: str) -> bool:
        # Compared by name: recent Typer ships its own copy of Click's ParameterSource enum.
        return getattr(self.ctx.get_parameter_source(name), "name", None) == "COMMANDLINE"

    def refuse(self, text: str) -> NoReturn:
        raise CommandLineError(text, self.ctx, self.lang)


def words(text: str, lang: str) -> str:
    """The placeholders of a usage line or an option's left column, in `lang`."""
    if lang != "nl":
        return text
    return _WORD.sub(lambda m: _WORDS_NL.get(m[1], m[1]), text)


def _extras(text: str, lang: str) -> str:
    """`... [default: gap; x>=0]` and `[required]` at the end of an option's help."""
    found = _EXTRAS.search(text)
    if lang == "en" or found is None:
        return text
    items = []
    for item in found[1].split("; "):
        if item == "required":
            item = message("cli_required", lang)
        elif item.startswith("default: "):
            item = message("cli_default", lang, value=item.removeprefix("default: "))
        elif item.startswith("env var: "):
            item = message("cli_env_var", lang, name=item.removeprefix("env var: "))
        items.append(item)
    return text[: found.start()] + "[" + "; ".join(items) + "]"


_HEADINGS = {
    "Options": "cli_heading_options",
    "Arguments": "cli_heading_arguments",
    "Commands": "cli_heading_commands",
}


class _Formatter(_BaseFormatter):  # type: ignore[misc]
    lang = "en"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None and self.lang != "en":
            prefix = message("cli_usage", self.lang) + " "
        # Typer writes a required argument as {PATH}; the usage line of every other Unix tool,
        # and of our docs, writes PATH.
        super().write_usage(prog, words(_REQUIRED.sub(r"\1", args), self.lang), prefix)

    def section(self, name: str) -> Any:
        code = _HEADINGS.get(name)
        return super().section(message(code, self.lang) if code else name)

    def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        rows = [(words(term, self.lang), _extras(text, self.lang)) for term, text in rows]
        super().write_dl(rows, *args, **kwargs)


class Context(_BaseContext):  # type: ignore[misc]
    formatter_class = _Formatter

    def make_formatter(self) -> Any:
        formatter = super().make_formatter()
        formatter.lang = lang_of(self)
        return formatter


class CommandLineError(_UsageError):  # type: ignore[misc,valid-type]
    """A wrong command line, shown as Click shows one (usage, a hint, `Error: ...`, exit 2), in
    the language of the run."""

    def __init__(self, text: str, ctx: Any, lang: str) -> None:
        super().__init__(text, ctx)
        self.lang = lang

    def show(self, file: IO[Any] | None = None) -> None:
        ctx, lang = self.ctx, self.lang
        lines = []
        if ctx is not None:
            lines.append(ctx.get_usage())
            if ctx.command.get_help_option(ctx) is not None:
                names = ctx.help_option_names
                option = "--help" if "--help" in names else names[0]
                lines.append(message("cli_try_help", lang, command=ctx.command_path, option=option))
            lines.append("")
        # The message may quote what was typed (`--select $'G0\e]0;x\a'`): a command line is
        # as untrusted as a file, so it can neither steer the terminal nor start a CI command.
        lines.append(message("cli_error", lang, text=one_line(self.message)))
        typer.echo(defuse_commands("\n".join(lines)), file=file, err=file is None)

    @classmethod
    def of(cls, exc: Any, lang: str, where: Any = None) -> CommandLineError:
        # Click leaves out the context of a few errors of its parser (`--verbose=3`): the
        # command being parsed is the one to show the usage of.
        ctx = getattr(exc, "ctx", None) or where
        group = ctx.info_name if ctx is not None else None
        return cls(sentence(exc.format_message(), lang, group), ctx, lang)


def sentence(text: str, lang: str, group: str | None = None) -> str:
    """Click's message about a wrong command line in `lang`, with the suggestions of
    docs/contract.md section 7: the closest choice for a mistyped value, and for `factors G04`
    or `factors list` the command that was meant."""
    if found := re.fullmatch(r"Invalid value for (.+?): (.*)", text, re.DOTALL):
        return message("cli_invalid_value", lang, param=words(found[1], lang), detail=_detail(found[2], lang))
    if found := re.fullmatch(
        r"No such option: (\S+)(?: \(Possible options: (.*)\)| Did you mean (\S+)\?)?", text
    ):
        out = message("cli_no_such_option", lang, option=found[1])
        if found[2]:
            out += " " + message("cli_possible_options", lang, options=found[2])
        if found[3]:
            out += " " + message("cli_did_you_mean", lang, choice=found[3])
        return out
    if found := re.fullmatch(r"No such command '(.*)'\.(?: Did you mean (.*)\?)?", text, re.DOTALL):
        out = message("cli_no_such_command", lang, name=found[1])
        if group == "factors" and re.fullmatch(r"[A-Za-z][A-Za-z0-9]*\d", found[1]):
            return f"{out} {message('cli_show_factor', lang, id=found[1])}"  # `factors G04`
        if group == "factors" and found[1] == "list":
            return f"{out} {message('cli_list_factors', lang)}"  # `factors` alone lists them
        return f"{out} {message('cli_did_you_mean', lang, choice=found[2])}" if found[2] else out
    if found := re.fullmatch(r"Missing (argument|option|parameter) (.+?)\.", text):
        return message(f"cli_missing_{found[1]}", lang, name=words(found[2], lang))
    if text == "Missing command.":
        return message("cli_missing_command", lang)
    if found := re.fullmatch(r"Got unexpected extra arguments? ?(?:\(s\))? \((.*)\)", text, re.DOTALL):
        return message("cli_extra_arguments", lang, args=found[1]) if lang != "en" else text
    if found := re.fullmatch(r"Option ('[^']*') requires an argument\.", text):
        return message("cli_needs_value", lang, option=found[1])
    if found := re.fullmatch(r"Option ('[^']*') does not take a value\.", text):
        return message("cli_takes_no_value", lang, option=found[1])
    return text


# What a Dutch user types for a choice: the Dutch words watwerkt shows for statuses and formats.
_DUTCH_CHOICES = {
    "deels": "partial", "ontbreekt": "gap", "niet beschreven": "not_described", "nooit": "never",
    "tabel": "table", "nederlands": "nl", "dutch": "nl", "engels": "en", "english": "en",
}  # fmt: skip


def _detail(text: str, lang: str) -> str:
    """What is wrong with a value: Typer's words, without pydantic's "Value error, " in front,
    with the closest choice when one is close (`--fail-on gapp`: Did you mean 'gap'?)."""
    from wat_werkt.document.validate import suggest

    text = text.removeprefix("Value error, ")
    if found := re.fullmatch(r"'([^']*)' is not one of (.*)\.", text, re.DOTALL):
        out = message("cli_not_a_choice", lang, value=found[1], choices=found[2]) if lang != "en" else text
        choices = re.findall(r"'([^']*)'", found[2])
        close = _DUTCH_CHOICES.get(found[1].strip().lower().replace("_", " "))
        if close not in choices:
            close = suggest(found[1], choices)  # `--lang NL` too
        return f"{out} {message('cli_did_you_mean', lang, choice=repr(close))}" if close else out
    if lang == "en":
        return text
    if text == message("cli_empty_path", "en"):
        return message("cli_empty_path", lang)
    if re.fullmatch(r"Input should be a valid integer.*|'[^']*' is not a valid integer\.", text, re.DOTALL):
        return message("cli_not_whole_number", lang)
    if found := re.fullmatch(
        r"Input should be greater than or equal to (\S+)|\S+ is not in the range x>=(\S+)\.", text
    ):
        return message("cli_at_least", lang, minimum=found[1] or found[2])
    if found := re.fullmatch(r"(?i:file|dir|directory|path) ('.*') is a directory\.", text, re.DOTALL):
        return message("cli_is_folder", lang, path=found[1])
    if found := re.fullmatch(r"(?i:file|dir|directory|path) ('.*') is a file\.", text, re.DOTALL):
        return message("cli_is_file", lang, path=found[1])
    return text


@contextmanager
def _translated(ctx: Any) -> Iterator[None]:
    try:
        yield
    except _UsageError as exc:
        if isinstance(exc, CommandLineError) or type(exc).__name__ == "NoArgsIsHelpError":
            raise  # translated already; or the help itself, whose words the formatter chose
        raise CommandLineError.of(exc, lang_of(ctx), ctx) from None


def _ended(run: Callable[[], Any]) -> Any:
    """The Typer layer ends the run: a command returns its exit code (an int), or raises
    Stopped once it has said on stderr why it cannot go on (exit 2)."""
    try:
        code = run()
    except Stopped:
        raise typer.Exit(EXIT_ERROR) from None
    if isinstance(code, int):
        raise typer.Exit(code)
    return code


def _help_option(option: Any, ctx: Any) -> Any:
    if option is not None:
        option.help = message("help_help", lang_of(ctx))
        quickargs.install([option])
    return option


_PATH_ANNOTATIONS = (Path, list[Path], Path | None, list[Path] | None)


def _refuse_empty_paths(command: Any, ctx: Any, args: list[str]) -> None:
    """An empty path (`check "$FILE"` with FILE unset) is refused: Typer reads it as the
    current folder, so `check ""` would check every file below it and `--output ""` would name
    a folder. Only looked for when an argument is empty; --help still shows the help."""
    if not any(arg == "" or (arg[:1] == "-" and arg[-1:] == "=") for arg in args):
        return  # no empty value (`""`, `--output=`): the usual case, at no cost
    opts, _, _ = command.make_parser(ctx).parse_args(args=list(args))
    if opts.get("help"):
        return  # --help asked for as an option (not as a file name after `--`, nor a value)
    for param in command.params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or descriptor.annotation not in _PATH_ANNOTATIONS:
            continue
        given = opts.get(param.name)
        if given == "" or (isinstance(given, (list, tuple)) and "" in given):
            raise typer.BadParameter(message("cli_empty_path", "en"), ctx=ctx, param=param)


class Command(TyperCommand):
    context_class = Context
    # A wrong command line found before Typer read it (commands/app.py, refused): shown in place
    # of the run, with the usage of this command.
    refusal: str | None = None

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        quickargs.install(self.params)  # plain values without Typer's pydantic adapters
        with _translated(ctx):
            _refuse_empty_paths(self, ctx, args)
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        if self.refusal is not None:
            raise CommandLineError(self.refusal, ctx, lang_of(ctx))
        return _ended(lambda: super(Command, self).invoke(ctx))

    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx), ctx)


class Group(TyperGroup):
    context_class = Context

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:
            ctx.meta[_LANG] = detect_lang(_lang_in_argv(args))
        quickargs.install(self.params)
        with _translated(ctx):
            _refuse_empty_paths(self, ctx, args)
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        with _translated(ctx):
            return _ended(lambda: super(Group, self).invoke(ctx))

    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx), ctx)

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:
            if "--install-completion" in param.opts or "--show-completion" in param.opts:
                _completion_option(param, ctx)
        return params


def _completion_option(param: Any, ctx: Any) -> None:
    """Typer's --install-completion and --show-completion (commands/app.py adds them to the whole
    command line only), with their help and what they say in the run's language, and a shell
    that cannot be told or is not supported refused with exit 2, as a wrong command line."""
    lang = lang_of(ctx)
    install = "--install-completion" in param.opts
    param.help = message("help_install_completion" if install else "help_show_completion", lang)
    if not getattr(param.callback, "watwerkt", False):
        param.callback = _completion_callback(param.callback, install)


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _shell(value: Any) -> str | None:
    """The shell asked for (Typer takes a name when its shell detection is off), else the one
    this runs in."""
    if isinstance(value, str):
        return value
    try:
        from typer._completion_shared import _get_shell_name

        return _get_shell_name()
    except Exception:  # pragma: no cover - a Typer that moved it, or shellingham failing
        import os

        return os.path.basename(os.environ.get("SHELL", "")) or None


def _completion_callback(original: Callable[..., Any], install: bool) -> Callable[..., Any]:
    def callback(ctx: Any, param: Any, value: Any) -> Any:
        if not value or ctx.resilient_parsing:
            return value
        shell = _shell(value)
        if shell not in SHELLS:
            typer.echo(message("completion_unknown_shell", lang_of(ctx), shell=shell or "?"), err=True)
            raise typer.Exit(2)
        if not install:
            return original(ctx, param, shell)  # prints the script and exits
        from typer._completion_shared import install as install_for

        shell, path = install_for(shell=shell)
        typer.echo(message("completion_installed", lang_of(ctx), shell=shell, path=str(path)))
        raise typer.Exit(0)

    callback.watwerkt = True  # type: ignore[attr-defined]
    return callback
