"""The commented template that `watwerkt init` writes: every field of the format, empty, with
what to write and which factors it feeds (from fields.py, like the schema)."""

from __future__ import annotations

import os
import shlex
import textwrap

import yaml
from pydantic import BaseModel

from wat_werkt.format import model
from wat_werkt.format.fields import field_help
from wat_werkt.messages import message
from wat_werkt.textsafe import one_line

WIDTH = 100
SCHEMA_FILE = "intervention.schema.json"


def _comment(text: str, indent: str, hang: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=f"{indent}# ",
        subsequent_indent=f"{indent}# {hang}",
        break_on_hyphens=False,
        break_long_words=False,
    )


def _text(value: str) -> str:
    # The name comes from the command line: let YAML quote whatever needs quoting.
    return str(yaml.safe_dump({"v": value}, allow_unicode=True, width=1_000_000))[3:].rstrip("\n")


def _section(
    owner: type[BaseModel], prefix: str, indent: str, lang: str, values: dict[str, str]
) -> list[str]:
    lines: list[str] = []
    for name, info in owner.model_fields.items():
        path = prefix + name
        shape = model.FIELD_PATHS[path]
        if not indent and lines:
            lines.append("")  # a blank line between the sections at the top
        lines += _comment(field_help(path, lang), indent)
        if shape == "items":
            # A list of mappings (goals, waivers): its fields are described above the key, and
            # one commented item shows the shape to copy.
            item = model._unwrap(info.annotation)
            (item_model,) = item.__args__
            fields = list(item_model.model_fields)
            for field in fields:
                lines += _comment(f"  {field}: {field_help(f'{path}.{field}', lang)}", indent, "    ")
            lines.append(f"{indent}{name}:")
            lines += [f"{indent}  # {'- ' if i == 0 else '  '}{field}:" for i, field in enumerate(fields)]
        elif shape == "mapping":
            lines.append(f"{indent}{name}:")
            lines += _section(model._unwrap(info.annotation), f"{path}.", indent + "  ", lang, values)
        elif path in values:
            lines.append(f"{indent}{name}: {values[path]}")
        else:
            lines.append(f"{indent}{name}:")
    return lines


def schema_beside(file: str) -> str:
    """Where the schema of the modeline is, as seen from here: beside the description, since
    the modeline's path is relative to the file that holds it (docs/authoring.md section 2)."""
    folder = os.path.dirname(file)
    return os.path.join(folder, SCHEMA_FILE) if folder else SCHEMA_FILE


def render(lang: str, name: str | None = None, file: str = "intervention.yaml") -> str:
    """The template text. Its name and summary are placeholders (TODO ...), which `check`
    refuses until they are filled in; every other field is empty, not described."""
    # A file name with a line break must not end the comment; one with a space is quoted, so
    # the commands can be copied as they are.
    shown = shlex.quote(one_line(file))
    header = [f"# yaml-language-server: $schema={SCHEMA_FILE}"]
    for code in ("template_intro", "template_fill_in", "template_empty"):
        header += _comment(message(code, lang), "")
    header += _comment(message("template_check", lang, file=shown), "")
    header += _comment(message("template_explain", lang, file=shown), "")
    header += _comment(
        message("template_schema", lang, schema=shlex.quote(one_line(schema_beside(file)))), ""
    )
    values = {  # as YAML: the only fields that are not empty
        "watwerkt": str(model.FORMAT_VERSION),
        "name": _text(name if name is not None else message("template_name", lang)),
        "summary": _text(message("template_summary", lang)),
    }
    body = _section(model.Intervention, "", "", lang, values)
    return "\n".join([*header, "", *body]) + "\n"
