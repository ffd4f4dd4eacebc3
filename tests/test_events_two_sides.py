"""Recall of cooperative acts: "the two sides" and "both sides" refer back to the
last two-party act the story told (a meeting "with" a partner, or a reciprocal one) when no
coordinated pair is named near them."""

from __future__ import annotations

import pytest

from helpers import trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")

STORY = ("Turkey's foreign minister, Hakan Fidan, held talks with Iraqi officials in Baghdad on "
         "Tuesday, as Ankara pressed ahead with operations against Kurdish militants in the "
         "north. Fidan also met Iraq's prime minister. Iraqi officials urged Ankara to respect "
         "the country's sovereignty. Fidan told reporters that Turkey wanted calm borders. "
         "\"We have agreed that both sides will set up a joint security committee,\" he said. "
         "The two sides also agreed to expand work on a highway linking the Gulf to Turkey.")


def test_the_two_sides_are_the_last_meetings_pair() -> None:
    sides = trigger_sides(STORY, "AGREE", "agreed")
    assert (["TUR", "IRQ"], ["TUR", "IRQ"]) in [
        (a, r) for a, r in sides if a and None not in a]


def test_both_sides_in_the_accord_name_its_other_party() -> None:
    sides = trigger_sides(STORY, "AGREE", "agreed")
    assert (["TUR"], ["IRQ"]) in sides


def test_no_earlier_two_party_act_leaves_the_two_sides_alone() -> None:
    text = ("Floods hit northern Iraq on Tuesday. Rescue teams worked through the night. "
            "The two sides also agreed to expand work on a highway.")
    assert all(not a for a, _ in trigger_sides(text, "AGREE", "agreed"))


def test_fighting_alongside_a_force_is_cooperation_with_it() -> None:
    text = ("Hundreds of Turkish soldiers have fought alongside Azerbaijani troops in the "
            "region since March, officials said.")
    assert (["TUR"], ["AZE"]) in trigger_sides(text, "COOPERATE", "fought")


def _protest_crowds(text: str) -> list[tuple[str | None, str]]:
    from helpers import candidates_of

    art, found = candidates_of(text, "PROTEST")
    return [(art.actor(ev.actors[0]).country, art.actor(ev.actors[0]).sector)  # type: ignore
            for ev in found if ev.actors]


def test_protests_told_as_happening_are_the_places_crowd() -> None:
    text = ("Protests broke out across Kenya in the days after the tax vote, and at least "
            "20 people were killed.")
    assert ("KEN", "CVL") in _protest_crowds(text)


def test_protests_counted_out_by_months_take_the_sentences_state() -> None:
    text = ("Months of mass protests followed, and Iranian authorities answered with a "
            "crackdown in which thousands of people were detained.")
    assert ("IRN", "CVL") in _protest_crowds(text)


def test_a_protest_mentioned_in_passing_names_no_crowd() -> None:
    text = ("The minister said the law was passed under a deal signed between the army and "
            "protest leaders in Kenya.")
    assert _protest_crowds(text) == []


def test_talks_with_groups_including_one_are_with_that_one() -> None:
    text = ("Sudan's army is holding separate negotiations with several other groups, "
            "including the Rapid Support Forces, officials said on Monday.")
    sides = trigger_sides(text, "CONSULT", "holding")
    assert sides and all(r and "SDN" in r for _, r in sides)
