"""Condemning an act accuses its doer, not the act nor its victim (session 11): the recipient of
"condemned the attack" is the attack noun's own agent in the sentence (a possessor, a "by"
phrase, a national modifier), and no one when the sentence names no doer."""

from __future__ import annotations

import pytest

from helpers import trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def _accusations(text: str, trigger: str) -> list[tuple[list[str | None], list[str | None]]]:
    """Actor and recipient countries of the ACCUSE candidates whose trigger starts with
    ``trigger``."""
    return trigger_sides(text, "ACCUSE", trigger)


def test_the_possessor_of_the_strikes_is_accused() -> None:
    found = _accusations("The United Nations condemned Russia's strikes on Kyiv on Monday.",
                         "condemned")
    assert found == [(["IGOUNO"], ["RUS"])]


def test_the_national_modifier_of_the_raid_is_accused() -> None:
    found = _accusations("Egypt denounced the Israeli raid on the camp.", "denounced")
    assert found == [(["EGY"], ["ISR"])]


def test_the_by_phrase_is_accused_not_the_target_of_the_attack() -> None:
    # the parser hangs "on a police post" on the verb: with a doer named, it is the act's target
    found = _accusations("Kenya condemned the attack by al-Shabab on a police post.", "condemned")
    assert found == [(["KEN"], ["SOM"])]


def test_the_victim_of_an_attack_is_never_accused() -> None:
    found = _accusations("Egypt condemned the attack on Israel.", "condemned")
    assert found and all("ISR" not in recipients for _, recipients in found)


def test_the_arrested_is_not_accused_of_their_arrest() -> None:
    found = _accusations("The United States condemned Navalny's arrest.", "condemned")
    assert found and all(recipients == [] for _, recipients in found)


def test_a_blamed_deed_is_laid_on_the_on_phrase() -> None:
    # "Islamabad has blamed several recent attacks on militants present on Afghan soil" (VOA
    # 8007760): "blame X on Y" accuses Y (the militants, uncoded alone), wherever the parser
    # hangs the "on" phrase; the attacks name no doer of their own
    found = _accusations("Islamabad has blamed several recent attacks on militants present on "
                         "Afghan soil.", "blamed")
    assert found and all(len(recipients) == 1 for _, recipients in found)


def test_a_by_phrase_hung_on_the_verb_is_the_doer_of_the_act() -> None:
    # an active verb has no agent: the parser hangs "by Japan" on "criticized"
    found = _accusations("China criticized the detention of Chinese fishermen by Japan.",
                         "criticized")
    assert found == [(["CHN"], ["JPN"])]
