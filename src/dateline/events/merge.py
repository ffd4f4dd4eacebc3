"""Merge one event told twice: within a sentence, and across the article.

* Same sentence, type and actors: one act described twice ("visited Europe and met with
  officials in the EU"); the recipients are pooled -- unless the text dates the two acts apart
  ("met on Monday and again on Thursday": two dates, both from the text, neither inside the other).
* Same type, actors and recipients, and dates the text gives that fit one act (one inside the
  other: "this week" ... "on Monday", :func:`_within`) anywhere in the article: news repeats its
  lead later in the story.  The first mention is kept as the evidence (trigger,
  sentence); it takes the highest confidence of its mentions, as a repeat is corroboration, and
  the most specific date the text gives ("in March" ... "on March 12": 2025-03-12).
* An undated act in the present progressive with the type and sides (by country) of an earlier
  event: the same ongoing act told again ("officials are pleading with civilians" ... "The
  C.A.R is pleading with civilians").
* An undated act with the type, verb and sides (by country) of the lead's event, save acts of
  force: the lead told again further down ("The Afghan Taliban have rejected Pakistan's
  allegation" ... "'We categorically reject baseless allegations by Pakistani army
  spokesperson,' foreign ministry spokesperson Abdul Qahar Balkhi said", VOA 8009976).
* An act of a bare headline (a first line with no byline or dateline after it, see
  :func:`dateline.ingest.newswire.headline_span`) with the type, polarity and sides (by country)
  of a body event: the headline tells the lead's act again, undated ("Beatles ' Apple Corps sues
  Apple Computer" ... "The Beatles ' Apple Corps has filed a lawsuit against ... Apple Computer
  in a London court this week", MEANTIME 37313).  The body's mention is kept.
"""

from __future__ import annotations

from dateline.dates import timeml
from dateline.record import Event

# Acts of force, which a story lists one by one: "they shot and killed people on the train" ...
# "picked out 10 more people and shot them" (VOA 8009314) are several killings, not the lead's
# one told again.
LISTED = {"ASSAULT", "COERCE"}


def _retold(lead: Event, ev: Event, ongoing: set[int], verbs: dict[int, str]) -> bool:
    """Is ``ev`` the lead's act told again: same verb (``verbs``: the lemma of each trigger's
    first word, by trigger start), a later sentence, not an act of force, and not a past act
    after a lead in the present progressive ("Ankara is threatening retaliation" and "in past
    tensions, Ankara has threatened to close U.S. operations", VOA 6180932, are two threats)?"""
    verb = verbs.get(lead.trigger.start)
    return (lead.sentence == 0 and ev.sentence != lead.sentence and ev.type not in LISTED
            and verb is not None and verb == verbs.get(ev.trigger.start)
            and (lead.trigger.start not in ongoing or ev.trigger.start in ongoing))


def _within(a: Event, b: Event) -> bool:
    """Do the two dates fit one act: either from the publication date (``time`` null), or one
    inside the other ("2025-03" holds "2025-03-12", "2025-W11" holds Wednesday 2025-03-12,
    see :func:`timeml.within`)?"""
    return (a.time is None or b.time is None or timeml.within(a.date, b.date)
            or timeml.within(b.date, a.date))


def _absorb(first: Event, ev: Event) -> None:
    first.confidence = max(first.confidence, ev.confidence)
    if ev.time is not None and (first.time is None or (
            ev.date != first.date and timeml.within(ev.date, first.date))):
        first.time, first.date = ev.time, ev.date  # the more specific date from the text
    if first.place is None and ev.place is not None:
        first.place = ev.place
    first.quantities += [q for q in ev.quantities if q not in first.quantities]


def _countries(ids: list[str], countries: dict[str, str]) -> frozenset[str] | None:
    out = frozenset(countries.get(x, "") for x in ids)
    return None if "" in out else out


