"""The places layer: toponyms resolved to gazetteer entries.

:func:`resolve_places` finds the place names of an article (GPE, LOC and FAC entities and the
dateline, minus demonyms and states acting as actors: see ``candidates.py``), resolves each to a
gazetteer entry using the article's country context (``resolve.py``), and fills
``article.places`` and ``article.meta.dateline.place``.  A toponym the gazetteer does not know is
kept with null resolution fields when the text shows it is a place (:func:`unknown_but_placed`).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from dateline.places.candidates import (GENERIC, Toponym, find_toponyms, located,
                                        names_division)
from dateline.places.gazetteer import ADM2, TOWN, Entry, Gazetteer, gazetteer, normalize
from dateline.places.resolve import Context, resolve
from dateline.record import Article, Place


def resolve_places(article: Article, gaz: Gazetteer | None = None) -> Article:
    """Fill ``article.places`` (and the dateline's place id) from the parsed article."""
    gaz = gaz or gazetteer()
    toponyms = [extend(t, article.text, gaz)
                for t in find_toponyms(article, notable(gaz), notable(gaz, 1_000_000))]
    spans = [(t.start, t.end) for t in toponyms]
    entries = resolve(toponyms, gaz, article_context(article, spans), article.text)
    entries = _foreign_namesakes(article, toponyms, entries, spans)
    places: list[Place] = []
    for toponym, entry in zip(toponyms, entries):
        if entry is None and not unknown_but_placed(article, toponym):
            continue
        place = to_place(f"p{len(places) + 1}", toponym, entry)
        places.append(place)
        if toponym.dateline and article.meta.dateline is not None:
            article.meta.dateline.place = place.id
    article.places = places
    return article


def _foreign_namesakes(article: Article, toponyms: list[Toponym], entries: list[Entry | None],
                       spans: list[tuple[int, int]]) -> list[Entry | None]:
    """No entry for a name taken as a place only by its place noun (``Toponym.by_noun``) when
    the entry lies in a country the story names nowhere else: "the central town of Moura" in a
    story on Mali is not Moura, Portugal; the name stays a place, unresolved."""
    countries = set(article_context(article, spans).countries)
    countries |= {e.country for t, e in zip(toponyms, entries)
                  if e is not None and e.country and not t.by_noun}
    return [None if t.by_noun and e is not None and e.country not in countries else e
            for t, e in zip(toponyms, entries)]


_EXTENSIONS = re.compile(r"^(?:-[A-Z][\w']+|\s+of\s+(?:the\s+)?[A-Z][\w']+|"
                         r"\s+(?:do|da|dos|das|de|del|de la|di|du|des|and)\s+[A-Z][\w']+|"
                         r"\s+(?:North|South|East|West|Central)(?![\w-]))")


_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+$")


def extend(toponym: Toponym, text: str, gaz: Gazetteer) -> Toponym:
    """The longer name when the model cut it short and the gazetteer knows the whole:
    "Guinea" in "Guinea-Bissau", "Democratic Republic" in "Democratic Republic of the Congo",
    "Rio Grande" in "Rio Grande do Sul", "Trinidad" in "Trinidad and Tobago", a compass word
    after it ("Mashonaland" in "the provinces of Mashonaland West"), and a capitalized
    word before it: "Viejo" in "restaurants in Mission Viejo"."""
    if toponym.dateline:
        return toponym
    start, end = toponym.start, toponym.end
    m = _EXTENSIONS.match(text[end:end + 24])
    if m is not None and gaz.lookup(text[start:end + m.end()]):
        end += m.end()
    b = _WORD_BEFORE.search(text[max(0, start - 24):start])
    longer = text[start - len(b.group()):end] if b is not None else ""
    if longer and normalize(longer) != normalize(text[start:end]) and gaz.lookup(longer):
        start -= len(b.group())  # not "The U.S.": the same name
    if (start, end) == (toponym.start, toponym.end):
        return toponym
    return Toponym(start, end, text[start:end], toponym.label, designator=toponym.designator,
                   by_noun=toponym.by_noun)


def unknown_but_placed(article: Article, toponym: Toponym) -> bool:
    """Whether a name no gazetteer knows is still kept as a place: the dateline, a name with a
    geographic last word ("the Boni Forest"), or one the syntax locates ("near Kampungu").  A
    GPE the model guessed for a surname ("Gachagua's removal", "von der Leyen") is dropped, and
    so is an unknown FAC (most are buildings)."""
    if toponym.dateline or GENERIC.search(toponym.text):
        return True
    # "in the northeastern Catatumbo region": the noun says what the name is
    if toponym.label == "GPE" and names_division(article, toponym.start, toponym.end):
        return True
    return toponym.label != "FAC" and located(article, toponym.start, toponym.end)


def notable(gaz: Gazetteer, population: int = 10_000) -> Callable[[str], bool]:
    """Whether a name the model mislabelled is worth taking as a place: a country, division or
    feature, or a town of ``population`` or more ("in Malakal" yes; "pending in Congress",
    Arizona, no)."""
    def known(name: str) -> bool:
        return any((e.feature != TOWN and (e.feature != ADM2 or population <= 10_000))
                   or e.population >= population for e in gaz.lookup(name))
    return known


def to_place(place_id: str, toponym: Toponym, entry: Entry | None) -> Place:
    place = Place(place_id, toponym.start, toponym.end, toponym.text)
    if entry is not None:
        place.name, place.country, place.feature = entry.name, entry.country, entry.feature
        place.lat = round(entry.lat, 5) if entry.lat is not None else None
        place.lon = round(entry.lon, 5) if entry.lon is not None else None
        place.geonames_id = entry.geonames_id
    return place


def article_context(article: Article, skip: Iterable[tuple[int, int]] = ()) -> Context:
    """Countries the article names by demonym, or by a name that is not being resolved as a
    place (``skip``: the toponyms' spans, which the resolver weighs itself): "Washington said"
    is no place, but it says the story concerns the United States.  A toponym never counts
    here, or "Georgia" would vouch for the country Georgia in a list of U.S. states."""
    context = Context()
    skipped = set(skip)
    try:
        from dateline.countries import capital_metonym, country_code, demonym_code
    except ImportError:
        return context
    for ent in article.entities:
        if any(s < ent.end and ent.start < e for s, e in skipped):
            continue
        code = None
        if ent.label == "NORP":
            code = demonym_code(ent.text)
        elif ent.label == "GPE":
            code = country_code(ent.text) or capital_metonym(ent.text)
        if code and len(code) == 3 and code.isalpha():
            context.countries[code] += 1
    return context


__all__ = ["resolve_places", "to_place", "article_context"]
