"""Toponym resolution: pick one gazetteer entry per place name, using the whole article.

Each candidate gets a score, the sum of

* a prior by kind: a country (100) before a continent or a named region or feature (85-92),
  a capital (80), a first-level division (75), then towns by population (10 per factor of
  ten: a town of 1,000 scores 30, of 1 million 60) plus their fame (10 per factor of ten of
  their names in other languages) and second-level divisions (45, a town of ~30,000: with
  the article's country, "a farm in Surrey, UK" is the English county, not the Canadian city);
* the article's country context: +20 when the candidate lies in a country the article names
  unambiguously, through a demonym ("Salvadoran"), or through the dateline;
* co-mentioned places: +20 when it lies in a first-level division the article names; +40 when
  the text nests it ("Blakely, Georgia": the town in the state, the state around the town);
* the word beside it ("Washington state", "the state of Washington") when that word names its
  kind: +30;
* the other members of a list it stands in ("Arizona, California, Colorado, Georgia and
  Idaho"): +20 in their country, +25 for their kind (a capital counts as a town): "Michigan,
  Oregon, New Mexico, New York, Indiana" names the state, not the city.

Two passes: the first, without context, fixes what is unambiguous and builds the context; the
second decides.  One sense per discourse: mentions with the same name share their decision.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dateline.places.candidates import Toponym
from dateline.places.gazetteer import (ADM1, ADM2, ALTERNATES_FROM, CAPITAL, CONTINENT, COUNTRY,
                                       TOWN, Entry, Gazetteer, normalize)

PRIOR = {COUNTRY: 100.0, CONTINENT: 92.0, "RGN": 88.0, CAPITAL: 80.0, ADM1: 75.0, ADM2: 45.0}
FEATURE_PRIOR = 85.0  # seas, straits, canals, rivers, islands … (supplement.tsv)
COUNTRY_BONUS = 20.0
ADMIN_BONUS = 20.0
NESTED_BONUS = 40.0
DESIGNATOR_BONUS = 30.0
SIBLING_COUNTRY_BONUS = 20.0
SIBLING_KIND_BONUS = 25.0
DATELINE_TOWN_BONUS = 15.0  # a dateline names a city ("SAN SALVADOR —")
# A pass-1 decision joins the context when it beats every rival from another country by this.
CLEAR_MARGIN = 15.0

# Words that qualify a name without being part of it: "northern China", "Guangdong Province".
_QUALIFIERS = ("northern ", "southern ", "eastern ", "western ", "central ", "north ", "south ",
               "east ", "west ", "northeastern ", "northwestern ", "southeastern ",
               "southwestern ", "north-eastern ", "north-western ", "south-eastern ",
               "south-western ", "mainland ", "greater ")
# Kind words before the name: "the City of Santa Ana", "the Province of Bulacan".
_KIND_PREFIX = re.compile(r"^(?:city|province|state|county|district|region|municipality) of ",
                          re.IGNORECASE)
_KINDS = (" province", " state", " region", " county", " district", " city", " governorate",
          " river", " prefecture", " department", " territory", " coast", " region")


def prior(entry: Entry) -> float:
    if entry.feature == TOWN:
        bonus = 10.0 if entry.population >= 5_000_000 else 0.0  # "New York" is the city
        return 10.0 * math.log10(entry.population + 1) + bonus + fame(entry)
    if entry.feature == CAPITAL:
        return max(PRIOR[CAPITAL], 10.0 * math.log10(entry.population + 1) + fame(entry))
    return PRIOR.get(entry.feature, FEATURE_PRIOR)


def fame(entry: Entry) -> float:
    """Up to ~23 points for a town the world has many names for: "Geneva" in a story about
    U.S. diplomats is still the Swiss city (200 names), not Geneva, New York (6)."""
    return 10.0 * math.log10(entry.names + 1)


@dataclass
class Context:
    """What the article says about where it is: country and division weights."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[str] = field(default_factory=Counter)


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether ``outer`` (a country or division) holds ``inner``."""
    if outer is inner or outer.country is None or outer.country != inner.country:
        return False
    if outer.feature == COUNTRY:
        return inner.feature != COUNTRY
    if outer.feature in (ADM1, ADM2) and outer.admin1:
        return inner.admin1 == outer.admin1 and inner.feature not in (ADM1, COUNTRY)
    return False


def candidates(toponym: Toponym, gazetteer: Gazetteer) -> list[Entry]:
    """Entries for the name as written, else for it without a qualifier or kind word."""
    text = toponym.text.strip()
    found = gazetteer.lookup(text)
    if not found and toponym.dateline and "," in text:
        found = gazetteer.lookup(text.split(",")[0])  # "KYIV, Ukraine"
    if not found:
        if text.lower().startswith("the "):  # "the Eastern Mediterranean"
            text = text[4:]
        kind_prefix = _KIND_PREFIX.match(text)
        if kind_prefix is not None:
            found = gazetteer.lookup(text[kind_prefix.end():])
        low = text.lower()
        for q in _QUALIFIERS:
            if not found and low.startswith(q):
                found = gazetteer.lookup(text[len(q):])
                # A capital letter makes the word part of a name: "West Midlands" is not the
                # Midlands of Zimbabwe, "North Eastern Province" not Rwanda's Eastern Province;
                # "Eastern China" still lies in China, "South Darfur" in Darfur, and
                # "North-Western Sydney" (a hyphenated direction) in the city.
                if text[:1].isupper():
                    found = [e for e in found if e.feature in (COUNTRY, CONTINENT, "RGN")
                             or ("-" in q and e.feature in (TOWN, CAPITAL))]
                break
        for k in _KINDS:
            if not found and low.endswith(k):
                found = gazetteer.lookup(text[: -len(k)])
    if not found:
        found = _country_alias(text, gazetteer)
    # A division spelt with a letter doubled or single beats a village of the exact spelling
    # ("Hiran" is Somalia's Hiiraan region, not Hīrān in Iraq); the scores decide between them.
    variants = getattr(gazetteer, "variants", None)
    if variants is not None and text[:1].isupper() \
            and all(e.feature == TOWN and e.population < ALTERNATES_FROM for e in found):
        found = found + variants(text)
    fuzzy = getattr(gazetteer, "fuzzy", None)
    if not found and fuzzy is not None and text[:1].isupper():
        found = fuzzy(text)
    # "US" in capitals is the country, never the French village of Us.
    if text.isupper() and len(normalize(text)) <= 3 and not toponym.dateline:
        found = [e for e in found if e.feature != TOWN or e.name.isupper()]
    return found


# The compass words of ``_QUALIFIERS``: "South Lebanon", "Northern Syria", "East Ukraine".
_COMPASS_WORDS = tuple(q for q in _QUALIFIERS if q not in ("mainland ", "greater "))


def compass_rest(name: str) -> str:
    """The name a leading compass word qualifies ("Western Cambodia" -> "Cambodia"), "" when
    there is none or what follows is not a name ("south of the border")."""
    word = next((q for q in _COMPASS_WORDS if name.lower().startswith(q)), None)
    rest = name[len(word):] if word is not None else ""
    return rest if rest[:1].isupper() else ""


def _with_compass_country(text: str, found: list[Entry], gazetteer: Gazetteer) -> list[Entry]:
    """A compass word + a country names a part of that country, even when some populated place
    bears the whole name: "Israel today mounted its long-threatened invasion of South Lebanon"
    (PLOVER) is Lebanon, not South Lebanon, Ohio (a town of 4,000).  Only when every entry
    of the whole name is a town: "South Sudan", "North Korea", "Western Sahara" are countries,
    "West Bank" and "Northern Ireland" divisions, "East Jerusalem" a capital, and they stay
    themselves.  The towns stay candidates; the country's prior outweighs them."""
    text = text.strip()
    if not found or any(e.feature != TOWN for e in found) or not text[:1].isupper():
        return found
    rest = compass_rest(text)
    if not rest:
        return found
    countries = [e for e in gazetteer.lookup(rest) if e.feature == COUNTRY]
    return countries + found if countries else found


