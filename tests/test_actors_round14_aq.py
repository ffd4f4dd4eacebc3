"""Round-14 actor rules (AQ): PLOVER GSR actors found but coded with the wrong country — a
people named by its ethnicity is of the state its phrase places it in, not its kin state."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of

# (sentence, mention, the fields the actor with that mention must have); ids name the rule
CODED = [
    # GSR: "One third of ethnic Albanian guerrillas operating in Macedonia" MKD REB
    pytest.param("One third of ethnic Albanian guerrillas operating in Macedonia have been "
                 "demobilized since the August 13 peace accord, two rebel commanders said.",
                 "ethnic Albanian guerrillas", {"country": "MKD"},
                 id="ethnic_adjective_group_takes_the_state_it_operates_in"),
    # GSR: "The Albanians of southern Serbia are demanding ... autonomy" SRB CVL
    pytest.param("The Albanians of southern Serbia are demanding political and territorial "
                 "autonomy from Serbian authorities.", "The Albanians of southern Serbia",
                 {"country": "SRB", "sector": "CVL"}, id="a_people_of_a_state_is_of_that_state"),
    # the rule only moves a people the text places: "Albanians protested" stays ALB
    pytest.param("Thousands of Albanians protested on Monday against the new tax.",
                 "Albanians", {"country": "ALB"}, id="an_unplaced_people_keeps_its_state"),
    # GSR: "Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia" SRB
    pytest.param("Serb forces killed three ethnic Albanians in a gunbattle in southeastern "
                 "Serbia Friday, a political council said.", "three ethnic Albanians",
                 {"country": "SRB"}, id="ethnic_people_done_to_in_an_event_in_a_state"),
    # GSR: "Jakarta forced the UN refugee agency, UNHCR, out of the country" IGOUNO REF
    pytest.param("Jakarta forced the UN refugee agency, UNHCR, out of the country following the "
                 "relief operation.", "the UN refugee agency",
                 {"country": "IGOUNO", "sector": "REF"},
                 id="a_body_described_by_its_alias_takes_the_entry"),
    # GSR: "The International Labor Office ..." (the ILO's secretariat) IGO
    pytest.param("The International Labor Office said on Monday that jobs fell.",
                 "The International Labor Office", {"country": "IGOUNO"},
                 id="the_labour_office_is_the_ilo"),
    # GSR: "officials demanded support from the Montenegro Assembly" MNE LEG
    pytest.param("Municipality officials demanded support from the Montenegro Assembly in "
                 "regaining control over the properties.", "the Montenegro Assembly",
                 {"country": "MNE", "sector": "LEG"}, id="a_states_assembly_is_its_legislature"),
    # GSR: "Israeli intelligence officials" ISR SPY (as "intelligence officers")
    pytest.param("Israeli intelligence officials said on Monday that the talks failed.",
                 "Israeli intelligence officials", {"country": "ISR", "sector": "SPY"},
                 id="intelligence_officials_are_spies"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CODED)
def test_an_actor_is_coded(nlp: object, text: str, mention: str,
                           expected: dict[str, str]) -> None:
    assert fields_of(actor_with(actors_of(text), mention), expected) == expected
