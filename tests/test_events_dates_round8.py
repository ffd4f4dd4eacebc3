"""Which clause a date governs: dates that name a noun's day, a starting point, or a
coordinated act's own day (rules checked on MEANTIME's event-time links and VOA)."""

from __future__ import annotations

import pytest

from helpers import candidate_event as event

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_date_modifying_the_object_dates_the_object_not_the_act() -> None:
    # MEANTIME: "This new settlement replaces the 1991 agreement": 1991 is the agreement's.
    ev = event("Kenya rejected the 2009 agreement with Somalia.", "2021-03-15", "REJECT",
               "rejected")
    assert ev.date == "2021-03-15" and ev.time is None


def test_a_dated_occasion_still_dates_what_is_said_in_it() -> None:
    # VOA 8010476: "responded to the news reports in a Jan. 23 press briefing, asserting ...".
    ev = event("In a Jan. 23 press briefing, China accused the United States of meddling in its "
               "affairs.", "2025-03-14", "ACCUSE", "accused")
    assert ev.date == "2025-01-23"


def test_since_on_a_noun_is_a_point_of_comparison() -> None:
    # MEANTIME: "the Hang Seng index fell 5.5 percent - its biggest fall since the September 11,
    # 2001, terrorist attacks".
    ev = event("Russian forces shelled Kharkiv in the heaviest attack since March 2022.",
               "2025-04-24", "ASSAULT", "shelled")
    assert ev.date == "2025-04-24"


def test_since_on_a_verb_is_the_start_of_the_act() -> None:
    # VOA 6184384: "al-Shabab has been attacking and fighting Kenyan troops since 2011".
    ev = event("Al-Shabab militants have been attacking Kenyan troops since 2011.", "2020-02-17",
               "ASSAULT", "attacking")
    assert ev.date == "2011"


def test_a_coordinated_act_keeps_its_own_date() -> None:
    # MEANTIME: "He fought pancreatic cancer in 2004 and took six months off in early 2009".
    ev = event("Rebels attacked the town in 2019 and shelled the capital in 2021.", "2022-05-02",
               "ASSAULT", "shelled")
    assert ev.date == "2021"
