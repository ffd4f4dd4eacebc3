"""Lexicon coverage (lex session): nominalizations of listed verbs, verbs of listed nouns, and
British spellings of -ize / -ization triggers.  Each test runs a news sentence through the
pipeline and checks the predicate's type (before arguments and the confidence cut)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon
from dateline.events.predicates import find_predicates
from dateline.nlp import spacy_sentences
from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _types(text: str, trigger: str) -> set[str]:
    """The types of the predicates whose trigger contains the word ``trigger``."""
    art = extract(text)
    return {p.type for s in spacy_sentences(art) for p in find_predicates(s)
            if trigger in (t.text for t in p.trigger)}


@pytest.mark.parametrize("text, trigger, etype", [
    ("The court ordered the incarceration of the opposition leader on Monday.",
     "incarceration", "COERCE"),
    ("The jailing of the journalist drew protests in Phnom Penh.", "jailing", "COERCE"),
    ("The acquittal of the former president angered the victims' families.", "acquittal",
     "CONCEDE"),
    ("The new law also repeals of the public order act Bashir imposed.", "repeals",
     "CONCEDE"),  # VOA 6180206 (even id): "repeals" parsed as a noun
    ("The abdication of the king was announced in Amsterdam.", "abdication", "RETREAT"),
    ("The parliament voted a censure of the interior minister.", "censure", "ACCUSE"),
    ("The airlift of food to the besieged city began on Friday.", "airlift", "AID"),
    ("The stabbing of two police officers in Jerusalem was condemned.", "stabbing", "ASSAULT"),
])
def test_nominalizations_of_listed_verbs(text: str, trigger: str, etype: str) -> None:
    # coded as their verbs ("incarcerate" COERCE 'arrest', "acquit" CONCEDE ...)
    assert etype in _types(text, trigger)


@pytest.mark.parametrize("text, trigger, etype", [
    ("Rebels assaulted the army garrison in the north overnight.", "assaulted", "ASSAULT"),
    ("Bennett said the Taliban persecute women and girls.", "persecute", "COERCE"),
    ("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar and "
     "exploded a series of bombs.", "exploded", "ASSAULT"),  # PLOVER GSR ASSAULT-0002
    ("Striking workers picketed the ministry in Nairobi on Tuesday.", "picketed", "PROTEST"),
])
def test_verbs_of_listed_nouns(text: str, trigger: str, etype: str) -> None:
    assert etype in _types(text, trigger)


@pytest.mark.parametrize("us, gb", [
    ("apologize", "apologise"), ("legalization", "legalisation"),
    ("mobilizing", "mobilising"), ("criminalize", "criminalise"),
])
def test_british_spelling(us: str, gb: str) -> None:
    assert lexicon.british_spelling(us) == gb


@pytest.mark.parametrize("lemma", ["seize", "size", "prize", "capsize", "downsize"])
def test_no_british_twin(lemma: str) -> None:
    assert lexicon.british_spelling(lemma) is None


@pytest.mark.parametrize("text, trigger, etype", [
    ("Turkey apologised to Russia on Monday for the downing of the jet.", "apologised",
     "CONCEDE"),
    ("Uruguay legalised the sale of marijuana on Tuesday.", "legalised", "CONCEDE"),
    ("Hungary ostracised the opposition newspaper.", "ostracised", "COERCE"),
])
def test_british_spellings_are_triggers(text: str, trigger: str, etype: str) -> None:
    # the lemmatizer keeps the -ise spelling; the lexicon lists the -ize one
    assert etype in _types(text, trigger)


@pytest.mark.parametrize("text, trigger, etype", [
    ("Iran backed down on Monday after the United States threatened sanctions.", "backed",
     "CONCEDE"),
    ("The rebels laid down their arms in the eastern province on Monday.", "laid", "RETREAT"),
    ("Erdogan lashed out at the European Union on Tuesday.", "lashed", "ACCUSE"),
    ("Algerian President Abdelaziz Bouteflika stepped aside on Tuesday.", "stepped",
     "RETREAT"),
    ("The Kenyan government gave in to the strikers' demands on Friday.", "gave", "CONCEDE"),
    ("China clamped down on dissidents in Tibet on Monday.", "clamped", "COERCE"),
    ("The opposition walked out of the talks in Nairobi.", "walked", "PROTEST"),
])
def test_phrasal_verbs(text: str, trigger: str, etype: str) -> None:
    # CAMEO 2.0 phrasal verbs: the particle gives the reading ("back down" yields, "step
    # aside" resigns, "lay down" arms disarms ...)
    assert etype in _types(text, trigger)


def test_backing_down_or_out_is_no_support() -> None:
    # the bare "back" row is SUPPORT (051): "backed down" / "backed out of" are not
    assert "SUPPORT" not in _types("Iran backed down on Monday.", "backed")
    assert "SUPPORT" not in _types("The United States backed out of the nuclear deal with "
                                   "Iran.", "backed")


def test_a_lemma_listed_in_both_spellings_reads_every_american_row() -> None:
    # "mobilise" has British rows of its own; the American rows it lacks ("mobilize voters"
    # SUPPORT, ...) still reach it, so a British text loses no reading
    table = lexicon.entries()
    british = {e.complement for e in table[("mobilise", "V")]}
    american = {e.complement for e in table[("mobilize", "V")]}
    assert american <= british
