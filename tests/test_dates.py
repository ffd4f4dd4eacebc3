"""The dates package without the model: patterns, normalization and TimeML arithmetic."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, strategies as st

from dateline.dates import resolve_text, timeml
from dateline.dates.find import find_candidates, trim_entity
from dateline.dates.normalize import normalize

MONDAY = dt.date(2025, 2, 3)  # the issue's story: published Monday 2025-02-03


def one(text: str, tense: timeml.Tense = None, anchor: dt.date = MONDAY) -> tuple[str, str,
                                                                                  str | None]:
    """The single expression found in ``text``: (extent, kind, value)."""
    cands = find_candidates(text)
    assert len(cands) == 1, [text[c.start:c.end] for c in cands]
    kind, value = normalize(cands[0], anchor, tense)
    return text[cands[0].start:cands[0].end], kind, value


@pytest.mark.parametrize("text,tense,expected", [
    ("He spoke on Monday.", "past", ("Monday", "date", "2025-02-03")),
    ("He spoke on Sunday.", "past", ("Sunday", "date", "2025-02-02")),
    ("They meet next Monday.", "future", ("next Monday", "date", "2025-02-10")),
    ("They met in July to plan it.", "past", ("July", "date", "2024-07")),
    ("They will meet in July.", "future", ("July", "date", "2025-07")),
    ("since taking office on Jan. 20", "past", ("Jan. 20", "date", "2025-01-20")),
    ("It grew last year.", None, ("last year", "date", "2024")),
    ("It grew this week.", None, ("this week", "date", "2025-W06")),
    ("It imposed a 90-day freeze.", None, ("90-day", "duration", "P90D")),
    ("They pray every Friday.", None, ("every Friday", "set", "XXXX-WXX-5")),
])
def test_issue_examples(text: str, tense: timeml.Tense, expected: tuple[str, str, str]) -> None:
    assert one(text, tense) == expected


@pytest.mark.parametrize("text,expected", [
    ("Monday, Feb. 3, 2025", ("date", "2025-02-03")),
    ("on 10 December 2013", ("date", "2013-12-10")),
    ("in September 2006", ("date", "2006-09")),
    ("in 2019", ("date", "2019")),
    ("in the 1990s", ("date", "199")),
    ("since the '80s", ("date", "198")),
    ("two years ago", ("date", "2023")),
    ("three days ago", ("date", "2025-01-31")),
    ("the past three months", ("duration", "P3M")),
    ("for nearly five months", ("duration", "P5M")),
    ("over a decade", ("duration", "P10Y")),
    ("several years", ("duration", "PXY")),
    ("a 12-hour flight", ("duration", "PT12H")),
    ("thirty minutes", ("duration", "PT30M")),
    ("at 5 p.m.", ("time", "2025-02-03T17:00")),
    ("at 16:08 UTC", ("time", "2025-02-03T16:08Z")),
    ("this morning", ("time", "2025-02-03TMO")),
    ("yesterday", ("date", "2025-02-02")),
    ("tomorrow", ("date", "2025-02-04")),
    ("the fourth quarter of 2008", ("date", "2008-Q4")),
    ("in the first half of 2024", ("date", "2024-H1")),
    ("last summer", ("date", "2024-SU")),
    ("daily", ("set", "P1D")),
    ("weekly", ("set", "P1W")),
    ("recently", ("date", "PAST_REF")),
    ("the recent talks", ("date", "PAST_REF")),
    ("later this year", ("date", "2025")),
    ("postponed until March of next year", ("date", "2026-03")),
    ("in the future", ("date", "FUTURE_REF")),
    ("next month", ("date", "2025-03")),
    ("last week", ("date", "2025-W05")),
    ("this weekend", ("date", "2025-W06-WE")),
    ("the 20th century", ("date", "19")),
])
def test_common_forms(text: str, expected: tuple[str, str]) -> None:
    assert one(text)[1:] == expected


@pytest.mark.parametrize("text", [
    "The 65-year-old minister resigned.",
    "He may attend.",
    "Retail sales saw a fall in exports.",
    "Refugees fled in the fall of Kabul.",
    "Police deployed 2020 officers.",
    "A second A380 landed.",
    "It cut about a quarter of its dealers.",
    "A survey found three-quarters of voters agree.",
    "She read USA Today.",
    "The talks march on.",
])
def test_not_temporal(text: str) -> None:
    assert find_candidates(text) == []


def test_unresolvable_is_null() -> None:
    # "two days later" counts from a reference time, and without a publication date nothing
    # relative resolves; absolute dates still do.
    assert resolve_text("Two days later, talks resumed.", "2025-02-03")[0].value is None
    assert one("on Monday", "past", anchor=None)[2] is None  # type: ignore[arg-type]
    times = resolve_text("They met on March 3, 2021 and again on Friday.", None)
    assert [(t.text, t.value) for t in times] == [("March 3, 2021", "2021-03-03"),
                                                  ("Friday", None)]


def test_a_count_off_the_calendar_is_null() -> None:
    # Hypothesis found "2019 decade ago" (published 2000-01-01) giving the year "-18190".
    assert [t.value for t in resolve_text("2019 decades ago", "2000-01-01")] == [None]
    assert [t.value for t in resolve_text("99999999 days ago", "2000-01-01")] == [None]
    assert [t.value for t in resolve_text("two decades ago", "2000-01-01")] == ["1980"]


def test_rate_is_a_set_and_period_a_duration() -> None:
    times = resolve_text("It pays $5 billion a year. It posted an annual profit for a year.",
                         "2025-02-03")
    assert [(t.text, t.kind, t.value) for t in times] == [
        ("a year", "set", "P1Y"), ("annual", "duration", "P1Y"), ("a year", "duration", "P1Y")]


def test_reference_time_follows_the_story() -> None:
    times = resolve_text("On Tuesday he flew to Paris; the following day he met Macron.",
                         "2025-02-03")
    assert [(t.text, t.value) for t in times] == [("Tuesday", "2025-01-28"),
                                                  ("the following day", "2025-01-29")]


def test_clock_time_takes_the_day_beside_it() -> None:
    times = resolve_text("The vote is on Tuesday at 5 p.m.", "2025-02-03")
    assert times[-1].text == "5 p.m." and times[-1].value == "2025-01-28T17:00"


def test_trim_entity() -> None:
    text = "He spoke on Monday's summit."
    start = text.index("on Monday")
    assert text.__getitem__(slice(*trim_entity(text, start, start + len("on Monday's")))) == \
        "Monday"


def test_weekday_near_directions() -> None:
    assert timeml.weekday_near(MONDAY, 1, "past") == MONDAY
    assert timeml.weekday_near(MONDAY, 5, "past") == dt.date(2025, 1, 31)
    assert timeml.weekday_near(MONDAY, 5, "future") == dt.date(2025, 2, 7)
    assert timeml.weekday_near(MONDAY, 7, None) == dt.date(2025, 2, 2)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.integers(min_value=1, max_value=7),
       st.sampled_from(["past", "future", None]))
def test_weekday_near_is_within_a_week(anchor: dt.date, weekday: int,
                                       tense: timeml.Tense) -> None:
    d = timeml.weekday_near(anchor, weekday, tense)
    assert d.isoweekday() == weekday
    assert abs((d - anchor).days) < 7
    assert (d <= anchor) if tense != "future" else (d >= anchor)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_day_near_respects_tense(anchor: dt.date, month: int, day: int) -> None:
    past = timeml.day_near(anchor, month, day, "past")
    future = timeml.day_near(anchor, month, day, "future")
    assert past is not None and future is not None
    assert past <= anchor <= future
    assert (anchor - past).days < 366 and (future - anchor).days < 366


def test_determiner_stays_out_of_a_modifier_duration() -> None:
    times = resolve_text("The 90-day freeze began. It lasted the next three days.", "2025-02-03")
    assert [(t.text, t.value) for t in times] == [("90-day", "P90D"),
                                                  ("the next three days", "P3D")]


def test_clock_time_of_a_set_recurs_with_it() -> None:
    times = resolve_text("Talks resume every Friday at 5 p.m. and every Monday at noon.",
                         "2025-02-03")
    assert [(t.text, t.kind, t.value) for t in times] == [
        ("every Friday at 5 p.m.", "set", "XXXX-WXX-5T17:00"),
        ("every Monday", "set", "XXXX-WXX-1"), ("noon", "time", None)]


_VALUE = re.compile(
    r"^(?:\d{2,4}(?:-(?:\d\d|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI)(?:-(?:\d\d|WE))?)?"
    r"(?:T(?:\d\d:\d\d|MO|AF|EV|NI)Z?)?"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q|WE)|PT(?:\d+(?:\.\d+)?|X)[HMS]"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-WXX-\d(?:T\d\d:\d\d)?|XXXX-XX-XXT(?:MO|AF|EV|NI))$")
_PIECES = ["on", "Monday", "last", "next", "week", "year", "the", "past", "three", "months", "ago",
           "Jan.", "20", "2019", "every", "Friday", "at", "5", "p.m.", "daily", "90-day", "in",
           "July", "since", "the 1990s", "early", "quarter", "fourth", "spring", "now", "a",
           "day", "later", ",", ".", "Tuesday's", "16:08", "UTC", "today", "decade", "'80s"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_any_text_gives_ordered_spans_and_timeml_values(pieces: list[str],
                                                        published: dt.date) -> None:
    text = " ".join(pieces)
    times = resolve_text(text, published)
    for t in times:
        assert text[t.start:t.end] == t.text and t.text.strip() == t.text
        assert t.kind in ("date", "time", "duration", "set")
        assert t.value is None or _VALUE.match(t.value), t.value
    assert all(a.end <= b.start for a, b in zip(times, times[1:]))


def test_later_counts_from_a_day_just_named() -> None:
    times = resolve_text("The ship docked on March 8. Two days later, it left. It arrived on "
                         "March 20, three days later than planned.", "2025-03-14")
    assert [(t.text, t.value) for t in times] == [
        ("March 8", "2025-03-08"), ("Two days later", "2025-03-10"),
        ("March 20", "2025-03-20"), ("three days", "P3D")]
    assert resolve_text("Two days later, it left.", "2025-03-14")[0].value is None


def test_malformed_publication_date_resolves_absolute_dates_only() -> None:
    times = resolve_text("It began in March 2021 and ended on Friday.", "sometime")
    assert [(t.text, t.value) for t in times] == [("March 2021", "2021-03"), ("Friday", None)]


def test_weekday_takes_the_date_written_beside_it() -> None:
    times = resolve_text("A report set for release Friday (Dec. 13) finds growth.", "2019-12-09")
    assert [(t.text, t.value) for t in times] == [("Friday", "2019-12-13"),
                                                  ("Dec. 13", "2019-12-13")]


def test_clock_times_need_a_clock_context() -> None:
    assert find_candidates("He quoted John 3:16 and a 2:1 ratio.") == []
    assert one("The market closed at 16:30.")[1:] == ("time", "2025-02-03T16:30")


@pytest.mark.parametrize("text, tense, anchor, expected", [
    # a season still to come this year is this year's (published Monday 2025-02-03)
    ("this spring", None, MONDAY, "2025-SP"),
    ("this summer", "future", MONDAY, "2025-SU"),
    ("this fall", None, dt.date(2025, 10, 20), "2025-FA"),  # under way
    ("this winter", None, dt.date(2025, 10, 20), "2025-WI"),  # December 2025 to come
    ("this winter", None, MONDAY, "2024-WI"),  # under way since December 2024
    ("this spring", "past", dt.date(2025, 11, 5), "2025-SP"),  # over, this year's
])
def test_this_season(text: str, tense: timeml.Tense, anchor: dt.date, expected: str) -> None:
    assert one(text, tense, anchor)[2] == expected
