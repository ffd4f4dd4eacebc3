"""Where and when: an event's date, time and place from its own clause or sentence.

A time or place belongs to an event when the syntactic path from its head climbs to the event's
anchor without passing through another verb ("Turkish F-16 jets flew low Monday across the Turkish
capital": Monday and the capital hang from "flew").  Failing that, the only date of the sentence
whose clause contains the event gives it (a date of an "as / while / when" clause is the time of
the clause it hangs from and of that clause's other adverbial clauses), unless the event is told as
the backdrop of that date's clause (a relative clause, a participle, a "since / before / amid"
phrase) or told in the present in an adverbial clause ("although experts say").  Failing that, a
past-tense act in a sentence that names no past day takes the date of the sentence before (a
narrated day).  A date after the publication day is a plan or a deadline and dates nothing, save for
the planned act itself when it hangs from the act's own future or modal clause ("The first jets
will be delivered in 2014") or the act is told by a noun ("A June 3 hearing has been
scheduled").  An act told as "N days after / before" a dated clause takes that clause's day shifted
by N.  A simple-present verb is told on the publication day whatever past month or year it is
measured over, and a week the story narrows to one named day takes that day.  An act told again by a
definite noun ("the attack") takes the day of the story's earlier dated mention, and a past-tense
statement ("X said") the story's news day when its lead names the day before publication.  Otherwise
the date is the publication date with ``time`` null.  A past day at the end of a "to"
infinitive complement dates the act that names none ("agreed to resume flights on Monday
evening"), and an "N days earlier" the times layer could not count shifts the day the act would
otherwise take ("had warned a day earlier").  A place is the event's when it hangs from the
event's anchor by "in / at / near / across …" or is the place a visit goes to ("visited China", "a
visit to Beijing", also for the act a visit is made for); of a possessor and its place ("in the
C.A.R.'s capital, Bangui") the place wins.  Failing that, an event told by a participle or a
relative clause takes the place of the clause or noun it hangs on ("detonated her explosive devices
near a military convoy in Kalat, killing ..."), a threat the place of the act threatened
("threatened to close or suspend U.S. operations at Incirlik"), and an attack or arrest the place
where its object was ("ambushed a bus transporting a paramilitary force in Kalat").  A name
modifying a thing is its owner, not the place ("fired a missile at a U.S. warship in the Red
Sea"), and the city a place noun names wins over the area naming it ("the southern Gaza city of
Rafah").
Otherwise an event of the story's lead takes the dateline's place, if the story has a dateline
and the act's own clause places it by no phrase without a name ("in a raid near the Afghan
border"); any other has none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from dateline.actors import lexicon as actor_words
from dateline.actors.coding import DEFINITE_DETS
from dateline.dates import timeml
from dateline.dates.lexicon import number
from dateline.dates.normalize import part_start
from dateline.nlp import spacy_sentences
from dateline.places.candidates import BORDER_WORDS, beyond_border
from dateline.places.candidates import PLACE_NOUNS as candidate_place_nouns
from dateline.record import Article

from .modality import bare_present, modality
from .predicates import PLANS, PROMISES, REPORTING_VERBS, infinitive, lemma_of, prep_objects
from .targets import COMPLEMENT_PLACE_TYPES, threatened_act

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

DATE_KINDS = {"date", "time"}


@dataclass
class Located:
    """A layer item (time, place, quantity) with the doc token that heads it."""

    id: str
    head: "Token"


def locate(article: Article, items: Sequence[object]) -> list[Located]:
    """The syntactic head token of each item with ``start``/``end`` offsets."""
    doc: "Doc" = article.doc
    out = []
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")  # type: ignore[attr-defined]
        if span is not None and len(span):
            out.append(Located(item.id, span.root))  # type: ignore[attr-defined]
    return out


def attached(head: "Token", anchor: "Token", max_steps: int = 6, doing: bool = False) -> bool:
    """Does ``head`` hang from ``anchor`` without crossing another verb?  With ``doing`` (a
    date), it may cross a present participle describing the anchor's object
    (:func:`_participle_of`)."""
    node = head
    for _ in range(max_steps):
        if node.i == anchor.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == anchor.i:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass") \
                and not _participle_of(node, anchor, doing):
            return False
    return False


def _participle_of(verb: "Token", anchor: "Token", doing: bool = False) -> bool:
    """A past participle describing the anchor noun tells that noun's own act, so its date and
    place are the noun's: "violates an agreement reached between the two companies in 1991"
    (MEANTIME: 1991 dates the agreement)."""
    if doing and verb.dep_ == "relcl" and verb.head.i == anchor.i and anchor.pos_ == "NOUN":
        # a relative clause on an event noun tells that event's own course, so its date is the
        # noun's: "led the lightning offensive that toppled Assad in December"
        return True
    if verb.dep_ != "acl":
        return False
    if doing and _document_dated(verb):
        return True
    if verb.tag_ == "VBN" and verb.head.i == anchor.i:
        return True
    # A present participle describing the anchor's object tells what that participant was doing
    # as the act happened, so a date the parser hangs in it is the act's: "militants ambushed a
    # military convoy escorting fuel trucks near Dioura on Sunday" (the place may be the
    # participle's own: not for places).
    return doing and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "nsubjpass") \
        and verb.head.head.i == anchor.i


def in_sentence(located: list[Located], sentence: "SpacySpan") -> list[Located]:
    return [x for x in located if sentence.start <= x.head.i < sentence.end]


def pick_time(article: Article, times: list[Located], anchors: list["Token"],
              sentence: "SpacySpan", carried: str | None = None,
              news: str | None = None) -> tuple[str | None, str | None]:
    """(date, time id) of an event: its clause's date, else the only date of the sentence whose
    clause contains it (dates of other clauses aside: "The glitch was not reported when the
    plane made its maiden flight on 11 December ... and only became public attention this
    weekend", MEANTIME), else the ``carried`` time (the last date of the preceding sentences,
    see :func:`carried_time`) when no date of the sentence governs the event, else for a
    past-tense statement the story's ``news`` day (:func:`news_day`)."""
    here = in_sentence(times, sentence)
    offset = _offset_date(article, times, anchors, sentence, carried)
    if offset is not None:
        return offset
    usable = [t for t in here if _dates_event(article, t.id)
              and not _dates_other_noun(t.head, anchors)]
    dated = [t.head for t in usable]
    # The event's own date before its coordination head's: "He fought pancreatic cancer in 2004
    # and took six months off in early 2009" (MEANTIME): 2009 dates "took".
    chosen = next((t for a in anchors for t in usable if attached(t.head, a, doing=True)), None)
    if chosen is None:
        chosen = _complement_day(article, usable, anchors)
    if chosen is None:
        chosen = _when_date(article, here, anchors[0])
    if chosen is None and (_future(anchors[0], sentence) or _nominal(anchors[0])):
        chosen = next((t for t in here if _later(article, t.id)
                       and (attached(t.head, anchors[0])
                            or (_nominal(anchors[0])
                                and _governs(t.head, anchors[0], dated)))), None)
    governing = [t for t in usable if _governs(t.head, anchors[0], dated)]
    if chosen is None and len(governing) == 1 and not _present(anchors[0]):
        chosen = governing[0]
    if chosen is not None and _state_over_period(article, chosen, anchors[0]):
        chosen = None
    if chosen is not None:
        chosen = _week_day(article, _finer(article, chosen, governing), times)
        return _event_value(article, chosen.id), chosen.id
    # A date of another clause does not stop the narrative's ("Fu Cong blamed the Trump
    # administration for ... withdrawing in 2017", VOA 8009004: 2017 is the withdrawal's).
    # Nor is a narrated date carried into a sentence that names a day of its own, whatever noun
    # the day dates: "In a letter last week to the ... ICJ, the Kenyan government cited ... The
    # court's president ... rejected Kenya's request to brief it before the start of Monday's
    # opening" (VOA 6203336): the sentence is told on its own day, not on last week's.
    shift = _unanchored_shift(article, here, anchors)
    if carried is not None and _past(anchors[0]) and not governing \
            and not _own_day(article, here):
        return _shifted(_event_value(article, carried), carried, shift)
    # Nor told anywhere else, a past-tense statement is made on the story's news day, which may
    # be the day before publication (:func:`news_day`).
    if news is not None and (_said(anchors[0]) or shift is not None) and not governing \
            and not _own_day(article, here):
        return _shifted(_event_value(article, news), news, shift)
    return _shifted(published(article), None, shift) if not governing else (published(article),
                                                                             None)


