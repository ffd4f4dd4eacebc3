"""Round-21 actor rules (AG): "the group" (the organization, the movement, the militia, the
party) refers back to the non-state body named in that or the sentence before."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_the_group_refers_back_to_the_armed_group_named_before(nlp: object) -> None:
    # VOA 8007760 (even gold THREATEN, actor PAK REB): "BLA demanded … the group gave
    # authorities 48 hours to comply"
    actors = actors_of("Threatening to kill the hostages, the Baloch Liberation Army demanded the "
                       "release of political prisoners. In a statement, the group gave "
                       "authorities 48 hours to comply.")
    bla = actor_with(actors, "the group")
    assert any(m.text == "the Baloch Liberation Army" for m in bla.mentions)
    assert (bla.country, bla.sector) == ("PAK", "REB")


def test_the_movement_refers_back_to_the_front(nlp: object) -> None:
    actors = actors_of("The Tigray People's Liberation Front rejected the deal on Monday. "
                       "The movement said it would fight on.")
    front = actor_with(actors, "The movement")
    assert any("Tigray People's Liberation Front" in m.text for m in front.mentions)
    assert front.country == "ETH"


def test_the_group_with_nothing_named_before_is_dropped(nlp: object) -> None:
    actors = actors_of("The group said it would appeal the ruling.")
    assert not any(m.text == "The group" for a in actors for m in a.mentions)


def test_the_group_does_not_reach_back_to_a_state_organ(nlp: object) -> None:
    actors = actors_of("The Pakistani army said it had freed the passengers. The group said "
                       "it would appeal.")
    assert not any(m.text == "The group" for a in actors for m in a.mentions)


def test_a_described_group_is_coded_as_before(nlp: object) -> None:
    # GSR: "a human rights group protested here Wednesday" stays an actor of its own
    actors = actors_of("Croatian authorities are failing to uphold the property rights of "
                       "Croatian Serb refugees, a human rights group protested here Wednesday.")
    assert actor_with(actors, "a human rights group").sector == "SOC"


def test_a_bracketed_acronym_is_the_body_it_abbreviates(nlp: object) -> None:
    actors = actors_of("The Haitian National Police (HNP) arrested three gang leaders on Monday. "
                       "HNP said the operation would continue.")
    hnp = actor_with(actors, "HNP")
    assert any(m.text == "The Haitian National Police" for m in hnp.mentions)
    assert (hnp.country, hnp.sector) == ("HTI", "COP")


def test_an_acronym_apposed_to_its_long_form_is_one_body(nlp: object) -> None:
    actors = actors_of("HNP, the Haitian National Police, arrested three gang leaders on Monday.")
    hnp = actor_with(actors, "HNP")
    assert any(m.text == "the Haitian National Police" for m in hnp.mentions)
    assert hnp.country == "HTI"


def test_brackets_that_are_not_initials_join_nothing(nlp: object) -> None:
    actors = actors_of("The Kenya Defence Forces (Nairobi) said they killed 20 militants. "
                       "Nairobi said the raid was a success.")
    kdf = actor_with(actors, "The Kenya Defence Forces")
    assert not any(m.text == "Nairobi" for m in kdf.mentions)
