"""`check --statistics`: per factor, across all files, how many files have each status, as a
table, JSON or Markdown. For the keeper of a databank: which factor is missing most often.

Rows are sorted by how many files miss the factor (gap or not described), most first; a tie
keeps the order of the set. Files that could not be checked count in no row; the heading says
how many there were. Chosen by --statistics, not by --format (which picks one of table, json,
markdown for it), so it is not in REPORTERS. Works file by file: a file's part is its statuses.
The JSON is described by docs/statistics.schema.json.
"""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from wat_werkt import __version__
from wat_werkt.engine.evaluate import IGNORED, STATUSES, FileResult
from wat_werkt.factorset.load import FactorSet
from wat_werkt.messages import counted, message
from wat_werkt.renderers import Part, RenderOptions, Reporter, jsontext
from wat_werkt.renderers.common import SYMBOLS, status_word
from wat_werkt.renderers.report.markdown import escape
from wat_werkt.textsafe import clean, defuse_commands, defuse_json, one_line

FORMATS = ("table", "json", "markdown")
MISSING = ("gap", "not_described")


class StatisticsReport(Reporter):
    """Counts as the files come; the whole table at the end."""

    parallel = True

    def __init__(self, factor_set: FactorSet, options: RenderOptions, kind: str = "table") -> None:
        super().__init__(factor_set, options)
        self.kind = kind
        self._counts: dict[str, dict[str, int]] = {f.id: {} for f in factor_set.factors}
        self._files = 0
        self._invalid = 0

    def part(self, result: FileResult) -> Part:
        return Part("", [result.valid, {row.factor.id: row.status for row in result.factors}])

    def add(self, data: Any) -> None:
        valid, statuses = data
        self._files += 1
        self._invalid += not valid
        for factor, status in statuses.items():
            counts = self._counts.setdefault(factor, {})
            counts[status] = counts.get(status, 0) + 1

    def rows(self) -> list[tuple[str, str, int, dict[str, int]]]:
        """(id, title, files missing it, counts by status), most missing first."""
        statuses = self.statuses()
        order = {f.id: i for i, f in enumerate(self.factor_set.factors)}
        titles = {f.id: f.title.get(self.options.lang) for f in self.factor_set.factors}
        rows = [
            (factor, titles.get(factor, factor), sum(counts.get(s, 0) for s in MISSING), counts)
            for factor, counts in self._counts.items()
        ]
        rows.sort(key=lambda row: (-row[2], order.get(row[0], len(order))))
        return [(f, t, m, {s: c.get(s, 0) for s in statuses}) for f, t, m, c in rows]

    def statuses(self) -> tuple[str, ...]:
        """The columns: the statuses, and `ignored` when a factor was left out somewhere."""
        ignored = any(counts.get(IGNORED) for counts in self._counts.values())
        return (*STATUSES, IGNORED) if ignored else STATUSES

    def _heading(self) -> str:
        lang = self.options.lang
        text = message("stats_heading", lang, files=counted("stats_files", lang, self._files - self._invalid))
        if self._invalid:
            text += " " + message("stats_not_checked", lang, count=self._invalid)
        return text

    def tail(self) -> str:
        if self.kind == "json":
            return self._json()
        if self.kind == "markdown":
            return self._markdown()
        return self._table()

    def _json(self) -> str:
        lang = self.options.lang
        data = {
            "tool": {"name": "watwerkt", "version": __version__},
            "factor_set": {"id": self.factor_set.id, "title": self.factor_set.title.get(lang)},
            "files": self._files - self._invalid,
            "not_checked": self._invalid,
            "factors": [
                {"id": factor, "title": title, "missing": missing, "counts": counts}
                for factor, title, missing, counts in self.rows()
            ],
        }
        return defuse_json(jsontext.dumps(data)) + "\n"

    def _header(self) -> list[str]:
        lang = self.options.lang
        words = [message(c, lang) for c in ("col_id", "col_factor", "stats_missing")]
        return words + [f"{SYMBOLS[s]} {status_word(s, lang)}" for s in self.statuses()]

    def _markdown(self) -> str:
        lang = self.options.lang
        header = self._header()
        lines = [f"## {escape(message('stats_title', lang))}", "", escape(self._heading()), ""]
        lines += ["| " + " | ".join(escape(h) for h in header) + " |", "|" + " --- |" * len(header)]
        for factor, title, missing, counts in self.rows():
            cells = [escape(factor), escape(title), str(missing), *(str(n) for n in counts.values())]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"

    def _table(self) -> str:
        from wat_werkt.renderers.report.table import STYLES, console_for

        lang = self.options.lang
        title = Text(one_line(self._heading()), style="bold")
        table = Table(title=title, box=box.ROUNDED, title_justify="left", expand=True)
        table.add_column(message("col_id", lang), no_wrap=True, style="bold")
        table.add_column(message("col_factor", lang), ratio=1, min_width=16, overflow="fold")
        table.add_column(message("stats_missing", lang), justify="right", no_wrap=True, style="bold")
        rows = self.rows()
        widest = len(str(max((max(c.values(), default=0) for *_, c in rows), default=0)))
        statuses = self.statuses()
        words = [status_word(status, lang) for status in statuses]
        # The symbol above the word, wrapped at its spaces: the counts need few columns. Where
        # the words leave the factor names too little room (a terminal of 80 columns, Dutch),
        # the columns carry the symbol alone and a legend under the table says what each is.
        widths = [max(widest, *(len(part) for part in word.split())) for word in words]
        fixed = len(message("col_id", lang)) + 2 + len(message("stats_missing", lang)) + 16
        compact = fixed + sum(widths) + 3 * (len(widths) + 3) + 1 > self.options.width
        for status, word, width in zip(statuses, words, widths, strict=True):
            if compact:
                table.add_column(SYMBOLS[status], justify="right", width=max(widest, 1))
            else:
                table.add_column(f"{SYMBOLS[status]}\n{word}", justify="right", width=width)
        for factor, title_text, missing, counts in rows:
            cells = [Text(clean(factor)), Text(clean(title_text)), Text(str(missing))]
            cells += [Text(str(n), style=STYLES.get(s, "dim") if n else "dim") for s, n in counts.items()]
            table.add_row(*cells)
        buffer = io.StringIO()
        console = console_for(self.options, buffer)
        console.print(table)
        if compact:
            # Packed a line at a time here, so that no symbol is parted from its word.
            lines: list[str] = []
            for pair in (f"{SYMBOLS[s]} {w}" for s, w in zip(statuses, words, strict=True)):
                if lines and len(lines[-1]) + 2 + len(pair) <= self.options.width:
                    lines[-1] += "  " + pair
                else:
                    lines.append(pair)
            for line in lines:
                console.print(Text(line), no_wrap=True, overflow="ignore")
        return defuse_commands(buffer.getvalue())
