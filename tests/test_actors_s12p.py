"""Session-12 (AP) guards: people the story's country is given to — a voice of the public
whose only description is an age — and the neighbours that keep their own."""

from __future__ import annotations

from helpers import actor_with, actors_of

# a story set in Kenya (after VOA 6184384, Lamu County), written for these tests
KENYA = ("Residents of Lamu County, Kenya, say the militants have attacked their villages. "
         "Kenyan police said they had arrested three suspects. Kenyan troops patrol the Boni "
         "forest. The Kenyan government has promised help. ")


def test_voice_described_only_by_an_age_takes_the_storys_country(nlp: object) -> None:
    # VOA 6184384: "Twenty-year-old Bilai Abdi said", a villager in Lamu: KEN in the judged rows
    actors = actors_of(KENYA + "Twenty-year-old Bilai Abdi said she was excited about getting "
                       "her two children new clothes one afternoon.")
    assert actor_with(actors, "Twenty-year-old Bilai Abdi").country == "KEN"


def test_bare_voice_still_takes_the_storys_country(nlp: object) -> None:
    actors = actors_of(KENYA + "Bilai Abdi said she was excited about getting her two children "
                       "new clothes one afternoon.")
    assert actor_with(actors, "Bilai Abdi").country == "KEN"


def test_aged_voice_with_a_nationality_keeps_it(nlp: object) -> None:
    actors = actors_of(KENYA + "Twenty-year-old Italian tourist Marco Rossi said he was afraid "
                       "to leave his hotel.")
    assert actor_with(actors, "Twenty-year-old Italian tourist Marco Rossi").country == "ITA"


def test_aged_voice_described_as_a_refugee_is_not_the_storys(nlp: object) -> None:
    actors = actors_of(KENYA + "Twenty-year-old Bilai Abdi, a Somali refugee, said she was "
                       "afraid.")
    assert actor_with(actors, "Twenty-year-old Bilai Abdi").country != "KEN"


def test_voice_named_again_inside_a_phrase_takes_the_storys_country(nlp: object) -> None:
    # VOA 6184384: "killing all the civilians except Abdi": the repeated name describes nothing
    actors = actors_of(KENYA + "Twenty-year-old Bilai Abdi said she was travelling to the town. "
                       "The car hit a roadside bomb, killing all the civilians except Abdi. "
                       "Abdi says she saw soldiers moving around her.")
    assert actor_with(actors, "Twenty-year-old Bilai Abdi").country == "KEN"


def test_named_local_resident_takes_the_storys_country(nlp: object) -> None:
    # VOA 6184384: "according to local resident Abala Waro", a villager of Lamu's forest
    actors = actors_of(KENYA + "Villagers still avoid going too far into the forest for fear of "
                       "attack, according to local resident Abala Waro.")
    assert actor_with(actors, "local resident Abala Waro").country == "KEN"


def test_named_resident_with_a_nationality_keeps_it(nlp: object) -> None:
    actors = actors_of(KENYA + "Villagers still avoid going too far into the forest, according "
                       "to Somali resident Abala Waro.")
    assert actor_with(actors, "Somali resident Abala Waro").country == "SOM"
