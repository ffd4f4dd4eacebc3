"""An attack by a named side on a place, work or vehicle is aimed at the state it stands in
(``events.implicit.scene_state``)."""

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
    assert first_sides(text, "COERCE", "demolished")[1] == ["PSE"]

