"""Right candidates the confidence held under the cut: the modal on the trigger's own verb is the
act itself, not a condition on it, for a threat whose lexicon reading needs it ("could
retaliate", complement ``modal:``)."""

from __future__ import annotations

from helpers import candidates_of, countries, events_of_type

PUBLISHED = "2024-10-03"


def test_a_modal_threat_is_emitted() -> None:
    # the modal makes the threat: the event was held back as a hypothetical act
    art, threats = events_of_type("Iran said it could retaliate against Israel.", "THREATEN",
                                  PUBLISHED)
    assert threats, [(e.type, e.trigger.text) for e in art.events]
    assert countries(art, threats[0].actors) == {"IRN"}
    assert countries(art, threats[0].recipients) == {"ISR"}


def test_a_modal_threat_is_not_hypothetical() -> None:
    # VOA 7808748 (even), gold THREATEN CHN -> EU states
    _, threats = candidates_of("Beijing has hinted that it could retaliate with tariffs on "
                               "German and Italian vehicles.", "THREATEN", PUBLISHED)
    assert threats and all(e.modality != "hypothetical" for e in threats)


def test_a_modal_act_that_is_no_threat_stays_hypothetical() -> None:
    # neighbour: "could again attack" is a feared act, not an event (VOA 7686618)
    art, attacks = candidates_of("They believe the rebels have retreated and could again "
                                 "attack villages in the Central African Republic.", "ASSAULT",
                                 PUBLISHED)
    assert attacks and all(e.modality == "hypothetical" for e in attacks)
    assert not any(e.type == "ASSAULT" for e in art.events)
