"""Round-13 actor rules (AJ): the even hand-judged rows still wrong — a former leader's
government and a former leader's family (sentences after the even VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_a_former_presidents_government_is_elite(nlp: object) -> None:
    # VOA 6180206: "dismantle the foundations of former president Omar al-Bashir's government"
    actors = actors_of("Sudanese authorities have approved a law to dismantle the foundations "
                       "of former president Omar al-Bashir's government.")
    assert actor_with(actors, "former president Omar al-Bashir's government").sector == "ELI"


def test_the_government_of_its_time_stays_government(nlp: object) -> None:
    # VOA 6203896: "high-level members of Gbagbo's government must have given the orders"
    actors = actors_of("Former French ambassador Jean-Marc Simon said even former President "
                       "Laurent Gbagbo had not been informed, but suggested high-level members "
                       "of Gbagbo's government must have given the orders.")
    assert actor_with(actors, "Gbagbo's government").sector == "GOV"


def test_a_former_presidents_family_is_elite(nlp: object) -> None:
    # VOA 8010694: "the Assad family" after "the former president" Bashar al-Assad
    actors = actors_of("Former President Bashar al-Assad fled to Moscow in December. The Assad "
                       "family ruled Syria for five decades.")
    assert actor_with(actors, "The Assad family").sector == "ELI"


def test_a_private_familys_sector_is_unchanged(nlp: object) -> None:
    actors = actors_of("Farmer Ali Hassan lost his crops. The Hassan family asked for help.")
    assert actor_with(actors, "The Hassan family").sector != "ELI"
