"""A capitalized compass word before a country name: a part of that country ("South Lebanon"),
unless the whole name is itself a country, division or capital ("South Sudan", "West Bank")."""

from __future__ import annotations

import pytest

import dateline


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    article = dateline.extract(text, published="2025-02-03")
    return {p.text: (p.country, p.feature) for p in article.places}


def test_south_lebanon_is_lebanon_not_the_ohio_town() -> None:
    # PLOVER_GSR_CAMEO.txt: the target "South Lebanon" is coded LBN.
    places = _places("Israel today mounted its long-threatened invasion of South Lebanon, "
                     "ploughing through the United Nations lines on the coast of south of Tyre "
                     "and thrusting forward in at least to inland areas.")
    assert places["South Lebanon"][0] == "LBN"
    assert places["Tyre"][0] == "LBN"


def test_south_lebanon_short_sentence() -> None:
    assert _places("Israel ended its invasion of South Lebanon.")["South Lebanon"][0] == "LBN"


def test_the_town_stays_when_the_text_nests_it() -> None:
    places = _places("The plant is in South Lebanon, Ohio, near Cincinnati.")
    assert places["South Lebanon"] == ("USA", "PPL")


@pytest.mark.parametrize("name,code", [
    ("South Sudan", "SSD"), ("North Korea", "PRK"), ("South Korea", "KOR"),
    ("East Timor", "TLS"), ("South Africa", "ZAF"), ("North Macedonia", "MKD"),
    ("Western Sahara", "ESH"),
])
def test_countries_named_with_a_compass_word_stay_themselves(name: str, code: str) -> None:
    places = _places(f"The minister flew to {name} on Tuesday for talks.")
    assert places[name] == (code, "PCLI")


def test_divisions_and_capitals_with_a_compass_word_stay_themselves() -> None:
    places = _places("Clashes spread from the West Bank to East Jerusalem, while officials "
                     "in Northern Ireland and North Carolina watched.")
    assert places["the West Bank"][0] == "PSE"
    assert places["East Jerusalem"][1] == "PPLC"
    assert places["Northern Ireland"] == ("GBR", "ADM1")
    assert places["North Carolina"] == ("USA", "ADM1")


def test_a_compass_word_before_a_town_keeps_the_town() -> None:
    assert _places("Protests spread through South Boston on Sunday.")["South Boston"][0] == "USA"
