"""Lists and mappings nested about 960 deep with --max-depth 1000, where a message shows the
value (an enumerated field, a waiver's factor): a located problem, never RecursionError; past
libyaml's own 1,000 levels the message says so instead of a limit the flag cannot raise
(docs/robustness.md)."""

from _attack import MINIMAL, checked_too, expect, good_file, run, write

good_file()
deep_list = "[" * 960 + "]" * 960
deep_map = "{a: " * 960 + "1" + "}" * 960
files = {
    "orientation.yaml": MINIMAL + f"approach: {{orientation: {deep_list}}}\n",
    "format.yaml": MINIMAL + f"delivery: {{format: {deep_map}}}\n",
    "waiver.yaml": MINIMAL + f"waivers: [{{factor: {deep_list}}}]\n",
    "name.yaml": f"name: {deep_list}\nsummary: x\n",
    "key.yaml": MINIMAL + f"? {deep_list}\n: x\n",
}
for name, text in files.items():
    write(name, text)
result = run("check", *files, "good.yaml", "-f", "json", "--max-depth", "1000")
assert result.code == 2, result
assert {line.split(":")[0] for line in result.lines} == set(files), result.err
assert len(max(result.lines, key=len)) < 1000, "a value is shown shortened"
checked_too(result)
for fmt in ("table", "sarif", "junit", "github", "markdown", "html"):
    assert run("check", *files, "-f", fmt, "--max-depth", "1000").code == 2
assert run("compare", *files, "--format", "json").code == 2

write("deeper.yaml", MINIMAL + "goals: " + "[" * 1500 + "]" * 1500 + "\n")
expect(
    run("check", "deeper.yaml", "--max-depth", "100000"),
    2,
    "deeper.yaml:3:1007: nesting deeper than 1000 levels, the most the YAML parser reads",
)
