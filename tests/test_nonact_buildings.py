"""A body's building (a seat of government, an embassy, a consulate, a headquarters) named as
where something happens or where someone goes is a place, not the body
(``nonactors.building_place_prep``, ``referents.drop_installation_places``); where the
building speaks, acts, is written to or is someone's workplace it stays the body.  A website a
body says something on is a channel (``NotActorTests.is_channel``)."""

from __future__ import annotations

import pytest

import dateline

from helpers import actor_with, actors_of, mentions_of


@pytest.mark.parametrize("text, mention", [
    # PLOVER GSR REJECT-0005
    ("Serbia on Thursday flatly rejected an Australian ultimatum to handover a guard involved in "
     "a shooting in front of the Yugoslav consulate in Sydney.", "the Yugoslav consulate"),
    # MEANTIME 127227 (Barack Obama presents rescue plan)
    ("In a televised speech from the White House at 16:00 UTC today, President of the United "
     "States Barack Obama explained the plan.", "the White House"),
    ("Hundreds of people protested outside the U.S. embassy in Baghdad on Friday.",
     "the U.S. embassy"),
    ("Protesters gathered outside the Kremlin on Sunday.", "the Kremlin"),
    ("Netanyahu went to the White House on Monday.", "the White House"),
    ("The wounded were taken to Kenyatta National Hospital in Nairobi.",
     "Kenyatta National Hospital"),
])
def test_a_building_where_something_happens_is_a_place(text, mention):
    assert mention not in mentions_of(actors_of(text))


@pytest.mark.parametrize("text, mention, country", [
    ("The White House said it would respond to the tariffs.", "The White House", "USA"),
    # PLOVER GSR AGREE-0003
    ("The United States and Jordan have agreed upon a new free-trade pact between the two "
     "countries, the White House announced Tuesday.", "the White House", "USA"),
    ("The U.S. embassy issued a statement on Monday.", "The U.S. embassy", "USA"),
    ("He sent a letter to the White House last week.", "the White House", "USA"),
    ("A diplomat at the U.S. embassy in Baghdad said the talks failed.", "the U.S. embassy",
     "USA"),
    ("Militants attacked the U.S. embassy in Kabul.", "the U.S. embassy", "USA"),
    ("Kenyatta National Hospital in Nairobi said 12 people had died.",
     "Kenyatta National Hospital", "KEN"),
])
def test_a_building_that_acts_or_is_acted_on_is_the_body(text, mention, country):
    assert actor_with(actors_of(text), mention).country == country


@pytest.mark.parametrize("text, mention", [
    # MEANTIME 51682 and 58207
    ("In a statement on the Airbus website, the company said that the root cause of the problem "
     "is the software.", "the Airbus website"),
    ("The iPhone is claimed to be a revolutionary mobile phone as stated on the Apple website.",
     "the Apple website"),
])
def test_a_website_a_body_speaks_on_is_a_channel(text, mention):
    assert mention not in mentions_of(actors_of(text))


def test_websites_hit_by_a_crackdown_stay_outlets():
    # VOA 8008152 (gold: SOM JRN)
    text = ("Somalia's intelligence agency closed 12 media outlets. This latest announcement "
            "followed another crackdown on over 30 al-Shabab-related websites.")
    assert actor_with(actors_of(text), "over 30 al-Shabab-related websites").sector == "JRN"


@pytest.mark.parametrize("text", [
    "A bomb exploded at the Indian embassy in Kabul on Monday, killing 41 people.",
    "A car bomb exploded outside the U.S. consulate in Karachi on Thursday.",
])
def test_a_building_a_blast_strikes_stays_its_body(text):
    """A blast at an embassy strikes the state it stands for: the building stays an actor."""
    art = dateline.extract(text, published="2008-07-07")
    assert any(a.sector == "GOV" and a.country in {"IND", "USA"} for a in art.actors)
