"""Coordinated national modifiers of an actor noun name one actor each (wt-args).

The actor layer codes "Hungarian" apart from "Romanian officials"; the event reads both
states off the coordination (PLOVER gold records AGREE-0001, DEMAND-0015)."""

import pytest

from helpers import first_sides


@pytest.mark.parametrize("text, type_, trigger, actors, recipients", [
    # coordinated adjectives are both actors
    ("Senior Hungarian and Romanian officials agreed on Wednesday that their countries "
     "should cooperate to encourage Romanian refugees in Hungary to return home.",
     "AGREE", "agreed", {"HUN", "ROU"}, None),
    # coordinated modifiers are both recipients
    ("The Red Cross operating in Iraq said US and British forces must ensure security to "
     "allow emergency water, food, and medical supplies to reach the needy.",
     "REQUEST", "must", None, {"USA", "GBR"}),
    # the signatories of an accord are actors, without a recipient
    ("Czechia and China signed an agreement today to increase trade in 1983 by 50 percent "
     "compared with last year, the official Czechoslovak news agency Ceteka said today.",
     "SUPPORT", "signed", {"CZE", "CHN"}, []),
])
def test_coordinated_sides(text, type_, trigger, actors, recipients):
    found_actors, found_recipients = first_sides(text, type_, trigger)
    if actors is not None:
        assert set(found_actors) == actors
    if recipients == []:
        assert found_recipients == []
    elif recipients is not None:
        assert set(found_recipients) == recipients
