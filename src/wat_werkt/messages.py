"""The CLI's own words in Dutch and English, in one table, and how the language is chosen.

Factor texts live in the factor YAML files; everything else watwerkt says comes from here, so a
missing translation is one test away from being found (tests/test_messages.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

LANGS = ("en", "nl")
DEFAULT_LANG = "en"

MESSAGES: dict[str, dict[str, str]] = {
    # -- reading files
    "file_not_found": {"en": "no such file or folder", "nl": "bestand of map bestaat niet"},
    "not_readable": {"en": "cannot read file: {reason}", "nl": "kan bestand niet lezen: {reason}"},
    "not_utf8": {
        "en": "file is not valid UTF-8 (byte {offset}); save it as UTF-8",
        "nl": "bestand is geen geldige UTF-8 (byte {offset}); sla het op als UTF-8",
    },
    "binary_file": {
        "en": "file contains binary data (NUL byte), not YAML text",
        "nl": "bestand bevat binaire gegevens (NUL-byte), geen YAML-tekst",
    },
    "too_large": {
        "en": "file is {size} bytes, above the limit of {limit} (raise it with --max-bytes)",
        "nl": "bestand is {size} bytes, boven de grens van {limit} (verhoog met --max-bytes)",
    },
    "yaml_syntax": {"en": "invalid YAML: {detail}", "nl": "ongeldige YAML: {detail}"},
    "tab_indent": {
        "en": "invalid YAML: a tab is used for indentation; indent with spaces",
        "nl": "ongeldige YAML: er wordt met een tab ingesprongen; gebruik spaties",
    },
    "multiple_documents": {
        "en": "expected one YAML document, found more (remove the extra '---')",
        "nl": "één YAML-document verwacht, meer gevonden (verwijder de extra '---')",
    },
    "too_deep": {
        "en": "nesting deeper than {limit} levels (limit --max-depth)",
        "nl": "nesting dieper dan {limit} niveaus (grens --max-depth)",
    },
    "too_many_nodes": {
        "en": "document expands to more than {limit} values, likely through aliases "
        "(limit --max-nodes)",
        "nl": "document groeit uit tot meer dan {limit} waarden, waarschijnlijk door aliassen "
        "(grens --max-nodes)",
    },
    "unsupported_tag": {
        "en": "YAML tag '{tag}' is not allowed; write plain values",
        "nl": "YAML-tag '{tag}' is niet toegestaan; schrijf gewone waarden",
    },
    "key_not_text": {"en": "keys must be text", "nl": "sleutels moeten tekst zijn"},
    "duplicate_key": {
        "en": "duplicate key '{key}' (first at line {first})",
        "nl": "dubbele sleutel '{key}' (eerst op regel {first})",
    },
    "root_not_mapping": {
        "en": "expected a mapping of keys (name: ..., summary: ...), found {found}",
        "nl": "verwacht een mapping met sleutels (name: ..., summary: ...), gevonden: {found}",
    },
    # -- validating an intervention
    "unknown_key": {"en": "unknown key '{key}'", "nl": "onbekende sleutel '{key}'"},
    "missing_key": {"en": "missing required key '{key}'", "nl": "verplichte sleutel '{key}' ontbreekt"},
    "placeholder_required": {
        "en": "'{key}' is required and must not be a placeholder",
        "nl": "'{key}' is verplicht en mag geen plaatshouder zijn",
    },
    "wrong_type": {
        "en": "'{key}' should be {expected}, found {found}",
        "nl": "'{key}' moet {expected} zijn, gevonden: {found}",
    },
    "unknown_value": {
        "en": "unknown value '{value}' for '{key}'; allowed: {allowed}",
        "nl": "onbekende waarde '{value}' voor '{key}'; toegestaan: {allowed}",
    },
    "negative": {"en": "'{key}' must not be negative", "nl": "'{key}' mag niet negatief zijn"},
    "min_above_max": {
        "en": "child_age.min ({min}) is above child_age.max ({max})",
        "nl": "child_age.min ({min}) is groter dan child_age.max ({max})",
    },
    "unsupported_version": {
        "en": "format version {version} is newer than this watwerkt supports ({supported}); "
        "upgrade watwerkt",
        "nl": "formaatversie {version} is nieuwer dan deze watwerkt ondersteunt ({supported}); "
        "werk watwerkt bij",
    },
    "waiver_no_reason": {
        "en": "waiver for {factor} needs a reason",
        "nl": "uitzondering voor {factor} heeft een reden nodig",
    },
    "waiver_unknown_factor": {
        "en": "waiver names unknown factor '{factor}'",
        "nl": "uitzondering noemt onbekende factor '{factor}'",
    },
    "waiver_duplicate": {
        "en": "factor {factor} is waived twice (first at line {first})",
        "nl": "factor {factor} is twee keer uitgezonderd (eerst op regel {first})",
    },
    "invalid_value": {"en": "'{key}': {detail}", "nl": "'{key}': {detail}"},
    "did_you_mean": {"en": " (did you mean '{suggestion}'?)", "nl": " (bedoelde je '{suggestion}'?)"},
    # -- type words used inside wrong_type
    "type_text": {"en": "text (or false)", "nl": "tekst (of false)"},
    "type_text_list": {"en": "a list of texts (or false)", "nl": "een lijst met teksten (of false)"},
    "type_whole_number": {"en": "a whole number", "nl": "een geheel getal"},
    "type_number": {"en": "a number", "nl": "een getal"},
    "type_bool": {"en": "true or false", "nl": "true of false"},
    "type_mapping": {"en": "a mapping of keys", "nl": "een mapping met sleutels"},
    "type_list": {"en": "a list", "nl": "een lijst"},
    "found_empty": {"en": "an empty file", "nl": "een leeg bestand"},
    "found_null": {"en": "nothing (null)", "nl": "niets (null)"},
    "found_text": {"en": "text", "nl": "tekst"},
    "found_bool": {"en": "true/false", "nl": "true/false"},
    "found_int": {"en": "a whole number", "nl": "een geheel getal"},
    "found_float": {"en": "a number", "nl": "een getal"},
    "found_list": {"en": "a list", "nl": "een lijst"},
    "found_mapping": {"en": "a mapping", "nl": "een mapping"},
    # -- factor sets
    "set_missing": {
        "en": "not a factor set: no set.yaml in {folder}",
        "nl": "geen factorset: geen set.yaml in {folder}",
    },
    "set_unknown": {
        "en": "no built-in factor set '{name}'; available: {available}",
        "nl": "geen ingebouwde factorset '{name}'; beschikbaar: {available}",
    },
    "set_no_factors": {"en": "the factor set has no factors", "nl": "de factorset heeft geen factoren"},
    "factor_field": {"en": "{where}: {detail}", "nl": "{where}: {detail}"},
    "unknown_operator": {"en": "unknown operator '{op}'", "nl": "onbekende operator '{op}'"},
    "one_operator": {
        "en": "a condition needs exactly one operator, found {found}",
        "nl": "een voorwaarde heeft precies één operator nodig, gevonden: {found}",
    },
    "unknown_path": {
        "en": "path '{path}' does not exist in the intervention format",
        "nl": "pad '{path}' bestaat niet in het interventieformaat",
    },
    "bad_argument": {"en": "{op}: {detail}", "nl": "{op}: {detail}"},
    "missing_translation": {
        "en": "'{key}' needs both nl and en texts",
        "nl": "'{key}' heeft zowel een nl- als een en-tekst nodig",
    },
    "duplicate_id": {
        "en": "duplicate factor id '{id}' (also in {other})",
        "nl": "dubbele factor-id '{id}' (ook in {other})",
    },
    "bad_id": {
        "en": "factor id '{id}' must be capital letters and digits, like G01",
        "nl": "factor-id '{id}' moet uit hoofdletters en cijfers bestaan, zoals G01",
    },
    "no_applies_when": {
        "en": "a specific factor needs 'applies_when'",
        "nl": "een specifieke factor heeft 'applies_when' nodig",
    },
    "applies_when_general": {
        "en": "only specific factors take 'applies_when'",
        "nl": "alleen specifieke factoren hebben 'applies_when'",
    },
    "unknown_factor": {
        "en": "no factor '{id}' in set '{set}'",
        "nl": "geen factor '{id}' in set '{set}'",
    },
    # -- statuses (words shown to people; ids stay English)
    "status_strength": {"en": "strength", "nl": "sterk"},
    "status_partial": {"en": "partial", "nl": "deels"},
    "status_gap": {"en": "gap", "nl": "ontbreekt"},
    "status_not_described": {"en": "not described", "nl": "niet beschreven"},
    "status_not_applicable": {"en": "not applicable", "nl": "n.v.t."},
    "status_waived": {"en": "waived", "nl": "uitgezonderd"},
    "tri_met": {"en": "met", "nl": "voldaan"},
    "tri_unmet": {"en": "unmet", "nl": "niet voldaan"},
    "tri_unknown": {"en": "unknown", "nl": "onbekend"},
    # -- table and listings
    "col_id": {"en": "ID", "nl": "ID"},
    "col_factor": {"en": "Factor", "nl": "Factor"},
    "col_status": {"en": "Status", "nl": "Status"},
    "col_evidence": {"en": "Evidence / advice", "nl": "Onderbouwing / advies"},
    "col_summary": {"en": "Summary", "nl": "Samenvatting"},
    "general": {"en": "General factors", "nl": "Algemeen werkzame factoren"},
    "specific": {"en": "Specific factors", "nl": "Specifiek werkzame factoren"},
    "general_short": {"en": "general", "nl": "algemeen"},
    "specific_short": {"en": "specific", "nl": "specifiek"},
    "evidence_missing": {"en": "not described: {path}", "nl": "niet beschreven: {path}"},
    "evidence_found": {"en": "{path} = {value} (line {line})", "nl": "{path} = {value} (regel {line})"},
    "evidence_false": {
        "en": "{path} is marked as not part of it (line {line})",
        "nl": "{path} is aangemerkt als geen onderdeel (regel {line})",
    },
    "evidence_empty": {"en": "{path} is empty (line {line})", "nl": "{path} is leeg (regel {line})"},
    "advice": {"en": "Advice", "nl": "Advies"},
    "waiver_reason": {"en": "waived: {reason}", "nl": "uitgezonderd: {reason}"},
    "applies_not": {"en": "does not apply: {evidence}", "nl": "niet van toepassing: {evidence}"},
    "applies_unknown": {
        "en": "cannot tell whether it applies: {evidence}",
        "nl": "onduidelijk of dit van toepassing is: {evidence}",
    },
    "applies_yes": {"en": "applies: {evidence}", "nl": "van toepassing: {evidence}"},
    "summary_line": {"en": "Summary", "nl": "Samenvatting"},
    "invalid_file": {
        "en": "{file}: not checked, {count} problem(s) found",
        "nl": "{file}: niet gecontroleerd, {count} probleem/problemen gevonden",
    },
    "when_applies": {"en": "Applies when", "nl": "Van toepassing wanneer"},
    "criteria": {"en": "Criteria", "nl": "Criteria"},
    "source": {"en": "Source", "nl": "Bron"},
    "factor_set": {"en": "Factor set", "nl": "Factorset"},
    "unused_waiver": {
        "en": "waiver for {factor} is unused: it is a strength anyway",
        "nl": "uitzondering voor {factor} is overbodig: het is al een sterk punt",
    },
    "cond_described": {"en": "{path} is described", "nl": "{path} is beschreven"},
    "cond_equals": {"en": "{path} is {value}", "nl": "{path} is {value}"},
    "cond_one_of": {"en": "{path} is one of: {values}", "nl": "{path} is een van: {values}"},
    "cond_includes_all": {"en": "{path} includes all of: {values}", "nl": "{path} bevat alle: {values}"},
    "cond_at_least": {"en": "{path} is at least {value}", "nl": "{path} is minstens {value}"},
    "cond_at_most": {"en": "{path} is at most {value}", "nl": "{path} is hoogstens {value}"},
    "cond_every": {"en": "every item of {path}: {check}", "nl": "elk item van {path}: {check}"},
    "cond_mentions": {"en": "{paths} mention(s) it", "nl": "{paths} noemt/noemen het"},
    "cond_not": {"en": "not ({inner})", "nl": "niet ({inner})"},
    "w_and": {"en": " and ", "nl": " en "},
    "w_or": {"en": " or ", "nl": " of "},
    "write_no_folder": {"en": "folder does not exist: {folder}", "nl": "map bestaat niet: {folder}"},
    "write_is_folder": {"en": "is a folder: {path}", "nl": "is een map: {path}"},
    "write_exists": {
        "en": "file exists: {path} (use --force to overwrite)",
        "nl": "bestand bestaat al: {path} (gebruik --force om te overschrijven)",
    },
    "write_failed": {"en": "cannot write {path}: {reason}", "nl": "kan {path} niet schrijven: {reason}"},
    "no_files": {
        "en": "no .yaml or .yml files found",
        "nl": "geen .yaml- of .yml-bestanden gevonden",
    },
    # -- CI formats and inputs (issue 3): add entries below this line
    "ci_anchor": {"en": "", "nl": ""},
    "config_unknown_option": {
        "en": "unknown option '{key}'; options: {allowed}",
        "nl": "onbekende optie '{key}'; opties: {allowed}",
    },
    "config_not_mapping": {
        "en": "the configuration should be a mapping of options (fail_on: gap, ...), found {found}",
        "nl": "de configuratie moet een mapping met opties zijn (fail_on: gap, ...), gevonden: {found}",
    },
    "config_invalid_toml": {"en": "invalid TOML: {detail}", "nl": "ongeldige TOML: {detail}"},
    "config_no_folder": {
        "en": "'{key}': folder does not exist: {folder} (relative to this file)",
        "nl": "'{key}': map bestaat niet: {folder} (ten opzichte van dit bestand)",
    },
    "config_type_text": {"en": "text", "nl": "tekst"},
    "config_type_text_list": {"en": "text or a list of texts", "nl": "tekst of een lijst met teksten"},
    "report_written": {"en": "report written to {path}", "nl": "rapport geschreven naar {path}"},
    "file_counts": {"en": "{file}: {counts}", "nl": "{file}: {counts}"},
    "no_factors_checked": {"en": "no factors", "nl": "geen factoren"},
    "rule_invalid_file": {"en": "Invalid intervention file", "nl": "Ongeldig interventiebestand"},
    "rule_invalid_file_full": {
        "en": "The file could not be read, parsed or validated, so no factor was checked.",
        "nl": "Het bestand kon niet gelezen, geparsed of gevalideerd worden, dus is geen factor "
        "gecontroleerd.",
    },
    "rule_invalid_file_help": {
        "en": "Fix the problem at the given line and column; 'watwerkt check FILE' lists every "
        "problem of the file at once.",
        "nl": "Los het probleem op de genoemde regel en kolom op; 'watwerkt check BESTAND' toont "
        "alle problemen van het bestand tegelijk.",
    },
    "rule_unused_waiver": {"en": "Unused waiver", "nl": "Overbodige uitzondering"},
    "rule_unused_waiver_full": {
        "en": "A waiver for a factor that the description shows as a strength anyway.",
        "nl": "Een uitzondering voor een factor die de beschrijving toch al als sterk punt laat zien.",
    },
    "rule_unused_waiver_help": {
        "en": "Remove the waiver from 'waivers': the description already shows this factor.",
        "nl": "Haal de uitzondering uit 'waivers': de beschrijving laat deze factor al zien.",
    },
    "finding_title": {"en": "{id} {title}: {status}", "nl": "{id} {title}: {status}"},
    "problem_at": {
        "en": "line {line}, column {column}",
        "nl": "regel {line}, kolom {column}",
    },
    "md_heading": {"en": "watwerkt report", "nl": "watwerkt-rapport"},
    "md_totals": {
        "en": "{files} file(s) checked against factor set {set}: {counts}",
        "nl": "{files} bestand(en) gecontroleerd met factorset {set}: {counts}",
    },
    "col_file": {"en": "File", "nl": "Bestand"},
    "col_intervention": {"en": "Intervention", "nl": "Interventie"},
    "md_invalid": {"en": "not checked: invalid file", "nl": "niet gecontroleerd: ongeldig bestand"},
    # -- authoring: schema, init, explain, factor lint (issue 4): add entries below this line
    "authoring_anchor": {"en": "", "nl": ""},
    # -- hardening and limits (issue 5): add entries below this line
    "hardening_anchor": {"en": "", "nl": ""},
    # -- compare and HTML (issue 7): add entries below this line
    "compare_anchor": {"en": "", "nl": ""},
    "profile": {"en": "Profile", "nl": "Profiel"},
    "compare_title": {"en": "Comparison of {count} interventions", "nl": "Vergelijking van {count} interventies"},
    "compare_title_one": {"en": "Comparison of 1 intervention", "nl": "Vergelijking van 1 interventie"},
    "compare_total": {"en": "Total {status}", "nl": "Totaal {status}"},
    "compare_none": {
        "en": "No valid intervention description to compare.",
        "nl": "Geen geldige interventiebeschrijving om te vergelijken.",
    },
    "compare_key": {"en": "Interventions", "nl": "Interventies"},
    "compare_skipped": {
        "en": "Left out (not valid): {files}",
        "nl": "Weggelaten (niet geldig): {files}",
    },
    "legend": {"en": "Legend", "nl": "Legenda"},
    "specific_row": {"en": "specific", "nl": "specifiek"},
    "report_kicker": {"en": "watwerkt report", "nl": "watwerkt-rapport"},
    "report_title": {"en": "Working factors", "nl": "Werkzame factoren"},
    "made_with": {"en": "Made with watwerkt {version}", "nl": "Gemaakt met watwerkt {version}"},
    "factor_source": {"en": "Source of the factors", "nl": "Bron van de factoren"},
    "provider": {"en": "Provider", "nl": "Aanbieder"},
    "website": {"en": "Website", "nl": "Website"},
    "file": {"en": "File", "nl": "Bestand"},
    "picture_label": {
        "en": "Profile of {name}: the ring shows the general factors, the strip the specific ones",
        "nl": "Profiel van {name}: de ring toont de algemene factoren, de strook de specifieke",
    },
    "picture_label_ring": {
        "en": "Profile of {name}: one segment of the ring per factor",
        "nl": "Profiel van {name}: één segment van de ring per factor",
    },
    "no_valid_file": {"en": "No valid file to report on.", "nl": "Geen geldig bestand om over te rapporteren."},
    # -- end of the table
}


def message(code: str, lang: str, **params: Any) -> str:
    """The text of message `code` in `lang`, with a did-you-mean appended when suggested."""
    entry = MESSAGES[code]
    suggestion = params.pop("suggestion", None) if code != "did_you_mean" else None
    # A parameter "@code" names another message (a type word, say), translated in turn.
    params = {
        k: message(v[1:], lang) if isinstance(v, str) and v.startswith("@") and v[1:] in MESSAGES else v
        for k, v in params.items()
    }
    text = entry.get(lang, entry[DEFAULT_LANG]).format(**params)
    if suggestion:
        text += message("did_you_mean", lang, suggestion=suggestion)
    return text


def detect_lang(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """--lang, else WATWERKT_LANG, else the locale (nl when it starts with nl), else English."""
    if explicit:
        return explicit
    env = os.environ if environ is None else environ
    chosen = env.get("WATWERKT_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            # The first locale variable that is set wins, as in POSIX: LC_ALL=C means English.
            return "nl" if value.lower().startswith("nl") else DEFAULT_LANG
    return DEFAULT_LANG
