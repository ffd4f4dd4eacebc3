"""Session-11 (AN) guards: mentions that are not actors (a named day, a journal a study was
published in, an apposition to a place) and a family-name-first name joined to its full name
("Fu Cong" … "Fu")."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_family_name_first_joins_the_full_name(nlp: object) -> None:
    actors = actors_of("Fu Cong, China's U.N. ambassador, said Beijing opposes sanctions. Fu "
                       "noted that China will convene a meeting in Beijing with Iran and Russia.")
    fu = [a for a in actors if a.name and a.name.startswith("Fu")]
    assert len(fu) == 1 and fu[0].country == "CHN"


def test_western_surname_still_joins_by_surname(nlp: object) -> None:
    actors = actors_of("U.S. Secretary of State Marco Rubio met the president of Panama. "
                       "Rubio said the talks went well.")
    rubio = [a for a in actors if a.name and "Rubio" in a.name]
    assert len(rubio) == 1 and rubio[0].country == "USA"


def test_description_of_a_place_is_no_actor(nlp: object) -> None:
    # "across the European Union, the world's second biggest …": what the place is (VOA 6180790)
    actors = actors_of("That warning also resonates across the European Union, the world’s "
                       "second biggest wind energy producer after China.")
    assert not any("producer" in m for a in actors for m in (x.text for x in a.mentions))


def test_description_of_a_workplace_stays_an_actor(nlp: object) -> None:
    # "at the Eurasia Group, a … consultancy": an employer, described
    actors = actors_of("Gregory Brew, a senior Iran analyst at the Eurasia Group, a New "
                       "York-based political risk consultancy, said the shipment was small.")
    assert actor_with(actors, "a New York-based political risk consultancy").sector == "BUS"