def merge_events(events: list[Event], ongoing: set[int] = frozenset(),  # type: ignore[assignment]
                 countries: dict[str, str] | None = None,
                 verbs: dict[int, str] | None = None,
                 headline: frozenset[int] = frozenset()) -> list[Event]:
    """The events of one article with each act told twice merged (see the module's list);
    ``headline``: the numbers of the sentences of a bare headline."""
    in_sentence: dict[tuple[object, ...], Event] = {}
    pooled: list[Event] = []
    for ev in events:
        key = (ev.sentence, ev.type, frozenset(ev.actors), ev.negated)
        first = in_sentence.get(key)
        if first is not None and not _within(first, ev):
            pooled.append(ev)  # two acts the text dates apart
            continue
        if first is None:
            in_sentence[key] = ev
            pooled.append(ev)
        else:
            first.recipients += [r for r in ev.recipients if r not in first.recipients]
            _absorb(first, ev)
    # The same act told again anywhere in the article: same type, sides and polarity, and dates
    # that fit one act (:func:`_within`: a day inside a week or month the text gives, "this week"
    # ... "on Monday").  A date that fell back to the publication date says nothing about when
    # the act happened: "Ankara is threatening retaliation" and "in past tensions, Ankara has
    # threatened to close U.S. operations" (VOA 6180932) are two threats.
    kept: dict[tuple[object, ...], list[Event]] = {}
    out: list[Event] = []
    for ev in pooled:
        key = (ev.type, frozenset(ev.actors), frozenset(ev.recipients), ev.negated)
        group = kept.setdefault(key, [])
        first = next((e for e in group if ev.time is not None and e.time is not None
                      and _within(e, ev)), None)
        if first is None:
            group.append(ev)
            out.append(ev)
        else:
            _absorb(first, ev)
    if headline:
        out = _merge_headline(out, headline, countries or {})
    if countries:
        out = _merge_sentence_sides(out, countries)
        out = _merge_retold_acts(out, countries)
        out = _merge_ongoing(out, ongoing, countries, verbs or {})
    for i, ev in enumerate(out, start=1):
        ev.id = f"v{i}"
    return out


def _merge_sentence_sides(events: list[Event], countries: dict[str, str]) -> list[Event]:
    """One act a sentence tells twice under two names of its sides: an event of the type of an
    earlier one of its sentence whose sides by country (every actor and recipient with one)
    are that event's, or lie within the parties of a reciprocal one (every party both actor and
    recipient), is that event again: "Dar met the Taliban's acting prime minister ..., in what
    was the most senior visit by a Pakistani official to Afghanistan" (PAK -> AFG twice), "The
    president was welcomed at the airport by the emir, and the two leaders held talks"
    (QAT -> USA within the talks of USA and QAT; the reciprocal mention is kept, its sides are
    the pooled ones).  Not acts of force, which a sentence lists one
    by one (:data:`LISTED`), nor acts the text dates apart (:func:`_within`)."""
    out: list[Event] = []
    for ev in events:
        a = _countries(ev.actors, countries)
        r = _countries(ev.recipients, countries)
        first = None
        if ev.type not in LISTED and a and r is not None:
            for e in out:
                if e.sentence != ev.sentence or e.type != ev.type or e.negated != ev.negated \
                        or not _within(e, ev):
                    continue
                ea = _countries(e.actors, countries)
                er = _countries(e.recipients, countries)
                if not ea or er is None:
                    continue
                if (ea == a and er == r) or _among(a, r, ea, er):
                    first = e
                    break
                if _among(ea, er, a, r):  # the later mention is the reciprocal one: it stays
                    _absorb(ev, e)
                    out[out.index(e)] = ev
                    first = ev
                    break
        if first is not None:
            if first is not ev:
                _absorb(first, ev)
            continue
        out.append(ev)
    return out


# Acts a story tells once in its lead and again, with other names, in the detail that follows:
# meetings, and court verdicts (PLOVER SANCTION mode "convict").
RETOLD_TYPES = {"CONSULT"}
RETOLD_MODES = {("SANCTION", "convict")}


