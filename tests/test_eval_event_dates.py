"""MEANTIME event dates: gold links read from a real CAT XML file and scored with the events
layer's date rules."""

from __future__ import annotations

import re

from dateline.evaluation import eval_data
from dateline.evaluation import event_dates as E
from dateline.evaluation.times import read_meantime

# "Apple Inc. unveiled the iPhone 4 ... at the Worldwide Developers Conference (WWDC) 2010, held
# on June 7" — six links, all to dates written in the text.
APPLE = eval_data("meantime", "intra-doc_annotation", "corpus_apple",
                  "190356_Apple_unveils_iPhone_4.xml")


def test_gold_links_point_at_event_tokens_with_dates() -> None:
    doc = read_meantime(APPLE)
    links = E.gold_links(APPLE)
    assert len(links) > 0
    assert all(re.match(r"^\d{4}", link.value) for link in links)
    assert all(doc.text[link.start:link.end].strip() for link in links)
    unveiled = [link for link in links if doc.text[link.start:link.end] == "unveiled"]
    assert [(link.value, link.creation_time) for link in unveiled] == [("2010-06-07", False)]


def test_score_is_a_fraction_of_the_links() -> None:
    scores = E.score([APPLE])
    n = len(E.gold_links(APPLE))
    assert scores["meantime_event_dates_n"] == n
    assert scores["meantime_event_dates_creation_time_n"] + scores[
        "meantime_event_dates_text_date_n"] == n
    assert 0 < scores["meantime_event_dates_right"] <= n
    assert scores["meantime_event_dates"] == round(scores["meantime_event_dates_right"] / n, 4)


def test_a_finer_predicted_date_is_right_a_coarser_one_is_not() -> None:
    assert E.right("2010-06", "2010-06-07") and E.right("2010-06-07", "2010-06-07T10:00")
    assert not E.right("2010-06-07", "2010-06") and not E.right("2010", None)
