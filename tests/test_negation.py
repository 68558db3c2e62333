"""negation.find_mention: is a term mentioned in an affirmative clause, only in a negated one, or
not at all? One row per sentence: (sentence, terms, expected)."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wat_werkt.engine.conditions import mentions_terms
from wat_werkt.engine.negation import Mention, find_mention, says_no, sentence_says_no

NETWORK = [
    "sociaal netwerk",
    "sociale netwerk",
    "sociale steun",
    "lotgenoten",
    "social network",
    "peer support",
]
EMPOWERMENT = ["empowerment", "eigen regie", "eigen kracht", "zelfredzaam", "self-efficacy", "self-reliance"]
RESPECT = ["empathie", "respect", "respectvol", "empathy", "respectful"]


def outcome(sentence: str, terms: list[str]) -> str:
    mention = find_mention(sentence, mentions_terms(terms))
    if mention is None:
        return "none"
    return "negated" if mention.negated else "affirmative"


ROWS = [
    # -- affirmative, nothing negated
    ("Ouders oefenen samen met hun sociale netwerk.", NETWORK, "affirmative"),
    ("Tijdens de thuisbezoeken werkt de ouder aan eigen regie.", EMPOWERMENT, "affirmative"),
    ("De uitvoerder heeft empathie, respect en geduld.", RESPECT, "affirmative"),
    ("Parents meet peers in a group and build a social network.", NETWORK, "affirmative"),
    # -- negated, the negator before the term
    ("We richten ons niet op het sociale netwerk.", NETWORK, "negated"),
    ("Er is geen aandacht voor het sociale netwerk.", NETWORK, "negated"),
    ("De cursus werkt zonder het sociale netwerk van ouders.", NETWORK, "negated"),
    ("Er is nergens ruimte voor eigen regie.", EMPOWERMENT, "negated"),
    ("Dit doen we geenszins met empowerment.", EMPOWERMENT, "negated"),
    ("The programme does not involve the social network.", NETWORK, "negated"),
    ("We don't involve the social network.", NETWORK, "negated"),
    ("The group isn't about empowerment.", EMPOWERMENT, "negated"),
    ("Parents can't work on self-reliance here.", EMPOWERMENT, "negated"),
    ("We never use empowerment as a goal.", EMPOWERMENT, "negated"),
    ("Nothing in the programme addresses self-efficacy.", EMPOWERMENT, "negated"),
    ("None of the sessions offer peer support.", NETWORK, "negated"),
    # -- negated, the negator after the term
    ("Het sociale netwerk wordt bewust niet betrokken.", NETWORK, "negated"),
    ("Het netwerk wordt nooit gevraagd mee te denken.", ["netwerk"], "negated"),
    ("Empowerment, eigen regie en het netwerk komen niet aan bod.", EMPOWERMENT, "negated"),
    ("Het sociale netwerk wordt echter niet betrokken.", NETWORK, "negated"),
    ("The programme, however, does not involve the social network.", NETWORK, "negated"),
    ("The social network, however, is not involved.", NETWORK, "negated"),
    # -- "zonder ... uit het oog te verliezen": without losing, so keeping
    ("We werken zonder de eigen regie van ouders uit het oog te verliezen.", EMPOWERMENT, "affirmative"),
    ("We werken zonder de eigen regie van ouders.", EMPOWERMENT, "negated"),
    # -- the negation is in another clause
    ("Geen huiswerk. Ouders versterken hun eigen regie.", EMPOWERMENT, "affirmative"),
    ("Ouders versterken hun eigen regie. Het netwerk wordt niet betrokken.", EMPOWERMENT, "affirmative"),
    ("There is no homework; parents work on self-efficacy.", EMPOWERMENT, "affirmative"),
    ("Parents are never judged; respect is key.", RESPECT, "affirmative"),
    ("Het netwerk doet niet mee, maar ouders houden de eigen regie.", EMPOWERMENT, "affirmative"),
    ("We betrekken het sociale netwerk omdat ouders geen steun ervaren.", NETWORK, "affirmative"),
    ("Het sociale netwerk wordt niet betrokken omdat ouders dat niet willen.", NETWORK, "negated"),
    ("Ouders versterken hun eigen regie zonder dat het netwerk wordt betrokken.", EMPOWERMENT, "affirmative"),
    ("Ouders versterken hun eigen regie zonder dat het netwerk wordt betrokken.", ["netwerk"], "negated"),
    ("Het netwerk, dat niet altijd beschikbaar is, wordt wel betrokken.", ["netwerk"], "affirmative"),
    ("De uitvoerder toont respect, ook als ouders het niet eens zijn.", RESPECT, "affirmative"),
    ("Ouders leren van elkaar (niet verplicht) en bouwen een sociaal netwerk op.", NETWORK, "affirmative"),
    ("Het sociale netwerk – niet verplicht – wordt betrokken.", NETWORK, "affirmative"),
    # -- double negation
    ("Geen ouder gaat naar huis zonder een plan met het sociale netwerk.", NETWORK, "affirmative"),
    ("De uitvoerder werkt niet zonder respect voor de ouder.", RESPECT, "affirmative"),
    ("The practitioner never works without respect for parents.", RESPECT, "affirmative"),
    ("Nobody is left without peer support.", NETWORK, "affirmative"),
    ("Niemand blijft zonder sociale steun.", NETWORK, "affirmative"),
    ("We geven geen huiswerk zonder uitleg over de eigen regie.", EMPOWERMENT, "affirmative"),
    ("Zonder het sociale netwerk lukt het niet.", NETWORK, "affirmative"),
    # -- "not only ... but also" is no negation
    (
        "Het aanbod richt zich niet alleen op de ouders maar ook op het sociale netwerk.",
        NETWORK,
        "affirmative",
    ),
    ("Het aanbod richt zich niet alleen op empowerment.", EMPOWERMENT, "affirmative"),
    ("De groep is niet enkel bedoeld voor lotgenoten.", NETWORK, "affirmative"),
    ("Not only parents but also their social network take part.", NETWORK, "affirmative"),
    ("Parents do not only learn skills but also build a social network.", NETWORK, "affirmative"),
    (
        "We don't just listen to the parents' perspective, we act on it.",
        ["parents' perspective"],
        "affirmative",
    ),
    ("Not to mention peer support, which is central.", NETWORK, "affirmative"),
    ("Er is niet meer dan één sessie over het sociale netwerk.", NETWORK, "affirmative"),
    ("Het netwerk wordt al dan niet betrokken, afhankelijk van de ouders.", ["netwerk"], "affirmative"),
    ("Ouders bepalen zelf of het netwerk wel of niet meedoet.", ["netwerk"], "affirmative"),
    ("Parents decide whether or not the social network joins.", NETWORK, "affirmative"),
    # -- "no longer" is a negation
    ("The social network is no longer involved.", NETWORK, "negated"),
    ("Het sociale netwerk wordt niet meer betrokken.", NETWORK, "negated"),
    # -- contrast: "niet X maar Y", "geen X, wel Y", "no X, but Y"
    ("Niet het kind maar de beleving van ouders staat centraal.", ["beleving"], "affirmative"),
    ("Niet het kind maar de beleving van ouders staat centraal.", ["kind"], "negated"),
    ("Het gaat niet om empowerment maar om eigen regie.", ["empowerment"], "negated"),
    ("Het gaat niet om empowerment maar om eigen regie.", ["eigen regie"], "affirmative"),
    (
        "Geen standaardprogramma, wel aandacht voor de eigen ervaring van ouders.",
        ["eigen ervaring"],
        "affirmative",
    ),
    ("Er wordt geen gebruik gemaakt van lotgenoten, wel van het eigen netwerk.", ["lotgenoten"], "negated"),
    ("Er wordt geen gebruik gemaakt van lotgenoten, wel van het eigen netwerk.", ["netwerk"], "affirmative"),
    ("Empowerment komt niet aan bod, het netwerk wel.", ["netwerk"], "affirmative"),
    ("Parents get no homework, but the social network is involved.", NETWORK, "affirmative"),
    (
        "The focus is not on the child but on the parents' perspective.",
        ["parents' perspective"],
        "affirmative",
    ),
    ("The focus is not on the parents' perspective but on the child.", ["parents' perspective"], "negated"),
    ("Geen groepsbijeenkomsten, alleen thuisbezoeken met aandacht voor lotgenoten.", NETWORK, "affirmative"),
    # -- a list after a negation shares it
    ("Het aanbod richt zich niet op empowerment, eigen regie of het netwerk.", ["eigen regie"], "negated"),
    ("Het aanbod richt zich niet op empowerment, eigen regie of het netwerk.", ["netwerk"], "negated"),
    ("Er is geen ruimte voor empathie, respect of inlevingsvermogen.", ["respect"], "negated"),
    ("The sessions do not cover empowerment, self-reliance or peer support.", NETWORK, "negated"),
    ("We geven geen huiswerk en geen opdrachten over het sociale netwerk.", NETWORK, "negated"),
    ("Geen wachtlijst, geen intake en geen lotgenotencontact.", ["lotgenoten"], "negated"),
    ("Het netwerk wordt niet betrokken en de eigen regie wordt niet versterkt.", EMPOWERMENT, "negated"),
    ("The group neither discusses empowerment nor the social network.", NETWORK, "negated"),
    ("Er is noch aandacht voor empowerment noch voor het sociale netwerk.", NETWORK, "negated"),
    # -- comma splices: a clause after the comma stands on its own
    ("We geven geen huiswerk, het sociale netwerk wordt actief betrokken.", NETWORK, "affirmative"),
    ("We geven geen adviezen, we sluiten aan bij de vraag van ouders.", ["vraag van ouders"], "affirmative"),
    ("Geen huiswerk, het sociale netwerk wordt betrokken.", NETWORK, "affirmative"),
    ("Geen wachtlijst, geen intake, het sociale netwerk doet direct mee.", NETWORK, "affirmative"),
    ("Zonder huiswerk, werken we aan eigen regie.", EMPOWERMENT, "affirmative"),
    ("Parents get no homework, they practise with their social network.", NETWORK, "affirmative"),
    # -- a term inside a longer word, a negator inside a longer word
    ("We do not work on disempowerment.", ["empowerment"], "none"),
    ("Ouders netwerken met andere ouders in de buurt.", ["netwerk"], "affirmative"),
    ("Niet-westerse ouders bouwen samen een sociaal netwerk op.", NETWORK, "affirmative"),
    ("Het netwerk is nietig in deze aanpak.", ["netwerk"], "affirmative"),
    ("The knot of the social network is untied.", NETWORK, "affirmative"),
    ("The notably strong social network of parents is used.", NETWORK, "affirmative"),
    ("Nothingness is not the point; the social network matters.", NETWORK, "affirmative"),
    ("Ouders werken aan zelfredzaamheid.", EMPOWERMENT, "affirmative"),
    # -- case
    ("HET SOCIALE NETWERK WORDT NIET BETROKKEN.", NETWORK, "negated"),
    ("Het Sociale Netwerk wordt actief betrokken.", NETWORK, "affirmative"),
    ("NOT ONLY parents BUT ALSO their Social Network take part.", NETWORK, "affirmative"),
    # -- abbreviations and numbers do not end a clause
    ("Er wordt bijv. niet gewerkt aan het sociale netwerk.", NETWORK, "negated"),
    ("Er wordt o.a. geen peer support geboden.", NETWORK, "negated"),
    ("Dit is i.e. geen peer support.", NETWORK, "negated"),
    ("We werken niet met ca. 1.5 uur sociale steun per week.", NETWORK, "negated"),
    ("We werken niet met 1,5 uur sociale steun per week.", NETWORK, "negated"),
    ("Er zijn max. 8 bijeenkomsten, etc. Het sociale netwerk wordt betrokken.", NETWORK, "affirmative"),
    ("No. 5 in de reeks gaat over het sociale netwerk.", NETWORK, "affirmative"),
    # -- several mentions: an affirmative one wins
    (
        "Het netwerk wordt niet betrokken. Later in het traject wordt het netwerk wel betrokken.",
        ["netwerk"],
        "affirmative",
    ),
    ("Empowerment staat niet centraal. Eigen regie van ouders is het doel.", EMPOWERMENT, "affirmative"),
    ("Er is geen peer support en geen sociale steun.", NETWORK, "negated"),
    # -- multiline text
    ("- geen huiswerk\n- het sociale netwerk doet mee", NETWORK, "affirmative"),
    ("- het sociale netwerk doet niet mee\n- eigen regie staat centraal", NETWORK, "negated"),
    ("Het aanbod richt zich niet op\nhet sociale netwerk van ouders.", NETWORK, "negated"),
    # A line break is a wrapped line (a YAML literal block reads as its folded form): a sentence
    # needs its full stop, as in a folded block.
    ("Ouders worden niet beoordeeld\nEmpathie staat centraal.", RESPECT, "negated"),
    ("Ouders worden niet beoordeeld.\nEmpathie staat centraal.", RESPECT, "affirmative"),
    (
        "Het netwerk wordt niet betrokken, ook niet via\nBuurtgezinnen of lotgenoten.",
        ["lotgenoten"],
        "negated",
    ),
    ("Ouders worden niet beoordeeld\n\nde uitvoerder toont empathie.", RESPECT, "affirmative"),
    ("1. geen huiswerk\n2. lotgenoten steunen elkaar", NETWORK, "affirmative"),
    # -- a negation that describes a circumstance (a condition, a relative clause, what the
    #    parents have or lack) is no denial by the description: that mention is left out
    (
        "Omdat veel ouders geen sociaal netwerk hebben, brengen we ze in contact met andere ouders.",
        NETWORK,
        "none",
    ),
    (
        "Ouders die zich niet gesteund voelen door hun sociale netwerk, leren het te versterken.",
        NETWORK,
        "none",
    ),
    ("Als ouders geen sociaal netwerk hebben, zoeken we samen steun.", NETWORK, "none"),
    ("Parents who have no social network meet others in the group.", NETWORK, "none"),
    ("If parents have no social network, the group helps.", NETWORK, "none"),
    (
        "Veel ouders hebben geen sociaal netwerk; in de groep steunen lotgenoten elkaar.",
        NETWORK,
        "affirmative",
    ),
    ("Ouders krijgen geen hulp bij hun sociale netwerk.", NETWORK, "negated"),
    ("We hebben geen aandacht voor het sociale netwerk.", NETWORK, "negated"),
    ("Er is geen aandacht voor het sociale netwerk van ouders die dat willen.", NETWORK, "negated"),
    ("Vaders hebben vaak geen sociaal netwerk.", NETWORK, "none"),
    ("Pleegouders hebben vaak geen sociaal netwerk.", NETWORK, "none"),
    ("Ouders zonder sociaal netwerk krijgen een maatje.", NETWORK, "none"),
    ("Parents without a social network often feel isolated.", NETWORK, "none"),
    ("We werken zonder sociaal netwerk.", NETWORK, "negated"),
    ("Veel deelnemers hebben geen sociaal netwerk.", NETWORK, "none"),
    # What the families lack, said of them at the start of a sentence: their situation, never a
    # mention of the network as if the intervention used it (it made G06 a strength).
    ("Veel ouders missen een sociaal netwerk.", NETWORK, "none"),
    ("Ouders missen vaak steun uit hun sociale netwerk.", NETWORK, "none"),
    ("Vaak missen ouders een sociaal netwerk.", NETWORK, "none"),
    ("In Nederland missen veel nieuwkomers een sociaal netwerk.", NETWORK, "none"),
    ("Alleenstaande moeders ontberen vaak sociale steun.", NETWORK, "none"),
    ("Many parents lack a social network.", NETWORK, "none"),
    ("Caregivers lack peer support.", NETWORK, "none"),
    # ... and nothing else (a reviewer's sentences): the noun, missing a session, a lack in a
    #     clause of another subject, a statement after it, the network named again.
    ("A lack of peer support is addressed in the groups.", NETWORK, "affirmative"),
    ("The programme addresses parents' lack of a social network.", NETWORK, "affirmative"),
    ("Het programma compenseert wat ouders missen aan sociale steun.", NETWORK, "affirmative"),
    ("Parents lack confidence and the programme builds their social network.", NETWORK, "affirmative"),
    (
        "Ouders die een bijeenkomst missen worden nagebeld en krijgen steun van lotgenoten.",
        NETWORK,
        "affirmative",
    ),
    ("Mist een ouder een bijeenkomst, dan bespreekt de trainer de sociale steun.", NETWORK, "affirmative"),
    ("Ouders mogen twee bijeenkomsten missen en werken aan hun sociale netwerk.", NETWORK, "affirmative"),
    ("Parents who lack a social network are matched with peer support volunteers.", NETWORK, "affirmative"),
    ("Ouders missen een sociaal netwerk; wij versterken het sociale netwerk.", NETWORK, "affirmative"),
    # ... nor when the sentence goes on about what is done, or speaks of less of it, of the
    #     intervention's own group, or of a longer word (a second review's sentences).
    ("Ouders missen vaak een sociaal netwerk, dat we samen in kaart brengen.", NETWORK, "affirmative"),
    ("Veel ouders missen een sociaal netwerk en daar werkt de training aan.", NETWORK, "affirmative"),
    ("Veel ouders missen een sociaal netwerk, daarom bouwen we dat samen op.", NETWORK, "affirmative"),
    ("Many parents lack a social network, which the programme helps them build.", NETWORK, "affirmative"),
    ("Parents lack peer support in their neighbourhood and find it in our groups.", NETWORK, "affirmative"),
    ("Na de training missen ouders minder vaak sociale steun.", NETWORK, "affirmative"),
    ("Ouders missen na afloop de sociale steun uit de groep.", NETWORK, "affirmative"),
    ("Ouders missen zelden een lotgenotenbijeenkomst.", NETWORK, "affirmative"),
    ("Parents often lack a social network.", NETWORK, "none"),
    # ... and each form narrow, for a denial read as one would turn a gap into silence (a
    #     reviewer's sentences): a condition whose comma comes before the negation, "als" as "as"
    #     or in "zowel ... als", a Dutch relative clause whose negator is the main verb's, what
    #     parents have in this programme.
    ("Tenzij ouders dat vragen, wordt het sociale netwerk niet betrokken.", NETWORK, "negated"),
    ("Unless parents ask for it, the social network is not involved.", NETWORK, "negated"),
    ("When the course ends, the social network is not involved.", NETWORK, "negated"),
    ("Zodra de training begint, betrekken we het sociale netwerk niet meer.", NETWORK, "negated"),
    ("Als de training eenmaal loopt wordt het sociale netwerk niet betrokken.", NETWORK, "negated"),
    ("Als interventie richten we ons niet op het sociale netwerk.", NETWORK, "negated"),
    ("Zowel ouders als kinderen krijgen geen hulp bij hun sociale netwerk.", NETWORK, "negated"),
    ("De ouders die deelnemen krijgen geen hulp bij hun sociale netwerk.", NETWORK, "negated"),
    ("Het sociale netwerk van de ouders die meedoen wordt niet betrokken.", NETWORK, "negated"),
    (
        "De training die individueel wordt gegeven besteedt geen aandacht aan het sociale netwerk.",
        NETWORK,
        "negated",
    ),
    ("Die eigen regie is geen doel van de training.", EMPOWERMENT, "negated"),
    ("Ouders hebben in deze training geen contact met lotgenoten.", NETWORK, "negated"),
    ("Ouders hebben geen eigen regie over het programma; de inhoud ligt vast.", EMPOWERMENT, "negated"),
    ("Parents have no peer support in this programme.", NETWORK, "negated"),
    ("We hebben ouders niet gevraagd hun sociale netwerk te betrekken.", NETWORK, "negated"),
    # -- nothing found is silence
    ("Ouders krijgen huiswerk.", NETWORK, "none"),
    ("", NETWORK, "none"),
    ("Het netwerk wordt niet betrokken.", [], "none"),
]


@pytest.mark.parametrize(("sentence", "terms", "expected"), ROWS)
def test_find_mention(sentence: str, terms: list[str], expected: str) -> None:
    assert outcome(sentence, terms) == expected


def test_the_table_is_large_and_covers_every_outcome() -> None:
    assert len(ROWS) >= 60
    assert {expected for _, _, expected in ROWS} == {"affirmative", "negated", "none"}


# (sentence, terms, the term as found, its clause as evidence)
SPANS = [
    (
        "Het aanbod is niet gericht op empowerment of eigen regie; het sociale netwerk wordt bewust niet betrokken",
        EMPOWERMENT,
        "empowerment",
        "Het aanbod is niet gericht op empowerment of eigen regie",
    ),
    (
        "Het aanbod is niet gericht op empowerment of eigen regie; het sociale netwerk wordt bewust niet betrokken",
        NETWORK,
        "sociale netwerk",
        "het sociale netwerk wordt bewust niet betrokken",
    ),
    (
        "We geven geen huiswerk, het sociale netwerk wordt actief betrokken.",
        NETWORK,
        "sociale netwerk",
        "het sociale netwerk wordt actief betrokken",
    ),
    (
        "Het aanbod richt zich niet alleen op de ouders maar ook op het sociale netwerk.",
        NETWORK,
        "sociale netwerk",
        "maar ook op het sociale netwerk",
    ),
    (
        "Het netwerk wordt niet betrokken. Later wordt het Netwerk alsnog betrokken!",
        ["netwerk"],
        "Netwerk",
        "Later wordt het Netwerk alsnog betrokken",
    ),
    (
        "Geen huiswerk en geen opdrachten, (maar) veel aandacht voor lotgenoten.",
        NETWORK,
        "lotgenoten",
        "veel aandacht voor lotgenoten",
    ),
    (
        "  Het netwerk doet mee.\n- We don't involve the social network.  ",
        NETWORK,
        "social network",
        "We don't involve the social network",
    ),
    (
        "The network, however, is not involved; no peer support either.",
        ["network"],
        "network",
        "The network, however, is not involved",
    ),
]


@pytest.mark.parametrize(("sentence", "terms", "term", "clause"), SPANS)
def test_the_clause_is_the_evidence(sentence: str, terms: list[str], term: str, clause: str) -> None:
    mention = find_mention(sentence, mentions_terms(terms))
    assert mention is not None
    assert sentence[mention.start : mention.end] == term
    assert sentence[mention.clause[0] : mention.clause[1]] == clause


def test_an_affirmative_mention_wins_over_an_earlier_negated_one() -> None:
    text = "Het netwerk wordt niet betrokken. Ouders brengen hun netwerk in kaart."
    second = text.index("netwerk", 20)
    clause = text.index("Ouders"), len(text) - 1
    assert find_mention(text, ("netwerk",)) == Mention(second, second + len("netwerk"), False, clause)
    assert text[clause[0] : clause[1]] == "Ouders brengen hun netwerk in kaart"


def test_the_first_negated_mention_when_all_are_negated() -> None:
    text = "Geen lotgenoten. Er is ook geen sociale steun."
    mention = find_mention(text, mentions_terms(NETWORK))
    assert mention is not None and mention.negated
    assert (mention.start, mention.end) == (5, 15)  # the first mention, as find_term would find it


def test_longer_terms_win_at_the_same_place() -> None:
    mention = find_mention("Ouders houden eigen regie.", mentions_terms(["eigen", "eigen regie"]))
    assert mention is not None and (mention.start, mention.end) == (14, 25)


def test_a_negator_inside_the_term_is_not_counted_for_it() -> None:
    assert outcome("Uitvoerders werken zonder oordeel en met respect.", ["zonder oordeel"]) == "affirmative"
    assert outcome("Uitvoerders werken niet zonder oordeel.", ["zonder oordeel"]) == "negated"


@pytest.mark.slow
def test_a_large_text_is_answered_in_full() -> None:
    # Every sentence negates its mention, so every piece is cut into clauses. Its speed is
    # measured with bench/, never here.
    sentence = (
        "Het aanbod richt zich niet op empowerment, eigen regie of het sociale netwerk, bijv. 1.5 uur.\n"
    )
    text = sentence * (1_000_000 // len(sentence))
    mention = find_mention(text, mentions_terms(NETWORK))
    assert mention is not None and mention.negated and mention.start == text.index("sociale netwerk")
    assert find_mention(text + "Lotgenoten doen mee.", mentions_terms(NETWORK)) is not None


def find_term(text: str, terms: tuple[str, ...]) -> tuple[int, int] | None:
    """The plain search that find_mention refines: the first place where a term starts a word,
    case-insensitively (what `mentions` did before it read negation)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower()[0] for ch in text)
    best: tuple[int, int] | None = None
    for term in terms:
        at = lowered.find(term)
        while at != -1 and (best is None or at < best[0]):
            before = lowered[at - 1] if at else " "
            if not (before.isalnum() or before == "_"):
                best = (at, at + len(term))
                break
            at = lowered.find(term, at + 1)
    return best


