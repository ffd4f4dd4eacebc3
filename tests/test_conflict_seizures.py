"""Seizures of ground and other material-conflict acts whose target the clause names only as a
place or a thing (``events.targets.seized_ground``).  Sentences written for these tests in wire
style."""

from helpers import first_sides, trigger_sides


def test_a_town_taken_is_taken_from_its_state() -> None:
    text = "Russian troops captured the town of Avdiivka after months of fighting."
    assert first_sides(text, "COERCE", "captured") == (["RUS"], ["UKR"])


def test_parts_of_a_province_seized_are_its_states() -> None:
    text = "Houthi fighters seized large parts of Marib province last year, officials said."
    assert first_sides(text, "COERCE", "seized") == (["YEM"], ["YEM"])


def test_goods_seized_name_no_state() -> None:
    # weapons are no ground: the place they were taken near is not their owner
    text = "Houthi fighters seized weapons and burned vehicles near Marib, Yemen."
    assert first_sides(text, "COERCE", "seized")[1] == []


def test_power_seized_over_ones_own_state_has_no_target() -> None:
    text = "The Taliban seized control of Afghanistan in August 2021."
    assert trigger_sides(text, "ASSAULT", "seized") == [(["AFG"], [])]


def test_a_foreign_state_seized_is_the_target() -> None:
    text = "Iraq seized control of Kuwait in August 1990."
    assert trigger_sides(text, "ASSAULT", "seized") == [(["IRQ"], ["KWT"])]


def test_an_arrest_warrant_for_someone_targets_them() -> None:
    text = "A Russian court issued an arrest warrant for Ukrainian commander Oleksandr Syrskyi."
    assert first_sides(text, "COERCE", "issued") == (["RUS"], ["UKR"])


def test_a_person_of_no_nationality_arrested_by_a_states_forces_is_of_that_state() -> None:
    # the story names two states; the fugitive's nationality is given nowhere (an invented
    # name: the dictionary knows Caro Quintero, the written story's fugitive, as Mexican)
    text = ("President Trump said on Thursday that tariffs on Mexico would take effect. "
            "Ramon Ortiz, 72, was freed in 2013, a decision that angered Washington, and spent "
            "nine years as a fugitive before he was captured by Mexican marines in 2022.")
    assert first_sides(text, "COERCE", "captured") == (["MEX"], [None, "MEX"])


STORY = ("President Trump said on Thursday that tariffs on Mexico would take effect. "
         "Ramon Ortiz, 72, was freed in 2013, a decision that angered Washington, and spent "
         "nine years as a fugitive before he was shot by Mexican {} in 2022.")


def test_a_police_shooting_of_a_person_of_no_nationality_is_at_home() -> None:
    assert first_sides(STORY.format("police"), "ASSAULT", "shot") == (["MEX"], [None, "MEX"])


def test_a_shooting_by_soldiers_gives_the_victim_no_state() -> None:
    # an army may fight abroad: its victim's state is not read from it
    assert first_sides(STORY.format("marines"), "ASSAULT", "shot") == (["MEX"], [None])


def test_those_killed_in_clashes_with_a_side_were_killed_by_it() -> None:
    text = "Nine Indian soldiers were killed in clashes with Chinese troops in the Galwan valley."
    assert trigger_sides(text, "ASSAULT", "clashes") == [(["CHN"], ["IND"])]


def test_counted_among_those_killed_in_clashes() -> None:
    text = ("Three Kenyan police officers were among those killed in clashes with Somali "
            "militants near the border.")
    assert trigger_sides(text, "ASSAULT", "clashes") == [(["SOM"], ["KEN"])]
