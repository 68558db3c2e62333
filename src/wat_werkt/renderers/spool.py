"""Texts to be written in the order of their keys, kept on disk until then.

The `github` and `sarif` formats write every finding of a run sorted (errors first, then by
file and place), so they can write none before the last file is checked. A databank's run has
a hundred thousand of them and more; held as text they took most of a run's memory
(docs/performance.md). Here only each text's key and place in a temporary file stay in memory.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import Any


class SortedTexts:
    """`add(key, text)` as findings come; `texts()` gives them back sorted by key (a stable
    sort: equal keys keep the order they came in), `sorted_keys()` the keys in that order."""

    def __init__(self) -> None:
        self._file: Any = None  # made on the first text: most reports of one file have few
        self._index: list[tuple[tuple[Any, ...], int, int]] = []
        self._size = 0
        self._sorted = False

    def __len__(self) -> int:
        return len(self._index)

    def add(self, key: Sequence[Any], text: str) -> None:
        if self._file is None:
            try:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 # lives as long as the report
            except OSError:  # no temporary folder to write in: memory it is, as stream.Spool does
                self._file = io.BytesIO()
        # surrogatepass: a file name that is not UTF-8 (lone surrogates) comes back as it was.
        data = text.encode("utf-8", "surrogatepass")
        self._file.seek(self._size)
        self._file.write(data)
        # The same file name and rule id in many keys: one string each (intern), not one a key.
        kept = tuple(sys.intern(part) if type(part) is str else part for part in key)
        self._index.append((kept, self._size, len(data)))
        self._size += len(data)
        self._sorted = False

    def _sort(self) -> None:
        if not self._sorted:
            self._index.sort(key=lambda entry: entry[0])
            self._sorted = True

    def sorted_keys(self) -> list[tuple[Any, ...]]:
        self._sort()
        return [key for key, _, _ in self._index]

    def texts(self) -> Iterator[str]:
        self._sort()
        for _, offset, size in self._index:
            self._file.seek(offset)
            yield self._file.read(size).decode("utf-8", "surrogatepass")

    def close(self) -> None:
        """The temporary file goes (its texts with it); a new text starts a new one."""
        if self._file is not None:
            self._file.close()
        self._file, self._index, self._size, self._sorted = None, [], 0, False
