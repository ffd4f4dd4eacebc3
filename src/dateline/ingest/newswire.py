"""Newswire headers: byline, dateline and agency, and closing credits.

Wire copy wraps the body in conventional furniture::

    By Simon Lewis                                          <- byline line
    SAN SALVADOR (Reuters) - U.S. Secretary of State ...    <- dateline + agency, then the body
    ...
    (Reporting by Simon Lewis in San Salvador; Editing by Rosalba O'Brien)   <- credits

:func:`read_headers` fills ``meta.bylines``, ``meta.dateline`` (the place text only),
``meta.source`` (the agency as conventionally written: "Reuters", "AP", "AFP"), ``meta.credits``
and ``meta.headers``: the character ranges of that furniture, kept in ``text`` but never body
sentences.  Every pattern is anchored where wire copy puts it (top lines, start of the first
body paragraph, the end of the story), so a body sentence such as "By Monday, the rebels had
..." or "The WASHINGTON - based group" is never mistaken for a header.
"""

from __future__ import annotations

import re

from typing import Iterator

from dateline.record import Credit, Dateline, Meta, Span

# -- names -----------------------------------------------------------------------------------
# One word of a personal name as bylines write it: "Simon", "O'Brien", "McX", "al-Ali", "J.",
# "SIMON" (AP capitalises bylines), particles "de", "van", "bin".
_NAME_WORD = (r"(?:[A-Z][\w'’.\-]*|"
              r"(?:de|da|van|von|der|den|del|la|le|bin|al|el|dos|du)(?:-[A-Z][\w'’.\-]*|\b))")
_NAME = rf"[A-Z][\w'’.\-]*(?:[ \t]+{_NAME_WORD}){{1,4}}"
_NAME_LIST = rf"{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAME})*"

# Affiliations after a byline: "By SIMON LEWIS, Associated Press", "By Jane Doe, AP Writer".
_AFFILIATION = r"[A-Z][\w.&'’\- ]{1,40}"
_BYLINE = re.compile(
    rf"^[ \t]*(?:By|BY)[ \t]+(?P<names>{_NAME_LIST})"
    rf"(?:[ \t]*,[ \t]*(?P<aff>{_AFFILIATION}))?[ \t]*$",
)

def _read_title(text: str, meta: Meta, headers: list[Span]) -> None:
    """A short first line without a full stop, followed by the byline or dateline, is the
    headline ("Rubio meets Bukele\nBy Simon Lewis"): a header, and the title if none is known.
    A first line that repeats the known title (HTML bodies often start with the <h1>) is a
    header too."""
    first = next(((s, e) for s, e in _lines(text) if text[s:e].strip()), None)
    if first is not None and meta.title and "\n" in text[first[1]:]:
        s, e = first
        line = text[s:e].strip()
        if line == " ".join(meta.title.split()) and not any(h.start == s for h in headers):
            start = text.index(line, s)
            headers.insert(0, Span(start, start + len(line), line))
            return
    if not headers:
        _read_bare_headline(text, meta)
        return
    top = text[:headers[0].start]
    lines = [ln for ln in top.split("\n") if ln.strip()]
    if len(lines) != 1:
        return
    line = lines[0].strip()
    if len(line) > 150 or line.endswith((".", "!", "?", ":", ";")) or "\n" not in top:
        return
    start = top.index(line)
    headers.insert(0, Span(start, start + len(line), line))
    if meta.title is None:
        meta.title = line


# A headline line ends without sentence punctuation; the paragraph after it is prose: it has a
# lower-case word and a sentence end ("The Beatles ' Apple Corps has filed a lawsuit ... .").
_HEADLINE_END = (".", "!", "?", ":", ";", ",")
_PROSE = re.compile(r"[a-z].*?[.!?][\"”’)]?(?:\s|$)", re.S)


