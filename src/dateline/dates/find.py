"""Finding temporal expressions: fast patterns for the common forms, spaCy DATE/TIME for the rest.

Each pattern is a rule name and a regular expression with named groups that
:mod:`dateline.dates.normalize` reads.  Overlapping matches keep the longest (then the earlier
rule), so "Monday, Feb. 3, 2025" is one expression and "the past three months" is not "three
months".  Extents follow TimeML: modifiers that change the meaning stay in ("nearly five months",
"early June", "the past week"); prepositions and possessives stay out ("on Monday" → "Monday",
"Monday's" → "Monday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from .lexicon import alternation, lexicon


@dataclass
class Candidate:
    """One temporal expression found in the text, before normalization."""

    start: int
    end: int
    rule: str
    groups: dict[str, str] = field(default_factory=dict)

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


# Words after which a bare year or month name is a date ("in 2019", "since July").
DATE_LEAD = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|throughout|from|to|during|before|after|of|"
    r"between|a|an|the|"
    r"and|or|than|early|late|mid|around|about|for|on|until|last|next|this|that|every|each|"
    r"spring|summer|autumn|fall|winter|end|start|beginning|middle|year)|[-–(,])\s*$",
    re.IGNORECASE)
# Words that make a four-digit number a count, not a year ("2020 troops").
_COUNTED = re.compile(r"^\s*(?:[a-z]+\s+)?(?:people|troops|soldiers|workers|jobs|cases|deaths|"
                      r"votes|units|members|residents|migrants|refugees|children|km|miles|"
                      r"kilometers|meters|feet|tons|tonnes|barrels|points|dollars|euros|"
                      r"percent|%)\b", re.IGNORECASE)
# Names that contain a weekday or "Today" but are not dates ("Black Monday", "USA Today").
_NAME_BEFORE = re.compile(r"(?:\b(?:Black|Good|Super|Ash|Cyber|Bloody|Holy|Maundy|Easter|"
                          r"USA|Russia|China|Sky|Euronews|Africa|India)|\bthe)\s+$")
_CLOCK_LEAD = re.compile(r"\b(?:at|by|around|about|from|until|till|before|after|since|to)\s+$",
                         re.IGNORECASE)
_POSSESSOR = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:[\d%]|\b(?:million|billion|thousand|hundred|once|twice|times|"
                           r"dollars?|euros?|pounds?|cents?|barrels?|tons?|tonnes?|people|"
                           r"visitors|hours?|miles?|kilometers?|meals?|doses?|shifts?))\s*$",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern[str], Callable[[str, re.Match[str]], bool] | None]]:
    """The rules, most specific first; compiled once."""
    lex = lexicon()
    full = [m.capitalize() for m in lex["months"] if len(m) > 4 or m in ("may", "june", "july")]
    short = [m.capitalize() for m in lex["months"] if m.capitalize() not in full]
    month = rf"(?P<month>{alternation(full)}|(?:{alternation(short)})\.?)(?![a-zA-Z])"
    weekday = rf"(?P<weekday>{alternation([w.capitalize() for w in lex['weekdays']])})" \
        r"(?![a-zA-Z])"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    year = r"(?<![\d,.$€£])(?P<year>(?:1[89]|20)\d\d)(?![\d%])"
    nums = alternation(list(lex["numbers"]) + lex["vague_numbers"])
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    # not the end of a word: "launched a ground offensive in Gaza weeks later" is no "a weeks"
    num = rf"(?<![A-Za-z])(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+and\s+a\s+half)?|" \
        rf"(?:(?:{tens})[\s-](?:one|two|three|four|five|six|seven|eight|nine)|{nums})" \
        r"(?:\s+and\s+a\s+half)?)"
    # "the past five trading days", "six straight days", "two consecutive quarters"
    adj = r"(?:(?:trading|business|working|straight|consecutive|calendar|school|full|more)\s+)?"
    unit = rf"(?P<unit>{alternation(list(lex['units']))})"
    units_plural = r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)"
    part = rf"(?P<part>{alternation(list(lex['parts_of_day']))})"
    edge = r"(?P<edge>the\s+(?:end|beginning|start|middle|rest|remainder)\s+of|" \
        r"(?:early|late|mid)[\s-]?|end-)"
    tz = r"(?P<tz>UTC|GMT|EST|EDT|CST|CDT|PST|PDT|ET|BST|CET|CEST|local time)"
    i = "(?i:{})".format
    month_rel = "last|next|this|early|late|mid|the end of|the beginning of|the start of|" \
        "the middle of"

    def month_context(text: str, m: re.Match[str]) -> bool:
        if m.group("rel"):
            return True
        name = m.group("month").rstrip(".").lower()
        before = text[max(0, m.start() - 30):m.start()]
        if name in {"may", "march"} and not DATE_LEAD.search(before):
            return False  # "may" the verb, "March" the walk
        after = text[m.end():m.end() + 12]
        return bool(DATE_LEAD.search(before)) or after.startswith(("'s", "’s"))

    def year_context(text: str, m: re.Match[str]) -> bool:
        if _COUNTED.match(text, m.end()):
            return False
        before = text[max(0, m.start() - 30):m.start()]
        return bool(m.group("edge")) or bool(DATE_LEAD.search(before))

    def not_name(text: str, m: re.Match[str]) -> bool:
        return not _NAME_BEFORE.search(text[max(0, m.start() - 12):m.start()])

    def decade_context(text: str, m: re.Match[str]) -> bool:
        return not _POSSESSOR.search(text[max(0, m.start() - 8):m.start()])

    def after_count(text: str, m: re.Match[str]) -> bool:
        """A set word, except "a year" that only counts as a set after a count ("$5 a year"),
        and not in a name ("The Cambodia Daily")."""
        if m.group(0)[0].isupper() and re.search(r"[A-Z]\w*\s+$", text[max(0, m.start() - 20):
                                                                       m.start()]):
            return False
        if not m.group(0).lower().startswith(("a ", "an ")):
            return True
        return bool(_COUNT_BEFORE.search(text[max(0, m.start() - 20):m.start()]))

    def not_rate(text: str, m: re.Match[str]) -> bool:
        """A duration, unless "a year" is the rate of a count ("$5 billion a year"), or "a
        second A380", "about a quarter of its dealers" (not times)."""
        num = (m.groupdict().get("num") or "").lower()
        if num in ("a", "an") and m.group("unit").lower() in ("second", "quarter"):
            return False
        if re.search(r"-quarters$", m.group(0), re.IGNORECASE):
            return False  # "three-quarters of French voters": a fraction
        if re.fullmatch(r"(?:1[89]|20)\d\d", num) and not m.group(0).lower().endswith("s"):
            return False  # "the 2020 calendar year" is a year, not 2,020 years
        if not m.group(0).lower().startswith(("a ", "an ")):
            return True
        return not _COUNT_BEFORE.search(text[max(0, m.start() - 20):m.start()])

    def clock_context(text: str, m: re.Match[str]) -> bool:
        """A 24-hour "16:08" needs a zone or a clock word before it: "John 3:16" is a verse,
        "a 2:1 ratio" a ratio."""
        if m.group("tz"):
            return True
        return bool(_CLOCK_LEAD.search(text[max(0, m.start() - 12):m.start()]))

    def season_context(text: str, m: re.Match[str]) -> bool:
        """"this fall", "in the spring", "summer 2009"; not "a fall in retail sales"."""
        if m.group("year") or (m.group("rel") or "").lower() in ("this", "last", "next",
                                                                 "early", "late"):
            return True
        if re.match(r"\s+of\b", text[m.end():m.end() + 4]):
            return False  # "in the fall of Kabul", "the spring of discontent"
        before = text[max(0, m.start() - 12):m.start()].lower()
        return bool(re.search(r"\b(?:in|during|over|through|until|by|since)\s+(?:the\s+)?$",
                              before + ("the " if m.group("rel") else "")))

    rules: list[tuple[str, str, Callable[[str, re.Match[str]], bool] | None]] = [
        ("iso", r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-"
                r"(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])", None),
        ("slash", r"(?<![\d/])(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/"
                  r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])", None),
        ("mdy", rf"(?:{weekday},?\s+)?{month}\s+{day}(?:,?\s+{year})?", None),
        ("dmy", rf"(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month}(?:,?\s+{year})?",
         None),
        # "met on the 1st", "since the 12th": a day of the month with no month, this month's
        # or the last one's (``normalize.month_day_only``); not "the 1st Battalion", "the 3rd
        # round" (a noun after it), nor a bare "1st" ("finished 1st").
        ("domonly", r"(?:(?<=\bon )|(?<=\bby )|(?<=\bsince )|(?<=\buntil ))the\s+"
                    r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s+of\b)"
                    # not the first of two days that share a month: "the 15th and 16th of March"
                    r"(?!\s*(?:and|or|to|-|–)\s*(?:the\s+)?\d)"
                    r"(?!\s+(?!(?:and|or|at|in|when|after|before|as|with|to|for)\b)[A-Za-z])",
         None),
        ("month_year", rf"(?:{edge}\s*)?{month},?\s+(?:of\s+)?{year}", None),
        ("month", rf"{month}\s+of\s+(?P<yrel>{i('this|last|next|that')})\s+{i('year')}", None),
        ("month", rf"(?:(?P<rel>{i(month_rel)})[\s-]+)?{month}",
         month_context),
        ("quarter", i(r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
                      r"[\s-]+quarter(?:\s+of\s+(?P<rel>this|last|next|the)\s+year|"
                      rf"(?:\s+of\s+(?:fiscal\s+)?|,?\s+){year})?"), None),
        ("quarter", rf"(?<![\w-])Q(?P<q>[1-4])(?:\s+{year})?(?![\w-])", None),
        ("half", i(r"(?:the\s+)?(?P<ord>first|second)\s+half\s+of\s+(?:(?P<rel>this|last|next|"
                   rf"the)\s+year|{year})"), None),
        ("fiscal", rf"(?i:fiscal(?:\s+year)?|FY)\s*{year}", None),
        ("decade", rf"(?:(?P<mod>{i('early|late|mid')})[\s-]+)?(?:{i('the')}\s+)?"
                   r"(?:(?P<cent>1[89]|20)|['’])(?P<dec>\d)0s(?![\w])", decade_context),
        ("decade", r"(?:(?<=\bthe )|(?<=\band ))(?P<dec>[2-9])0s(?![\w])", decade_context),
        ("year", r"(?:(?<=\bsince )|(?<=\bin )|(?<=\bof ))['’](?P<yy>\d\d)(?![\w'’])", None),
        ("century", i(r"(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)[\s-]+century"), None),
        ("year", rf"(?:{edge}\s*)?{year}(?!\s*[-–]\s*(?:old|year))", year_context),
        ("time", rf"(?<![\d:.,$])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*"
                 r"(?P<ampm>[ap]\.\s?m\.?|[ap]m(?![a-z])|[AP]M(?![A-Za-z]))"
                 rf"(?:\s+{tz})?(?:\s+(?P<dayword>(?i:today|yesterday|tomorrow|tonight)))?",
         None),
        ("time", rf"(?<![\d:.,$])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])(?:\s*{tz})?"
                 rf"(?:\s+(?P<dayword>(?i:today|yesterday|tomorrow|tonight)|{weekday}))?",
         clock_context),
        ("time", i(r"(?<![\w-])(?P<named>noon|midday|midnight)(?![\w-])"), None),
        ("time", r"(?<![\d:.,$])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<tz>UTC|GMT)", None),
        ("relday", i(r"(?:(?P<pre>earlier|later)\s+)?(?P<rel>today|yesterday|tomorrow|tonight)"
                     rf"(?:\s+{part})?"), not_name),
        ("relday", i(r"the\s+day\s+(?P<rel>before\s+yesterday|after\s+tomorrow)"), None),
        ("thispart", i(rf"(?P<rel>this|last|tomorrow|yesterday)\s+{part}"), None),
        ("weekday", rf"(?:(?P<rel>{i('last|next|this|coming|past|previous|early|late')})\s+)?"
                    rf"{weekday}(?:\s+{part})?", not_name),
        ("ago", i(rf"{num}[\s-]+{unit}s?\s+(?P<dir>ago|from\s+now|earlier|later|hence)(?!\s+than\b)"),
         None),
        ("ago", i(r"(?P<unit>years|decades|months|weeks|days|hours|centuries)\s+"
                  r"(?P<dir>ago|later|earlier)(?!\s+than\b)"), None),
        ("boundary", i(rf"{edge}\s*(?:(?P<rel>this|last|next|the)\s+)?"
                       r"(?P<unit>week|month|year|decade|century|quarter)"), None),
        ("relunit", i(r"(?:(?:later|earlier)\s+)?(?P<rel>this|last|next|past|coming|current)\s+"
                      r"(?P<unit>weekend|week|"
                      r"month|year|quarter|decade|century|spring|summer|autumn|fall|winter)"
                      r"(?![\w-])"), None),
        ("relunit", i(r"the\s+(?P<rel>previous|current)\s+(?P<unit>week|month|year|quarter|"
                      r"decade)(?![\w-])"), None),
        # "arrested opposition leaders earlier in the week": the week the story is told in
        ("relunit", i(r"(?:earlier|later)\s+in\s+(?P<rel>the)\s+(?P<unit>week|month|year)"
                      r"(?![\w-])(?!\s+(?:of|before|after|when|that)\b)"), None),
        # Anaphoric: "the day", "the same day", "the following day" (the reference time).
        ("anaphor", i(r"(?:(?P<rel>the\s+(?:same|following|next|previous)|that)\s+|the\s+)"
                      r"(?P<unit>day)(?![\w-])(?!\s+(?:before|after|of|when|that|which)\b)"),
         None),
        ("anaphor", i(r"(?P<rel>the\s+same|that)\s+(?P<unit>week|month|year)(?![\w-])"), None),
        # "accused Russia of shelling a hospital the day before": the day before the reference
        # time, at the end of its clause (not "the day before the vote")
        ("anaphor", i(r"the\s+(?P<unit>day)\s+(?P<side>before|after)"
                      r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:and|but|when|as|while)\b)"), None),
        ("weekend", i(r"the\s+weekend"), None),
        ("duration", i(r"(?:(?P<approx>about|around|roughly|nearly|almost|approximately|"
                       r"more\s+than|over(?!\s+the\b)|less\s+than|under|at\s+least|up\s+to|"
                       r"just\s+over|"
                       r"just\s+under|fewer\s+than)\s+)?(?:the\s+"
                       r"(?P<rel>past|last|next|coming|previous|first|final|following|"
                       r"latest|further|additional)\s+|another\s+)?"
                       rf"{num}[\s-]+{adj}{unit}s?(?P<long>-long)?(?![\w-])"
                       r"(?!\s+old)"), not_rate),
        ("duration", i(rf"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bjust\s))"
                       rf"{units_plural}(?![\w-])"), None),
        ("duration", i(r"(?P<span>over\s+the\s+years)"), None),
        ("pastunit", i(r"the\s+(?P<rel>past|last|next|coming|previous)\s+"
                       r"(?P<unit>week|month|year|decade|century)(?![\w-])(?!\s+of\b)"), None),
        ("season", i(r"(?:(?P<rel>this|last|next|early|late|the)\s+)?"
                     rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{year})?"
                     r"(?![\w-])"), season_context),
        # "every Friday at 5 p.m." is one recurring time
        ("setday", i(rf"(?:every|each)\s+(?:(?P<weekday>monday|tuesday|wednesday|thursday|"
                     rf"friday|saturday|sunday)|{part})(?:\s+at\s+(?P<h>1[0-2]|0?[1-9])"
                     r"(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m(?![a-z])))?"),
         None),
        ("settimes", i(r"(?:once|twice|(?:\d+|three|four|five|six|several)\s+times)\s+"
                       r"(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour)"), None),
        ("set", i(rf"(?<![\w-])(?P<set>{alternation(list(lex['sets']))})(?![\w-])"), after_count),
        ("ref", i(rf"(?<![\w-])(?P<ref>{alternation(list(lex['references']))})(?![\w-])"),
         None),
        ("holiday", i(rf"(?<![\w-])(?P<holiday>{alternation(list(lex['holidays']))})"
                      rf"(?:,?\s+{year})?(?![\w-])"), None),
    ]
    return [(name, re.compile(rx), check) for name, rx, check in rules]


