"""Actor coding rules of the actors2 helper round (session 26, read from the written stories'
even half).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of

VENUE_STORY = (
    "China on Tuesday blocked a U.N. Security Council statement on the fighting in South Sudan, "
    "a move that France called deeply regrettable. France said it would keep working with "
    "African partners on a new text. China's envoy said the statement amounted to interference. "
    "South Sudan's foreign minister thanked China, and South Sudanese officials criticized France. "
    "The fighting began in March, when South Sudanese army chief Gen. Santino Deng clashed with a rebel "
    "commander in the capital, Juba. Peace talks in Kenya in May, which the army refused to "
    "attend, ended without a deal.")


def test_bare_army_at_a_foreign_venue_takes_the_one_coded_force():
    # "talks in Kenya, which the army refused to attend": the venue is no actor's country; the
    # army is the one coded armed force's (army chief Gen. Santino Deng, South Sudan's)
    army = actor_with(actors_of(VENUE_STORY), "the army")
    assert army.country == "SSD"
    assert army.sector == "MIL"


def test_bare_army_in_a_country_an_actor_is_of_keeps_it():
    # a place whose country another actor of the story is of still places the army
    text = ("Kenyan police said on Monday they had arrested 12 people. Somalia's army chief "
            "Gen. Odowaa Yusuf Rageh visited Mogadishu. Uganda's president met Kenya's foreign "
            "minister. Fighting in Kenya, where the army was deployed last year, has eased.")
    army = [a for a in actors_of(text) if any(m.text == "the army" for m in a.mentions)]
    assert not army or army[0].country != "SOM"


def test_bare_bloc_takes_the_body_its_own_sentence_names():
    # two bodies a bare "bloc" fits in the sentences before; its own sentence names one of them
    # ("AU leaders") before it: the bloc is that one
    text = ("Mali and Niger have clashed with both the African Union and the Economic Community "
            "of West African States over the pace of their transitions. Senegal's president, whom "
            "AU leaders appointed as a mediator in March, urged the bloc on Monday to keep talking "
            "with the juntas.")
    bloc = actor_with(actors_of(text), "the bloc")
    assert bloc.country == "IGOAFU"


def test_bare_bloc_between_two_bodies_stays_open():
    text = ("Mali and Niger have clashed with both the African Union and the Economic Community "
            "of West African States over the pace of their transitions. Senegal's president urged "
            "the bloc on Monday to keep talking with the juntas.")
    found = [a for a in actors_of(text) if any(m.text == "the bloc" for m in a.mentions)]
    assert not found or found[0].country is None


RIGHTS_STORY = (
    "Burkina Faso's junta extended the state of emergency in the north on Monday. "
    "Burkina Faso's army said its troops had killed dozens of militants near Djibo. "
    "The government of Burkina Faso said the operation had restored order. "
    "Rights groups have accused Burkinabe soldiers and their Turkish drone operators of "
    "killing civilians in airstrikes.")


def test_rights_groups_take_no_foreign_country_their_sentence_names():
    # the one foreign country the sentence names is the accused's, not the rights groups'
    groups = actor_with(actors_of(RIGHTS_STORY), "Rights groups")
    assert groups.country != "TUR"


def test_rights_groups_keep_the_story_country():
    text = RIGHTS_STORY.replace("Burkinabe soldiers and their Turkish drone operators",
                                "the government of Burkina Faso")
    groups = actor_with(actors_of(text), "Rights groups")
    assert groups.country == "BFA"


@pytest.mark.parametrize("text, mention, country, sector", [
    ("U.N. investigators said on Thursday that security forces had killed at least 40 "
     "protesters in the capital.", "U.N. investigators", "IGOUNO", None),
    ("Kenyan police investigators said on Tuesday they had arrested three suspects in the "
     "killing of the journalist.", "Kenyan police investigators", "KEN", "COP"),
])
def test_investigators_are_actors(text, mention, country, sector):
    found = actor_with(actors_of(text), mention)
    assert found.country == country
    if sector is not None:
        assert found.sector == sector


def test_an_alliance_made_up_of_armed_groups_is_theirs():
    text = ("The Northern Freedom Coalition, made up of the Kachin Independence Army and the "
            "Arakan Army, said on Monday that its fighters had seized two military posts.")
    found = actor_with(actors_of(text), "The Northern Freedom Coalition")
    assert found.country == "MMR"


def test_a_body_made_up_of_two_states_forces_takes_no_country():
    text = ("The Joint Border Command, made up of the Kenya Defence Forces and the Somali "
            "National Army, said on Monday it had cleared two militant camps.")
    found = [a for a in actors_of(text)
             if any(m.text == "The Joint Border Command" for m in a.mentions)]
    assert not found or found[0].country not in ("KEN", "SOM")


def test_the_alliance_refers_back_to_a_named_alliance():
    text = ("The Northern Freedom Alliance, made up of the Kachin Independence Army and the "
            "Arakan Army, said on Monday that its fighters had seized two military posts. "
            "The alliance said it would press on toward the border.")
    found = actor_with(actors_of(text), "The alliance")
    assert any(m.text == "The Northern Freedom Alliance" for m in found.mentions)
    assert found.country == "MMR"


def test_the_alliance_with_no_alliance_named_is_no_actor():
    text = ("The Kachin Independence Army said on Monday that its fighters had seized two "
            "military posts. The alliance with the Arakan Army has held for a decade.")
    assert not any(m.text == "The alliance" for a in actors_of(text) for m in a.mentions)


def test_both_groups_refers_back_to_the_pair_named_before():
    text = ("Clashes between two armed groups in Colombia's Cauca province killed at least 20 "
            "people on Saturday, officials said. The governor called on both groups to allow "
            "aid into the area.")
    found = actor_with(actors_of(text), "both groups")
    assert any(m.text == "two armed groups" for m in found.mentions)


def test_both_groups_with_no_pair_before_is_no_actor():
    text = "The governor on Sunday called on both groups to allow aid into the area."
    assert not any(m.text == "both groups" for a in actors_of(text) for m in a.mentions)


def test_both_militias_refers_back_to_the_militias_named_before():
    text = ("Clashes between two rival militias in Tripoli killed at least 15 people on Monday, "
            "the health ministry said. The U.N. mission urged both militias to agree to a "
            "ceasefire.")
    found = actor_with(actors_of(text), "both militias")
    assert any(m.text == "two rival militias" for m in found.mentions)


def test_both_sides_is_not_taken_for_a_pair_of_groups():
    text = ("Clashes between two armed groups in Colombia's Cauca province killed at least 20 "
            "people on Saturday. Talks between Russia and Ukraine stalled, and the envoy urged "
            "both sides to return to the table.")
    assert not any(m.text == "two armed groups" and any(x.text == "both sides" for x in a.mentions)
                   for a in actors_of(text) for m in a.mentions)
