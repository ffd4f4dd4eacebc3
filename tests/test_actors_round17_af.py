"""Round-17 actor rules (AF): a named person takes the sector (and country) of the body another
sentence's predicate attaches a mention of them to ("X is also president of Y, an NGO",
"He founded Y Corporation")."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_copula_title_of_an_apposed_ngo(nlp: object) -> None:
    # VOA 8011218: "Banjai is also president of Guinea-Lanta, an NGO that worked with the
    # archaeologists" (was -/-)
    actors = actors_of("Antonio Queba Banjai, a descendant of the last emperors of Kaabu, "
                       "remembers the songs. Banjai is also president of Guinea-Lanta, an NGO "
                       "that worked with the archaeologists.")
    assert actor_with(actors, "Antonio Queba Banjai").sector == "SOC"


def test_founder_of_a_company_by_pronoun(nlp: object) -> None:
    actors = actors_of("Kenji Tanaka moved to Osaka ten years ago. He founded Beru Corporation "
                       "in 2017.")
    assert actor_with(actors, "Kenji Tanaka").sector == "BUS"


def test_friend_of_a_person_takes_nothing(nlp: object) -> None:
    # the object is a person, not a body: no sector from the person's apposition
    actors = actors_of("Maria Lopez spoke at the rally. Lopez is a friend of John Smith, a "
                       "police officer.")
    assert actor_with(actors, "Maria Lopez").sector is None


def test_relative_clause_heads_a_coded_body(nlp: object) -> None:
    # "Maimane, who headed the opposition Democratic Alliance" (VOA 6181522, coded by his title
    # there): a person without one takes the body's sector
    actors = actors_of("Sipho Dlamini, who heads the Democratic Alliance, spoke on Monday.")
    assert actor_with(actors, "Sipho Dlamini").sector == "OPP"


def test_relative_clause_heads_a_bare_mission_takes_nothing(nlp: object) -> None:
    # VOA 6183254: "Luis Eguiluz, who headed the agency's mission in Nigeria" (judged MED; the
    # "agency's mission" is coded GOV): a bare mission gives no sector
    actors = actors_of("Luis Eguiluz, who headed the agency's mission in Nigeria for the past "
                       "two years, says movements are limited.")
    assert actor_with(actors, "Luis Eguiluz").sector != "GOV"


def test_pronoun_professor_at_an_uncoded_university(nlp: object) -> None:
    # a body the layer codes no actor for: its kind's words give the sector
    actors = actors_of("Jane Doe spoke on Monday. She is a professor at Harvard University.")
    assert actor_with(actors, "Jane Doe").sector == "EDU"


def test_pronoun_works_for_a_coded_outlet_takes_its_country(nlp: object) -> None:
    actors = actors_of("Jane Doe spoke on Monday. She works for the BBC.")
    doe = actor_with(actors, "Jane Doe")
    assert (doe.country, doe.sector) == ("GBR", "JRN")


def test_surname_takes_the_misparsed_full_name_apposition(nlp: object) -> None:
    # VOA 6203896: "In Abidjan, Willy Neth, coordinator for the International Federation for
    # Human Rights in Ivory Coast, says …" (the parser makes "Willy Neth" a conjunct of
    # "Abidjan": no mention) … "Still, Neth says, political opinions remain sharply divided"
    actors = actors_of("In Abidjan, Willy Neth, coordinator for the International Federation "
                       "for Human Rights in Ivory Coast, says many Ivorians have turned the "
                       "page. Still, Neth says, political opinions remain sharply divided on "
                       "France.")
    assert actor_with(actors, "Neth").sector == "SOC"
