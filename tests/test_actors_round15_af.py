"""Round-15 actor rules (AF): a person whose nationality the text does not state takes the
country of the employer it names, when that employer is placed in one country ("in X" after
it, inside its tagged name, or a U.S. state or large city in its name)."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of

# (sentence, the person's mention, the country it must have); ids name the rule
COUNTRIES = [
    # VOA 8010779: the tagger takes "in South Africa" into the ORG
    pytest.param("Dr. Raylton Chikwati, a study co-author from the University of Witwatersrand "
                 "in South Africa, said another risk factor is living in cities.",
                 "Dr. Raylton Chikwati", "ZAF", id="employer_in_a_country_inside_the_tagged_name"),
    pytest.param("Mike Lynch, managing director with SSI Institutional Brokerage in Ho Chi Minh "
                 "City, said the market would rise.", "Mike Lynch", "VNM",
                 id="employer_in_a_large_city"),
    pytest.param("Sarbast Nabi, a professor at Koya University in Iraqi Kurdistan, said the vote "
                 "was a mistake.", "Sarbast Nabi", "IRQ",
                 id="employer_in_a_region_placed_by_its_demonym"),
    # VOA 8008697
    pytest.param("\"We want it,\" said Jennifer Kapral, director of education and outreach at "
                 "Asia Society Texas Center.", "Jennifer Kapral", "USA",
                 id="employer_named_by_a_us_state"),
    pytest.param("Francesco Sisci, an Italian Sinologist at Renmin University in Beijing, said "
                 "the talks failed.", "Francesco Sisci", "ITA",
                 id="stated_nationality_outweighs_the_employer"),
    pytest.param("Oaitse Nawa of the Elephant Protection Society is among those who want the "
                 "hunts to be stopped.", "Oaitse Nawa of the Elephant Protection Society", None,
                 id="an_unplaced_employer_gives_no_country"),
    # the "X of ORG" shape right after the name
    pytest.param("Jennifer Kapral of Asia Society Texas said the students want it.",
                 "Jennifer Kapral", "USA", id="name_of_an_employer_named_by_a_us_state"),
]


@pytest.mark.parametrize(("text", "mention", "country"), COUNTRIES)
def test_a_person_takes_the_country_of_a_placed_employer(nlp: object, text: str, mention: str,
                                                         country: str | None) -> None:
    assert actor_with(actors_of(text), mention).country == country
