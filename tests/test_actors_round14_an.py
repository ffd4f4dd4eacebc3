"""Round-14 actor rules (AN): actor or not — figurative forces and the standard of a
comparison name no actor (sentences after the even VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_larger_forces_are_figurative(nlp: object) -> None:
    # VOA 6181522: "speaking out against larger forces" (was -/MIL)
    actors = actors_of("Being in the political opposition means speaking out against larger "
                       "forces; but, in Africa, it can also mean intimidation, arrest and violence.")
    assert "larger forces" not in mentions_of(actors)


def test_centrifugal_forces_are_figurative(nlp: object) -> None:
    # VOA 7808748: "the centrifugal forces of member states ... are too strong"
    actors = actors_of("An Italian Sinologist said the centrifugal forces of member states and "
                       "political parties within the EU are too strong to make a united policy.")
    assert "the centrifugal forces" not in mentions_of(actors)


def test_named_or_armed_forces_stay_actors(nlp: object) -> None:
    actors = actors_of("Larger Russian forces attacked the town. Government forces "
                       "retreated from the largest base.")
    assert actor_with(actors, "Larger Russian forces").sector == "MIL"
    assert actor_with(actors, "Government forces").sector in {"MIL", "GOV"}


def test_the_standard_of_a_comparison_is_no_actor(nlp: object) -> None:
    # VOA 6181522: "the struggle is bigger than one party, or one country" (was -/PTY)
    actors = actors_of("But he says the struggle is bigger than one party, or one country.")
    assert "one party" not in mentions_of(actors)


def test_a_party_that_acts_stays_an_actor(nlp: object) -> None:
    actors = actors_of("One party said it would boycott the vote.")
    assert actor_with(actors, "One party").sector == "PTY"


def test_banned_publications_are_works(nlp: object) -> None:
    # VOA 8011004: "is also on the list of banned publications" (was AFG/JRN)
    actors = actors_of('One of those, "Waziristan: The Last Stand" is also on the list of '
                       "banned publications.")
    assert "banned publications" not in mentions_of(actors)


def test_a_banned_outlet_that_speaks_stays_an_actor(nlp: object) -> None:
    actors = actors_of("The banned newspaper said it would appeal.")
    assert actor_with(actors, "The banned newspaper").sector == "JRN"


def test_the_owner_of_an_industry_is_no_actor(nlp: object) -> None:
    # VOA 6180790: "While Spain's wind industry has had a rocky decade" (was ESP/GOV)
    actors = actors_of("While Spain's wind industry has had a rocky decade, it still remains "
                       "Europe's second biggest wind producer after Germany.")
    assert "Spain" not in mentions_of(actors)


def test_a_state_that_acts_beside_its_economy_stays(nlp: object) -> None:
    actors = actors_of("Spain sent troops to the border.")
    assert actor_with(actors, "Spain").country == "ESP"
