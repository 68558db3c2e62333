"""No code from data: only safe YAML loading, no eval, no pickle, no imports chosen by data."""

from __future__ import annotations

import re

from conftest import SRC

FORBIDDEN = [
    r"\beval\(",
    r"\bexec\(",
    r"\bpickle\b",
    r"\bmarshal\b",
    r"__import__\(",
    r"import_module\(",
    r"yaml\.load\(",
    r"yaml\.unsafe_load",
    r"yaml\.full_load",
    r"\bUnsafeLoader\b",
    r"\bFullLoader\b",
    r"\bre\.compile\([^)]*\b(?:pattern|regex)\b",  # no regular expressions taken from factor files
]


def test_source_has_no_code_from_data() -> None:
    found = []
    for path in SRC.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # The imports by name in renderers: REPORTERS and lazy, whose module names are
            # written in the code.
            if 'import_module(f"wat_werkt.renderers.{module}")' in line or (
                'import_module(f"wat_werkt.renderers.{entry.module}")' in line
            ):
                continue
            for pattern in FORBIDDEN:
                if re.search(pattern, line) and not line.lstrip().startswith("#"):
                    found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_yaml_is_read_with_the_safe_loaders_only() -> None:
    text = (SRC / "document" / "yamlload.py").read_text(encoding="utf-8")
    assert "from yaml import CSafeLoader as _Loader" in text
    assert "from yaml import SafeLoader as _Loader" in text
    used = re.findall(r"Loader=(\w+)", text)
    assert used and set(used) == {"_Loader"}  # parse and compose, always with the safe loader
