"""Round-17 actor rules (AS): the sector of people whose role is stated — a title conjoined
to a misparsed apposition, a generic title inside a non-governmental body, an NGO called an
"agency"."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_title_conjoined_to_a_misparsed_apposition(nlp: object) -> None:
    # VOA 6181504: the parser heads the apposition with "politics", "professor" its conjunct
    actors = actors_of("\"They are looking at it,\" said Stephen Nagy, senior associate "
                       "politics and international studies professor at International "
                       "Christian University in Tokyo.")
    assert actor_with(actors, "Stephen Nagy").sector == "EDU"


def test_secretary_general_of_a_think_tank_is_not_government(nlp: object) -> None:
    # VOA 6205546: a think tank's secretary-general is SOC, not GOV by "secretary"
    actors = actors_of("Revisions will add support for the claims, said Andrew Yang, "
                       "secretary-general of the Chinese Council of Advanced Policy Studies "
                       "think tank.")
    assert actor_with(actors, "Andrew Yang").sector == "SOC"


def test_secretary_general_of_the_un_stays_government(nlp: object) -> None:
    actors = actors_of("The deal was welcomed by the U.N. secretary-general.")
    assert {a.sector for a in actors} == {"GOV"}


def test_charity_agency_is_an_ngo(nlp: object) -> None:
    actors = actors_of("Sightsavers, a British charity agency, said the disease was spreading.")
    assert "GOV" not in {a.sector for a in actors}
    assert "SOC" in {a.sector for a in actors}


def test_superintendent_is_an_official_and_a_police_one_police(nlp: object) -> None:
    actors = actors_of("The train was stopped, said Hayat, the divisional railway superintendent.")
    assert actor_with(actors, "Hayat").sector == "GOV"
    actors = actors_of("A senior police superintendent said five people died.")
    assert actor_with(actors, "A senior police superintendent").sector == "COP"


def test_former_ends_a_relation_not_an_office(nlp: object) -> None:
    # VOA 7846440: "his former boss" is President Ruto, sitting, not an ex-official
    actors = actors_of("Gachagua had complained about friction between him and his former boss.")
    assert actor_with(actors, "his former boss").sector != "ELI"
    actors = actors_of("The former president said the vote was rigged.")
    assert actor_with(actors, "The former president").sector == "ELI"


def test_names_in_apposition_to_a_plural_title_take_it(nlp: object) -> None:
    # VOA 6204080: the parser tags "stringers" a verb
    actors = actors_of("Harun Maruf reported from Washington; and stringers Abdiaziz Barrow and "
                       "Khadar Hared contributed from Mogadishu and Nairobi, respectively.")
    assert actor_with(actors, "Khadar Hared").sector == "JRN"


def test_representatives_of_countries_are_envoys(nlp: object) -> None:
    actors = actors_of("Representatives of nearly 50 countries met in Geneva to discuss the plan.")
    assert actor_with(actors, "Representatives").sector == "GOV"
    actors = actors_of("A U.S. representative said the bill would pass.")
    assert actor_with(actors, "A U.S. representative").sector == "LEG"
