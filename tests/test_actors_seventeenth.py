"""Seventeenth-round actor rules, from the seed-2033 hand check: the world at large is no
sector, a former official named in an apposition is ELI, seats of government in titles, trade
associations and publishers (sentences after the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_the_international_community_has_no_sector(nlp: object) -> None:
    # VOA 7750892: "The international community must ..." (earlier judges: null, null)
    actors = actors_of("The international community must help the refugees, the minister said.")
    a = actor_with(actors, "The international community")
    assert a.sector is None and a.country is None


def test_the_wider_global_community_has_no_sector(nlp: object) -> None:
    actors = actors_of("Washington and the wider global community condemned the attack.")
    assert actor_with(actors, "the wider global community").sector is None


def test_a_national_community_stays_civilian(nlp: object) -> None:
    actors = actors_of("The Somali community in Kenya welcomed the decision on Monday.")
    a = actor_with(actors, "The Somali community")
    assert (a.country, a.sector) == ("SOM", "CVL")


def test_a_former_member_in_apposition_is_eli(nlp: object) -> None:
    actors = actors_of("Jean Dupont, a former member of Haiti's Chamber of Deputies, was killed "
                       "on Sunday.")
    a = actor_with(actors, "Jean Dupont")
    assert (a.country, a.sector) == ("HTI", "ELI")


def test_a_sitting_member_in_apposition_stays_leg(nlp: object) -> None:
    actors = actors_of("Jean Dupont, a member of Haiti's Chamber of Deputies, was killed on "
                       "Sunday.")
    assert actor_with(actors, "Jean Dupont").sector == "LEG"
