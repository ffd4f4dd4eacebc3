"""The shared country resolver: names, aliases, demonyms, capital metonyms (no model needed)."""

from __future__ import annotations

import pytest

from dateline.countries import capital_metonym, country_code, country_name, demonym_code


@pytest.mark.parametrize("name,code", [
    ("United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("the U.S.", "USA"),
    ("El Salvador", "SLV"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Britain", "GBR"),
    ("united kingdom", "GBR"), ("the Philippines", "PHL"), ("Afghanestan", "AFG"),
    ("United Nations", "IGOUNO"), ("U.N.", "IGOUNO"), ("European Union", "IGOEU"), ("EU", "IGOEU"),
    ("NATO", "IGONAT"), ("African Union", "IGOAFU"), ("ECOWAS", "IGOWAS"),
])
def test_country_code(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Washington", "Panama City", "Santa Ana", "Aceh", "Zurich", "", "he"])
def test_places_and_noise_are_not_countries(name: str) -> None:
    assert country_code(name) is None


@pytest.mark.parametrize("word,code", [
    ("Salvadoran", "SLV"), ("Salvadorans", "SLV"), ("Colombian", "COL"), ("American", "USA"),
    ("Americans", "USA"), ("Turkish", "TUR"), ("Israeli", "ISR"), ("Palestinian", "PSE"),
    ("Panamanian", "PAN"), ("Chinese", "CHN"), ("Nigerien", "NER"), ("Nigerian", "NGA"),
    ("Kurdish", None), ("Arab", None), ("Taliban", None), ("Korean", None),
])
def test_demonym_code(word: str, code: str | None) -> None:
    assert demonym_code(word) == code


@pytest.mark.parametrize("name,code", [
    ("Washington", "USA"), ("Moscow", "RUS"), ("Beijing", "CHN"), ("Ankara", "TUR"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Tehran", "IRN"), ("the Kremlin", "RUS"),
    ("the White House", "USA"), ("Downing Street", "GBR"), ("Panama City", None),
])
def test_capital_metonym(name: str, code: str | None) -> None:
    assert capital_metonym(name) == code


def test_country_name() -> None:
    assert country_name("SLV") == "El Salvador"
    assert country_name("usa") == "United States"
    assert country_name("XXX") is None
