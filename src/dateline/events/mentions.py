"""The actor layer seen from the parse: which actor each token of an actor mention belongs to.

``actor_index`` maps token index -> actor id and carries what argument finding needs besides:
the story's state actors by country, the speakers of its quotes, the countries of its place
mentions, the kinds and countries of its actors, and the turns of an interview transcript.

The events stage adds an actor of its own only through :func:`add_actor` (a place's state in
:mod:`.targets`, an unidentified armed force in :mod:`.implicit`), which registers it in the
index; :func:`drop_unused_added` removes again those no emitted event names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.actors.coding import OFFICIAL_SECTORS
from dateline.record import Actor, Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class ActorIndex(dict[int, str]):
    """Token index -> actor id for every token inside an actor mention, plus what the syntax
    needs besides: the article's state actors by country, and the speakers of its quotes."""

    states: dict[str, str]
    quotes: list[tuple[int, int, str]]
    places: dict[int, str]  # token index -> country of a place mention
    mentions: list[tuple[int, str]]  # (token index, actor id) of every mention token, in order
    tokens_of: dict[str, list[int]]  # actor id -> the token indices of its mentions, in order
    kinds: dict[str, str]  # actor id -> kind
    countries: dict[str, str]  # actor id -> country
    sectors: dict[str, str]  # actor id -> sector
    turns: list[tuple[int, str | None]]  # (token index, speaker) of each interview turn label
    place_names: set[str]  # actor ids with no country whose mentions are mostly places
    authorities: dict[str, str]  # country -> its state actor, else its most-named official body
    armed: dict[str, str]  # country -> the unidentified armed force .implicit created for it
    # uncoded acronyms -> the actors they may abbreviate (``phrases._abbreviated``), on first use
    acronyms: tuple[dict[str, set[str]], ...] | None = None
    # the two-party acts told so far, (sentence, token index, (side, side)), and the number of
    # the sentence being coded: what a later "the two sides" refers back to (``events``)
    pairs: tuple[tuple[int, int, tuple[str, str]], ...] = ()
    sentence: int = -1


def actor_index(article: Article) -> ActorIndex:
    doc: "Doc" = article.doc
    out = ActorIndex()
    for actor in article.actors:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                out.setdefault(tok.i, actor.id)
    out.states = {}
    for kind in ("state", "organization"):
        # An organization stands for its code only when no state does: "the European side
        # refused" (VOA 7808748) is the European Union's act.
        for actor in article.actors:
            if actor.kind == kind and actor.country and actor.country not in out.states \
                    and (kind == "state" or actor.country.startswith("IGO")):
                out.states[actor.country] = actor.id
    out.authorities = _authorities(article, out.states)
    out.armed = {}
    out.mentions = sorted((tok_i, aid) for tok_i, aid in out.items())
    out.tokens_of = {}
    for tok_i, aid in out.mentions:
        out.tokens_of.setdefault(aid, []).append(tok_i)
    out.kinds = {a.id: a.kind for a in article.actors}
    out.countries = {a.id: a.country for a in article.actors if a.country}
    out.sectors = {a.id: a.sector for a in article.actors if a.sector}
    out.quotes = [(q.content.start, q.content.end, q.speaker) for q in article.quotes
                  if q.speaker and article.actor(q.speaker) is not None]
    out.turns = _turns(article, out)
    out.places = {}
    placed: set[int] = set()
    for place in article.places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            placed.add(tok.i)
            if place.country:
                out.places.setdefault(tok.i, place.country)
    # An uncoded "actor" that the places layer reads as a place is a place: "called for a 'total
    # war' against al-Shabab, Beledweyne, a town near Somalia's border" (VOA 8008152).
    # Only when most of its mention tokens are places: one "Zamora" the places layer took for
    # the Mexican city does not make the journalist Jose Ruben Zamora a place (VOA 8010046).
    seen: dict[str, list[int]] = {}
    for tok_i, aid in out.items():
        if aid not in out.countries:
            counts = seen.setdefault(aid, [0, 0])
            counts[0] += tok_i in placed
            counts[1] += 1
    out.place_names = {aid for aid, (inside, total) in seen.items() if 2 * inside > total}
    return out


def _authorities(article: Article, states: dict[str, str]) -> dict[str, str]:
    """Who holds a country's power in the story: its state actor, else the most-mentioned
    organization (else group) of an official sector ("a Kenyan court", "the police")."""
    out = {c: a for c, a in states.items() if not c.startswith("IGO")}
    bodies = sorted((a for a in article.actors if a.kind in ("organization", "group")
                     and a.country and a.sector in OFFICIAL_SECTORS),
                    key=lambda a: (a.kind != "organization", -len(a.mentions)))
    for actor in bodies:
        out.setdefault(actor.country, actor.id)
    return out


