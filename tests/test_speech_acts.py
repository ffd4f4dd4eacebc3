"""Verbal political acts (issue 6): whom a threat, promise, accusation or warning is aimed at,
on wire-style sentences written for the purpose (none from the VOA or PLOVER gold)."""

from __future__ import annotations

import pytest

from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _coded(text: str, etype: str) -> list[tuple[set, set]]:
    art = extract(text)
    country = lambda ids: {a.country for x in ids if (a := art.actor(x)) is not None}  # noqa: E731
    return [(country(ev.actors), country(ev.recipients)) for ev in art.events if ev.type == etype]


# -- a speaker's own state as the subject of its threat or promise ---------------------------

def test_a_threat_whose_clause_names_the_speakers_own_state_is_aimed_down_the_clause() -> None:
    assert _coded("Russia will respond to any deployment of U.S. missiles in Germany, Kremlin "
                  "spokesman Dmitry Peskov warned.", "THREATEN") == [({"RUS"}, {"USA"})]


def test_a_reported_warning_with_the_speakers_state_as_subject_targets_the_other_side() -> None:
    assert _coded("Chinese Foreign Minister Wang Yi warned that China would respond firmly to any "
                  "provocation by the Philippines.", "THREATEN") == [({"CHN"}, {"PHL"})]


def test_a_promise_by_the_speakers_state_is_made_to_the_party_it_helps() -> None:
    assert _coded("Japan's prime minister promised that Japan would provide more aid to "
                  "Ukraine.", "AGREE") == [({"JPN"}, {"UKR"})]


def test_the_speakers_own_state_is_never_the_recipient_of_its_threat() -> None:
    for actors, recipients in _coded("Turkey will not hesitate to strike Kurdish militants in "
                                     "Syria, Erdogan warned.", "THREATEN"):
        assert "TUR" not in recipients


def test_the_own_state_as_the_object_of_a_promise_stays_its_recipient() -> None:
    # only a subject is the speaker: "promised to reform Ukraine" is about Ukraine
    found = _coded("Ukrainian President Volodymyr Zelenskyy promised to rebuild Ukraine and "
                   "root out corruption.", "AGREE")
    assert all(recipients <= {"UKR"} for _, recipients in found)


def test_a_demand_on_a_party_of_the_speakers_own_country_keeps_it() -> None:
    # a demand asks its subject, even of the speaker's own country (not a commissive act)
    found = _coded("Maduro demanded that Venezuela's opposition accept the election result.",
                   "REQUEST")
    assert found and all(recipients == {"VEN"} for _, recipients in found)


# -- the "that" clause of an accusation or warning noun ----------------------------------------

def test_an_accusation_nouns_that_clause_names_the_accused() -> None:
    assert _coded("Pakistan's allegations that India funds the separatists were raised at the "
                  "United Nations.", "ACCUSE") == [({"PAK"}, {"IND"})]


def test_a_pronoun_subject_of_the_accusation_clause_is_no_recipient() -> None:
    for _, recipients in _coded("Iran's accusation that it had been targeted drew a sharp "
                                "response.", "ACCUSE"):
        assert "IRN" not in recipients


# -- a rejection's finite clause is the charge it denies -------------------------------------

def test_a_rejected_charge_is_no_recipient_of_the_rejection() -> None:
    # the charge's subject is the rejecter's own side, not the one it answers
    for _, recipients in _coded("Pakistan rejected that its intelligence agency had links to "
                                "the militants.", "REJECT"):
        assert "PAK" not in recipients


def test_a_refusal_to_act_still_names_whom_it_refuses() -> None:
    assert _coded("Kenya refused to attend the hearing at the International Court of Justice.",
                  "REJECT") == [({"KEN"}, {"IGOUNO"})]


# -- a quoted verb of the complement ---------------------------------------------------------

def test_a_quoted_verb_of_a_threat_is_the_threatened_act_not_an_attack() -> None:
    text = 'Iran threatened on Monday to "crush" Israel if attacked.'
    assert _coded(text, "THREATEN") == [({"IRN"}, {"ISR"})]
    assert _coded(text, "ASSAULT") == []


# -- the "for" phrase of a noun of favour ----------------------------------------------------

def test_support_expressed_for_a_party_is_support_of_it() -> None:
    assert _coded("Saudi Arabia expressed support for the Lebanese army in a statement on "
                  "Sunday.", "SUPPORT") == [({"SAU"}, {"LBN"})]


def test_support_for_a_plan_names_no_recipient() -> None:
    for _, recipients in _coded("Germany voiced support for the peace plan.", "SUPPORT"):
        assert not recipients


# -- the party an amount pledged "in aid to" --------------------------------------------------

def test_an_amount_pledged_in_aid_to_a_party_is_pledged_to_it() -> None:
    assert _coded("The United States promised $1 billion in humanitarian assistance for Gaza.",
                  "AGREE") == [({"USA"}, {"PSE"})]
    assert _coded("Germany pledged 500 million euros in military aid to Ukraine.",
                  "AGREE") == [({"DEU"}, {"UKR"})]



# -- nouns of verbal acts with their party named ----------------------------------------------

def test_a_warning_to_a_party_is_a_threat_to_it() -> None:
    assert _coded("Iran's warning to Israel came a day after the strike on its consulate.",
                  "THREATEN") == [({"IRN"}, {"ISR"})]


def test_support_for_a_party_is_support_even_as_a_noun() -> None:
    assert _coded("Turkey's strong support for Azerbaijan was evident during the visit.",
                  "SUPPORT") == [({"TUR"}, {"AZE"})]


def test_military_support_for_a_party_stays_aid() -> None:
    assert _coded("Britain's military support for Ukraine will continue, the defense secretary "
                  "said.", "AID") == [({"GBR"}, {"UKR"})]


# -- a text speaks for whoever issued it ------------------------------------------------------

def test_a_statement_from_a_ministry_is_the_ministrys_act() -> None:
    assert _coded("A joint statement by Egypt and Jordan urged Israel to open the crossings.",
                  "REQUEST") == [({"EGY", "JOR"}, {"ISR"})]
    assert _coded("A resolution by the U.N. General Assembly demanded that Russia withdraw its "
                  "troops from Ukraine.", "REQUEST") == [({"IGOUNO"}, {"RUS"})]


def test_a_text_with_no_issuer_named_acts_for_no_one() -> None:
    assert _coded("The statement did not name Russia but condemned the attack.", "ACCUSE") == []
