"""Round-15 actor rules (AF): a person whose nationality the text does not state takes the
country of the employer it names, when that employer is placed in one country ("in X" after
it, inside its tagged name, or a U.S. state or large city in its name)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_employer_in_a_country_inside_the_tagged_name(nlp: object) -> None:
    # VOA 8010779: the tagger takes "in South Africa" into the ORG
    actors = actors_of("Dr. Raylton Chikwati, a study co-author from the University of "
                       "Witwatersrand in South Africa, said another risk factor is living in "
                       "cities.")
    assert actor_with(actors, "Dr. Raylton Chikwati").country == "ZAF"


def test_employer_in_a_large_city(nlp: object) -> None:
    actors = actors_of("Mike Lynch, managing director with SSI Institutional Brokerage in Ho "
                       "Chi Minh City, said the market would rise.")
    assert actor_with(actors, "Mike Lynch").country == "VNM"


def test_employer_in_a_region_placed_by_its_demonym(nlp: object) -> None:
    actors = actors_of("Sarbast Nabi, a professor at Koya University in Iraqi Kurdistan, said "
                       "the vote was a mistake.")
    assert actor_with(actors, "Sarbast Nabi").country == "IRQ"


def test_employer_named_by_a_us_state(nlp: object) -> None:
    # VOA 8008697
    actors = actors_of("\"We want it,\" said Jennifer Kapral, director of education and "
                       "outreach at Asia Society Texas Center.")
    assert actor_with(actors, "Jennifer Kapral").country == "USA"


def test_stated_nationality_outweighs_the_employer(nlp: object) -> None:
    actors = actors_of("Francesco Sisci, an Italian Sinologist at Renmin University in "
                       "Beijing, said the talks failed.")
    assert actor_with(actors, "Francesco Sisci").country == "ITA"


def test_an_unplaced_employer_gives_no_country(nlp: object) -> None:
    actors = actors_of("Oaitse Nawa of the Elephant Protection Society is among those who "
                       "want the hunts to be stopped.")
    assert actor_with(actors, "Oaitse Nawa of the Elephant Protection Society").country is None


def test_name_of_an_employer_named_by_a_us_state(nlp: object) -> None:
    # the "X of ORG" shape right after the name
    actors = actors_of("Jennifer Kapral of Asia Society Texas said the students want it.")
    assert actor_with(actors, "Jennifer Kapral").country == "USA"