_DISTANCE = re.compile(r"(?i)(?P<num>\w+)\s+(?P<unit>day|week)s?\s+(?P<dir>earlier|later)")


def _unanchored_shift(article: Article, here: list[Located],
                      anchors: list["Token"]) -> tuple[int, str] | None:
    """(days, time id) of an "N days earlier / later" of the act's own clause that the times
    layer could not count from a day named just before it: "The BLA had warned a day earlier
    that it would execute security personnel among the hostages" (VOA 8009314, the story's news
    day told many sentences up: the gold is the day before it)."""
    for t in here:
        item = article.time(t.id)
        if item is None or item.value or not any(attached(t.head, a) for a in anchors):
            continue
        m = _DISTANCE.fullmatch(item.text.strip())
        n = number(m.group("num")) if m else None
        if m is None or n is None:
            continue
        days = int(n) * (7 if m.group("unit").lower() == "week" else 1)
        return (-days if m.group("dir").lower() == "earlier" else days), t.id
    return None


def _shifted(date: str | None, time_id: str | None, shift: tuple[int, str] | None
             ) -> tuple[str | None, str | None]:
    """The narrated ``date`` moved by an unanchored "N days earlier / later" (a day only)."""
    if shift is None or date is None or len(date) != 10:
        return date, time_id
    days, distance_id = shift
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat(), distance_id


OFFSET_PREPS = {"after": -1, "before": 1}  # the sign of the shift from the clause's day
_WHOLE_DURATION = re.compile(r"P(\d+)([%s])" % "".join(timeml.UNIT_DAYS))


def _offset_date(article: Article, times: list[Located], anchors: list["Token"],
                 sentence: "SpacySpan", carried: str | None) -> tuple[str, str] | None:
    """(date, duration id) of an event told as "N days after / before" a clause with a day:
    the clause's day shifted by the distance.  "Security sources said Wednesday a Pakistani
    military operation rescued 190 passengers and killed 30 terrorists, a day after an attack on
    a train" (VOA 8007760: the attack is Tuesday's); "the new iPhone 3.0 software, which will be
    available on June 17, two days before the phone launches" (MEANTIME: the launch is June
    19).  The distance is a whole number of days or weeks; a vaguer one ("hours after", "a few
    days before") leaves the event to the other rules."""
    # ``pick_time`` below calls back here for the clause's verb, which is strictly above the
    # anchor in the tree, so the recursion ends at the root.
    for anchor in anchors:
        # a clause: "Hamas released three Israeli hostages on Saturday, a week after Israel
        # freed 183 Palestinian prisoners" (the freeing is the Saturday before), the distance
        # on its verb and the subordinator its mark
        mark = next((c for c in anchor.children if c.dep_ == "mark"
                     and c.lower_ in OFFSET_PREPS), None) if anchor.dep_ == "advcl" else None
        if mark is not None:
            clause_day = _shift(article, times, anchor.head, sentence, carried,
                                _distance(article, times, anchor), mark.lower_)
            if clause_day is not None:
                return clause_day
            continue
        prep = anchor.head if anchor.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in OFFSET_PREPS:
            continue
        # "a day after an attack" hangs the preposition on the distance; "two days before
        # the phone launches" hangs the distance on the preposition.
        top = prep.head if prep.dep_ == "prep" else prep
        distance = _distance(article, times, prep) or (
            _distance(article, times, top) if top.pos_ == "NOUN" else None)
        if distance is None:
            continue
        shifted = _shift(article, times, _clause_verb(top), sentence, carried, distance,
                         prep.lower_)
        if shifted is not None:
            return shifted
    return None


def _shift(article: Article, times: list[Located], verb: "Token", sentence: "SpacySpan",
           carried: str | None, distance: tuple[int, str] | None,
           word: str) -> tuple[str, str] | None:
    """(date, duration id): the day of ``verb``'s clause shifted by ``distance`` days, back
    for "after", on for "before"; None when the clause has no day or there is no distance."""
    if distance is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    day, time_id = pick_time(article, times, coordinated([verb]), sentence, carried)
    if time_id is None or day is None or len(day) != 10:
        return None
    days, duration_id = distance
    shifted = dt.date.fromisoformat(day) + dt.timedelta(days=OFFSET_PREPS[word] * days)
    return shifted.isoformat(), duration_id


def _distance(article: Article, times: list[Located], token: "Token") -> tuple[int, str] | None:
    """(days, time id) of a whole-day or whole-week duration ("a day" = P1D, "two weeks" = P2W)
    headed by ``token`` or by its npadvmod child."""
    heads = {token.i} | {c.i for c in token.children if c.dep_ == "npadvmod"}
    for t in times:
        if t.head.i not in heads:
            continue
        item = article.time(t.id)
        value = item.value if item is not None else None
        m = _WHOLE_DURATION.fullmatch(value or "")
        if m:
            return int(m.group(1)) * timeml.UNIT_DAYS[m.group(2)], t.id
    return None


def _week_day(article: Article, chosen: Located, times: list[Located]) -> Located:
    """A week ("this week") narrowed to the one past day of that week the story names: "A
    Guatemalan judge ordered prominent journalist Jose Ruben Zamora back to prison this week"
    ... "Zamora on Monday returned to Mariscal Zavala prison" (VOA 8010046, gold dated that
    Monday); "Speaking at a United Nations Security Council meeting on Afghanistan this week"
    ... "the Pakistani envoy said Monday" (VOA 8009976).  News tells the week in the lead and
    its day further down.  With several days of the week named, the one named in the next
    sentence, which goes on with the week's act: "This week, military sources said 3R rebels
    attacked nearly 10 villages" ... "bodies ... have been found in villages since the attacks
    began Tuesday" (VOA 7686618, gold that Tuesday, though Thursday and Friday are named
    further on); else the week stays."""
    week = _week_of(article, chosen.id)
    if week is None:
        return chosen
    days = {value: t for t in times
            if len(value := _date_value(article, t.id) or "") == 10
            and _dates_event(article, t.id) and timeml.within(value, week)}
    if len(days) > 1:  # several days of the week: the one the next body sentence names
        after = _next_sentence(article, chosen.head.i)
        days = {value: t for value, t in days.items()
                if after is not None and after.start <= t.head.i < after.end}
    return next(iter(days.values())) if len(days) == 1 else chosen


def _next_sentence(article: Article, i: int) -> "SpacySpan | None":
    """The body sentence (``article.sentences``, header lines left out) after the one holding
    token ``i``; None at the story's end."""
    spans = [s for s in spacy_sentences(article) if s is not None]
    k = next((k for k, s in enumerate(spans) if s.start <= i < s.end), None)
    return spans[k + 1] if k is not None and k + 1 < len(spans) else None


def _week_of(article: Article, time_id: str) -> str | None:
    """The ISO week ("2025-W11") a week-valued time names (:func:`timeml.week_of_value`), else
    None.  Unlike :func:`_event_value`, which keeps any week or weekend a value starts with, only
    a whole week: a weekend ("2025-W11-WE") is not narrowed to a weekday, nor a part of a week
    ("2025-W11TNI")."""
    t = article.time(time_id)
    week = timeml.week_of_value(t.value or "") if t is not None else None
    return week if week is not None and week == t.value and not week.endswith("-WE") else None


def _state_over_period(article: Article, chosen: Located, anchor: "Token") -> bool:
    """A simple-present verb with a past month, quarter or year: the period is what the present
    state or report is measured over, and the verb is told on the publication day: "For the
    final quarter of 2009, Ford says it made profits", "as of February, the iTunes store
    accounts for 70% of all digital music sales", "Apple's iTunes store passes ... Best Buy
    ... in 2007" (MEANTIME links all three to the document creation time, the last two to their
    period as well).  A day keeps the verb
    ("Demonstrators chanted as they march in Khartoum Thursday", VOA 6180206), and so does a
    period that holds the publication day ("this month", "this quarter"), or any period of a
    story with no publication day (none to tell the verb on)."""
    value = _date_value(article, chosen.id) or ""
    day = published(article)
    return bare_present(anchor) and len(value) < 10 and day is not None \
        and not _holds_day(value, day)