def place_span(article: Article, tok: "Token") -> tuple[int, int]:
    """The char span of the place mention holding ``tok``, else of ``tok`` itself."""
    place = next((p for p in article.places if p.start <= tok.idx < p.end), None)
    return (place.start, place.end) if place else (tok.idx, tok.idx + len(tok.text))


def add_actor(article: Article, index: ActorIndex, span: tuple[int, int], kind: str,
              country: str, sector: str | None = None) -> str:
    """Add an actor the text implies to ``article.actors`` (the text at ``span`` as its name and
    one mention, the next free id) and register it in ``index``; its id."""
    start, end = span
    taken = {a.id for a in article.actors}
    n = len(article.actors) + 1
    while f"a{n}" in taken:
        n += 1
    actor = Actor(id=f"a{n}", name=article.text[start:end], kind=kind, country=country,
                  sector=sector, mentions=[article.span(start, end)])
    article.actors.append(actor)
    index.kinds[actor.id] = kind
    index.countries[actor.id] = country
    if sector:
        index.sectors[actor.id] = sector
    return actor.id


def drop_unused_added(article: Article, coded: int) -> None:
    """Remove the actors added after the actor layer's first ``coded`` ones (by
    :func:`add_actor`) that no emitted event names: a candidate under the cut, or merged away,
    leaves no actor behind.  One an earlier ``code_events`` run on the same article added stays:
    it counts as coded."""
    used = {x for ev in article.events for x in (*ev.actors, *ev.recipients)}
    article.actors[coded:] = [a for a in article.actors[coded:] if a.id in used]


# The sector PLOVER gives a state the events stage implied as a recipient (:mod:`.targets`,
# :mod:`.implicit`: created at a place or national modifier, with none of its own), by the
# event's type.  A protest, or a refusal despite a state's pressure, is aimed at its government:
# "Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan" (CIV GOV), "a rally in
# Lagos to protest the rights violations" (NGA GOV), "declined to resign despite growing pressure
# by the Kenya Anti-Corruption Commision" (KEN GOV).  A curfew, a suspension of aid or an attack
# held in a place falls on its people: "imposed a curfew in the town of Cizre" (TUR CVL), "Red
# Cross officials suspended aid deliveries in Baghdad" (IRQ CIV), "Israeli tanks fired four
# shell bombs at targets in Jericho" (PSE CVL), "ethnic cleansing in Montenegro" (MNE CVL)
# (PLOVER gold records).  The VOA gold codes a named state recipient as GOV too.  Help brought
# to or out of a place is its people's: "U.N. helicopters evacuated the wounded from the
# besieged Bosnian town of Gorazde" (BIH CVL, PLOVER gold AID-0007).
IMPLIED_RECIPIENT_SECTORS = {"PROTEST": "GOV", "REJECT": "GOV",
                             "COERCE": "CVL", "SANCTION": "CVL", "ASSAULT": "CVL", "AID": "CVL"}


def sector_implied_states(article: Article, coded: int) -> None:
    """Give each state actor added after the actor layer's first ``coded`` ones (with no sector)
    the sector of :data:`IMPLIED_RECIPIENT_SECTORS` for the events it is the recipient of, when
    those events agree on one; one that is also an actor, or of other types, keeps none."""
    for actor in article.actors[coded:]:
        if actor.kind != "state" or actor.sector:
            continue
        roles = [(actor.id in ev.recipients, ev.type) for ev in article.events
                 if actor.id in ev.recipients or actor.id in ev.actors]
        sectors = {IMPLIED_RECIPIENT_SECTORS.get(etype) if recipient else None
                   for recipient, etype in roles}
        if len(sectors) == 1 and None not in sectors:
            actor.sector = sectors.pop()


LABEL_SPAN = 14  # tokens a speaker label ("Richard Armitage, former deputy secretary:") may have


def _turns(article: Article, index: dict[int, str]) -> list[tuple[int, str | None]]:
    """The turns of an interview transcript: a body sentence that opens with a speaker label
    (a name, no verb, then a colon), with the label's actor."""
    from dateline.nlp import spacy_sentences

    out: list[tuple[int, str | None]] = []
    if article.text.count(":") < 2:
        return out  # a transcript has a label per turn
    text = article.text
    for sent in spacy_sentences(article):
        if sent is None or ":" not in text[sent.start_char:sent.start_char + 160]:
            continue
        for tok in sent[:LABEL_SPAN]:
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.text == ":" and tok.i > sent.start:
                speaker = next((index[t.i] for t in sent.doc[sent.start:tok.i] if t.i in index),
                               None)
                out.append((sent.start, speaker))
                break
    return out
