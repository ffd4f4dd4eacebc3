"""Review of session 14's week-dated events: a weekend's month is its Saturday's."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.dates import timeml
from dateline.evaluation.events import date_agrees
from helpers import candidate_event as event

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize("value, month", [
    ("2025-W44", "2025-10"),     # Thursday October 30
    ("2025-W44-WE", "2025-11"),  # Saturday November 1, Sunday November 2
    ("2020-W53-WE", "2021-01"),  # Saturday January 2, 2021
    ("2024-W26-WE", "2024-06"),
    ("2021-W53", None),          # 2021 has 52 ISO weeks
    ("2024-06", None),
])
def test_week_month(value: str, month: str | None) -> None:
    assert timeml.week_month(value) == month


def test_a_weekend_across_a_month_end_is_in_its_days_month() -> None:
    # Published Monday 2025-11-03: "over the weekend" is November 1-2 (2025-W44-WE), which the
    # VOA gold would write as 2025-11, not as the October of that week's Thursday.
    ev = event("Thousands of demonstrators protested in Khartoum over the weekend against the "
               "military government.", "2025-11-03", "PROTEST", "protested")
    assert ev.date == "2025-W44-WE"
    assert date_agrees("2025-11", ev.date) and not date_agrees("2025-10", ev.date)
    assert timeml.within(ev.date, "2025-11") and not timeml.within(ev.date, "2025-10")