def _holds_day(period: str, day: str) -> bool:
    """Does a year, month, quarter, half or season value ("2025", "2025-03", "2025-Q1",
    "2025-H1", "2025-SP") hold the calendar day ``day``?  A part of a year by its months: the
    first quarter holds March 13 though "2025-03-13" does not start with "2025-Q1"."""
    first = part_start(period)
    if first is None:
        return day.startswith(period[:7])
    start = int(first[:4]) * 12 + int(first[5:7])
    month = int(day[:4]) * 12 + int(day[5:7])
    return start <= month < start + (6 if period[5] == "H" else 3)


def _own_day(article: Article, times: list[Located]) -> bool:
    """Does the sentence name a past day (a calendar day on or before publication)?"""
    return any(len(_date_value(article, t.id) or "") == 10 and _dates_event(article, t.id)
               for t in times)


# Verbs whose "to" complement is an act still to come, which a day in it dates: "Iran vowed to
# attack Israel on Friday" is no vow made on Friday.
AHEAD_VERBS = PROMISES | PLANS | {"threaten", "warn", "aim", "hope", "seek", "want"}


def _complement_day(article: Article, usable: list[Located],
                    anchors: list["Token"]) -> Located | None:
    """A past day at the end of a "to" infinitive complement dates the act that has none of its
    own: news puts the act's time last, after its complement ("India and China agreed to resume
    flights on Monday evening", written for a Wednesday story: the agreeing was on Monday).  The
    VOA gold dates the act and its purpose as one: "The White House sent an unofficial
    delegation to attend the inauguration of Taiwan's new president on May 20" (VOA 7638284,
    gold May 20).  Only a past day (``usable`` holds no later date: a later one dates the
    planned act, "vowed to make the region climate neutral by 2050", VOA 6180790, gold the
    publication day), and only a complement with no subject of its own ("urged Kenya to attend
    on Monday" tells Kenya's act), nor the act a vow or a plan is about (:data:`AHEAD_VERBS`)."""
    clauses = [c for a in anchors if lemma_of(a) not in AHEAD_VERBS for c in a.children
               if c.dep_ == "xcomp" and infinitive(c)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return next((t for c in clauses for t in usable
                 if len(_date_value(article, t.id) or "") == 10 and attached(t.head, c)), None)


def _when_date(article: Article, times: list[Located], anchor: "Token") -> Located | None:
    """The date a "when" clause describing it holds the event: "The statistics are an
    improvement from 2008, when the car company posted a loss of close to $15 billion"
    (MEANTIME: 2008 dates "posted", though it is itself only a point of comparison)."""
    verb = anchor
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when"
                                       for c in verb.children):
        return None
    return next((t for t in times if t.head.i == verb.head.i and _dates_event(article, t.id)),
                None)


def _future(anchor: "Token", sentence: "SpacySpan") -> bool:
    """Is the act told as planned or under a modal ("which it will begin to fly in 2009", "The
    transaction should be completed in October", MEANTIME; "The European Union is set to vote
    Friday on a massive tariff increase", VOA 7808748, whose gold is dated Friday)?  Such an
    act is dated by a later date attached to it; a threat or plan reported by a speech verb
    keeps the day it is said ("I will substantially increase, on April 2nd, the Tariffs", VOA
    8006924, is anchored on the reporting verb)."""
    # An infinitival relative or complement is prospective too: "another special event to be
    # held on October 12", "Aer Lingus also have options of six more A350s to exercise by
    # 2018", "insisted that the United Auto Workers (UAW) union agree to increase wage cuts by
    # next year" (MEANTIME: each dated by its later date).
    if anchor.dep_ in ("relcl", "acl", "xcomp") and infinitive(anchor):
        return True
    return modality(anchor, sentence) in ("planned", "hypothetical")


def _nominal(anchor: "Token") -> bool:
    """An event told by a noun has no tense to put it before the story: a later date attached
    to it or to the clause that holds it dates it as planned ("A June 3 hearing has been
    scheduled in the US Bankruptcy Court", "resulting in the partial closure of ten of its
    plants during the fourth quarter", "the contract may be signed on September 12, during the
    auto show in Frankfurt", MEANTIME, all published before that day)."""
    return anchor.pos_ == "NOUN"


def _later(article: Article, time_id: str) -> bool:
    """A calendar date after the publication day."""
    return bool(_date_value(article, time_id)) and not _dates_event(article, time_id)


def _finer(article: Article, chosen: Located, governing: list[Located]) -> Located:
    """A day of the event's clause inside the year or month its own noun names: "Yesterday, at
    this year's Apple Worldwide Developers Conference, ... Steve Jobs unveiled iPhone 4"
    (MEANTIME: the conference is dated yesterday, inside this year)."""
    value = _date_value(article, chosen.id) or ""
    inside = [t for t in governing if t.id != chosen.id
              and len(finer := _date_value(article, t.id) or "") > len(value)
              and finer.startswith(value)]
    return inside[0] if len(value) < 10 and len(inside) == 1 else chosen


def coordinated(anchors: list["Token"]) -> list["Token"]:
    """The anchors of an act, with the head of its coordination: "Last week, officials met in
    Bangui and signed an agreement": coordinated acts share the first one's time and place."""
    return anchors + [anchors[0].head] if anchors[0].dep_ == "conj" else anchors


def event_time(article: Article, times: list[Located], spans: Sequence["SpacySpan | None"],
               sent_no: int, anchors: list["Token"]) -> tuple[str | None, str | None]:
    """(date, time id) of an event in sentence ``sent_no`` of ``spans`` (the article's
    :func:`dateline.nlp.spacy_sentences`): :func:`pick_time` with the date carried from the
    sentences before.  The events layer and the MEANTIME event-date score both call it."""
    sentence = spans[sent_no]
    assert sentence is not None
    previous = [s for s in spans[max(0, sent_no - 2):sent_no] if s is not None]
    carried = carried_time(article, times, sentence, previous)
    date, time_id = pick_time(article, times, anchors, sentence, carried,
                              news_day(article, times, spans))
    if time_id is None:
        # The act itself named again, else the occasion it happened at ("Iran's U.N. ambassador
        # participated in the meeting, but his U.N. mission criticized it", VOA 8009004, after
        # "called a private meeting Wednesday of the U.N. Security Council").
        for noun in [anchors[0], *_occasions(anchors), *_came_as(anchors)]:
            again = _mentioned_before(article, times, spans, sent_no, noun)
            if again is not None:
                return again
    return date, time_id


# the prepositions of an occasion an act happens in: "died in the initial attack", "in a Jan. 23
# press briefing", "during the operation"
OCCASION_PREPS = {"in", "at", "during", "on"}


def _came_as(anchors: list["Token"]) -> list["Token"]:
    """The subject of "came" an act's "as / while / when" clause hangs from: news tells an act at
    the time of one it has reported, "The transfer came as a high-level Mexican delegation ...
    met in Washington with Secretary of State Marco Rubio" (written story 9500008: the meeting
    is on the day of "an unprecedented transfer" of the lead, Thursday)."""
    # the parser may hang "as" on "came" rather than on the clause: "came as a ... delegation,
    # including ..., met"
    return [s for a in anchors if a.dep_ == "advcl" and lemma_of(a.head) == "come"
            and (_simultaneous(a) or any(c.lower_ in SIMULTANEOUS_MARKS and c.i < a.i
                                         and c.dep_ in ("prep", "mark", "advmod")
                                         for c in a.head.children))
            for s in a.head.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"]


def _occasions(anchors: list["Token"]) -> list["Token"]:
    """The nouns an act is told as happening in, at or during ("died in the initial attack",
    "were killed during the operation")."""
    return prep_objects(anchors, OCCASION_PREPS)


def _mentioned_before(article: Article, times: list[Located],
                      spans: Sequence["SpacySpan | None"], sent_no: int,
                      anchor: "Token") -> tuple[str | None, str] | None:
    """(date, time id) of an event told by a definite noun that names again an act the story
    dated earlier: the first earlier mention by the same noun with a past day of its own.
    "The Jaffar Express ... came under a bomb and gun attack on Tuesday" ... "he said 21
    passengers died in the initial attack by the BLA" (VOA 8009314, gold Tuesday).  Only a day
    is carried, and only to a singular noun with a definite determiner ("the attack", not "an
    attack", nor "Deaths in the attacks surged from 88 in 2023 to 388 in 2024", VOA 8007760, a
    year's attacks).  Seen again and again in the train-hijacking stories: "the brazen attack",
    "The attack on Jaffar Express", "hours after the attack" (VOA 8007760, dated "came under a
    bomb and gun attack Tuesday"), "the brazen hijacking" (VOA 8011076)."""
    if anchor.pos_ != "NOUN" or anchor.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in anchor.children):
        return None
    lemma = lemma_of(anchor)
    for span in spans[:sent_no]:
        if span is None:
            continue
        for tok in span:
            if tok.pos_ != "NOUN" or tok.i == anchor.i or lemma_of(tok) != lemma:
                continue
            date, time_id = pick_time(article, times, [tok], span)
            if time_id is not None and date is not None and len(date) == 10 \
                    and _dates_event(article, time_id):
                return date, time_id
    return None


