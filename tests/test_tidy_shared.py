"""Shared tables and helpers in place of copies (helper tidy): one table of going, visiting and
meeting for the actor and event sites that read the construction; the misspelling-tolerant
``countries.lookup`` where the actor layer reads a state's or an IGO's name."""

from __future__ import annotations

import pytest
from helpers import actors_of, mentions_of

from dateline import actors
from dateline.actors import lexicon, nonactors
from dateline.events import nominal


def test_visit_sites_read_one_table() -> None:
    # each site takes classes of actors.lexicon's table, not a list of its own
    assert nonactors.TRAVEL_NOUNS is lexicon.TRAVEL_NOUNS
    assert nonactors.VISIT_NOUNS is lexicon.VISITS
    assert nonactors.MEETING_VERBS == lexicon.MEETING_VERBS | {nonactors.HOLD}
    assert nominal.MEETING_VERBS is lexicon.MEETING_VERBS
    assert lexicon.ARRIVAL_VERBS <= nominal.ARRIVALS
    assert actors.VISIT_WORDS == (lexicon.ARRIVAL_VERBS | lexicon.VISITS | lexicon.MEETING_VERBS
                                  | lexicon.MEETING_NOUNS)
    assert not lexicon.TRAVEL_NOUNS & lexicon.VISITS  # a visit is a meeting, a trip is not


@pytest.mark.parametrize("text, head", [
    # the verbs of the nouns the visit list had ("negotiation", "consultation") and "come",
    # beside "arrive": the visitors meet in the capital, they are not of its country
    ("Two senior officials negotiated in Nairobi on Tuesday, officials said.",
     "Two senior officials"),
    ("Senior officials consulted in Nairobi on Tuesday.", "Senior officials"),
    ("The delegates came to Nairobi on Tuesday.", "The delegates"),
])
def test_visitors_keep_no_country_of_the_place(nlp: object, text: str, head: str) -> None:
    found = [a for a in actors_of(text) if any(m.text == head for m in a.mentions)]
    assert found and found[0].country is None


def test_igo_members_accept_a_misspelt_body(nlp: object) -> None:
    # igo_members reads the body's name through countries.lookup, as coding does
    names = mentions_of(actors_of(
        "Greece demanded that its Europen Union partners refuse to recognize the republic."))
    assert "its Europen Union partners" in names


def _restated(date: str, time: str, sentence: int) -> "object":
    from dateline.record import Event, Span

    # "A Guatemalan judge ordered prominent journalist Jose Ruben Zamora back to prison this
    # week" ... (VOA 8010046, a week in the lead and its day further down)
    return Event("", "COERCE", Span(18, 25, "ordered"), sentence, actors=["a1"],
                 recipients=["a2"], date=date, time=time)


def test_a_day_restated_inside_the_leads_week_is_one_act() -> None:
    from dateline.events.merge import merge_events

    merged = merge_events([_restated("2025-W11", "t1", 0), _restated("2025-03-12", "t3", 4)])
    assert [(e.sentence, e.date) for e in merged] == [(0, "2025-03-12")]


def test_two_weeks_of_one_month_stay_two_acts() -> None:
    from dateline.events.merge import merge_events

    merged = merge_events([_restated("2025-W10", "t1", 0), _restated("2025-W12", "t3", 4)])
    assert [e.date for e in merged] == ["2025-W10", "2025-W12"]
