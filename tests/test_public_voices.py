"""A voice the story names with nothing that describes them takes a sector only where the story
gives one after all (a predicate's role, the press's deeds); otherwise it stays null rather than
a guessed CVL (see ``fill_public_voices``)."""

from __future__ import annotations

from helpers import actor_with, actors_of

STORY = ("Kenyan lawmakers voted to remove Deputy President Rigathi Gachagua on Thursday. "
         "Kenyan President William Ruto named Kithuri Kindiki as the new deputy. "
         "The Kenyan High Court later lifted orders blocking the swearing-in. ")


def test_a_bare_quoted_name_gets_no_guessed_sector(nlp: object) -> None:
    # VOA 7846440 (judged CVL): nothing in the story says who Edwin Mugalo is, so null
    actors = actors_of(STORY + "“It was so untimely,” Edwin Mugalo said.")
    assert actor_with(actors, "Edwin Mugalo").sector is None


def test_a_plain_name_that_published_a_book_is_of_the_press(nlp: object) -> None:
    # judged and VOA gold JRN (VOA 8011004): "When Naveeda Khoshbo published her book of
    # political analysis in 2019, she received widespread praise" — an author, not the public
    actors = actors_of("The Afghan government banned the book last year. Afghan officials said "
                       "it harmed the nation. When Naveeda Khoshbo published her book of "
                       "political analysis in 2019, she received widespread praise.")
    assert actor_with(actors, "Naveeda Khoshbo").sector == "JRN"


def test_a_byline_report_from_a_place_is_of_the_press(nlp: object) -> None:
    # judged JRN (VOA 6204080): "Harun Maruf reported from Washington"
    actors = actors_of("Kenya plans to close the Dadaab camp. Kenyan officials say the camp is a "
                       "security threat. Harun Maruf reported from Washington.")
    assert actor_with(actors, "Harun Maruf").sector == "JRN"


def test_a_plain_voice_reporting_a_thing_is_not_of_the_press(nlp: object) -> None:
    # "reported gunfire": what a witness tells, not a byline
    actors = actors_of(STORY + "Edwin Mugalo reported gunfire near the court.")
    assert actor_with(actors, "Edwin Mugalo").sector != "JRN"


def test_a_role_predicated_of_the_voice_wins(nlp: object) -> None:
    # coreference: "He is a police officer" gives the plain voice a role of its own (COP)
    actors = actors_of(STORY + "“It was so untimely,” Edwin Mugalo said. He is a police officer "
                               "in Nairobi.")
    assert actor_with(actors, "Edwin Mugalo").sector == "COP"