NOUN_DATE_DEPS = {"compound", "nmod", "amod", "nummod"}


def _dates_other_noun(time_head: "Token", anchors: list["Token"]) -> bool:
    """A date that modifies a noun names that noun's day, not the clause's: "Bugti and Chaudhry
    reiterated the claim that Tuesday's attack was orchestrated by militants ..., a charge ...
    Balkhi rejected Thursday" (VOA 8011076): Tuesday dates the attack, not the charge; "This new
    settlement replaces the 1991 agreement" (MEANTIME): 1991 dates the agreement.  Neither does
    a date told as a starting point or limit ("its biggest fall since the September 11, 2001,
    terrorist attacks", "had its best finish since November 2008", MEANTIME)."""
    noun = time_head.head
    if time_head.dep_ == "poss" and all(noun.i != a.i for a in anchors):
        return True
    if time_head.dep_ in NOUN_DATE_DEPS and noun.pos_ in ("NOUN", "PROPN") \
            and all(noun.i != a.i for a in anchors) and not _occasion(noun):
        return True
    return _bound(time_head)


def _occasion(noun: "Token") -> bool:
    """A dated occasion in which the event happens: "Mao Ning responded to the news reports in
    a Jan. 23 press briefing, asserting that China ... rejects ..." (VOA 8010476)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS


BOUND_PREPS = {"since", "until", "till", "from"}


def _bound(time_head: "Token") -> bool:
    """Is the date the object of "since / until / from" on a noun ("its biggest fall since
    2001", "The statistics are an improvement from 2008", MEANTIME), up to the verb above it?
    On a verb the date is the start of the act, which the VOA gold dates by it ("al-Shabab has
    been attacking and fighting Kenyan troops since 2011")."""
    node, verb = time_head, _clause_verb(time_head)
    while node.i != verb.i:
        prep = node.head
        if node.dep_ == "pobj" and prep.lower_ in BOUND_PREPS \
                and prep.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            return True
        node = node.head
    return False


# How far back a narrated date still holds.  Tried and dropped (session 15): chaining the
# carry through undated sentences whose root is a past-tense verb (up to three back), so the
# narrative of "Tuesday's attack" reaches "the attackers singled out ... shooting many" two
# sentences on: VOA date accuracy even 0.795 -> 0.768, odd 0.781 -> 0.766, even precision
# 0.932 -> 0.926 (dates feed the merge), MEANTIME 0.933 -> 0.931.
CARRY_SENTENCES = 1


def carried_time(article: Article, times: list[Located], sentence: "SpacySpan",
                 previous: list["SpacySpan"]) -> str | None:
    """The last date of the ``CARRY_SENTENCES`` sentences before ``sentence``: news narrates a
    dated act over several sentences ("Tens of thousands of Sudanese began protesting late last
    year ... They demanded reforms and Bashir's ouster", VOA 6180206).  Only a day or a recent
    week carries: a year or month in a story is mostly background ("in 2017", "last year")."""
    for prev in reversed(previous[-CARRY_SENTENCES:]):
        usable = [t for t in in_sentence(times, prev)
                  if _narrative(article, t.id) and _dates_event(article, t.id)
                  and not _bound(t.head)]
        if usable:
            # the date of the sentence's main clause, which the next sentence goes on with
            # ("Koizumi told reporters early Sunday that the fighters had locked their radar on
            # the jets on Saturday afternoon ... Tokyo had demanded": Sunday's), else the last
            root = prev.root
            main = [t for t in usable if attached(t.head, root)]
            return (main or [max(usable, key=lambda t: t.head.i)])[-1].id
    return None


def news_day(article: Article, times: list[Located],
             spans: Sequence["SpacySpan | None"]) -> str | None:
    """The time id of the story's news day: the one past day its first sentence names (a date
    of another noun aside, as in "Tuesday's attack"), when that day is the day before
    publication: a story told on a Wednesday and dated Thursday, published after midnight UTC
    or the next morning ("The United States warned Wednesday that ...", VOA 8009004 published
    2025-03-13 00:33 UTC; "Passengers ... shared with VOA disturbing details of their ordeal on
    Wednesday", VOA 8009314 published 02:40 UTC).  A lead day further back is the story's
    background, not the day it is told ("attend the inauguration ... on May 20", VOA 7638284,
    published June 2)."""
    day = published(article)
    lead = spans[0] if spans else None
    if day is None or lead is None:
        return None
    days = {_date_value(article, t.id): t for t in in_sentence(times, lead)
            if _dates_event(article, t.id) and not _dates_other_noun(t.head, [])}
    if len(days) != 1:
        return None
    value, time = next(iter(days.items()))
    if value is None or len(value) != 10:
        return None
    gap = dt.date.fromisoformat(day) - dt.date.fromisoformat(value)
    return time.id if gap.days == 1 else None


def _said(anchor: "Token") -> bool:
    """A statement told by a past-tense reporting verb with no date of its own, which the VOA
    gold dates on the story's news day (:func:`news_day`), not on the publication day: "The
    United States said Iran is 'flagrantly' defying the U.N. Security Council" (VOA 8009004,
    gold Wednesday), "Chaudhry said, warning that terrorists will not be spared" (VOA 8009314,
    gold Wednesday; the participle is told in the tense of the verb it hangs from).  Only the
    statement: an act the speaker narrates has its own day ("they picked out police officers
    ... and shot them", VOA 8009314, gold Tuesday, the day of the attack)."""
    # Tried and dropped (session "when"): the news day for undated past-tense verbal acts too
    # ("appealed", "called", "urged", "accused", ...): written even 107 -> 106 right dates (the
    # written gold puts several such acts on the publication day), VOA odd 53 -> 52, written odd
    # 66 -> 65.  And no carried date for an act in the complement of a reporting verb
    # ("Residents said airstrikes had hit villages"): written even +2, VOA even -2 ("It issued a
    # statement last week ... The UNHCR said it was ready to support", gold last week).
    # Tried and dropped (session 19): the news day for any undated past-tense act, narrated ones
    # too: the eyewitness acts of VOA 8009314 took Wednesday and one merged into the lead's
    # killing (VOA even matched events 183 -> 182, date accuracy 0.797 -> 0.796); and, with
    # the news day taken from the lead's root verb, the participle's head tense for the carry
    # as well (odd matched events dated right 51 -> 50, even and MEANTIME unchanged).
    for _ in range(3):
        if anchor.dep_ not in ("xcomp", "acomp") and not (
                anchor.dep_ == "advcl" and anchor.tag_ == "VBG"):
            break
        anchor = anchor.head
    return _past_verb(anchor) and lemma_of(anchor) in REPORTING_VERBS


def _narrative(article: Article, time_id: str) -> bool:
    """A day, or a recent week ("It issued a statement last week", VOA 6204080): the span of a
    narrated act, unlike a month or year of background."""
    t = article.time(time_id)
    return t is not None and bool(t.value) and (len(t.value[:10]) == 10 or "-W" in t.value)


def _dates_event(article: Article, time_id: str) -> bool:
    """A date on or before the publication day: a later one is a plan or a deadline, not the
    day of an act the story reports ("the doubled tariffs would take effect Wednesday morning",
    "I will substantially increase, on April 2nd, the Tariffs" — the threat is made the day it
    is reported, VOA 8006924).  The VOA gold dates 2 of ~380 events after publication."""
    value = _date_value(article, time_id)
    if not value:
        return False
    day = published(article)
    if day is None:
        return True
    raw = article.time(time_id).value  # type: ignore[union-attr]
    if "-W" in raw:  # "next week" in the publication's month is still to come
        monday = timeml.week_monday(raw)
        return monday is not None and monday.isoformat() <= day
    # A quarter, half or season by its first month, which a string comparison with the
    # publication day would put after any day of its year: "it posted a net profit of US$ 997
    # million in the third quarter of this year" (MEANTIME, published 2009-11-03) is past.
    part = part_start(value)
    if part is not None:
        return part <= day[:7]
    return value <= day[:len(value)]


def _past(anchor: "Token") -> bool:
    """A past-tense clause: only a narrated act inherits the narrative's date.  An infinitive
    or adjective takes the tense of the clause it completes ("The UNHCR said it was ready to
    support Kenya's government", VOA 6204080: "support" is told in the past of "was ready")."""
    # An act told by a noun of the occasion a verb's act happened in takes that verb's tense:
    # "von der Leyen announced the package during a visit to Beirut" (written story 9400004,
    # the visit on the day of the sentence before).
    if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and anchor.head.lower_ in OCCASION_PREPS \
            and anchor.head.head.pos_ == "VERB":
        anchor = anchor.head.head
    for _ in range(3):
        if anchor.dep_ not in ("xcomp", "acomp"):
            break
        anchor = anchor.head
    return _past_verb(anchor)


def _present(anchor: "Token") -> bool:
    """An adverbial clause in the simple present, told as true when the story is written, not
    on the day of the past clause it hangs from: "Congressional lawmakers rejected the proposal
    in October, although industry experts say the deal had been killed by the Pentagon",
    "Sunday was chosen as its date matches the aircraft's designation number" (MEANTIME: both
    are linked to the document's creation time).  A present complement of a dated report keeps
    the report's day ("the military said in written comments to the media Wednesday" of
    "Pakistan expects ...", VOA 8009976), so only an adverbial clause counts."""
    for _ in range(3):
        if anchor.dep_ not in ("xcomp", "acomp"):
            break
        anchor = anchor.head
    return anchor.dep_ == "advcl" and anchor.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in anchor.children)


def _past_verb(anchor: "Token") -> bool:
    aux = [c for c in anchor.children if c.dep_ in ("aux", "auxpass")]
    if anchor.tag_ == "VBD" and not aux:
        return True
    # "had warned", "was attacked", "had been killed" — not "has rejected" (a present perfect
    # is the present) nor "has been killed".
    return anchor.tag_ == "VBN" and bool(aux) and aux[0].tag_ == "VBD" \
        and all(c.tag_ == "VBD" or (c.tag_ == "VBN" and c.lower_ == "been") for c in aux)


def _clause_verb(token: "Token") -> "Token":
    """The verb of the clause ``token`` is in: ``token`` itself or its nearest head that is a
    verb and not an auxiliary ("has" in "has been attacking"), else the sentence root.  The
    walk of :func:`_governs` (from a date's head), :func:`_bound` (the date's own phrase below
    that verb) and :func:`_offset_date` (the clause "a day after" hangs on)."""
    node = token
    while node.head.i != node.i and (node.pos_ not in ("VERB", "AUX")
                                     or node.dep_ in ("aux", "auxpass")):
        node = node.head
    return node


def _governs(time_head: "Token", anchor: "Token", dated: Sequence["Token"] = ()) -> bool:
    """The date's clause contains the event: its first verb above is the anchor or one of the
    anchor's ancestors ("said Tuesday that ... had rejected"), not a verb of another clause
    ("rejected the allegation that Tuesday's attack was planned"); or the date's clause is told
    at the time of the clause it hangs from (:func:`_simultaneous`), whose date it then is, and
    that clause has no date of its own among the heads ``dated`` (the sentence's dates): "Police
    detained 20 people on Saturday after clashes erupted, as protests continued Sunday" leaves
    the clashes Saturday's."""
    # Tried and dropped (session 19): a date of an -ing participle clause with no subordinator
    # governing the clause it hangs from ("Speaking at a ... meeting on Afghanistan this week,
    # ... Munir Akram, said Kabul was failing", VOA 8009976): VOA even date accuracy 0.817 ->
    # 0.824, but MEANTIME 0.941 -> 0.938 ("fell two percent from Monday's closing price, marking
    # the second-biggest loss of 2007" took 2007).  Kept (session 25) for an opening participle of speaking only
    # (:func:`_speaking`): VOA even and written even +1 right date each, MEANTIME unchanged.
    node = _clause_verb(time_head.head)
    if _document_dated(node):
        node = _clause_verb(node.head)
    if _contains(node, anchor):
        return True
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and node.dep_ == "xcomp" \
            and node.head.i == anchor.head.i and node.i < anchor.i:
        # a participle that tells what came of an act, dated in the act's purpose infinitive:
        # "Georgian riot police used water cannon and tear gas to disperse thousands of
        # protesters … late on Thursday, detaining at least 40 people" (the parser hangs the
        # day on "disperse"; the detentions are Thursday's, not the publication day's)
        return True
    if _speaking(node) and _contains(node.head, anchor):
        return True
    if not _simultaneous(node):
        return False
    # the clause the simultaneous one hangs from, and its other adverbial clauses, unless one
    # is a cause, a concession or a condition ("The army had withdrawn because the rebels
    # advanced, as talks resumed on Monday": Monday is not the advance's day)
    head, verb = _clause_verb(node.head), _clause_verb(anchor)
    if any(_contains(_clause_verb(t.head), head) for t in dated if t.i != time_head.i):
        return False
    if (_subordinators(head) | _subordinators(verb)) & NOT_TIME_MARKS:
        return False
    return verb.i == head.i or (verb.dep_ == "advcl" and verb.head.i == head.i
                                and not _backdrop(anchor, head))


def _document_dated(verb: "Token") -> bool:
    """Is ``verb`` the "dated" of a document ("a letter dated Feb. 4")?  A letter's date is the
    day it was written and sent, so the date is that of the clause the document is in: "Eight
    Republican U.S. senators ... sent a letter to Secretary of State Marco Rubio about the
    purported Iran-China chemical scheme dated Feb. 4, urging him to work with global partners"
    (VOA 8010476: the urging is of Feb. 4; the parser hangs "dated" on the scheme)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lower_ == "dated"


# the verbs of an opening participle that sets the occasion of what its clause says
SPEAKING = {"speaking", "talking", "addressing", "testifying", "writing", "appearing",
            "briefing"}


def _speaking(verb: "Token") -> bool:
    """An opening participle with no subordinator that tells where and when the speaker spoke,
    so its date is that of the clause it opens: "Speaking in Munich on Saturday, Tshisekedi
    accused Kagame of ..." (written story 9200006).  Other participles keep their dates ("fell
    two percent from Monday's closing price, marking the second-biggest loss of 2007",
    MEANTIME)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i \
        and verb.lower_ in SPEAKING \
        and not any(c.dep_ == "mark" for c in verb.children)


