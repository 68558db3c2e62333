"""Generate a corpus of realistic, valid intervention files, varied from examples/*.yaml.

    python bench/generate.py [--count 1000] [--out bench/corpus-1000] [--seed 6]

Each file starts from one of the examples and is varied: another name and summary, optional
sections and keys dropped or borrowed from another example, goals added or removed, numbers
moved (child_age keeps min <= max), now and then a text given as `false` and a waiver with a
reason. The same seed and count give the same bytes. Every file is valid by construction;
tests/test_bench.py checks that with the real checker.
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MARKER = ".bench-corpus"  # only a folder holding this marker is ever emptied by us

OPTIONAL = (
    "provider", "url", "rationale", "conditions", "costs", "target_group", "goals", "curriculum",
    "duration", "delivery", "approach", "practitioners", "relationship", "quality", "reach",
    "evidence",
)  # fmt: skip
PLACES = (
    "Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Zwolle", "Eindhoven", "Tilburg", "Almere",
    "Breda", "Nijmegen", "Enschede", "Haarlem", "Arnhem", "Leeuwarden", "Maastricht", "Delft",
)  # fmt: skip
VARIANTS = ("regio", "pilot", "uitvoering", "variant", "team", "wijkteam", "GGD", "CJG")
SUMMARY_EXTRA = (
    "De uitvoering gebeurt in nauwe samenwerking met het consultatiebureau.",
    "Ouders worden doorverwezen door de huisarts, de school of het wijkteam.",
    "In deze regio wordt het programma sinds kort ook in het Engels en Arabisch aangeboden.",
    "Een deel van de bijeenkomsten vindt online plaats.",
    "Het programma is aangepast aan de lokale sociale kaart.",
)
EXTRA_TEXT: dict[str, Any] = {
    "provider": "Stichting Opvoeden Samen, licentiehouder",
    "url": "https://example.org/interventie",
    "rationale": "Gebaseerd op de sociale leertheorie: gedrag dat beloond wordt, komt vaker voor. "
    "Ouders oefenen met nieuwe vaardigheden in een veilige omgeving.",
    "conditions": "Een licentie, getrainde uitvoerders en ruimte voor intervisie binnen de organisatie.",
    "costs": "Training van uitvoerders: EUR 1.500 per persoon; per gezin ongeveer 12 uur.",
    "relationship": {
        "description": "De uitvoerder bouwt in de eerste twee contacten een band op met de ouders.",
        "monitoring": "Na elke bijeenkomst vullen ouders een korte vragenlijst in over de samenwerking.",
    },
    "quality": {
        "fidelity_monitoring": "Video-opnames van bijeenkomsten worden met een checklist beoordeeld.",
        "evaluation": "Jaarlijkse evaluatie met voor- en nameting bij ouders.",
    },
    "reach": {
        "recruitment": "Via consultatiebureaus, scholen en huisartsen.",
        "retention": "Ouders worden gebeld als zij een bijeenkomst missen.",
    },
}
GOAL_POOL = (
    ("Ouders voelen zich competenter in de opvoeding.", "parent_wellbeing"),
    ("Ouders kennen hun eigen netwerk en vragen daar om steun.", "social_support"),
    ("Ouders weten wat ze kunnen verwachten van de ontwikkeling van hun kind.", "knowledge"),
    ("Ouders bekijken het gedrag van hun kind met meer begrip.", "parent_attitudes"),
    ("Het kind vertoont minder probleemgedrag thuis.", "child_behaviour"),
    ("Ouders geven vaker positieve aandacht.", "parenting_skills"),
    ("Ouders nemen zelf weer de regie over hun gezinsleven.", "empowerment"),
)
MEASURES = (
    "Voor- en nameting met de Opvoedingsbelastingvragenlijst (OBVL).",
    "Observatie door de uitvoerder bij het laatste huisbezoek.",
    "Vragenlijst voor ouders na afloop.",
)
REASONS = (
    "Dit programma richt zich bewust niet op het sociale netwerk; dat doet het wijkteam.",
    "De uitvoering ligt bij een andere organisatie die hierover zelf rapporteert.",
    "Niet van toepassing in de pilotfase; wordt in 2026 beschreven.",
)
FACTOR_IDS = tuple(f"G{i:02d}" for i in range(1, 12)) + tuple(f"S{i:02d}" for i in range(1, 6))
FORMATS = ("group", "individual", "home_visiting", "online")
COUNTS = ("sessions", "weeks", "session_minutes")


def load_examples() -> list[dict[str, Any]]:
    """The examples with at least one optional section (minimal.yaml is too bare to vary)."""
    out = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if any(key in data for key in OPTIONAL):
            out.append(data)
    return out


def _jitter(rng: random.Random, value: float, low: float = 0) -> float:
    return max(low, round(value * rng.uniform(0.6, 1.5), 1))


def vary(
    rng: random.Random, base: dict[str, Any], donors: list[dict[str, Any]], index: int
) -> dict[str, Any]:
    data = copy.deepcopy(base)
    data["name"] = f"{base['name']} {rng.choice(PLACES)} {rng.choice(VARIANTS)} {index}"
    data["summary"] = " ".join([str(base["summary"]), *rng.sample(SUMMARY_EXTRA, rng.randint(0, 2))])
    for key in OPTIONAL:
        if key in data and rng.random() < 0.12:
            del data[key]
        elif key not in data and rng.random() < 0.3:
            donor = rng.choice(donors)
            if key in donor:
                data[key] = copy.deepcopy(donor[key])
            elif key in EXTRA_TEXT:
                data[key] = copy.deepcopy(EXTRA_TEXT[key])
    for key, section in list(data.items()):
        # Drop a key of a section now and then; never empty a section entirely.
        if isinstance(section, dict) and key != "target_group" and len(section) > 1:
            for sub in list(section):
                if rng.random() < 0.1 and len(section) > 1:
                    del section[sub]
    _vary_goals(rng, data)
    _vary_numbers(rng, data)
    _vary_false(rng, data)
    if rng.random() < 0.25:
        data["waivers"] = [
            {"factor": factor, "reason": rng.choice(REASONS)}
            for factor in rng.sample(FACTOR_IDS, rng.randint(1, 2))
        ]
    return data


def _vary_goals(rng: random.Random, data: dict[str, Any]) -> None:
    goals = data.get("goals")
    if not isinstance(goals, list):
        return
    if len(goals) > 1 and rng.random() < 0.3:
        goals.pop(rng.randrange(len(goals)))
    for text, kind in rng.sample(GOAL_POOL, rng.choice((0, 0, 1, 2))):
        goal: dict[str, Any] = {"text": text, "kind": kind}
        if rng.random() < 0.5:
            goal["measure"] = rng.choice(MEASURES)
        goals.append(goal)
    rng.shuffle(goals)


def _vary_numbers(rng: random.Random, data: dict[str, Any]) -> None:
    duration = data.get("duration")
    if isinstance(duration, dict):
        for key in COUNTS:
            if isinstance(duration.get(key), int):
                duration[key] = int(_jitter(rng, duration[key], 1))
    delivery = data.get("delivery")
    if isinstance(delivery, dict):
        if isinstance(delivery.get("home_visits_per_month"), (int, float)):
            delivery["home_visits_per_month"] = _jitter(rng, delivery["home_visits_per_month"])
        if isinstance(delivery.get("group_size"), int):
            delivery["group_size"] = int(_jitter(rng, delivery["group_size"], 2))
        formats = delivery.get("format")
        if isinstance(formats, list) and rng.random() < 0.15:
            extra = rng.choice(FORMATS)
            if extra not in formats:
                formats.append(extra)
    age = (data.get("target_group") or {}).get("child_age")
    if (
        isinstance(age, dict)
        and isinstance(age.get("min"), (int, float))
        and isinstance(age.get("max"), (int, float))
    ):
        low = max(0, age["min"] + rng.choice((-1, 0, 0, 1)))
        age["min"], age["max"] = low, max(low, age["max"] + rng.choice((-2, -1, 0, 1, 2)))


def _vary_false(rng: random.Random, data: dict[str, Any]) -> None:
    """Now and then say explicitly 'not part of this intervention'."""
    if rng.random() < 0.15:
        data.setdefault("curriculum", {})["manual"] = False
    if rng.random() < 0.1:
        data.setdefault("practitioners", {})["supervision"] = False


def render(data: dict[str, Any], base_name: str, rng: random.Random) -> str:
    lines = [
        f"# {data['name']}",
        f"# Varied by bench/generate.py from the example '{base_name}'; not a real intervention.",
    ]
    for key, value in data.items():
        if key not in ("name", "summary", "watwerkt") and rng.random() < 0.4:
            lines.append(f"# {key}: beschreven volgens de gegevens van de uitvoerder.")
        dumped = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=100)
        lines.append(dumped.rstrip("\n"))
    return "\n".join(lines) + "\n"


def generate(count: int, out: Path, seed: int = 6) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    existing = [p for p in out.iterdir() if p.name != MARKER]
    if existing and not (out / MARKER).exists():
        raise SystemExit(f"{out} is not empty and was not made by bench/generate.py; refusing to empty it")
    for path in existing:
        if path.suffix in (".yaml", ".yml"):
            path.unlink()
    (out / MARKER).write_text(f"count={count} seed={seed}\n", encoding="utf-8")
    rng = random.Random(seed)
    examples = load_examples()
    written = []
    width = max(5, len(str(count)))
    for index in range(count):
        base = rng.choice(examples)
        data = vary(rng, base, examples, index)
        slug = "".join(ch if ch.isalnum() else "-" for ch in str(base["name"]).lower()).strip("-")
        path = out / f"{index:0{width}d}-{slug}.yaml"
        path.write_text(render(data, str(base["name"]), rng), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    # Without --out, the folder bench/run.py uses for the same count: bench/corpus-COUNT.
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    out = args.out if args.out is not None else Path(__file__).resolve().parent / f"corpus-{args.count}"
    written = generate(args.count, out, args.seed)
    print(f"{len(written)} files in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
