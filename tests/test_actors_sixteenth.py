"""Sixteenth-round actor rules, from the seed-2033 hand check: a country the text gives a
person although the parse does not link it (a demonym on a role noun apposed to or right
before the name) (sentences after the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_name_apposed_to_a_role_noun_takes_its_demonym(nlp: object) -> None:
    actors = actors_of("The company was founded in 2016 by two friends: a local trader and his "
                       "Chinese partner and former classmate, Fang Yedun.")
    assert actor_with(actors, "Fang Yedun").country == "CHN"


def test_name_apposed_to_two_nationalities_takes_neither(nlp: object) -> None:
    actors = actors_of("The company was founded by his Chinese and Israeli business partner, "
                       "Moshe Levin, in 2016.")
    assert actor_with(actors, "Moshe Levin").country is None


def test_role_noun_right_before_a_split_name_joins_it(nlp: object) -> None:
    # "Gal-Or" splits the parse: "Or" is read as a conjunction, the name no apposition
    actors = actors_of("The firm was founded in 2016 by Israeli businessman Amir Gal-Or and "
                       "his partner.")
    gal_or = actor_with(actors, "Amir Gal-Or")
    assert (gal_or.country, gal_or.sector) == ("ISR", "BUS")


def test_generic_authorities_take_the_body_named_just_before(nlp: object) -> None:
    actors = actors_of("The Kenyan counterterror agency broke up a cell in Mombasa on "
                       "Monday.  Authorities said the men were planning attacks on hotels.  "
                       "Several Somali and Ethiopian analysts doubted the claim.")
    assert actor_with(actors, "Authorities").country == "KEN"


def test_generic_authorities_after_two_states_bodies_take_neither(nlp: object) -> None:
    actors = actors_of("The Kenyan police and the Ugandan army arrested four men on the border "
                       "on Monday.  Authorities said the men were planning attacks.  Somali "
                       "and Ethiopian analysts doubted the claim.")
    assert actor_with(actors, "Authorities").country is None


def test_bare_force_takes_the_one_armed_force_of_the_story(nlp: object) -> None:
    actors = actors_of("Japan, China, Russia, Iran and the Philippines all watch the strait "
                       "closely.  Taiwan's soldiers are at 80 percent of the needed level.  "
                       "More women should join the force, an analyst said.")
    assert actor_with(actors, "the force").country == "TWN"


def test_bare_force_among_two_armed_forces_takes_neither(nlp: object) -> None:
    actors = actors_of("The Indian army and the Pakistani army exchanged fire on Monday.  More "
                       "women should join the force, an analyst said.")
    assert actor_with(actors, "the force").country is None


def test_a_region_tagged_as_organization_is_no_actor(nlp: object) -> None:
    actors = actors_of("Both leaders pledged to work for a free and open Indo-Pacific region, "
                       "the Japanese Foreign Ministry said.")
    assert not any("region" in n for n in mentions_of(actors))
    assert actor_with(actors, "the Japanese Foreign Ministry").country == "JPN"


def test_drivers_of_a_disease_are_a_cause(nlp: object) -> None:
    actors = actors_of("Researchers found that obesity and physical inactivity are key drivers "
                       "of heart disease in Asia.  Economists say that high fuel prices and "
                       "weak demand are major drivers of inflation in the region.")
    assert not any("drivers" in n for n in mentions_of(actors))


def test_drivers_of_vehicles_stay_people(nlp: object) -> None:
    actors = actors_of("Police stopped the drivers of the trucks at the border on Monday.")
    assert any("drivers" in n for n in mentions_of(actors))


def test_a_name_cut_after_a_particle_is_mended(nlp: object) -> None:
    actors = actors_of("Italy did not vote for the present President of the commission, Ursula "
                       "von der Leyen, and it is dragging its feet on many EU policies.")
    von_der_leyen = actor_with(actors, "Ursula von der Leyen")
    assert (von_der_leyen.country, von_der_leyen.sector) == ("IGOEU", "GOV")


def test_a_politicians_constituents_take_his_country(nlp: object) -> None:
    actors = actors_of("Uganda's opposition leader Kizza Besigye spoke to reporters in Nairobi, "
                       "Kenya, on Monday.  \"I am a member of parliament who cannot address his "
                       "constituents,\" he said.  He met Kenyan and Tanzanian leaders.")
    assert actor_with(actors, "his constituents").country == "UGA"
