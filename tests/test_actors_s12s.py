"""Session-12 (AS) guards: the sector of an actor from what the text says it is — people
driven from their homes, an analyst's employer rather than his field, a city under armed force,
what an armed group calls its members, occupations the agent lists missed — and the neighbours
those rules must leave alone."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_resistance_workers_are_the_armed_groups_members(nlp: object) -> None:
    # VOA 8007760: the BLA's own members held by the state, not labour
    actors = actors_of("Threatening to kill the hostages, BLA demanded the release of political "
                       "prisoners, missing persons, and what it called resistance workers held "
                       "in Balochistan prisons.")
    assert actor_with(actors, "resistance workers").sector == "REB"


def test_displaced_civilians_are_displaced_persons(nlp: object) -> None:
    # VOA 7686618 (judged REF)
    actors = actors_of("Central African Republic officials are pleading with civilians to go "
                       "back to their villages, after up to 10,000 civilians were displaced this "
                       "week by fighting between rebels and the army.")
    assert actor_with(actors, "up to 10,000 civilians").sector == "REF"
    assert actor_with(actors, "civilians").sector == "CVL"  # (pleaded with, not displaced)


def test_people_the_floods_displaced_stay_civilians(nlp: object) -> None:
    # the objects of an active "displaced" stay civilians, as the judges keep "the conflict
    # displaced some 12 million people in Syria" (VOA 8010694) CVL; the passive subject is REF
    actors = actors_of("The floods displaced thousands of villagers in southern Malawi.")
    assert actor_with(actors, "villagers").sector == "CVL"
    actors = actors_of("Thousands of villagers were displaced by the floods in southern Malawi.")
    assert actor_with(actors, "villagers").sector == "REF"


def test_analyst_takes_his_employers_sector_not_his_field(nlp: object) -> None:
    # VOA 8010476 (judged BUS): a private risk consultancy's analyst, not a spy
    actors = actors_of("VOA and Dubai-based intelligence analyst Martin Kelly of EOS Risk Group "
                       "determined that the tanker reported no significant draught change.")
    kelly = actor_with(actors, "Dubai-based intelligence analyst Martin Kelly of EOS Risk Group")
    assert kelly.sector == "BUS"


def test_analysts_field_alone_gives_no_sector(nlp: object) -> None:
    actors = actors_of("Military analyst John Smith said the army was badly prepared.")
    assert actor_with(actors, "Military analyst John Smith").sector is None


def test_intelligence_officer_stays_a_spy(nlp: object) -> None:
    actors = actors_of("Intelligence officer John Smith said the army was badly prepared.")
    assert actor_with(actors, "Intelligence officer John Smith").sector == "SPY"


def test_city_under_armed_force_is_its_people(nlp: object) -> None:
    # PLOVER GSR: FRA CVL, SDN CVL
    actors = actors_of("Radical French farmers said on Friday they would blockade Paris from "
                       "Monday night to demand an end to the European Community's drastic farm "
                       "reform.")
    assert actor_with(actors, "Paris").sector == "CVL"
    actors = actors_of("Sudanese rebels shelled the southern regional capital Juba for the first "
                       "time in a year on Sunday and Monday, killing about 20 people, relief "
                       "officials in Nairobi said.")
    assert actor_with(actors, "the southern regional capital Juba").sector == "CVL"


def test_capital_acting_and_state_attacked_stay_government(nlp: object) -> None:
    # PLOVER GSR: "Berlin rejected" DEU GOV; a state attacked is still its government
    actors = actors_of("Berlin rejected recent calls by Belarus's rulers for immediate economic "
                       "aid.")
    assert actor_with(actors, "Berlin").sector == "GOV"
    actors = actors_of("Russia attacked Ukraine in February 2022.")
    assert actor_with(actors, "Ukraine").sector == "GOV"


def test_occupations_the_agent_lists_missed(nlp: object) -> None:
    assert actor_with(actors_of("A grocer in Kabul said prices had doubled."),
                      "A grocer").sector == "BUS"
    assert actor_with(actors_of("Health workers in Gaza went on strike on Monday."),
                      "Health workers").sector == "MED"
