"""Round-15 actor rules (AQ): countries left empty where the text gives them — people fleeing
a named country (or a war in it) are of that country."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_refugees_fleeing_a_war_in_a_country_are_of_it(nlp: object) -> None:
    # GSR: "food aid to refugees fleeing the civil war in Liberia" LBR REF
    actors = actors_of("The United Nations will provide nearly 25,000 tons of emergency food aid "
                       "to refugees fleeing the civil war in Liberia, the World Food Program "
                       "(WFP) said on Monday.")
    assert actor_with(actors, "refugees").country == "LBR"


def test_refugees_escaping_from_a_country_are_of_it(nlp: object) -> None:
    actors = actors_of("Refugees who escaped from Syria arrived in Turkey on Monday.")
    assert actor_with(actors, "Refugees").country == "SYR"


def test_a_flight_from_two_countries_gives_none(nlp: object) -> None:
    # "people fleeing civil wars and strife in Somalia and Sudan": no one country
    actors = actors_of("The camp shelters refugees fleeing civil wars and strife in Somalia and "
                       "Sudan, officials in Nairobi said.")
    assert actor_with(actors, "refugees").country is None


STORY = ("Kenyan lawmakers voted to remove Deputy President Rigathi Gachagua on Thursday. "
         "Kenyan President William Ruto named Kithuri Kindiki as the new deputy. "
         "The Kenyan High Court later lifted orders blocking the swearing-in. ")


def test_a_bare_name_quoted_in_a_story_takes_the_story_country(nlp: object) -> None:
    # judged (VOA 7846440): "It was so untimely," Edwin Mugalo said. — a voice of the Kenyan
    # public in a story on Kenya, KEN
    actors = actors_of(STORY + "“It was so untimely,” Edwin Mugalo said.")
    assert actor_with(actors, "Edwin Mugalo").country == "KEN"


def test_a_described_name_takes_nothing_from_the_story(nlp: object) -> None:
    # a name with a description of its own may be a foreigner ("Political analyst Alfatih
    # Mahmoud", judged "-"): the story's country is not given
    actors = actors_of(STORY + "Political analyst John Mwangi thinks the timing is important.")
    assert actor_with(actors, "Political analyst John Mwangi").country is None


BOTSWANA = ("Botswana's government defended the hunts on Monday. Botswana officials said the hunts "
            "bring money. Botswana's environment minister agreed. ")


def test_a_member_of_an_unknown_local_body_takes_the_story_country(nlp: object) -> None:
    # VOA 8010588 (gold and judged BWA): "Oaitse Nawa of the Elephant Protection Society is
    # among those who want the hunts to be stopped", in a story on Botswana
    actors = actors_of(BOTSWANA + "Oaitse Nawa of the Elephant Protection Society is among "
                                  "those who want the hunts to be stopped.")
    assert actor_with(actors, "Oaitse Nawa of the Elephant Protection Society").country == "BWA"


def test_a_member_of_a_known_international_body_takes_nothing(nlp: object) -> None:
    # "Artur Romeu, director of the Latin America bureau of Reporters Without Borders"
    # (judged "-"): a known body of no one country
    actors = actors_of(BOTSWANA + "Artur Romeu, director of the Latin America bureau of "
                                  "Reporters Without Borders, called it a blatant case.")
    assert actor_with(actors, "Artur Romeu").country is None


def test_an_age_in_apposition_does_not_describe_a_name(nlp: object) -> None:
    # VOA 8011004 (gold AFG): "Khoshbo, 33, said she can't figure out why the book … was
    # banned" — her age tells nothing of where she is from: the story's country
    actors = actors_of("The Afghan government banned the book last year. Afghan officials said "
                       "it harmed the nation. The Afghan ministry of information agreed. Naveeda "
                       "Khoshbo, 33, said she can't figure out why the book was banned.")
    assert actor_with(actors, "Naveeda Khoshbo").country == "AFG"
