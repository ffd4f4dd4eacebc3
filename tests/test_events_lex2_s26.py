"""Triggers, session 26 (helper lex2): the deed an accusation charges its object with is an
event of its own, done by the accused and reported (GUIDE: modality "reported")."""

from __future__ import annotations

import pytest

from helpers import candidates_of, trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_deportation_charged_by_an_accusation_is_the_accused_armys() -> None:
    text = ("Amnesty International accused Turkish border guards last week of deporting dozens "
            "of Syrian refugees.")
    assert trigger_sides(text, "ACCUSE", "accused") == [([None], ["TUR"])]
    assert trigger_sides(text, "COERCE", "deporting") == [(["TUR"], ["SYR"])]
    text = "Amnesty International accused the Greek coast guard of expelling hundreds of migrants."
    assert [actor for actor, _ in trigger_sides(text, "COERCE", "expelling")] == [["GRC"]]


def test_the_charged_deed_is_reported_not_asserted() -> None:
    text = ("Ukraine accused Russian forces of shelling residential districts of Kharkiv on "
            "Sunday.")
    _, found = candidates_of(text, "ASSAULT")
    deeds = [ev for ev in found if ev.trigger.text.startswith("shelling")]
    assert deeds and all(ev.modality == "reported" for ev in deeds)


def test_a_blamed_attack_and_a_coordinated_deed_are_the_accuseds() -> None:
    text = ("Kenya blamed Somali militants for attacking a police convoy near the border town "
            "of Mandera.")
    assert [actor for actor, _ in trigger_sides(text, "ASSAULT", "attacking")] == [["SOM"]]
    text = ("Vietnam accused Chinese coast guard ships of ramming and firing water cannon at a "
            "Vietnamese fishing boat.")
    assert [actor for actor, _ in trigger_sides(text, "ASSAULT", "firing")] == [["CHN"]]


def test_a_charged_stance_stays_inside_the_accusation() -> None:
    text = "Rwanda accused Congo of backing the FDLR rebels in North Kivu."
    assert trigger_sides(text, "SUPPORT", "backing") == []