def _merge_retold_acts(events: list[Event], countries: dict[str, str]) -> list[Event]:
    """One meeting or verdict told twice under other names of its sides: a CONSULT (or a
    court's SANCTION) of a later sentence with the sides by country of an earlier one (the
    countries of the actors and recipients that have one, a state on each side) and the same
    date from the text is that act again: "Ishaq Dar held talks with Taliban officials in Kabul
    on Saturday" ... "Dar met the Taliban's acting prime minister, Mohammad Hassan Akhund, and
    acting foreign minister, Amir Khan Muttaqi" (PAK -> AFG, both on Saturday); "A court in
    eastern Belarus on Wednesday sentenced a freelance journalist" ... "Pavel Sushko, 38, was
    convicted by the Mogilev Regional Court" (BLR -> BLR).  A date that fell back to the
    publication date says nothing of when the act happened, and two dates the text gives apart
    are two acts."""
    out: list[Event] = []
    for ev in events:
        first = None
        a = _coded(ev.actors, countries)
        r = _coded(ev.recipients, countries)
        if (ev.type in RETOLD_TYPES or (ev.type, ev.mode) in RETOLD_MODES) \
                and ev.time is not None and a and r:
            first = next((e for e in out if e.type == ev.type and e.negated == ev.negated
                          and e.time is not None and e.date == ev.date
                          and _coded(e.actors, countries) == a
                          and _coded(e.recipients, countries) == r), None)
        if first is not None:
            _absorb(first, ev)
            continue
        out.append(ev)
    return out


def _coded(ids: list[str], countries: dict[str, str]) -> frozenset[str]:
    """The countries of those of ``ids`` that have one."""
    return frozenset(countries[x] for x in ids if x in countries)


def _among(actors: frozenset[str], recipients: frozenset[str], parties: frozenset[str],
           others: frozenset[str]) -> bool:
    """Do one act's sides (by country) lie within the parties of a reciprocal act (every party
    both actor and recipient, two or more)?"""
    return parties == others and len(parties) >= 2 and bool(recipients) \
        and actors | recipients <= parties


def _merge_ongoing(events: list[Event], ongoing: set[int], countries: dict[str, str],
                   verbs: dict[int, str]) -> list[Event]:
    """An undated act in the present progressive that repeats an earlier event's type and sides
    (by country) is the same ongoing act told again: "Central African Republic officials are
    pleading with civilians to go back" (lead) and "The C.A.R is pleading with civilians to
    return to villages" (VOA 7686618).  So is an undated act the lead's act retold
    (``_retold``)."""
    out: list[Event] = []
    for ev in events:
        if ev.time is None:
            a = _countries(ev.actors, countries)
            r = _countries(ev.recipients, countries)
            first = next((e for e in out if e.type == ev.type and e.negated == ev.negated
                          and (ev.trigger.start in ongoing or _retold(e, ev, ongoing, verbs))
                          and a and _countries(e.actors, countries) == a
                          and _countries(e.recipients, countries) == r), None)
            if first is not None:
                _absorb(first, ev)
                continue
        out.append(ev)
    return out


def _same_side(ids: list[str], other: list[str], countries: dict[str, str]) -> bool:
    """The same actors, or actors of the same countries (every one with a country)."""
    if set(ids) == set(other):
        return True
    mine = _countries(ids, countries)
    return bool(mine) and mine == _countries(other, countries)


def _merge_headline(events: list[Event], headline: frozenset[int],
                    countries: dict[str, str]) -> list[Event]:
    """An act of the headline merges into the first body event with its type, polarity and sides
    by country, whatever the dates (a headline is undated: its act falls back to the publication
    date).  The names may differ, as a headline shortens them: "Indonesia's transport minister
    tells airlines not to buy European aircraft" and "Jusman Syafii Djamal, minister of transport
    for Indonesia, has recommended that local airlines should not purchase aircraft" (MEANTIME
    87805: IDN -> IDN).  A headline that names no recipient leaves it out, as headlines drop
    arguments: "Chinese airlines agree purchase of Boeing 787 Dreamliners" and "Officials from
    the People's Republic of China have agreed to purchase 60 Boeing 787 Dreamliner aircraft"
    (MEANTIME 3835).  The body's mention is the evidence; it takes the headline's confidence
    when higher (:func:`_absorb`)."""
    body = [e for e in events if e.sentence not in headline]
    out: list[Event] = []
    for ev in events:
        if ev.sentence in headline:
            first = next((e for e in body if e.type == ev.type and e.negated == ev.negated
                          and _same_side(ev.actors, e.actors, countries)
                          and (not ev.recipients
                               or _same_side(ev.recipients, e.recipients, countries))), None)
            if first is not None:
                _absorb(first, ev)
                continue
        out.append(ev)
    return out
