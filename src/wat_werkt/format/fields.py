"""What each field of the format is for: its text from fields.yaml and the built-in factors
that read it. `schema` and `init` both take their words from here, so they cannot drift."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from wat_werkt.factorset.load import LANGS, Texts, builtin_sets, load_builtin
from wat_werkt.messages import message

FIELDS_FILE = Path(__file__).with_name("fields.yaml")


@functools.lru_cache(maxsize=1)
def descriptions() -> dict[str, Texts]:
    """Every field's description; fields.yaml ships with the package and is trusted."""
    raw = yaml.safe_load(FIELDS_FILE.read_text(encoding="utf-8"))
    return {
        path: Texts(nl=" ".join(str(texts["nl"]).split()), en=" ".join(str(texts["en"]).split()))
        for path, texts in raw.items()
        if isinstance(texts, dict) and all(texts.get(lang) for lang in LANGS)
    }


@functools.lru_cache(maxsize=1)
def feeds() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """For each path: per built-in set, the ids of the factors whose conditions read it; "G01
    (tip)" where only a practice criterion of the factor reads it (it never changes a status)."""
    found: dict[str, dict[str, list[str]]] = {}
    for set_name in builtin_sets():
        for factor in load_builtin(set_name).factors:
            deciding = [factor.applies_when] if factor.applies_when else []
            deciding += [crit.check for crit in factor.criteria if crit.decides]
            deciding += [crit.applies_when for crit in factor.criteria if crit.applies_when]
            tips = [crit.check for crit in factor.criteria if not crit.decides]
            decided = {path for cond in deciding if cond for path in cond.paths()}
            for path in [p for cond in deciding if cond for p in cond.paths()] + [
                p for cond in tips for p in cond.paths()
            ]:
                label = factor.id if path in decided else f"{factor.id} (tip)"
                ids = found.setdefault(path, {}).setdefault(set_name, [])
                if label not in ids:
                    ids.append(label)
    return {
        path: tuple((name, tuple(sorted(ids))) for name, ids in sorted(per_set.items()))
        for path, per_set in found.items()
    }


def feeds_text(path: str, lang: str) -> str:
    """'Feeds: G01, G09 (opvoedingsondersteuning); T03 (tidier).' or '' for no factor."""
    per_set = feeds().get(path, ())
    if not per_set:
        return ""
    listed = "; ".join(f"{', '.join(ids)} ({name})" for name, ids in per_set)
    return message("field_feeds", lang, factors=listed)


def field_help(path: str, lang: str) -> str:
    """The description of a field followed by the factors it feeds."""
    text = descriptions()[path].get(lang)
    feeding = feeds_text(path, lang)
    return f"{text} {feeding}" if feeding else text