def _read_bare_headline(text: str, meta: Meta) -> None:
    """A headline with no byline or dateline after it: the story's first paragraph is one short
    line without a full stop, then a blank line and prose.  "Beatles ' Apple Corps sues Apple
    Computer\n\nThe Beatles ' Apple Corps has filed a lawsuit against ... Apple Computer in a
    London court this week" (MEANTIME 37313), "Indonesia's transport minister tells airlines not
    to buy European aircraft due to EU ban\n\nJusman Syafii Djamal, minister of transport for
    Indonesia, has recommended ..." (MEANTIME 87805).  It is the title when none is known, but
    stays a body sentence: its times are the story's (as a header it would lose 16 of the 352
    times found on MEANTIME, relaxed F1 0.933 -> 0.909), and its acts merge into the body's
    (:mod:`dateline.events.merge`)."""
    span = headline_span(text)
    if span is None:
        return
    if meta.title is None:
        meta.title = text[span[0]:span[1]]


def headline_span(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of a bare headline opening ``text`` (see :func:`_read_bare_headline`):
    a first paragraph of one line, at most 150 characters, not ending a sentence, followed by a
    blank line and a prose paragraph; None when the text does not open that way."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end == -1:
        return None
    line = text[start:end].rstrip()
    rest = text[end + 1:]
    if not line or len(line) > 150 or line.endswith(_HEADLINE_END) or \
            not re.match(r"[ \t]*\n", rest):
        return None  # not one short line closed by a blank line
    body = rest.lstrip()
    para = body.split("\n\n", 1)[0]
    if not _PROSE.search(para) or len(para) <= len(line):
        return None
    return start, start + len(line)


# -- dateline ------------------------------------------------------------------------------------
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|"
          r"April|June|July|August|September|October|November|December")
# The place in capitals: "SAN SALVADOR", "UNITED NATIONS", "ISLAMABAD/PENTAGON", "ST. PAUL";
# AFP writes it in title case, always with the agency: "Paris (AFP) -".
_CITY = r"[A-Z][A-Za-z.'’\-]*(?:[ /][A-Z][A-Za-z.'’\-]*){0,4}"
# An optional region after a comma: "Ukraine", "Kenya", "Calif.", "N.Y.", "SPAIN", "South Africa",
# with the small words of a state's name between capitals: "Democratic Republic of the Congo",
# "Antigua and Barbuda", "Bosnia and Herzegovina".
_REGION = r"[A-Z][\w.'’\-]*(?: (?:(?:of|the|and|de|del|da|do) ){0,2}[A-Z][\w.'’\-]*){0,3}"
_DASH = r"[\-–—]{1,2}"
_DATELINE = re.compile(
    rf"(?P<place>(?P<city>{_CITY})(?:,[ \t]+(?!(?:{_MONTH})[ \t]+\d)(?P<region>{_REGION}))?)"
    rf"(?:,?[ \t]+(?P<date>(?:{_MONTH})[ \t]+\d{{1,2}}))?"
    rf"(?:[ \t]+\((?P<agency>[A-Za-z][\w.&'’ \-]{{0,30}})\))?"
    rf"[ \t]+(?P<dash>{_DASH})[ \t]*(?=\S)"
)
# "(Reuters) - " opening a story that has no place.
_AGENCY_ONLY = re.compile(rf"\((?P<agency>[A-Z][\w.&'’ \-]{{0,30}})\)[ \t]+{_DASH}[ \t]*(?=\S)")

