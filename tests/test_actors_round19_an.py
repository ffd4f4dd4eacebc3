"""Round-19 actor rules (AN): country spellings news text has (Phoenix's misspelling rows the
country build now keeps), with the PLOVER GSR sentences that need them."""

from __future__ import annotations

import pytest

from dateline.countries import country_code
from helpers import actor_with, actors_of, fields_of

# (text, the mention, the fields it must have); ids name the rule
CODED = [
    # PLOVER GSR: "Ethopia has agreed to re-open its borders to UN peackeepers" (ETH; not found)
    pytest.param("Ethopia has agreed to re-open its borders to UN peackeepers, who are depolyed "
                 "in the region to oversee a ceasefire between Ethiopia and its neighbor, "
                 "Eritrea.", "Ethopia", {"country": "ETH"}, id="ethopia_is_ethiopia"),
    # PLOVER GSR: "Both the Phillippines military and the Moro Islamic Liberation Front are
    # guilty of violating the ceasefire" (PHL MIL; was no country)
    pytest.param("Both the Phillippines military and the Moro Islamic Liberation Front are guilty "
                 "of violating the ceasefire agreement signed in March 2001.",
                 "the Phillippines military", {"country": "PHL", "sector": "MIL"},
                 id="phillippines_is_the_philippines"),
    # PLOVER GSR: "Quatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort"
    # (QAT GOV; was SAU from the sentence's Saudi Arabia)
    pytest.param("Quatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort on "
                 "Saturday between the Emirates and Saudi Arabia.", "Quatar's emir",
                 {"country": "QAT"}, id="quatar_is_qatar"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CODED)
def test_misspelt_countries(nlp: object, text: str, mention: str,
                            expected: dict[str, str | None]) -> None:
    assert fields_of(actor_with(actors_of(text), mention), expected) == expected


@pytest.mark.parametrize(("name", "code"), [("Afganistan", "AFG"), ("Somaila", "SOM"),
                                            ("Cape Verde", "CPV"), ("Bengladesh", "BGD")])
def test_misspellings_resolve(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Brasilia", "Jordan River", "Columbia"])
def test_places_and_lookalikes_are_not_countries(name: str) -> None:
    # a capital is a capital metonym, not a country name; "Columbia" is ambiguous
    assert country_code(name) is None


SECTORS = [
    # VOA 8010046 gold: "the Public Ministry" and "Attorney General Maria Consuelo Porras" JUD;
    # the same body by its other names (agents.tsv had "prosecutor general" GOV)
    pytest.param("The National Prosecuting Authority charged the former president.",
                 "The National Prosecuting Authority", "JUD", id="prosecuting_authority_is_jud"),
    pytest.param("Prosecutor General Igor Krasnov said the case was closed.",
                 "Prosecutor General Igor Krasnov", "JUD", id="prosecutor_general_is_jud"),
    pytest.param("The Public Prosecution said the suspects had been detained.",
                 "The Public Prosecution", "JUD", id="public_prosecution_is_jud"),
]


@pytest.mark.parametrize(("text", "mention", "sector"), SECTORS)
def test_prosecution_services_are_judicial(nlp: object, text: str, mention: str,
                                           sector: str) -> None:
    assert actor_with(actors_of(text), mention).sector == sector


def test_known_name_swallows_the_pieces_the_tagger_cut(nlp: object) -> None:
    # VOA 7836916: "Media watchdog Reporters Without Borders welcomed the release"; alone at
    # the start of a sentence the tagger cuts it into "Reporters" and "Without Borders"
    actor = actor_with(actors_of("Reporters Without Borders welcomed the release."),
                       "Reporters Without Borders")
    assert actor.sector == "SOC"


def test_titled_person_keeps_the_title(nlp: object) -> None:
    # PLOVER GSR: "King Hassan of Morocco was quoted today" (MAR GOV): the tagged name is not
    # swallowed into the dictionary's "King Hassan" (a late king, ELI)
    text = ("King Hassan of Morocco was quoted today as saying he would be ready to host a "
            "meeting between an Israeli peace movement and the Palestine Liberation "
            "Organization (PLO).")
    assert actor_with(actors_of(text), "King Hassan of Morocco").sector == "GOV"


@pytest.mark.parametrize(("word", "code"), [("Uzbek", "UZB"), ("Uzbeks", "UZB"), ("Nepali", "NPL"),
                                            ("Kampuchean", "KHM"), ("Timorese", "TLS"),
                                            ("Frenchmen", "FRA")])
def test_demonyms_the_generated_tables_lack(word: str, code: str) -> None:
    from dateline.countries import demonym_code

    assert demonym_code(word) == code


def test_uzbek_officials_are_uzbekistan_s(nlp: object) -> None:
    actor = actor_with(actors_of("Uzbek officials said the border would reopen on Monday."),
                       "Uzbek officials")
    assert (actor.country, actor.sector) == ("UZB", "GOV")
