"""The examples in the documentation are valid files that do what the text says."""

from __future__ import annotations

from pathlib import Path

from conftest import DOCS, ROOT

from wat_werkt.factorset.load import FactorSet, KnownIds
from wat_werkt.run.checker import check_text


def yaml_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [part.split("```", 1)[0] for part in text.split("```yaml\n")[1:]]


def test_readme_format_example(builtin: FactorSet) -> None:
    block = next(b for b in yaml_blocks(ROOT / "README.md") if b.startswith("watwerkt: 1"))
    result = check_text(block, "README.md", builtin, KnownIds(builtin.ids))
    assert result.valid, [p.text("en") for p in result.problems]
    statuses = {r.factor.id: r.status for r in result.factors}
    # The comments promise these: false -> a gap, the waiver -> waived, nurses -> trained visitors.
    assert (statuses["G09"], statuses["G06"], statuses["S03"]) == ("gap", "waived", "strength")


def test_complete_example_in_format_reference(builtin: FactorSet) -> None:
    blocks = [b for b in yaml_blocks(DOCS / "format.md") if "\nname:" in b or b.startswith("name:")]
    complete = max(blocks, key=len)
    result = check_text(complete, "docs/format.md", builtin, KnownIds(builtin.ids))
    assert result.valid, [p.text("en") for p in result.problems]
    assert len(result.factors) == 16


def _section(doc: str, factor_id: str) -> str:
    start = doc.index(f"\n### {factor_id} ")
    end = doc.find("\n### ", start + 1)
    return doc[start : end if end != -1 else len(doc)]


def test_factors_page_lists_every_criterion_with_its_basis(builtin: FactorSet) -> None:
    doc = (DOCS / "factors.md").read_text(encoding="utf-8")
    for factor in builtin.factors:
        section = _section(doc, factor.id)
        assert factor.title.nl in section, factor.id  # the title is the factor file's
        rows = {
            line.split("|")[1].strip().strip("`"): line.split("|")[2].strip()
            for line in section.splitlines()
            if line.startswith("| `")
        }
        assert rows == {c.id: c.basis for c in factor.criteria}, factor.id


def test_format_reference_names_each_factor_by_its_title(builtin: FactorSet) -> None:
    doc = (DOCS / "format.md").read_text(encoding="utf-8")
    for factor in builtin.factors:
        assert f"| {factor.id} | {factor.title.nl} / {factor.title.en} |" in doc, factor.id


def test_every_option_of_check_is_documented() -> None:
    # An option added to check (CONTRIBUTING.md, "Add an option to check") is named in the
    # command line of docs/contract.md section 6, which users read for the options.
    from wat_werkt.commands.check_quick import OPTIONS

    contract = (DOCS / "contract.md").read_text(encoding="utf-8")
    command_line = contract[contract.index("## 6. Command line") : contract.index("## 7.")]
    assert [name for name in OPTIONS if f"`{name}" not in command_line] == []


def test_every_output_format_is_documented() -> None:
    # A format added to REPORTERS (CONTRIBUTING.md, "Add an output format") is named where
    # users look for it: the --format choices of docs/contract.md section 6 and the table of
    # formats in docs/ci.md.
    import re

    from wat_werkt.renderers import REPORTERS

    contract = (DOCS / "contract.md").read_text(encoding="utf-8")
    command_line = contract[contract.index("## 6. Command line") :]
    listed = re.search(r"`--format ([a-z\\|]+)`", command_line)
    assert listed is not None
    choices = listed[1].split("\\|")
    ci = (DOCS / "ci.md").read_text(encoding="utf-8")
    for name in REPORTERS:
        assert name in choices, (name, choices)
        assert f"| `{name}` |" in ci, name
    assert set(choices) == {*REPORTERS, "auto"}
