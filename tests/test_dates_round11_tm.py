"""Round 11 (TM): value conventions of the times layer checked against MEANTIME's gold.

* "a week ago" is the day seven days before the anchor (TimeML), not an ISO week.
* A quarter named without a year in a past or untensed clause is this year's when it lies
  nearer ahead than last year's lies behind.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import article_from_text
from dateline.pipeline import run
from dateline.record import Time


def times(text: str, published: str) -> list[Time]:
    article = article_from_text(text, id="t", published=published)
    return list(run([article], layers=["times"]))[0].times


def value_of(text: str, published: str, expression: str) -> tuple[str, str | None]:
    found = [t for t in times(text, published) if t.text == expression]
    assert found, [t.text for t in times(text, published)]
    return found[0].kind, found[0].value


@pytest.mark.parametrize("text,published,expression,expected", [
    # MEANTIME 251007 (a Friday story): the earthquake of Friday 2011-03-11.
    ("The prominent Japanese Nikkei 225 stock market index fell another 1.4% Thursday, over "
     "financial turmoil after the massive 9.0 magnitude earthquake and tsunami hit the country "
     "a week ago.", "2011-03-18", "a week ago", "2011-03-11"),
    ("The rebels seized the town two weeks ago, residents said.", "2025-02-03",
     "two weeks ago", "2025-01-20"),
    ("The ceasefire will be reviewed three weeks from now, the minister said.", "2025-02-03",
     "three weeks from now", "2025-02-24"),
    ("The rebels seized the town three days ago, residents said.", "2025-02-03",
     "three days ago", "2025-01-31"),
])
def test_weeks_ago_is_a_day(text: str, published: str, expression: str,
                            expected: str) -> None:
    assert value_of(text, published, expression) == ("date", expected)


@pytest.mark.parametrize("text,published,expected", [
    # MEANTIME 47720, an August 2006 story: the closures lie ahead, in 2006's fourth quarter.
    ("Ford has announced sweeping cuts of 21% (168,000 units) in its US and Canadian "
     "production, resulting in the partial closure of ten of its plants during the fourth "
     "quarter.", "2006-08-19", "2006-Q4"),
    # MEANTIME, a March 2007 story: the quarter just ended is last year's.
    ("Sales of existing homes rose in the fourth quarter to their highest level in a year.",
     "2007-03-13", "2006-Q4"),
    # Two quarters either way: a past clause keeps to the one behind.
    ("General Motors posted a loss in the fourth quarter.", "2009-05-15", "2008-Q4"),
    # A quarter already begun or over this year is this year's, never next year's.
    ("General Motors posted a loss in the first quarter.", "2009-11-03", "2009-Q1"),
    ("The company will post a profit in the first quarter.", "2009-11-03", "2010-Q1"),
])
def test_quarter_without_year(text: str, published: str, expected: str) -> None:
    found = [t for t in times(text, published) if "quarter" in t.text]
    assert [(t.kind, t.value) for t in found] == [("date", expected)]


def test_week_arithmetic_crosses_the_year() -> None:
    kind, value = value_of("Police arrested him a week ago, his lawyer said.", "2025-01-03",
                           "a week ago")
    assert (kind, dt.date.fromisoformat(value or "")) == ("date", dt.date(2024, 12, 27))
