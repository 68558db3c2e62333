"""`compare --format json`: the matrix as data, statuses aligned with the interventions."""

from __future__ import annotations

import json
from typing import Any

from wat_werkt import __version__
from wat_werkt.renderers import RenderOptions
from wat_werkt.renderers.compare.facts import fact_questions
from wat_werkt.renderers.compare.matrix import Matrix
from wat_werkt.renderers.report.json_data import question_data
from wat_werkt.textsafe import defuse_json


def as_data(m: Matrix, options: RenderOptions) -> dict[str, Any]:
    lang = options.lang
    return {
        "tool": {"name": "watwerkt", "version": __version__},
        "factor_set": {"id": m.factor_set.id, "title": m.factor_set.title.get(lang)},
        # No per-status totals: added up, they read as a score (docs/compare.md).
        "interventions": [
            {
                "file": c.file,
                "name": c.name,
                "described": {"count": d.settled, "of": d.of, "gap": d.gap},
                "facts": c.about.facts.as_data(lang),
                "questions": question_data(c, lang),
                # What to ask about the key facts the file does not state (docs/compare.md).
                "fact_questions": [{"fact": f.fact, "text": f.text} for f in fact_questions(c, lang)],
            }
            for c, d in zip(m.columns, m.described(), strict=True)
        ],
        # statuses[i] belongs to interventions[i]; a list, not a mapping by file, because the
        # same file may be compared twice (say, before and after an edit, from two folders).
        "factors": [
            {
                "id": row.factor.id,
                "slug": row.factor.slug,
                "kind": row.factor.kind,
                "title": row.factor.title.get(lang),
                "statuses": [cell.status if cell else None for cell in row.cells],
            }
            for row in m.rows
        ],
        "invalid": [
            {
                "file": r.file,
                "errors": [
                    {
                        "message": p.text(lang),
                        "line": p.loc.line or None,  # null: the whole file
                        "column": p.loc.column or None,
                        "path": p.path,
                    }
                    for p in r.problems
                ],
            }
            for r in m.invalid
        ],
    }


def render(m: Matrix, options: RenderOptions) -> str:
    return defuse_json(json.dumps(as_data(m, options), ensure_ascii=False, indent=2)) + "\n"
