"""Round-18 actor rules (AN): agent nouns the lists missed (armed groups named by their
creed or tactic), with the PLOVER GSR sentences that need them."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of

# (text, the mention, the fields it must have); ids name the rule
CODED = [
    # PLOVER GSR: "A terror group based in Trinidad claims ..." (TTO REB; was not found)
    pytest.param("A terror group based in Trinidad claims to be manufacturing chemical and "
                 "biological weapons to use against the United States and Britain, according to "
                 "a media report Sunday.", "A terror group", {"sector": "REB"},
                 id="terror_group_is_reb"),
    # PLOVER GSR: "outlawed the largest Protestant extremist organization in Northern Ireland"
    # (GBR REB; was not found)
    pytest.param("The British government on Monday outlawed the largest Protestant extremist "
                 "organization in Northern Ireland because of what it called its direct "
                 "involvement in killing.", "the largest Protestant extremist organization",
                 {"sector": "REB"},
                 id="extremist_organization_is_reb"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CODED)
def test_agent_nouns_round18(nlp: object, text: str, mention: str,
                             expected: dict[str, str | None]) -> None:
    assert fields_of(actor_with(actors_of(text), mention), expected) == expected
