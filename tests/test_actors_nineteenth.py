"""Nineteenth-round actor rules, from the seed-2034 hand check: a national adjective inside a
known organization's name, demonyms of places, wings of armed groups, think-tank centres, aid
workers and parties (sentences after the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_a_national_adjective_in_a_known_name_gives_its_country(nlp: object) -> None:
    # VOA (seed-2034 sample): "the American Civil Liberties Union" (its entry has no country)
    actors = actors_of("The American Civil Liberties Union sued the government on Monday.")
    a = actor_with(actors, "The American Civil Liberties Union")
    assert (a.country, a.sector) == ("USA", "SOC")


def test_a_known_name_without_a_nation_keeps_no_country(nlp: object) -> None:
    actors = actors_of("Human Rights Watch said the government had lied.")
    assert actor_with(actors, "Human Rights Watch").country is None


def test_a_delegation_of_aid_workers_is_soc(nlp: object) -> None:
    # VOA (seed-2034 sample): "a delegation of humanitarian workers" was coded GOV
    actors = actors_of("A delegation of humanitarian workers arrived in Khartoum on Monday.")
    assert actor_with(actors, "A delegation").sector == "SOC"


def test_a_national_delegation_stays_gov(nlp: object) -> None:
    actors = actors_of("A Sudanese delegation arrived in Khartoum on Monday.")
    assert actor_with(actors, "A Sudanese delegation").sector == "GOV"


def test_leaders_of_a_front_are_a_party(nlp: object) -> None:
    # VOA 6180206: "Leaders of the National Islamic Front ... formed the NCP" (was REL)
    actors = actors_of("Leaders of the National Islamic Front met in Khartoum on Monday.")
    a = actor_with(actors, "Leaders of the National Islamic Front")
    assert a.sector == "PTY"


def test_a_liberation_front_stays_rebel(nlp: object) -> None:
    actors = actors_of("The Moro Islamic Liberation Front signed the deal on Monday.")
    assert actor_with(actors, "The Moro Islamic Liberation Front").sector == "REB"


def test_hong_kongers_are_hong_kong_civilians(nlp: object) -> None:
    # VOA (seed-2034 sample): "Hong Kongers" (the tagger gives no entity; was not an actor)
    actors = actors_of("Many Hong Kongers have left the city for Britain since 2020.")
    a = actor_with(actors, "Many Hong Kongers")
    assert (a.country, a.sector) == ("HKG", "CVL")


def test_a_wing_of_a_known_armed_group_takes_its_code(nlp: object) -> None:
    # VOA 8009976: "Baloch terrorists, including the BLA and the Majeed Brigade" (a BLA wing)
    actors = actors_of("Baloch terrorists, including the BLA and the Majeed Brigade, which are "
                       "present in Afghanistan, attacked the base.")
    a = actor_with(actors, "the Majeed Brigade")
    assert (a.country, a.sector) == ("PAK", "REB")


def test_a_brigade_of_an_army_takes_no_rebel_code(nlp: object) -> None:
    actors = actors_of("The 82nd Airborne Brigade and the Marines arrived on Monday.")
    assert actor_with(actors, "The 82nd Airborne Brigade").sector != "REB"


def test_a_former_post_of_a_sitting_lawmaker_is_leg(nlp: object) -> None:
    # VOA 6204080: "a lawmaker and former majority leader in Kenya's National Assembly"
    actors = actors_of("Aden Barre Duale, a lawmaker and former majority leader in Kenya's "
                       "National Assembly, thinks the dispute was a factor.")
    assert actor_with(actors, "former majority leader").sector == "LEG"


def test_a_former_lawmaker_in_business_is_eli(nlp: object) -> None:
    actors = actors_of("Jean Dupont, a businessman and former lawmaker in Haiti, was killed on "
                       "Sunday.")
    assert actor_with(actors, "former lawmaker").sector == "ELI"
