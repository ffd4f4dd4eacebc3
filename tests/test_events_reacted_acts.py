"""Whom a reaction to an act is aimed at when it names the act by a noun of another word than the
act's own verb (wt-objrecip): "freed ... welcomed the release", "were holding hostages ...
condemning the attack", "rammed ... condemned Sunday's collision" — the doer of the latest act of
the type the noun names.  Real-looking sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from helpers import trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def test_welcoming_the_release_supports_whoever_freed_the_prisoner() -> None:
    text = ("Cambodian authorities freed journalist Mech Dara from prison on Thursday. "
            "His lawyer said the charge against him has not been dropped. "
            "Media watchdog Reporters Without Borders welcomed the release.")
    assert ["KHM"] in [recipients for _, recipients in trigger_sides(text, "SUPPORT", "welcomed")]


def test_condemning_the_attack_accuses_the_attackers_told_before() -> None:
    text = ("Gunmen from the Baloch Liberation Army hijacked a passenger train in Pakistan's "
            "Balochistan province on Tuesday and were holding more than 200 hostages. "
            "Pakistan's Foreign Ministry condemned the attack.")
    assert ["PAK"] in [recipients for _, recipients in trigger_sides(text, "ACCUSE", "condemned")]


def test_a_dated_collision_is_the_act_of_the_ship_that_rammed() -> None:
    text = ("Chinese coast guard ships fired water cannon at a Philippine supply vessel near "
            "Sabina Shoal on Sunday. "
            "The Philippine crew was unhurt. "
            "Britain condemned Sunday's collision.")
    assert ["CHN"] in [recipients for _, recipients in trigger_sides(text, "ACCUSE", "condemned")]


def test_a_reaction_to_an_act_of_another_type_names_no_doer() -> None:
    # (the release is no act of force: the strike told before is not what is welcomed)
    text = ("Israeli aircraft struck targets in southern Lebanon on Monday. "
            "The United Nations welcomed the release.")
    assert all(recipients != ["ISR"]
               for _, recipients in trigger_sides(text, "SUPPORT", "welcomed"))


def test_a_possessor_that_names_a_party_is_not_overridden() -> None:
    # "Hamas's attack" names its doer: no act told before replaces it
    text = ("Israeli aircraft struck targets in Gaza on Monday. "
            "Germany condemned Hamas's attack.")
    assert all(recipients != ["ISR"]
               for _, recipients in trigger_sides(text, "ACCUSE", "condemned"))


def test_demanding_the_ships_withdrawal_is_made_of_whoever_deployed_it() -> None:
    text = ("Manila deployed one of its largest coast guard ships to the shoal in April. "
            "Beijing has demanded the ship's withdrawal.")
    assert (["CHN"], ["PHL"]) in trigger_sides(text, "REQUEST", "demanded")


def test_a_national_thing_withdrawn_keeps_its_own_state() -> None:
    text = ("Manila deployed one of its largest coast guard ships to the shoal in April. "
            "Beijing has demanded the withdrawal of Vietnamese ships.")
    assert all(recipients != ["PHL"]
               for _, recipients in trigger_sides(text, "REQUEST", "demanded"))


def test_talks_a_party_refused_to_attend_are_the_leading_states() -> None:
    text = ("Sudanese army chief Abdel Fattah al-Burhan said on Monday that U.S.-led talks in "
            "Geneva, which the army refused to attend, had failed to end the war.")
    assert ["USA"] in [recipients for _, recipients in trigger_sides(text, "REJECT", "refused")]


def test_a_national_proposal_rejected_in_a_relative_clause_is_that_states() -> None:
    text = ("Hamas said the Egyptian proposal, which it rejected on Sunday, did not guarantee "
            "an end to the war.")
    assert ["EGY"] in [recipients for _, recipients in trigger_sides(text, "REJECT", "rejected")]


def test_a_refusal_of_no_antecedent_object_names_no_state() -> None:
    # ("which" is the subject of its clause: nothing of the Geneva talks is refused)
    text = ("Sudanese army chief Abdel Fattah al-Burhan said on Monday that U.S.-led talks in "
            "Geneva had failed, and the army refused to return.")
    assert all(recipients != ["USA"]
               for _, recipients in trigger_sides(text, "REJECT", "refused"))
