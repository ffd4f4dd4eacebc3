"""The places layer: toponyms resolved to gazetteer entries.

:func:`resolve_places` finds the place names of an article (GPE, LOC and FAC entities and the
dateline, minus demonyms and states acting as actors: see ``candidates.py``), resolves each to a
gazetteer entry using the article's country context (``resolve.py``), and fills
``article.places`` and ``article.meta.dateline.place``.  A toponym the gazetteer does not know is
kept with null resolution fields; a FAC entity is kept only when resolved (most are buildings).
"""

from __future__ import annotations

from dateline.places.candidates import Toponym, find_toponyms
from dateline.places.gazetteer import Entry, Gazetteer, gazetteer
from dateline.places.resolve import Context, resolve
from dateline.record import Article, Place


def resolve_places(article: Article, gaz: Gazetteer | None = None) -> Article:
    """Fill ``article.places`` (and the dateline's place id) from the parsed article."""
    gaz = gaz or gazetteer()
    toponyms = find_toponyms(article)
    entries = resolve(toponyms, gaz, article_context(article), article.text)
    places: list[Place] = []
    for toponym, entry in zip(toponyms, entries):
        if entry is None and toponym.label == "FAC":
            continue
        place = to_place(f"p{len(places) + 1}", toponym, entry)
        places.append(place)
        if toponym.dateline and article.meta.dateline is not None:
            article.meta.dateline.place = place.id
    article.places = places
    return article


def to_place(place_id: str, toponym: Toponym, entry: Entry | None) -> Place:
    place = Place(place_id, toponym.start, toponym.end, toponym.text)
    if entry is not None:
        place.name, place.country, place.feature = entry.name, entry.country, entry.feature
        place.lat = round(entry.lat, 5) if entry.lat is not None else None
        place.lon = round(entry.lon, 5) if entry.lon is not None else None
        place.geonames_id = entry.geonames_id
    return place


def article_context(article: Article) -> Context:
    """Countries the article names outright, by demonym, or by a capital standing for a state
    ("Washington said" is no place, but it says the story concerns the United States)."""
    context = Context()
    try:
        from dateline.countries import capital_metonym, country_code, demonym_code
    except ImportError:
        return context
    for ent in article.entities:
        code = None
        if ent.label == "NORP":
            code = demonym_code(ent.text)
        elif ent.label == "GPE":
            code = country_code(ent.text) or capital_metonym(ent.text)
        if code and len(code) == 3 and code.isalpha():
            context.countries[code] += 1
    return context


__all__ = ["resolve_places", "to_place", "article_context"]
