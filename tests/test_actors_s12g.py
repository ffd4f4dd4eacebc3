"""Session-12 (A3) guards: a group the text places on a border two states share takes neither
state's country from the story, while the story's other groups, and a group on a border the
text gives one side of, keep the story's country."""

from __future__ import annotations

from helpers import actor_with, actors_of

# a story on the Central African Republic (VOA 7686618, even), its sentences shortened
CAR_STORY = (
    "Central African Republic officials are pleading with civilians to go back to their "
    "villages. The C.A.R. military says it is still searching for bodies. Bruno Yapande, "
    "C.A.R.'s territorial administration minister, says the government of the Central African "
    "Republic has ordered its military to protect civilians. ")


def test_group_along_two_states_border_takes_no_story_country(nlp: object) -> None:
    actors = actors_of(
        CAR_STORY + "Last week, Cameroon and C.A.R. officials met in the C.A.R.'s capital, "
        "Bangui, and signed an agreement to jointly combat what they describe as increasing "
        "insecurity and criminality caused by armed gangs and rebels operating in towns and "
        "villages along their border.")
    assert actor_with(actors, "armed gangs").country is None
    assert actor_with(actors, "civilians").country == "CAF"


def test_group_on_one_states_border_keeps_story_country(nlp: object) -> None:
    actors = actors_of(
        CAR_STORY + "Officials say armed gangs operating in villages along the border attacked "
        "a market on Tuesday.")
    assert actor_with(actors, "armed gangs").country == "CAF"
