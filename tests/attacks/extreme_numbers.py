"""Numbers past Python's int-to-str limit (0x and 20,000 f, a base-60 value of 2,500 parts, a
decimal key of 5,000 digits), beyond any float (1 and 309 zeros) or not finite: a located
problem or a verdict, never an internal error, and the other files are reported
(docs/robustness.md; docs/contract.md section 7)."""

import json

from _attack import MINIMAL, checked_too, expect, good_file, run, write

good_file()
files = {
    "hex.yaml": MINIMAL + "duration:\n  sessions: 0x" + "f" * 20_000 + "\n",
    "base60.yaml": MINIMAL + "duration:\n  sessions: " + ":".join(["1"] + ["59"] * 2500) + "\n",
    "key.yaml": MINIMAL + "? " + "1" + "0" * 5000 + "\n: x\n",
    "visits.yaml": MINIMAL + "delivery:\n  home_visits_per_month: 1" + "0" * 309 + "\n",
    "float.yaml": MINIMAL + "delivery:\n  home_visits_per_month: 1.0e+400\n",
    "goal.yaml": MINIMAL + "goals:\n  - text: 0x" + "f" * 20_000 + "\n",
    # A base-60 number of a million parts would take minutes to compute: it is text at once.
    "huge60.yaml": MINIMAL + "rationale: " + ":".join(["1"] + ["59"] * 1_000_000) + "\n",
}
for name, text in files.items():
    write(name, text)
result = run("check", *files, "good.yaml", "-f", "json", "--fail-on", "never")
expect(
    result,
    2,
    # The text written, cut short, and what to write instead.
    "hex.yaml:4:13: 'duration.sessions' should be a whole number, found '0x"
    + "f" * 37
    + "…' (a number field takes one number, in digits)",
    "base60.yaml:4:13: 'duration.sessions' should be a whole number, found '1"
    + ":59" * 12
    + ":5…' (a number field takes one number, in digits)",
    # Written in digits, past any float: too large, not the `.inf` YAML made of it.
    "float.yaml:4:26: 'delivery.home_visits_per_month' is too large to be a number: 1.0e+400 "
    "overflows (past about 1.8e308)",
)
# The key is the text written, so an unknown key (cut short in the message).
assert [line[:31] for line in result.lines if line.startswith("key.yaml")] == [
    "key.yaml:3:3: unknown key '1000"
]
assert len(max(result.lines, key=len)) < 1000
assert not [line for line in result.lines if line.startswith(("visits.yaml", "goal.yaml", "huge60"))]
checked_too(result)
report = {r["file"]: r for r in json.loads(result.out)["results"]}
# A number with no upper bound (section 7); the others are the text written.
assert all(report[name]["valid"] for name in ("visits.yaml", "goal.yaml", "huge60.yaml"))
for fmt in ("table", "sarif", "junit", "github", "markdown", "html"):
    expect(run("check", "visits.yaml", "goal.yaml", "-f", fmt, "--fail-on", "never"), 0)
expect(run("compare", "visits.yaml", "goal.yaml"), 0)
expect(run("explain", "visits.yaml", "S02"), 0)

# A whole number past any float is a number in a file with another problem too: no spurious
# "should be a number, found 1000...0" beside the real one.
big = "1" + "0" * 400
write("visits-and-typo.yaml", MINIMAL + f"foo: 1\ndelivery:\n  home_visits_per_month: {big}\n")
write("age-and-typo.yaml", MINIMAL + f"foo: 1\ntarget_group:\n  child_age: {{min: 0, max: {big}}}\n")
result = run("check", "visits-and-typo.yaml", "age-and-typo.yaml")
assert result.lines == [
    "visits-and-typo.yaml:3:1: unknown key 'foo'",
    "age-and-typo.yaml:3:1: unknown key 'foo'",
], result.lines
# Overflowing numbers say so; `.inf` written as such is still named; a count written with an
# exponent says how YAML reads it, without a did-you-mean of 309 digits.
write("nines.yaml", MINIMAL + "duration:\n  session_minutes: " + "9" * 400 + ".5\n  sessions: 1.0e+309\n")
write("inf.yaml", MINIMAL + "duration:\n  sessions: .inf\n")
write(
    "exponent.yaml",
    MINIMAL + "duration:\n  sessions: 1e308\n  weeks: 1.7976931348623157e+308\n  session_minutes: 6e1\n",
)
result = run("check", "nines.yaml", "inf.yaml", "exponent.yaml")
assert result.lines == [
    "nines.yaml:4:20: 'duration.session_minutes' is too large to be a number: " + "9" * 39 + "… overflows "
    "(past about 1.8e308)",
    "nines.yaml:5:13: 'duration.sessions' is too large to be a number: 1.0e+309 overflows (past about 1.8e308)",
    "inf.yaml:4:13: 'duration.sessions' must be a number, not .inf",
    "exponent.yaml:4:13: 'duration.sessions' should be a whole number, found '1e308' (YAML reads a number with "
    "an exponent as a number only with a dot and a sign (1.0e+3))",
    "exponent.yaml:5:10: 'duration.weeks' should be a whole number, found 1.7976931348623157e+308 (a number)",
    "exponent.yaml:6:20: 'duration.session_minutes' should be a whole number, found '6e1' (did you mean 60? YAML "
    "reads a number with an exponent as a number only with a dot and a sign (1.0e+3))",
], result.lines
