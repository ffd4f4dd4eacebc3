"""The parties of a relational noun: "talks between X and Y", "an agreement between X and Y"."""

from __future__ import annotations

import pytest

from helpers import events_of_type, side_countries as _countries

pytestmark = pytest.mark.filterwarnings("ignore")



def test_talks_between_two_states_are_theirs_both_ways() -> None:
    art, talks = events_of_type("Officials said talks between China and Japan ended without a deal.",
                         "CONSULT")
    assert talks
    assert _countries(art, talks[0].actors) == {"CHN", "JPN"}
    assert _countries(art, talks[0].recipients) == {"CHN", "JPN"}


def test_talks_a_host_holds_between_two_sides_are_the_sides_talks() -> None:
    art, talks = events_of_type("Egypt hosted talks between Israel and Hamas in Cairo on Monday.",
                         "CONSULT")
    between = [ev for ev in talks if ev.trigger.text == "talks"]
    assert between
    assert _countries(art, between[0].actors) == {"ISR", "PSE"}
    assert "EGY" not in _countries(art, between[0].recipients)


def test_an_agreement_between_parties_is_one_they_made() -> None:
    # PLOVER: signing or finalizing an agreement is SUPPORT (CAMEO 057), the parties of a
    # reciprocal agreement all actors with no recipient
    art, signed = events_of_type("The agreement between Israel and Hamas was signed in Cairo.",
                          "SUPPORT")
    assert signed
    assert _countries(art, signed[0].actors) == {"ISR", "PSE"}
    assert signed[0].recipients == []
    assert signed[0].cameo == "057"


def test_a_possible_deal_between_parties_stays_a_prospect() -> None:
    art, _ = events_of_type("Iran said a possible deal between Tehran and Washington was close.",
                     "SUPPORT")
    assert not [ev for ev in art.events if ev.type == "SUPPORT" and ev.trigger.text == "deal"]


def test_a_meeting_between_two_leaders_is_theirs() -> None:
    art, meets = events_of_type("The meeting between Putin and Erdogan lasted three hours.", "CONSULT")
    assert meets
    assert _countries(art, meets[0].actors) == {"RUS", "TUR"}


def test_the_two_sides_are_the_pair_named_before() -> None:
    art, met = events_of_type("Israel and Hamas traded fire. The two sides later met in Cairo.",
                       "CONSULT")
    assert met
    assert _countries(art, met[0].actors) == {"ISR", "PSE"}


def test_the_two_sides_with_no_pair_before_have_no_actor() -> None:
    _, agreed = events_of_type("The two sides agreed to a ceasefire.", "AGREE")
    assert not agreed
