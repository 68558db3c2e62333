"""Is a term mentioned affirmatively, or only in a negated clause? (docs/contract.md section 2)

`find_mention(text, terms)` finds the terms of a `mentions` condition (literal,
case-insensitive, where a term starts a word) and asks of
each place whether it sits in a negated clause. The first mention in an affirmative clause wins;
failing that, the first mention in a negated clause comes back with `negated=True` and its clause
as evidence; no mention at all is None (silence). "Het aanbod is niet gericht op empowerment"
negates empowerment; "Het aanbod is niet alleen gericht op empowerment" does not.

A heuristic for Dutch and English prose, made of a few fixed regular expressions (our own, never
built from a term: terms come from factor files) and fixed word lists; no parser, no recursion.
The text is cut into pieces lazily, only as far as the mentions found; a piece is cut into
clauses only when a term is found in it and it holds a negator, or when its clause is the
evidence, so a long text costs time in proportion to its length, even when every sentence
holds a negated mention (tests/test_negation.py holds a large one).

Clauses. Negation reaches as far as its clause. A clause ends at sentence punctuation (. ; : ! ?
and an ellipsis), at brackets, a bullet, an em dash and a dash with spaces around it, and at a
line break before a blank line, a list item (- * + > •) or a number like "1." or "2)"; a line
break before a word is a wrapped line and joins, so a YAML literal block (`|`) reads as its folded
form (`>`) does. A
full stop followed directly by a letter or digit never ends a clause ("o.a", "1.5",
"www.nji.nl"), nor does a comma or colon between digits ("1,5", "10:30"). A full stop with a space
after it does not end one after a dotted abbreviation of one- or two-letter parts ("o.a.",
"z.g.a.", "e.g.", "i.e.", "m.b.v."), after a listed one ("bijv.", "bv.", "vgl.", "ca.", "zgn.",
"incl.", "evt.", "vs.", "dr." ...), after "etc.", "enz.", "e.d.", "max.", "min." unless a
capital or the end follows, nor in "no. 5" and "nr. 5". Inside a sentence a clause starts at a contrastive
or subordinating conjunction: maar, doch, wel, terwijl, behalve, uitgezonderd, hoewel,
alhoewel, ofschoon, tenzij, omdat, doordat, zodat, opdat, wanneer, indien, nadat, voordat,
zodra, mits; but, whereas, while, whilst, although, though, except, unless, because, when,
whenever, if. Contrast adverbs that also stand inside a clause (echter, daarentegen,
integendeel, desondanks, nochtans, evenwel; however, nevertheless, nonetheless, instead, rather,
conversely: "Het netwerk wordt echter niet betrokken" stays negated) do not cut where they stand;
they make their comma segment a clause of its own. Ambiguous subordinators (als, dat, die, wat,
waar..., om; that, which, who, where, since, after, before, once, so) cut only after a comma.

Commas. A comma may part list items, which share the negation before them ("niet gericht op
empowerment, eigen regie of het netwerk": all three negated), or two clauses ("We geven geen
huiswerk, het sociale netwerk wordt actief betrokken": the second is affirmative). A comma
segment starts a new clause when (a) it holds a contrast adverb or "wel" ("..., het netwerk
wel"), or starts with a conjunction from the lists above, a subordinator (also after "ook",
"zelfs", "also", "even", en/of/and/or: "..., ook als ...") or a restricting word ("alleen",
"enkel", "slechts", "uitsluitend", "juist", "only", "solely", "merely": "geen groepen, alleen
thuisbezoeken"); or (b) the clause before it looks like a clause or holds a negator, and the
segment looks like a clause or holds a negator of its own. A clause so far looks like one with a
verb from a short fixed list (is, wordt, heeft, krijgen, betrekken, toont; is, are, has, gets,
involves ...), a subject pronoun first (we, ze, zij, hij, er, dit; we, they, it, there ...; also
after en/of/and/or), or six words. A segment after the comma looks like one with such a verb or
pronoun, eight words, or five without en/of/and/or (a list tail that long has one). Otherwise the
segment continues the clause: a list item, or a list head before its clause ("Empowerment, eigen
regie en het netwerk komen niet aan bod": all three negated). A lone contrast adverb between
commas ("The network, however, is not involved") is transparent. So a verbless negated fragment
ends at its comma when a clause follows ("Geen huiswerk, het netwerk wordt betrokken"), and a
negated clause spreads over a short verbless tail ("..., eigen regie of het netwerk").

Negators. Dutch: niet, geen, zonder, nooit, niets, niks, noch, nergens, geenszins, niemand,
nimmer, evenmin, allerminst, nee, and the verb ontbreken (ontbreekt, ontbrak); English: not,
no, without, never, none, nothing, nobody, nowhere, no-one, nor, neither, cannot, lacks,
lacking, absent, and every word ending in "n't" or "n’t" (don't, isn't, won't, can't); and "in plaats van", "instead of", "rather than", which negate what follows them
as "zonder" does. Negators are whole words: "nietig", "knot", "notably", "nothingness" are
plain words, and a hyphen joins words into one, so "niet-westerse ouders" and "no-show" negate
nothing. "nobody", "niemand" and "nowhere" are negators, as "nergens" is; "scarcely" words
(nauwelijks, zelden, hardly, rarely, seldom) are not: they still mention the term. The negators
in a clause are counted and an odd count negates it, so "niet zonder", "not without", "nooit
zonder" and "geen ouder gaat naar huis zonder een plan" are affirmative. Three rules keep the
count from pairing negations that do not nest: "zonder", "without", "in plaats van", "instead
of" and "rather than" start a clause of their own unless the clause so far is negated ("Ouders
versterken hun eigen regie zonder dat het netwerk wordt betrokken": eigen regie stays
affirmative); a negator right after en/of/and/or starts a clause at that word ("geen huiswerk en
geen netwerk": both negated); and a negator in an already negated clause after an en/of/and/or
starts a clause at the last of those ("Het netwerk wordt niet betrokken en de eigen regie wordt
niet versterkt": both negated). "noch", "nor" and "neither" negate only a clause that nothing
negated before them, so "neither X nor Y", "noch X noch Y" and "not X nor Y" are one negation.
A negator inside the term itself (a term "zonder oordeel") is not counted for that term.

Not negation. "niet alleen", "niet enkel", "niet slechts", "niet uitsluitend", "niet louter",
"not only", "not just", "not merely", "not solely", "not simply", "not exclusively" (with "maar
ook" / "but also" or without); "not least", "niet in de laatste plaats", "not to mention",
"niet te vergeten"; the amounts "niet meer dan", "niet minder dan", "no more than", "no less
than", "no fewer than", "not more than", "not less than"; "no matter", "no doubt"; the choice "al
dan niet", "wel of niet", "wel of geen", "whether or not", and "of niet" / "or not" at the end of
a clause; "no. 5". Negations all the same: "no longer", "niet langer", "niet meer", "nog niet",
"not yet", and "niet zozeer X maar Y" (X negated, the "maar" clause affirmative).

Circumstances. A negated clause may describe the families rather than deny what the
intervention does. Its mention is then no "no" and is left out (`_Piece.circumstance`, whose
docstring has the three narrow forms): a condition that closes with a comma after its negator
("Als ouders geen sociaal netwerk hebben, ..."), a Dutch relative clause right after the parents
it is about and before its own verb, or an English one ("Ouders die zich niet gesteund voelen
door hun netwerk", "Parents who have no social network"), and what parents or children have or
lack, said of many or often or as the reason ("Omdat veel ouders geen sociaal netwerk hebben").
"Tenzij ouders dat vragen, wordt het sociale netwerk niet betrokken", "Zowel ouders als kinderen krijgen
geen hulp", "De ouders die deelnemen krijgen geen hulp bij hun sociale netwerk" and "Ouders hebben in
deze training geen contact met lotgenoten" stay negated. An affirmative sentence that opens with
what the families lack ("Veel ouders missen een sociaal netwerk", "Many parents lack a social
network") is left out too (`_lacked`): it would name the network as if the intervention used it. Family sentences of other shapes
("Veel ouders kunnen niet terugvallen op hun netwerk") are still read as a no.

Known limits, where the text is read literally: "zonder"/"without" at the start of a sentence
reaches to the end of its clause ("Zonder huiswerk werken we aan eigen regie" negates eigen
regie; with a comma after "huiswerk" it does not); two clauses joined by
en/and without a comma share one negation unless each has its own ("Het netwerk wordt niet
uitgenodigd en de ouders houden de eigen regie" negates eigen regie); a colon always cuts, so a
negated list after "Wat we niet doen:" reads as affirmative; a negated predicate negates its
subject ("Respect is niet vanzelfsprekend", "Het netwerk is niet onbelangrijk").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

__all__ = ["Mention", "find_mention", "says_no", "sentence_says_no"]


class Mention(NamedTuple):
    start: int  # where the term starts in `text`
    end: int  # where it ends
    negated: bool  # the term sits in a negated clause
    clause: tuple[int, int]  # that clause in `text`, stripped of spaces and punctuation around it


def find_mention(text: str, terms: tuple[str, ...]) -> Mention | None:
    """The first mention of any term in an affirmative clause; else the first in a negated
    clause; else None. `terms` are lower case, longest first (as conditions.mentions_terms makes
    them). A term matches where it starts a word, case-insensitively."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: keep positions
        lowered = "".join(ch.lower()[0] for ch in text)
    clauses: _Text | None = None
    best_yes: tuple[int, int] | None = None  # (start, end) of the first affirmative mention
    best_no: tuple[int, int] | None = None
    for term in terms:
        if not term:
            continue
        at = lowered.find(term)
        while at != -1:
            # Longer terms come first: a later term must start strictly earlier to win.
            if best_yes is not None and at >= best_yes[0]:
                break
            before = lowered[at - 1] if at else " "
            if not (before.isalnum() or before == "_"):
                if clauses is None:
                    clauses = _Text(text, lowered)
                if not clauses.negated(at, at + len(term)):
                    if not clauses.lacked(at, at + len(term)):
                        best_yes = (at, at + len(term))
                        break
                    # What the families lack ("Veel ouders missen een sociaal netwerk") is
                    # their situation, not something the intervention does: left out.
                elif (best_no is None or at < best_no[0]) and not clauses.circumstance(at):
                    best_no = (at, at + len(term))
            at = lowered.find(term, at + 1)
    if clauses is None:
        return None
    if best_yes is not None:
        return Mention(*best_yes, False, clauses.span(*best_yes))
    if best_no is not None:
        return Mention(*best_no, True, clauses.span(*best_no))
    return None


