"""File names and names from files in CI formats: the github format shows a control
character in a file name as an escape in file= (raw it reaches the runner's log); Markdown
neutralises @mentions, which would notify people from a pull-request comment
(docs/robustness.md)."""

import json

from _attack import MINIMAL, run, write

write("odd\x1b[31m\x07name.yaml", MINIMAL)
write("mention.yaml", "name: Hulp voor @octocat en @org/team\nsummary: Zie @someone.\n")
result = run("check", ".", "-f", "github", "--fail-on", "never")
assert result.code == 0, result
annotations = [line for line in result.out.splitlines() if line.startswith("::")]
assert annotations and all("\x1b" not in line and "\x07" not in line for line in annotations)
assert any("file=odd\\x1b[31m\\x07name.yaml" in line for line in annotations), annotations[:3]

for args in (["check", ".", "-f", "markdown", "--fail-on", "never"], ["compare", ".", "-f", "markdown"]):
    out = run(*args).out
    assert "@&#8203;octocat" in out and "@&#8203;org/team" in out, args
    assert "@octocat" not in out and "@someone" not in out, args
# The data itself is unchanged where it is data.
names = {r["name"] for r in json.loads(run("check", ".", "-f", "json", "--fail-on", "never").out)["results"]}
assert "Hulp voor @octocat en @org/team" in names
