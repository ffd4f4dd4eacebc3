"""An attack by a named side on a place, work or vehicle is aimed at the state it stands in
(``events.implicit.scene_state``); "C.A.R." is the Central African Republic (places aliases)."""

from helpers import first_sides


def test_struck_power_lines_aimed_at_their_state() -> None:
    # PLOVER gold (COERCE-0004): target AFG
    text = ("Afghan guerillas blew up three main electric power lines leading into Kabul last "
            "month, the news agency reported.")
    assert first_sides(text, "ASSAULT", "blew") == (["AFG"], ["AFG"])


def test_demolished_homes_in_a_place_aimed_at_its_state() -> None:
    # PLOVER gold (COERCE-0006): target PSE
    text = ("Israeli army bulldozers demolished Palestinian homes and civilian buildings in "
            "southern Gaza on Sunday, Palestinian officials said.")
    assert first_sides(text, "ASSAULT", "demolished")[1] == ["PSE"]


def test_villages_in_the_car_abbreviation() -> None:
    # VOA 7686618: gold CAF -> CAF
    text = ("This week, military sources said 3R rebels attacked nearly 10 villages between the "
            "towns of Bocaranga and Bazoum in northeastern C.A.R., near the Cameroon border.")
    assert first_sides(text, "ASSAULT", "attacked")[1] == ["CAF"]


def test_story_setting_places_a_struck_thing() -> None:
    # VOA 8009976: the tracks are in the story's Pakistan (gold PAK -> PAK)
    text = ("Gunmen seized a train in Pakistan's Balochistan province on Tuesday. The train was "
            "traveling from Quetta to Peshawar. The militants blew up tracks, bringing the train "
            "to a halt in a tunnel, officials in Sibi said.")
    assert first_sides(text, "ASSAULT", "blew")[1] == ["PAK"]

