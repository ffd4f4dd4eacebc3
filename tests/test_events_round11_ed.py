"""Event dates from the events layer's date rules (:func:`dateline.events.setting.event_time`),
checked on sentences like MEANTIME's event-time links and the VOA gold's dated events."""

from __future__ import annotations

import pytest

from dateline.evaluation.event_dates import event_dates, GoldLink
from dateline.ingest import article_from_text
from dateline.pipeline import run

pytestmark = pytest.mark.filterwarnings("ignore")


def date_of(text: str, published: str, word: str) -> str | None:
    """The date the events layer gives an event anchored on the first ``word`` of ``text``."""
    article = next(iter(run([article_from_text(text, id="t", published=published)],
                            layers=["times"])))
    start = article.text.index(word)
    return event_dates(article, [GoldLink(start, start + len(word), "", False)])[0]


def test_a_quarter_of_the_publication_year_already_past_dates_the_act() -> None:
    # MEANTIME: "Ford has said that it posted a net profit of US$ 997 million in the third
    # quarter of this year" (published 2009-11-03).
    assert date_of("Boeing said it posted a loss of $2 billion in the second quarter of this "
                   "year.", "2024-10-23", "posted") == "2024-Q2"


def test_a_quarter_still_to_come_dates_no_past_act() -> None:
    assert date_of("Boeing warned on Monday of heavy losses in the fourth quarter of this year.",
                   "2024-07-24", "warned") == "2024-07-22"


def test_the_only_date_whose_clause_holds_the_event_dates_it() -> None:
    # MEANTIME: "The glitch was not reported when the plane made its maiden flight on 11 December
    # ... and only became public attention this weekend": two dates, one in the flight's clause.
    text = ("Kenya said on Tuesday that Somalia had rejected the deal, and Somalia confirmed the "
            "rejection on Wednesday.")
    assert date_of(text, "2025-03-14", "rejected") == "2025-03-11"


def test_a_when_clause_on_a_date_is_dated_by_it() -> None:
    # MEANTIME: "The statistics are an improvement from 2008, when the car company posted a loss
    # of close to $15 billion".
    text = "French troops withdrew in 2004, when rebels seized the north of the country."
    assert date_of(text, "2021-03-29", "seized") == "2004"


def test_a_planned_act_is_dated_by_the_later_date_of_its_own_clause() -> None:
    # MEANTIME: "The first jets will be delivered in 2014" (published 2007-06-10).
    assert date_of("The first tanks will be delivered to Poland in 2026.", "2024-05-02",
                   "delivered") == "2026"


def test_a_later_date_of_another_clause_still_dates_nothing() -> None:
    # VOA 8006924: "the doubled tariffs would take effect Wednesday morning": the warning is
    # made the day it is reported.
    text = "Trump warned Canada on Tuesday that the doubled tariffs would take effect Friday."
    assert date_of(text, "2025-03-12", "warned") == "2025-03-11"


def test_an_infinitival_relative_is_dated_by_its_later_date() -> None:
    # MEANTIME: "Apple Computer announced today another special event to be held on October 12".
    text = "The ministry announced today a summit to be held in Nairobi on October 12."
    assert date_of(text, "2005-10-04", "held") == "2005-10-12"


def test_a_day_of_the_clause_is_finer_than_the_year_on_the_event_noun() -> None:
    # MEANTIME: "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company
    # CEO Steve Jobs unveiled iPhone 4".
    text = "Yesterday, at this year's Shangri-La Dialogue, China accused Japan of provocation."
    assert date_of(text, "2024-06-02", "Dialogue") == "2024-06-01"
