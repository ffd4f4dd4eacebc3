"""Reviewer REV1 (review of aa9c944..07d5d51): counter-sentences to the round's new rules."""

from __future__ import annotations

from helpers import actor_with, article_of, candidates_of, first_sides


def test_struck_thing_a_national_modifier_owns_is_the_owners() -> None:
    # events.implicit.scene_state: the base is American wherever it stands (was IRQ)
    assert first_sides("Militants attacked the American base in Iraq on Sunday, officials said.",
                       "ASSAULT", "attacked")[1] == ["USA"]


def test_struck_thing_with_a_possessor_is_not_the_scenes() -> None:
    # a possessed "line" (a policy) is no work standing in Kenya (was KEN from the scene); its
    # owner "the government" is an actor of its own since mentions.agent_owner, and the one
    # recipient (no state added from the scene)
    art, found = candidates_of("The Kenyan opposition leader attacked the government's line on "
                               "taxes at a rally in Nairobi.", "ASSAULT")
    assert found, "no ASSAULT candidate"
    assert [art.actor(x).mentions[0].text for x in found[0].recipients] in ([], ["the government"])


SOMALIA = "Somalia's drought has displaced a million people. "


def test_her_children_are_not_the_last_named_man_s() -> None:
    # actors.kin_parent: "her" after "Joe Biden" is the mother's, not Biden's (was USA)
    art = article_of(SOMALIA + "U.S. President Joe Biden said her children had died of hunger, "
                     "after meeting a Somali mother in Mogadishu.")
    assert actor_with(art, "her children").country == "SOM"


def test_children_a_donor_supports_are_not_her_kin() -> None:
    # "support" is no verb of raising children (was USA)
    art = article_of(SOMALIA + "U.S. First Lady Jill Biden supports children in Somali camps "
                     "through a charity.")
    assert actor_with(art, "children").country != "USA"


def test_a_time_before_a_bodys_vote_is_no_tribunal() -> None:
    # events.arguments._tribunal: "before the United Nations vote" is a time (was IGOUNO)
    assert first_sides("Russia declined to join the session before the United Nations vote on "
                       "Ukraine.", "REJECT", "declined")[1] == []


def test_a_people_struggling_with_prices_is_no_state() -> None:
    # actors.referents.nation_acting: "pressure" of prices is no dealing with a state (was GOV)
    art = article_of("Kenyans are struggling with the pressure of rising prices, a survey found.")
    assert actor_with(art, "Kenyans").sector == "CVL"
