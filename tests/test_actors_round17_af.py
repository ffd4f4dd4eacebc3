"""Round-17 actor rules (AF): a named person takes the sector (and country) of the body another
sentence's predicate attaches a mention of them to ("X is also president of Y, an NGO",
"He founded Y Corporation")."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of

# (text, the person's mention, the fields it must have); ids name the rule
CODED = [
    # VOA 8011218: "Banjai is also president of Guinea-Lanta, an NGO that worked with the
    # archaeologists" (was -/-)
    pytest.param("Antonio Queba Banjai, a descendant of the last emperors of Kaabu, remembers "
                 "the songs. Banjai is also president of Guinea-Lanta, an NGO that worked with "
                 "the archaeologists.", "Antonio Queba Banjai", {"sector": "SOC"},
                 id="copula_title_of_an_apposed_ngo"),
    pytest.param("Kenji Tanaka moved to Osaka ten years ago. He founded Beru Corporation in "
                 "2017.", "Kenji Tanaka", {"sector": "BUS"},
                 id="founder_of_a_company_by_pronoun"),
    # the object is a person, not a body: no sector from the person's apposition
    pytest.param("Maria Lopez spoke at the rally. Lopez is a friend of John Smith, a police "
                 "officer.", "Maria Lopez", {"sector": None},
                 id="friend_of_a_person_takes_nothing"),
    # "Maimane, who headed the opposition Democratic Alliance" (VOA 6181522, coded by his title
    # there): a person without one takes the body's sector
    pytest.param("Sipho Dlamini, who heads the Democratic Alliance, spoke on Monday.",
                 "Sipho Dlamini", {"sector": "OPP"},
                 id="relative_clause_heads_a_coded_body"),
    # a body the layer codes no actor for: its kind's words give the sector
    pytest.param("Jane Doe spoke on Monday. She is a professor at Harvard University.",
                 "Jane Doe", {"sector": "EDU"}, id="pronoun_professor_at_an_uncoded_university"),
    pytest.param("Jane Doe spoke on Monday. She works for the BBC.",
                 "Jane Doe", {"country": "GBR", "sector": "JRN"},
                 id="pronoun_works_for_a_coded_outlet_takes_its_country"),
    # VOA 6203896: "In Abidjan, Willy Neth, coordinator for the International Federation for
    # Human Rights in Ivory Coast, says …" (the parser makes "Willy Neth" a conjunct of
    # "Abidjan": no mention) … "Still, Neth says, political opinions remain sharply divided"
    pytest.param("In Abidjan, Willy Neth, coordinator for the International Federation for "
                 "Human Rights in Ivory Coast, says many Ivorians have turned the page. Still, "
                 "Neth says, political opinions remain sharply divided on France.",
                 "Neth", {"sector": "SOC"},
                 id="surname_takes_the_misparsed_full_name_apposition"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CODED)
def test_a_person_takes_the_body_a_predicate_attaches_them_to(
        nlp: object, text: str, mention: str, expected: dict[str, str | None]) -> None:
    assert fields_of(actor_with(actors_of(text), mention), expected) == expected


def test_relative_clause_heads_a_bare_mission_takes_nothing(nlp: object) -> None:
    # VOA 6183254: "Luis Eguiluz, who headed the agency's mission in Nigeria" (judged MED; the
    # "agency's mission" is coded GOV): a bare mission gives no sector
    actors = actors_of("Luis Eguiluz, who headed the agency's mission in Nigeria for the past "
                       "two years, says movements are limited.")
    assert actor_with(actors, "Luis Eguiluz").sector != "GOV"
