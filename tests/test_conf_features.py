"""Confidence features (wt-conf): the ``uncoded_national`` flag marks an actor left without a
country that is an official, army, party, person or crowd, not an NGO or firm.  Sentences written
for these tests; actors built by hand (``helpers.hand_coded``), so the tests check the events
stage, not the actor layer."""

from __future__ import annotations

import pytest

from dateline.events import candidates
from helpers import hand_coded

pytestmark = pytest.mark.filterwarnings("ignore")


def feats_of(nlp, text: str, actors: dict[str, tuple[str | None, str | None]],
             trigger: str) -> tuple[dict[str, float], float]:
    art = hand_coded(nlp, text, actors)
    found = [(f, ev.confidence) for ev, f in candidates(art, 0.0)
             if ev.trigger.text.startswith(trigger)]
    assert found, [ev.trigger.text for ev, _ in candidates(art, 0.0)]
    return found[0]


def test_uncoded_official_is_flagged_and_uncoded_ngo_not(nlp) -> None:
    text = "{} urged Venezuela on Monday to free the detained journalists."
    official, _ = feats_of(nlp, text.format("The officials"),
                           {"officials": (None, "GOV"), "Venezuela": ("VEN", "GOV")}, "urged")
    ngo, _ = feats_of(nlp, text.format("Doctors Without Borders"),
                      {"Doctors Without Borders": (None, "MED"), "Venezuela": ("VEN", "GOV")},
                      "urged")
    coded, _ = feats_of(nlp, text.format("The officials"),
                        {"officials": ("USA", "GOV"), "Venezuela": ("VEN", "GOV")}, "urged")
    assert official["uncoded_national"] == 1.0 and official["actor_uncoded"] == 1.0
    assert ngo["uncoded_national"] == 0.0 and ngo["actor_uncoded"] == 1.0
    assert coded["uncoded_national"] == 0.0