# -- a whole text that says no --------------------------------------------------------------------

# A field answered with only one of these says "no", as `false` does: "supervision: nee",
# "empowerment: n.v.t." (Dutch forms write "n.v.t.", niet van toepassing, where a question does
# not apply to the intervention). Compared in lower case, without the punctuation around them.
NO_WORDS = frozenset(
    [
        "nee",
        "neen",
        "geen",
        "niets",
        "niks",
        "nooit",
        "n.v.t",
        "nvt",
        "niet van toepassing",
        "no",
        "none",
        "nothing",
        "never",
        "n/a",
        "not applicable",
    ]
)


def is_no_word(text: str) -> bool:
    """Is the whole text one of NO_WORDS?"""
    return text.strip().strip(_STRIP).strip().lower() in NO_WORDS


# What may follow a leading no-word and still leave it a "no": an explanation. A contrast turns
# it round ("Geen, maar wel intervisie"), and so does "alleen"/"only" ("Nee, alleen intervisie"
# still names something).
_TURNS = frozenset(
    ["maar", "wel", "alleen", "enkel", "slechts", "behalve", "but", "only", "except", "however"]
)
# A no-word at the start of a text, the longest that fits ("niet van toepassing", not "niet").
_NO_WORD_FIRST = re.compile("|".join(re.escape(word) for word in sorted(NO_WORDS, key=len, reverse=True)))
_NO_INITIALS = frozenset(word[0] for word in NO_WORDS)
_PUNCTUATION = frozenset(".,;:!?()[]{}—–-")


def says_no(text: str) -> bool:
    """Does the text answer no? Only in so many words: a no-word alone ("nee", "n.v.t.", "Not
    applicable"), or first, followed by punctuation and an explanation ("Nee; ouders komen alleen
    naar de bijeenkomsten.", "N.v.t.: de cursus is eenmalig.", "Geen (externe) supervisie."),
    unless what follows turns it round ("Geen, maar wel intervisie"). A sentence is an answer,
    whatever its negations: "Supervisie is verplicht en kan niet worden overgeslagen" says yes,
    and no count of negators can tell it from "Er is geen supervisie" (docs/contract.md section
    7), so a field of its own says no with `false` or a no-word."""
    if len(text) < 32 and is_no_word(text):  # the common no: short
        return True
    start = text.lstrip()
    # Most texts are answers, and their first letter already tells them from every no-word:
    # no lower-case copy of a long description, which several criteria read.
    if start[:1].lower() not in _NO_INITIALS:
        return False
    lowered = start.lower()
    word = _NO_WORD_FIRST.match(lowered)
    if word is None:
        return False
    rest = lowered[word.end() :].lstrip(" ")
    if rest and (rest[0] not in _PUNCTUATION or (rest[0] == "-" and rest[1:2].isalnum())):
        return False  # "Geen supervisie", "No-one": the word starts a sentence, an answer
    following = _TOKENS.findall(rest)
    words = [w for w in following if w != ","]
    return not (words and words[0] in _TURNS)


