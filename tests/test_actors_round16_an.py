"""Round-16 actor rules (AN): installations named as places are no actors; an attacked
base stays the military there (VOA gold 6184384, 6203896)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_a_base_where_people_are_held_is_a_place(nlp: object) -> None:
    actors = actors_of("The Pentagon said 40 detainees are being held at its naval base in "
                       "Cuba, where they await transfer.")
    assert not any("base" in m for m in mentions_of(actors))


def test_a_base_a_place_is_home_to_or_hosts_is_a_place(nlp: object) -> None:
    for text in ("The island is home to the U.S. military base, which Washington leases from "
                 "London.", "Djibouti hosts a Chinese naval base and an American one."):
        assert not any("base" in m for m in mentions_of(actors_of(text))), text


def test_an_attacked_base_stays_the_military_there(nlp: object) -> None:
    # VOA 6184384 (gold KEN MIL): "the militants launched a brazen assault on a joint
    # Kenya-U.S. military base in Lamu County"
    actors = actors_of("The militants launched a brazen assault on a joint Kenya-U.S. military "
                       "base in Lamu County, Kenya in January.")
    assert actor_with(actors, "a joint Kenya-U.S. military base").sector == "MIL"


def test_a_bombed_base_stays_an_actor(nlp: object) -> None:
    # VOA 6203896 (gold FRA MIL): "the 2004 bombing of a French military base"
    actors = actors_of("A trial opened in Paris Monday over the 2004 bombing of a French "
                       "military base in then war-torn Ivory Coast.")
    assert actor_with(actors, "a French military base").country == "FRA"
