"""Constructions of economic, trade and diplomatic news (wt-economy).

The sentences are written for these tests in the style of wire-service news; none is copied from
an evaluation story.
"""

from __future__ import annotations

import pytest

from helpers import events_of_type, side_countries


# -- a measure a body "agreed on" is that body's measure (predicates.AGREED_MEASURES) ----------

@pytest.mark.parametrize("text, actor, recipient", [
    ("EU foreign ministers agreed on Monday on fresh sanctions against Iran.", "IGOEU", "IRN"),
    ("EU ambassadors agreed a 14th package of sanctions against Russia on Wednesday.",
     "IGOEU", "RUS"),
    ("Japan agreed on Friday on new sanctions against North Korea.", "JPN", "PRK"),
], ids=["agree_on", "agree_transitive", "state"])
def test_agreeing_on_sanctions_is_the_sanction(text: str, actor: str,
                                               recipient: str) -> None:
    art, found = events_of_type(text, "SANCTION")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    assert recipient in side_countries(art, found[0].recipients)
    assert actor in side_countries(art, found[0].actors)
    assert not events_of_type(text, "AGREE")[1]


def test_agreeing_on_an_accord_stays_reciprocal() -> None:
    art, found = events_of_type("Israel and Hamas agreed on a prisoner exchange.", "AGREE")
    assert found and side_countries(art, found[0].recipients) >= {"ISR"}
