"""A month that modifies an event noun takes its year from the tense the noun phrase's relative
clause tells: "an April attack ... that killed" is last April in a November story."""

from __future__ import annotations

import dateline


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in dateline.extract(text, published=published).times]


def test_a_month_on_a_past_attack_is_last_years() -> None:
    text = ("The army has been accused of abuses, including an April attack on a market in a "
            "border town that killed more than 40 people.")
    assert ("April", "2023-04") in _values(text, "2023-11-14")


def test_a_month_on_a_vote_described_in_the_past_is_past() -> None:
    text = "Observers said the March vote, which was boycotted by the opposition, was flawed."
    assert ("March", "2023-03") in _values(text, "2023-11-14")


def test_a_month_on_an_event_still_to_come_stays_ahead() -> None:
    text = "The April summit that will open in Lima is expected to draw 20 leaders."
    assert ("April", "2024-04") in _values(text, "2023-11-14")
