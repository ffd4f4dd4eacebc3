"""Session-11 (AB) guards: an unnamed group placed by a large city in its own phrase
("Demonstrators in Baghdad"), and an acronym of a body the story names in full without
defining it ("the Baloch Liberation Army" … "BLA")."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_group_in_a_large_city_takes_its_country(nlp: object) -> None:
    actors = actors_of("Demonstrators in Baghdad blocked a road to show their disapproval for the "
                       "United States' military policies, a newspaper reported Tuesday.")
    assert actor_with(actors, "Demonstrators").country == "IRQ"


def test_city_with_a_namesake_abroad_gives_no_country(nlp: object) -> None:
    # Tripoli is Libya's capital and a Lebanese port: the name alone places no one
    actors = actors_of("Syrian officers today ended mediation efforts between rival militias in "
                       "Tripoli as shells continued crashing into the north Lebanese port.")
    assert actor_with(actors, "rival militias").country != "LBY"


def test_officials_in_a_city_are_not_placed_by_it(nlp: object) -> None:
    # relief officials in Nairobi speak for the aid effort in Sudan, not for Kenya
    actors = actors_of("Sudanese rebels shelled the southern regional capital Juba for the first "
                       "time in a year on Sunday and Monday, killing about 20 people, relief "
                       "officials in Nairobi said.")
    assert actor_with(actors, "relief officials").country != "KEN"
