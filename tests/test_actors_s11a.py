"""Session-11 (AC) guards: a country the text gives for an actor whose country was left empty
— the seat a person or group is "based" in ("a Dubai-based analyst", "a group based in X"),
told apart from the places events happen in."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_city_based_person_takes_the_city_country(nlp: object) -> None:
    actors = actors_of("VOA and Dubai-based intelligence analyst Martin Kelly of EOS Risk Group "
                       "determined that the tanker reported no significant draught change.")
    kelly = actor_with(actors, "Dubai-based intelligence analyst Martin Kelly of EOS Risk Group")
    assert kelly.country == "ARE"


def test_group_based_in_a_country_takes_it(nlp: object) -> None:
    actors = actors_of("A terror group based in Trinidad claims to be manufacturing chemical and "
                       "biological weapons to use against the United States and Britain.")
    assert actor_with(actors, "A terror group").country == "TTO"


def test_event_place_gives_no_base(nlp: object) -> None:
    # "arrested in Lebanon" is where the event happened, not the missionary's seat
    actors = actors_of("A Christian missionary was arrested in Lebanon for collaborating with "
                       "Israel, according to the Canadian Press.")
    assert actor_with(actors, "A Christian missionary").country != "LBN"


def test_troops_based_abroad_keep_no_host_country(nlp: object) -> None:
    # a base abroad is a deployment: the troops are not Japan's
    actors = actors_of("Troops based in Okinawa were put on alert after the missile launch.")
    assert actor_with(actors, "Troops").country != "JPN"
