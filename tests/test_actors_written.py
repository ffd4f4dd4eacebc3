"""Actor coding rules read from the written stories' even half (eval/written): a full name
apposed to a title, acronyms mis-tagged by the parser, state bodies named by function, the
defense ministry's sector and states that bombard.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of


@pytest.mark.parametrize("text, title, name, country, sector", [
    ("Canada's deputy U.N. ambassador, Pavel Ostrowski, said the vote was a mistake.",
     "Canada's deputy U.N. ambassador", "Pavel Ostrowski", "CAN", "GOV"),
    ("Peru's ombudsman, Josefina Ruiz, called on both sides to stay calm.",
     "Peru's ombudsman", "Josefina Ruiz", "PER", "GOV"),
])
def test_title_then_apposed_name_is_one_person(text, title, name, country, sector):
    actors = actors_of(text)
    person = actor_with(actors, title)
    assert actor_with(actors, name) is person
    assert (person.kind, person.country, person.sector) == ("person", country, sector)


def test_acronym_tagged_as_verb_is_the_body():
    actors = actors_of("ECOWAS imposed sweeping sanctions on Guinea last year.")
    assert actor_with(actors, "ECOWAS").country == "IGOWAS"


@pytest.mark.parametrize("text, mention, sector", [
    ("The Japanese Defense Ministry said its jets had intercepted the aircraft.",
     "The Japanese Defense Ministry", "MIL"),
    ("Japanese Defense Minister Kenji Sato said the jets had intercepted the aircraft.",
     "Japanese Defense Minister Kenji Sato", "GOV"),
    ("The National Electoral Council declared the ruling party the winner.",
     "The National Electoral Council", "GOV"),
    ("Several municipalities ordered the shops to close.", "Several municipalities", "GOV"),
])
def test_bodies_named_by_function(text, mention, sector):
    assert actor_with(actors_of(text), mention).sector == sector


def test_state_that_pounds_a_city_is_its_military():
    actors = actors_of("Iran pounded the border town with artillery for a second night.")
    assert (actor_with(actors, "Iran").country, actor_with(actors, "Iran").sector) == ("IRN", "MIL")


@pytest.mark.parametrize("text, mention, sector", [
    ("The court opened the trial in absentia of exiled opposition leader Daria Novik in Minsk.",
     "exiled opposition leader Daria Novik", "OPP"),
    ("Former opposition leader Jan Novak said he would retire from politics.",
     "Former opposition leader Jan Novak", "ELI"),
    ("Border guards may now turn away asylum-seekers at the frontier.", "asylum-seekers", "REF"),
])
def test_opposition_and_refugee_sectors(text, mention, sector):
    assert actor_with(actors_of(text), mention).sector == sector


def test_opposition_candidate_takes_the_story_country():
    story = ("A Zambian court on Monday issued an arrest warrant for opposition presidential "
             "candidate Joseph Mwale, drawing criticism from the United States. Zambia's police "
             "said Mwale had ignored three summonses. The government of Zambia accused Mwale of "
             "sedition, and Zambian officials said he would be arrested within days. Lusaka has "
             "rejected all criticism of the case.")
    actors = actors_of(story)
    assert actor_with(actors, "opposition presidential candidate Joseph Mwale").country == "ZMB"


def test_armed_groups_are_the_armed_opposition():
    actors = actors_of("Fighting between two armed groups forced thousands of villagers to flee.")
    assert actor_with(actors, "two armed groups").sector == "REB"


def test_a_list_of_states_tagged_as_one_name_is_split():
    actors = actors_of("Mali, Burkina Faso and Niger formally left the regional bloc on Friday.")
    assert actor_with(actors, "Mali").country == "MLI"
    assert all(a.country in {None, "MLI", "BFA", "NER"} for a in actors)
