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


SECTORS = [
    # VOA 6203896: "representing some of the civil parties in the case" (judged CVL; was PTY)
    pytest.param("Lawyer Lionel Bethune de Moro, representing some of the civil parties in the "
                 "case, told Agence France-Presse he believes the attack was deliberate.",
                 "the civil parties", "CVL", id="civil_parties_to_a_trial_are_civilians"),
    # PLOVER GSR: "demanded parties to the conflict in Iraq to allow humanitarian workers" (the
    # parser hangs "to" on the verb; was PTY)
    pytest.param("Kenzo Oshima demanded parties to the conflict in Iraq to allow humanitarian "
                 "workers the freedom of movement.", "parties", None,
                 id="parties_to_a_conflict_misparsed_are_no_political_parties"),
    # a political party stays one
    pytest.param("Opposition parties in Nepal have organized a general strike.",
                 "Opposition parties", "OPP", id="opposition_parties_stay"),
    pytest.param("The two parties signed a coalition pact on Monday.", "The two parties", "PTY",
                 id="bare_parties_stay_political"),
]


@pytest.mark.parametrize(("text", "mention", "sector"), SECTORS)
def test_parties_to_a_case_or_conflict(nlp: object, text: str, mention: str,
                                       sector: str | None) -> None:
    assert actor_with(actors_of(text), mention).sector == sector
