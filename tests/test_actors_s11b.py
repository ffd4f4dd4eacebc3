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


def test_a_spokesperson_speaks_for_the_body_his_statement_is_about(nlp: object) -> None:
    # VOA 8010476: the State Department's spokesperson, not Iran's (named later)
    actors = actors_of("Iran shipped ballistic missile parts through a Chinese port, analysts "
                       "said.  Iran denied it.  A spokesperson said the State Department does "
                       "not comment on intelligence matters but remains focused on Iran's "
                       "missile programs.")
    assert actor_with(actors, "A spokesperson").country == "USA"


def test_a_spokesperson_keeps_his_own_sector(nlp: object) -> None:
    actors = actors_of(AFGHAN + "The military spokesperson said the Pakistani government would "
                       "continue the operation.")
    spokesperson = actor_with(actors, "The military spokesperson")
    assert (spokesperson.country, spokesperson.sector) == ("PAK", "MIL")


def test_non_nationals_take_neither_the_nationality_nor_the_story_country(nlp: object) -> None:
    # VOA 6205362: "non-Italians" are not Italian, and the story's Italy says nothing of them
    actors = actors_of("Italian officials said the new booking system failed again on Monday. "
                       "Italy's health ministry apologized.  Head-scratching Italians and "
                       "non-Italians, baffled residents and non-residents alike, were all "
                       "stumped by a computer.")
    assert actor_with(actors, "non-Italians").country is None
    assert actor_with(actors, "Head-scratching Italians").country == "ITA"


def test_non_nationals_at_a_sentence_start_take_no_country(nlp: object) -> None:
    # the same class capitalized: "Non-Afghans" are not Afghan
    actors = actors_of("Afghan officials said on Monday that Non-Afghans were barred from the "
                       "camp.")
    assert actor_with(actors, "Non-Afghans").country is None


def test_non_believers_keep_the_country_of_their_place(nlp: object) -> None:
    # "non-Muslim" negates a faith, not a nationality: the residents of Lahore stay Pakistani
    actors = actors_of("Pakistani police arrested 20 men in Lahore. Pakistani officials said "
                       "the non-Muslim residents of Lahore fled.")
    assert actor_with(actors, "the non-Muslim residents of Lahore").country == "PAK"
