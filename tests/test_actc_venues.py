"""A visit's place is not the visitor's country: an actor that arrives in, flies to, visits or
meets in the story's country does not default to it, except a local body; and the one
misspelling-tolerant country lookup (``countries.lookup``) the actor layer's call sites share."""

from __future__ import annotations

import pytest

from dateline.countries import lookup
from helpers import actor_with, actors_of

KENYA = ("Kenyan police arrested 20 protesters in Nairobi on Monday. Kenyan President William "
         "Ruto condemned the violence. {} Kenya's opposition leader Raila Odinga said the "
         "protests would continue.")


@pytest.mark.parametrize("sentence, mention", [
    ("A senior official arrived in Kenya on Tuesday for talks with Ruto.", "A senior official"),
    ("Envoy Mark Green arrived in Nairobi on Tuesday for talks with Ruto.", "Envoy Mark Green"),
    ("Envoy Mark Green flew to Nairobi on Tuesday for talks with Ruto.", "Envoy Mark Green"),
])
def test_a_visitor_to_the_story_country_is_not_of_it(sentence, mention):
    a = actor_with(actors_of(KENYA.format(sentence), "2024-03-01"), mention)
    assert a.country != "KEN"


def test_a_local_body_is_of_the_place_it_acts_in():
    text = KENYA.format("Police arrived in Mombasa on Tuesday to arrest 12 more protesters.")
    assert actor_with(actors_of(text, "2024-03-01"), "Police").country == "KEN"


def test_the_story_country_still_places_its_own_people():
    # marching in the story's country is no visit: the students stay the story's
    text = KENYA.format("Students marched in Nairobi on Tuesday.")
    assert actor_with(actors_of(text, "2024-03-01"), "Students").country == "KEN"


@pytest.mark.parametrize("name, kinds, code", [
    ("Afganistan", ("name",), "AFG"),                 # PLOVER GSR: misspelt
    ("Isralies", ("demonym",), "ISR"),
    ("Madrid", ("name", "capital"), "ESP"),           # a capital, exact
    ("Palestinan", ("demonym", "name"), "PSE"),
    ("Granada", ("name",), None),                     # a city one edit from Grenada
    ("Valenzuela", ("name",), None),                  # … from Venezuela
    ("Texas", ("name",), None),
])
def test_one_lookup_for_right_and_misspelt_names(name, kinds, code):
    assert lookup(name, kinds) == code
