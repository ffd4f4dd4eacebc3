"""The date of an event (session 10): which dates a sentence's event may take from its own
clause, its own sentence, or the narrated day of the sentence before (rules checked on the
even VOA half and on MEANTIME's event-time links)."""

from __future__ import annotations

import pytest

from helpers import candidate_event as event

pytestmark = pytest.mark.filterwarnings("ignore")

KENYA = ("THE HAGUE — In a letter last week to the International Court of Justice, the Kenyan "
         "government cited a mix of reasons for not participating. The court's president, Judge "
         "Joan Donoghue, rejected Kenya's request to brief it before the start of {day}opening.")


def test_a_sentence_with_a_day_of_its_own_does_not_take_last_weeks_date() -> None:
    # VOA 6203336: Monday dates the opening, not the refusal, but the sentence is told on its
    # own day: the week of the sentence before does not carry into it.
    ev = event(KENYA.format(day="Monday's "), "2025-03-12", "REJECT", "rejected")
    assert ev.time is None and ev.date == "2025-03-12"


def test_a_sentence_without_a_date_still_takes_the_narrated_week() -> None:
    # The same sentence without "Monday's" is narrated in the letter's week.
    ev = event(KENYA.format(day="the "), "2025-03-12", "REJECT", "rejected")
    assert ev.time is not None and ev.date == "2025-W10"


PAKISTAN = ("ISLAMABAD — Pakistani troops raided the camp on Monday, although Islamabad {verb} "
            "Kabul of sheltering the militants.")


def test_a_present_adverbial_clause_keeps_the_day_it_is_written() -> None:
    # MEANTIME: "Congressional lawmakers rejected the proposal in October, although industry
    # experts say the deal had been killed": "say" is linked to the creation time.
    ev = event(PAKISTAN.format(verb="accuses"), "2025-03-12", "ACCUSE", "accuses")
    assert ev.time is None and ev.date == "2025-03-12"


def test_a_past_adverbial_clause_takes_the_day_of_its_sentence() -> None:
    ev = event(PAKISTAN.format(verb="accused"), "2025-03-12", "ACCUSE", "accused")
    assert ev.date == "2025-03-10"


def test_a_present_complement_of_a_dated_report_keeps_the_report_day() -> None:
    # VOA 8009976: "Pakistan expects the Interim Afghan Government to uphold its
    # responsibilities ..., the military said in written comments to the media Wednesday".
    ev = event("ISLAMABAD — Pakistan's military said Monday that Islamabad accuses Kabul of "
               "sheltering the militants.", "2025-03-12", "ACCUSE", "accuses")
    assert ev.date == "2025-03-10"
