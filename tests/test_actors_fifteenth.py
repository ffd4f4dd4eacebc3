"""Fifteenth-round actor rules (coding, institutions, dictionary): a body's "X-based" place is
its country before a place its name studies, and an area-studies centre is SOC; groups two
states own together have no country; peers of a named NGO take its kind and no state;
officials of a former government are ELI; IGO agencies under their name variants and country
offices; bare participants and "parties in conflict" have no sector (sentences from the VOA
stories and written like them)."""

from __future__ import annotations

from helpers import actor_with, actors_of

from dateline.actors.dictionary import load


def test_a_berlin_based_area_centre_is_german_and_a_think_tank(nlp: object) -> None:
    text = ("\"People who comment on social media do not have much influence,\" Alexander "
            "Gabuev, director of the Berlin-based Carnegie Russia Eurasia Center, told VOA.")
    centre = actor_with(actors_of(text), "the Berlin-based Carnegie Russia Eurasia Center")
    assert (centre.country, centre.sector) == ("DEU", "SOC")


def test_an_area_centre_without_a_base_takes_no_country_from_its_subject(nlp: object) -> None:
    text = "The Carnegie Russia Eurasia Center said in a report that the talks would fail."
    centre = actor_with(actors_of(text), "The Carnegie Russia Eurasia Center")
    assert (centre.country, centre.sector) == (None, "SOC")


def test_ambassadors_of_both_countries_have_no_one_country(nlp: object) -> None:
    text = ("Relations have been frozen since 2013, when both countries withdrew their "
            "ambassadors. Turkey said on Monday it would name a new envoy to Cairo.")
    envoys = actor_with(actors_of(text), "their ambassadors")
    assert (envoys.country, envoys.sector) == (None, "GOV")


def test_ambassadors_of_one_country_keep_it(nlp: object) -> None:
    text = "Turkey withdrew its ambassadors from Cairo in 2013."
    assert actor_with(actors_of(text), "its ambassadors").country == "TUR"


def test_other_agencies_beside_an_ngo_are_ngos_of_no_state(nlp: object) -> None:
    text = ("Nigeria's army says it controls the north. But Eguiluz told VOA that MSF and "
            "other agencies have no access at all to the 1.2 million people living in areas "
            "controlled by Boko Haram in Nigeria.")
    agencies = actor_with(actors_of(text), "other agencies")
    assert (agencies.country, agencies.sector) == (None, "SOC")


def test_un_agencies_beside_an_ngo_stay_the_un(nlp: object) -> None:
    text = "According to MSF and U.N. agencies, the humanitarian situation is still dire."
    assert actor_with(actors_of(text), "U.N. agencies").country == "IGOUNO"


def test_officials_of_a_deposed_leaders_government_are_former_officials(nlp: object) -> None:
    text = ("In April, the military removed Bashir and jailed him. Several other officials "
            "of his government are also in jail, facing trial on charges of corruption.")
    officials = actor_with(actors_of(text, published="2019-11-29"), "Several other officials")
    assert officials.sector == "ELI"


def test_officials_of_a_leader_in_office_stay_officials(nlp: object) -> None:
    text = ("Sudanese President Omar al-Bashir spoke in Khartoum. Several officials of his "
            "government attended the rally.")
    officials = actor_with(actors_of(text, published="2018-06-01"), "Several officials")
    assert officials.sector == "GOV"


def test_officials_of_an_ousted_government_and_of_an_era_are_eli(nlp: object) -> None:
    ousted = actors_of("Prosecutors charged two officials of the ousted government with fraud.")
    assert actor_with(ousted, "two officials").sector == "ELI"
    era = actors_of("Several Bashir-era officials were arrested in Khartoum on Sunday.")
    assert actor_with(era, "Several Bashir-era officials").sector == "ELI"


def test_the_refugee_agency_under_its_written_out_name_is_un_ref(nlp: object) -> None:
    text = "The United Nations High Commission for Refugees (UNHCR) shares that concern."
    unhcr = actor_with(actors_of(text), "The United Nations High Commission for Refugees")
    assert (unhcr.country, unhcr.sector) == ("IGOUNO", "REF")


def test_an_igo_agencys_country_office_is_the_agency(nlp: object) -> None:
    text = "A spokesman said UNHCR Kenya would move the camp residents by June."
    office = actor_with(actors_of(text), "UNHCR Kenya")
    assert (office.country, office.sector) == ("IGOUNO", "REF")


def test_the_dictionary_finds_un_bodies_under_either_spelling() -> None:
    dictionary = load()
    short = dictionary.lookup("UN High Commission for Refugees")
    long = dictionary.lookup("United Nations Refugee Agency")
    assert short is not None and long is not None
    assert {r.country for r in short.roles} == {"IGOUNO"}
    assert dictionary.lookup("United Nations Bananas Board") is None


def test_bare_actors_and_parties_in_conflict_have_no_sector(nlp: object) -> None:
    text = ("\"These counterterrorism laws prevent humanitarian actors to negotiate with all "
            "actors, parties in conflict because they are considered terrorists.\"")
    actors = actors_of(text)
    assert actor_with(actors, "all actors").sector is None
    assert actor_with(actors, "humanitarian actors").sector == "SOC"
    warring = actors_of("The warring parties agreed to a ceasefire in Khartoum.")
    assert actor_with(warring, "The warring parties").sector is None
    assert actor_with(actors_of("The ruling party won the vote."), "The ruling party").sector \
        == "PTY"


def test_a_named_think_tank_is_soc_in_its_home_country(nlp: object) -> None:
    text = ("\"Pyongyang will test the new administration,\" said Bruce Klingner of the "
            "Heritage Foundation.")
    analyst = actor_with(actors_of(text), "Bruce Klingner of the Heritage Foundation")
    assert (analyst.country, analyst.sector) == ("USA", "SOC")
    tank = actor_with(actors_of("The Lowy Institute published a poll on Monday."),
                      "The Lowy Institute")
    assert (tank.country, tank.sector) == ("AUS", "SOC")


def test_a_demonym_before_an_acronym_is_the_names_language(nlp: object) -> None:
    text = ("The charity Doctors Without Borders, known by its French acronym MSF, says "
            "insecurity has put a million Nigerians beyond its reach.")
    msf = actor_with(actors_of(text), "its French acronym MSF")
    assert (msf.country, msf.sector) == (None, "MED")


def test_a_department_of_a_discipline_is_a_universitys(nlp: object) -> None:
    text = ("Ombongi is the former chair of the department of history and archeology. The "
            "department said it would publish the findings.")
    assert actor_with(actors_of(text), "The department").sector == "EDU"
    ministry = actors_of("The Department of Energy said it would release oil from reserves.")
    assert actor_with(ministry, "The Department of Energy").sector == "GOV"


def test_the_two_countries_foreign_ministers_have_no_one_country(nlp: object) -> None:
    text = "Turkey and Egypt are talking again. The two countries' foreign ministers met in Ankara."
    ministers = actor_with(actors_of(text), "The two countries' foreign ministers")
    assert ministers.country is None


def test_a_former_head_of_a_research_body_keeps_its_field(nlp: object) -> None:
    text = ("Joao Paulo Pinto is the former director of Guinea-Bissau's National Institute of "
            "Study and Research.")
    pinto = actor_with(actors_of(text), "Joao Paulo Pinto")
    assert (pinto.country, pinto.sector) == ("GNB", "EDU")
