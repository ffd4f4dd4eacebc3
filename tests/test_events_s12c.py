"""Events the lexicon missed (session 12, engineer EC).

A trigger noun coordinated with a support verb's object is that verb's event ("launched
artillery, mortar, and rocket fire against ..."), fire named by its weapon is an attack, and
paying compensation returns property (CAMEO 0842).
"""

from __future__ import annotations

import pytest

from helpers import candidates_of, first_sides, trigger_types

pytestmark = pytest.mark.filterwarnings("ignore")


def test_weapon_fire_coordinated_with_a_support_verbs_object_is_an_assault() -> None:
    # PLOVER gold record (FIGHT "launched artillery mortar rocket").
    text = ("Vietnamese-led forces launched artillery, mortar, and rocket fire against "
            "Kampuchean guerrilla camps near the eastern Thai border today, Thai military "
            "sources said.")
    actors, recipients = first_sides(text, "ASSAULT", "launched")
    assert "VNM" in actors and "KHM" in recipients


def test_a_later_conjunct_keeps_its_own_event() -> None:
    # The first trigger noun keeps the support verb; "sanctions" is not folded into its trigger.
    text = "The United States imposed travel bans and sanctions on Russian officials on Monday."
    found = [(ev.type, ev.trigger.text) for ev in candidates_of(text)[1]]
    assert ("COERCE", "imposed travel bans") in found


def test_bare_fire_is_no_attack() -> None:
    text = "A fire destroyed the market in Kano on Sunday, officials said."
    assert trigger_types(text, "fire") == set()


def test_opened_fire_stays_the_verbs_own_reading() -> None:
    text = "Syrian forces opened fire on protesters in Daraa."
    assert trigger_types(text, "opened") == {"ASSAULT"}


def test_paying_compensation_returns_property() -> None:
    # PLOVER gold record (RETREAT "paid compensation"); "paid" also had to pass the lexicon's
    # three-letter pre-filter, which listed irregular past forms but not this one.
    text = ("Uganda said on Sunday it had paid compensation to 67 elderly British nationals, "
            "most of the Asians, for assets they lost when former dictator Idi Amin expelled "
            "them 18 years ago.")
    actors, recipients = first_sides(text, "RETREAT", "paid")
    assert "UGA" in actors and "GBR" in recipients


def test_paying_tribute_is_no_event() -> None:
    text = "Netanyahu paid tribute to the Israeli soldiers on Monday."
    assert trigger_types(text, "paid") == set()
