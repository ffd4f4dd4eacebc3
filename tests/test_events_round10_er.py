"""Repeats: the lead's act told again further down is one event; distinct acts stay apart."""

from __future__ import annotations

from functools import partial

import pytest

from helpers import events_of_type, side_countries as _countries

pytestmark = pytest.mark.filterwarnings("ignore")

_events = partial(events_of_type, published="2025-03-13")


def test_a_lead_rejection_quoted_again_is_one_event() -> None:
    # VOA 8009976: the lead's rejection, then the spokesperson's quote of it
    art, rejections = _events(
        "The Afghan Taliban have rejected Pakistan's allegation that Tuesday's attack on a train"
        " was planned from Afghan soil. Officials in Kabul met on Thursday. \"We categorically"
        " reject baseless allegations by the Pakistani army spokesperson,\" the Afghan foreign"
        " ministry spokesperson said.", "REJECT")
    assert len(rejections) == 1
    assert rejections[0].sentence == 0
    assert _countries(art, rejections[0].actors) == {"AFG"}
    assert _countries(art, rejections[0].recipients) == {"PAK"}


def test_a_past_threat_after_an_ongoing_one_is_another_threat() -> None:
    # VOA 6180932: "is threatening" now, "has threatened" in past tensions
    _, threats = _events(
        "Ankara is threatening retaliation against Washington if hit by sanctions. Officials met"
        " on Thursday. In past tensions, Ankara has threatened to close U.S. operations at"
        " Incirlik.", "THREATEN")
    assert len(threats) == 2


def test_killings_told_one_by_one_stay_apart() -> None:
    # VOA 8009314: acts of force a story lists are several acts
    _, killings = _events(
        "Pakistani troops killed 30 militants in Balochistan on Tuesday. Officials met on"
        " Thursday. Later the troops killed 10 more militants.", "ASSAULT")
    assert len(killings) == 2
