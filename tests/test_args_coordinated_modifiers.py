"""Coordinated national modifiers of an actor noun name one actor each (wt-args).

The actor layer codes "Hungarian" apart from "Romanian officials"; the event reads both
states off the coordination (PLOVER gold records AGREE-0001, DEMAND-0015)."""

from helpers import first_sides


def test_coordinated_adjectives_are_both_actors():
    actors, recipients = first_sides(
        "Senior Hungarian and Romanian officials agreed on Wednesday that their countries "
        "should cooperate to encourage Romanian refugees in Hungary to return home.",
        "AGREE", "agreed")
    assert set(actors) == {"HUN", "ROU"}


def test_coordinated_modifiers_are_both_recipients():
    _, recipients = first_sides(
        "The Red Cross operating in Iraq said US and British forces must ensure security to "
        "allow emergency water, food, and medical supplies to reach the needy.",
        "REQUEST", "must")
    assert set(recipients) == {"USA", "GBR"}


def test_signatories_of_an_accord_are_actors_without_recipient():
    actors, recipients = first_sides(
        "Czechia and China signed an agreement today to increase trade in 1983 by 50 percent "
        "compared with last year, the official Czechoslovak news agency Ceteka said today.",
        "SUPPORT", "signed")
    assert set(actors) == {"CZE", "CHN"} and recipients == []