# Words that may stand before the negation of a sentence that answers no: "Er is geen
# supervisie", "We hebben geen handboek", "Wordt niet gegeven", "Op dit moment nog niet",
# "There is no manual", "We do not ...". Function words only: a noun ("Het handboek is niet
# openbaar") ends the opening, and the sentence is an answer.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OPENING = _words(
    "nog momenteel helaas op dit dat moment tot nu toe het daar hier in principe ook eigenlijk "
    "gebeurt gebeuren vindt plaats currently unfortunately still yet so far at present to date our "
    "also actually happens"
)
# After the negator, words that make it "not always" or "not every", a part rather than a no.
_PART = _words(
    "altijd elke ieder iedere alle allemaal steeds vaak veel heel erg zo voldoende genoeg "
    "always every each all often much many very so enough"
)
_AMOUNT = frozenset(["minder", "meer", "less", "more", "fewer"])
# What a "no" may deny that is itself something unwanted: "Er is geen uitval" says the
# retention is good, "Geen wachtlijst" that parents start at once. Such a sentence is an answer.
_UNWANTED = _words(
    "uitval uitvallers verloop personeelsverloop wisselingen wachtlijst wachtlijsten wachttijd "
    "wachttijden drempel drempels beperking turnover "
    "beperkingen klachten problemen kosten bijdrage dropout drop-out drop-outs attrition "
    "waiting barrier barriers restrictions complaints problems costs charge fee fees"
)
# A later clause with one of these offers something in place of what is denied: "Geen supervisie,
# wel intervisie", "No supervision, but peer review".
_OFFERS = _words(
    "maar wel alleen enkel slechts behalve uitgezonderd echter daarentegen but only except however instead"
)
_LAST_WORD_NO = frozenset(["ontbreekt", "ontbreken", "ontbrak", "afwezig", "missing", "absent", "lacking"])
# A second sentence: a full stop, question or exclamation mark, white space, and more text.
_SENTENCES = re.compile(r"[.!?]\s+\S")


def sentence_says_no(text: str, field: str = "") -> bool:
    """Does a sentence in a field of its own say no (docs/contract.md section 7)? When
    `says_no` does, or when the text is one sentence that opens with a negation and offers
    nothing in its place: "Er is geen supervisie.", "Geen supervisie", "Niet aanwezig.",
    "Wordt niet gegeven.", "We hebben geen handboek", "Nog niet; volgt in 2026", "No
    supervision.", "Ontbreekt.", "Een handboek ontbreekt.".

    An answer all the same: a sentence whose negation comes after a noun ("Het handboek is niet
    openbaar", "Supervisie is verplicht en kan niet worden overgeslagen"), a double negation
    ("Niet zonder supervisie"), "niet alleen", a part ("Er is niet altijd supervisie"), an offer
    in a later clause ("Geen supervisie, wel intervisie"), and a text of more than one sentence
    ("Er is geen apart handboek. De werkwijze staat in de methodiekbeschrijving."), which may
    describe in its second sentence what its first denies. A text over 400 characters is a
    description, whatever its first words.

    What `field` is about (topics.yaml) settles two more: "geen" before the field's topic after
    a subject ("De trainers krijgen geen supervisie") says no; a denial of something else
    followed by an answer ("We werken niet met vrijwilligers; alle trainers zijn pedagoog", in
    qualifications) does not."""
    if says_no(text) or _labelled_no(text, field):
        return True
    if not _opening_says_no(text, field):
        return False
    return not _denies_something_else_then_answers(text, field)


def _labelled_no(text: str, field: str) -> bool:
    """A form's label for the field's own topic, a colon and a no-word: "Supervisie: nee." in
    supervision. A label about something else is no answer to the field ("Verplicht: nee",
    "Kosten: geen")."""
    if not field or ":" not in text or len(text) >= 64:
        return False
    label, _, answer = text.partition(":")
    words = label.lower().split()
    return 0 < len(words) <= 3 and is_no_word(answer) and _about(words, field)


def _opening_says_no(text: str, field: str) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > 400 or _SENTENCES.search(stripped):
        return False
    lowered = stripped.lower()
    if not _MAY_SAY_NO.search(lowered):
        return False  # most texts: no word that could say no, so nothing to take apart
    words = [word for word in _TOKENS.findall(lowered) if word != ","]
    at = _after_opening(words)
    if at is None:
        return False
    negation = _negator(words[at])
    last_word_no = len(words) <= 6 and words[-1] in _LAST_WORD_NO
    if not negation and not last_word_no and not any(_negator(word) for word in words[at + 1 :]):
        return False  # no negation after the opening and no last word that says no: an answer
    if any(_offers(words, k) for k in range(at + 1, len(words))) or "in plaats" in lowered:
        return False
    # Where each word is: only for the few texts that may say no.
    found = [m for m in _TOKENS.finditer(lowered) if m.group() != ","]
    if not negation:
        if _denied_after_its_subject(stripped, lowered, found) or _topic_denied(
            stripped, lowered, found, field
        ):
            return True
        if not last_word_no:
            return False
    if negation:
        after = words[at + 1 : at + 3]
        if after and (after[0] in _PART or after[0] in _UNWANTED):
            return False
        if len(after) == 2 and after[0] in _AMOUNT and after[1] in ("dan", "than"):
            return False  # an amount: "Nooit minder dan één keer per maand"
        if at + 1 == len(words) or any(
            ch in ".;:!?," for ch in lowered[found[at].end() : found[at + 1].start()]
        ):
            return True  # the negation ends its clause: "Helaas niet.", "Nog niet; volgt in 2026"
    if words[-1] in ("missing", "afwezig"):  # no negators in running text: nothing to count
        return True
    # The count of the clause decides ("niet zonder", "niet alleen" are no negation), asked of a
    # word that is not itself a negator (a negator does not negate itself).
    probe = next((m for m in found[at:] if not _negator(m.group())), None)
    probe = probe or next((m for m in found[:at] if not _negator(m.group())), None)
    if probe is None:
        return True  # negators only: "Niet.", "Ontbreekt."
    return _Text(stripped, lowered).negated(probe.start(), probe.end())


def _offers(words: list[str], k: int) -> bool:
    """Does the word at `k` offer something in place of what is denied ("Geen supervisie, wel
    intervisie")? "maar" before an amount means "only" ("de cursus duurt maar zes weken")."""
    if words[k] not in _OFFERS:
        return False
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return not (words[k] == "maar" and (nxt[:1].isdigit() or nxt in _NUMBER_WORDS))


_NUMBER_WORDS = _words("een één twee drie vier vijf zes zeven acht negen tien elf twaalf enkele")
# The particle of a Dutch separable verb, which may follow the negation ("We bellen niet na").
_PARTICLES_NL = _words("na mee op uit aan af bij toe terug door om")
# Words that open a sentence with a dependent clause, after which the main clause follows.
_LEADING_DEPENDENT = _words(
    "omdat doordat aangezien tenzij als wanneer indien zodra nadat voordat hoewel terwijl "
    "because unless if when although since once"
)
# "wordt niet gemeten", "is not monitored": a passive denies what it is about.
_PASSIVE_NL = frozenset(["wordt", "worden", "werd", "werden"])
_PERFECT_NL = frozenset(["is", "zijn", "was", "waren"])
_PASSIVE_EN = frozenset(["is", "are", "was", "were", "gets", "get"])
_PARTICIPLES_EN = _words("given done taken held kept made paid seen known met shown taught sought")


