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
