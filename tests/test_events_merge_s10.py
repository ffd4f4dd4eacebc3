"""Merging one event told twice (:mod:`dateline.events.merge`): which dates fit one act, and
which date the merged event keeps.  The events are built on real sentences, with the trigger
offsets, sentence indices and dates the pipeline gives them."""

from __future__ import annotations

from dateline.events.merge import merge_events
from dateline.record import Event, Span

# "Russian forces attacked Kharkiv on Monday and again on Thursday, the governor said."
TWICE = "Russian forces attacked Kharkiv on Monday and again on Thursday, the governor said."


def _event(text: str, word: str, date: str, time: str | None, sentence: int = 0,
           confidence: float = 0.6, etype: str = "ASSAULT") -> Event:
    at = text.index(word)
    return Event("", etype, Span(at, at + len(word), word), sentence, actors=["a1"],
                 recipients=["a2"], date=date, time=time, confidence=confidence)


def test_two_acts_the_text_dates_apart_in_one_sentence_stay_two() -> None:
    monday = _event(TWICE, "attacked", "2025-03-10", "t1")
    thursday = _event(TWICE, "again", "2025-03-13", "t2")
    merged = merge_events([monday, thursday])
    assert [e.date for e in merged] == ["2025-03-10", "2025-03-13"]


def test_one_act_told_twice_in_a_sentence_is_still_pooled() -> None:
    # "Rubio visited Europe and met with officials in the EU": one act, recipients pooled.
    text = "Rubio visited Europe on Monday and met with officials in the EU."
    visit = _event(text, "visited", "2025-03-10", "t1", etype="CONSULT")
    meeting = _event(text, "met", "2025-02-03", None, etype="CONSULT")
    meeting.recipients = ["a3"]
    merged = merge_events([visit, meeting])
    assert len(merged) == 1 and merged[0].recipients == ["a2", "a3"]
    assert merged[0].date == "2025-03-10" and merged[0].time == "t1"


def test_the_merged_event_takes_the_more_specific_date_from_the_text() -> None:
    # A lead dated by its month, restated in the same sentence with the day.
    text = "In March, Iran rejected the U.S. offer, rejecting it on March 12 in a letter."
    lead = _event(text, "rejected", "2025-03", "t1", etype="REJECT", confidence=0.5)
    restated = _event(text, "rejecting", "2025-03-12", "t2", etype="REJECT", confidence=0.8)
    merged = merge_events([lead, restated])
    assert len(merged) == 1
    kept = merged[0]
    assert kept.trigger.text == "rejected"  # the first mention stays the evidence
    assert (kept.date, kept.time, kept.confidence) == ("2025-03-12", "t2", 0.8)


def test_a_publication_date_never_replaces_a_date_from_the_text() -> None:
    text = "Iran rejected the offer on March 12, and Tehran rejected the offer again."
    dated = _event(text, "rejected", "2025-03-12", "t1", etype="REJECT")
    undated = _event(text, "rejected the offer again", "2025-03-14", None, etype="REJECT")
    merged = merge_events([dated, undated])
    assert len(merged) == 1 and (merged[0].date, merged[0].time) == ("2025-03-12", "t1")


def test_restatements_across_the_article_need_the_same_date_from_the_text() -> None:
    # "Tehran rejected its offer on Wednesday" (lead) ... "Iran's foreign minister rejected the
    # U.S. offer on Wednesday" (sentence 5): one act; the same words with another day: two.
    text = "Tehran rejected its offer on Wednesday."
    lead = _event(text, "rejected", "2025-03-12", "t1", etype="REJECT")
    again = _event(text, "rejected", "2025-03-12", "t4", sentence=5, etype="REJECT")
    other = _event(text, "rejected", "2025-03-05", "t6", sentence=9, etype="REJECT")
    merged = merge_events([lead, again, other])
    assert [(e.sentence, e.date) for e in merged] == [(0, "2025-03-12"), (9, "2025-03-05")]