def _denied_after_its_subject(stripped: str, lowered: str, found: list[re.Match[str]]) -> bool:
    """A sentence that names its subject first and then denies what the field asks, as Dutch
    writers often do: a passive ("Het netwerk wordt niet actief betrokken", "Programmatrouw is
    niet gemeten", "Fidelity is not monitored"), also after a clause of its own ("Ouders die
    een bijeenkomst missen, worden niet nagebeld"), or a main clause that ends in its negation
    ("Wij meten de programmatrouw niet", "We betrekken het netwerk niet"). Not a negation of a
    property ("Het handboek is niet openbaar", "Supervisie is niet verplicht"), nor one in a
    clause that depends on another ("Ouders die niet komen, worden nagebeld")."""
    words = [m.group() for m in found]
    for i, word in enumerate(words):
        if word not in ("niet", "nooit", "not", "never") and not word.endswith(("n't", "n’t")):
            continue
        if not _main_clause_at(lowered, found, i):
            continue  # the negation of a clause that depends on another
        before = lowered[: found[i].start()]
        # The first main clause: nothing cut before it, or only a leading dependent clause
        # ("Tenzij ouders dat vragen, betrekken we het netwerk niet").
        first_clause = not any(mark in before for mark in ",;:") or (
            bool(words)
            and words[0] in _LEADING_DEPENDENT
            and before.count(",") == 1
            and ";" not in before
            and ":" not in before
        )
        aux = words[i - 1] if i else ""
        if word.endswith(("n't", "n’t")):
            aux, rest = word[:-3], words[i + 1 : i + 3]
        else:
            rest = words[i + 1 : i + 3]
        if rest and rest[0] in _PART:
            continue  # "wordt niet altijd gemeten": a part
        # The clause ends at the negator, or after a verb's particle when the writers speak of
        # what they do ("We bellen niet na"); not of what others do ("Ouders vallen niet uit"
        # is good news, "De coördinator kijkt niet mee" is left an answer).
        ours = any(w in _PERSONS for w in words[:i])
        last = i + 1 if ours and i + 1 < len(found) and words[i + 1] in _PARTICLES_NL else i
        ends_clause = last + 1 == len(found) or any(
            ch in ".;:!?," for ch in lowered[found[last].end() : found[last + 1].start()]
        )
        passive = (
            aux in _PASSIVE_NL
            or (aux in _PERFECT_NL and any(_dutch_participle(w) for w in rest))
            or (aux in _PASSIVE_EN and any(w.endswith("ed") or w in _PARTICIPLES_EN for w in rest))
            # After a leading clause the verb comes first: "..., wordt de programmatrouw niet
            # gemeten", "..., worden ze niet nagebeld".
            or (
                any(w in _PASSIVE_NL for w in words[max(0, i - 3) : i])
                and any(_dutch_participle(w) for w in rest)
            )
        )
        main_clause_end = ends_clause and first_clause and i >= 2 and word in ("niet", "nooit")
        if not (passive or main_clause_end):
            continue
        # The count of the clause decides ("wordt niet zonder toestemming gedeeld" says yes).
        probe = next((m for m in found[i + 1 :] if not _negator(m.group())), None)
        if probe is None or main_clause_end:
            probe = next((m for m in reversed(found[:i]) if not _negator(m.group())), None)
        return probe is not None and _Text(stripped, lowered).negated(probe.start(), probe.end())
    return False


@cache
def _topics() -> dict[str, tuple[str, ...]]:
    """What each field is about (topics.yaml), read the first time a sentence needs it."""
    import yaml

    raw = yaml.safe_load(Path(__file__).with_name("topics.yaml").read_text(encoding="utf-8"))
    return {path: tuple(word.lower() for word in words) for path, words in raw.items()}


def _about(words: list[str], field: str) -> bool:
    """Does any of `words` start with a word of the field's topic?"""
    topic = _topics().get(field) or _topics().get(field.rsplit(".", 1)[-1], ())
    phrase = " " + " ".join(words)
    return any(f" {start}" in phrase for start in topic)


def _main_clause_at(lowered: str, found: list[re.Match[str]], i: int) -> bool:
    """Is the word at `i` in a clause that does not depend on another ("die", "als", "that")?"""
    start = max(lowered.rfind(mark, 0, found[i].start()) for mark in ",;:")
    first = _TOKENS.search(lowered, start + 1)
    return first is not None and _ROLES.get(first.group()) not in (_SUBORD, _SPLIT)


def _topic_denied(stripped: str, lowered: str, found: list[re.Match[str]], field: str) -> bool:
    """ "De trainers krijgen geen supervisie": "geen"/"no" before the field's own topic, in a
    main clause, after its subject and verb; so does "zonder"/"without" ("De cursusleiders
    werken zelfstandig, zonder begeleiding", in supervision). Not when the text names the
    topic before it: that is an answer with a detail left out."""
    if not field:
        return False
    words = [m.group() for m in found]
    for i, word in enumerate(words):
        if word not in ("geen", "no", "zonder", "without") or not _main_clause_at(lowered, found, i):
            continue
        if word in ("zonder", "without") and not any(_ROLES.get(w) in (_VERB, _PRON) for w in words[:i]):
            continue  # "Ouders zonder sociaal netwerk krijgen een maatje": who, not what is done
        if _about(words[i + 1 : i + 4], field):
            if _about(words[:i], field):
                return False  # the topic named first: "Maandelijkse supervisie, geen vaste supervisor"
            return _Text(stripped, lowered).negated(found[i + 1].start(), found[i + 1].end())
    return False


# A clause that puts the answer off ("Nog niet; volgt in 2026") answers nothing yet.
_LATER = _words("volgt later binnenkort komt komen gepland follows soon planned will")


def _denies_something_else_then_answers(text: str, field: str) -> bool:
    """A first clause that denies what is not the field's topic, followed by a clause (after ;
    or :) that answers without a negation: "We werken niet met vrijwilligers; alle trainers zijn
    pedagoog op hbo-niveau" answers qualifications. "Geen supervisie: de uitvoerders zijn ervaren"
    denies supervision itself and stays a no."""
    if not field:
        return False
    lowered = text.strip().lower()
    cut = min((at for at in (lowered.find(";"), lowered.find(":")) if at != -1), default=-1)
    if cut == -1:
        return False
    denied = [w for w in _TOKENS.findall(lowered[:cut]) if w != "," and not _negator(w)]
    rest = [w for w in _TOKENS.findall(lowered[cut + 1 :]) if w != ","]
    if not denied or not rest or _about(denied, field):
        return False
    return not any(_negator(w) or w in _LATER for w in rest)


def _dutch_participle(word: str) -> bool:
    """gemeten, nagebeld, ingezet, opgeleid: "ge" at the start or after a short prefix."""
    return len(word) > 4 and "ge" in word[:5] and word.endswith(("d", "t", "en"))


def _after_opening(words: list[str]) -> int | None:
    """Where the opening of a sentence ends: after function words, and after the verb that
    follows a person ("We bellen niet na", "They do not"), whatever verb it is."""
    verb_may_follow = False
    for i, word in enumerate(words[:8]):
        if word in _OPENING or _ROLES.get(word) in (_VERB, _PRON):
            verb_may_follow = word in _PERSONS
        elif verb_may_follow and not _negator(word):
            verb_may_follow = False
        else:
            return i
    return None


_PERSONS = frozenset(["we", "wij", "ze", "zij", "men", "they", "i", "ik"])


def _negator(word: str) -> bool:
    return _ROLES.get(word) in (_NEG, _SCOPED) or word.endswith(("n't", "n’t"))


# -- the tokenisers -------------------------------------------------------------------------------

