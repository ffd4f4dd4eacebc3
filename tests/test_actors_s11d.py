"""Session-11 (AZ) guards: a body's name given in another language or by a "known by/as"
clause — the language of a name gives nobody a country, and the description the clause names
is the named body."""

from __future__ import annotations

from helpers import actor_with, actors_of

MSF = ("Doctors Without Borders warned on Monday of hunger in Nigeria. The aid group, known by "
       "its French acronym MSF, reports the population of northeast Nigeria is being victimized "
       "by all sides in the Boko Haram conflict.")


def test_language_of_an_acronym_gives_no_country(nlp: object) -> None:
    # VOA 6183254: "French" names the acronym's language; the aid group is not French
    group = actor_with(actors_of(MSF), "The aid group")
    assert group.country != "FRA"


def test_description_known_by_a_name_is_that_body(nlp: object) -> None:
    actors = actors_of(MSF)
    group = actor_with(actors, "The aid group")
    assert group is actor_with(actors, "Doctors Without Borders")
    assert group.sector == "MED"  # the name's sector, not the description's SOC


def test_known_as_joins_the_named_group(nlp: object) -> None:
    actors = actors_of("The militant group, known as the Pakistani Taliban, claimed the attack "
                       "in Peshawar.")
    group = actor_with(actors, "The militant group")
    assert group is actor_with(actors, "the Pakistani Taliban")
    assert group.country == "PAK"


def test_known_for_is_no_name(nlp: object) -> None:
    # "known for" a deed names nothing: the group stays apart from the body after it
    actors = actors_of("The militant group, known for attacks on Pakistani soldiers, is allied "
                       "with the Afghan Taliban.")
    group = actor_with(actors, "The militant group")
    assert all("Taliban" not in m.text for m in group.mentions)


def test_refugees_held_by_an_army_take_its_state(nlp: object) -> None:
    # GSR COERCE-0017: the Sri Lankan army's captives are of Sri Lanka (ethnicity names no state)
    actors = actors_of("The Sri Lankan army has been holding thousands of Tamil civilian refugees "
                       "as human shields in the battle zones of the southern sector.")
    assert actor_with(actors, "Tamil civilian refugees").country == "LKA"


def test_demonstrators_stopped_by_police_take_its_state(nlp: object) -> None:
    # GSR COERCE-0001: students whose demonstration Turkish police prevented
    actors = actors_of("Turkish police prevented the demonstration staged by students at "
                       "Cumhuriyet University near AKP offices in Sivas.")
    assert actor_with(actors, "students").country == "TUR"


def test_people_an_official_told_take_no_state(nlp: object) -> None:
    # speech is no custody: "told reporters" places the reporters nowhere
    actors = actors_of("Indian Foreign Ministry spokesman Randhir Jaiswal told reporters that the "
                       "talks would resume.")
    assert actor_with(actors, "reporters").country is None
