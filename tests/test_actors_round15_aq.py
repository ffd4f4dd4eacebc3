"""Round-15 actor rules (AQ): countries left empty where the text gives them — people fleeing
a named country (or a war in it) are of that country."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_refugees_fleeing_a_war_in_a_country_are_of_it(nlp: object) -> None:
    # GSR: "food aid to refugees fleeing the civil war in Liberia" LBR REF
    actors = actors_of("The United Nations will provide nearly 25,000 tons of emergency food aid "
                       "to refugees fleeing the civil war in Liberia, the World Food Program "
                       "(WFP) said on Monday.")
    assert actor_with(actors, "refugees").country == "LBR"


def test_refugees_escaping_from_a_country_are_of_it(nlp: object) -> None:
    actors = actors_of("Refugees who escaped from Syria arrived in Turkey on Monday.")
    assert actor_with(actors, "Refugees").country == "SYR"


def test_a_flight_from_two_countries_gives_none(nlp: object) -> None:
    # "people fleeing civil wars and strife in Somalia and Sudan": no one country
    actors = actors_of("The camp shelters refugees fleeing civil wars and strife in Somalia and "
                       "Sudan, officials in Nairobi said.")
    assert actor_with(actors, "refugees").country is None
