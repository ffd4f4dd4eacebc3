"""Actor coding constructions (helper actg): what a phrase names, and whose it is."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_basis_modifier_is_no_actor():
    # the first half of a hyphenated "-style"/"-based" modifier is a model or a basis, not a
    # doer: VOA 8011076 "intelligence-based operations", GSR "a Bosnia-style civil war",
    # MEANTIME "Intel-based Mac"
    found = mentions_of(actors_of(
        "Law enforcement agencies have conducted 11,654 intelligence-based operations "
        "across the country so far this year."))
    assert "intelligence" not in found
    assert "Bosnia" not in mentions_of(actors_of(
        "The Serb minority wants to prevent a Bosnia-style civil war, officials said."))
    assert "Intel" not in mentions_of(actors_of("Apple unveils new Intel-based Mac."))


def test_place_based_still_seats_the_body():
    # a place's "-based" still gives the body it modifies its seat
    actor = actor_with(actors_of(
        "The Berlin-based Carnegie Russia Eurasia Center said on Monday that Russia would "
        "respond."), "The Berlin-based Carnegie Russia Eurasia Center")
    assert actor.country == "DEU"
