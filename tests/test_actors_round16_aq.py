"""Round-16 actor rules (AQ): the employer a copula places a person at gives the person's
country; a refugee living in a camp is not of the camp's host country."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_copula_places_a_person_at_an_employer_in_a_city(nlp: object) -> None:
    # VOA 7846440: the conjoined copula's title takes the employer, "Nairobi" in its name
    actors = actors_of("Kenneth Ombongi said he was surprised. Ombongi is the former chair of "
                       "the department of history and archeology and is now associate dean of "
                       "postgraduate studies at the University of Nairobi.")
    assert actor_with(actors, "Kenneth Ombongi").country == "KEN"


def test_copula_with_an_employer_of_no_known_place_gives_no_country(nlp: object) -> None:
    actors = actors_of("Peter Larsen said he was surprised. Larsen is a professor at the "
                       "Institute of Advanced Studies.")
    assert actor_with(actors, "Peter Larsen").country is None


def test_refugee_in_a_camp_is_not_of_the_host_country(nlp: object) -> None:
    # VOA 6204080: Dadaab is in Kenya; the woman is a Somali refugee there
    actors = actors_of("Kenya wants to close the camps. \"I am not ready,\" fretted Muslima "
                       "Abdullahi, an 80-year-old woman living in Hagadera, part of the Dadaab "
                       "refugee complex in northeastern Kenya.")
    assert actor_with(actors, "Muslima Abdullahi").country != "KEN"


def test_person_living_in_a_town_keeps_the_country(nlp: object) -> None:
    actors = actors_of("Maria Lopez, a teacher living in Cusco in southern Peru, said the "
                       "strike would go on.")
    assert actor_with(actors, "Maria Lopez").country == "PER"
