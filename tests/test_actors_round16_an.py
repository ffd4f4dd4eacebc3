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


def test_a_people_under_pressure_is_its_state(nlp: object) -> None:
    # VOA 6181504: "all this really hard-core pressure against the Chinese" (judged CHN GOV)
    actors = actors_of("Washington and Tokyo are stepping up pressure against the Chinese over "
                       "the disputed reefs, and Manila sees an opening.")
    assert actor_with(actors, "the Chinese").sector == "GOV"


def test_a_people_as_such_stays_civilian(nlp: object) -> None:
    actors = actors_of("The Chinese in Japan celebrated the new year with fireworks.")
    assert actor_with(actors, "The Chinese").sector == "CVL"


def test_a_bloc_side_in_talks_is_its_negotiators(nlp: object) -> None:
    # VOA 7808748: "the Chinese side proposed ..., but the European side refused"
    actors = actors_of("During the negotiations, the Chinese side proposed to set a minimum "
                       "import price, but the European side refused.")
    assert actor_with(actors, "European").sector == "GOV"
    assert actor_with(actors, "Chinese").sector == "GOV"


def test_free_movement_of_people_is_no_actor(nlp: object) -> None:
    # VOA 6205696: "restrictions on free movement of people" (judged not an actor)
    actors = actors_of("If the EU had allowed much milder restrictions on free movement of "
                       "people, Brexit would never have happened, he noted.")
    assert "people" not in mentions_of(actors)


def test_troops_whose_movement_is_reported_stay_actors(nlp: object) -> None:
    actors = actors_of("The movement of Russian troops near the border worried NATO.")
    assert actor_with(actors, "Russian troops").sector == "MIL"


def test_a_command_is_military(nlp: object) -> None:
    actors = actors_of("Israel's Northern Command said the rockets were fired from Lebanon.")
    assert actor_with(actors, "Israel's Northern Command").sector == "MIL"


def test_an_academy_is_education_unless_its_name_says_police(nlp: object) -> None:
    actors = actors_of("The Chinese Academy of Sciences said the probe landed.")
    assert actor_with(actors, "The Chinese Academy of Sciences").sector == "EDU"
    actors = actors_of("The Kenya Police Academy said recruits graduated.")
    assert actor_with(actors, "The Kenya Police Academy").sector == "COP"


def test_an_association_of_jurists_is_judicial(nlp: object) -> None:
    # PLOVER GSR INVESTIGATE-0009: "Association of African Jurists" JUD
    actors = actors_of("The Association of African Jurists demanded an inquiry.")
    assert actor_with(actors, "The Association of African Jurists").sector == "JUD"


def test_a_person_among_those_just_named_takes_their_sector(nlp: object) -> None:
    # VOA 6180206: "Omar Bob was among those on the streets" after demonstrators celebrated
    actors = actors_of("Sudanese demonstrators celebrated a new victory. Omar Bob was among "
                       "those on the streets.")
    assert actor_with(actors, "Omar Bob").sector == "CVL"


def test_a_person_among_a_named_group_takes_its_sector(nlp: object) -> None:
    actors = actors_of("Jane Doe was among the protesters arrested on Monday.")
    assert actor_with(actors, "Jane Doe").sector == "CVL"


def test_people_displaced_by_a_disaster_are_refugees(nlp: object) -> None:
    # PLOVER agents: DISPLACED_PEOPLE [~REF]; the participle after the noun says the same
    actors = actors_of("Thousands of people displaced by the cyclone are sheltering in schools.")
    assert actor_with(actors, "people").sector == "REF"


def test_people_a_conflict_displaced_stay_civilians(nlp: object) -> None:
    # VOA 8010694, judged CVL: "the conflict displaced some 12 million people"
    actors = actors_of("The U.N. says the conflict displaced some 12 million people.")
    assert actor_with(actors, "some 12 million people").sector == "CVL"