# The words each rule needs ("#" stands for a number that may be a year, a clock time or a
# decade): a rule runs only in windows around its trigger words, which keeps the stage fast.
_RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("#",), "slash": ("#",), "domonly": ("#",), "mdy": ("@months",), "dmy": ("@months",),
    "month_year": ("@months",), "month": ("@months",), "quarter": ("quarter", "q1", "q2", "q3",
                                                                   "q4"),
    "half": ("half",), "fiscal": ("fiscal", "fy"), "decade": ("#",), "century": ("century",),
    "year": ("#",), "time": ("#", "noon", "midday", "midnight"),
    "relday": ("today", "yesterday", "tomorrow", "tonight"), "thispart": ("@parts_of_day",),
    "weekday": ("@weekdays",), "ago": ("ago", "now", "earlier", "later", "hence"),
    "boundary": ("@units",), "relunit": ("@units", "@seasons"), "anaphor": ("@units",),
    "weekend": ("weekend",), "duration": ("@units",), "pastunit": ("@units",),
    "season": ("@seasons",), "setday": ("every", "each"), "settimes": ("once", "twice", "times"),
    "set": ("@sets",), "ref": ("@references",), "holiday": ("@holidays",),
}
_SKIP = {"the", "a", "an", "at", "in", "right", "these", "near", "long", "short", "coming",
         "past", "ahead", "more", "very", "other", "each", "every", "per", "of", "and"}