def _contains(verb: "Token", anchor: "Token") -> bool:
    """Is ``anchor`` in the clause of ``verb`` (``verb`` itself or below it), not its
    backdrop (:func:`_backdrop`)?"""
    return verb.i == anchor.i or (verb.is_ancestor(anchor) and not _backdrop(anchor, verb))


# the subordinators of a clause told at the same time as the clause it hangs from
SIMULTANEOUS_MARKS = {"as", "while", "when"}
# the subordinators of a clause whose time is not told by its head's: a cause, a concession, a
# condition, a manner ("The bank cut rates because inflation slowed, as markets fell on Monday":
# Monday is not the slowing's day)
NOT_TIME_MARKS = {"because", "although", "though", "if", "unless", "since", "as long as",
                  "as if"}


def _subordinators(verb: "Token") -> set[str]:
    """The subordinators of an adverbial clause, lower-cased, "as" read with the words that make
    it another one: "as soon as", "as long as" (the first "as" and the adverb hang from the
    head clause, the last is the clause's mark), "as if".  An adverb counts only as "when"
    ("when it came under a bomb and gun attack Tuesday"), not "since" in "have since banned"."""
    out = set()
    for c in verb.children:
        if c.dep_ != "mark" and not (c.dep_ == "advmod" and c.lower_ in SIMULTANEOUS_MARKS):
            continue
        word, doc = c.lower_, c.doc
        if word == "as" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "if":
            word = "as if"
        elif word == "as" and c.i >= 2 and doc[c.i - 2].lower_ == "as" \
                and doc[c.i - 1].lower_ in ("soon", "long"):
            word = f"as {doc[c.i - 1].lower_} as"
        out.add(word)
    return out


