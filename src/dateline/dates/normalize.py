"""Normalizing a found expression to its TIMEX3 type and TimeML value.

The anchor is the publication date (the document creation time); the tense of the governing
clause picks the direction of underspecified dates ("said on Sunday" → the Sunday before, "will
meet on Monday" → the Monday after).  What the text does not determine gets ``None``, never a
guess: "two days later" needs a reference time the sentence does not give.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from . import timeml
from .find import Candidate
from .lexicon import lexicon, number
from .timeml import Tense

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

Result = tuple[str, str | None]  # (kind, value)
Handler = Callable[[dict[str, str], "dt.date | None", Tense], Result]

SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the first month of each season
# The first month of each part of a year a value names ("2009-Q3", "2009-H2", "2009-SU").
PART_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, **SEASON_MONTH}


def part_start(value: str) -> str | None:
    """The first month ("2009-07") of a quarter, half or season value ("2009-Q3"); None for
    any other value."""
    first = PART_MONTH.get(value[5:7]) if len(value) == 7 else None
    return f"{value[:4]}-{first:02d}" if first is not None else None


def _month(name: str) -> int:
    return int(lexicon()["months"][name.rstrip(".").lower()])


def _weekday(name: str) -> int:
    return int(lexicon()["weekdays"][name.lower()])


def _unit(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and word[:-1] in lexicon()["units"]:
        word = word[:-1]
    return str(lexicon()["units"].get(word, "X"))


def _part(word: str | None) -> str | None:
    return lexicon()["parts_of_day"].get(word.lower()) if word else None


def _year(text: str) -> int:
    y = int(text)
    return y if y >= 100 else (2000 + y if y < 50 else 1900 + y)


def iso_date(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    try:
        d = dt.date(_year(g["year"]), int(g["mon"]), int(g["day"]))
    except ValueError:
        return "date", None
    return "date", timeml.day(d)


def month_day(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    mon, dom = _month(g["month"]), int(g["day"])
    if "year" in g:
        try:
            return "date", timeml.day(dt.date(int(g["year"]), mon, dom))
        except ValueError:
            return "date", None
    if anchor is None:
        return "date", None
    if "weekday" in g:  # "Monday, Feb. 3": the year whose Feb. 3 is a Monday, nearest first
        wd = _weekday(g["weekday"])
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                d = dt.date(year, mon, dom)
            except ValueError:
                continue
            if d.isoweekday() == wd:
                return "date", timeml.day(d)
    found = timeml.day_near(anchor, mon, dom, tense)
    return "date", timeml.day(found) if found else None


def month_day_only(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    """A day of the month named without its month ("Turkey met Syria on the 1st"): that day of
    the anchor's month, else of the month before (past) or after (future) when the day is not
    yet (or no longer) reached; unmarked, the nearer of the two."""
    if anchor is None:
        return "date", None
    dom = int(g["day"])
    options = []
    for shift in (-2, -1, 0, 1):  # two back: "the 30th" in March, past, is January's
        year, month = timeml.add_months(anchor.year, anchor.month, shift)
        try:
            options.append(dt.date(year, month, dom))
        except ValueError:
            continue
    found = timeml.nearest_day(anchor, options, tense if tense in ("past", "future") else None)
    return "date", timeml.day(found) if found is not None else None


def month_year(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    return "date", timeml.month(int(g["year"]), _month(g["month"]))


def month_only(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    if anchor is None:
        return "date", None
    mon = _month(g["month"])
    rel = (g.get("rel") or "").lower()
    if "yrel" in g:  # "October of next year"
        year = anchor.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0)
    elif rel == "last":  # "last July", "last February" in a February story: a year ago
        year = anchor.year if mon < anchor.month else anchor.year - 1
    elif rel == "next":
        year = anchor.year if mon > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = timeml.month_near(anchor, mon, tense)
    return "date", timeml.month(year, mon)


def quarter(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    q = int(g["q"]) if "q" in g else {"final": 4}.get(g.get("ord", "").lower()) or int(
        lexicon()["ordinals"][g["ord"].lower()])
    if "year" in g:
        return "date", timeml.quarter(int(g["year"]), q)
    if anchor is None:
        return "date", None
    rel = (g.get("rel") or "").lower()
    if rel in ("this", "the"):
        year = anchor.year
    elif rel == "last":
        year = anchor.year - 1
    elif rel == "next":
        year = anchor.year + 1
    else:
        year = _quarter_year(anchor, q, tense)
    return "date", timeml.quarter(year, q)


def _quarter_year(anchor: dt.date, q: int, tense: Tense) -> int:
    """The year of quarter ``q`` named without a year, seen from the anchor.  In the future,
    the next one on or after the anchor's.  Else this year's if it has begun; if it is still
    ahead, this year's when nearer than last year's: "GM posted a loss in the fourth quarter"
    (a February story) is last year's, but "the partial closure of ten of its plants during the
    fourth quarter" (an August story, MEANTIME 47720) is this year's, one quarter ahead, not
    three back."""
    current = timeml.quarter_of(anchor)
    if tense == "future":
        return anchor.year if q >= current else anchor.year + 1
    if q <= current:
        return anchor.year
    return anchor.year if q - current < current + 4 - q else anchor.year - 1


def half(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    h = 1 if g["ord"].lower() == "first" else 2
    if "year" in g:
        return "date", f"{g['year']}-H{h}"
    if anchor is None:
        return "date", None
    shift = {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
    return "date", f"{anchor.year + shift:04d}-H{h}"


def year(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    if "yy" in g:  # "since '82": the latest such year not after the anchor
        yy = int(g["yy"])
        this = (anchor.year if anchor else 2000) % 100
        return "date", f"{(20 if yy <= this else 19)}{yy:02d}"
    return "date", g["year"]


def decade(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    dec = int(g["dec"])
    if "cent" in g:
        return "date", f"{g['cent']}{dec}"
    # "the '80s" is the 1980s; "the '20s" seen from 2025 is this century's.
    this = (anchor.year if anchor else 2000) % 100
    return "date", f"{19 if dec * 10 > this else 20}{dec}"


def century(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    return "date", f"{int(g['ord']) - 1:02d}"


def clock(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    named = (g.get("named") or "").lower()
    if named:
        hh, mm = (12, 0) if named in ("noon", "midday") else (24, 0)
    else:
        hh, mm = int(g["h"]), int(g.get("m") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
    if anchor is None:
        return "time", None
    day = anchor
    word = (g.get("dayword") or "").lower()
    if word == "yesterday":
        day = anchor - dt.timedelta(days=1)
    elif word == "tomorrow":
        day = anchor + dt.timedelta(days=1)
    elif g.get("weekday"):
        day = timeml.weekday_near(anchor, _weekday(g["weekday"]), tense)
    zone = lexicon()["timezones"].get((g.get("tz") or "").lower(), "")
    return "time", f"{timeml.day(day)}T{hh:02d}:{mm:02d}{zone}"


def relday(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    rel = " ".join(g["rel"].lower().split())
    part = _part(g.get("part"))
    if rel == "tonight":
        part = "NI"
    if anchor is None:
        return ("time" if part else "date"), None
    shift = {"yesterday": -1, "tomorrow": 1, "before yesterday": -2, "after tomorrow": 2}
    d = anchor + dt.timedelta(days=shift.get(rel, 0))
    return ("time", f"{timeml.day(d)}T{part}") if part else ("date", timeml.day(d))


def this_part(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    if anchor is None:
        return "time", None
    shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(g["rel"].lower(), 0)
    part = _part(g["part"])
    if g["rel"].lower() == "last" and part != "NI":  # "last morning" is not a phrase
        return "time", None
    return "time", f"{timeml.day(anchor + dt.timedelta(days=shift))}T{part}"


def weekday(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    part = _part(g.get("part"))
    kind = "time" if part else "date"
    if anchor is None:
        return kind, None
    wd = _weekday(g["weekday"])
    rel = (g.get("rel") or "").lower()
    diff = wd - anchor.isoweekday()
    if rel in ("last", "past", "previous"):  # "last Monday" in a Monday story: a week ago
        d = anchor - dt.timedelta(days=(-diff) % 7 or 7)
    elif rel in ("next", "coming"):  # "next Monday" in a Monday story: a week on
        d = anchor + dt.timedelta(days=diff % 7 or 7)
    elif rel == "this":
        d = anchor + dt.timedelta(days=diff)
    else:
        # A weekday with a present-tense act is news present for what is ahead: "The court
        # rules Wednesday on whether …".
        d = timeml.weekday_near(anchor, wd, "future" if tense == "present" else tense)
    return kind, timeml.day(d) + (f"T{part}" if part else "")


def ago(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    direction = " ".join(g["dir"].lower().split())
    amount = number(g["num"]) if "num" in g else None
    unit = _unit(g["unit"])
    if direction in ("earlier", "later") and (
            anchor is None or unit not in ("D", "W") or amount is None):
        # counted from a reference time: the caller passes one only when the story has just
        # named a day ("docked on March 8. Two days later, …"), else the value stays unknown;
        # a vague count ("Days later") is no future of the story's day but a time near the one
        # named, which ``later_than`` gives
        return "date", None
    sign = -1 if direction in ("ago", "earlier") else 1
    if amount is None:
        return "date", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if anchor is None or not float(amount).is_integer():
        return "date", None
    return "date", _shifted(anchor, unit, int(amount) * sign)


# The precision a vague count of each unit keeps of the period it counts from: "a few hours
# later" is the same day, "days later" the same month, "months later" the same year (a
# coarser period stays as it is).
_VAGUE_KEEP = {"H": 10, "MIN": 10, "D": 7, "W": 7, "M": 4}


def later_than(g: dict[str, str], period: str) -> str | None:
    """The value of "N units earlier / later" counted from a period the text has just named
    (a day, month or year, ``period``), where the day-anchored reading gives none.  A vague
    count keeps the period at the precision its unit allows: "Last month, BLA insurgents
    ambushed a bus ... Days later, a roadside bomb blast killed 11 coal miners" (VOA 8007760:
    February), "in 1950 ... Several months later, North Korea invaded" (VOA 7638284: 1950), "one
    afternoon in 2017 ... A few hours later police helicopter was hovering" (VOA 6184384).  A
    counted number of months or years moves the period: "in 2017 ... two years later" is
    2019; "two days later" from a month is still that month.  Decades stay unknown."""
    direction = " ".join(g.get("dir", "").lower().split())
    if direction not in ("earlier", "later"):
        return None
    unit = _unit(g["unit"])
    amount = number(g["num"]) if "num" in g else None
    vague = amount is None or g["num"].lower() in lexicon()["vague_numbers"]
    keep = _VAGUE_KEEP.get(unit)
    if keep is not None and (vague or unit in ("H", "MIN", "D", "W")):
        return period[:keep]
    if amount is None or unit not in ("M", "Y") or not float(amount).is_integer():
        return None
    n = int(amount) * (-1 if direction == "earlier" else 1)
    if unit == "Y":
        return f"{int(period[:4]) + n:04d}" if dt.MINYEAR <= int(period[:4]) + n <= 9999 \
            else None
    if len(period) < 7:
        return None
    year, month = timeml.add_months(int(period[:4]), int(period[5:7]), n)
    return timeml.month(year, month) if dt.MINYEAR <= year <= 9999 else None


def _shifted(anchor: dt.date, unit: str, n: int) -> str | None:
    """The TimeML value ``n`` units from the anchor; None off the calendar (years 1 to 9999:
    "2019 decades ago", "99999999 days ago")."""
    if unit in timeml.UNIT_DAYS:
        try:
            shifted = anchor + dt.timedelta(days=n * timeml.UNIT_DAYS[unit])
        except OverflowError:
            return None
        # TimeML dates "a week ago" to the day seven days before, not to that ISO week ("hit
        # the country a week ago" in a Friday story: the Friday before, MEANTIME 251007).
        return timeml.day(shifted)
    if unit == "M":
        year, month = timeml.add_months(anchor.year, anchor.month, n)
        return timeml.month(year, month) if dt.MINYEAR <= year <= dt.MAXYEAR else None
    years = {"Y": n, "DE": 10 * n}.get(unit)
    if years is None or not dt.MINYEAR <= anchor.year + years <= dt.MAXYEAR:
        return None
    return f"{anchor.year + years:04d}"


def _shift_unit(unit: str, rel: str, anchor: dt.date) -> str | None:
    """The value of this/last/next week, month, year … around the anchor."""
    shift = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1,
             "next": 1, "coming": 1}.get(rel)
    if shift is None:  # "the following year", "that week": need a reference time
        return None
    if unit == "W":
        return timeml.week(anchor + dt.timedelta(weeks=shift))
    if unit == "WE":
        saturday = anchor + dt.timedelta(days=6 - anchor.isoweekday())
        return timeml.weekend(saturday + dt.timedelta(weeks=shift))
    if unit == "M":
        return timeml.month(*timeml.add_months(anchor.year, anchor.month, shift))
    if unit == "Y":
        return f"{anchor.year + shift:04d}"
    if unit == "Q":
        return timeml.quarter(*timeml.add_quarters(anchor.year, timeml.quarter_of(anchor),
                                                   shift))
    if unit == "DE":
        return f"{anchor.year // 10 + shift:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + shift:02d}"
    return None


def relunit(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    word = g["unit"].lower()
    rel = g["rel"].lower()
    season = lexicon()["seasons"].get(word)
    if season:
        return season_value({"season": word, "rel": rel}, anchor, tense)
    if anchor is None:
        return "date", None
    return "date", _shift_unit(_unit(word), rel, anchor)


def boundary(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    if anchor is None:
        return "date", None
    return "date", _shift_unit(_unit(g["unit"]), (g.get("rel") or "this").lower(), anchor)


def weekend(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    if anchor is None:
        return "date", None
    if tense == "future":
        saturday = anchor + dt.timedelta(days=(6 - anchor.isoweekday()) % 7)
    elif tense == "past" or anchor.isoweekday() < 3:  # "over the weekend" in a Monday story
        saturday = anchor - dt.timedelta(days=(anchor.isoweekday() - 6) % 7)
    else:
        saturday = anchor + dt.timedelta(days=6 - anchor.isoweekday())
    return "date", timeml.weekend(saturday)


def duration(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    if "span" in g:  # "over the years"
        return "duration", "PXY"
    amount = number(g["num"]) if "num" in g else None
    return "duration", timeml.duration(amount, _unit(g["unit"]))


def past_unit(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    return "duration", timeml.duration(1, _unit(g["unit"]))


def season_value(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    code = lexicon()["seasons"][g["season"].lower()]
    if "year" in g:
        return "date", f"{g['year']}-{code}"
    if anchor is None:
        return "date", None
    rel = (g.get("rel") or "").lower()
    start = SEASON_MONTH[code]
    # The season under way or most recently begun: winter 2024 runs into February 2025.
    begun = anchor.year if anchor.month >= start else anchor.year - 1
    in_season = (anchor.month - start) % 12 < 3
    if rel == "last":
        y = begun - 1 if in_season else begun
    elif rel == "next":
        y = begun + 1
    elif rel == "this" and not in_season and start > anchor.month and tense != "past":
        # a season still to come this year: "this spring" in February 2025 is 2025-SP, not
        # the spring of 2024 that last began
        y = anchor.year
    elif rel == "this" or in_season:
        y = begun
    elif tense == "past":
        y = begun
    else:
        y = begun + 1
    return "date", f"{y:04d}-{code}"


def anaphor(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    """"the day", "the same day", "the following day": the anchor is the reference time."""
    if anchor is None:
        return "date", None
    rel = " ".join((g.get("rel") or "the").lower().split())
    unit = g["unit"].lower()
    if unit != "day":
        return "date", {"week": timeml.week(anchor), "month": timeml.month(anchor.year,
                        anchor.month), "year": f"{anchor.year:04d}"}[unit]
    shift = {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
    if g.get("side"):  # "the day before", "the day after"
        shift = -1 if g["side"].lower() == "before" else 1
    return "date", timeml.day(anchor + dt.timedelta(days=shift))


def set_day(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    clock = ""
    if "h" in g:
        hh = int(g["h"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        clock = f"T{hh:02d}:{int(g.get('m') or 0):02d}"
    if g.get("weekday"):
        return "set", f"XXXX-WXX-{_weekday(g['weekday'])}{clock}"
    return "set", f"XXXX-XX-XXT{_part(g['part'])}"


def set_times(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    return "set", timeml.duration(1, _unit(g["unit"]))


def set_word(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    return "set", str(lexicon()["sets"][" ".join(g["set"].lower().split())])


def reference(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    return "date", str(lexicon()["references"][" ".join(g["ref"].lower().split())])


def holiday(g: dict[str, str], anchor: dt.date | None, tense: Tense) -> Result:
    mon, dom = lexicon()["holidays"][" ".join(g["holiday"].lower().split())]
    if "year" in g:
        return "date", timeml.day(dt.date(int(g["year"]), mon, dom))
    if anchor is None:
        return "date", None
    found = timeml.day_near(anchor, mon, dom, tense)
    return "date", timeml.day(found) if found else None


HANDLERS: dict[str, Handler] = {
    "iso": iso_date, "slash": iso_date, "domonly": month_day_only, "mdy": month_day,
    "dmy": month_day,
    "month_year": month_year, "month": month_only, "quarter": quarter, "half": half,
    "fiscal": year, "decade": decade, "century": century, "year": year, "time": clock,
    "relday": relday, "thispart": this_part, "weekday": weekday, "ago": ago,
    "boundary": boundary, "relunit": relunit, "weekend": weekend, "duration": duration,
    "pastunit": past_unit, "season": season_value, "setday": set_day, "settimes": set_times,
    "set": set_word, "ref": reference, "holiday": holiday, "anaphor": anaphor,
}


def normalize(candidate: Candidate, anchor: dt.date | None, tense: Tense = None) -> Result:
    """The TIMEX3 kind (date, time, duration, set) and value of one candidate."""
    if tense == "present" and candidate.rule != "weekday":
        tense = None  # only a weekday reads the news present as ahead (see weekday)
    if candidate.rule == "entity":
        name = candidate.groups["text"].rstrip(".").lower()
        if name in lexicon()["months"]:  # "a deadly January attack"
            return month_only({"month": name}, anchor, tense)
        return parse_fallback(candidate.groups["text"], anchor)
    return HANDLERS[candidate.rule](candidate.groups, anchor, tense)


_VAGUE_SPAN = re.compile(r"^(?:the\s+|over\s+the\s+)?"
                         r"(?P<unit>years|months|weeks|days|decades|hours|"
                         r"minutes|centuries)$", re.IGNORECASE)
_COUNTED_SPAN = re.compile(r"^(?P<num>\S+)\s+(?:[a-z]+\s+)?(?P<unit>years?|months?|weeks?|days?|"
                           r"decades?|hours?|minutes?)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_fallback(text: str, anchor: dt.date | None) -> Result:
    """A spaCy DATE/TIME entity no rule covers: a span of units ("the months", "eight
    fantastic years") as a duration, else dateparser at the granularity the text states."""
    m = _VAGUE_SPAN.match(text)
    if m:
        return "duration", timeml.duration(None, _unit(m.group("unit")))
    m = _COUNTED_SPAN.match(text)
    if m and m.group("num").lower() not in ("a", "an") and number(m.group("num")) is not None:
        return "duration", timeml.duration(number(m.group("num")), _unit(m.group("unit")))
    if anchor is None or not any(ch.isdigit() for ch in text):
        return "date", None
    parser = _parser(anchor)
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError):
        return "date", None
    if data is None or data.date_obj is None:
        return "date", None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return "date", f"{d.year:04d}"
    if period == "month":
        return "date", timeml.month(d.year, d.month)
    if period == "week":
        return "date", timeml.week(d)
    if period in ("time", "hour", "minute", "second"):
        return "time", f"{timeml.day(d)}T{data.date_obj:%H:%M}"
    return "date", timeml.day(d)


@lru_cache(maxsize=64)
def _parser(anchor: dt.date) -> "DateDataParser":
    """dateparser anchored at the publication date (imported on first use: it is slow)."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day),
                "PREFER_DATES_FROM": "current_period", "STRICT_PARSING": False,
                "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)
