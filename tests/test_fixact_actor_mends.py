"""Mends of the actor layer's session changes (helper fixact): the owner of a titled law or plan
is an actor ("President Joe Biden's Inflation Reduction Act"), the owner of a place named after
its "of" is ("the base of the rebels"), a committee described by a word that is no state is of
no known sector ("The organizing committee"), "they" after a body named by its noun alone is the
plural group named before it, and the GSR scorer's pieces are the ones nearest each other."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, mentions_of

from dateline.evaluation import actors as ev


@pytest.mark.parametrize("text, mention, codes", [
    ("President Joe Biden's Inflation Reduction Act poured money into clean energy.",
     "President Joe Biden", ("USA", "GOV")),
    ("Chinese President Xi Jinping's Belt and Road Initiative has financed ports across Africa.",
     "Chinese President Xi Jinping", ("CHN", "GOV")),
    ("Donald Trump's One Big Beautiful Bill passed the House.", "Donald Trump", ("USA", None)),
])
def test_owner_of_a_titled_law_or_plan_is_an_actor(text: str, mention: str,
                                                   codes: tuple[str, str | None]) -> None:
    actor = actor_with(actors_of(text), mention)
    assert actor.country == codes[0]
    if codes[1] is not None:
        assert actor.sector == codes[1]


@pytest.mark.parametrize("text, mention", [
    ("Troops overran the base of the rebels near the border on Monday.", "the rebels"),
    ("Soldiers raided a camp of the militants in the north.", "the militants"),
    ("Police searched the farm of the opposition leader on Tuesday.", "the opposition leader"),
    ("Drones hit the territory of the separatists overnight.", "the separatists"),
])
def test_owner_of_a_place_after_its_of_is_an_actor(text: str, mention: str) -> None:
    assert mention in mentions_of(actors_of(text))


def test_polity_a_place_lies_in_is_no_actor() -> None:
    # VOA 8011218: "the wealthy capital of the West African kingdom"
    text = "Mansa Musa lived in the wealthy capital of the West African kingdom."
    assert "the West African kingdom" not in mentions_of(actors_of(text))


@pytest.mark.parametrize("text, mention", [
    ("The organizing committee said the Olympic torch relay would start in Athens.",
     "The organizing committee"),
    ("The compensation committee approved the chief executive's pay package.",
     "The compensation committee"),
    ("The strike committee called on workers to walk out.", "The strike committee"),
    ("The Nobel committee awarded the prize to a Filipino journalist.", "The Nobel committee"),
])
def test_described_committee_is_no_government(text: str, mention: str) -> None:
    assert not any(a.sector == "GOV" and any(m.text == mention for m in a.mentions)
                   for a in actors_of(text))


def test_they_after_a_singular_body_is_the_plural_group_before_it() -> None:
    actors = actors_of("Iran's Guardian Council disqualified the candidates. The council said "
                       "they lacked loyalty.")
    council = actor_with(actors, "Iran's Guardian Council")
    assert council.country == "IRN"
    assert "The council" in {m.text for m in council.mentions}
    assert "they" in {m.text for m in actor_with(actors, "the candidates").mentions}


@pytest.mark.parametrize("text, wanted, pieces", [
    ("French officials said on Monday that French and Egyptian warships would sail.",
     "French warships", ["French", "warships"]),
    ("U.S. officials said U.S. and British forces left.", "U.S. forces", ["U.S.", "forces"]),
])
def test_pieces_are_the_nearest_occurrences(text: str, wanted: str, pieces: list[str]) -> None:
    found = ev.find_pieces(text, wanted)
    assert [text[s:e] for s, e in found] == pieces
    # the modifier is the one coordinated with the other, not the officials'
    assert found[0][0] > text.index(" said")
