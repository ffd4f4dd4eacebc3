"""Recipients of right-type candidates that stayed under the emission cut for want of one
(EREC2): an attack on a struck thing reached by "at / on / against", or whose scene an earlier
sentence set (``events.implicit.scene_state``)."""

from helpers import first_sides


def test_fired_at_targets_in_a_place_aimed_at_its_state() -> None:
    # PLOVER gold (FIGHT-0010): target PSE
    text = ("Israeli tanks fired four shell bombs at targets in Jericho, witnesses said, in a "
            "rare incident in the West Bank city.")
    assert first_sides(text, "ASSAULT", "fired")[1] == ["PSE"]


def test_struck_thing_scene_from_an_earlier_sentence() -> None:
    # the construction of VOA 8009976 (gold PAK): no dateline, no place in the sentence
    text = ("Separatist militants hijacked a passenger train in Pakistan's Balochistan province "
            "on Tuesday. The militants blew up tracks, bringing the train to a halt in a "
            "tunnel.")
    assert first_sides(text, "ASSAULT", "blew")[1] == ["PAK"]


def test_protest_against_an_act_aimed_at_its_agent() -> None:
    # PLOVER gold (PROTEST-0026): target ISR
    text = ("Palestinian youths resorted to throwing stones during demonstrations against the "
            "alleged human rights violations by the Israeli military, officials said on "
            "Thursday.")
    assert first_sides(text, "PROTEST", "demonstrations")[1] == ["ISR"]


def test_invasion_of_a_place_aimed_at_its_state() -> None:
    # PLOVER gold (FIGHT-0004): target LBN
    text = ("Israel today mounted its long-threatened invasion of South Lebanon, ploughing "
            "through the United Nations lines on the coast of south of Tyre.")
    assert first_sides(text, "ASSAULT", "mounted")[1] == ["LBN"]


def test_nominal_attack_in_a_place_aimed_at_its_state() -> None:
    # PLOVER gold (FIGHT-0001): target MNE
    text = ("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian "
            "population of the province, according to the US government.")
    assert first_sides(text, "ASSAULT", "cleansing")[1] == ["MNE"]


def test_killing_a_person_takes_no_invaded_state() -> None:
    # a person killed is a victim the clause names, not land invaded (STRUCK_THINGS)
    text = ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
            "Lebanon Sunday, sources on both sides said.")
    assert first_sides(text, "ASSAULT", "killed")[1] == []
