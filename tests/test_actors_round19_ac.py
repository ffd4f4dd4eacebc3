"""Round-19 actor rules (AC): the country of an official the text places by where he acts, not
by a country the sentence names only as another actor's."""

from __future__ import annotations

from helpers import actor_with, actors_of

# PLOVER GSR COERCE-0011: a one-sentence report naming Haiti as the place and the U.S. only as
# the embassy's
AVRIL = ("The military government of President Prosper Avril declared a 30-day state of siege "
         "in Haiti on Saturday, suspending parts of the constitution and arresting political "
         "opponents, a spokeswoman for the U.S. embassy said.")


def test_official_takes_the_place_not_another_actors_country(nlp: object) -> None:
    actors = actors_of(AVRIL)
    assert actor_with(actors, "President Prosper Avril").country == "HTI"
    assert actor_with(actors, "the U.S. embassy").country == "USA"


def test_without_a_place_another_actors_country_still_places_an_official(nlp: object) -> None:
    # no place in the sentence: the one country it names (here as the police's) still gives
    # the official his, as before
    actors = actors_of("Interior Minister Fred Matiangi said Kenyan police would reopen the "
                       "road on Monday.")
    assert actor_with(actors, "Interior Minister Fred Matiangi").country == "KEN"
