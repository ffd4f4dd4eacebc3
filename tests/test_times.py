"""The times layer end to end with the spaCy model: tense from the parse, the issue's examples."""

from __future__ import annotations

import pytest

import dateline

PUBLISHED = "2025-02-03"  # a Monday


def times(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    art = dateline.extract(text, published=published, layers=["times"])
    for t in art.times:
        assert art.text[t.start:t.end] == t.text
    return [(t.text, t.kind, t.value) for t in art.times]


@pytest.mark.parametrize("text,expected", [
    ("Secretary of State Marco Rubio met President Nayib Bukele on Monday.",
     [("Monday", "date", "2025-02-03")]),
    ("The ministry said on Sunday that 40 people had been arrested.",
     [("Sunday", "date", "2025-02-02")]),
    ("The two leaders will meet again next Monday in Washington.",
     [("next Monday", "date", "2025-02-10")]),
    ("Under the previous administration, officials visited Kyiv in July to discuss aid.",
     [("July", "date", "2024-07")]),
    ("Since taking office on Jan. 20, Trump has signed dozens of executive orders.",
     [("Jan. 20", "date", "2025-01-20")]),
    ("Exports fell 4% last year.", [("last year", "date", "2024")]),
    ("Protests continued this week in the capital.", [("this week", "date", "2025-W06")]),
    ("The order imposed a 90-day freeze on foreign aid.", [("90-day", "duration", "P90D")]),
    ("Supporters have gathered outside the court every Friday.",
     [("every Friday", "set", "XXXX-WXX-5")]),
])
def test_issue_examples(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert times(text) == expected


def test_tense_picks_the_direction() -> None:
    # The same weekday is last week's in a past clause and this week's in a future one.
    assert times("The council voted on Thursday.") == [("Thursday", "date", "2025-01-30")]
    assert times("The council will vote on Thursday.") == [("Thursday", "date", "2025-02-06")]
    assert times("The council is scheduled to vote on Thursday.") == [
        ("Thursday", "date", "2025-02-06")]
    assert times("Talks are expected to resume in March.") == [("March", "date", "2025-03")]
    assert times("Talks collapsed in March.") == [("March", "date", "2024-03")]


def test_possessive_and_header_free_extent() -> None:
    assert times("Monday's attack killed 12 people.") == [("Monday", "date", "2025-02-03")]


def test_no_publication_date_leaves_relative_values_null() -> None:
    assert times("The talks ended on Friday, 10 years after the war began in 2015.",
                 published=None) == [("Friday", "date", None), ("10 years", "duration", "P10Y"),
                                     ("2015", "date", "2015")]


def test_voa_story_times_are_spans_of_the_text() -> None:
    from dateline.evaluation import voa

    for art in voa.processed(["times"])[:6]:
        ids = [t.id for t in art.times]
        assert ids == [f"t{i}" for i in range(1, len(ids) + 1)]
        for t in art.times:
            assert art.text[t.start:t.end] == t.text
            assert t.kind in ("date", "time", "duration", "set")


@pytest.mark.parametrize("text,published,expected", [
    # a plan, a postponement and a present passive look ahead
    ("The European Union is set to vote Friday on tariffs.", "2024-10-03",
     ("Friday", "2024-10-04")),
    ("The vote was pushed from September 25 to Friday.", "2024-10-03",
     ("Friday", "2024-10-04")),
    # the purpose of a past act, and a deadline already passed, look back
    ("The White House sent a delegation to attend the inauguration on May 20.", "2024-06-02",
     ("May 20", "2024-05-20")),
    ("The drawdown was supposed to be concluded by May 1.", "2021-05-09",
     ("May 1", "2021-05-01")),
    # a possessive date names a past event; the news present of a weekday is ahead
    ("Officials rejected claims that Tuesday's attack was planned abroad.", "2025-03-13",
     ("Tuesday", "2025-03-11")),
    ("The court rules Wednesday on the appeal.", "2021-03-29", ("Wednesday", "2021-03-31")),
    # the onset of a threatened measure lies ahead although the threat is past (VOA 8006924);
    # an onset the act itself starts from does not ("fled from April 2" stays past)
    ("Trump threatened Canada with higher tariffs on cars from April 2nd.", "2025-03-11",
     ("April 2nd", "2025-04-02")),
    ("Thousands fled the town from April 2.", "2025-03-11", ("April 2", "2024-04-02")),
])
def test_clause_direction(text: str, published: str, expected: tuple[str, str]) -> None:
    got = [(t, v) for t, _, v in times(text, published=published)]
    assert expected in got, got


def test_possessive_month_keeps_its_clause_direction() -> None:
    got = times("China hopes there can be a new deal before October's expiration.",
                published="2025-03-13")
    assert got == [("October", "date", "2025-10")]


def test_future_in_reported_past_stays_near() -> None:
    got = times("Reports said the ship would depart China in early February.",
                published="2025-03-14")
    assert got == [("early February", "date", "2025-02")]


def test_present_in_an_adverbial_clause_of_a_past_verb_is_past() -> None:
    got = times("Demonstrators chanted as they march in Khartoum Thursday.",
                published="2019-11-29")
    assert got == [("Thursday", "date", "2019-11-28")]
