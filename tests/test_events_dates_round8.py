"""Which clause a date governs: a dated occasion dates what is said in it, and "since" on a
verb dates the start of the act (behaviour the VOA gold relies on; guards for rules that
narrow which dates govern an event, checked on MEANTIME's event-time links)."""

from __future__ import annotations

import pytest

import dateline
from dateline.events import candidates

pytestmark = pytest.mark.filterwarnings("ignore")


def event(text: str, published: str, etype: str, trigger: str):
    art = dateline.extract(text, published=published)
    found = [ev for ev, _ in candidates(art) if ev.type == etype and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger.text) for ev, _ in candidates(art)]
    return found[0]


def test_a_dated_occasion_still_dates_what_is_said_in_it() -> None:
    # VOA 8010476: "responded to the news reports in a Jan. 23 press briefing, asserting ...".
    ev = event("In a Jan. 23 press briefing, China accused the United States of meddling in its "
               "affairs.", "2025-03-14", "ACCUSE", "accused")
    assert ev.date == "2025-01-23"


def test_since_on_a_verb_is_the_start_of_the_act() -> None:
    # VOA 6184384: "al-Shabab has been attacking and fighting Kenyan troops since 2011".
    ev = event("Al-Shabab militants have been attacking Kenyan troops since 2011.", "2020-02-17",
               "ASSAULT", "attacking")
    assert ev.date == "2011"
