"""Event precision on the written gold (wt-wfp): death tolls are statistics, not acts; one
meeting told twice in a story, under other names of its sides, is one CONSULT; a court's
verdict on a person of no nationality is on its own state."""

from __future__ import annotations

import pytest

from helpers import coded_events, trigger_types

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_counted_death_toll_with_no_doer_is_no_attack() -> None:
    text = ("DHAKA, Bangladesh — Bangladesh's Supreme Court on Sunday scaled back a contentious "
            "quota system for government jobs. At least 150 people have been killed, according "
            "to tallies compiled by local media from hospital records, though the government "
            "has not released an official death toll.")
    assert "ASSAULT" not in trigger_types(text, "killed")


def test_a_reported_death_toll_with_no_doer_is_no_attack() -> None:
    text = ("BOGOTA, Colombia — Colombian President Gustavo Petro declared a state of emergency "
            "in the Catatumbo region on Monday. Authorities said at least 80 people had been "
            "killed, among them several former FARC combatants who had laid down their arms.")
    assert "ASSAULT" not in trigger_types(text, "killed")


def test_a_toll_with_its_doers_stays_an_attack() -> None:
    text = ("Protests erupted across Venezuela after the vote, and at least 24 people were "
            "killed, most of them by Venezuelan security forces, "
            "according to rights organizations.")
    assert "ASSAULT" in trigger_types(text, "killed")



def test_a_meeting_told_again_with_other_names_is_one_consult() -> None:
    text = ("ISLAMABAD — Pakistan's deputy prime minister and foreign minister, Ishaq Dar, held "
            "talks with Taliban officials in Kabul on Saturday. Dar met the Taliban's acting "
            "prime minister, Mohammad Hassan Akhund, and acting foreign minister, Amir Khan "
            "Muttaqi, in what was the most senior visit by a Pakistani official to Afghanistan "
            "in more than two years.")
    consults = [(a, r) for t, a, r in coded_events(text, published="2025-04-20")
                if t == "CONSULT"]
    assert len(consults) == 1, consults


def test_a_court_verdict_on_a_person_of_no_nationality_is_on_the_courts_state() -> None:
    text = ("A court in eastern Belarus on Wednesday sentenced a freelance journalist to four "
            "years in a penal colony for contributing reports to a Poland-based television "
            "channel. Belarus has handed prison terms to dozens of reporters since the disputed "
            "2020 presidential election.")
    assert ("SANCTION", ["BLR"], ["BLR"]) in [
        (t, a, [c for c in r if c]) for t, a, r in coded_events(text, published="2023-01-19")]


def test_a_verdict_told_again_with_the_convicts_name_is_one_sanction() -> None:
    text = ("A court in eastern Belarus on Wednesday sentenced a freelance journalist to four "
            "years in a penal colony for contributing reports to a Poland-based television "
            "channel. Pavel Sushko, 38, was convicted by the Belarusian regional court in "
            "Mogilev of \"facilitating extremist activity\" after prosecutors said he had sent "
            "video footage of local protests to Belsat TV. Belarus has handed prison terms to "
            "dozens of reporters since the disputed 2020 presidential election.")
    sanctions = [(a, r) for t, a, r in coded_events(text, published="2023-01-19")
                 if t == "SANCTION"]
    assert len(sanctions) == 1, sanctions
