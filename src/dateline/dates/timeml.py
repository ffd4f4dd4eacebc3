"""TimeML TIMEX3 values: calendar arithmetic and the value strings of dates, weeks and durations.

Values follow ISO-TimeML: ``2025-02-03`` (day), ``2025-02`` (month), ``2025`` (year),
``2025-W06`` (ISO week), ``2025-W05-WE`` (weekend), ``2025-Q1`` (quarter), ``2025-SU`` (season),
``199`` (decade), ``19`` (century), ``2025-02-03T17:00`` / ``2025-02-03TMO`` (times),
``P90D`` / ``PT5H`` / ``PXY`` (durations), ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

Tense = Literal["past", "future", "present"] | None
# The time units of a duration's value: hours, minutes and seconds go after "T".
TIME_UNITS = {"H", "S"}


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, mon: int) -> str:
    return f"{year:04d}-{mon:02d}"


def week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def weekend(d: dt.date) -> str:
    return week(d) + "-WE"


WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
# the units of a duration counted in whole days: "a week ago" is seven days back, "two weeks
# after" fourteen days on (``normalize._shifted``, ``events.setting._distance``)
UNIT_DAYS = {"D": 1, "W": 7}
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _week_start(value: str) -> tuple[dt.date, bool] | None:
    """(Monday of the ISO week, is it the weekend) of a week or weekend value ("2025-W11",
    "2025-W11-WE"); None for any other value or a week off the calendar ("2025-W54")."""
    m = WEEK_VALUE.match(value)
    if m is None:
        return None
    try:
        return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), bool(m.group(3))
    except ValueError:
        return None


def week_monday(value: str) -> dt.date | None:
    """The Monday of the ISO week a week or weekend value is in ("2025-W11-WE": March 10)."""
    start = _week_start(value)
    return start[0] if start is not None else None


def week_days(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a week or weekend value: "2025-W11" is Monday March 10 to
    Sunday March 16, "2025-W11-WE" Saturday March 15 to Sunday."""
    start = _week_start(value)
    if start is None:
        return None
    monday, is_weekend = start
    try:
        return monday + dt.timedelta(days=5 if is_weekend else 0), monday + dt.timedelta(days=6)
    except OverflowError:  # the last week of 9999
        return None


def week_of_value(value: str) -> str | None:
    """The week or weekend a date value names ("2004-W47", "2010-W04-WE"), else None."""
    m = WEEK_VALUE.match(value)
    return m.group(0) if m else None


def week_month(value: str) -> str | None:
    """The month of a week or weekend value: a week's is the month of its Thursday, as ISO 8601
    gives a week to the year of its Thursday ("2024-W26" is "2024-06"); a weekend's is the
    month of its Saturday, its first day ("2025-W44-WE" is November 1-2, "2025-11", though
    that week's Thursday is October 30); None for any other value."""
    start = _week_start(value)
    if start is None:
        return None
    monday, is_weekend = start
    try:
        return (monday + dt.timedelta(days=5 if is_weekend else 3)).strftime("%Y-%m")
    except OverflowError:  # the last weekend of 9999
        return None


def within(value: str, period: str) -> bool:
    """Does the date value lie inside ``period`` (both TimeML date values)?  By prefix for the
    calendar ("2025-03-12" in "2025-03" and "2025"); a day in the ISO week that holds it
    ("2025-03-12" in "2025-W11"), a weekend day in its weekend; a week in the month and year
    of its Thursday, a weekend in those of its Saturday (:func:`week_month`: "2025-W11" in
    "2025-03")."""
    if value.startswith(period):
        return True
    if WEEK_VALUE.fullmatch(period) and _DAY_VALUE.fullmatch(value[:10]):
        days = week_days(period)
        try:
            return days is not None and days[0] <= dt.date.fromisoformat(value[:10]) <= days[1]
        except ValueError:
            return False
    month_of = week_month(value)
    return month_of is not None and month_of.startswith(period)


def quarter(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, mon: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (mon - 1) + delta
    return index // 12, index % 12 + 1


def add_quarters(year: int, q: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (q - 1) + delta
    return index // 4, index % 4 + 1


def weekday_near(anchor: dt.date, weekday: int, tense: Tense) -> dt.date:
    """The date of ISO ``weekday`` (1 = Monday) nearest the anchor in the tense's direction.

    The anchor's own weekday is the anchor itself ("on Monday" in a Monday story is that day);
    past goes back up to six days, future forward up to six, an unknown tense goes back (news
    reports what happened: "said on Sunday" in a Monday story is the day before).
    """
    diff = weekday - anchor.isoweekday()
    if diff == 0:
        return anchor
    if tense == "future":
        return anchor + dt.timedelta(days=diff % 7)
    return anchor - dt.timedelta(days=(-diff) % 7)


def month_near(anchor: dt.date, mon: int, tense: Tense) -> int:
    """The year of month ``mon`` seen from the anchor: last July in the past, next in the future.

    With no tense the nearer of the two (a July mentioned in February is this year's).
    """
    if mon == anchor.month:
        return anchor.year
    if tense == "past":
        return anchor.year if mon < anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if mon > anchor.month else anchor.year + 1
    # Months count from the anchor's month: ahead by up to five is the coming one.
    ahead = (mon - anchor.month) % 12
    if ahead <= 5:
        return anchor.year if mon > anchor.month else anchor.year + 1
    return anchor.year if mon < anchor.month else anchor.year - 1


def day_near(anchor: dt.date, mon: int, dom: int, tense: Tense) -> dt.date | None:
    """The date of month ``mon`` day ``dom`` without a year: the last one on or before the
    anchor in the past, the next on or after in the future, else the nearer of the two."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, mon, dom))
        except ValueError:
            continue
    return nearest_day(anchor, candidates, tense)


def nearest_day(anchor: dt.date, candidates: list[dt.date], tense: Tense) -> dt.date | None:
    """Of ``candidates`` (in order), the last on or before the anchor in the past, the first on
    or after it in the future, unmarked the nearer of those two (:func:`day_near`)."""
    if not candidates:
        return None
    before = [d for d in candidates if d <= anchor]
    after = [d for d in candidates if d >= anchor]
    if tense == "past" and before:
        return before[-1]
    if tense == "future" and after:
        return after[0]
    if not tense and (before or after):
        # An unmarked "Jan. 20" in a February story is last month's, not next year's.
        options = ([before[-1]] if before else []) + ([after[0]] if after else [])
        return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))
    return None


def duration(amount: float | None, unit: str) -> str:
    """``P90D``, ``PT5H``, ``P1.5Y``; ``PXY`` when the amount is vague ("several years")."""
    if amount is None:
        text = "X"
    elif float(amount).is_integer():
        text = str(int(amount))
    else:
        text = f"{amount:g}"
    if unit == "Q":  # quarters are three months
        return "PXQ" if amount is None else duration(amount * 3, "M")
    if unit in ("DE", "CE") and amount is not None:  # ISO 8601 has no decades: P10Y
        return duration(amount * (10 if unit == "DE" else 100), "Y")
    prefix = "PT" if unit in TIME_UNITS or unit == "MIN" else "P"
    return f"{prefix}{text}{'M' if unit == 'MIN' else unit}"
