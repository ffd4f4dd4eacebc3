"""Event dates at a week's granularity: an event told "last week" / "this weekend" carries the
ISO week (TimeML "2004-W47", "2010-W04-WE", as MEANTIME writes them) rather than its month; the
VOA scorer, which reads gold written as a month for a week (GUIDE: "YYYY-MM ... when that is all
the text gives"), reads a week as the month of its Thursday (the merge step merges a week with
the days and the month that hold it: ``merge._within``); the record with a week date validates,
round-trips and prints."""

from __future__ import annotations

import json

import pytest

import dateline
from dateline.dates import timeml
from dateline.display import event_lines, summary_table
from dateline.evaluation.events import date_agrees
from dateline.record import Article
from dateline.validate import problems
from helpers import candidate_event as event

pytestmark = pytest.mark.filterwarnings("ignore")

# VOA 7686618 (even), published Friday 2024-07-05: gold CONSULT dated 2024-06.
BANGUI = ("BANGUI, CENTRAL AFRICAN REPUBLIC — Last week, Cameroon and C.A.R. officials met in the "
          "C.A.R.'s capital, Bangui, and signed an agreement to jointly combat what they describe "
          "as increasing insecurity.")


def test_last_week_dates_the_event_to_its_iso_week() -> None:
    ev = event(BANGUI, "2024-07-05", "CONSULT", "met")
    assert ev.time is not None and ev.date == "2024-W26"
    assert date_agrees("2024-06", ev.date)  # the VOA gold's month of that week


def test_the_weekend_dates_the_event_to_the_weekend() -> None:
    # A weekend told in a Monday story (as MEANTIME's "this weekend, when German magazine Der
    # Spiegel cited confidential documents", 2010-W04-WE): the weekend is the event's date.
    ev = event("Thousands of demonstrators protested in Khartoum over the weekend against the "
               "military government.", "2025-02-03", "PROTEST", "protested")
    assert ev.time is not None and ev.date == "2025-W05-WE"


def test_a_day_of_the_week_still_narrows_the_week() -> None:
    # VOA 8010046: "this week" in the lead and the one day of it further down (gold Monday).
    ev = event("A Guatemalan judge ordered prominent journalist Jose Ruben Zamora back to prison "
               "this week. Zamora on Monday returned to Mariscal Zavala prison.", "2025-03-13",
               "COERCE", "ordered")
    assert ev.date == "2025-03-10"


@pytest.mark.parametrize("value, period, inside", [
    ("2025-03-12", "2025-W11", True),      # Wednesday in its ISO week
    ("2025-03-15", "2025-W11-WE", True),   # Saturday in its weekend
    ("2025-03-12", "2025-W11-WE", False),  # a weekday is not the weekend
    ("2025-W11-WE", "2025-W11", True),
    ("2025-W11", "2025-03", True),         # Thursday 2025-03-13
    ("2024-W31", "2024-08", True),         # Jul 29 - Aug 4: Thursday Aug 1
    ("2024-W31", "2024-07", False),
    ("2024-W01", "2023", False),           # Jan 1 - 7 2024
    ("2025-W11", "2025-03-12", False),     # a week does not say which day
    ("2025-03", "2025-W11", False),
])
def test_within(value: str, period: str, inside: bool) -> None:
    assert timeml.within(value, period) is inside


def test_the_voa_scorer_never_gives_a_week_a_gold_day() -> None:
    assert not date_agrees("2024-07-02", "2024-W27")
    assert date_agrees("2024-07", "2024-W27") and date_agrees("2024", "2024-W27")
    assert date_agrees("2024-07-02", "2024-07-02") and not date_agrees("2024-07-02", "2024-07")


def test_a_week_dated_record_validates_round_trips_and_prints() -> None:
    art = dateline.extract(BANGUI, published="2024-07-05")
    weeks = [ev for ev in art.events if ev.date == "2024-W26"]
    assert weeks, [(ev.type, ev.date) for ev in art.events]
    record = json.loads(art.to_json())
    assert problems(record) == []
    again = Article.from_json(json.dumps(record))
    assert [ev.date for ev in again.events] == [ev.date for ev in art.events]
    assert "2024-W26" in event_lines([art]) and summary_table([art])
