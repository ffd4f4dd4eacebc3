"""Mends of the review of this session's event changes: a date of an "as / while / when" clause
dates its head's other clauses only when the head has no date of its own and those clauses tell
no cause, concession or condition (``events.setting._governs``); the giver's "from" phrase of a
received act whose trigger is a compound ("U.S. aid packages"); the perfect auxiliary looked for
in the participle's own sentence only."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import dateline
from dateline.events.predicates import features, perfect_auxiliary
from helpers import date_of

pytestmark = pytest.mark.filterwarnings("ignore")

PUBLISHED = "2025-03-12"  # a Wednesday: Saturday is 03-08, Sunday 03-09, Monday 03-10


# -- a simultaneous clause's date does not override its head's own ---------------------------------

def test_a_head_dated_itself_keeps_its_date_for_its_after_clause() -> None:
    text = ("Police detained 20 people on Saturday after clashes erupted, as protests continued "
            "Sunday.")
    assert date_of(text, "erupted", PUBLISHED) == "2025-03-08"
    assert date_of(text, "continued", PUBLISHED) == "2025-03-09"


def test_a_head_dated_last_year_keeps_it_for_its_after_clause() -> None:
    text = ("The minister resigned last year, after the scandal broke, while protesters gathered "
            "on Monday.")
    assert date_of(text, "broke", PUBLISHED) == "2024"


@pytest.mark.parametrize("text, word", [
    ("The army had withdrawn because the rebels advanced, as talks resumed on Monday.",
     "advanced"),
    ("The talks stalled although the envoy arrived, as fighting resumed on Monday.", "arrived"),
])
def test_a_cause_or_a_concession_is_not_dated_by_a_simultaneous_clause(text: str,
                                                                       word: str) -> None:
    assert date_of(text, word, PUBLISHED) == PUBLISHED


@pytest.mark.parametrize("text, word", [
    ("The troops left as soon as the talks resumed on Monday, after the rebels attacked.",
     "attacked"),
    ("The troops stayed as long as the talks lasted on Monday, after the rebels attacked.",
     "attacked"),
    ("Police fired as if protesters attacked on Monday, after the rebels advanced.", "advanced"),
])
def test_as_soon_as_as_long_as_as_if_are_no_simultaneous_as(text: str, word: str) -> None:
    assert date_of(text, word, PUBLISHED) == PUBLISHED


def test_the_simultaneous_clause_still_dates_its_heads_after_clause() -> None:
    # VOA 6180206 (published Friday 2019-11-29), gold Thursday for the dissolution.
    assert date_of("Demonstrators chanted as they march in Khartoum Thursday, after Sudan's new "
                   "ruling sovereign council and the cabinet led by Prime Minister Abdalla Hamdok "
                   "dissolved the party of former President Omar al-Bashir.", "dissolved",
                   "2019-11-29") == "2019-11-28"


# -- a received act: the giver's phrase seen from a compound trigger -------------------------------

def test_a_compound_trigger_received_has_the_givers_from_phrase() -> None:
    art = dateline.extract("Ukraine received U.S. aid packages from Germany.", published=PUBLISHED)
    aid = next(t for t in art.doc if t.text == "aid")
    assert aid.dep_ == "compound" and "prep:from" in features(aid)


# -- the perfect auxiliary of a participle is in its sentence --------------------------------------

def test_a_perfect_auxiliary_is_not_looked_for_in_the_previous_sentence() -> None:
    # a sentence that ends on "have" with no punctuation (a headline), the next opening on a
    # participle: the "have" is not its auxiliary
    words = ["They", "have", "Banned", "groups", "marched", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              tags=["PRP", "VBP", "VBN", "NNS", "VBD", "."],
              pos=["PRON", "VERB", "VERB", "NOUN", "VERB", "PUNCT"],
              sent_starts=[True, False, True, False, False, False])
    assert perfect_auxiliary(doc[2]) is None
    # within a sentence it is found, over up to three adverbs
    doc = Doc(spacy.blank("en").vocab, words=["They", "have", "since", "banned", "rallies"],
              tags=["PRP", "VBP", "RB", "VBN", "NNS"], pos=["PRON", "AUX", "ADV", "VERB", "NOUN"],
              sent_starts=[True, False, False, False, False])
    assert perfect_auxiliary(doc[3]).text == "have"