# Where a piece of text ends: a clause end whatever the words around it. A full stop directly
# followed by a letter or digit ("o.a", "1.5", "www.nji.nl") never ends one; a single full stop
# after a word may be an abbreviation's (`_abbreviation`). A line break ends a piece before a
# blank line, a list item or a number like "1." or "2)", not before a word, capital or not: a
# YAML literal block (`|`) then reads as its folded form (`>`) does, and a name at the start of a
# wrapped line ("ook niet via\nBuurtgezinnen") stays in its clause.
_STOPS = re.compile(
    r"(?=[.;!?…()\[\]{}•—:\-–\r\n])"  # a first look that makes the search fast
    r"(?:\.+(?![^\W_])"
    r"|[;!?…()\[\]{}•—](?:[\s;!?…()\[\]{}•—]*[;!?…()\[\]{}•—])?"
    r"|:(?!(?<=\d:)\d)"
    r"|(?<=\s)[-–](?=\s)"
    r"|(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))+"
    r"|(?:\r\n?|\n)(?=[ \t]*(?:$|[-*+>•·–—]|\d+[.)])))"
)
# Inside a piece: a word is letters and digits, joined by a hyphen, an apostrophe or a dot
# ("niet-westerse", "don't", "o.a", "1.5"), and by a comma or colon between digits ("1,5",
# "10:30"); and a comma.
# `split` gives the gaps and the tokens in turn, whose lengths give the places.
_TOKENS = re.compile(r"([^\W_]+(?:(?:[-'’.]|(?<=\d)[,:](?=\d))[^\W_]+)*|,)")

# Abbreviations whose full stop never ends a clause, and those that end one before a capital.
_ABBREVIATIONS = frozenset(
    {"bijv", "bv", "vb", "vgl", "ca", "zgn", "resp", "incl", "excl", "evt", "vs", "dhr", "mevr", "mw"}
    | {"blz", "pag", "cf", "approx", "dr", "drs", "prof", "mr", "mrs", "ms"}
)
_ABBREVIATIONS_AT_END = frozenset(["etc", "enz", "e.d", "usw", "max", "min"])

# -- word roles -----------------------------------------------------------------------------------

_PLAIN, _NEG, _SCOPED, _NOR, _SPLIT, _WEL, _ADV, _COORD, _ONLY, _SUBORD, _VERB, _PRON = range(12)
_NONE = -1  # not a word


def _role_table() -> dict[str, int]:
    groups: list[tuple[int, str]] = [
        (_NEG, "niet geen nooit niets niks nergens geenszins niemand nimmer evenmin allerminst nee"),
        (_NEG, "not no never none nothing nobody nowhere no-one cannot"),
        # Verbs that say a thing is not there: "Aandacht voor eigen regie ontbreekt."
        (_NEG, "ontbreekt ontbreken ontbrak ontbraken lacks lacking absent"),
        (_SCOPED, "zonder without"),
        (_NOR, "noch nor neither"),
        (_SPLIT, "maar doch terwijl behalve uitgezonderd hoewel alhoewel ofschoon tenzij"),
        (_SPLIT, "omdat doordat zodat opdat wanneer indien nadat voordat zodra mits"),
        (_SPLIT, "but whereas while whilst although though except unless because when whenever if"),
        (_WEL, "wel"),
        (_ADV, "echter daarentegen integendeel desondanks nochtans evenwel"),
        (_ADV, "however nevertheless nonetheless instead rather conversely"),
        (_COORD, "en of and or"),
        (_ONLY, "alleen enkel slechts uitsluitend juist only solely merely"),
        (_SUBORD, "dat die wat wie waar waarin waarbij waardoor waarmee waarop waarvan als om"),
        (_SUBORD, "that which who whom whose where since after before once so"),
        (
            _VERB,
            "is zijn was waren ben bent wordt worden werd werden heeft hebben had hadden heb hebt "
            "kan kunnen kon konden kunt moet moeten moest mag mogen zal zullen zou zouden wil willen "
            "gaat gaan ging komt komen kwam krijgt krijgen kreeg geeft geven gaf biedt bieden staat "
            "staan stond blijft blijven houdt houden neemt nemen maakt maken doet doen deed laat laten "
            "leert leren werkt werken helpt helpen richt richten betrekt betrekken versterkt versterken "
            "ondersteunt ondersteunen begeleidt begeleiden oefent oefenen bespreekt bespreken bezoekt "
            "bezoeken ziet zien zoekt zoeken sluit sluiten stelt stellen voert voeren brengt brengen "
            "vindt vinden speelt spelen ervaart ervaren kiest kiezen bepaalt bepalen vormt vormen zet "
            "zetten ligt liggen duurt duren bestaat bestaan volgt volgen gebruikt gebruiken zorgt "
            "steunt steunen praat praten luistert luisteren denkt denken vraagt toont tonen voelt "
            "voelen weet weten lijkt lijken verloopt verlopen heten",
        ),
        (
            _VERB,
            "are am be been being has have do does did will would can could may might must "
            "shall should get gets got give gives gave offers helps supports works focuses uses aims "
            "needs involves involve builds strengthens strengthen learn learns receive receives take "
            "takes make makes go goes come comes keep keeps stay stays see sees become becomes "
            "remain remains feel feels engage engages include includes provide provides encourage "
            "encourages want wants think thinks find finds attend attends shows show seems seem "
            "know knows",
        ),
        (_PRON, "we wij ze zij hij ik je jij u men er dit deze they he she it i you there this these"),
    ]
    table = {word: role for role, words in groups for word in words.split()}
    table[","] = _NONE
    return table


_ROLES = _role_table()
# A word without which `_opening_says_no` cannot say no: a negator (`_negator`) or a last word
# that says no. Looked for in one pass, word-bounded as the tokens are (a superset: "niet-" in
# "niet-westerse" is found too, and the text is then read in full).
_MAY_SAY_NO = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {w for w, role in _ROLES.items() if role in (_NEG, _SCOPED)} | _LAST_WORD_NO,
            key=len,
            reverse=True,
        )
    )
    + r")(?![^\W_])|n['’]t"
)
_NEUTRAL_AFTER_NIET = frozenset(["alleen", "enkel", "slechts", "uitsluitend", "louter"])
_NEUTRAL_AFTER_NOT = frozenset(["only", "just", "merely", "solely", "simply", "exclusively", "least"])
# Words around a negator that may make it no negation: only then is `_not_a_negation` asked.
_NEUTRAL_NEXT = _NEUTRAL_AFTER_NIET | _NEUTRAL_AFTER_NOT | {"", ",", "meer", "minder", "te", "in", "to"}
_NEUTRAL_NEXT |= {"more", "less", "fewer", "matter", "doubt"}
_NEUTRAL_PREVIOUS = frozenset(["dan", "of", "or"])
# Words that may come before a subordinator at the start of a comma segment ("..., ook als ...").
_OPENERS = frozenset(
    ["ook", "zelfs", "juist", "vooral", "en", "of", "also", "even", "and", "or", "especially"]
)
# A cheap first look: a piece without any of these words has no negation to work out.
_HINTS = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(
        re.escape(w)
        for w in sorted((w for w, r in _ROLES.items() if r in (_NEG, _SCOPED, _NOR)), key=len, reverse=True)
    )
    + r"|plaats|instead|rather)(?![^\W_])|n['’]t(?![^\W_])"
)


