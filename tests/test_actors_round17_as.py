"""Round-17 actor rules (AS): the sector of people whose role is stated — a title conjoined
to a misparsed apposition, a generic title inside a non-governmental body, an NGO called an
"agency"."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_title_conjoined_to_a_misparsed_apposition(nlp: object) -> None:
    # VOA 6181504: the parser heads the apposition with "politics", "professor" its conjunct
    actors = actors_of("\"They are looking at it,\" said Stephen Nagy, senior associate "
                       "politics and international studies professor at International "
                       "Christian University in Tokyo.")
    assert actor_with(actors, "Stephen Nagy").sector == "EDU"


def test_secretary_general_of_a_think_tank_is_not_government(nlp: object) -> None:
    # VOA 6205546: a think tank's secretary-general is SOC, not GOV by "secretary"
    actors = actors_of("Revisions will add support for the claims, said Andrew Yang, "
                       "secretary-general of the Chinese Council of Advanced Policy Studies "
                       "think tank.")
    assert actor_with(actors, "Andrew Yang").sector == "SOC"


def test_secretary_general_of_the_un_stays_government(nlp: object) -> None:
    actors = actors_of("The deal was welcomed by the U.N. secretary-general.")
    assert {a.sector for a in actors} == {"GOV"}


def test_charity_agency_is_an_ngo(nlp: object) -> None:
    actors = actors_of("Sightsavers, a British charity agency, said the disease was spreading.")
    assert "GOV" not in {a.sector for a in actors}
    assert "SOC" in {a.sector for a in actors}
