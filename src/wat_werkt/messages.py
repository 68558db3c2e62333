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
        "en": "file is {size} bytes, above the limit of {limit} (raise it with --max-bytes or "
        "max_bytes in the configuration)",
        "nl": "bestand is {size} bytes, boven de grens van {limit} (verhoog met --max-bytes of "
        "max_bytes in de configuratie)",
    },
    "too_large_stream": {
        "en": "more than {limit} bytes, the limit (raise it with --max-bytes or max_bytes in the "
        "configuration)",
        "nl": "meer dan {limit} bytes, de grens (verhoog met --max-bytes of max_bytes in de configuratie)",
    },
    "yaml_syntax": {"en": "invalid YAML: {detail}", "nl": "ongeldige YAML (de YAML-lezer meldt: {detail})"},
    "tab_indent": {
        "en": "invalid YAML: a tab is used for indentation; indent with spaces",
        "nl": "ongeldige YAML: er wordt met een tab ingesprongen; gebruik spaties",
    },
    "multiple_documents": {
        "en": "expected one YAML document, found more (remove the extra '---')",
        "nl": "één YAML-document verwacht, meer gevonden (verwijder de extra '---')",
    },
    "too_deep": {
        "en": "nesting deeper than {limit} levels (raise it with --max-depth or max_depth in the "
        "configuration)",
        "nl": "dieper genest dan {limit} niveaus (verhoog met --max-depth of max_depth in de configuratie)",
    },
    "too_many_nodes": {
        "en": "document expands to more than {limit} values, likely through aliases "
        "(raise it with --max-nodes or max_nodes in the configuration)",
        "nl": "document groeit uit tot meer dan {limit} waarden, waarschijnlijk door aliassen "
        "(verhoog met --max-nodes of max_nodes in de configuratie)",
    },
    "too_much_text": {
        "en": "document expands through aliases to more than {limit} characters, more than the largest "
        "file allowed (raise it with --max-bytes or max_bytes in the configuration)",
        "nl": "document groeit door aliassen uit tot meer dan {limit} tekens, meer dan het grootste "
        "toegestane bestand (verhoog met --max-bytes of max_bytes in de configuratie)",
    },
    "too_many_values": {
        "en": "document holds more than {limit} values (raise it with --max-nodes or max_nodes in the "
        "configuration)",
        "nl": "document bevat meer dan {limit} waarden (verhoog met --max-nodes of max_nodes in de "
        "configuratie)",
    },
    "bad_tagged_value": {
        "en": "'{value}' is not a valid {tag}; write plain values",
        "nl": "'{value}' is geen geldige {tag}; schrijf gewone waarden",
    },
    "unsupported_tag": {
        "en": "YAML tag '{tag}' is not allowed; write plain values",
        "nl": "YAML-tag '{tag}' is niet toegestaan; schrijf gewone waarden",
    },
    "key_not_text": {"en": "keys must be text", "nl": "veldnamen moeten tekst zijn"},
    "duplicate_key": {
        "en": "duplicate key '{key}' (first at line {first})",
        "nl": "dubbel veld '{key}' (eerst op regel {first})",
    },
    "root_not_mapping": {
        "en": "expected a mapping of keys (name: ..., summary: ...), found {found}",
        "nl": "verwacht velden met hun waarde (name: ..., summary: ...), gevonden: {found}",
    },
    # -- validating an intervention
    "unknown_key": {"en": "unknown key '{key}'", "nl": "onbekend veld '{key}'"},
    "decimal_comma": {
        "en": "unknown key '{key}': write decimals with a point (1.5), not a comma",
        "nl": "onbekend veld '{key}': schrijf decimalen met een punt (1.5), niet met een komma",
    },
    "missing_key": {"en": "missing required key '{key}'", "nl": "verplicht veld '{key}' ontbreekt"},
    "placeholder_required": {
        "en": "'{key}' is required and must not be a placeholder",
        "nl": "'{key}' is verplicht en mag geen plaatshouder zijn",
    },
    "wrong_type": {
        "en": "'{key}' should be {expected}, found {found}",
        "nl": "'{key}' moet {expected} zijn, gevonden: {found}",
    },
    "wrong_type_value": {
        "en": "'{key}' should be {expected}, found {value} ({found})",
        "nl": "'{key}' moet {expected} zijn, gevonden: {value} ({found})",
    },
    "goal_as_text": {
        "en": "{item} is a goal written as text; write it as a section: '- text: ...', with its kind "
        "and measure under it (found {text})",
        "nl": "{item} is een doel geschreven als tekst; schrijf het als sectie: '- text: ...', met "
        "kind en measure eronder (gevonden: {text})",
    },
    "unknown_value": {
        "en": "unknown value '{value}' for '{key}'; allowed: {allowed}",
        "nl": "onbekende waarde '{value}' voor '{key}'; toegestaan: {allowed}",
    },
    "not_a_number": {
        "en": "'{key}' must be a number, not {found}",
        "nl": "'{key}' moet een getal zijn, geen {found}",
    },
    "number_overflows": {
        "en": "'{key}' is too large to be a number: {value} overflows (past about 1.8e308)",
        "nl": "'{key}' is te groot om een getal te zijn: {value} loopt over (voorbij ongeveer 1,8e308)",
    },
    "negative": {"en": "'{key}' must not be negative", "nl": "'{key}' mag niet negatief zijn"},
    "min_above_max": {
        "en": "child_age.min ({min}) is above child_age.max ({max})",
        "nl": "child_age.min ({min}) is groter dan child_age.max ({max})",
    },
    "unsupported_version": {
        "en": "format version {version} is newer than this watwerkt supports ({supported}); upgrade watwerkt",
        "nl": "formaatversie {version} is nieuwer dan deze watwerkt ondersteunt ({supported}); "
        "werk watwerkt bij",
    },
    "waiver_no_reason": {
        "en": "waiver for {factor} needs a reason that says why the factor is set aside",
        "nl": "uitzondering voor {factor} heeft een reden nodig die zegt waarom de factor buiten beschouwing blijft",
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
    "did_you_mean": {"en": " (did you mean '{suggestion}'?)", "nl": " (bedoelt u '{suggestion}'?)"},
    # -- type words used inside wrong_type
    "type_text": {"en": "text (or false)", "nl": "tekst (of false)"},
    "type_required_text": {"en": "text", "nl": "tekst"},
    "type_text_list": {"en": "a list of texts (or false)", "nl": "een lijst met teksten (of false)"},
    "type_whole_number": {"en": "a whole number", "nl": "een geheel getal"},
    "type_number": {"en": "a number", "nl": "een getal"},
    "type_bool": {"en": "true or false", "nl": "true of false"},
    "type_mapping": {"en": "a mapping of keys", "nl": "een sectie met velden"},
    "type_list": {"en": "a list", "nl": "een lijst"},
    "found_empty": {"en": "an empty file", "nl": "een leeg bestand"},
    "found_comments": {"en": "a file with only comments", "nl": "een bestand met alleen commentaar"},
    "found_null": {"en": "nothing (null)", "nl": "niets (null)"},
    "found_text": {"en": "text", "nl": "tekst"},
    "found_bool": {"en": "true/false", "nl": "true/false"},
    "found_int": {"en": "a whole number", "nl": "een geheel getal"},
    "found_float": {"en": "a number", "nl": "een getal"},
    "found_list": {"en": "a list", "nl": "een lijst"},
    "found_mapping": {"en": "a mapping", "nl": "een sectie met velden"},
    # -- factor sets
    "set_no_folder": {
        "en": "no such factor set folder: {folder}",
        "nl": "map met factorset bestaat niet: {folder}",
    },
    "set_missing": {
        "en": "not a factor set: no set.yaml in {folder}",
        "nl": "geen factorset: geen set.yaml in {folder}",
    },
    "set_unreadable": {
        "en": "cannot read the factor set: {reason}",
        "nl": "kan de factorset niet lezen: {reason}",
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
        "en": "path '{field}' does not exist in the intervention format",
        "nl": "pad '{field}' bestaat niet in het interventieformaat",
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
    # How many factors have a status. Dutch counts times: "2× ontbreekt" (not "2 ontbreekt").
    "status_count": {"en": "{count} {status}", "nl": "{count}× {status}"},
    "status_not_described": {"en": "not described", "nl": "niet beschreven"},
    "status_not_applicable": {"en": "not applicable", "nl": "n.v.t."},
    "status_waived": {"en": "waived", "nl": "uitgezonderd"},
    "status_ignored": {"en": "ignored", "nl": "genegeerd"},
    "ignored_by": {"en": "ignored by {by} ({where})", "nl": "genegeerd door {by} ({where})"},
    "in_baseline": {
        "en": "accepted in the baseline (as {status}): does not fail the run",
        "nl": "geaccepteerd in de baseline (als {status}): laat de run niet falen",
    },
    "tri_met": {"en": "met", "nl": "voldaan"},
    "tri_unmet": {"en": "unmet", "nl": "niet voldaan"},
    "tri_unknown": {"en": "unknown", "nl": "onbekend"},
    # -- table and listings
    "col_id": {"en": "ID", "nl": "ID"},
    "col_factor": {"en": "Factor", "nl": "Factor"},
    "col_status": {"en": "Status", "nl": "Status"},
    # Not "onderbouwing": in Dutch that is an intervention's rationale (the `rationale` field, the
    # databank's "goed onderbouwd").
    "col_evidence": {"en": "Evidence / advice", "nl": "Bevindingen / advies"},
    "col_summary": {"en": "Summary", "nl": "Samenvatting"},
    "general": {"en": "General factors", "nl": "Algemeen werkzame factoren"},
    "specific": {"en": "Specific factors", "nl": "Specifiek werkzame factoren"},
    "general_short": {"en": "general", "nl": "algemeen"},
    "specific_short": {"en": "specific", "nl": "specifiek"},
    "evidence_missing": {"en": "not described: {path}", "nl": "niet beschreven: {path}"},
    "evidence_item_line": {
        "en": "{path} (the item at line {line})",
        "nl": "{path} (het item op regel {line})",
    },
    "evidence_found": {"en": "{path} = {value} (line {line})", "nl": "{path} = {value} (regel {line})"},
    "evidence_false": {
        "en": "{path} = false: not part of the intervention (line {line})",
        "nl": "{path} = false: hoort niet bij de interventie (regel {line})",
    },
    "evidence_empty": {"en": "{path} is empty (line {line})", "nl": "{path} is leeg (regel {line})"},
    "evidence_negated": {
        "en": '{path} says no: "{clause}" (line {line})',
        "nl": '{path} zegt nee: "{clause}" (regel {line})',
    },
    "evidence_silent": {
        "en": "{path} does not mention it (line {line})",
        "nl": "{path} noemt het niet (regel {line})",
    },
    "evidence_lacking": {"en": "lacking: {values}", "nl": "ontbreekt: {values}"},
    "tip": {"en": "Tip", "nl": "Tip"},
    "question": {"en": "Question for the provider", "nl": "Vraag aan de aanbieder"},
    "basis_source": {"en": "source", "nl": "bron"},
    "basis_practice": {"en": "good practice, a tip", "nl": "goede praktijk, een tip"},
    "advice": {"en": "Advice", "nl": "Advies"},
    # The advice for a criterion the description is silent on: its question to answer.
    "advice_describe": {
        "en": "Describe the answer to the question “{question}”",
        "nl": "Beschrijf het antwoord op de vraag „{question}”",
    },
    "waiver_reason": {"en": "waived: {reason}", "nl": "uitgezonderd: {reason}"},
    "applies_not": {"en": "does not apply: {evidence}", "nl": "niet van toepassing: {evidence}"},
    "applies_unknown": {
        "en": "cannot tell whether it applies ({evidence})",
        "nl": "onduidelijk of dit van toepassing is ({evidence})",
    },
    "applies_yes": {"en": "applies: {evidence}", "nl": "van toepassing: {evidence}"},
    "summary_line": {"en": "Summary", "nl": "Samenvatting"},
    "run_total": {"en": "Total: {files} files", "nl": "Totaal: {files} bestanden"},
    "run_not_checked": {"en": "{count} not checked", "nl": "{count} niet gecontroleerd"},
    "run_factors": {"en": "factors", "nl": "factoren"},
    "invalid_file": {
        "en": "{file}: not checked, {count} problems found",
        "nl": "{file}: niet gecontroleerd, {count} problemen gevonden",
    },
    "invalid_file_one": {
        "en": "{file}: not checked, 1 problem found",
        "nl": "{file}: niet gecontroleerd, 1 probleem gevonden",
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
    "cond_includes": {"en": "{path} includes {values}", "nl": "{path} bevat {values}"},
    "cond_includes_all": {"en": "{path} includes all of: {values}", "nl": "{path} bevat alle: {values}"},
    "cond_at_least": {"en": "{path} is at least {value}", "nl": "{path} is minstens {value}"},
    "cond_at_most": {"en": "{path} is at most {value}", "nl": "{path} is hoogstens {value}"},
    "cond_every": {"en": "every item of {path}: {check}", "nl": "elk item van {path}: {check}"},
    "cond_mentions": {
        "en": "one of these words is mentioned, not in a negated sentence, in {paths}: {terms}",
        "nl": "een van deze woorden wordt genoemd, niet in een ontkennende zin, in {paths}: {terms}",
    },
    "cond_not": {"en": "not ({inner})", "nl": "niet ({inner})"},
    "cond_first": {
        "en": "the first of these the description answers: {parts}",
        "nl": "wat de beschrijving als eerste beantwoordt van: {parts}",
    },
    # A semicolon first, so "one of: none, light; or ..." cannot be read as one list.
    "w_and": {"en": "; and ", "nl": "; en "},
    "w_or": {"en": "; or ", "nl": "; of "},
    "write_no_folder": {
        "en": "{path}: cannot be written: the folder {folder} does not exist",
        "nl": "{path}: kan niet geschreven worden: de map {folder} bestaat niet",
    },
    "write_is_folder": {
        "en": "{path}: cannot be written: it is a folder",
        "nl": "{path}: kan niet geschreven worden: het is een map",
    },
    "write_exists": {
        "en": "file exists: {path} (use --force to overwrite)",
        "nl": "bestand bestaat al: {path} (gebruik --force om te overschrijven)",
    },
    "write_no_reader": {
        "en": "{path}: cannot write the report: no program read from this named pipe within {seconds} s",
        "nl": "{path}: kan het rapport niet schrijven: geen programma las binnen {seconds} s uit deze named pipe",
    },
    "write_failed": {"en": "cannot write {path}: {reason}", "nl": "kan {path} niet schrijven: {reason}"},
    "write_no_new_file": {
        "en": "cannot write {path}: no new file can be made in {folder} ({reason})",
        "nl": "kan {path} niet schrijven: in {folder} kan geen nieuw bestand worden gemaakt ({reason})",
    },
    "no_files": {
        "en": "no .yaml or .yml files found",
        "nl": "geen .yaml- of .yml-bestanden gevonden",
    },
    "no_files_excluded": {
        "en": "no .yaml or .yml files to check: every one of them is excluded (--exclude, or exclude in the configuration)",
        "nl": "geen .yaml- of .yml-bestanden om te controleren: ze zijn allemaal uitgesloten (--exclude, of exclude in de configuratie)",
    },
    # -- CI formats and inputs: add entries below this line
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
    "config_not_a_set": {
        "en": "'{key}': not a factor set: no set.yaml in {folder}",
        "nl": "'{key}': geen factorset: geen set.yaml in {folder}",
    },
    "config_type_text": {"en": "text", "nl": "tekst"},
    "config_type_text_list": {"en": "text or a list of texts", "nl": "tekst of een lijst met teksten"},
    "selection_unknown": {
        "en": "no factor '{factor}' in set '{set}', nor any whose id starts with it",
        "nl": "geen factor '{factor}' in set '{set}', en ook geen waarvan de id ermee begint",
    },
    "selection_none": {
        "en": "select names no factor of set '{set}': every factor would be ignored and every file pass",
        "nl": "select noemt geen factor van set '{set}': elke factor zou genegeerd worden en elk bestand slagen",
    },
    "config_type_per_file": {
        "en": "a mapping of file patterns, each to ignore and reason",
        "nl": "een mapping van bestandspatronen, elk met ignore en reason",
    },
    "config_not_code": {
        "en": "'{value}' in '{key}' is not a factor id or the start of one, such as G05, G or S",
        "nl": "'{value}' in '{key}' is geen factor-id of het begin daarvan, zoals G05, G of S",
    },
    "config_per_file_entry": {
        "en": "per_file_ignores: '{pattern}' should be a mapping with ignore and reason, found {found}",
        "nl": "per_file_ignores: '{pattern}' moet een mapping met ignore en reason zijn, gevonden: {found}",
    },
    "config_unknown_key": {
        "en": "unknown key '{key}'; keys: {allowed}",
        "nl": "onbekende sleutel '{key}'; sleutels: {allowed}",
    },
    "config_per_file_needs": {
        "en": "per_file_ignores: '{pattern}' needs '{key}'",
        "nl": "per_file_ignores: '{pattern}' heeft '{key}' nodig",
    },
    "config_per_file_reason": {
        "en": "per_file_ignores: '{pattern}' needs a reason: why these factors do not apply to these files",
        "nl": "per_file_ignores: '{pattern}' heeft een reden nodig: waarom deze factoren niet gelden voor "
        "deze bestanden",
    },
    "config_per_file_pattern": {
        "en": "per_file_ignores: a file pattern must not be empty",
        "nl": "per_file_ignores: een bestandspatroon mag niet leeg zijn",
    },
    "report_written": {"en": "report written to {path}", "nl": "rapport geschreven naar {path}"},
    "schema_written": {"en": "schema written to {path}", "nl": "schema geschreven naar {path}"},
    "file_counts": {"en": "{file}: {counts}", "nl": "{file}: {counts}"},
    "summary_totals": {"en": "{files} checked: {counts}", "nl": "{files} gecontroleerd: {counts}"},
    "summary_not_checked": {
        "en": "{count} could not be checked",
        "nl": "{count} konden niet gecontroleerd worden",
    },
    "summary_not_checked_one": {
        "en": "1 could not be checked",
        "nl": "1 kon niet gecontroleerd worden",
    },
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
    "finding_headline": {"en": "{title} ({status})", "nl": "{title} ({status})"},
    "gh_more_title": {"en": "More findings than annotations", "nl": "Meer bevindingen dan annotaties"},
    "gh_more": {
        "en": "GitHub shows {limit} annotations of each kind in a step; not shown here: {more}. "
        "Every finding is in the full report that follows in this step's log.",
        "nl": "GitHub toont per stap {limit} annotaties van elke soort; hier niet getoond: {more}. "
        "Elke bevinding staat in het volledige rapport dat volgt in het log van deze stap.",
    },
    "gh_more_quiet": {
        "en": "GitHub shows {limit} annotations of each kind in a step; not shown here: {more}. "
        "Run watwerkt check without --quiet to have every finding in this step's log.",
        "nl": "GitHub toont per stap {limit} annotaties van elke soort; hier niet getoond: {more}. "
        "Voer watwerkt check uit zonder --quiet om elke bevinding in het log van deze stap te krijgen.",
    },
    "gh_and": {"en": " and ", "nl": " en "},
    "gh_more_errors": {"en": "{count} errors", "nl": "{count} fouten"},
    "gh_more_errors_one": {"en": "1 error", "nl": "1 fout"},
    "gh_more_warnings": {"en": "{count} warnings", "nl": "{count} waarschuwingen"},
    "gh_more_warnings_one": {"en": "1 warning", "nl": "1 waarschuwing"},
    "gh_more_notices": {"en": "{count} notices", "nl": "{count} meldingen"},
    "gh_more_notices_one": {"en": "1 notice", "nl": "1 melding"},
    "concise_findings": {"en": "{count} findings", "nl": "{count} bevindingen"},
    "concise_findings_one": {"en": "1 finding", "nl": "1 bevinding"},
    "concise_in_files": {"en": "in {count} files", "nl": "in {count} bestanden"},
    "concise_in_files_one": {"en": "in 1 file", "nl": "in 1 bestand"},
    "concise_unused_waivers": {"en": "{count} unused waivers", "nl": "{count} overbodige uitzonderingen"},
    "concise_unused_waivers_one": {"en": "1 unused waiver", "nl": "1 overbodige uitzondering"},
    "concise_in_baseline": {
        "en": "{count} more accepted by the baseline, not shown",
        "nl": "nog {count} geaccepteerd in de baseline, niet getoond",
    },
    "concise_in_baseline_one": {
        "en": "1 more accepted by the baseline, not shown",
        "nl": "nog 1 geaccepteerd in de baseline, niet getoond",
    },
    "per_file_unused": {
        "en": "warning: the per_file_ignores pattern '{pattern}' matches none of the files checked",
        "nl": "waarschuwing: het per_file_ignores-patroon '{pattern}' past op geen van de gecontroleerde "
        "bestanden",
    },
    "per_file_unused_anchored": {
        "en": "warning: the per_file_ignores pattern '{pattern}' matches none of the files checked; with "
        "a slash, a pattern is matched from the folder of {config}",
        "nl": "waarschuwing: het per_file_ignores-patroon '{pattern}' past op geen van de gecontroleerde "
        "bestanden; met een slash wordt een patroon vergeleken vanaf de map van {config}",
    },
    "baseline_missing": {
        "en": "no such baseline; write it first with --write-baseline {path}",
        "nl": "deze baseline bestaat niet; schrijf hem eerst met --write-baseline {path}",
    },
    "baseline_missing_named": {
        "en": "the baseline {path} does not exist; write it first with --write-baseline {path}",
        "nl": "de baseline {path} bestaat niet; schrijf hem eerst met --write-baseline {path}",
    },
    "baseline_named": {
        "en": "the baseline {path}: {problem}",
        "nl": "de baseline {path}: {problem}",
    },
    "baseline_empty": {
        "en": "an empty file, not a baseline; write one with --write-baseline {path}",
        "nl": "een leeg bestand, geen baseline; schrijf er een met --write-baseline {path}",
    },
    "baseline_not_one": {
        "en": "not a watwerkt baseline (it has no '{key}: 1'): not read, and not overwritten",
        "nl": "geen baseline van watwerkt (er staat geen '{key}: 1' in): niet gelezen, en niet overschreven",
    },
    "baseline_version": {
        "en": "baseline version {version} is not one this watwerkt reads ({supported}); write it again "
        "with --write-baseline",
        "nl": "baselineversie {version} kan deze watwerkt niet lezen ({supported}); schrijf hem opnieuw "
        "met --write-baseline",
    },
    "baseline_other_set": {
        "en": "this baseline is for factor set '{found}', this run checks against '{set}'; write it "
        "again with --write-baseline",
        "nl": "deze baseline hoort bij factorset '{found}', deze run toetst aan '{set}'; schrijf hem "
        "opnieuw met --write-baseline",
    },
    "baseline_unknown_factor": {
        "en": "factor {factor} is not in set '{set}'",
        "nl": "factor {factor} zit niet in set '{set}'",
    },
    "baseline_same_file": {
        "en": "'{file}' names the same file as the entry at line {line}",
        "nl": "'{file}' noemt hetzelfde bestand als de regel op regel {line}",
    },
    "baseline_shape": {
        "en": "'findings' should be a mapping of files, each to a mapping of factor: status; found {found}",
        "nl": "'findings' moet een mapping van bestanden zijn, elk met factor: status; gevonden: {found}",
    },
    "baseline_factor": {
        "en": "'{factor}' is not a factor id, such as G05",
        "nl": "'{factor}' is geen factor-id, zoals G05",
    },
    "baseline_status": {
        "en": "unknown status '{status}' in the baseline; allowed: {allowed}",
        "nl": "onbekende status '{status}' in de baseline; toegestaan: {allowed}",
    },
    "baseline_fixed": {
        "en": "fixed: {file} {factor} was {was}, is now {now}",
        "nl": "opgelost: {file} {factor} was {was}, is nu {now}",
    },
    "baseline_improved": {
        "en": "improved: {file} {factor} was {was}, is now {now}",
        "nl": "verbeterd: {file} {factor} was {was}, is nu {now}",
    },
    "baseline_ignored": {
        "en": "stale: {file} {factor} is ignored by the selection now",
        "nl": "verouderd: {file} {factor} valt nu buiten de selectie",
    },
    "baseline_stale_file": {
        "en": "stale: {file} no longer exists ({count} entries)",
        "nl": "verouderd: {file} bestaat niet meer ({count} regels)",
    },
    "baseline_stale_file_one": {
        "en": "stale: {file} no longer exists (1 entry)",
        "nl": "verouderd: {file} bestaat niet meer (1 regel)",
    },
    "baseline_better": {
        "en": "{count} entries fixed or improved",
        "nl": "{count} regels opgelost of verbeterd",
    },
    "baseline_better_one": {"en": "1 entry fixed or improved", "nl": "1 regel opgelost of verbeterd"},
    "baseline_stale": {"en": "{count} entries stale", "nl": "{count} regels verouderd"},
    "baseline_stale_one": {"en": "1 entry stale", "nl": "1 regel verouderd"},
    "baseline_update": {
        "en": "baseline {path}: {counts}; bring it up to date with watwerkt check --write-baseline {path} "
        "over every file",
        "nl": "baseline {path}: {counts}; werk hem bij met watwerkt check --write-baseline {path} over "
        "alle bestanden",
    },
    "baseline_written": {
        "en": "baseline written to {path}: {findings} {files}",
        "nl": "baseline geschreven naar {path}: {findings} {files}",
    },
    "baseline_replaced": {
        "en": "it replaces a baseline this watwerkt could not read (another version or set, or a "
        "mistake in it), of which nothing is kept",
        "nl": "hij vervangt een baseline die deze watwerkt niet kon lezen (een andere versie of set, "
        "of een fout erin), waarvan niets behouden is",
    },
    "baseline_against_old": {
        "en": "against the previous one: {changes}",
        "nl": "ten opzichte van de vorige: {changes}",
    },
    "baseline_unchanged": {"en": "no change", "nl": "geen verandering"},
    "baseline_added": {"en": "{count} new", "nl": "{count} nieuw"},
    "baseline_worse": {"en": "{count} worse", "nl": "{count} erger"},
    "baseline_better_now": {"en": "{count} milder", "nl": "{count} milder"},
    "baseline_removed": {"en": "{count} gone", "nl": "{count} verdwenen"},
    "baseline_kept": {
        "en": "({count} more kept, of files this run did not check)",
        "nl": "(nog {count} behouden, van bestanden die deze run niet controleerde)",
    },
    "baseline_kept_one": {
        "en": "(1 more kept, of a file this run did not check)",
        "nl": "(nog 1 behouden, van een bestand dat deze run niet controleerde)",
    },
    "cli_not_together": {
        "en": "{first} and {second} cannot be used together",
        "nl": "{first} en {second} gaan niet samen",
    },
    "cli_statistics_format": {
        "en": "--statistics writes table, json or markdown, not {format}",
        "nl": "--statistics schrijft table, json of markdown, geen {format}",
    },
    "stats_title": {"en": "watwerkt statistics", "nl": "watwerkt-statistiek"},
    "stats_heading": {
        "en": "Per factor, the number of files with each status, in {files}; the factor missing (gap or "
        "not described) most often first.",
        "nl": "Per factor het aantal bestanden met elke status, in {files}; de factor met het grootste "
        "tekort (ontbreekt of niet beschreven) eerst.",
    },
    "stats_files": {"en": "{count} files", "nl": "{count} bestanden"},
    "stats_files_one": {"en": "1 file", "nl": "1 bestand"},
    "stats_not_checked": {
        "en": "{count} more could not be checked and count in no row.",
        "nl": "Nog {count} konden niet gecontroleerd worden en tellen in geen rij mee.",
    },
    "stats_missing": {"en": "Missing", "nl": "Tekort"},
    "sarif_root": {
        "en": "The root of the repository: the folder that holds .git, or the folder given with --root.",
        "nl": "De hoofdmap van de repository: de map met .git, of de map die met --root is opgegeven.",
    },
    "problem_at": {
        "en": "line {line}, column {column}",
        "nl": "regel {line}, kolom {column}",
    },
    "md_heading": {"en": "watwerkt report", "nl": "watwerkt-rapport"},
    "md_totals": {
        "en": "{files} files checked against factor set {set}: {counts}",
        "nl": "{files} bestanden gecontroleerd met factorset {set}: {counts}",
    },
    "md_totals_one": {
        "en": "1 file checked against factor set {set}: {counts}",
        "nl": "1 bestand gecontroleerd met factorset {set}: {counts}",
    },
    "col_file": {"en": "File", "nl": "Bestand"},
    "col_intervention": {"en": "Intervention", "nl": "Interventie"},
    "md_invalid": {"en": "not checked: invalid file", "nl": "niet gecontroleerd: ongeldig bestand"},
    "md_short": {"en": "Shortened", "nl": "Ingekort"},
    "md_short_why": {
        "en": "The whole report would be larger than GitHub shows in a step summary ({limit}).",
        "nl": "Het hele rapport zou groter zijn dan GitHub in een stapsamenvatting toont ({limit}).",
    },
    "md_short_tables": {
        "en": "{count} of the {files} files have one line each instead of a table, at the end, "
        "under 'One line a file'. Write the report to a file with --output for every table.",
        "nl": "{count} van de {files} bestanden hebben elk een regel in plaats van een tabel, aan "
        "het eind, onder 'Een regel per bestand'. Schrijf het rapport met --output naar een "
        "bestand voor alle tabellen.",
    },
    "md_short_all": {
        "en": "Each of the {files} files has one line instead of a table, at the end, under 'One line "
        "a file'. Write the report to a file with --output for every table.",
        "nl": "Elk van de {files} bestanden heeft een regel in plaats van een tabel, aan het eind, "
        "onder 'Een regel per bestand'. Schrijf het rapport met --output naar een bestand voor alle "
        "tabellen.",
    },
    "md_short_overview": {
        "en": "The overview table is left out and each of the {files} files has one line instead of "
        "a table. Write the report to a file with --output for every table.",
        "nl": "De overzichtstabel is weggelaten en elk van de {files} bestanden heeft een regel in "
        "plaats van een tabel. Schrijf het rapport met --output naar een bestand voor alle tabellen.",
    },
    "md_short_list": {
        "en": "The overview table is left out, and only {count} of the {files} files are listed, "
        "one line each. Write the report to a file with --output for every table.",
        "nl": "De overzichtstabel is weggelaten, en maar {count} van de {files} bestanden staan "
        "erin, elk op een regel. Schrijf het rapport met --output naar een bestand voor alle tabellen.",
    },
    "md_short_heading": {"en": "One line a file", "nl": "Een regel per bestand"},
    "md_short_left": {
        "en": "{count} more files are not listed: the report would be too large.",
        "nl": "Nog {count} bestanden staan er niet in: het rapport zou te groot worden.",
    },
    "md_short_left_one": {
        "en": "1 more file is not listed: the report would be too large.",
        "nl": "Nog 1 bestand staat er niet in: het rapport zou te groot worden.",
    },
    # -- authoring: schema, init, explain, factor lint: add entries below this line
    "authoring_anchor": {"en": "", "nl": ""},
    # help texts of the commands and options (Typer), chosen at start-up: commands/common.py
    "help_app": {
        "en": "Check a description of a parenting-support intervention against the working factors "
        "of 'Wat werkt bij opvoedingsondersteuning' (Nederlands Jeugdinstituut).",
        "nl": "Toets een beschrijving van een interventie voor opvoedingsondersteuning aan de "
        "werkzame factoren uit 'Wat werkt bij opvoedingsondersteuning' (Nederlands Jeugdinstituut).",
    },
    "help_version": {"en": "Show the version and exit.", "nl": "Toon de versie en stop."},
    "help_lang": {
        "en": "Language of the output: nl or en. Default: $WATWERKT_LANG, else the locale, else en.",
        "nl": "Taal van de uitvoer: nl of en. Standaard: $WATWERKT_LANG, anders de locale, anders en.",
    },
    "help_set": {
        "en": "Built-in factor set to use: opvoedingsondersteuning or tidier.",
        "nl": "Ingebouwde factorset: opvoedingsondersteuning of tidier.",
    },
    "help_factors_dir": {
        "en": "Folder of a custom factor set (set.yaml plus one file per factor); wins over --set.",
        "nl": "Map met een eigen factorset (set.yaml plus een bestand per factor); gaat voor --set.",
    },
    "help_check": {
        "en": "Check intervention descriptions against the working factors.",
        "nl": "Toets interventiebeschrijvingen aan de werkzame factoren.",
    },
    "help_check_paths": {
        "en": "Intervention description files (YAML), folders (searched for *.yaml and *.yml), "
        "or - for standard input.",
        "nl": "Bestanden met interventiebeschrijvingen (YAML), mappen (doorzocht op *.yaml en "
        "*.yml), of - voor standaardinvoer.",
    },
    "help_format": {"en": "Output format.", "nl": "Uitvoerformaat."},
    "help_check_format": {
        "en": "Output format. auto: the table on a terminal, github annotations when "
        "GITHUB_ACTIONS=true, else the plain table; with --output, from the file name.",
        "nl": "Uitvoerformaat. auto: de tabel in een terminal, GitHub-annotaties als "
        "GITHUB_ACTIONS=true, anders de platte tabel; met --output, naar de bestandsnaam.",
    },
    "help_exclude": {
        "en": "Skip files and folders matching this glob (repeatable).",
        "nl": "Sla bestanden en mappen over die op dit patroon passen (herhaalbaar).",
    },
    "help_check_output": {
        "en": "Write the report to this file (atomically); the terminal shows a short summary. - is standard output.",
        "nl": "Schrijf het rapport naar dit bestand (in één keer: er blijft nooit een half rapport achter); de terminal toont een korte samenvatting. - is de standaarduitvoer.",
    },
    "help_config": {
        "en": "Configuration file to use instead of searching for .watwerkt.yaml or pyproject.toml.",
        "nl": "Configuratiebestand om te gebruiken in plaats van te zoeken naar .watwerkt.yaml of "
        "pyproject.toml.",
    },
    "help_no_config": {"en": "Ignore configuration files.", "nl": "Negeer configuratiebestanden."},
    "help_output": {
        "en": "Write the output to this file instead of the terminal (- is standard output).",
        "nl": "Schrijf de uitvoer naar dit bestand in plaats van naar de terminal (- is de standaarduitvoer).",
    },
    "help_compare": {
        "en": "Compare interventions side by side: one row per factor, one column per file. Exits 0 "
        "whatever the statuses (use check --fail-on to gate), 2 when a file could not be used; such "
        "files are reported on stderr and left out.",
        "nl": "Vergelijk interventies naast elkaar: een rij per factor, een kolom per bestand. Stopt "
        "met code 0 wat de statussen ook zijn (gebruik check --fail-on om te blokkeren), 2 als een "
        "bestand niet bruikbaar was; zulke bestanden worden op stderr gemeld en weggelaten.",
    },
    "help_compare_format": {
        "en": "Output format: table, json, markdown or html. Without it, from the --output file "
        "name (.html, .md, .json), else the table.",
        "nl": "Uitvoerformaat: table, json, markdown of html. Zonder deze optie naar de naam van "
        "het --output-bestand (.html, .md, .json), anders de tabel.",
    },
    "help_compare_paths": {
        "en": "Intervention description files (YAML) or folders.",
        "nl": "Bestanden met interventiebeschrijvingen (YAML) of mappen.",
    },
    "help_fail_on": {
        "en": "Exit 1 when a factor has this status or worse (partial < not_described < gap); "
        "'never' never fails.",
        "nl": "Eindig met code 1 als een factor deze status of erger heeft (partial < not_described "
        "< gap); 'never' faalt nooit.",
    },
    "help_verbose": {"en": "Show every criterion.", "nl": "Toon elk criterium."},
    "help_factors": {
        "en": "List the working factors, show one in full, or lint a factor set.",
        "nl": "Toon de werkzame factoren, een factor in detail, of controleer een factorset.",
    },
    "help_factors_show": {
        "en": "Show one factor in full: summary, when it applies, criteria, advice and source.",
        "nl": "Toon een factor in detail: samenvatting, wanneer die geldt, criteria, advies en bron.",
    },
    "help_factor_id": {"en": "A factor id, such as G01 or S03.", "nl": "Een factor-id, zoals G01 of S03."},
    "help_lint": {
        "en": "Check a factor set folder and report every problem as FILE:LINE:COL: message "
        "(exit 2 if there is one).",
        "nl": "Controleer een map met een factorset en meld elk probleem als BESTAND:REGEL:KOLOM: "
        "melding (code 2 als er een is).",
    },
    "help_lint_dir": {
        "en": "The factor set folder; without it, the built-in set (--set).",
        "nl": "De map van de factorset; zonder map de ingebouwde set (--set).",
    },
    "help_schema": {
        "en": "Print the JSON Schema of the intervention format, for editors and other tools.",
        "nl": "Toon het JSON-schema van het interventieformaat, voor editors en andere tools.",
    },
    "help_schema_output": {
        "en": "Write the schema to this file instead of standard output.",
        "nl": "Schrijf het schema naar dit bestand in plaats van naar de standaarduitvoer.",
    },
    "help_init": {
        "en": "Write a commented template of an intervention description.",
        "nl": "Schrijf een sjabloon met toelichting voor een interventiebeschrijving.",
    },
    "help_init_path": {
        "en": "The file to write ('-' for standard output).",
        "nl": "Het bestand om te schrijven ('-' voor de standaarduitvoer).",
    },
    "help_init_name": {"en": "The name of the intervention.", "nl": "De naam van de interventie."},
    "help_init_force": {"en": "Overwrite an existing file.", "nl": "Overschrijf een bestaand bestand."},
    "help_explain": {
        "en": "Explain why one factor got its status for one description.",
        "nl": "Leg uit waarom een factor voor een beschrijving zijn status kreeg.",
    },
    "help_explain_file": {
        "en": "An intervention description file (YAML), or - for standard input.",
        "nl": "Een bestand met een interventiebeschrijving (YAML), of - voor standaardinvoer.",
    },
    "field_feeds": {"en": "Feeds: {factors}.", "nl": "Telt mee voor: {factors}."},
    "cond_item": {"en": "the item", "nl": "het item"},
    "too_small": {"en": "'{key}' must be at least {minimum}", "nl": "'{key}' moet minstens {minimum} zijn"},
    "value_not_valid": {
        "en": "'{key}' has a value that is not allowed here ({kind})",
        "nl": "'{key}' heeft een waarde die hier niet mag ({kind})",
    },
    # factor sets: condition arguments, values a field can never hold, lint
    "arg_path": {
        "en": "{op}: 'path' must be a dotted field path, such as curriculum.manual",
        "nl": "{op}: 'path' moet een veldpad met punten zijn, zoals curriculum.manual",
    },
    "arg_dot": {
        "en": "{op}: '.' (the item itself) is only allowed inside 'every'",
        "nl": "{op}: '.' (het item zelf) mag alleen binnen 'every'",
    },
    "arg_mapping": {
        "en": "{op}: takes a mapping with exactly these keys: {keys}",
        "nl": "{op}: verwacht een mapping met precies deze sleutels: {keys}",
    },
    "arg_single": {"en": "{op}: 'value' must be a single value", "nl": "{op}: 'value' moet één waarde zijn"},
    "arg_values": {
        "en": "{op}: 'values' must be a non-empty list of values",
        "nl": "{op}: 'values' moet een niet-lege lijst met waarden zijn",
    },
    "arg_number": {
        "en": "{op}: 'value' must be a finite number",
        "nl": "{op}: 'value' moet een eindig getal zijn",
    },
    "no_source_criterion": {
        "en": "a factor needs at least one criterion with 'basis: source': only those decide its status",
        "nl": "een factor heeft minstens één criterium met 'basis: source' nodig: alleen die bepalen de status",
    },
    "arg_not_number_field": {
        "en": "{op}: '{field}' is not a number field",
        "nl": "{op}: '{field}' is geen getalveld",
    },
    "arg_not_list": {"en": "{op}: '{field}' is not a list field", "nl": "{op}: '{field}' is geen lijstveld"},
    "arg_paths": {
        "en": "{op}: 'paths' must be a non-empty list",
        "nl": "{op}: 'paths' moet een niet-lege lijst zijn",
    },
    "arg_parts": {
        "en": "{op}: takes a non-empty list of conditions",
        "nl": "{op}: verwacht een niet-lege lijst met voorwaarden",
    },
    "value_not_allowed": {
        "en": "{op}: '{value}' is not a value of '{field}', so this can never match; allowed: {allowed}",
        "nl": "{op}: '{value}' is geen waarde van '{field}', dus dit klopt nooit; toegestaan: {allowed}",
    },
    "value_wrong_type": {
        "en": "{op}: '{field}' holds {expected}, so '{value}' can never match",
        "nl": "{op}: '{field}' bevat {expected}, dus '{value}' klopt nooit",
    },
    "lint_no_basis": {
        "en": "criterion '{id}' has no basis, so it counts as 'source' and decides the status; write "
        "'basis: source' or 'basis: practice' (a tip that never changes a status)",
        "nl": "criterium '{id}' heeft geen basis en telt dus als 'source': het bepaalt de status; schrijf "
        "'basis: source' of 'basis: practice' (een tip die nooit een status verandert)",
    },
    "lint_no_advice": {
        "en": "criterion '{id}' has no advice of its own",
        "nl": "criterium '{id}' heeft geen eigen advies",
    },
    "lint_no_question": {
        "en": "criterion '{id}' has no question for the provider",
        "nl": "criterium '{id}' heeft geen vraag voor de aanbieder",
    },
    "lint_no_applies_question": {
        "en": "factor '{id}' has no applies_question: what to ask when a description does not say "
        "whether it applies",
        "nl": "factor '{id}' heeft geen applies_question: wat te vragen als een beschrijving niet "
        "zegt of hij van toepassing is",
    },
    "lint_no_followup": {
        "en": "criterion '{id}' has no followup: what to ask when a description answers it with no",
        "nl": "criterium '{id}' heeft geen followup: wat te vragen als een beschrijving er nee op antwoordt",
    },
    "applies_question_alone": {
        "en": "'applies_question' asks what decides 'applies_when'; without 'applies_when' it is never asked",
        "nl": "'applies_question' vraagt wat 'applies_when' bepaalt; zonder 'applies_when' wordt "
        "hij nooit gesteld",
    },
    "lint_file_name": {
        "en": "the file name does not start with the factor id '{id}' (name it {id}-{slug}.yaml)",
        "nl": "de bestandsnaam begint niet met de factor-id '{id}' (noem het {id}-{slug}.yaml)",
    },
    "lint_warning": {"en": "warning: {text}", "nl": "waarschuwing: {text}"},
    "lint_ok": {
        "en": "{folder}: factor set '{set}' with {count} factors has no problems",
        "nl": "{folder}: factorset '{set}' met {count} factoren heeft geen problemen",
    },
    "lint_ok_one": {
        "en": "{folder}: factor set '{set}' with 1 factor has no problems",
        "nl": "{folder}: factorset '{set}' met 1 factor heeft geen problemen",
    },
    "lint_ok_warnings": {
        "en": "{folder}: factor set '{set}' with {count} factors has no problems, {warnings} warning(s)",
        "nl": "{folder}: factorset '{set}' met {count} factoren heeft geen problemen, {warnings} waarschuwing(en)",
    },
    "duplicate_criterion": {
        "en": "duplicate criterion id '{id}' in this factor",
        "nl": "dubbele criterium-id '{id}' in deze factor",
    },
    "factor_in_other_set": {
        "en": "no factor '{id}' in set '{set}'; it is in the built-in set '{other}' (add --set {other})",
        "nl": "geen factor '{id}' in set '{set}'; die staat in de ingebouwde set '{other}' (voeg --set {other} toe)",
    },
    # explain
    "explain_why_strength": {
        "en": "every criterion of the source is met.",
        "nl": "aan elk criterium uit de bron is voldaan.",
    },
    "explain_why_partial": {
        "en": "{met} of {total} criteria of the source met; {others}.",
        "nl": "aan {met} van de {total} criteria uit de bron is voldaan; {others}.",
    },
    "explain_others_unknown": {"en": "{n} unknown", "nl": "{n} onbekend"},
    "explain_others_unmet": {"en": "{n} unmet", "nl": "{n} niet voldaan"},
    "explain_why_gap": {
        "en": "no criterion of the source is met, and the description answers at least one otherwise.",
        "nl": "aan geen criterium uit de bron is voldaan, en de beschrijving beantwoordt er minstens één anders.",
    },
    "explain_why_not_described": {
        "en": "no criterion of the source is met or unmet: the description says nothing about it.",
        "nl": "geen criterium uit de bron is voldaan of niet voldaan: de beschrijving zegt er niets over.",
    },
    "explain_basis": {"en": "basis: {basis}", "nl": "basis: {basis}"},
    "explain_criterion_applies": {"en": "counts when: {condition}", "nl": "telt mee wanneer: {condition}"},
    "tri_not_applicable": {"en": "n/a", "nl": "n.v.t."},
    "explain_tips_only": {
        "en": "Criteria of good practice are tips: they never change the status or the exit code.",
        "nl": "Criteria van goede praktijk zijn tips: ze veranderen nooit de status of de exitcode.",
    },
    "explain_why_applies_unknown": {
        "en": "the description does not say enough to tell whether this specific factor applies.",
        "nl": "de beschrijving zegt te weinig om te bepalen of deze specifieke factor van toepassing is.",
    },
    "explain_why_not_applicable": {
        "en": "this specific factor does not apply: its condition is not met.",
        "nl": "deze specifieke factor is niet van toepassing: aan de voorwaarde is niet voldaan.",
    },
    "explain_why_waived": {
        "en": "the description waives it (line {line}): {reason}",
        "nl": "de beschrijving zondert hem uit (regel {line}): {reason}",
    },
    "explain_would_be": {"en": "Without the waiver", "nl": "Zonder uitzondering"},
    "explain_general": {
        "en": "A general factor: it applies to every intervention.",
        "nl": "Een algemene factor: die geldt voor elke interventie.",
    },
    "explain_not_counted": {
        "en": "(not counted, because the factor does not apply)",
        "nl": "(tellen niet mee, omdat de factor niet van toepassing is)",
    },
    "explain_checks": {"en": "checks: {condition}", "nl": "controleert: {condition}"},
    "explain_nothing_to_do": {
        "en": "nothing to do for this factor.",
        "nl": "niets te doen voor deze factor.",
    },
    # init: the template and its messages
    "template_intro": {
        "en": "A description of a parenting-support intervention for watwerkt. Each comment says "
        "what to write and which factors the field feeds.",
        "nl": "Een beschrijving van een interventie voor opvoedingsondersteuning voor watwerkt. "
        "Bij elk veld staat wat u invult en voor welke factoren het meetelt.",
    },
    "template_empty": {
        "en": "Leave a field empty when it is not described yet; write false when it is not part "
        "of the intervention.",
        "nl": "Laat een veld leeg als het nog niet beschreven is; schrijf false als het geen "
        "onderdeel van de interventie is.",
    },
    "template_check": {"en": "Check it: watwerkt check {file}", "nl": "Controleren: watwerkt check {file}"},
    "template_explain": {
        "en": "Why a factor got its status: watwerkt explain {file} G01",
        "nl": "Waarom een factor zijn status kreeg: watwerkt explain {file} G01",
    },
    "template_schema": {
        "en": "Completion in your editor: watwerkt schema --output {schema} (see docs/authoring.md).",
        "nl": "Aanvullen in uw editor: watwerkt schema --output {schema} (zie docs/authoring.md).",
    },
    # A placeholder (TODO ...), which `check` refuses until it is filled in (fill_in_name).
    "template_name": {"en": "TODO the name of the intervention", "nl": "TODO de naam van de interventie"},
    "template_summary": {
        "en": "TODO describe in one or two sentences what the intervention is, for whom and what it aims at",
        "nl": "TODO beschrijf in een of twee zinnen wat de interventie is, voor wie en waarop ze gericht is",
    },
    "init_written": {
        "en": "Wrote {path}. Fill it in, then run: watwerkt check {arg}",
        "nl": "{path} geschreven. Vul het in en voer dan uit: watwerkt check {arg}",
    },
    "init_bad_name": {
        "en": "--name must be the name of the intervention, not empty or a placeholder",
        "nl": "--name moet de naam van de interventie zijn, niet leeg of een plaatshouder",
    },
    "schema_title": {"en": "watwerkt intervention description", "nl": "watwerkt-interventiebeschrijving"},
    "schema_description": {
        "en": "A description of a parenting-support intervention, checked by watwerkt against the "
        "working factors. Absent or null: not described; false: explicitly not part of it.",
        "nl": "Een beschrijving van een interventie voor opvoedingsondersteuning, die watwerkt "
        "toetst aan de werkzame factoren. Afwezig of null: niet beschreven; false: bewust geen "
        "onderdeel.",
    },
    # -- hardening and limits: add entries below this line
    "all_excluded": {
        "en": "nothing to check: every file named is excluded (--exclude or the configuration)",
        "nl": "niets te controleren: elk genoemd bestand is uitgesloten (--exclude of de configuratie)",
    },
    "config_positive": {
        "en": "'{key}' must be a whole number of 1 or more",
        "nl": "'{key}' moet een geheel getal van 1 of meer zijn",
    },
    "help_jobs": {
        "en": "Processes to check in, for every format but html, to standard output or --output "
        "(standard input keeps one): 0, the default, is one per core, from 200 files on and with at "
        "least 100 files for each process; 1 checks in this process only. The output is the same "
        "and keeps the order of the input.",
        "nl": "Aantal processen om in te controleren, voor elk formaat behalve html, naar "
        "standaarduitvoer of --output (standaardinvoer houdt er een): 0, de standaard, is een per "
        "kern, vanaf 200 bestanden en met minstens 100 bestanden per proces; 1 controleert alleen "
        "in dit proces. De uitvoer is dezelfde en houdt de volgorde van de invoer.",
    },
    "help_select": {
        "en": "Check only these factors: ids or the start of them, comma-separated or repeated "
        "(G01,S or --select G --select S03). The others are reported as ignored. Replaces select "
        "in the configuration.",
        "nl": "Controleer alleen deze factoren: id's of het begin ervan, met komma's of herhaald "
        "(G01,S of --select G --select S03). De andere worden als genegeerd gemeld. Vervangt select "
        "in de configuratie.",
    },
    "help_ignore": {
        "en": "Leave out these factors (ids or the start of them, comma-separated or repeated): they "
        "are reported as ignored and never fail the run. Adds to ignore in the configuration.",
        "nl": "Laat deze factoren weg (id's of het begin ervan, met komma's of herhaald): ze worden als "
        "genegeerd gemeld en laten de run nooit falen. Komt bij ignore in de configuratie.",
    },
    "help_baseline": {
        "en": "Accept the findings this baseline records: report and fail only on new or worse ones, "
        "and say which entries are fixed or stale. Default: baseline in the configuration.",
        "nl": "Accepteer de bevindingen die deze baseline vastlegt: meld en faal alleen op nieuwe of "
        "ergere, en zeg welke regels opgelost of verouderd zijn. Standaard: baseline in de configuratie.",
    },
    "help_write_baseline": {
        "en": "Record the findings of this run in this baseline file (sorted, one a line) instead of "
        "reporting them; entries of files not checked now are kept. Exits 0 unless a file could not "
        "be checked.",
        "nl": "Leg de bevindingen van deze run vast in dit baselinebestand (gesorteerd, een per regel) "
        "in plaats van ze te melden; regels van bestanden die nu niet gecontroleerd worden blijven "
        "staan. Stopt met 0, tenzij een bestand niet gecontroleerd kon worden.",
    },
    "help_statistics": {
        "en": "Instead of the report: per factor, across all files, how many files have each status, "
        "the factor missing most often first (--format table, json or markdown).",
        "nl": "In plaats van het rapport: per factor, over alle bestanden, hoeveel bestanden elke status "
        "hebben, de factor die het vaakst ontbreekt eerst (--format table, json of markdown).",
    },
    "help_show_files": {
        "en": "Only list the files that would be checked, after excludes, one a line.",
        "nl": "Toon alleen de bestanden die gecontroleerd zouden worden, na de uitsluitingen, een per regel.",
    },
    "help_quiet": {
        "en": "Show only what fails the run: problems and findings at or above --fail-on, one line "
        "each, without tables or totals (the table becomes the concise format; github keeps only "
        "its annotations). Machine formats are written in full.",
        "nl": "Toon alleen wat de run laat falen: problemen en bevindingen vanaf --fail-on, elk op "
        "een regel, zonder tabellen of totalen (de tabel wordt het formaat concise; github houdt "
        "alleen de annotaties). Machineformaten worden volledig geschreven.",
    },
    "help_root": {
        "en": "The repository's root, against which sarif and gitlab name files (and make "
        "fingerprints). Default: the git checkout's top folder (the one holding .git), else the "
        "working folder.",
        "nl": "De hoofdmap van de repository, ten opzichte waarvan sarif en gitlab bestanden noemen "
        "(en vingerafdrukken maken). Standaard: de bovenste map van de git-checkout (die met .git), "
        "anders de werkmap.",
    },
    "help_max_bytes": {
        "en": "Largest file to read, in bytes (default 4 MiB); config key max_bytes.",
        "nl": "Grootste bestand dat gelezen wordt, in bytes (standaard 4 MiB); configsleutel max_bytes.",
    },
    "help_max_depth": {
        "en": "Deepest nesting of lists and mappings (default 64); config key max_depth.",
        "nl": "Hoe diep lijsten en secties genest mogen zijn (standaard 64); configsleutel max_depth.",
    },
    "help_max_nodes": {
        "en": "Most values a file may hold once aliases are expanded (default 200,000); "
        "config key max_nodes.",
        "nl": "Maximaal aantal waarden in een bestand na het uitvouwen van aliassen (standaard "
        "200.000); configsleutel max_nodes.",
    },
    "hardening_anchor": {"en": "", "nl": ""},
    # -- compare and HTML: add entries below this line
    "compare_anchor": {"en": "", "nl": ""},
    "profile": {"en": "Profile", "nl": "Profiel"},
    "compare_title": {
        "en": "Comparison of {count} interventions",
        "nl": "Vergelijking van {count} interventies",
    },
    "compare_title_one": {"en": "Comparison of 1 intervention", "nl": "Vergelijking van 1 interventie"},
    "compare_total": {"en": "Total {status}", "nl": "Totaal {status}"},
    "compare_none": {
        "en": "No valid intervention description to compare.",
        "nl": "Geen geldige interventiebeschrijving om te vergelijken.",
    },
    "compare_key": {"en": "Interventions", "nl": "Interventies"},
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
    "no_valid_file": {
        "en": "No valid file to report on.",
        "nl": "Geen geldig bestand om over te rapporteren.",
    },
    # -- writing a description in Dutch, start to finish: add entries below this line
    "dutch_anchor": {"en": "", "nl": ""},
    # Click's and Typer's own words (clitext.py); the English is theirs, word for word.
    "cli_usage": {"en": "Usage:", "nl": "Gebruik:"},
    "cli_try_help": {"en": "Try '{command} {option}' for help.", "nl": "Typ '{command} {option}' voor hulp."},
    "cli_error": {"en": "Error: {text}", "nl": "Fout: {text}"},
    "cli_heading_options": {"en": "Options", "nl": "Opties"},
    "cli_heading_arguments": {"en": "Arguments", "nl": "Argumenten"},
    "cli_heading_commands": {"en": "Commands", "nl": "Opdrachten"},
    "cli_default": {"en": "default: {value}", "nl": "standaard: {value}"},
    "cli_required": {"en": "required", "nl": "verplicht"},
    "cli_env_var": {"en": "env var: {name}", "nl": "omgevingsvariabele: {name}"},
    "help_help": {"en": "Show this message and exit.", "nl": "Toon deze hulp en stop."},
    "cli_no_such_option": {"en": "No such option: {option}", "nl": "Onbekende optie: {option}"},
    "cli_possible_options": {"en": "(Possible options: {options})", "nl": "(mogelijke opties: {options})"},
    "cli_did_you_mean": {"en": "Did you mean {choice}?", "nl": "Bedoelt u {choice}?"},
    "cli_no_such_command": {"en": "No such command '{name}'.", "nl": "Onbekende opdracht '{name}'."},
    "cli_missing_command": {"en": "Missing command.", "nl": "Er ontbreekt een opdracht."},
    "cli_missing_argument": {"en": "Missing argument {name}.", "nl": "Argument {name} ontbreekt."},
    "cli_missing_option": {"en": "Missing option {name}.", "nl": "Optie {name} ontbreekt."},
    "cli_missing_parameter": {"en": "Missing parameter {name}.", "nl": "Parameter {name} ontbreekt."},
    "cli_invalid_value": {
        "en": "Invalid value for {param}: {detail}",
        "nl": "Ongeldige waarde voor {param}: {detail}",
    },
    "cli_not_a_choice": {
        "en": "'{value}' is not one of {choices}.",
        "nl": "'{value}' is geen van {choices}.",
    },
    "cli_not_whole_number": {
        "en": "Input should be a valid integer, unable to parse string as an integer",
        "nl": "de waarde moet een geheel getal zijn",
    },
    "cli_at_least": {
        "en": "Input should be greater than or equal to {minimum}",
        "nl": "de waarde moet minstens {minimum} zijn",
    },
    "cli_is_folder": {"en": "file {path} is a directory.", "nl": "{path} is een map, geen bestand."},
    "cli_empty_path": {
        "en": "an empty name is no path (is a shell variable empty?).",
        "nl": "een lege naam is geen pad (is een shellvariabele leeg?).",
    },
    "cli_is_file": {"en": "dir {path} is a file.", "nl": "{path} is een bestand, geen map."},
    "cli_extra_arguments": {
        "en": "Got unexpected extra argument(s) ({args})",
        "nl": "Onverwacht(e) extra argument(en) ({args})",
    },
    "cli_needs_value": {
        "en": "Option {option} requires an argument.",
        "nl": "Optie {option} heeft een waarde nodig.",
    },
    "cli_takes_no_value": {
        "en": "Option {option} does not take a value.",
        "nl": "Optie {option} neemt geen waarde.",
    },
    "cli_show_factor": {
        "en": "To show a factor: watwerkt factors show {id}",
        "nl": "Een factor tonen: watwerkt factors show {id}",
    },
    "cli_list_factors": {
        "en": "To list the factors: watwerkt factors",
        "nl": "De factoren tonen: watwerkt factors",
    },
    "cli_aborted": {"en": "Aborted!", "nl": "Afgebroken!"},
    "help_install_completion": {
        "en": "Install completion for the current shell.",
        "nl": "Installeer het aanvullen met Tab voor de huidige shell.",
    },
    "help_show_completion": {
        "en": "Show completion for the current shell, to copy it or customize the installation.",
        "nl": "Toon het aanvulscript voor de huidige shell, om het te kopiëren of zelf te installeren.",
    },
    "completion_installed": {
        "en": "{shell} completion installed in {path}. It takes effect in a new terminal.",
        "nl": "Aanvullen voor {shell} geïnstalleerd in {path}. Het werkt in een nieuwe terminal.",
    },
    # YAML syntax errors in the author's words (yamlerrors.py)
    "yaml_colon_in_value": {
        "en": "invalid YAML: ': ' inside a value; put the value in quotes (\"...\"), or check how far "
        "this line is indented",
        "nl": "ongeldige YAML: ': ' midden in een waarde; zet de waarde tussen aanhalingstekens (\"...\"), "
        "of controleer hoe ver deze regel inspringt",
    },
    "yaml_no_colon": {
        "en": "invalid YAML: no ':' after this key; write 'key: value', or indent a text that goes on "
        "further than its key",
        "nl": "ongeldige YAML: geen ':' na deze veldnaam; schrijf 'veld: waarde', of laat een tekst die "
        "doorloopt verder inspringen dan zijn veldnaam",
    },
    "yaml_mapping_indent": {
        "en": "invalid YAML: this line does not line up with the keys of its section (from line {start}); "
        "indent it as far as they are, or remove text after a closing quote",
        "nl": "ongeldige YAML: deze regel staat niet recht onder de velden van zijn sectie (vanaf regel "
        "{start}); laat hem even ver inspringen, of haal tekst na een sluitend aanhalingsteken weg",
    },
    "yaml_list_indent": {
        "en": "invalid YAML: this line does not line up with the list above it (from line {start}); start "
        "a new item with '- ', or indent it as far as the other keys of its item",
        "nl": "ongeldige YAML: deze regel staat niet recht onder de lijst erboven (vanaf regel {start}); "
        "begin een nieuw item met '- ', of laat hem even ver inspringen als de andere velden van zijn item",
    },
    "yaml_unclosed_quote": {
        "en": "invalid YAML: this quote is never closed; end the text with the same quote",
        "nl": "ongeldige YAML: dit aanhalingsteken wordt nergens gesloten; sluit de tekst af met hetzelfde "
        "aanhalingsteken",
    },
    "yaml_unclosed_list": {
        "en": "invalid YAML: the list in brackets from line {start}, column {column} is not closed with ']', "
        "or a comma is missing",
        "nl": "ongeldige YAML: de lijst tussen haken van regel {start}, kolom {column} wordt niet gesloten "
        "met ']', of er ontbreekt een komma",
    },
    "yaml_unclosed_mapping": {
        "en": "invalid YAML: the mapping in braces from line {start}, column {column} is not closed with "
        "'}}', or a comma is missing",
        "nl": "ongeldige YAML: de mapping tussen accolades van regel {start}, kolom {column} wordt niet "
        "gesloten met '}}', of er ontbreekt een komma",
    },
    "yaml_bad_start": {
        "en": "invalid YAML: a value cannot start with '{char}'; put it in quotes",
        "nl": "ongeldige YAML: een waarde kan niet met '{char}' beginnen; zet hem tussen aanhalingstekens",
    },
    "yaml_alias_start": {
        "en": "invalid YAML: YAML reads a value that starts with '{char}' as an alias or anchor; put it "
        "in quotes",
        "nl": "ongeldige YAML: een waarde die met '{char}' begint, leest YAML als een alias of anker; zet "
        "hem tussen aanhalingstekens",
    },
    "yaml_recursive_alias": {
        "en": "invalid YAML: the alias '*{name}' is inside the value '&{name}' names, which would hold "
        "itself for ever",
        "nl": "ongeldige YAML: de alias '*{name}' staat in de waarde die '&{name}' een naam geeft, die "
        "zichzelf dan eindeloos zou bevatten",
    },
    "yaml_long_key": {
        "en": "invalid YAML: a key longer than {limit} characters, the most YAML reads before its ':'",
        "nl": "ongeldige YAML: een veldnaam langer dan {limit} tekens, het meeste dat YAML leest vóór de ':'",
    },
    "yaml_unknown_alias": {
        "en": "invalid YAML: unknown alias '*{name}'; a value that starts with '*' must be in quotes",
        "nl": "ongeldige YAML: onbekende alias '*{name}'; een waarde die met '*' begint, moet tussen "
        "aanhalingstekens",
    },
    "yaml_dash_after_key": {
        "en": "invalid YAML: a list item ('- ') on the line of its key; start the list on the next line, "
        "indented, or write [a, b]",
        "nl": "ongeldige YAML: een lijstitem ('- ') op de regel van zijn veldnaam; begin de lijst op de "
        "volgende regel, ingesprongen, of schrijf [a, b]",
    },
    "yaml_bad_escape": {
        "en": "invalid YAML: an unknown escape after a backslash in double quotes; write \\\\ for a "
        "backslash, or use single quotes",
        "nl": "ongeldige YAML: een onbekende code na een backslash tussen dubbele aanhalingstekens; schrijf "
        "\\\\ voor een backslash, of gebruik enkele aanhalingstekens",
    },
    "yaml_control_char": {
        "en": "invalid YAML: control character {char} is not allowed in the text",
        "nl": "ongeldige YAML: stuurteken {char} is niet toegestaan in de tekst",
    },
    "yaml_bom_inside": {
        "en": "invalid YAML: a byte-order mark (U+FEFF, invisible in most editors) in the middle of the "
        "file; remove it (pasting from another file often brings one along)",
        "nl": "ongeldige YAML: een byte-order mark (U+FEFF, in de meeste editors onzichtbaar) midden in het "
        "bestand; verwijder het (plakken uit een ander bestand neemt er vaak een mee)",
    },
    "yaml_after_end": {
        "en": "invalid YAML: text after the end of the document ('...'); remove the line '...'",
        "nl": "ongeldige YAML: tekst na het einde van het document ('...'); haal de regel '...' weg",
    },
    "yaml_block_scalar": {
        "en": "invalid YAML: after '|' or '>' only a comment may follow on its line; start the text on "
        "the next line",
        "nl": "ongeldige YAML: na '|' of '>' mag op die regel alleen commentaar volgen; begin de tekst op "
        "de volgende regel",
    },
    # did-you-mean hints for values written the way people write them (hints.py)
    "wrong_type_meant": {
        "en": "'{key}' should be {expected}, found {found} (did you mean {meant}? {why})",
        "nl": "'{key}' moet {expected} zijn, gevonden: {found} (bedoelt u {meant}? {why})",
    },
    "wrong_type_why": {
        "en": "'{key}' should be {expected}, found {found} ({why})",
        "nl": "'{key}' moet {expected} zijn, gevonden: {found} ({why})",
    },
    "unknown_value_meant": {
        "en": "unknown value {value} for '{key}'; allowed: {allowed} (did you mean {meant}? {why})",
        "nl": "onbekende waarde {value} voor '{key}'; toegestaan: {allowed} (bedoelt u {meant}? {why})",
    },
    "section_false": {
        "en": "'{key}' should be a mapping of keys, found false (a section cannot be false, its fields "
        "can: did you mean {fields}?)",
        "nl": "'{key}' moet een sectie met velden zijn, gevonden: false (een sectie kan niet false zijn, "
        "haar velden wel: bedoelt u {fields}?)",
    },
    "section_false_none": {
        "en": "'{key}' should be a mapping of keys, found false (a section cannot be false; leave it out "
        "when it is not described)",
        "nl": "'{key}' moet een sectie met velden zijn, gevonden: false (een sectie kan niet false zijn; "
        "laat haar weg als ze niet beschreven is)",
    },
    "why_yes_no": {
        "en": "YAML reads only true and false as yes and no",
        "nl": "YAML kent alleen true en false als ja en nee",
    },
    "why_yes_no_comment": {
        "en": "write true or false, and an explanation in a comment after #",
        "nl": "schrijf true of false, en een toelichting als commentaar na #",
    },
    "why_quoted_bool": {"en": "in quotes it is text", "nl": "tussen aanhalingstekens is het tekst"},
    "why_empty_bool": {
        "en": "write false for no, or leave the value out when it is not described",
        "nl": "schrijf false voor nee, of laat de waarde weg als het niet beschreven is",
    },
    "why_decimal_comma": {"en": "write decimals with a point", "nl": "schrijf decimalen met een punt"},
    "why_false_number": {
        "en": "a number says none with 0; false is for texts and lists",
        "nl": "een getal zegt 'geen' met 0; false is voor teksten en lijsten",
    },
    "why_leave_out_number": {
        "en": "a number field takes a number; leave the field out when it does not apply",
        "nl": "een getalveld krijgt een getal; laat het veld weg als het niet van toepassing is",
    },
    "why_exponent": {
        "en": "YAML reads a number with an exponent as a number only with a dot and a sign (1.0e+3)",
        "nl": "YAML leest een getal met een exponent alleen als getal met een punt en een teken (1.0e+3)",
    },
    "why_digits": {
        "en": "a number field takes one number, in digits",
        "nl": "een getalveld krijgt één getal, in cijfers",
    },
    "why_range": {
        "en": "a number field takes one number: write the usual one, and the range in a comment "
        "after it (# 20-24)",
        "nl": "een getalveld krijgt één getal: schrijf het gebruikelijke aantal, en het bereik in "
        "een opmerking erachter (# 20-24)",
    },
    "why_no_number": {
        "en": "a number field takes a number, and 0 says none",
        "nl": "een getalveld krijgt een getal, en 0 zegt 'geen'",
    },
    "why_number_word": {"en": "a number field takes digits", "nl": "een getalveld krijgt cijfers"},
    "why_number_only": {
        "en": "a number field takes the number alone",
        "nl": "een getalveld krijgt alleen het getal",
    },
    "why_quoted_number": {
        "en": "without quotes it is a number",
        "nl": "zonder aanhalingstekens is het een getal",
    },
    "why_whole": {
        "en": "a count is a whole number, without a decimal point",
        "nl": "een aantal is een geheel getal, zonder punt",
    },
    "why_in_weeks": {"en": "the field counts in weeks", "nl": "het veld telt in weken"},
    "why_in_minutes": {"en": "the field counts in minutes", "nl": "het veld telt in minuten"},
    "why_in_years": {"en": "the field counts in years", "nl": "het veld telt in jaren"},
    "why_per_month": {"en": "the field counts visits a month", "nl": "het veld telt bezoeken per maand"},
    "why_quote_number": {
        "en": "a text field takes text: in quotes, or in words",
        "nl": "een tekstveld krijgt tekst: tussen aanhalingstekens, of in woorden",
    },
    "why_true_text": {
        "en": "a text field says yes in words that describe it; false says it is not part of it",
        "nl": "een tekstveld zegt ja met woorden die het beschrijven; false zegt dat het er geen deel van is",
    },
    "why_none_list": {
        "en": "false says there are none",
        "nl": "false zegt dat er geen zijn",
    },
    "why_empty_item": {
        "en": "an empty item ('- ' and nothing after it) says nothing; remove it, or write false for none",
        "nl": "een leeg item ('- ' zonder iets erna) zegt niets; haal het weg, of schrijf false voor geen",
    },
    "why_no_waivers": {
        "en": "write [] for no waivers, or leave waivers out",
        "nl": "schrijf [] voor geen uitzonderingen, of laat waivers weg",
    },
    "why_age_range": {
        "en": "child_age takes the youngest and the oldest age, in years",
        "nl": "child_age krijgt de jongste en de oudste leeftijd, in jaren",
    },
    # name and summary still a placeholder, as `init` writes them (validate.py)
    "fill_in_name": {
        "en": "'name' is not filled in yet: write the name of the intervention",
        "nl": "'name' is nog niet ingevuld: schrijf de naam van de interventie",
    },
    "fill_in_summary": {
        "en": "'summary' is not filled in yet: describe in one or two sentences what the intervention "
        "is, for whom and what it aims at",
        "nl": "'summary' is nog niet ingevuld: beschrijf in een of twee zinnen wat de interventie is, "
        "voor wie en waarop ze gericht is",
    },
    "template_fill_in": {
        "en": "Fill in name and summary first: until then check refuses the file.",
        "nl": "Vul eerst name en summary in: tot dan weigert check het bestand.",
    },
    "problem_whole_file": {"en": "the whole file", "nl": "het hele bestand"},
    # a file that is not UTF-8 (yamlerrors.py)
    "file_encoding": {
        "en": "file is {encoding} text, not UTF-8; save it as UTF-8 (in most editors: Save as, with the "
        "encoding UTF-8)",
        "nl": "bestand is {encoding}-tekst, geen UTF-8; sla het op als UTF-8 (in de meeste editors: Opslaan "
        "als, met de codering UTF-8)",
    },
    "file_latin1": {
        "en": "file is not UTF-8 but most likely Latin-1 or Windows-1252 ('{char}' is byte {offset}); save "
        "it as UTF-8 (in most editors: Save as, with the encoding UTF-8)",
        "nl": "bestand is geen UTF-8 maar waarschijnlijk Latin-1 of Windows-1252 ('{char}' is byte {offset}); "
        "sla het op als UTF-8 (in de meeste editors: Opslaan als, met de codering UTF-8)",
    },
    "completion_unknown_shell": {
        "en": "cannot complete for this shell ({shell}): watwerkt completes in bash, zsh and fish; run this "
        "in one of them, or write the script yourself: _WATWERKT_COMPLETE=source_bash watwerkt",
        "nl": "kan niet aanvullen voor deze shell ({shell}): watwerkt vult aan in bash, zsh en fish; voer dit "
        "daarin uit, of schrijf het script zelf: _WATWERKT_COMPLETE=source_bash watwerkt",
    },
    # -- compare for commissioners: key facts, completeness, questions, print
    "legend_strength": {
        "en": "the description shows every criterion the source names",
        "nl": "de beschrijving laat elk criterium uit de bron zien",
    },
    "legend_partial": {
        "en": "it shows some of them; the rest is silent or contradicted",
        "nl": "ze laat er een deel van zien; over de rest zwijgt ze of ze spreekt het tegen",
    },
    "legend_gap": {
        "en": "it says the opposite (false, a no, or volunteers where trained staff are asked)",
        "nl": "ze zegt het tegendeel (false, een nee, of vrijwilligers waar geschoolde krachten "
        "gevraagd worden)",
    },
    "legend_not_described": {
        "en": "the description is silent: ask the provider",
        "nl": "de beschrijving zwijgt erover: vraag het de aanbieder",
    },
    "legend_not_applicable": {
        "en": "this form of support is not used here (a specific factor): no weakness",
        "nl": "deze vorm van ondersteuning wordt hier niet gebruikt (een specifieke factor): geen zwakte",
    },
    "legend_waived": {
        "en": "left out on purpose by the description, with a reason",
        "nl": "bewust weggelaten in de beschrijving, met een reden",
    },
    "described_label": {"en": "Answered", "nl": "Beantwoord"},
    "described_count": {
        "en": "{count} of {of} factors, none with a no",
        "nl": "{count} van {of} factoren, geen met nee",
    },
    "described_count_no": {
        "en": "{count} of {of} factors, {gap} of them with a no (✘)",
        "nl": "{count} van {of} factoren, waarvan {gap} met nee (✘)",
    },
    "described_note": {
        "en": "Answered counts the factors a description says enough about to settle, a no (✘) "
        "included, and those that do not apply (–) or that it waives with a reason (⊘, look at the "
        "reason); about the others (?) ask the provider. It tells how complete a description is, "
        "not how good the intervention is: it is no score.",
        "nl": "Beantwoord telt de factoren waarover een beschrijving genoeg zegt om ze te "
        "beoordelen, ook met een nee (✘), en de factoren die niet van toepassing zijn (–) of die "
        "ze met een reden uitzondert (⊘, lees de reden); naar de andere (?) vraagt u de aanbieder. "
        "Het zegt hoe volledig een beschrijving is, niet hoe goed de interventie is: het is geen score.",
    },
    "key_facts": {"en": "Key facts", "nl": "Kerngegevens"},
    "fact_target_group": {"en": "Target group", "nl": "Doelgroep"},
    "fact_child_age": {"en": "Age of the child", "nl": "Leeftijd kind"},
    "fact_severity": {"en": "Problem severity", "nl": "Zwaarte van de problemen"},
    "fact_prevention": {"en": "Prevention level", "nl": "Preventieniveau"},
    "fact_format": {"en": "Format", "nl": "Vorm"},
    "fact_sessions": {"en": "Contacts", "nl": "Contacten"},
    "fact_weeks": {"en": "Weeks", "nl": "Weken"},
    "fact_session_minutes": {"en": "Minutes per contact", "nl": "Minuten per contact"},
    "fact_home_visits": {"en": "Home visits per month", "nl": "Huisbezoeken per maand"},
    "fact_group_size": {"en": "Group size", "nl": "Groepsgrootte"},
    "fact_practitioners": {"en": "Delivered by", "nl": "Uitgevoerd door"},
    "fact_costs": {"en": "Costs", "nl": "Kosten"},
    "fact_costs_false": {
        "en": "no costs, according to the description (false)",
        "nl": "geen kosten, volgens de beschrijving (false)",
    },
    "fact_setting": {"en": "Setting", "nl": "Locatie"},
    "fact_qualifications": {"en": "Practitioners' education", "nl": "Vooropleiding uitvoerders"},
    "fact_training": {"en": "Practitioners' training", "nl": "Training uitvoerders"},
    "fact_conditions": {"en": "Conditions", "nl": "Randvoorwaarden"},
    "fact_databank": {"en": "Databank level", "nl": "Databank-niveau"},
    "fact_studies": {"en": "Studies", "nl": "Onderzoek"},
    "fact_absent": {"en": "not stated", "nl": "niet vermeld"},
    "fact_no": {"en": "no (explicitly)", "nl": "nee (uitdrukkelijk)"},
    "fact_none": {"en": "none (explicitly)", "nl": "geen (uitdrukkelijk)"},
    "age_range": {"en": "{min}–{max} years", "nl": "{min}–{max} jaar"},
    "age_from": {"en": "from {min} years", "nl": "vanaf {min} jaar"},
    "age_to": {"en": "up to {max} years", "nl": "tot {max} jaar"},
    "home_visitors_by": {"en": "home visits by: {roles}", "nl": "huisbezoeken door: {roles}"},
    "value_none": {"en": "no problems", "nl": "geen problemen"},
    "value_light": {"en": "light", "nl": "licht"},
    "value_moderate": {"en": "moderate", "nl": "matig"},
    "value_severe": {"en": "severe", "nl": "ernstig"},
    "value_universal": {"en": "universal", "nl": "universeel"},
    "value_selective": {"en": "selective", "nl": "selectief"},
    "value_indicated": {"en": "indicated", "nl": "geïndiceerd"},
    "value_care": {"en": "care", "nl": "zorg"},
    "value_group": {"en": "group", "nl": "groep"},
    "value_individual": {"en": "individual", "nl": "individueel"},
    "value_home_visiting": {"en": "home visits", "nl": "huisbezoek"},
    "value_online": {"en": "online", "nl": "online"},
    "value_professional": {"en": "professional", "nl": "beroepskracht"},
    "value_nurse": {"en": "nurse", "nl": "verpleegkundige"},
    # The NJi's own Dutch word (the source sentence of S03): "getrainde paraprofessionals".
    "value_paraprofessional": {"en": "paraprofessional", "nl": "paraprofessional"},
    "value_volunteer": {"en": "volunteer", "nl": "vrijwilliger"},
    "questions_heading": {"en": "Questions for the provider", "nl": "Vragen aan de aanbieder"},
    "questions_none": {
        "en": "None: the description answers every criterion of the source that applies.",
        "nl": "Geen: de beschrijving geeft antwoord op elk criterium uit de bron dat van toepassing is.",
    },
    "shortfalls_heading": {
        "en": "Gaps and partial factors, with advice for whoever writes the description",
        "nl": "Tekorten, met advies voor wie de beschrijving schrijft",
    },
    "shortfalls_none": {
        "en": "No gaps and no partial factors.",
        "nl": "Geen factoren die ontbreken of deels aanwezig zijn.",
    },
    "sources_heading": {"en": "Sources", "nl": "Bronnen"},
    "report_date": {"en": "Report date", "nl": "Datum van het rapport"},
    "running_footer": {
        "en": "{date} · watwerkt {version} · factor set {set} ({fingerprint})",
        "nl": "{date} · watwerkt {version} · factorset {set} ({fingerprint})",
    },
    "versions_line": {
        "en": "Report of {date}, made with watwerkt {version} and the factor set {set} "
        "(fingerprint {fingerprint})",
        "nl": "Rapport van {date}, gemaakt met watwerkt {version} en de factorset {set} "
        "(vingerafdruk {fingerprint})",
    },
    "screen_only_note": {
        "en": "The evidence for each criterion is in this report on screen, and in watwerkt explain.",
        "nl": "Wat de beschrijving per criterium zegt, staat in dit rapport op het scherm, en in watwerkt explain.",
    },
    "overview": {"en": "Overview", "nl": "Overzicht"},
    # -- compare: what a commissioner asked for (left-out files, questions, print)
    "compare_left_out": {
        "en": "Left out, not valid; the first problem of each file:",
        "nl": "Weggelaten, niet geldig; het eerste probleem van elk bestand:",
    },
    "ask_databank": {
        "en": "Is the intervention recognised in the Databank Effectieve Jeugdinterventies, and at what level?",
        "nl": "Is de interventie erkend in de Databank Effectieve Jeugdinterventies, en op welk niveau?",
    },
    "ask_target_group": {
        "en": "Which parents and children is the intervention meant for?",
        "nl": "Voor welke ouders en kinderen is de interventie bedoeld?",
    },
    "ask_child_age": {
        "en": "For children of what age is the intervention meant?",
        "nl": "Voor kinderen van welke leeftijd is de interventie bedoeld?",
    },
    "ask_severity": {
        "en": "How severe are the problems of the families the intervention is meant for?",
        "nl": "Hoe zwaar zijn de problemen van de gezinnen voor wie de interventie bedoeld is?",
    },
    "ask_prevention": {
        "en": "Is the intervention meant for all parents, for groups at a higher risk, for families "
        "with emerging problems, or for families in care?",
        "nl": "Is de interventie bedoeld voor alle ouders, voor groepen met een verhoogd risico, voor "
        "gezinnen met beginnende problemen of voor gezinnen in zorg?",
    },
    "ask_format": {
        "en": "Is the intervention delivered in a group, individually, at home or online?",
        "nl": "Wordt de interventie in een groep, individueel, aan huis of online gegeven?",
    },
    "ask_setting": {
        "en": "Where does the intervention take place, for example at a child health clinic, a school "
        "or a community centre?",
        "nl": "Waar vindt de interventie plaats, bijvoorbeeld op het consultatiebureau, op school of "
        "in een buurthuis?",
    },
    "ask_sessions": {
        "en": "How many contacts does the intervention have?",
        "nl": "Hoeveel contacten telt de interventie?",
    },
    "ask_weeks": {
        "en": "Over how many weeks are the contacts spread?",
        "nl": "Over hoeveel weken zijn de contacten verdeeld?",
    },
    "ask_session_minutes": {
        "en": "How long does a contact last?",
        "nl": "Hoe lang duurt een contact?",
    },
    "ask_home_visits": {
        "en": "How many times a month does the practitioner visit the family at home?",
        "nl": "Hoe vaak per maand komt de uitvoerder bij het gezin thuis?",
    },
    "ask_group_size": {
        "en": "How many parents are in a group?",
        "nl": "Hoeveel ouders zitten er in een groep?",
    },
    "ask_role": {
        "en": "Who delivers the intervention: professionals, nurses, paraprofessionals or volunteers?",
        "nl": "Wie voert de interventie uit: beroepskrachten, verpleegkundigen, paraprofessionals of "
        "vrijwilligers?",
    },
    "ask_qualifications": {
        "en": "Which prior education and experience do you require of the practitioners?",
        "nl": "Welke vooropleiding en ervaring vraagt u van de uitvoerders?",
    },
    "ask_training": {
        "en": "Which training do the practitioners get for this intervention?",
        "nl": "Welke training krijgen de uitvoerders voor deze interventie?",
    },
    "ask_conditions": {
        "en": "What does an organisation need to deliver the intervention, such as a licence or a "
        "certification?",
        "nl": "Wat heeft een organisatie nodig om de interventie uit te voeren, zoals een licentie of "
        "een certificering?",
    },
    "ask_provider": {
        "en": "Who owns the intervention or holds its licence?",
        "nl": "Wie is de eigenaar of licentiehouder van de interventie?",
    },
    "ask_costs": {
        "en": "What does the intervention cost per family, and what do the licence, the training and "
        "the materials cost?",
        "nl": "Wat kost de interventie per gezin, en wat kosten de licentie, de training en de materialen?",
    },
    "ask_costs_false": {
        "en": "You state under costs that there are none (false). Is it right that the intervention "
        "costs nothing, not even for the licence, the training and the materials?",
        "nl": "U geeft bij costs aan dat er geen kosten zijn (false). Klopt het dat de interventie "
        "niets kost, ook niet aan licentie, training en materialen?",
    },
    "followup_false": {
        "en": "You state under {path} that this is not part of it (false).",
        "nl": "U geeft bij {path} aan dat dit er niet bij hoort (false).",
    },
    "followup_no": {
        "en": "You answer {path} with no (false).",
        "nl": "U beantwoordt {path} met nee (false).",
    },
    "followup_empty": {
        "en": "You state under {path} that there are none ([]).",
        "nl": "U geeft bij {path} aan dat er geen zijn ([]).",
    },
    "followup_negated": {
        "en": 'You write under {path}: "{text}".',
        "nl": 'U schrijft bij {path}: "{text}".',
    },
    "columns_of": {
        "en": "(interventions {first}–{last} of {count})",
        "nl": "(interventies {first}–{last} van {count})",
    },
    "compare_more_problems": {
        "en": "(and {count} more problems)",
        "nl": "(en nog {count} problemen)",
    },
    "compare_more_problems_one": {
        "en": "(and 1 more problem)",
        "nl": "(en nog 1 probleem)",
    },
    # -- nothing clobbered, nothing hangs, no internal error: add entries below this line
    "not_regular": {
        "en": "not a regular file but {kind}; only regular files are read",
        "nl": "geen gewoon bestand maar {kind}; alleen gewone bestanden worden gelezen",
    },
    "kind_fifo": {"en": "a FIFO (named pipe)", "nl": "een FIFO (named pipe)"},
    "kind_socket": {"en": "a socket", "nl": "een socket"},
    "kind_char": {"en": "a character device", "nl": "een tekenapparaat"},
    "kind_block": {"en": "a block device", "nl": "een blokapparaat"},
    "kind_folder": {"en": "a folder", "nl": "een map"},
    "kind_other": {"en": "something else", "nl": "iets anders"},
    "too_large_fixed": {
        "en": "file is {size} bytes, above the limit of {limit} for this kind of file",
        "nl": "bestand is {size} bytes, boven de grens van {limit} voor dit soort bestand",
    },
    "too_deep_fixed": {
        "en": "nesting deeper than {limit} levels, the limit for this kind of file",
        "nl": "dieper genest dan {limit} niveaus, de grens voor dit soort bestand",
    },
    "too_many_nodes_fixed": {
        "en": "document expands to more than {limit} values, the limit for this kind of file, likely "
        "through aliases",
        "nl": "document groeit uit tot meer dan {limit} waarden, de grens voor dit soort bestand, "
        "waarschijnlijk door aliassen",
    },
    "too_much_text_fixed": {
        "en": "document expands through aliases to more than {limit} characters, the limit for this "
        "kind of file",
        "nl": "document groeit door aliassen uit tot meer dan {limit} tekens, de grens voor dit soort "
        "bestand",
    },
    "too_many_values_fixed": {
        "en": "document holds more than {limit} values, the limit for this kind of file",
        "nl": "document bevat meer dan {limit} waarden, de grens voor dit soort bestand",
    },
    "too_deep_parser": {
        "en": "nesting deeper than {limit} levels, the most the YAML parser reads",
        "nl": "dieper genest dan {limit} niveaus, het meeste dat de YAML-parser leest",
    },
    "folder_not_readable": {"en": "cannot read folder: {reason}", "nl": "kan map niet lezen: {reason}"},
    "stdin_closed": {
        "en": "standard input is closed: there is nothing to read",
        "nl": "standaardinvoer is gesloten: er valt niets te lezen",
    },
    "output_is_input": {
        "en": "{path} is also an input of this run: it is not overwritten (write {target} to another file)",
        "nl": "{path} is ook invoer van deze run: het wordt niet overschreven (schrijf {target} naar een "
        "ander bestand)",
    },
    "output_is_stdin": {
        "en": "{path} is the file standard input is read from: it is not overwritten (write {target} to "
        "another file)",
        "nl": "{path} is het bestand waaruit de standaardinvoer leest: het wordt niet overschreven (schrijf "
        "{target} naar een ander bestand)",
    },
    "output_is_config": {
        "en": "{path} is the configuration of this run: it is not overwritten (write {target} to another "
        "file)",
        "nl": "{path} is de configuratie van deze run: het wordt niet overschreven (schrijf {target} naar "
        "een ander bestand)",
    },
    "output_is_factor_file": {
        "en": "{path} is a file of the factor set of this run: it is not overwritten (write {target} to "
        "another file)",
        "nl": "{path} is een bestand van de factorset van deze run: het wordt niet overschreven (schrijf "
        "{target} naar een ander bestand)",
    },
    "output_is_baseline": {
        "en": "{path} is the baseline this run is held to: it is not overwritten (write {target} to "
        "another file; --write-baseline writes a baseline)",
        "nl": "{path} is de baseline waaraan deze run wordt gehouden: het wordt niet overschreven (schrijf "
        "{target} naar een ander bestand; --write-baseline schrijft een baseline)",
    },
    "word_report": {"en": "the report", "nl": "het rapport"},
    "word_baseline": {"en": "the baseline", "nl": "de baseline"},
    "write_not_file": {
        "en": "cannot write {path}: it is {kind}, not a file",
        "nl": "kan {path} niet schrijven: het is {kind}, geen bestand",
    },
    "more_problems": {
        "en": "and {count} more problems in this file, not shown; fix the ones above first",
        "nl": "en nog {count} problemen in dit bestand, niet getoond; los eerst de bovenstaande op",
    },
    "internal_file_error": {
        "en": "internal error while checking this file: {detail} (the other files are checked; please report it)",
        "nl": "interne fout bij het controleren van dit bestand: {detail} (de andere bestanden worden gecontroleerd; "
        "meld het alsjeblieft)",
    },
    "cwd_unusable": {
        "en": "the working folder cannot be used (was it removed?): {reason}",
        "nl": "de werkmap is niet te gebruiken (is hij verwijderd?): {reason}",
    },
    "output_failed": {
        "en": "cannot write the report: {reason}",
        "nl": "kan het rapport niet schrijven: {reason}",
    },
    "config_toml_deep": {
        "en": "invalid TOML: nesting deeper than {limit} levels",
        "nl": "ongeldige TOML: dieper genest dan {limit} niveaus",
    },
    "config_toml_number": {
        "en": "invalid TOML: a number of more than {limit} digits",
        "nl": "ongeldige TOML: een getal van meer dan {limit} cijfers",
    },
    "factor_text_control": {
        "en": "'{key}' holds a control character ({char}); factor texts reach terminals and CI logs, "
        "so write plain text",
        "nl": "'{key}' bevat een stuurteken ({char}); factorteksten komen in terminals en CI-logs "
        "terecht, dus schrijf gewone tekst",
    },
    "factor_text_line_break": {
        "en": "'{key}' holds a line break; write it on one line (a folded '>-' block is fine)",
        "nl": "'{key}' bevat een regeleinde; schrijf het op één regel (een gevouwen '>-'-blok mag)",
    },
    "factor_not_finite": {
        "en": "'{key}' is {found}, not a finite number",
        "nl": "'{key}' is {found}, geen eindig getal",
    },
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


def counted(code: str, lang: str, count: int, **params: Any) -> str:
    """Message `code` for a count: its `_one` variant, where there is one, for exactly one."""
    if count == 1 and f"{code}_one" in MESSAGES:
        code = f"{code}_one"
    return message(code, lang, count=count, **params)


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