# -- credits -------------------------------------------------------------------------------------
_ROLES = {
    "reporting": "reporting",
    "additional reporting": "additional reporting",
    "writing": "writing",
    "written": "writing",
    "editing": "editing",
    "edited": "editing",
    "compiled": "compiling",
    "compiling": "compiling",
    "graphics": "graphics",
    "research": "research",
    "fact-checking": "fact-checking",
    "translation": "translation",
    "translated": "translation",
}
_ROLE_WORDS = "|".join(sorted((re.escape(r) for r in _ROLES), key=len, reverse=True))
_ROLE = rf"(?:{_ROLE_WORDS})(?:\s+and\s+(?:{_ROLE_WORDS}))?"
_CREDIT_CLAUSE = re.compile(rf"^\s*(?P<role>{_ROLE})\s+by\s+(?P<names>.+?)\s*$", re.I)
_CREDIT_NAME = re.compile(rf"^[A-Z][\w'’.\-]*(?: {_NAME_WORD}){{0,4}}$")
# A parenthesised credit block, on its own line or closing the last paragraph.
_CREDIT_BLOCK = re.compile(rf"\((?:{_ROLE})\s+by\s+[^()]+\)", re.I)
# VOA's closing line: "Ham Ji-ha contributed to this report." / "Murtaza Zehri of VOA's Urdu
# Service contributed to this report from Quetta." / "Abdiweli Mohamed Ali contributed reporting
# from Dadaab refugee camp."
_CONTRIBUTED = re.compile(
    r"^(?P<who>[A-Z][^.!?\n]{1,120}?)\s+contributed\s+(?:to\s+this\s+(?:report|story)|reporting)"
    r"(?:\s*,\s*which\s+[^.!?\n]*?)?"
    r"(?:\s+from\s+(?P<place>[^.!?\n,]{2,60}?))?\s*\.[\"”’]?\s*$"
)
# "This story originated in VOA's Somali Service.": furniture, but no person to credit.
_ORIGINATED = re.compile(r"^This (?:story|report|article) originated (?:in|with|from) "
                         r"[^.!?\n]{2,80}\.\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")

_AGENCY_NAMES = {"reuters": "Reuters", "ap": "AP", "afp": "AFP", "the associated press":
                 "Associated Press", "associated press": "Associated Press"}
_AFFILIATION_WORD = re.compile(
    r"(?:\b(?:Press|Writer|Correspondent|Reporter|Editor|News|Service|Agency|Reuters|AFP)$)|"
    r"^(?:AP|AFP|Reuters|Bloomberg|Xinhua)\b", re.I)
_TOP_LINES = 4  # a byline sits among the first few non-empty lines (title, byline, date)


def read_headers(text: str, meta: Meta) -> Meta:
    """Find the byline, dateline and credits of ``text`` and record them on ``meta``.

    Fields the caller already set (``source``) are kept; bylines found in the text are added
    after those the caller gave.
    """
    headers: list[Span] = []
    body_start = _read_bylines(text, meta, headers)
    _read_dateline(text, body_start, meta, headers)
    _read_title(text, meta, headers)
    _read_credits(text, meta, headers)
    meta.headers = sorted(meta.headers + headers, key=lambda s: s.start)
    return meta


