"""Session-10 wave-3 actor rules: the owner the sentence itself names — a state body or envoy
owned by "its"/"their" takes the country of the pronoun's antecedent, not the nearest or the
story's dominant country name."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_their_government_is_the_people_s_country(nlp: object) -> None:
    actors = actors_of("Vietnam is expected to harden its stance toward China next year, while "
                       "people in the Philippines want their government to step up opposition "
                       "to China over their maritime disputes.")
    assert actor_with(actors, "their government").country == "PHL"


def test_its_military_of_a_subject_country(nlp: object) -> None:
    actors = actors_of("Fighting spread along the border with Chad.  Cameroon has ordered its "
                       "military to seal the frontier.")
    assert actor_with(actors, "its military").country == "CMR"


def test_its_envoy_of_a_body_takes_no_subject_country(nlp: object) -> None:
    # the subject is no country: the rule gives nothing, and "Libya" (a destination) is not
    # the envoy's owner
    actors = actors_of("The United Nations said its envoy to Libya would resign on Monday.")
    assert actor_with(actors, "its envoy").country != "LBY"