# -- properties -----------------------------------------------------------------------------------

FRAGMENTS = [
    "niet",
    "geen",
    "zonder",
    "nooit",
    "not",
    "no",
    "without",
    "don't",
    "n't",
    "noch",
    "nor",
    "neither",
    "alleen",
    "only",
    "maar",
    "wel",
    "but",
    "however",
    "echter",
    "en",
    "of",
    "and",
    "or",
    "is",
    "wordt",
    "we",
    "het",
    "netwerk",
    "sociale netwerk",
    "Empowerment",
    "eigen regie",
    "İstanbul",
    "ß",
    "ΑΣ",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "(",
    ")",
    "—",
    " - ",
    "\n",
    "\n\n",
    "\n- ",
    "\r\n",
    "1.5",
    "o.a.",
    "bijv.",
    "etc.",
    "e.g.",
    "no. 5",
    "in plaats van",
    "instead of",
    "al dan niet",
    "niet-westerse",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map(" ".join)
term_lists = st.lists(
    st.one_of(
        st.sampled_from(["netwerk", "sociale netwerk", "empowerment", "eigen regie", "n", "e", "niet"]),
        st.text(max_size=5),
    ),
    max_size=4,
)


def _folded(text: str) -> str:
    """The text as find_mention searches it: lower case, position for position."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(ch.lower()[0] for ch in text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, term_lists)
def test_find_mention_never_raises_and_points_at_the_term(text: str, words: list[str]) -> None:
    terms = mentions_terms(words)
    mention = find_mention(text, terms)
    first = find_term(text, terms)
    assert (mention is None) == (first is None)  # found exactly where find_term finds something
    if mention is None or first is None:
        return
    start, end, negated, (left, right) = mention
    assert 0 <= start < end <= len(text)
    assert _folded(text)[start:end] in terms
    assert start == 0 or not (_folded(text)[start - 1].isalnum() or text[start - 1] == "_")
    assert 0 <= left <= start and end <= right <= len(text)
    if negated:  # no affirmative mention: the first mention of all, as find_term gives it
        assert (start, end) == first
    else:
        assert start >= first[0]


# -- a text that answers no in so many words (a field of its own, contract section 7) ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("n.v.t.", True),
        ("N.V.T.", True),
        ("nvt", True),
        ("Nee.", True),
        ("Nooit.", True),
        ("n/a", True),
        ("Not applicable", True),
        ("Niet van toepassing.", True),
        # A no-word first, then punctuation and an explanation: still a no.
        ("Nee; ouders komen alleen naar de bijeenkomsten.", True),
        ("N.v.t.: de cursus wordt door wisselende freelancers gegeven.", True),
        ("Niet van toepassing, het programma richt zich op kennis over de ontwikkeling.", True),
        ("Geen (externe) supervisie.", True),
        ("Nee - zie handleiding.", True),
        ("Geen. De cursus is kort.", True),
        ("None; practitioners are experienced.", True),
        # ... unless what follows turns it round.
        ("Geen, maar wel intervisie.", False),
        ("Nee, alleen intervisie.", False),
        # A no-word alone or first: a sentence is for sentence_says_no (below).
        ("Het aanbod is niet gericht op empowerment.", False),
        ("Er is geen supervisie.", False),
        ("Geen supervisie.", False),
        ("Supervisie is verplicht en kan niet worden overgeslagen.", False),
        ("Er is vrijwel geen verloop in het team.", False),
        ("De begeleider oordeelt niet en luistert.", False),
        # A name or a word that only starts like a no-word.
        ("Geen Paniek", False),
        ("No-one is excluded.", False),
        ("Neemt deel aan intervisie.", False),
        ("", False),
    ],
)
def test_says_no(text: str, expected: bool) -> None:
    assert says_no(text) is expected


# How writers say no in a field of its own (tried by a Dutch quality officer), and sentences with
# a negation that say yes.
SENTENCES_NO = [
    "Geen supervisie",
    "Geen supervisie.",
    "Er is geen supervisie.",
    "Er zijn geen supervisoren.",
    "Niet aanwezig.",
    "Wordt niet gegeven.",
    "Ontbreekt.",
    "Een handboek ontbreekt.",
    "Helaas niet.",
    "niet",
    "Nog niet; volgt in 2026",
    "No supervision.",
    "There is no manual.",
    "We do not use a manual.",
    "We don't supervise.",
    "Not provided.",
    "Supervision is missing.",
    "We hebben geen handboek.",
    "We bellen niet na als ouders wegblijven.",
    "Ze krijgen geen supervisie.",
    "Op dit moment is er nog geen supervisie.",
    "Er wordt niet actief nagebeld bij uitval.",
    "Er is geen onderbouwing voor de duur, die is historisch zo gegroeid.",
    "Er vindt geen evaluatie plaats.",
    "Dat gebeurt niet.",
    "Zonder handboek.",
    "Geen supervisie: de uitvoerders zijn ervaren genoeg.",
    "Niet, want de groep is klein.",
    "nee",
    "n.v.t.",
    # The subject first, then the denial (a Dutch quality officer's sentences): a passive, a
    # main clause that ends in its negation, a denial after a clause of its own.
    "Het sociale netwerk van ouders wordt niet actief betrokken.",
    "Programmatrouw wordt niet gemeten.",
    "Programmatrouw is niet gemeten.",
    "Wij meten de programmatrouw niet.",
    "We betrekken het netwerk niet.",
    "Ouders die een bijeenkomst missen, worden niet nagebeld.",
    "Fidelity is not monitored.",
    "Fidelity isn't monitored.",
    # "maar" before an amount means "only": nothing is offered in place of the no.
    "Niet nodig; de cursus duurt maar zes weken.",
    # The same after a leading dependent clause, where the verb comes first, and with a
    # separable verb's particle after the negation (a quality officer's second trial).
    "Tenzij ouders dat vragen, betrekken we het netwerk niet.",
    "Omdat veel teams geen tijd hebben, meten we de programmatrouw niet.",
    "Tenzij ouders dat vragen, bellen we niet na.",
    "Als ouders een bijeenkomst missen, worden ze niet nagebeld.",
    "Omdat teams weinig tijd hebben, wordt de programmatrouw niet gemeten.",
]
SENTENCES_YES = [
    "Maandelijkse supervisie door een gedragswetenschapper.",
    # The negation comes after what the sentence is about.
    "Het handboek is niet openbaar.",
    "Supervisie is verplicht en kan niet worden overgeslagen.",
    "Supervisie is niet vrijblijvend.",
    "We werken met een handboek dat niet openbaar is.",
    "Ouders krijgen geen huiswerk.",
    # Doubled, "not only", a part, an amount.
    "Niet zonder supervisie.",
    "Uitvoerders werken nooit zonder supervisie.",
    "Niet alleen supervisie maar ook intervisie.",
    "It is not only supervision but coaching.",
    "Er is niet altijd supervisie.",
    "Nooit minder dan één keer per maand een observatie.",
    "Niet meer dan acht ouders per groep.",
    # Something offered in its place.
    "Geen supervisie, wel intervisie.",
    "Geen supervisie; in plaats daarvan intervisie.",
    "No supervision, but peer review.",
    "Nee, alleen intervisie.",
    # Something unwanted denied: a good answer.
    "Er is geen uitval: ouders blijven tot het eind.",
    "Er is geen verloop in het team.",
    "Geen wachtlijst.",
    # A second sentence may describe what the first denies.
    "Er is geen apart handboek. De werkwijze staat in de methodiekbeschrijving.",
    # A property denied, not the thing; a denial in a clause that depends on another; a part; a
    # double negation; an elided second clause.
    "Supervisie is niet verplicht.",
    "The manual is not public.",
    "Ouders die niet komen, worden nagebeld.",
    "Als ouders niet komen, worden ze nagebeld.",
    "Het netwerk wordt niet altijd betrokken.",
    "Gegevens worden niet zonder toestemming gedeeld.",
    "Het handboek is openbaar, de toetsen niet.",
    "Als ouders niet komen, bellen we ze na.",
    "Omdat het handboek niet openbaar is, delen we het op verzoek.",
    "Wanneer ouders uitvallen, bellen we ze binnen een week op.",
    "Ouders vallen niet uit.",  # a separable verb of others: good news, not a no
    "De coördinator kijkt niet mee.",  # a known limit: left an answer
    "",
]


@pytest.mark.parametrize("text", SENTENCES_NO)
def test_a_sentence_that_opens_with_its_negation_says_no(text: str) -> None:
    assert sentence_says_no(text)


@pytest.mark.parametrize("text", SENTENCES_YES)
def test_a_sentence_with_a_negation_elsewhere_is_an_answer(text: str) -> None:
    assert not sentence_says_no(text)


def test_a_long_text_is_a_description() -> None:
    assert not sentence_says_no("Geen supervisie " + "en nog veel meer woorden " * 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aandacht voor eigen regie ontbreekt.", "negated"),
        ("Eigen regie ontbreekt in dit aanbod.", "negated"),
        ("Er ontbreekt niets aan de eigen regie van ouders.", "affirmative"),  # double negation
        ("The programme lacks any empowerment component.", "negated"),
    ],
)
def test_a_verb_that_says_a_thing_is_missing(sentence: str, expected: str) -> None:
    assert outcome(sentence, ["eigen regie", "empowerment"]) == expected


# What the field is about (engine/topics.yaml) settles sentences no word order can: "geen" before
# the field's own topic after a subject is a no; a denial of something else that a clause with an
# answer follows is an answer (a Dutch quality officer's sentences).
@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("De trainers krijgen geen supervisie.", "practitioners.supervision", True),
        ("Uitvoerders krijgen geen training.", "practitioners.training", True),
        ("Ouders krijgen geen steun van familie.", "approach.social_network", True),
        ("De groep heeft geen vaste begeleider.", "practitioners.staffing", True),
        ("Ouders krijgen geen huiswerk.", "practitioners.supervision", False),
        ("Het handboek heeft geen vaste volgorde.", "curriculum.manual", False),
        ("Het team kent geen verloop.", "practitioners.staffing", False),
        (
            "We werken niet met vrijwilligers; alle trainers zijn pedagoog op hbo-niveau.",
            "practitioners.qualifications",
            False,
        ),
        ("Geen supervisie: de uitvoerders zijn ervaren genoeg.", "practitioners.supervision", True),
        ("Geen training; de uitvoerders zijn ervaren.", "practitioners.training", True),
        ("Nog niet; volgt in 2026", "practitioners.training", True),
        # A form's label for the field's topic, a colon and a no-word: the answer is the no; a
        # label about something else answers nothing about the field.
        ("Supervisie: nee.", "practitioners.supervision", True),
        ("Training: n.v.t.", "practitioners.training", True),
        ("Supervisie: ja", "practitioners.supervision", False),
        ("Verplicht: nee", "practitioners.supervision", False),
        ("Kosten: geen", "practitioners.supervision", False),
        ("Mandatory: no", "practitioners.training", False),
        ("Intervisie: ja; supervisie: nee", "practitioners.supervision", False),
        ("De supervisie van de trainers in de regio: nee", "practitioners.supervision", False),
        # "zonder"/"without" before the topic says no as "geen" does; not once the topic is named.
        ("De cursusleiders werken zelfstandig, zonder begeleiding.", "practitioners.supervision", True),
        ("We work without supervision.", "practitioners.supervision", True),
        ("De trainers werken niet zonder supervisie.", "practitioners.supervision", False),
        ("Maandelijkse supervisie, geen vaste supervisor.", "practitioners.supervision", False),
        ("Maandelijkse supervisie, zonder vaste supervisor.", "practitioners.supervision", False),
        ("Er is intervisie, geen supervisie.", "practitioners.supervision", False),
        # "zonder" after the people it describes says which parents, not what is done.
        ("Ouders zonder sociaal netwerk krijgen een maatje.", "approach.social_network", False),
        # Without a field, neither rule applies.
        ("De trainers krijgen geen supervisie.", "", False),
        ("We werken niet met vrijwilligers; alle trainers zijn pedagoog op hbo-niveau.", "", True),
    ],
)
def test_what_the_field_is_about_settles_the_sentence(text: str, field: str, expected: bool) -> None:
    assert sentence_says_no(text, field) is expected


def test_every_field_a_built_in_set_reads_for_a_no_has_a_topic() -> None:
    """A `described` field of the built-in sets without a topic would miss these rules."""
    import yaml

    topics = yaml.safe_load((ROOT / "src/wat_werkt/engine/topics.yaml").read_text(encoding="utf-8"))
    read: set[str] = set()
    for path in (ROOT / "factors/opvoedingsondersteuning").rglob("*.yaml"):
        read |= set(re.findall(r"described: ([\w.]+)", path.read_text(encoding="utf-8")))
    asking = {f for f in read if not f.startswith(("target_group", "duration.sessions", "duration.weeks"))}
    asking = {"goals.measure" if f == "measure" else f for f in asking} - {"goals"}
    assert asking <= set(topics), asking - set(topics)