# -- bylines -------------------------------------------------------------------------------------
def _read_bylines(text: str, meta: Meta, headers: list[Span]) -> int:
    """Byline lines among the top lines; returns where the first body paragraph may start."""
    seen, body_start = 0, 0
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        m = _BYLINE.match(line)
        if m is None:
            # A long line with sentence punctuation is body prose: the top is over.
            ends_sentence = re.search(r"[.!?][\"”’]?$", line.rstrip()) is not None
            if len(line) > 120 or (ends_sentence and len(line) > 60):
                break
            continue
        names = split_names(m.group("names"))
        aff = (m.group("aff") or "").strip()
        if len(names) > 1 and _AFFILIATION_WORD.search(names[-1]) and not aff:
            aff = names.pop()  # "By SIMON LEWIS, Associated Press"
        for name in names:
            if name not in meta.bylines:
                meta.bylines.append(name)
        if aff and meta.source is None and aff.lower().removesuffix(" writer") in _AGENCY_NAMES:
            meta.source = _AGENCY_NAMES[aff.lower().removesuffix(" writer")]
        s, e = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        headers.append(Span(s, e, text[s:e]))
        body_start = min(end + 1, len(text))
    return body_start


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line, lazily (only the top of a long text is ever read)."""
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        yield pos, end
        pos = end + 1


def split_names(names: str) -> list[str]:
    """"Simon Lewis and Kylie Madry" → two names; all-caps names are title-cased."""
    out = []
    for part in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*", names.strip()):
        part = " ".join(part.split())
        if not part:
            continue
        if part.isupper():
            part = _title_case(part)
        out.append(part)
    return out


def _title_case(name: str) -> str:
    """"SIMON LEWIS" → "Simon Lewis", "O'BRIEN" → "O'Brien", "MCDONALD" stays "Mcdonald"."""
    words = []
    for w in name.split():
        w = "-".join(p.capitalize() for p in w.split("-"))
        w = re.sub(r"(['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), w)
        words.append(w)
    return " ".join(words)


# -- dateline --------------------------------------------------------------------------------------
def _read_dateline(text: str, body_start: int, meta: Meta, headers: list[Span]) -> None:
    """A dateline opens the first body paragraph: after the byline lines, or a title line."""
    for start in _paragraph_starts(text, body_start):
        m = _DATELINE.match(text, start)
        if m and _plausible_place(m):
            s, e = m.span("place")
            meta.dateline = Dateline(s, e, text[s:e])
            agency = m.group("agency")
            if agency and meta.source is None:
                meta.source = _AGENCY_NAMES.get(agency.lower(), agency.strip())
            dash_end = m.end("dash")
            headers.append(Span(m.start(), dash_end, text[m.start():dash_end]))
            return
        m = _AGENCY_ONLY.match(text, start)
        if m:
            if meta.source is None:
                meta.source = _AGENCY_NAMES.get(m.group("agency").lower(), m.group("agency"))
            dash_end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            headers.append(Span(m.start(), dash_end, text[m.start():dash_end]))
            return


def _paragraph_starts(text: str, body_start: int) -> list[int]:
    """Where the dateline may be: the first non-blank line at or after ``body_start``, and the
    line after it when the first is a short title line ("Rubio meets Bukele\\n\\nSAN ...")."""
    starts: list[int] = []
    pos = body_start
    while pos < len(text) and len(starts) < 2:
        nl = text.find("\n", pos)
        line_end = len(text) if nl == -1 else nl
        line = text[pos:line_end]
        if line.strip():
            starts.append(pos + len(line) - len(line.lstrip()))
            if len(line) > 120 or line.rstrip().endswith((".", "!", "?", ":", '"', "”")) \
                    or _DATELINE.match(text, starts[-1]):
                break  # a body paragraph, not a title line: no dateline further down
        pos = line_end + 1
    return starts


def _plausible_place(m: re.Match[str]) -> bool:
    """A place of at least three letters in capitals, or in title case before an agency
    ("Paris (AFP) -"); "US - China talks" and "The Washington - based" are not datelines."""
    city = m.group("city")
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 3 or not (city.isupper() or m.group("agency")):
        return False
    # "WASHINGTON -" is a dateline; "WASHINGTON is" would not have matched at all, but an
    # all-caps acronym opening a sentence ("NATO - the alliance") is only accepted with a dash
    # that is an em/en dash, a region, a date or an agency.
    if len(letters) <= 4 and m.group("dash") == "-" and not (
            m.group("region") or m.group("date") or m.group("agency")):
        return False
    return True


# -- credits ---------------------------------------------------------------------------------------
def _read_credits(text: str, meta: Meta, headers: list[Span]) -> None:
    tail_from = max(0, len(text) - 1500)
    blocks = [m for m in _CREDIT_BLOCK.finditer(text, tail_from) if _closes_story(text, m.end())]
    if blocks:
        m = blocks[0]
        for clause in text[m.start() + 1:m.end() - 1].split(";"):
            meta.credits.extend(parse_credit_clause(clause))
        headers.append(Span(m.start(), m.end(), m.group()))
        return
    if not _read_credit_line(text, meta, headers):
        _read_contributed(text, meta, headers)


def _read_credit_line(text: str, meta: Meta, headers: list[Span]) -> bool:
    """The same credits without parentheses, as the story's last line:
    "Reporting by Simon Lewis; Editing by Don Durfee"."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if start == 0 or end - start > 400:
        return False  # the whole story is one line: that line is body
    clauses = text[start:end].split(";")
    parsed = [parse_credit_clause(c) for c in clauses]
    if not all(parsed):
        return False
    for credits in parsed:
        meta.credits.extend(credits)
    headers.append(Span(start, end, text[start:end]))
    return True