def _country_alias(text: str, gazetteer: Gazetteer) -> list[Entry]:
    """A country by any name ``dateline.countries`` knows ("Republic of Korea")."""
    try:
        from dateline.countries import country_code
    except ImportError:
        return []
    code = country_code(text)
    country = getattr(gazetteer, "country", None)
    if code is None or country is None:
        return []
    entry = country(code)
    return [entry] if entry is not None else []


def resolve(toponyms: list[Toponym], gazetteer: Gazetteer, context: Context | None = None,
            text: str = "") -> list[Entry | None]:
    """One entry (or None) per toponym, index for index; ``text`` is what their offsets index."""
    context = context or Context()
    memo: dict[tuple[str, bool], list[Entry]] = {}
    cands = []
    for t in toponyms:  # "China" ten times in a story is looked up once
        key = (t.text, t.dateline)
        if key not in memo:
            memo[key] = candidates(t, gazetteer)
        cands.append(memo[key])
    siblings = _lists(toponyms, text)
    # "Mexico, China, Japan" is a list, not China (a town of Japan) nested in Japan.
    nested = {i: ids for i, ids in _nesting(toponyms, cands, text).items() if i not in siblings}
    for i, t in enumerate(toponyms):
        if not nested.get(i):
            cands[i] = _with_compass_country(t.text, cands[i], gazetteer)
    first = [_score(t, cs, Context(), nested.get(i, set()))
             for i, (t, cs) in enumerate(zip(toponyms, cands))]
    learned = Context(Counter(context.countries), Counter(context.admin1))
    own: list[Entry | None] = []
    for scores in first:
        best = _clear_winner(scores)
        own.append(best)
        if best is None:
            continue
        if best.country:
            learned.countries[best.country] += 1
        if best.feature == ADM1 and best.admin1:
            learned.admin1[best.admin1] += 1
    # A name is no evidence for itself: each mention sees the context without its own name's
    # contribution (else "San Salvador" the Bahamian district would confirm the Bahamas).
    keys = [normalize(t.text) for t in toponyms]
    second = []
    for i, (t, cs) in enumerate(zip(toponyms, cands)):
        mine = Context()
        for j, best in enumerate(own):
            if best is not None and keys[j] == keys[i]:
                if best.country:
                    mine.countries[best.country] += 1
                if best.feature == ADM1 and best.admin1:
                    mine.admin1[best.admin1] += 1
        seen = Context(learned.countries - mine.countries, learned.admin1 - mine.admin1)
        scores = _score(t, cs, seen, nested.get(i, set()))
        second.append(_with_siblings(scores, [own[j] for j in siblings.get(i, ())]))
    # One sense per discourse: the same name means the same place throughout (entries compare
    # by value: each lookup makes new ones).
    totals: dict[str, Counter[Entry]] = defaultdict(Counter)
    for key, scores in zip(keys, second):
        for entry, score in scores:
            totals[key][entry] += score  # type: ignore[assignment]
    out: list[Entry | None] = []
    for t, key, scores in zip(toponyms, keys, second):
        if not scores:
            out.append(None)
            continue
        if t.designator or t.dateline:
            out.append(max(scores, key=lambda es: es[1])[0])
            continue
        tally = totals[key]
        out.append(max((e for e, _ in scores), key=lambda e: tally[e]))
    return out


