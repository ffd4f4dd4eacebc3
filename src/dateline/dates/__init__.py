"""The times layer: temporal expressions with their TIMEX3 kind and TimeML value.

:func:`resolve_times` finds expressions with fast patterns (:mod:`.find`) plus the spaCy
DATE/TIME entities the patterns miss, reads the tense of each one's clause from the parse
(:mod:`.tense`) and normalizes it against the publication date (:mod:`.normalize`): in a story
published Monday 2025-02-03, "on Sunday" is 2025-02-02, "next Monday" 2025-02-10, "this week"
2025-W06, "a 90-day freeze" P90D, "every Friday" XXXX-WXX-5.  A value the text does not
determine is ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateline.ingest.dates import published_date
from dateline.record import Article, Time

from .find import DATE_LEAD, Candidate, choose, find_candidates, trim_entity
from .lexicon import words
from .normalize import _month, later_than, normalize
from .tense import clause_tense, span_heads
from . import timeml
from .timeml import Tense

# Rules whose value depends on the direction the clause looks in.
_TENSED = {"mdy", "dmy", "domonly", "month", "quarter", "weekday", "weekend", "season", "time",
           "holiday", "relunit", "entity"}
# A spaCy DATE/TIME entity is kept only if it names a time: a unit, a month, a weekday, a year.
_TEMPORAL = re.compile(
    r"\b(?:(?:mid-?)?(?:1[89]|20)\d\d|\d{1,2}:\d\d|(?:second|minute|hour|day|night|week|"
    r"weekend|month|year|decade|centur(?:y|ie)|quarter|season|spring|summer|autumn|winter|"
    r"morning|afternoon|evening|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Jj]une|[Jj]uly|"
    r"[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|[Mm]onday|[Tt]uesday|"
    r"[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)s?)\b")
_NOT_TIMEX = re.compile(r"(?:-|\s)old\b|\bage[sd]?\b|^\d{1,3}$|\btimes?\b|"
                        r"^(?:about\s+)?(?:a|one|three)\s+quarters?$|year-(?:to|on|over)-year",
                        re.IGNORECASE)
_BARE_YEAR = re.compile(r"^\d{4}$")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_JOIN = re.compile(r"^\s*(?:,|at|on|,\s*at|from|around|about|by)?\s*$", re.IGNORECASE)
# A clock time takes its day from a date earlier in the same sentence ("flew Tuesday in
# Everett, Washington at 18:00 UTC").
_SAME_SENTENCE = re.compile(r"^[^.!?;]*$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_APPOSITION = re.compile(r"^\s*[(,]\s*$")
# Dates that move the reference time ("the day" after "on Tuesday" is Tuesday); a date after
# "since" or "until" is a bound, not the day being told.
_REFERENCE_RULES = {"mdy", "dmy", "iso", "slash", "weekday", "relday"}
# "N days later" counts from a day named at most this many characters before it.
_RELATIVE_REACH = 160
# Dates of any precision that set the period a narrative is in ("Last month, BLA insurgents
# ambushed a bus ... Days later, a roadside bomb blast killed 11 coal miners", VOA 8007760).
_PERIOD_RULES = _REFERENCE_RULES | {"month", "month_year", "year", "relunit"}
_PERIOD = re.compile(r"\d{4}(?:-\d\d){0,2}")
# A date in a clause that describes a participant is no period the narrative is in: "Its
# commander, appointed in 2019, said days later", "The deal, first proposed in 2019, collapsed
# weeks later" (the later act is not in 2019).
_BACKGROUND_DEPS = {"relcl", "acl", "appos"}
# "that month", "the same year", "May of that year" name the period the text named last (any
# clause), if it named one at most this many characters before: "toppled Assad in December ...
# later that month", "in June 2022 ... the invasion, which began in February of that year".
_ANAPHOR_REACH = 400
_SIGNAL_BEFORE = re.compile(r"\b(?:since|until|till|before|after|from)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def resolve_times(article: Article) -> Article:
    """Fill ``article.times`` (replacing what was there)."""
    try:
        anchor = published_date(article.meta.published)
    except ValueError:  # a record built by hand with a malformed date: resolve absolutes only
        anchor = None
    text = article.text
    doc = article.doc
    candidates = find_candidates(text)
    candidates = choose([*candidates, *_entity_candidates(article, candidates)])
    headers = [(h.start, h.end) for h in article.meta.headers]
    times: list[Time] = []
    values: list[tuple[Candidate, str, str | None]] = []
    reference = anchor  # the day the story is currently talking about
    told_at = -_RELATIVE_REACH - 1  # where the text last named that day explicitly
    period, period_at = None, -_RELATIVE_REACH - 1  # the last day, month or year named
    named, named_at = None, -_ANAPHOR_REACH - 1  # the same, in any clause
    for cand in candidates:
        if any(hs <= cand.start and cand.end <= he for hs, he in headers):
            continue
        tense: Tense = None
        if doc is not None and cand.rule in _TENSED:
            tense = clause_tense(doc, text, cand.start, cand.end)
        base = anchor
        if cand.rule == "anaphor":
            base = reference
        elif cand.rule == "ago" and cand.groups["dir"].lower() in ("earlier", "later"):
            base = reference if cand.start - told_at <= _RELATIVE_REACH else None
        kind, value = normalize(cand, base, tense)
        if cand.rule == "ago" and value is None and period is not None and \
                cand.start - period_at <= _RELATIVE_REACH:
            value = later_than(cand.groups, period)
        if named is not None and cand.start - named_at <= _ANAPHOR_REACH:
            value = _in_named_period(cand, named) or value
        if cand.rule == "entity" and cand.groups.get("label") == "TIME" and kind == "date":
            kind = "time"
        if cand.rule == "set" and _period_noun_after(text, cand.end):
            kind = "duration"  # "annual profit" is the profit of one year, not a recurrence
        # a date the story moves to, not one it counts from ("since March 8", "after 2019")
        if value and not _SIGNAL_BEFORE.search(text, max(0, cand.start - 12), cand.start):
            if cand.rule in _REFERENCE_RULES and _DAY.fullmatch(value):
                reference = dt.date.fromisoformat(value)
                told_at = cand.end
            if cand.rule in _PERIOD_RULES and kind == "date" and _PERIOD.fullmatch(value) and \
                    (cand.rule != "month" or "yrel" not in cand.groups):
                named, named_at = value, cand.end
            if cand.rule in _PERIOD_RULES and kind == "date" and value[:4].isdigit() and \
                    not _in_background(doc, cand.start, cand.end):
                # a week ("the raid last week") is a period no count can keep: what is "days
                # later" than it stays unknown, not counted from an older year
                period = value if _PERIOD.fullmatch(value) else None
                period_at = cand.end
        values.append((cand, kind, value))
    _date_clock_times(text, values)
    _date_weekdays_by_apposition(text, values)
    for i, (cand, kind, value) in enumerate(values, start=1):
        times.append(Time(id=f"t{i}", start=cand.start, end=cand.end,
                          text=text[cand.start:cand.end], kind=kind, value=value))
    article.times = times
    return article


def _in_named_period(cand: Candidate, named: str) -> str | None:
    """The value of an anaphoric week, month or year ("that month", "the same year") or of a
    month "of that year", read from the period the text named last (``named``: a day, month or
    year); None when that period is less precise than the anaphor."""
    g = cand.groups
    if cand.rule == "month" and " ".join((g.get("yrel") or "").lower().split()) == "that":
        return f"{named[:4]}-{_month(g['month']):02d}"
    if cand.rule != "anaphor" or g.get("unit", "").lower() == "day":
        return None
    unit = g["unit"].lower()
    if unit == "year":
        return named[:4]
    if unit == "month" and len(named) >= 7:
        return named[:7]
    if unit == "week" and len(named) == 10:
        return timeml.week(dt.date.fromisoformat(named))
    return None


def _in_background(doc: "object", start: int, end: int) -> bool:
    """Is ``text[start:end]`` in a clause that describes a participant (its governing verb a
    relative clause, a participle or an apposition: "Its commander, appointed in 2019, said")?"""
    if doc is None:
        return False
    for token in span_heads(doc, start, end):  # type: ignore[arg-type]
        if token.pos_ in ("VERB", "AUX"):
            return token.dep_ in _BACKGROUND_DEPS
    return False


def _period_noun_after(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).lower() in words("period_nouns")


def _entity_candidates(article: Article, found: list[Candidate]) -> list[Candidate]:
    """spaCy DATE/TIME entities that no pattern covers, trimmed to a TimeML extent."""
    out: list[Candidate] = []
    for ent in article.entities:
        if ent.label not in ("DATE", "TIME"):
            continue
        start, end = trim_entity(article.text, ent.start, ent.end)
        piece = article.text[start:end]
        if end <= start or _NOT_TIMEX.search(piece) or not _TEMPORAL.search(piece):
            continue
        before = article.text[max(0, start - 30):start]
        if _BARE_YEAR.match(piece) and not DATE_LEAD.search(before) and \
                _NAME_AFTER.match(article.text, end):
            continue  # "The Russel 2000 Index": a number in a name, not a year
        cand = Candidate(start, end, "entity", {"text": piece, "label": ent.label})
        if any(cand.overlaps(f) for f in found):
            continue
        out.append(cand)
    return out


def _date_clock_times(text: str, values: list[Any]) -> None:
    """Date a clock time by the day next to it: "Tuesday at 5 p.m." is Tuesday's 5 p.m."""
    for i, (cand, kind, value) in enumerate(values):
        if cand.rule != "time" or value is None or "dayword" in cand.groups or \
                "weekday" in cand.groups:
            continue
        for j in (i - 1, i + 1, i - 2):
            if not 0 <= j < len(values):
                continue
            other, okind, ovalue = values[j]
            gap = text[other.end:cand.start] if j < i else text[cand.end:other.start]
            if okind == "set" and _JOIN.match(gap):
                values[i] = (cand, kind, None)  # "every Friday at 5 p.m.": no one day
                break
            if okind != "date" or not ovalue or not _DAY.fullmatch(ovalue):
                continue
            if _JOIN.match(gap) or (j < i and _SAME_SENTENCE.match(gap)):
                values[i] = (cand, kind, ovalue + value[10:])
                break


def _date_weekdays_by_apposition(text: str, values: list[Any]) -> None:
    """"set for release Friday (Dec. 13)": the weekday is the date written beside it."""
    for i in range(len(values) - 1):
        (cand, kind, _), (other, _, ovalue) = values[i], values[i + 1]
        if cand.rule != "weekday" or kind != "date" or other.rule not in ("mdy", "dmy") or \
                not ovalue or not _DAY.fullmatch(ovalue) or \
                not _APPOSITION.match(text[cand.end:other.start]):
            continue
        day = dt.date.fromisoformat(ovalue)
        if day.strftime("%A").lower() == cand.groups["weekday"].lower():
            values[i] = (cand, kind, ovalue)


def resolve_text(text: str, published: str | dt.date | None) -> list[Time]:
    """Times of a bare text without a parse (patterns only, no tense): for quick checks."""
    article = Article(text=text)
    article.meta.published = published.isoformat() if isinstance(published, dt.date) \
        else published
    return resolve_times(article).times


__all__ = ["resolve_times", "resolve_text"]
