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


@pytest.mark.parametrize("text", [
    "In a phone call with Chinese President Xi Jinping, Putin said relations had never been "
    "better.",
    "At a meeting with Chinese President Xi Jinping on Monday, Putin said relations had never "
    "been better.",
])
def test_occasion_with_a_partner_is_the_speakers(text):
    # "in / at" a meeting or call with a named partner sets the clause in an occasion its
    # subject takes part in, as "during" does ("Sánchez said during a visit to Beijing", VOA
    # 7808748): the speaker is the one who met (PLOVER CONSULT 'phone').
    art = extract(text)
    found = events(art, "CONSULT")
    assert found, [(e.type, e.trigger.text, e.confidence) for e in art.events]
    assert countries(art, found[0].actors) == {"RUS"}
    assert countries(art, found[0].recipients) == {"CHN"}


def test_occasion_without_a_partner_names_no_actor():
    # no "with" partner: "in the meeting" is no act the speaker is said to take part in
    art = extract("In the meeting on Monday, Russian President Vladimir Putin said relations "
                  "had never been better.")
    assert not events(art, "CONSULT"), [(e.type, e.trigger.text) for e in art.events]


def test_joint_drills_are_cooperation():
    # PLOVER COOPERATE "joint military games and maneuvers": "joint" alone makes the drill a
    # joint one; before, only "joint military / naval drills" had a COOPERATE row and "held joint
    # drills" was a MOBILIZE.
    art = extract("Russia and China held joint drills in the Sea of Japan on Tuesday.")
    found = events(art, "COOPERATE")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    assert countries(art, found[0].actors) == {"RUS", "CHN"}
    assert not events(art, "MOBILIZE")


def test_single_country_drills_stay_mobilize():
    # MOBILIZE: "single-country exercises should be coded as MOBILIZE"
    art = extract("China conducted military drills around Taiwan on Monday.")
    assert events(art, "MOBILIZE") and not events(art, "COOPERATE")
