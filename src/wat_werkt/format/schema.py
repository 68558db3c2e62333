"""The JSON Schema (draft 2020-12) of the intervention format, for editors and other tools.

Generated from the pydantic model, so it has the same fields, types and enum values as the
loader; then given descriptions in one language (fields.py) and the few rules the loader adds
that a schema can still say (placeholders, the supported version, the shape of a factor id).
"""

from __future__ import annotations

import json
import re
from typing import Any

from wat_werkt.factorset.load import ID_RE
from wat_werkt.format import model, shape
from wat_werkt.format.fields import field_help
from wat_werkt.messages import message

DIALECT = "https://json-schema.org/draft/2020-12/schema"
# No web site serves the schema, so its id is a name, not a URL that might one day 404.
SCHEMA_ID = f"urn:watwerkt:schema:intervention:{model.FORMAT_VERSION}"


def _any_case(text: str) -> str:
    """A placeholder as a pattern: letters in either case, white space as any run of it."""
    out = []
    for ch in text:
        if ch.isalpha():
            out.append(f"[{ch.upper()}{ch.lower()}]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


# model.is_placeholder as a regular expression (ECMA 262 and Python alike, no flags): the
# punctuation of shape.EDGE and white space around one of the placeholders, or a text that starts
# with one of the prefixes and a colon or white space, matched without regard to case.
_EDGE = r"[\s.!?\[\](){}*—–\-…:]*"
PLACEHOLDER_PATTERN = (
    rf"^{_EDGE}(?:"
    + "|".join(_any_case(p) for p in sorted(model.PLACEHOLDERS, key=lambda p: (-len(p), p)) if p)
    + "|(?:"
    + "|".join(_any_case(p) for p in shape.PLACEHOLDER_PREFIXES)
    + r")[\s:][\s\S]*"
    + rf")?{_EDGE}$"
)
# Text fields that the loader refuses as placeholders (validate._semantic).
NOT_PLACEHOLDER = ("name", "summary", "waivers.reason")


def _tidy(node: Any) -> None:
    """Drop what pydantic adds for its own sake: titles that only repeat the key ("Home Visits
    Per Month") and `default: null`, which editors would insert on completion."""
    if isinstance(node, dict):
        node.pop("title", None)
        if node.get("default", 0) is None:
            del node["default"]
        for key, value in node.items():
            if key in ("properties", "$defs") and isinstance(value, dict):
                for child in value.values():  # names of fields, not schema keywords
                    _tidy(child)
            else:
                _tidy(value)
    elif isinstance(node, list):
        for item in node:
            _tidy(item)


def _ref_in(node: Any) -> str | None:
    """The $defs name an object-valued property points to, wherever pydantic put the $ref."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            return ref.rsplit("/", 1)[-1]
        for key in ("anyOf", "oneOf", "items"):
            inner = node.get(key)
            for part in inner if isinstance(inner, list) else [inner]:
                found = _ref_in(part)
                if found:
                    return found
    return None


def _property(schema: dict[str, Any], path: str) -> dict[str, Any]:
    """The property schema of a dotted path (list items are passed through)."""
    props: dict[str, Any] = schema["properties"]
    node: dict[str, Any] = {}
    for i, part in enumerate(path.split(".")):
        if i:
            ref = _ref_in(node)
            if ref is None:
                raise KeyError(path)
            props = schema["$defs"][ref]["properties"]
        node = props[part]
    return node


def build(lang: str = "en") -> dict[str, Any]:
    raw = model.Intervention.model_json_schema(mode="validation")
    _tidy(raw)
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": message("schema_title", lang),
        "description": message("schema_description", lang),
        **raw,
    }
    for path in model.FIELD_PATHS:
        _property(schema, path)["description"] = field_help(path, lang)
    for path in NOT_PLACEHOLDER:
        _property(schema, path)["not"] = {"pattern": PLACEHOLDER_PATTERN}
    version = _property(schema, "watwerkt")
    for option in version["anyOf"]:
        if option.get("type") == "integer":
            option["maximum"] = model.FORMAT_VERSION
    # A waiver naming something that cannot be a factor id is always an error in the loader.
    _property(schema, "waivers.factor")["pattern"] = ID_RE.pattern
    return schema


def render(lang: str = "en") -> str:
    """The schema as the text that is committed in schema/ and printed by `watwerkt schema`."""
    return json.dumps(build(lang), ensure_ascii=False, indent=2) + "\n"
