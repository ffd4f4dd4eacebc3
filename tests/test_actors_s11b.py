"""Session-11 actor rules (task AY): a country from the owner the sentence names, not from a
nearby or dominant name (sentences after the VOA stories and the hand-judged samples)."""

from __future__ import annotations

from helpers import actor_with, actors_of

AFGHAN = ("Taliban fighters attacked a checkpoint in Kandahar province on Monday.  Afghan "
          "officials said five policemen were killed.  ")


def test_a_spokesman_for_a_foreign_military_keeps_its_country(nlp: object) -> None:
    # a U.S. military spokesman in Afghanistan is the U.S. military's, not Afghanistan's
    actors = actors_of(AFGHAN + "A spokesman for the U.S. military in Afghanistan said the "
                       "airstrike killed two insurgents.")
    spokesman = actor_with(actors, "A spokesman")
    assert (spokesman.country, spokesman.sector) == ("USA", "MIL")


def test_a_spokesperson_for_a_ministry_takes_its_country(nlp: object) -> None:
    actors = actors_of(AFGHAN + "A spokesperson for the Pakistani foreign ministry denied "
                       "that the attackers had crossed the border.")
    assert actor_with(actors, "A spokesperson").country == "PAK"


def test_the_leader_of_a_persons_team_takes_no_guessed_country(nlp: object) -> None:
    # "the leader of his legal team" (VOA 8010046): the team's country is only a guess
    actors = actors_of("A Guatemalan judge ordered prominent journalist Jose Ruben Zamora "
                       "back to prison this week in a move that the leader of his legal team "
                       "called inhumane.  Guatemala's attorney general has pursued Zamora "
                       "since 2022.  Guatemalan authorities deny wrongdoing.")
    assert actor_with(actors, "the leader").country is None