def _simultaneous(verb: "Token") -> bool:
    """Is ``verb`` an adverbial clause told at the time of the clause it hangs from ("as they
    march in Khartoum Thursday", "when it came under a bomb and gun attack Tuesday")?  Its date
    is that clause's too, so it governs the other clauses of that clause: "Demonstrators chanted
    as they march in Khartoum Thursday, after Sudan's new ruling sovereign council ... dissolved
    the party of former President Omar al-Bashir" (VOA 6180206, the dissolution gold Thursday);
    "The Jaffar Express ... was traveling north from Quetta ... when it came under a bomb and
    gun attack Tuesday" (VOA 8007760).  Not "as soon as", "as long as", "as if"."""
    # "when" is parsed as the clause's advmod, "as" and "while" as its mark
    return verb.dep_ == "advcl" and bool(_subordinators(verb) & SIMULTANEOUS_MARKS)


# Not "after / following": the VOA gold dates what a dated act came after by that act's date
# ("A year ago, international markets severely punished Turkey, plunging the country into a
# recession following Trump's imposition of sanctions", VOA 6180932, gold 2018; "Demonstrators
# chanted as they march in Khartoum Thursday, after ... dissolved the party", VOA 6180206, gold
# Thursday), and so does MEANTIME ("gained 0.77%, but after a large loss yesterday": the loss is
# yesterday's).  An exact distance ("a day after") is :func:`_offset_date`'s.  Dropping them
# moved MEANTIME event dates 0.938 -> 0.941 (one link), VOA unchanged.
BACKDROP_PREPS = {"since", "before", "amid", "despite"}


def _backdrop(anchor: "Token", verb: "Token") -> bool:
    """Is the event told as the backdrop of ``verb``'s clause, whose date is not its own: a
    relative clause or participle ("the protests that began", "a law passed"), or the object
    of "since / before / amid / despite" ("amid growing concerns about its stockpile")?"""
    node = anchor
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in BACKDROP_PREPS:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKDROP_PREPS
                                        for c in node.children):
            return True
        node = node.head
    return False


def _date_value(article: Article, time_id: str) -> str | None:
    """The calendar value of a date the rules compare: a day, month, quarter or year; an ISO
    week ("last week" = 2024-W26) as the month of its Thursday ("2024-06"), a weekend as its
    Saturday's (:func:`timeml.week_month`).  The event itself carries the week
    (:func:`_event_value`)."""
    t = article.time(time_id)
    if t is None or t.kind not in DATE_KINDS or not t.value:
        return None
    value = t.value[:10]
    if "-W" in value:
        return timeml.week_month(t.value)  # whole: "2010-W04-WE" is 11 characters
    return value if value[:4].isdigit() else None


def _event_value(article: Article, time_id: str) -> str | None:
    """The date an event records from its time: the time's own week or weekend when it names
    one, as TimeML writes it ("Senator John McCain entered them into the Congressional Record
    during a speech last week", MEANTIME 2004-W47; "only became public attention this weekend,
    when German magazine Der Spiegel cited confidential documents", MEANTIME 2010-W04-WE),
    else :func:`_date_value`.  A week is finer than its month, which cannot match a gold week."""
    value = _date_value(article, time_id)
    if value is None:
        return None
    return timeml.week_of_value(article.time(time_id).value) or value  # type: ignore[union-attr]


def published(article: Article) -> str | None:
    from dateline.ingest.dates import published_date

    try:
        day = published_date(article.meta.published)
    except Exception:  # noqa: BLE001 - an unreadable date is no date
        return None
    return day.isoformat() if day else None


# A visit happens where the visitor went: "visited China", "a visit to Beijing", "his trip to
# Taiwan" (the actors layer's visit words, and a trip).
VISITS = actor_words.VISITS | {"trip"}


def pick_place(article: Article, places: list[Located], anchors: list["Token"],
               sentence: "SpacySpan", sent_no: int, etype: str | None = None) -> str | None:
    """The place phrase of the event's own clause, else the place it strikes (an attack, raid
    or arrest: :func:`_struck_place`), else for a threat or pledge that of the act threatened
    (:func:`_threatened`), else that of the nearest clause governing it in the sentence, or the
    place that clause strikes (:func:`_governors`), else, for a blow struck at its object, of
    the clause describing the object (:func:`_object_clauses`), else in the lead (``sent_no``
    0, the number of ``sentence`` in ``article.sentences``) the dateline's place — unless the
    act's clause says where it was by a described place noun with no name
    (:func:`_unnamed_place`).  Never the state beyond a frontier (:func:`dateline.places.candidates.beyond_border`)."""
    # not the state beyond a frontier: "arrested protesters near the border with Finland"
    # happened on this side of it
    here = [p for p in in_sentence(places, sentence) if not beyond_border(p.head)]
    # The act's own clause, and the clause it is a part of: its place phrase, else the place it
    # strikes ("Russian missiles hit Kyiv overnight, killing at least three people": the
    # killing is in Kyiv, as the strike is).
    governors = _governors(anchors)
    for k, (heads, preps) in enumerate((
            (anchors + _visits_for(anchors) + _spoken_in(anchors), LOCATIVE_PREPS),
            (_threatened(anchors) if etype in COMPLEMENT_PLACE_TYPES else [], LOCATIVE_PREPS),
            (governors, LOCATIVE_PREPS),
            (_object_clauses(anchors) if etype in STRUCK_TYPES else [], AT_PREPS))):
        found = [p for p in here if any(attached(p.head, a) for a in heads)
                 and _locative(p.head, heads, preps)
                 and not (etype in SPOKEN_TYPES and _fronted(p.head, sentence))]
        if not found and k in (0, 2) and etype in STRUCK_TYPES:
            found = [p for p in here if _struck_place(p.head, anchors if k == 0 else governors)]
        if found:
            # the act's own place phrase before its subject's ("Police in Kenya arrested the
            # opposition leader in Nairobi": the arrest was in Nairobi)
            found.sort(key=lambda p: _in_subject(p.head, heads))
            # a possessor names the area around the place: "met in the C.A.R.'s capital,
            # Bangui" (VOA 7686618), "in Balochistan's Kalat district" (VOA 8007760); and a
            # name modifying a thing names its owner, not where it was: "Houthi rebels fired a
            # missile at a U.S. warship in the Red Sea" (the sea, not the U.S.)
            return next((p.id for p in found if not _modifier(p.head)), found[0].id)
    main = _purpose_of(anchors)
    if main is not None:
        # an act done to some end happens where the act it is the purpose of does: "Wang
        # Wentao visited Europe in late September and met with officials ... to lobby the EU to
        # abandon the tariffs" (VOA 7808748, gold place of the request: Europe)
        return pick_place(article, places, coordinated([main]), sentence, sent_no)
    named = _named_before(article, places, anchors, sent_no)
    if named is not None:
        return named
    if _unnamed_place(anchors):
        return None
    return _dateline_place(article, sent_no)


# The bare nouns a story names again a place it has just named: "in the area", "in the city".
# Not "the capital" (the country's, which the story may never have named) nor "the country".
BACK_PLACE_NOUNS = {"area", "city", "town", "village", "region"}
BACK_SENTENCES = 2