@lru_cache(maxsize=1)
def rule_triggers() -> dict[str, frozenset[str]]:
    """Rule name -> the lower-case words that can start a match of it."""
    lex = lexicon()
    out: dict[str, frozenset[str]] = {}
    for rule, keys in _RULE_TRIGGERS.items():
        words: set[str] = set()
        for key in keys:
            if key.startswith("@"):
                for phrase in lex[key[1:]]:
                    kept = [w for w in phrase.lower().replace("'s", "").split() if w not in _SKIP]
                    words.update(kept or phrase.lower().split())  # "the past": "past"
                if key == "@units":
                    words.update({u + "s" for u in lex["units"]} | {"centuries"})
            else:
                words.add(key)
        out[rule] = frozenset(words)
    return out


@lru_cache(maxsize=1)
def all_triggers() -> frozenset[str]:
    return frozenset().union(*rule_triggers().values())


_WORD = re.compile(r"[A-Za-z]+\d?|\d+")
_DIGIT_TRIGGER = re.compile(r"[:/-]\d|\s?[ap]\.?m\b|(?:st|nd|rd|th|s)\b|\s?(?:UTC|GMT)",
                            re.IGNORECASE)
_REACH = (60, 60)  # characters a rule may extend before and after its trigger word
# Rules that end at (or just after) their trigger word search a narrower window: "nearly five
# months", "two years ago", "in the past" (their lookaheads still see a few characters on).
_RULE_REACH: dict[str, tuple[int, int]] = {
    "duration": (50, 8), "pastunit": (30, 8), "ago": (45, 12), "relunit": (25, 8),
    "boundary": (50, 8), "anaphor": (25, 14), "ref": (14, 12), "set": (20, 8),
}


