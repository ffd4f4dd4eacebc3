"""Round-18 actor rules (AG): actor-layer gaps that left an event without an actor or a
recipient — a country's name the tagger left untagged acting as a subject, …"""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of, mentions_of


def test_untagged_country_subject_is_a_state(nlp: object) -> None:
    # PLOVER GSR: "Uzbekistan" is left untagged by the tagger; it opens the bridge
    actors = actors_of("Uzbekistan finally opened the Friendship Bridge after four years to "
                       "allow the delivery of 1,000 tons of grain and flour to Afghanistan.")
    assert fields_of(actor_with(actors, "Uzbekistan"), ["country", "sector"]) == \
        {"country": "UZB", "sector": "GOV"}


def test_untagged_country_after_a_preposition_stays_a_place(nlp: object) -> None:
    # VOA 8008079 (odd; a place, left to the places layer): "a two-day visit … to Mauritius"
    actors = actors_of("The announcement came during a two-day visit by Indian Prime Minister "
                       "Narendra Modi to Mauritius, an island nation.")
    assert "Mauritius" not in mentions_of(actors)
