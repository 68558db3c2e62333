"""Following a condition's dotted path from a value of the document to what it reaches."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wat_werkt.document.yamlload import PathKey

Hit = tuple[PathKey, Any]
# What a path reaches: the present values with their paths (hits), the paths that stop at
# nothing (missing), and the explicitly empty lists passed through on the way (empty).
Found = tuple[Sequence[Hit], Sequence[PathKey], Sequence[Hit]]


def split(path: str) -> tuple[str, ...]:
    """A condition's path as keys; `.` is the value itself (an item inside `every`)."""
    return () if path == "." else tuple(path.split("."))


def at(data: Any, path: PathKey) -> Any:
    for part in path:
        data = data[part]
    return data


def find(node: Any, base: PathKey, parts: tuple[str, ...]) -> Found:
    """Follow `parts` from `node`, the value at `base`; a list met on the way stands for all its
    items. A list at `node` itself is not opened: `every` hands over the items one by one."""
    # Most paths meet no list: plain look-ups, and the path of the end is known beforehand.
    for depth, part in enumerate(parts):
        if type(node) is dict:  # the usual step, asked first
            node = node.get(part)
        elif depth and isinstance(node, list):
            return _through_lists(node, (*base, *parts[:depth]), parts, depth)
        else:
            node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            return (), ((*base, *parts) if base else parts,), ()
    return (((*base, *parts) if base else parts, node),), (), ()


Finder = Callable[[Any, PathKey], Found]


def finder(parts: tuple[str, ...]) -> Finder:
    """`find` for one path, made when a condition is compiled. Most look-ups are of a field two
    keys below the root (`approach.description`), and most of those find nothing: that case is
    spelt out, with its answer made beforehand (docs/performance.md, the compiled engine)."""
    if len(parts) != 2:
        return lambda node, base: find(node, base, parts)
    first, second = parts
    nothing_here: Found = ((), (parts,), ())

    def find_two(node: Any, base: PathKey) -> Found:
        if not base and type(node) is dict:
            section = node.get(first)
            if section is None:
                return nothing_here
            if type(section) is dict:
                value = section.get(second)
                return nothing_here if value is None else (((parts, value),), (), ())
        return find(node, base, parts)

    return find_two


def _through_lists(node: list[Any], path: PathKey, parts: tuple[str, ...], start: int) -> Found:
    """The general walk from `node`, a list at `path`, on from `parts[start]`: each list on the
    way stands for all its items."""
    missing: list[PathKey] = []
    empty: list[Hit] = []
    current: list[Hit] = [(path, node)]
    for depth in range(start, len(parts)):
        part = parts[depth]
        following: list[Hit] = []
        for where, value in current:
            if not isinstance(value, list):
                child = value.get(part) if isinstance(value, dict) else None
                if child is None:
                    missing.append((*where, *parts[depth:]))
                else:
                    following.append(((*where, part), child))
                continue
            if not value:
                empty.append((where, value))
            for i, item in enumerate(value):
                child = item.get(part) if isinstance(item, dict) else None
                if child is None:
                    missing.append((*where, i, *parts[depth:]))
                else:
                    following.append(((*where, i, part), child))
        current = following
    return current, missing, empty


def flat(hits: Sequence[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The hits with lists opened up into their items, and the explicitly empty lists (as
    written: `[]`, or `false` on a list field)."""
    items: list[Hit] = []
    empty: list[Hit] = []
    for where, value in hits:
        if isinstance(value, list):
            if not value:
                empty.append((where, value))
            items.extend(((*where, i), v) for i, v in enumerate(value))
        else:
            items.append((where, value))
    return items, empty