def _named_before(article: Article, places: list[Located], anchors: list["Token"],
                  sent_no: int) -> str | None:
    """The place a bare definite place noun of the act's own clause ("in the area", "in the
    city", ``BACK_PLACE_NOUNS``) names again: the last place below a country named in the
    ``BACK_SENTENCES`` sentences before.  "militants ... ambushed a military convoy escorting
    fuel trucks near Dioura in central Mali on Sunday" ... "its troops ... had 'neutralized'
    several dozen terrorists in a counteroffensive in the area" (written story 9100008, gold
    Dioura).  The lead has the dateline for that (:func:`_unnamed_place`)."""
    if sent_no == 0 or not any(_back_noun(tok, anchors) for a in anchors for tok in a.subtree):
        return None
    spans = spacy_sentences(article)
    for span in reversed(spans[max(0, sent_no - BACK_SENTENCES):sent_no]):
        if span is None:
            continue
        below = [p for p in in_sentence(places, span) if not _country_named(article, p.id)
                 and not beyond_border(p.head)]
        if below:
            return below[-1].id
        if in_sentence(places, span):
            return None  # the sentence before names only countries: "the area" is not told
    return None


def _back_noun(tok: "Token", anchors: list["Token"]) -> bool:
    """A bare "the area / city / ..." (``BACK_PLACE_NOUNS``) after "in / at / near" in the act's
    own clause: no modifier, no "of" ("the area of ..."), no clause of its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in AT_PREPS or tok.pos_ != "NOUN" \
            or tok.lower_ not in BACK_PLACE_NOUNS:
        return False
    if [c.lower_ for c in tok.children] != ["the"]:
        return False
    at = {a.i for a in anchors}
    node = tok.head
    while node.i not in at and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i in at


def _country_named(article: Article, place_id: str) -> bool:
    """Does the place name a country ("Mali"), not a place within one?"""
    from dateline.countries import country_code

    place = article.place(place_id)
    return place is None or bool(country_code(place.text))


# Acts done by words: an accusation, praise, an appeal, a rejection, a pledge, an admission.
SPOKEN_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE", "CONCEDE"}


def _fronted(head: "Token", sentence: "SpacySpan") -> bool:
    """Is the place the sentence's opening "In X," — the scene the story turns to, where the
    reaction was gathered, which the gold does not give an act done by words
    (``SPOKEN_TYPES``): "In Damascus, Syria's foreign minister, Asaad al-Shaibani, welcomed the
    announcement" (written story 9200008), "In Washington, State Department spokesman Matthew
    Miller told reporters ... and he accused Russia of 'weaponizing food'" (written story
    9100004); both gold places null.  An act of force keeps it ("In Kabul, a bomb killed ...")."""
    return head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.i == sentence.start


def _unnamed_place(anchors: list["Token"]) -> bool:
    """Does the act's own clause say where it was by a described place noun and no name: "in a
    raid near the Afghan border", "in a northwestern district"?  Then the dateline, where the
    reporter files from, is not its place: "ISLAMABAD (AP) — Pakistan's army said Friday it
    killed 16 militants in a raid near the Afghan border".  A bare "in the capital" or "in the
    city" is the dateline's city named again ("KABUL (AP) — A suicide bomber killed 10 people
    in the capital on Monday")."""
    at = {a.i for a in anchors}
    for a in anchors:
        for tok in a.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in AT_PREPS or tok.pos_ != "NOUN" \
                    or lemma_of(tok) not in PLACE_NOUNS:
                continue
            if not any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
                # "in the capital", "in the city": the dateline's own city, named again
                continue
            # only the act's own phrases, not those of a clause below it
            node = tok.head
            while node.i not in at and node.pos_ not in ("VERB", "AUX"):
                node = node.head
            if node.i in at:
                return True
    return False


def _modifier(head: "Token") -> bool:
    """Is the place a possessor, or a name modifying a noun that is no place noun ("a U.S.
    warship", "Russian positions"), not "the Kalat district", "the Kursk region"?  Nor a
    place noun that names another place by "of": "in the southern Gaza city of Rafah", "the
    West Bank city of Nablus" (the city, not the area around it)."""
    if head.dep_ == "poss":
        return True
    if head.dep_ not in ("compound", "amod", "nmod"):
        return False
    noun = head.head
    return lemma_of(noun) not in PLACE_NOUNS or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


# Nouns a place name can stand in front of and still name the place ("the Kursk region").
PLACE_NOUNS = candidate_place_nouns | BORDER_WORDS


def _dateline_place(article: Article, sent_no: int) -> str | None:
    """The dateline's place, for an event of the story's lead, the sentence the dateline opens:
    the dateline says where the reporter files from, which is the lead's scene, not that of
    every act the story goes on to tell ("MARANCHON, SPAIN — ... several environment groups
    accused the Spanish company ... of trying to influence the Madrid talks", VOA 6180790
    sentence 19: the gold gives the accusation no place)."""
    dateline = article.meta.dateline
    if dateline is None or sent_no != 0:
        return None
    return dateline.place


def _in_subject(head: "Token", anchors: list["Token"]) -> bool:
    """Does the place hang from the subject of one of the ``anchors`` ("Police in Kenya")?"""
    at = {a.i for a in anchors}
    node = head
    while node.head.i != node.i and node.i not in at:
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.i in at:
            return True
        node = node.head
    return False


# Nouns of a share of a place an act takes: "The M23 seized large parts of North Kivu" (written
# story 9100002, gold North Kivu), "captured swaths of territory".
PART_NOUNS = {"part", "swath", "swathe", "portion", "chunk", "section", "stretch", "tract"}


def _struck_place(head: "Token", anchors: list["Token"]) -> bool:
    """Is the place the one an attack, raid or arrest (``STRUCK_TYPES``) strikes: the direct
    object of the act's verb ("Russian forces shelled Kharkiv on Monday", "troops raided
    Jenin"), or the "on" / "against" object of its noun ("a Russian missile attack on Odesa")?
    The place struck is where the act happened, as the place visited is where a visit did
    (:func:`_visited`)."""
    at = {a.i for a in anchors}
    # the place a place noun names: "Russian troops recaptured the town of Sudzha", "Israeli
    # forces attacked the Jenin camp"; or the place a share of it is of ("seized large parts of
    # North Kivu")
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj" \
            and lemma_of(head.head.head) in PLACE_NOUNS | PART_NOUNS:
        head = head.head.head
    elif head.dep_ == "compound" and head.head.dep_ == "dobj" \
            and lemma_of(head.head) in PLACE_NOUNS:
        head = head.head
    if head.dep_ == "dobj":
        return head.head.i in at and head.head.pos_ == "VERB"
    return head.dep_ == "pobj" and head.head.lower_ in ("on", "against") \
        and head.head.head.i in at and head.head.head.pos_ == "NOUN"


def _governors(anchors: list["Token"]) -> list["Token"]:
    """The clause or noun an event is told as a part of, whose place phrase is the event's when
    its own clause names none: the verb a participle with no subordinator hangs on ("a female
    suicide bomber detonated her explosive devices near a military convoy in Balochistan's
    Kalat district, killing at least one security worker", VOA 8007760), the noun a relative
    clause or participle describes ("the 2004 bombing of a French military base in then
    war-torn Ivory Coast that killed an American soil scientist", VOA 6203896).  Not a clause
    the event is reported in ("said in Toronto that ..."), nor one it is only the time of
    ("as", "while", "after": another act, maybe elsewhere)."""
    out = []
    for a in anchors:
        if a.dep_ in ("relcl", "acl") or (a.dep_ == "advcl" and a.tag_ in ("VBG", "VBN")
                                         and not any(c.dep_ == "mark" for c in a.children)):
            if a.head not in anchors and a.head not in out:
                out.append(a.head)
    return out


def _spoken_in(anchors: list["Token"]) -> list["Token"]:
    """The opening participle of speaking that frames an act's own clause
    (:func:`_speaking`), whose place phrase is where the act was said: "Speaking in Munich on
    Saturday, Tshisekedi accused Kagame of ..." (written story 9200006).  Not for an act in a
    clause below it ("Speaking in Paris, he said troops had shelled Goma")."""
    return [c for a in anchors for c in a.children if _speaking(c)]


def _threatened(anchors: list["Token"]) -> list["Token"]:
    """The act a threat or a pledge (``targets.COMPLEMENT_PLACE_TYPES``) is about, its "to"
    infinitive and the verbs coordinated with it, whose place is the threat's as it is its
    target's (:func:`targets._complement_places`): "Ankara has threatened to close or suspend
    U.S. operations at Incirlik" (VOA 6180932), "The Hamas threatened Monday to resume terrorist
    activities in Israel" (PLOVER gold).  Not a venue agreed on, nor an act vowed not to be done
    (:func:`targets.threatened_act`, as there)."""
    out = []
    for a in anchors:
        for clause in a.children:
            if clause.dep_ != "xcomp" or not threatened_act(clause):
                continue
            out += [clause] + [c for c in clause.children if c.dep_ == "conj"]
    return out


