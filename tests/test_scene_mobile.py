"""Groups of people who are somewhere without being of it take no country from the place.

Blind judges (issue "actors"): "scam centers staffed mostly by trafficked workers in Cambodia"
(VOA 7836916) gives the workers no nationality; residents of a place still take its country.
"""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_trafficked_workers_take_no_country_from_their_place() -> None:
    actors = actors_of("Police raided scam centers staffed mostly by trafficked workers in "
                       "Cambodia on Monday.")
    assert actor_with(actors, "trafficked workers").country is None


def test_guest_workers_take_no_country_from_their_place() -> None:
    actors = actors_of("Guest workers in Qatar staged a strike over unpaid wages on Monday.")
    assert actor_with(actors, "Guest workers").country is None


def test_residents_of_a_place_still_take_its_country() -> None:
    actors = actors_of("Villagers in Cambodia protested against the scam centers on Monday.")
    assert actor_with(actors, "Villagers").country == "KHM"
