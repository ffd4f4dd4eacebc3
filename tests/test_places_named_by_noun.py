"""A name a place noun names is a place, even one no gazetteer knows as notable, and an
unknown town of a country the story never names is left unresolved."""

from __future__ import annotations

import dateline


def places_of(text: str) -> dict[str, dateline.Place]:
    art = dateline.extract(text, published="2025-02-03", layers=["places"])
    return {p.text: p for p in art.places}


def test_the_name_of_a_division_noun_is_a_place_unresolved() -> None:
    found = places_of("Colombia's president declared a state of emergency in the northeastern "
                      "Catatumbo region on Monday after days of fighting between armed groups.")
    assert "Catatumbo" in found
    assert found["Catatumbo"].lat is None


def test_the_town_of_a_small_namesake_is_not_the_foreign_namesake() -> None:
    found = places_of("Rights groups have accused Malian soldiers of killing civilians in the "
                      "central town of Moura in March 2022, and Mali's junta denied it.")
    assert "Moura" in found
    assert found["Moura"].country != "PRT"


def test_the_towns_of_a_plural_noun_are_located() -> None:
    found = places_of("Rebels attacked nearly 10 villages between the towns of Bocaranga and "
                      "Bazoum, officials in the Central African Republic said.")
    assert any(text.startswith("Bocaranga") for text in found)


def test_a_division_name_places_the_event() -> None:
    art = dateline.extract("Colombia's president declared a state of emergency in the "
                           "northeastern Catatumbo region on Monday and ordered troops there.",
                           published="2025-02-03")
    placed = [art.place(e.place).text for e in art.events if e.place]
    assert "Catatumbo" in placed


def test_a_stretch_between_two_towns_places_the_attack() -> None:
    art = dateline.extract("Rebels attacked several villages between the towns of Bambari and "
                           "Bria in the Central African Republic on Sunday, the army said.",
                           published="2025-02-03")
    attack = next(e for e in art.events if e.type == "ASSAULT")
    assert art.place(attack.place).text.startswith("Bambari")


def test_a_party_between_two_states_is_no_place_phrase() -> None:
    from dateline.events.setting import _locative

    art = dateline.extract("Border guards detained 20 migrants during a standoff between "
                           "Belarus and Poland.", published="2025-02-03", layers=["places"])
    doc = art.doc
    detained = next(t for t in doc if t.lower_ == "detained")
    belarus = next(t for t in doc if t.text == "Belarus")
    assert not _locative(belarus, [detained])
    art = dateline.extract("Rebels attacked villages between the towns of Bambari and Bria.",
                           published="2025-02-03", layers=["places"])
    attacked = next(t for t in art.doc if t.lower_ == "attacked")
    bambari = next(t for t in art.doc if t.text == "Bambari")
    assert _locative(bambari, [attacked])