# The same look, cheaper, for `says_no`, which most often finds nothing to look at: the words of
# the text (punctuation as spaces) against the negators. A hyphenated word may pass it ("niet-
# westerse"); the clauses then say what it is.
_HINT_WORDS = frozenset(w for w, r in _ROLES.items() if r in (_NEG, _SCOPED, _NOR)) | {
    "plaats",
    "instead",
    "rather",
}
_AS_SPACE = str.maketrans({ch: " " for ch in ".,;:!?()[]{}\"'“”„«»•·*-–—/…_&+=#@%<>|~^`$§\\\t\n\r"})


def _may_negate(lowered: str) -> bool:
    return (
        "n't" in lowered
        or "n’t" in lowered
        or not _HINT_WORDS.isdisjoint(lowered.translate(_AS_SPACE).split())
    )


def _not_a_negation(words: list[str], i: int, word: str) -> bool:
    """Is the negator at `i` part of a phrase that negates nothing ("niet alleen", "not only")?"""

    def at(k: int) -> str:
        return words[k] if 0 <= k < len(words) else ""

    prev, prev2, nxt, nxt2 = at(i - 1), at(i - 2), at(i + 1), at(i + 2)
    if word == "niet" and (
        nxt in _NEUTRAL_AFTER_NIET
        or (nxt in ("meer", "minder") and nxt2 == "dan")
        or (nxt == "te" and nxt2 == "vergeten")
        or (nxt == "in" and nxt2 == "de" and at(i + 3) == "laatste" and at(i + 4) == "plaats")
        or (prev == "dan" and prev2 == "al")
    ):
        return True
    if word in ("niet", "geen") and prev == "of" and prev2 == "wel":
        return True
    if word in ("niet", "not") and prev in ("of", "or") and nxt in ("", ","):  # "..., or not."
        return True
    if (word == "not" or word.endswith(("n't", "n’t"))) and (
        nxt in _NEUTRAL_AFTER_NOT
        or (nxt == "to" and nxt2 == "mention")
        or (prev == "or" and prev2 == "whether")
    ):
        return True
    if word in ("no", "not") and nxt in ("more", "less", "fewer") and nxt2 == "than":
        return True
    return word == "no" and nxt in ("matter", "doubt")


def _roles(words: list[str]) -> list[int]:
    """The role of each token of a piece: `words` holds the lower-case words, "," for a comma."""
    get = _ROLES.get
    roles = [get(word, _PLAIN) for word in words]
    last = len(words) - 1
    if "plaats" in words:
        for i, word in enumerate(words):
            if word == "in" and i + 2 <= last and words[i + 1] == "plaats" and words[i + 2] == "van":
                roles[i] = _SCOPED
    for i, word in enumerate(words):
        if word.endswith(("n't", "n’t")) and roles[i] == _PLAIN:
            roles[i] = _NEG
        elif word == "zonder" and _keeps_in_view(words, i):
            roles[i] = _PLAIN
    for i in [i for i, role in enumerate(roles) if role in (_NEG, _ADV, _WEL)]:
        word, role = words[i], roles[i]
        nxt = words[i + 1] if i < last else ""
        if role == _ADV:
            if (word == "instead" and nxt == "of") or (word == "rather" and nxt == "than"):
                roles[i] = _SCOPED
        elif role == _WEL:
            if nxt == "of" and i + 2 <= last and words[i + 2] in ("niet", "geen"):
                roles[i] = _PLAIN
        elif (nxt in _NEUTRAL_NEXT or (i and words[i - 1] in _NEUTRAL_PREVIOUS)) and _not_a_negation(
            words, i, word
        ):
            roles[i] = _PLAIN
    return roles


def _keeps_in_view(words: list[str], i: int) -> bool:
    """ "zonder de regie van ouders uit het oog te verliezen": without losing, so keeping."""
    following = words[i + 1 : i + 12]
    return any(
        following[k] == "te" and following[k + 1] in ("verliezen", "vergeten", "missen")
        for k in range(len(following) - 1)
    )


# -- pieces and clauses --------------------------------------------------------------------------