# Acts that strike their object where it is: an attack, an arrest or a seizure.
STRUCK_TYPES = {"ASSAULT", "COERCE"}


def _object_clauses(anchors: list["Token"]) -> list["Token"]:
    """The participle or relative clause describing the direct object of an act that strikes it
    (``STRUCK_TYPES``), whose place phrase says where the object was when struck: "BLA insurgents
    ambushed a bus transporting a paramilitary force in Kalat" (VOA 8007760), "they killed all
    six attackers who laid siege to a hotel in the central town of Beledweyne" (VOA 8008152).
    Only where the object is (``AT_PREPS``), not where it goes ("the Tariffs on Cars coming into
    the U.S.", VOA 8006924), and not for an act on words ("reject baseless allegations ...
    linking attack on a passenger train in Balochistan province", VOA 8009976)."""
    return [c for a in anchors for obj in a.children if obj.dep_ == "dobj"
            for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]


def _purpose_of(anchors: list["Token"]) -> "Token | None":
    """The verb an act is the purpose of, when the act is its bare "to" infinitive ("met with
    officials ... to lobby the EU", "in order to ..."): the purpose clause names no scene of its
    own, so it is set where its main clause is.  Not a clause with another subordinator, nor one
    on a noun (``_visits_for``)."""
    for a in anchors:
        if a.dep_ == "advcl" and a.tag_ == "VB" and a.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children) \
                and all(c.lower_ in ("in", "order", "so", "as") for c in a.children
                        if c.dep_ == "mark"):
            return a.head
    return None


def _visits_for(anchors: list["Token"]) -> list["Token"]:
    """The visit an act is the purpose of takes place where the act does: "he said during a
    visit to South Africa to meet with other African opposition leaders" (VOA 6181522)."""
    return [a.head for a in anchors if a.dep_ in ("acl", "advcl") and a.head.pos_ == "NOUN"
            and lemma_of(a.head) in VISITS]


# Nouns of the edge of a place, where an act is "on": "on the outskirts of Khartoum".  Not "on
# the border with": "Kenya launched an operation to flush out al-Shabab terrorists from the
# northeast Boni Forest on the border with Somalia" (VOA 6184384, gold the forest, in Kenya).
EDGE_NOUNS = {"outskirts", "outskirt", "edge", "coast", "shore", "bank", "fringes", "periphery"}


# The prepositions of a place phrase: where an act is ("in / at / near ..."), and where it goes
# or spreads ("into", "across"); ``AT_PREPS`` only the first.
# "off" the coast a ship or a test-fired missile is at: "Houthi rebels attacked a cargo ship off
# the coast of Yemen", "fired a missile into the sea off its east coast".
AT_PREPS = {"in", "at", "near", "inside", "outside", "around", "off"}
LOCATIVE_PREPS = AT_PREPS | {"across", "into"}


def _locative(head: "Token", anchors: list["Token"], preps: set[str] = LOCATIVE_PREPS) -> bool:
    """The place is reached through "in / at / near / across" ("met in Bangui"), not an object,
    save for the place visited, the object of "visit" or of a visit noun's "to" ("Russia's
    President Vladimir Putin recently visited China", VOA 7638284; "said during a visit to
    Beijing in early September", VOA 7808748)."""
    if any(_returned_into(n) or _held_by_doer(n, anchors) for n in _path_up(head, anchors)):
        return False
    node = head
    while node.i not in {a.i for a in anchors} and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in preps:
            return True
        # "on the outskirts of Khartoum", "on the coast of Yemen"
        if node.dep_ == "pobj" and node.head.lower_ == "on" and lemma_of(node) in EDGE_NOUNS:
            return True
        # "between the towns of Bocaranga and Bazoum": the stretch between two places (not
        # "clashes between Russia and Ukraine", two parties)
        if node.dep_ == "pobj" and node.head.lower_ == "between" \
                and lemma_of(node) in PLACE_NOUNS:
            return True
        if _visited(node) or _removed_from(node):
            return True
        # a possessor of a thing that is no place is not where an act was: "interference in
        # Sudan's internal affairs", "a role in Venezuela's politics" (but "in Ukraine's east",
        # "in Gaza's hospitals", "in Balochistan's Kalat district")
        if node.dep_ == "poss" and node.head.pos_ == "NOUN" \
                and lemma_of(node.head) not in PLACE_NOUNS | SITE_NOUNS:
            return False
        # the topic of a talk or a meeting is not where it was: "speaking at a Security
        # Council meeting on Afghanistan", "talks over Ukraine in Geneva"
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
            return False
        node = node.head
    return False


def _path_up(head: "Token", anchors: list["Token"]) -> list["Token"]:
    """The tokens from ``head`` up to, not including, the first of the ``anchors`` (or the
    root)."""
    at, out, node = {a.i for a in anchors}, [], head
    while node.i not in at:
        out.append(node)
        if node.head.i == node.i:
            break
        node = node.head
    return out


def _returned_into(node: "Token") -> bool:
    """``node`` is where an act sends someone back to, "back into / to" a place, not where the act
    was: "allowing its border guards to push migrants back into Belarus" (written story
    9400002: the gold gives the pushing no place; it is done at Lithuania's border)."""
    return node.dep_ == "pobj" and node.head.lower_ in ("into", "to") \
        and node.head.head.lower_ == "back"


def _held_by_doer(node: "Token", anchors: list["Token"]) -> bool:
    """``node`` is a thing the act's subject or agent has ("with bases in Afghanistan"), so a
    place phrase below it describes the doer, not where the act was: "Tuesday's attack was
    orchestrated by militants with bases in Afghanistan" (VOA 8011076: the gold gives the
    charge no place)."""
    if node.dep_ != "pobj" or node.head.lower_ != "with":
        return False
    doer = node.head.head
    at = {a.i for a in anchors}
    if doer.dep_ in ("nsubj", "nsubjpass"):
        return doer.head.i in at
    return doer.dep_ == "pobj" and doer.head.dep_ == "agent" and doer.head.head.i in at


# Nouns of a part or a site of a place its possessor names: "in Ukraine's east", "in Gaza's
# hospitals", "at Kenya's border".
SITE_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "center", "centre", "interior", "heartland", "hospital", "prison",
              "airport", "embassy", "parliament", "street", "square", "school", "mosque",
              "church", "base", "highway", "road", "market", "neighbor", "frontier", "waters",
              "soil", "airspace", "sea", "side", "part", "half", "corner", "countryside"}

# Prepositions of a topic ("a meeting on Afghanistan", "talks about Syria").
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


# Verbs of forcing someone out of a place, which the act happens in: "flush out al-Shabab
# terrorists from the northeast Boni Forest", "were expelled from the city".
REMOVALS = {"flush", "drive", "expel", "oust", "evict", "dislodge", "chase", "rout", "purge",
            "clear"}


def _removed_from(node: "Token") -> bool:
    """``node`` is the place a removal verb (``REMOVALS``) forces its object or passive subject
    out of: "Kenya launched an operation to flush out al-Shabab terrorists from the northeast
    Boni Forest" (VOA 6184384, gold the forest).  Not a "from" of a verb with no one removed
    ("drove from Kyiv to Lviv")."""
    if node.dep_ != "pobj" or node.head.lower_ != "from" or node.head.dep_ != "prep":
        return False
    verb = node.head.head
    return verb.pos_ == "VERB" and lemma_of(verb) in REMOVALS \
        and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _visited(node: "Token") -> bool:
    """``node`` is the place a visit goes to: a visit verb's object, a visit noun's "to"."""
    if node.dep_ == "dobj":
        return node.head.pos_ == "VERB" and lemma_of(node.head) in VISITS
    return node.dep_ == "pobj" and node.head.lower_ == "to" \
        and node.head.head.pos_ == "NOUN" and lemma_of(node.head.head) in VISITS


def pick_quantities(quantities: list[Located], anchors: list["Token"],
                    sentence: "SpacySpan") -> list[str]:
    return [q.id for q in in_sentence(quantities, sentence)
            if any(attached(q.head, a) for a in anchors)]
