"""Recipients of right-type candidates that stayed under the emission cut for want of one
(EREC2): an attack on a struck thing reached by "at / on / against", or whose scene an earlier
sentence set (``events.implicit.scene_state``)."""

import pytest

from helpers import first_sides


@pytest.mark.parametrize("text, trigger, state", [
    pytest.param(
        # PLOVER gold (FIGHT-0010): target PSE
        "Israeli tanks fired four shell bombs at targets in Jericho, witnesses said, in a "
        "rare incident in the West Bank city.", "fired", "PSE", id="fired_at_targets_in_a_place"),
    pytest.param(
        # the construction of VOA 8009976 (gold PAK): no dateline, no place in the sentence
        "Separatist militants hijacked a passenger train in Pakistan's Balochistan province "
        "on Tuesday. The militants blew up tracks, bringing the train to a halt in a "
        "tunnel.", "blew", "PAK", id="struck_thing_scene_from_an_earlier_sentence"),
    pytest.param(
        # PLOVER gold (FIGHT-0004): target LBN
        "Israel today mounted its long-threatened invasion of South Lebanon, ploughing "
        "through the United Nations lines on the coast of south of Tyre.", "mounted", "LBN",
        id="invasion_of_a_place"),
    pytest.param(
        # PLOVER gold (FIGHT-0001): target MNE
        "Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian "
        "population of the province, according to the US government.", "cleansing", "MNE",
        id="nominal_attack_in_a_place"),
])
def test_attack_aimed_at_the_state_of_its_place(text: str, trigger: str, state: str) -> None:
    assert first_sides(text, "ASSAULT", trigger)[1] == [state]


def test_protest_against_an_act_aimed_at_its_agent() -> None:
    # PLOVER gold (PROTEST-0026): target ISR
    text = ("Palestinian youths resorted to throwing stones during demonstrations against the "
            "alleged human rights violations by the Israeli military, officials said on "
            "Thursday.")
    assert first_sides(text, "PROTEST", "demonstrations")[1] == ["ISR"]


def test_killing_a_person_takes_no_invaded_state() -> None:
    # a person killed is a victim the clause names, not land invaded (STRUCK_THINGS)
    text = ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
            "Lebanon Sunday, sources on both sides said.")
    assert first_sides(text, "ASSAULT", "killed")[1] == []