def _next_visible(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _word_before(lowered: str, end: int) -> str:
    """The short word ending at `end`, with its inner dots ("o.a", "e.g"); "" for a long one."""
    start = end
    while start > 0 and end - start <= 12:
        ch = lowered[start - 1]
        if ch.isalnum() or (ch in "-'’." and start > 1 and lowered[start - 2].isalnum()):
            start -= 1
        else:
            return lowered[start:end]
    return "" if start else lowered[:end]


def _abbreviation(word: str, text: str, after: int) -> bool:
    """Is the full stop right after `word` (and before `after`) part of an abbreviation?"""
    if word in _ABBREVIATIONS_AT_END:
        nxt = _next_visible(text, after)
        return nxt < len(text) and not text[nxt].isupper() and text[nxt] not in "\r\n"
    if word in _ABBREVIATIONS:
        return True
    if word in ("no", "nr"):
        nxt = _next_visible(text, after)
        return nxt < len(text) and text[nxt].isdigit()
    if "." in word:
        return all(0 < len(part) <= 2 and part.isalpha() for part in word.split("."))
    return False


class _Text:
    """A text cut into pieces at clause ends such as full stops, lazily, as far as asked. Each
    piece is cut into clauses (`_Piece`) only when a term is found in it and it has a negator."""

    def __init__(self, text: str, lowered: str) -> None:
        self.text, self.lowered = text, lowered
        self.stops = _STOPS.finditer(text)
        self.ends: list[int] = []  # where each piece read so far ends
        self.finished = False
        self.pieces: dict[int, _Piece | None] = {}  # None: a piece without a negator
        self.last: tuple[int, int, _Piece | None] = (0, -1, None)  # the piece last asked about

    def _piece_at(self, at: int) -> tuple[int, int, int]:
        """The number, start and end of the piece around `at`."""
        ends, text = self.ends, self.text
        while not self.finished and (not ends or ends[-1] <= at):
            for match in self.stops:
                start, end = match.span()
                if end - start == 1 and text[start] == "." and start:
                    word = _word_before(self.lowered, start)
                    if word and _abbreviation(word, text, end):
                        continue
                ends.append(end)
                break
            else:
                self.finished = True
        number = bisect_right(ends, at)
        return number, ends[number - 1] if number else 0, ends[number] if number < len(ends) else len(text)

    def _piece(self, at: int, plain_is_enough: bool) -> _Piece | None:
        """The clauses of the piece around `at`; None for a piece without a negator if that will do."""
        first, last, piece = self.last
        if first <= at < last and (piece is not None or plain_is_enough):
            return piece
        number, first, last = self._piece_at(at)
        if number in self.pieces and (self.pieces[number] is not None or plain_is_enough):
            piece = self.pieces[number]
        elif plain_is_enough and not _HINTS.search(self.lowered, first, last):
            piece = self.pieces[number] = None
        else:
            piece = self.pieces[number] = _Piece(self.lowered, first, last)
        self.last = (first, last, piece)
        return piece

    def lacked(self, start: int, end: int) -> bool:
        """Is the term at [start, end) what the families lack, in a sentence that says only that
        (`_lacked`)?"""
        _, first, last = self._piece_at(start)
        if not _LACK_HINT.search(self.lowered, first, start):
            return False  # the usual sentence: no lack verb before the term
        if end < len(self.lowered) and self.lowered[end].isalnum():
            return False  # part of a longer word: "lotgenotenbijeenkomst" is the intervention's
        # Nothing after the term but more of it: "..., daarom bouwen we dat op", "en daar werkt
        # de training aan", "which the programme helps them build" say what is done about it.
        rest = _TOKENS.findall(self.lowered, end, last)
        if any(
            w == "," or w in _OURS or _ROLES.get(w) in _ANOTHER_STATEMENT or _ROLES.get(w) == _PRON
            for w in rest
        ):
            return False
        return _lacked(_TOKENS.findall(self.lowered, first, start))

    def negated(self, start: int, end: int) -> bool:
        """Is the term at [start, end) in a negated clause?"""
        first, last, piece = self.last
        if not first <= start < last:
            piece = self._piece(start, True)
        return piece is not None and piece.negated(start, end)

    def circumstance(self, start: int) -> bool:
        """Does the negated clause around `start` describe a circumstance rather than deny what
        the intervention does (`_Piece.circumstance`)?"""
        piece = self._piece(start, False)
        return piece is not None and piece.circumstance(start)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end), without the spaces and punctuation around it."""
        piece = self._piece(start, False)
        assert piece is not None
        left, right = piece.clause(start)
        text = self.text
        while left < right and (text[left].isspace() or text[left] in _STRIP):
            left += 1
        while right > left and (text[right - 1].isspace() or text[right - 1] in _STRIP):
            right -= 1
        return min(left, start), max(right, end)


class _Piece:
    """The clauses of one piece of text: where each starts and how many negators it holds."""

    def __init__(self, lowered: str, start: int, end: int) -> None:
        self.end = end
        self.starts: list[int] = [start]
        self.counts: list[int] = []  # negators counted in each clause
        self.negators: list[int] = []  # where each counted negator starts, in order
        self._circumstances: dict[int, int] = {}  # by clause: where its circumstance ends (circumstance)
        self._reset()
        parts = _TOKENS.split(lowered[start:end])
        self.words: list[str] = parts[1::2]
        self.at = list(accumulate(map(len, parts), initial=start))[1:-1:2]  # where each word starts
        if "no" in self.words:
            for i, word in enumerate(self.words):
                if (
                    word == "no"
                    and lowered.startswith(".", self.at[i] + 2)
                    and _abbreviation("no", lowered, self.at[i] + 3)
                ):
                    self.words[i] = "no."  # "no. 5" is a number
        self.roles = _roles(self.words)
        first = 0
        comma: int | None = None
        for i in [i for i, role in enumerate(self.roles) if role == _NONE]:
            self._segment(first, i, comma)
            first, comma = i + 1, self.at[i] + 1
        self._segment(first, len(self.roles), comma)
        self.counts.append(self.count)

    def _reset(self) -> None:
        self.count = 0  # negators counted in the current clause
        self.has_negator = False  # any negator, counted or not
        self.size = 0  # words in the clause
        self.verb = False
        self.pronoun = False  # its first word, after en/of/and/or, is a subject pronoun
        self.coordinators = 0  # en/of/and/or words it starts with
        # The last en/of/and/or after the last negator: where, the words before it, a verb after it.
        self.coordinator: tuple[int, int, bool] | None = None

    def _cut(self, at: int) -> None:
        if at > self.starts[-1]:
            self.counts.append(self.count)
            self.starts.append(at)
        self._reset()

    def _clause_like(self) -> bool:
        """Does the clause so far look like one: a known verb, a pronoun first, or six words?"""
        return self.verb or self.pronoun or self.size >= 6

    def _segment(self, lo: int, hi: int, comma: int | None) -> None:
        """The comma segment of tokens [lo, hi): does it start a clause? Then cut inside it."""
        roles = self.roles[lo:hi]
        if not roles or (comma is not None and len(roles) == 1 and roles[0] == _ADV):
            return  # nothing, or a lone "however" between commas: transparent
        if comma is not None:
            first = roles[0]
            lead = next((role for role in roles if role != _COORD), _PLAIN)
            # A segment looks like a clause with a known verb, a pronoun first, eight words, or
            # five without en/of/and/or (a list item that long has them).
            clause_like = (
                lead == _PRON
                or _VERB in roles
                or len(roles) >= 8
                or (len(roles) >= 5 and _COORD not in roles)
            )
            negator = _NEG in roles or _SCOPED in roles or _NOR in roles
            if (
                _ADV in roles
                or _WEL in roles
                or first in (_SPLIT, _ONLY, _SUBORD)
                or (len(roles) > 1 and roles[1] == _SUBORD and self.words[lo] in _OPENERS)
                or ((self._clause_like() or self.has_negator) and (clause_like or negator))
            ):
                self._cut(comma)
        # Only the words with a role matter; `base + k` is the number of words in the clause
        # before word k of the segment.
        base = self.size
        for k in [k for k, role in enumerate(roles) if role != _PLAIN]:
            role, at = roles[k], self.at[lo + k]
            if role in (_SPLIT, _WEL):
                if base + k:
                    self._cut(at)
                    base = -k
            elif role in (_NEG, _SCOPED):
                base = self._negator(at, role, k > 0 and roles[k - 1] == _COORD, base, k)
            elif role == _NOR:
                if not self.has_negator:  # "neither X nor Y", "not X nor Y": one negation
                    self.negators.append(at)
                    self.count += 1
                self.has_negator = True
                self.coordinator = None
            elif role == _COORD:
                self.coordinator = (at, base + k, False)
                if base + k == self.coordinators:
                    self.coordinators += 1
            elif role == _VERB:
                self.verb = True
                if self.coordinator is not None:
                    self.coordinator = (self.coordinator[0], self.coordinator[1], True)
            elif role == _PRON and base + k == self.coordinators:
                self.pronoun = True
        self.size = base + len(roles)

    def _negator(self, at: int, role: int, after_coordinator: bool, base: int, k: int) -> int:
        """Count a negator, cutting first where it starts a clause; returns the new `base`."""
        coordinator, size = self.coordinator, base + k
        if after_coordinator and coordinator is not None and size > 1:
            # "geen huiswerk en geen netwerk": the coordinator starts a clause of its own.
            self._cut(coordinator[0])
            self.coordinators = 1
            base = 1 - k
        elif role == _SCOPED and self.count % 2 == 0 and size:
            # "... eigen regie zonder dat ...": zonder starts a clause unless it undoes a negation.
            self._cut(at)
            base = -k
        elif self.count % 2 and coordinator is not None:
            # A second negation after en/of/and/or belongs to a clause of its own.
            start, words_before, verb_after = coordinator
            self._cut(start)
            self.verb, self.coordinators = verb_after, 1
            base = base - words_before
        self.negators.append(at)
        self.count += 1
        self.has_negator = True
        self.coordinator = None
        return base

    def _index(self, start: int) -> int:
        return max(0, bisect_right(self.starts, start) - 1)

    def clause(self, start: int) -> tuple[int, int]:
        """The clause around `start`, spaces and all."""
        index = self._index(start)
        return self.starts[index], self.starts[index + 1] if index + 1 < len(self.starts) else self.end

    def circumstance(self, start: int) -> bool:
        """`_circumstance`, worked out once per clause (a clause may hold thousands of
        mentions): a mention before the returned place is in a circumstance."""
        index = self._index(start)
        before = self._circumstances.get(index)
        if before is None:
            before = self._circumstances[index] = self._circumstance(index)
        return start < before

    def _circumstance(self, index: int) -> int:
        """Is the negation of the clause around `start` one of a circumstance, not a denial by
        the description? Three forms, each narrow, since a denial read as one would turn a gap
        into silence:

        - a condition that ends at a comma after its negator, with the term inside it: "Als
          ouders geen sociaal netwerk hebben, zoeken we ...", "If parents have no ..., we"
          (not "Als interventie richten we ons niet op ...", nor a main clause after the
          condition's comma: "Tenzij ouders dat vragen, wordt het sociale netwerk niet betrokken");
        - a relative clause right after the people it is about, before its own verb: "Ouders
          die zich niet gesteund voelen door hun sociale netwerk" (not "De ouders die
          deelnemen krijgen geen hulp bij hun sociale netwerk", whose negator is the main verb's);
        - what the families have or lack, said of many or often: "Omdat veel ouders geen
          sociaal netwerk hebben", "Vaders hebben vaak geen sociaal netwerk" (not "Ouders
          hebben in deze training geen contact met lotgenoten")."""
        low = self.starts[index]
        high = self.starts[index + 1] if index + 1 < len(self.starts) else self.end
        never, always = -1, high
        i = bisect_left(self.negators, low)
        if i == len(self.negators) or self.negators[i] >= high:
            return never
        words = self.words
        first, last = bisect_left(self.at, low), bisect_left(self.at, high)
        negator = bisect_left(self.at, self.negators[i])
        for j in range(negator - 1, first - 1, -1):  # the nearest such word, within its comma
            word = words[j]
            if word == ",":
                break
            if word in _CONDITIONS:
                if word == "als" and "zowel" in words[first:j]:
                    continue  # "zowel ouders als kinderen": no condition
                # The term inside the condition: before its comma.
                after = next((k for k in range(negator + 1, last) if words[k] == ","), None)
                return never if after is None else self.at[after]
            if word in _RELATIVES:
                if j == first or not _people(words[j - 1]):
                    return never
                # A Dutch relative clause ends in its verb: a verb before the negator is the
                # main clause's ("De ouders die deelnemen krijgen geen ..."). An English one has
                # its verb first ("Parents who have no ...").
                verb = any(_ROLES.get(w) == _VERB for w in words[j + 1 : negator])
                return never if word in _RELATIVES_NL and verb else always
        if words[negator] in ("zonder", "without") and negator > 0 and _people(words[negator - 1]):
            return always  # "Ouders zonder sociaal netwerk ...": which parents, not what is done
        clause = words[first:last]
        described = (
            any(_people(w) for w in words[first:negator])
            and any(w in _HAVING for w in clause)
            and any(w in _MANY_OR_WHY for w in clause)
        )
        return always if described else never

    def negated(self, start: int, end: int) -> bool:
        """Is the term at [start, end) in a negated clause? Negators inside the term don't count."""
        starts, negators = self.starts, self.negators
        index = max(0, bisect_right(starts, start) - 1)
        count = self.counts[index]
        i = bisect_left(negators, start)
        if i < len(negators) and negators[i] < end:  # a negator inside the term
            clause_end = starts[index + 1] if index + 1 < len(starts) else self.end
            count -= bisect_left(negators, min(end, clause_end)) - i
        return count % 2 == 1


_STRIP = '.,;:!?()[]{}"“”„«»•·*-–—/…'

# Words that open a condition or a relative clause, whose negation may be a circumstance
# (`_Piece.circumstance` says when).
_CONDITIONS = _words("als wanneer indien zodra mits tenzij if when whenever unless")
_RELATIVES_NL = _words("die wie welke")
_RELATIVES = _RELATIVES_NL | _words("who whom whose which")
# The people an intervention is for ("pleegouders" too), what they have or lack, and the words
# that make it a description of the families: many of them, often, or the reason for the help.
_PEOPLE_WORDS = _words(
    "ouders ouder moeders vaders gezinnen gezin kinderen kind jongeren doelgroep deelnemers "
    "parents parent mothers fathers families family children child participants"
)
_HAVING = _words("hebben heeft hebt had hadden missen mist misten have has lack lacks")
_MANY_OR_WHY = _words(
    "veel vaak meestal dikwijls regelmatig soms weinig vrijwel sommige meeste omdat doordat "
    "aangezien many often most some frequently usually few because since"
)


# Verbs that say someone goes without a thing, for `_lacked` (not negators: "missen" is also
# missing a session, "a lack of support is addressed" says nothing is lacking in the programme).
_LACK_VERBS = _words("missen mist miste misten ontberen ontbeert ontbeerde ontbeerden lack lacks lacked")
_LACK_HINT = re.compile(r"\b(?:" + "|".join(sorted(_LACK_VERBS)) + r")\b")
# Besides `_PEOPLE_WORDS`, others an intervention may be for, who lack a network or support.
_LACKING_PEOPLE = _words("vluchtelingen nieuwkomers mantelzorgers cliënten caregivers carers newcomers")


def _lacked(words: list[str]) -> bool:
    """The words of a sentence up to a term: do they end in what the families lack? A lack verb
    next to the people (before it, or after it with "veel"/"many" between: "Veel ouders missen
    een", "Vaak missen gezinnen", "Many parents lack a"), at most four words into the sentence
    and no verb before it (not "Het programma compenseert wat ouders missen aan"), and after it
    nothing that starts another clause or statement, nor less of it: no verb, en/of/and/or,
    subordinator, comma, negator or "minder" ("Parents lack confidence and the programme
    builds their social network" mentions the network)."""
    i = len(words) - 1
    while i >= 0 and words[i] not in _LACK_VERBS:
        i -= 1
    if i < 0:
        return False
    before, after = words[:i], words[i + 1 :]

    def people(word: str) -> bool:
        return _people(word) or word in _LACKING_PEOPLE

    if before and before[-1] in _MANY_OR_WHY | _ALSO and len(before) > 1:
        before = before[:-1]  # "Parents often lack", "Ouders ook missen"
    said_of_them = (bool(before) and people(before[-1])) or (
        bool(after)
        and (people(after[0]) or (after[0] in _MANY_OR_WHY and len(after) > 1 and people(after[1])))
    )
    # At the start of the sentence ("Veel ouders missen", "Na een verhuizing missen ouders"),
    # not in a clause of another subject ("Het programma compenseert wat ouders missen aan").
    if not said_of_them or len(before) > 4 or any(_ROLES.get(w) == _VERB for w in before):
        return False
    return not any(w == "," or w in _LESS or w in _OURS or _ROLES.get(w) in _ANOTHER_STATEMENT for w in after)


_ALSO = _words("ook also")
# What the intervention offers: "Ouders missen na afloop de sociale steun uit de groep" is about
# what they had there, not what they lack in life.
_OURS = _words(
    "groep groepen training bijeenkomst bijeenkomsten programma cursus sessie sessies "
    "group groups programme program session sessions course"
)
# Less of it is what the intervention achieves: "Na de training missen ouders minder vaak ...".
_LESS = _words("minder less zelden rarely nauwelijks hardly seldom")
_ANOTHER_STATEMENT = frozenset({_VERB, _COORD, _SUBORD, _SPLIT, _NEG, _SCOPED, _NOR})


def _people(word: str) -> bool:
    return word in _PEOPLE_WORDS or word.endswith(("ouders", "moeders", "vaders", "gezinnen"))
