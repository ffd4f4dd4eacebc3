"""Round-21 actor rules (AZ): actors the events layer needs and the actor layer missed: names
with particles the tagger cut."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_capitalized_particle_name_keeps_its_title(nlp: object) -> None:
    # VOA even gold: "The EU's new Commission President Ursula Von der Leyen" IGOEU GOV
    actors = actors_of("The EU's new Commission President Ursula Von der Leyen said Europe "
                       "must act.")
    leader = actor_with(actors, "The EU's new Commission President Ursula Von der Leyen")
    assert (leader.country, leader.sector) == ("IGOEU", "GOV")


def test_particle_name_the_parse_splits_stays_as_it_was(nlp: object) -> None:
    # PLOVER GSR: "den" parsed as a verb; the title still codes the minister Dutch
    actors = actors_of("The European Community may halt mediation efforts among Serbia's "
                       "feuding republics if cooperation by all parties founders, Dutch Foreign "
                       "Minister Hans Van den Broek said on Tuesday.")
    assert actor_with(actors, "Dutch Foreign Minister Hans Van").country == "NLD"
