"""GitHub Actions workflow commands: one annotation per finding, then the full plain report.

Escaping follows GitHub's toolkit (`@actions/core`): in the message `%`, CR and LF; in
properties also `:` and `,`. So a value from a file can never end our command or start one of
its own. GitHub shows at most 10 annotations of each level per step, hence errors first, then
warnings, then notices; the plain report after them holds everything.

The plain report is text from files, so it is fenced twice: between `::stop-commands::TOKEN`
and `::TOKEN::` (the runner ignores every command in between; the token is a hash of the
report, which the report itself cannot contain), and with any line that could read as a
command (`::x::` at its start, `##[x]` anywhere) defused by a backslash.
"""

from __future__ import annotations

import hashlib

from wat_werkt.engine import Report
from wat_werkt.messages import message
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.findings import Finding, findings
from wat_werkt.textsafe import defuse_commands

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(found: Finding, lang: str) -> str:
    props = {
        "file": found.file,
        "line": str(found.loc.line),
        "col": str(found.loc.column),
        "title": found.title,
    }
    body = found.text
    if found.advice:
        body += f"\n{message('advice', lang)}: {found.advice}"
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{COMMANDS[found.level]} {joined}::{escape_data(body)}"


def plain_report(report: Report, options: RenderOptions) -> str:
    from wat_werkt.renderers import table

    return table.render(report, options._replace(color=False))


def render(report: Report, options: RenderOptions) -> str:
    lines = [annotation(f, options.lang) for f in findings(report, options)]
    body = defuse_commands(plain_report(report, options))
    # surrogatepass: a file name that is not UTF-8 (a lone surrogate) must not stop the report.
    token = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
    lines += [f"::stop-commands::{token}", body.rstrip("\n"), f"::{token}::"]
    return "\n".join(lines) + "\n"
