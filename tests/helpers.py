"""Helpers shared by the test modules (importable: pytest puts ``tests/`` on ``sys.path``)."""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

import dateline
from dateline import nlp as adapter
from dateline.evaluation.event_dates import _event_date
from dateline.events.setting import locate
from dateline.nlp import spacy_sentences
from dateline.record import Actor, Article, Event, Meta, Span


def actor_with(actors: Article | Sequence[Actor], text: str) -> Actor:
    """The first actor with a mention whose text is exactly ``text`` (fails the test if none)."""
    pool = actors.actors if isinstance(actors, Article) else actors
    found = [a for a in pool if any(m.text == text for m in a.mentions)]
    assert found, f"no actor has a mention {text!r}: {[a.mentions for a in pool]}"
    return found[0]


def fields_of(actor: Actor, names: Iterable[str]) -> dict[str, object]:
    """The fields ``names`` of ``actor`` by name (to compare with a table row's expected fields)."""
    return {name: getattr(actor, name) for name in names}


def mentions_of(actors: Article | Sequence[Actor]) -> set[str]:
    """The texts of every mention of every actor."""
    pool = actors.actors if isinstance(actors, Article) else actors
    return {m.text for a in pool for m in a.mentions}


def article_of(text: str, published: str = "2024-03-01") -> Article:
    """``text`` run through ``dateline.extract`` (actors layer only)."""
    return dateline.extract(text, published=published, layers=["actors"])


def actors_of(text: str, published: str = "2024-03-01") -> list[Actor]:
    """The actors ``dateline.extract`` finds in ``text`` (actors layer only)."""
    return article_of(text, published).actors


def extract(text: str, published: str = "2025-03-12") -> Article:
    """``text`` run through the whole pipeline (every layer, events included)."""
    return dateline.extract(text, published=published)


def date_of(text: str, word: str, published: str) -> str | None:
    """The date the events layer's rules give an event on the first token ``word`` of ``text``
    (times layer only)."""
    art = dateline.extract(text, published=published, layers=["times"])
    start = text.index(word)
    return _event_date(art, locate(art, art.times), spacy_sentences(art), start,
                       start + len(word))


def candidates_of(text: str, etype: str | None = None,
                  published: str = "2025-03-12") -> tuple[Article, list[Event]]:
    """``text`` run through the whole pipeline, and its event candidates (unmerged, whatever
    their confidence), only those of type ``etype`` when it is given."""
    from dateline.events import candidates

    art = dateline.extract(text, published=published)
    return art, [ev for ev, _ in candidates(art) if etype is None or ev.type == etype]


def trigger_types(text: str, trigger: str) -> set[str]:
    """The types of the candidates (any confidence) whose trigger starts with ``trigger``."""
    return {ev.type for ev in candidates_of(text)[1] if ev.trigger.text.startswith(trigger)}


def trigger_sides(text: str, etype: str, trigger: str, published: str = "2024-10-20"
                  ) -> list[tuple[list[str | None], list[str | None]]]:
    """Actor and recipient countries (None for an actor without one) of every candidate of
    ``etype`` (any confidence) whose trigger starts with ``trigger``, in text order."""
    art, found = candidates_of(text, etype, published=published)
    country = lambda ids: [art.actor(x).country for x in ids]  # type: ignore[union-attr]
    return [(country(ev.actors), country(ev.recipients)) for ev in found
            if ev.trigger.text.startswith(trigger)]


def first_sides(text: str, etype: str, trigger: str, published: str = "2024-10-20"
                ) -> tuple[list[str | None], list[str | None]]:
    """:func:`trigger_sides` of the first such candidate (fails the test if there is none)."""
    found = trigger_sides(text, etype, trigger, published)
    assert found, f"no {etype} candidate on {trigger!r}"
    return found[0]


def candidate_event(text: str, published: str, etype: str, trigger: str) -> Event:
    """The first event candidate of type ``etype`` whose trigger text is ``trigger`` in ``text``
    run through the whole pipeline, whatever its confidence (fails the test if none)."""
    _, every = candidates_of(text, published=published)
    found = [ev for ev in every if ev.type == etype and ev.trigger.text == trigger]
    assert found, [(ev.type, ev.trigger.text) for ev in every]
    return found[0]


def events_of_type(text: str, etype: str,
                   published: str = "2024-06-02") -> tuple[Article, list[Event]]:
    """``text`` run through the whole pipeline, and its emitted events of type ``etype``."""
    art = dateline.extract(text, published=published)
    return art, [ev for ev in art.events if ev.type == etype]


def top_event(art: Article) -> Event:
    """The article's most confident emitted event (the one the PLOVER scorer reads)."""
    assert art.events, "no event emitted"
    return max(art.events, key=lambda e: e.confidence)


def place_text(art: Article, event: Event) -> str | None:
    """The text of ``event``'s place in ``art`` (None when it has none)."""
    place = art.place(event.place) if event.place else None
    return place.text if place is not None else None


def coded_events(text: str, published: str = "2025-03-12"
                 ) -> list[tuple[str, list[str | None], list[str | None]]]:
    """Each emitted event of ``text`` as (type, actor countries, recipient countries), the
    countries in the order of the event's ids (None for an actor without one)."""
    art = dateline.extract(text, published=published)
    codes = {a.id: a.country for a in art.actors}
    return [(e.type, [codes.get(i) for i in e.actors], [codes.get(i) for i in e.recipients])
            for e in art.events]


def actor_codes(text: str, published: str = "2025-03-12"
                ) -> dict[str, tuple[str | None, str | None]]:
    """The (country, sector) of each actor of ``text`` (every layer run), by the actor's name."""
    art = dateline.extract(text, published=published)
    return {a.name: (a.country, a.sector) for a in art.actors}


def side_countries(art: Article, ids: Iterable[str]) -> set[str | None]:
    """The countries of the actors ``ids`` of ``art``, None for an actor without one."""
    return {art.actor(x).country for x in ids}  # type: ignore[union-attr]


def countries(art: Article, ids: Iterable[str]) -> set[str]:
    """The countries of the actors ``ids`` of ``art`` (actors without a country left out)."""
    return {a.country for x in ids if (a := art.actor(x)) is not None and a.country}


def hand_coded(nlp, text: str, actors: Mapping[str, tuple[str | None, str | None]],
               published: str = "2025-02-03") -> Article:
    """``text`` parsed, with actors built by hand instead of the actor layer: each name ->
    (country, sector), every occurrence of the name one mention."""
    art = Article(text=text, meta=Meta(published=published))
    adapter.parse(art, nlp)
    for i, (name, (country, sector)) in enumerate(actors.items(), start=1):
        mentions = [Span(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
        art.actors.append(Actor(f"a{i}", name, country=country, sector=sector, mentions=mentions))
    return art
