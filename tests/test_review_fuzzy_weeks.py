"""Review of session 14's near spellings and week-dated events: a weekend's month is its
Saturday's, and the near-surname index honours its own guard whatever was asked before."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.actors.dictionary import Dictionary, Entry, Role
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


BOUTEFLIKA = Entry("Abdelaziz Bouteflika", roles=(Role("DZA", "GOV", "1999-04-27", "2019-04-02"),))
DAY = dt.date(2001, 6, 1)


def test_near_surname_guard_holds_on_a_first_call() -> None:
    # "Bouteflicka" is itself a word of a dictionary name here: no near spelling, even when
    # near_surname is the dictionary's first near-spelling question
    d = Dictionary()
    d.add(BOUTEFLIKA)
    d.add(Entry("Bouteflicka Foundation", kind="organization"))
    assert d.near_surname("Bouteflicka", DAY) is None


def test_near_surname_sees_entries_added_after_a_question() -> None:
    d = Dictionary()
    d.add(BOUTEFLIKA)
    assert d.near_surname("Bouteflicka", DAY) is BOUTEFLIKA
    d.add(Entry("Bouteflicka Foundation", kind="organization"))
    assert d.near_surname("Bouteflicka", DAY) is None
