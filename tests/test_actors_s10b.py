"""Session-10 wave-2 actor rules (engineer AX): crafts that are not actors (a ship's name once
set in apposition to a merchant vessel noun, a maker's name used for its aircraft), and
affiliations given once."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of

SHIPS = ("The other Iranian cargo ship named in the news reports, the Golbon, completed a "
         "19-day journey from eastern China to the Iranian port of Bandar Abbas.  Officials in "
         "Washington said Iran was importing chemicals.  As the Golbon sailed from China to "
         "Iran in late January, analysts watched its transponder.")


def test_a_ship_named_once_as_a_cargo_ship_is_a_craft_in_every_mention(nlp: object) -> None:
    names = mentions_of(actors_of(SHIPS))
    assert not any("Golbon" in n for n in names)
    assert "Iran" in names or "Officials" in names  # the actors of the story remain


def test_only_the_ship_name_itself_is_a_craft(nlp: object) -> None:
    # a longer name that contains the ship's is another actor
    names = mentions_of(actors_of(SHIPS + "  The Golbon Group, a shipping firm, said on "
                                  "Monday it would appeal the sanctions."))
    assert any("Golbon" in n for n in names)


def test_a_maker_with_an_article_is_its_aircraft(nlp: object) -> None:
    names = mentions_of(actors_of("The flight from New York to Rome was delayed for hours.  "
                                  "The Airbus was empty when the crew boarded."))
    assert "The Airbus" not in names


def test_a_maker_named_alone_is_the_company(nlp: object) -> None:
    actors = actors_of("Airbus said on Tuesday it would build more jets in Toulouse this "
                       "year.")
    assert actor_with(actors, "Airbus").sector == "BUS"


KENYA = ("A Kenyan court has lifted orders blocking the swearing-in of Deputy President nominee "
         "Kithuri Kindiki, dealing a blow to former DP Rigathi Gachagua who was impeached in "
         "mid-October.  Gachagua's lawyers filed about 30 court cases.  Kenyan senators "
         "convicted Gachagua on five charges.  Gachagua, Kenya's former deputy president, "
         "denied all the charges.")


def test_a_person_first_tagged_as_a_body_joins_his_later_surname(nlp: object) -> None:
    actors = actors_of(KENYA)
    first = actor_with(actors, "former DP Rigathi Gachagua")
    assert first.kind == "person"
    assert first.country == "KEN"
    assert any(m.text == "Gachagua" for m in first.mentions)


def test_the_reporter_is_the_journalist_named_before(nlp: object) -> None:
    actors = actors_of("Cambodian journalist Mech Dara thanked his supporters Thursday after "
                       "being freed from prison.  The reporter, who is known for coverage that "
                       "exposes corruption, had been in pretrial detention since September.")
    reporter = actor_with(actors, "The reporter")
    assert any("Mech Dara" in m.text for m in reporter.mentions)
    assert reporter.country == "KHM"


def test_a_reporter_is_not_taken_for_a_named_lawmaker(nlp: object) -> None:
    actors = actors_of("Cambodian lawmaker Hun Many spoke on Thursday.  The reporter, who "
                       "covered the session, said the vote was close.")
    reporter = actor_with(actors, "The reporter")
    assert not any("Hun Many" in m.text for m in reporter.mentions)
