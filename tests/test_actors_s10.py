"""Session-10 actor rules (country on rows no judge has seen): generic groups that take no
country from the story or the sentence without textual support (sentences after the VOA
stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of

FRANCE = ("French President Emmanuel Macron met French Prime Minister Michel Barnier in Paris "
          "on Monday.  The French government said the talks covered the budget.  ")


def test_some_commentators_take_no_story_country(nlp: object) -> None:
    actors = actors_of(FRANCE + "Some commentators suggested French presidential ambitions "
                       "may be behind Barnier's skepticism about Schengen.")
    assert actor_with(actors, "Some commentators").country is None


def test_many_people_take_no_country_from_what_they_support(nlp: object) -> None:
    actors = actors_of("Taiwan's foreign minister said the island was shut out of the "
                       "assembly again.  Many people spoke up for Taiwan, I believe, more "
                       "than ever before.")
    assert actor_with(actors, "Many people").country is None


def test_some_soldiers_keep_the_story_country(nlp: object) -> None:
    actors = actors_of("Pakistani troops freed the hostages of a hijacked train in "
                       "Balochistan.  Pakistan's army said the operation was over.  Pakistani "
                       "officials said 21 passengers died.  \"Some soldiers also ran,\" a "
                       "passenger said.")
    assert actor_with(actors, "Some soldiers").country == "PAK"


def test_a_group_with_a_nationality_keeps_it(nlp: object) -> None:
    actors = actors_of(FRANCE + "According to some French media outlets, Barnier is "
                       "considering a run for president.")
    assert actor_with(actors, "some French media outlets").country == "FRA"


def test_a_rights_group_in_a_short_report_takes_no_state_it_speaks_of(nlp: object) -> None:
    actors = actors_of("Croatian authorities are failing to uphold the property rights of "
                       "Croatian Serb refugees, a human rights group protested here Wednesday.")
    assert actor_with(actors, "Croatian authorities").country == "HRV"
    assert actor_with(actors, "a human rights group").country is None


def test_an_administration_named_after_a_leader_takes_his_state(nlp: object) -> None:
    actors = actors_of("The Bush administration declared Tuesday that China must drop barriers "
                       "to U.S. exports or face tariff penalties.")
    assert actor_with(actors, "The Bush administration").country == "USA"


def test_a_surname_of_several_states_leaders_gives_no_state(nlp: object) -> None:
    # the dictionary's ministers named Lopes served Cape Verde, Guinea, Brazil and Angola
    actors = actors_of("The Lopes government said on Monday it would reopen the border.")
    assert actor_with(actors, "The Lopes government").country is None
