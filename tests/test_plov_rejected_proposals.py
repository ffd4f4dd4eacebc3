"""A refusal of a proposal that names no party answers the state the proposal's own phrase names
(``events.targets.proposal_state``); a denial of a claim does not (PLOVER gold records, VOA even)."""

from __future__ import annotations

import pytest
from helpers import candidates_of


def _recipient_countries(text: str) -> set[str]:
    art, events = candidates_of(text, "REJECT")
    assert events, "no REJECT candidate"
    top = max(events, key=lambda e: e.confidence)
    return {a.country for x in top.recipients if (a := art.actor(x)) and a.country}


@pytest.mark.parametrize("text, country", [
    # PLOVER GSR REJECT-0025 (gold PSE): the factions the invitation's meeting is of
    ("The radical Palestinian Islamic Jihad movement rejected an invitation to attend a meeting "
     "next week of Palestinian factions to debate plans for independence from Israel, the group "
     "said Wednesday.", "PSE"),
    # PLOVER GSR REJECT-0010 (gold TLS): the place the call asks forces to be deployed in
    ("The United Nations on Tuesday rejected a call for its peacekeeping forces to be deployed in "
     "East Timor.", "TLS"),
])
def test_rejected_proposal_names_its_state(text: str, country: str) -> None:
    assert country in _recipient_countries(text)


def test_denied_claim_names_no_recipient() -> None:
    # VOA 8007760 (even), gold REJECT Pakistan and China with no recipient: the claim's "that"
    # clause says what is claimed, not who claims it.
    text = ("Both Pakistan and China reject the claims that their joint ventures are depriving "
            "ethnic Baloch from economic opportunities and their share in the province's mineral "
            "wealth.")
    assert _recipient_countries(text) == set()
