"""shape.json, read at start-up instead of the pydantic model, is what the model says."""

from __future__ import annotations

import json

from wat_werkt.format import model, shape


def test_shape_json_is_current() -> None:
    # To refresh after changing model.py: python -m wat_werkt.format.shape
    committed = json.loads(shape.SHAPE_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(shape.generate()))


def test_paths_agree_with_the_model() -> None:
    assert shape.FIELD_PATHS == model.FIELD_PATHS
    assert shape.LIST_PATHS == model.LIST_PATHS
