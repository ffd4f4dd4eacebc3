"""Session-10 wave-3 guards: the owner the sentence itself names — a state body or envoy owned
by "its" takes the country of the pronoun's antecedent, not the nearest country name."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_its_military_of_a_subject_country(nlp: object) -> None:
    actors = actors_of("Fighting spread along the border with Chad.  Cameroon has ordered its "
                       "military to seal the frontier.")
    assert actor_with(actors, "its military").country == "CMR"


def test_its_envoy_of_a_body_takes_no_subject_country(nlp: object) -> None:
    # "Libya" (the envoy's destination) is not the envoy's owner
    actors = actors_of("The United Nations said its envoy to Libya would resign on Monday.")
    assert actor_with(actors, "its envoy").country != "LBY"
