"""A factor file or configuration over a limit is refused with a message that names no flag:
--max-depth and --max-bytes raise the limits of intervention files only (docs/robustness.md)."""

import shutil

from _attack import ROOT, good_file, run, write

good_file()
shutil.copytree(ROOT / "factors" / "tidier", "set")
write("set/T02-why.yaml", "id: T02\nslug: why\nsummary: " + "[" * 70 + "]" * 70 + "\n")
write(
    "set/T03-what-materials.yaml",
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"b{i}: &b{i} [{', '.join([f'*b{i - 1}' if i else '*a'] * 10)}]\n" for i in range(6)),
)
write("set/T04-what-procedures.yaml", "id: T04\n# " + "x" * (5 * 1024 * 1024) + "\n")
for args in (["factors", "lint", "set"], ["check", "good.yaml", "--factors", "set", "--max-depth", "500"]):
    result = run(*args)
    assert result.code == 2, result
    assert (
        "set/T02-why.yaml:3:73: nesting deeper than 64 levels, the limit for this kind of file"
        in result.lines
    )
    assert any(
        line.startswith("set/T03-what-materials.yaml:") and "the limit for this kind of file" in line
        for line in result.lines
    ), result.err
    assert (
        "set/T04-what-procedures.yaml: file is 5242891 bytes, above the limit of 4194304 for this kind of "
        "file" in result.lines
    ), result.err
    assert "--max-" not in result.err and "max_depth" not in result.err, result.err
