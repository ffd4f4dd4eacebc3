"""Coordinated national modifiers of an actor noun name one actor each (wt-args).

The actor layer codes "Hungarian" apart from "Romanian officials"; the event reads both
states off the coordination (PLOVER gold records AGREE-0001, DEMAND-0015)."""

import pytest

from helpers import first_sides


@pytest.mark.parametrize("text, etype, trigger, actors, recipients", [
    # coordinated adjectives are both actors
    ("Senior Hungarian and Romanian officials agreed on Wednesday that their countries "
     "should cooperate to encourage Romanian refugees in Hungary to return home.",
     "AGREE", "agreed", {"HUN", "ROU"}, None),
    # coordinated modifiers are both recipients
    ("The Red Cross operating in Iraq said US and British forces must ensure security to "
     "allow emergency water, food, and medical supplies to reach the needy.",
     "REQUEST", "must", None, {"USA", "GBR"}),
    # the signatories of an accord are actors, with no recipient
    ("Czechia and China signed an agreement today to increase trade in 1983 by 50 percent "
     "compared with last year, the official Czechoslovak news agency Ceteka said today.",
     "SUPPORT", "signed", {"CZE", "CHN"}, set()),
], ids=["coordinated_adjectives_are_both_actors", "coordinated_modifiers_are_both_recipients",
        "signatories_of_an_accord_are_actors_without_recipient"])
def test_coordinated_sides(text: str, etype: str, trigger: str,
                           actors: set[str] | None, recipients: set[str] | None) -> None:
    got_actors, got_recipients = first_sides(text, etype, trigger)
    if actors is not None:
        assert set(got_actors) == actors
    if recipients is not None:
        assert set(got_recipients) == recipients
