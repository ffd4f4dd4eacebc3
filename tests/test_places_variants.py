"""A first-level division spelt with a letter doubled or single ("Hiran" for Somalia's Hiiraan)
is a candidate beside villages of the exact spelling (``GeoNamesGazetteer.variants``)."""

from __future__ import annotations

import dateline
from dateline.places import gazetteer
from dateline.places.gazetteer import normalize


def test_variants_finds_divisions_by_doubled_letters_only() -> None:
    gaz = gazetteer()
    hiiraan = gaz.variants("Hiran")
    assert [(e.name, e.country, e.feature) for e in hiiraan] == [("Hiiraan", "SOM", "ADM1")]
    # the exact spelling itself is not a variant, and a changed vowel is no doubling
    assert gaz.variants("Hiiraan") == []
    assert all(normalize(e.name) != "hiiraan" for e in gaz.variants("Hiron"))
    assert gaz.variants("Bay") == []  # too short to tell


def test_somali_region_spelt_short_resolves_to_somalia() -> None:
    text = ("MOGADISHU, Somalia — Al-Shabab militants attacked an army base in the Hiran region "
            "of central Somalia on Tuesday, killing four soldiers, officials said.")
    art = dateline.extract(text, published="2025-03-04")
    got = {p.text: p.country for p in art.places}
    assert got.get("Hiran") == "SOM"


def test_exact_town_names_keep_their_reading() -> None:
    # a town of the exact name is still preferred when it is a notable one
    art = dateline.extract("Protesters marched in Kandahar on Friday.", published="2025-03-04")
    assert {p.text: p.country for p in art.places}.get("Kandahar") == "AFG"
