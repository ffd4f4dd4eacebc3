"""Reviewer REV1 (review of aa9c944..07d5d51): counter-sentences to the round's new rules."""

from __future__ import annotations

from helpers import first_sides


def test_struck_thing_a_national_modifier_owns_is_the_owners() -> None:
    # events.implicit.scene_state: the base is American wherever it stands (was IRQ)
    assert first_sides("Militants attacked the American base in Iraq on Sunday, officials said.",
                       "ASSAULT", "attacked")[1] == ["USA"]


def test_struck_thing_with_a_possessor_is_not_the_scenes() -> None:
    # a possessed "line" (a policy) is no work standing in Kenya (was KEN)
    assert first_sides("The Kenyan opposition leader attacked the government's line on taxes "
                       "at a rally in Nairobi.", "ASSAULT", "attacked")[1] == []
