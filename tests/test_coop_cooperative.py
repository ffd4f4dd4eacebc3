"""Cooperative event types: "voiced support" (SUPPORT) on real sentences through the whole
pipeline."""

from __future__ import annotations

import pytest

from dateline.record import Article, Event
from helpers import countries, extract

pytestmark = pytest.mark.filterwarnings("ignore")


def events(art: Article, etype: str) -> list[Event]:
    return [e for e in art.events if e.type == etype]


@pytest.mark.parametrize("text, actor", [
    ("Japan voiced support for the Philippines in the maritime dispute with China on Monday.",
     "JPN"),
    ("The African Union voiced support for Somalia's government in its fight against al-Shabab.",
     "IGOAFU"),
])
def test_voiced_support_is_support(text, actor):
    # PLOVER SUPPORT "express support for, commend": "voiced support" reads as "expressed
    # support"; the support noun alone is weak (0.4) and stayed under the cut (0.27).
    art = extract(text)
    found = events(art, "SUPPORT")
    assert found, [(e.type, e.trigger.text, e.confidence) for e in art.events]
    assert actor in countries(art, found[0].actors)


def test_voiced_concern_stays_an_accusation():
    # the rows are per object: "voiced concern" keeps its ACCUSE 'disapprove' row
    art = extract("Japan voiced concern over the Chinese coast guard's actions on Monday.")
    assert not events(art, "SUPPORT"), [(e.type, e.trigger.text) for e in art.events]
