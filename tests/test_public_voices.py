"""A voice of the public — a person the story names with nothing that describes them — is a
civilian (CVL, the PLOVER codebook's general public), as the blind hand judges code the vox-pop
quotes and villagers of VOA stories; a name with a title, an office or a body keeps what they
give."""

from __future__ import annotations

from helpers import actor_with, actors_of

STORY = ("Kenyan lawmakers voted to remove Deputy President Rigathi Gachagua on Thursday. "
         "Kenyan President William Ruto named Kithuri Kindiki as the new deputy. "
         "The Kenyan High Court later lifted orders blocking the swearing-in. ")


def test_a_bare_quoted_name_is_a_civilian(nlp: object) -> None:
    # judged CVL (VOA 7846440): "It was so untimely," Edwin Mugalo said — a Kenyan member of
    # the public
    actors = actors_of(STORY + "“It was so untimely,” Edwin Mugalo said.")
    assert actor_with(actors, "Edwin Mugalo").sector == "CVL"


def test_a_name_said_after_its_quote_is_a_civilian(nlp: object) -> None:
    # judged CVL (VOA 7846440): "He seemed divisive," said James Chege.
    actors = actors_of(STORY + "“He seemed divisive,” said James Chege.")
    assert actor_with(actors, "James Chege").sector == "CVL"


def test_an_age_only_description_is_a_civilian(nlp: object) -> None:
    # judged CVL (VOA 6184384): "Twenty-year-old Bilai Abdi said she was excited …", a
    # villager in a story on Kenya's Lamu County
    actors = actors_of("Kenyan troops have fought al-Shabab in Lamu County for years. Kenyan "
                       "police say the roads are now safe. Twenty-year-old Bilai Abdi said she "
                       "was excited about getting her two children new clothes.")
    assert actor_with(actors, "Twenty-year-old Bilai Abdi").sector == "CVL"


def test_a_titled_name_keeps_its_title_sector(nlp: object) -> None:
    # "Political analyst John Mwangi": described, no voice of the public
    actors = actors_of(STORY + "Political analyst John Mwangi thinks the timing is important.")
    assert actor_with(actors, "Political analyst John Mwangi").sector != "CVL"


def test_a_name_described_elsewhere_is_no_civilian(nlp: object) -> None:
    # the same person titled in another mention: the title's sector, not CVL
    actors = actors_of(STORY + "Opposition lawmaker Peter Kamau criticized the vote. “It was "
                               "so untimely,” Kamau said.")
    assert actor_with(actors, "Kamau").sector != "CVL"


def test_a_member_of_a_local_body_is_no_civilian(nlp: object) -> None:
    # VOA 8010588: "Oaitse Nawa of the Elephant Protection Society" speaks for a body (plain for
    # the story's country, but not a member of the public)
    actors = actors_of("Botswana's government defended the hunts on Monday. Botswana officials "
                       "said the hunts bring money. Botswana's environment minister agreed. "
                       "Oaitse Nawa of the Elephant Protection Society is among those who want "
                       "the hunts to be stopped.")
    assert actor_with(actors, "Oaitse Nawa of the Elephant Protection Society").sector != "CVL"


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


def test_a_plain_voice_reporting_a_thing_stays_a_civilian(nlp: object) -> None:
    # "reported gunfire": what a witness tells, not a byline
    actors = actors_of(STORY + "Edwin Mugalo reported gunfire near the court.")
    assert actor_with(actors, "Edwin Mugalo").sector == "CVL"


def test_a_role_predicated_of_the_voice_wins(nlp: object) -> None:
    # coreference: "He is a police officer" gives the plain voice a role of its own (COP)
    actors = actors_of(STORY + "“It was so untimely,” Edwin Mugalo said. He is a police officer "
                               "in Nairobi.")
    assert actor_with(actors, "Edwin Mugalo").sector == "COP"
