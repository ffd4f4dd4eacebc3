"""The date of an event (session 12, E3D): a present state over a past period, the date of a
participle describing the event noun, and a week narrowed to the one day of it the story names
(rules checked on the even VOA half and on MEANTIME's event-time links)."""

from __future__ import annotations

import pytest

from helpers import candidate_event as event

pytestmark = pytest.mark.filterwarnings("ignore")

PUBLISHED = "2025-03-13"  # a Thursday: "Monday" is 2025-03-10, "this week" 2025-W11


def test_a_present_verb_over_a_past_month_is_told_on_the_publication_day() -> None:
    # MEANTIME: "For the final quarter of 2009, Ford says it made profits ..., and expects to
    # continue to be profitable" is linked to the document creation time, not the quarter.
    ev = event("ISLAMABAD — As of February, Pakistan accuses Kabul of sheltering the militants.",
               PUBLISHED, "ACCUSE", "accuses")
    assert ev.date == PUBLISHED


def test_a_present_verb_over_the_current_quarter_keeps_it() -> None:
    # A quarter that holds the publication day is no past period, like "this month" (the
    # rule once read "2025-Q1" as past because "2025-03-13" does not start with it).
    ev = event("ISLAMABAD — This quarter, Pakistan accuses Kabul of sheltering the militants.",
               PUBLISHED, "ACCUSE", "accuses")
    assert ev.date == "2025-Q1"


def test_a_present_verb_over_a_past_quarter_is_told_on_the_publication_day() -> None:
    ev = event("ISLAMABAD — In the first quarter of 2024, Pakistan accuses Kabul of sheltering "
               "the militants.", PUBLISHED, "ACCUSE", "accuses")
    assert ev.date == PUBLISHED


def test_a_past_verb_keeps_its_month() -> None:
    ev = event("ISLAMABAD — In February, Pakistan accused Kabul of sheltering the militants.",
               PUBLISHED, "ACCUSE", "accused")
    assert ev.date == "2025-02"


def test_a_present_verb_keeps_its_own_day() -> None:
    # VOA 6180206: "Demonstrators chanted as they march in Khartoum Thursday": a day told in the
    # present still dates the act.
    ev = event("ISLAMABAD — Pakistan's military said that Islamabad accuses Kabul on Monday of "
               "sheltering the militants.", PUBLISHED, "ACCUSE", "accuses")
    assert ev.date == "2025-03-10"


def test_a_participle_on_the_event_noun_dates_it() -> None:
    # MEANTIME: "violates an agreement reached between the two companies in 1991": 1991 dates
    # the agreement.
    ev = event("NAIROBI — Kenya condemned the attack carried out by al-Shabab in 2019.",
               PUBLISHED, "ASSAULT", "attack")
    assert ev.date == "2019"


THIS_WEEK = ("GUATEMALA CITY — A Guatemalan judge ordered journalist Jose Ruben Zamora back to "
             "prison this week. Zamora on Monday returned to Mariscal Zavala prison.{more}")


def test_this_week_takes_the_one_day_of_the_week_the_story_names() -> None:
    # VOA 8010046: the gold dates the order on the Monday the story names further down.
    ev = event(THIS_WEEK.format(more=""), PUBLISHED, "COERCE", "ordered")
    assert ev.date == "2025-03-10"


def test_this_week_with_two_of_its_days_takes_the_next_sentences() -> None:
    # With two days of the week named, the one the next sentence names (VOA 7686618); the week
    # stays when neither is named there (test_dates_infinitive_after.py).
    ev = event(THIS_WEEK.format(more=" His lawyers appealed on Tuesday."),
               PUBLISHED, "COERCE", "ordered")
    assert ev.date == "2025-03-10"