def _closes_story(text: str, end: int) -> bool:
    """Only white space, or further credit blocks, follow."""
    rest = text[end:]
    return not _CREDIT_BLOCK.sub("", rest).strip()


def parse_credit_clause(clause: str) -> list[Credit]:
    """"additional reporting by C and D in Washington" → two credits with place "Washington"."""
    m = _CREDIT_CLAUSE.match(clause)
    if m is None:
        return []
    # "Reporting and writing by A": one credit per role.
    roles = [_ROLES[r.strip().lower()] for r in re.split(r"\s+and\s+", m.group("role"), flags=re.I)]
    people: list[tuple[str, str | None]] = []
    for part in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", m.group("names")):
        part = part.strip()
        if not part:
            continue
        name, _, place = part.partition(" in ")
        people.append((name.strip(), place.strip() or None))
    # "Reporting by A and B in C": a trailing place covers the placeless names before it.
    if not people or not all(_CREDIT_NAME.match(name) for name, _ in people):
        return []  # "Reporting by state media said ...": a sentence, not a credit
    placed: list[tuple[str, str | None]] = []
    carry: str | None = None
    for name, place in reversed(people):
        if place is not None:
            carry = place
        placed.append((name, place or carry))
    placed.reverse()
    return [Credit(role=role, name=name, place=place)
            for role in roles for name, place in placed if name]


def _read_contributed(text: str, meta: Meta, headers: list[Span]) -> None:
    """VOA's "X contributed to this report." as the last sentence of the story."""
    end = len(text.rstrip())
    tail_from = max(0, end - 300)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, tail_from, end)]
    last_line = text.rfind("\n", 0, end) + 1
    # a dateline or byline already read on that line is not part of the credit:
    # "SAN SALVADOR (Reuters) -  Ham Ji-ha contributed to this report."
    taken = max((h.end for h in headers if h.end <= end), default=0)
    if taken > last_line:
        last_line = end - len(text[taken:end].lstrip())  # the first word after it
    starts.append(last_line)
    for start in sorted(set(starts), reverse=True):
        if start < last_line:
            break  # a credit never spans lines
        if _abbreviation_before(text, start):
            continue
        if _ORIGINATED.match(text[start:end]):
            headers.append(Span(start, end, text[start:end]))
            end = len(text[:start].rstrip())  # a contributor line may come just before
            continue
        m = _CONTRIBUTED.match(text[start:end])
        if m is None:
            continue
        place = (m.group("place") or "").strip() or None
        if place and place.lower().startswith("the "):
            place = place[4:]
        for name, where in _contributors(m.group("who")):
            meta.credits.append(Credit("additional reporting", name, where or place))
        headers.append(Span(start, end, text[start:end]))
        return


def _abbreviation_before(text: str, start: int) -> bool:
    """A sentence-end match after "Jose A." or "U.S." is not a sentence end."""
    return bool(re.search(r"(?:\b[A-Z]|\bU\.S|\bSt|\bDr|\bMr|\bMs|\bMrs)\.[\"”’)]?\s+$",
                          text[max(0, start - 8):start]))


def _contributors(who: str) -> list[tuple[str, str | None]]:
    """"VOA Urdu's Murtaza Zehri in Quetta" → [("Murtaza Zehri", "Quetta")];
    "VOA's Dari Service" stays whole (a desk, not a person)."""
    out: list[tuple[str, str | None]] = []
    for part in re.split(r"\s*,\s*|\s+and\s+", who):
        part = part.strip()
        if not part:
            continue
        place = None
        if " in " in part:
            part, _, place = part.partition(" in ")
        part = re.split(r"\s+of\s+", part, maxsplit=1)[0].strip()
        owner, sep, rest = part.partition("'s ")
        if not sep:
            owner, sep, rest = part.partition("’s ")
        if sep and not re.search(r"\b(?:Service|Desk|Bureau|Team|Staff)$", rest):
            part = rest.strip()
        out.append((part, place.strip() if place else None))
    return out


__all__ = ["read_headers", "split_names", "parse_credit_clause", "headline_span"]
