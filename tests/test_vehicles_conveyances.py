"""A conveyance that an act is done to stands for its people (``MentionFinder.conveyance``):
"attacked a passenger train" (VOA 8009976, even gold PAK CVL), "took over the Jaffar Express"
(VOA 8011076), "attacking a military vehicle" (VOA 8007760, PAK MIL), "have boarded foreign
boats" (VOA 6205546), "a blockade on Palestinian lorries", "refused to allow United Nations
planes to land" (PLOVER GSR).  Not a conveyance said to carry its people, nor one that is only a
setting, nor a weapon."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, mentions_of

PASSENGER_TRAIN = ("Militants linked with the banned Baloch Liberation Army attacked a passenger "
                   "train Tuesday near Sibi, Balochistan, taking hundreds hostage.")
NAMED_TRAIN = ("Separatist militants from Baloch Liberation Army (BLA), a designated terror "
               "group, took over the Jaffar Express near Sibi hours after it left the provincial "
               "capital, Quetta, on Tuesday.")
MILITARY_VEHICLE = ("Days later, a roadside bomb blast killed 11 coal miners in the city, while "
                    "the BLA took credit for attacking a military vehicle securing a supply "
                    "convoy for a mining company operated by China.")
BOATS = "Chinese authorities have boarded foreign boats before, Thayer said."


@pytest.mark.parametrize("text, mention, sector", [
    (PASSENGER_TRAIN, "a passenger train", "CVL"),
    (NAMED_TRAIN, "the Jaffar Express", "CVL"),
    (MILITARY_VEHICLE, "a military vehicle", "MIL"),
    (BOATS, "foreign boats", None),
    # VOA 8007760: a blast set off near it, an attack "on" it
    ("Earlier this month, a female suicide bomber detonated her explosive devices near a "
     "military convoy in Balochistan's Kalat district, killing at least one security worker.",
     "a military convoy", "MIL"),
    ("Security sources said a Pakistani military operation rescued 190 passengers, a day after "
     "an attack on a train in Pakistan's restive Balochistan province.", "a train", "CVL"),
])
def test_conveyance_acted_on_is_its_people(text: str, mention: str, sector: str | None) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor.sector == sector


@pytest.mark.parametrize("text, mention, country", [
    ("Argentina apologized after one of its gunboats intercepted a Brazilian ship.",
     "a Brazilian ship", "BRA"),
    # GSR RETREAT-0015 (gold target "Palestinian", PSE): a blockade on them
    ("The Israeli army lifted Friday a day-old blockade on Palestinian lorries passing through "
     "this crossing point, officials told AFP.", "Palestinian lorries", "PSE"),
    # GSR REJECT-0020 (gold target "United Nations", IGO): a craft not let in
    ("The UNITA militarist wing refused to allow United Nations planes to land and evacuate 15 "
     "of its observers.", "United Nations planes", "IGOUNO"),
])
def test_conveyance_country_is_its_modifier(text: str, mention: str, country: str) -> None:
    assert actor_with(actors_of(text), mention).country == country


@pytest.mark.parametrize("text, word", [
    # GSR SANCTION-0001: the monitors carried are the actor, not the helicopter
    ("Italy announced a suspension of air links with Serbia on Wednesday, one day after a "
     "Serbian army jet shot down a helicopter carrying EC truce monitors.", "helicopter"),
    # VOA 8009314: the people shot are the actor, the train where they were
    ('"They shot and killed people on the train.', "train"),
    ("Flights to Paris resumed on Monday after the strike ended.", "Flights"),
    ("Hundreds of passengers waited at the train station for hours.", "train"),
    ("Turkey bought Russian S-400 missiles last year.", "missiles"),
])
def test_no_conveyance_actor(text: str, word: str) -> None:
    assert not any(word in m for m in mentions_of(actors_of(text)))


@pytest.mark.parametrize("text, word", [
    # travel and traffic, not acts done to a craft's people (review of the first version)
    ("Hundreds of passengers boarded the train in Quetta on Monday.", "train"),
    ("A speeding truck hit a car on the highway outside Lagos.", "car"),
    ("The new rules will allow electric cars to use bus lanes in Paris.", "cars"),
])
def test_travel_and_traffic_are_no_acts(text: str, word: str) -> None:
    assert not any(word in m for m in mentions_of(actors_of(text)))


def test_plural_buses_are_conveyances() -> None:
    actor = actor_with(actors_of("Gunmen attacked two buses in northern Nigeria on Sunday."),
                       "two buses")
    assert actor.sector == "CVL"
