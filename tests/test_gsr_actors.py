"""Actor coding rules from the PLOVER GSR misses (helper GSR): dictionary rows for named
bodies, and agent nouns the lists lack that a rule derives from the rows they have."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of

# (sentence, publication date, mention, the fields the actor with that mention must have)
CODED = [
    # GSR AGREE-0031: "the Sudanese government and SPLM/A have agreed to allow ``unimpeded
    # humanitarian access …''" SDN REB (before the 2005 peace agreement)
    pytest.param("With the signing of a Memorandum of Understanding (MOU) on Cessation of "
                 "Hostilities, the Sudanese government and SPLM/A have agreed to allow unimpeded "
                 "humanitarian access.", "2004-06-01", "SPLM/A",
                 {"country": "SDN", "sector": "REB"}, id="splm_before_the_peace_agreement"),
    # the same movement after South Sudan's independence rules the new state
    pytest.param("The SPLM said on Monday it would hold its convention in Juba.", "2024-03-01",
                 "The SPLM", {"country": "SSD", "sector": "PTY"},
                 id="splm_after_independence"),
    # GSR THREATEN-0020: "Cairo's security chief has warned that police will no longer
    # tolerate rallies" EGY COP — the agent lists have "security official" and "security
    # officer" (COP) but no "security chief"
    pytest.param("Cairo's security chief has warned that police will no longer tolerate "
                 "rallies by the Kifaya group.", "2024-03-01", "Cairo's security chief",
                 {"country": "EGY", "sector": "COP"}, id="a_fields_chief_ranks_with_its_officials"),
    # GSR COERCE-0006: "Israeli army bulldozers demolished Palestinian homes and civilian
    # buildings in southern Gaza" PSE CVL; THREATEN-0026 "Iran threatened to shell Iraqi towns"
    # IRQ CVL: the people whose homes or towns are struck
    pytest.param("Israeli army bulldozers demolished Palestinian homes and civilian buildings in "
                 "southern Gaza on Sunday, Palestinian officials said.", "2024-03-01",
                 "Palestinian", {"country": "PSE", "sector": "CVL"},
                 id="the_people_whose_homes_are_struck"),
    pytest.param("Iran threatened to shell Iraqi towns today in retaliation for an air raid on "
                 "the southern city of Susangerd.", "2024-03-01", "Iraqi",
                 {"country": "IRQ", "sector": "CVL"}, id="the_people_whose_towns_are_struck"),
]


@pytest.mark.parametrize(("text", "published", "mention", "expected"), CODED)
def test_an_actor_is_coded(nlp: object, text: str, published: str, mention: str,
                           expected: dict[str, str]) -> None:
    assert fields_of(actor_with(actors_of(text, published), mention), expected) == expected


def test_a_rank_takes_no_sector_where_the_fields_officials_disagree_or_are_missing() -> None:
    from dateline.actors.lexicon import agent_sector, field_rank_sector

    assert field_rank_sector(["security", "chief"]) == "COP"
    assert field_rank_sector(["weather", "chief"]) is None  # no "weather official" row
    assert field_rank_sector(["security", "analyst"]) is None  # not a rank noun
    assert agent_sector(["police", "chief"]) == "COP"  # a row of its own comes first


def test_homes_where_something_happens_name_no_people(nlp: object) -> None:
    assert not any(m.text == "Palestinian" for a in actors_of(
        "Protests continued in Palestinian homes on Sunday.") for m in a.mentions)