def _window_index(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(word, start, end) of every word that may trigger a rule; numbers become "#"."""
    words: list[tuple[str, int, int]] = []
    triggers = all_triggers()
    for m in _WORD.finditer(text, start, end):
        word = m.group(0)
        if word[0].isdigit():
            if len(word) == 4 or _DIGIT_TRIGGER.match(text, m.end()) or \
                    text[m.start() - 1:m.start()] in ("'", "’"):
                words.append(("#", m.start(), m.end()))
        elif word.lower() in triggers:
            words.append((word.lower(), m.start(), m.end()))
    return words


def _windows(text: str, index: list[tuple[str, int, int]], triggers: frozenset[str],
             start: int, end: int, reach: tuple[int, int] = _REACH) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words, ending at a word boundary."""
    out: list[tuple[int, int]] = []
    for word, ws, we in index:
        if word not in triggers:
            continue
        lo = max(start, ws - reach[0])
        hi = min(end, we + reach[1])
        while hi < end and (text[hi].isalnum() or text[hi] in "-'’."):
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def find_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Every rule match in ``text[start:end]``, overlaps resolved (longest first)."""
    end = len(text) if end is None else end
    index = _window_index(text, start, end)
    triggers = rule_triggers()
    spans: dict[str, list[tuple[int, int]]] = {}
    found: list[tuple[int, int, int, Candidate]] = []
    for priority, (name, rx, check) in enumerate(patterns()):
        if name not in spans:
            spans[name] = _windows(text, index, triggers[name], start, end,
                                   _RULE_REACH.get(name, _REACH))
        for lo, hi in spans[name]:
            for m in rx.finditer(text, lo, hi):
                if m.end() == m.start():
                    continue
                if check is not None and not check(text, m):
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append((m.start(), m.end(), priority, Candidate(m.start(), m.end(), name,
                                                                      groups)))
    return choose(c for *_, c in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])))


def choose(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep candidates in the given order of preference unless they overlap a kept one."""
    kept: list[Candidate] = []
    for cand in candidates:
        if not any(cand.overlaps(k) for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


_TRIM_LEFT = re.compile(r"^(?:(?:on|in|at|by|since|until|till|from|during|for|of|as|to|"
                        r"through|before|after|about|around|between|over)\s+)+", re.IGNORECASE)
_TRIM_RIGHT = re.compile(r"(?:['’]s?|[\s,.;:)\]\"“”-])+$")


def trim_entity(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a spaCy DATE/TIME span to a TimeML extent: no leading preposition, no possessive."""
    piece = text[start:end]
    m = _TRIM_LEFT.match(piece)
    if m:
        start += m.end()
        piece = piece[m.end():]
    m = _TRIM_RIGHT.search(piece)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end