_LIST_GLUE = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")


def _lists(toponyms: list[Toponym], text: str) -> dict[int, list[int]]:
    """Names written as one list ("Arizona, California, Colorado, Georgia and Idaho"): for each
    member of a list of three or more, the other members."""
    groups: list[list[int]] = []
    for i, t in enumerate(toponyms):
        if i and _LIST_GLUE.match(text[toponyms[i - 1].end:t.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return {i: [j for j in g if j != i] for g in groups if len(g) >= 3 for i in g}


def _with_siblings(scores: list[tuple[Entry, float]],
                   siblings: list[Entry | None]) -> list[tuple[Entry, float]]:
    """A list holds one kind of place: +20 for a candidate in a country the other members'
    clear readings share, +15 for one of their most common kind ("Georgia" among U.S. states
    is the state, among Armenia and Azerbaijan the country)."""
    known = [e for e in siblings if e is not None]
    if not known:
        return scores
    countries = {e.country for e in known}
    kind = Counter(_kind(e.feature) for e in known).most_common(1)[0][0]
    return [(e, s + SIBLING_COUNTRY_BONUS * (e.country in countries)
             + SIBLING_KIND_BONUS * (_kind(e.feature) == kind)) for e, s in scores]


def _kind(feature: str) -> str:
    """A capital is a town among towns ("London, Paris and New York")."""
    return TOWN if feature == CAPITAL else feature


def _nesting(toponyms: list[Toponym], cands: list[list[Entry]],
             text: str) -> dict[int, set[int]]:
    """For "X, Y" written together: the ids of entries of either that the other confirms."""
    out: dict[int, set[int]] = {}
    for i in range(len(toponyms) - 1):
        a, b = toponyms[i], toponyms[i + 1]
        if text[a.end:b.start].strip() != ",":
            continue
        inner = {id(x) for x in cands[i] for y in cands[i + 1] if contains(y, x)}
        outer = {id(y) for y in cands[i + 1] for x in cands[i] if contains(y, x)}
        out.setdefault(i, set()).update(inner)
        out.setdefault(i + 1, set()).update(outer)
    return out


def _score(toponym: Toponym, cands: list[Entry], context: Context,
           nested: set[int]) -> list[tuple[Entry, float]]:
    out = []
    for entry in cands:
        score = prior(entry)
        if entry.country and context.countries.get(entry.country):
            score += COUNTRY_BONUS
        if entry.admin1 and entry.feature != ADM1 and context.admin1.get(entry.admin1):
            score += ADMIN_BONUS
        if id(entry) in nested:
            score += NESTED_BONUS
        if toponym.designator and _kind_matches(toponym.designator, entry.feature):
            score += DESIGNATOR_BONUS
        if toponym.dateline and entry.feature in (TOWN, CAPITAL):
            score += DATELINE_TOWN_BONUS
        out.append((entry, score))
    return out


def _kind_matches(designator: str, feature: str) -> bool:
    if designator in (ADM1, ADM2):
        return feature in (ADM1, ADM2)
    if designator == TOWN:
        return feature in (TOWN, CAPITAL)
    return designator == feature


def _clear_winner(scores: list[tuple[Entry, float]]) -> Entry | None:
    if not scores:
        return None
    best, top = max(scores, key=lambda es: es[1])
    rivals = [s for e, s in scores if e.country != best.country]
    if rivals and top - max(rivals) < CLEAR_MARGIN:
        return None
    return best


__all__ = ["resolve", "candidates", "prior", "contains", "Context"]
