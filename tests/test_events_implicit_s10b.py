"""Unnamed attackers and country-less victims of unclaimed attacks
(``dateline.events.implicit``, second pass), on PLOVER gold record and news-style sentences."""

from __future__ import annotations

import pytest

from helpers import extract

# the publication date the relative dates of these sentences are read from
PUBLISHED = "2000-01-01"


def _assault(art):
    return next(e for e in art.events if e.type == "ASSAULT")


def _sides(art, ids) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for x in ids if (a := art.actor(x)) is not None]


@pytest.mark.parametrize("text, country, mention", [
    ("Unidentified gunmen killed three police officers in Peshawar on Monday.", "PAK",
     "Unidentified gunmen"),
    ("Masked men shot dead a journalist in Karachi on Tuesday.", "PAK", "Masked men"),
])
def test_unnamed_attacker_is_the_armed_force_of_the_place(
        text: str, country: str, mention: str) -> None:
    art = extract(text, PUBLISHED)
    ev = _assault(art)
    (actor,) = [art.actor(x) for x in ev.actors]
    assert (actor.kind, actor.country, actor.sector) == ("group", country, "UAF")
    assert [art.text[m.start:m.end] for m in actor.mentions] == [mention]


def test_unmarked_vague_noun_is_no_attacker() -> None:
    # "men" is an attacker only when the text marks it ("masked", "unidentified", "armed")
    art = extract("Local men shot dead a journalist in Karachi on Tuesday.", PUBLISHED)
    assert all(a.sector != "UAF" for a in art.actors)


def test_unnamed_attacker_with_no_place_keeps_no_country() -> None:
    # precision first: no place with a country, no implied state
    art = extract("Unidentified gunmen killed three police officers on Monday.", PUBLISHED)
    assert all(a.country is None for a in art.actors)


def test_countryless_victim_takes_the_state_of_the_place() -> None:
    # PLOVER gold record: target "prominent anti-Syria journalist", LBN
    art = extract("A prominent anti-Syria journalist has been killed in a car bomb explosion in "
                  "a residential sector of mostly Christian eastern Beirut.", PUBLISHED)
    ev = _assault(art)
    assert _sides(art, ev.actors) == [("LBN", "UAF")]
    assert "LBN" in {c for c, _ in _sides(art, ev.recipients)}
    # the journalist stays a recipient
    assert any(art.actor(x).name.endswith("journalist") for x in ev.recipients)


def test_victim_with_a_nationality_adds_no_state() -> None:
    # PLOVER gold record: target "U.S. soldier", USA; the place's state is not a victim
    art = extract("A roadside bombing near the town of Samarra on Sunday killed one U.S. "
                  "soldier.", PUBLISHED)
    ev = _assault(art)
    assert {c for c, _ in _sides(art, ev.recipients)} == {"USA"}


def test_named_victim_adds_no_state() -> None:
    # a named person's nationality is not where she died: no MLT victim, so the background
    # attack stays under the cut
    art = extract("His clients include activist Lin Wei in Hong Kong, Maria Ressa from the "
                  "Philippines and the family of reporter Ana Ruiz Delgado, who was killed in "
                  "Malta in 2017.", PUBLISHED)
    assert not [e for e in art.events if e.type == "ASSAULT"]
    assert all(a.country != "MLT" or a.sector == "UAF" for a in art.actors)


def test_countryless_victims_of_a_named_side_take_the_state_of_the_place() -> None:
    art = extract("Two aid workers were killed by unknown attackers in northern Mali on Sunday.",
                  PUBLISHED)
    ev = _assault(art)
    assert "MLI" in {c for c, _ in _sides(art, ev.recipients)}
    assert any(art.actor(x).name == "Two aid workers" for x in ev.recipients)
