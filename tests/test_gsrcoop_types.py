"""Cooperative and rejection types on the PLOVER gold records (wt-gsrcoop): constructions that
left AGREE, AID, CONCEDE, RETREAT, COOPERATE and REJECT records with no event."""

import pytest
from helpers import extract


def _top(text: str):
    art = extract(text)
    assert art.events, f"no event in {text!r}"
    return art, max(art.events, key=lambda e: e.confidence)


def _countries(art, ids) -> set[str]:
    return {a.country for x in ids if (a := art.actor(x)) is not None and a.country}


@pytest.mark.parametrize("text, actor", [
    # PLOVER-GSR01-REJECT-0009 and -0018: "will not / would not" voices the refusal now
    ("Syria says it will not accept any more refugees if war starts in Iraq.", "SYR"),
    ("The U.S. said it would not meet hostage-takers demands to release prisoners in Iraq, "
     "including a number of females.", "USA"),
])
def test_a_future_refusal_is_a_rejection_made_now(text, actor):
    art, top = _top(text)
    assert top.type == "REJECT" and top.modality in ("asserted", "reported")
    assert _countries(art, top.actors) == {actor}


def test_forces_a_withdrawal_moves_are_not_its_target():
    # PLOVER-GSR01-RETREAT-0018: the forces withdrawn are the actor's own; "from Panama" (which
    # the parser hangs on the forces) names the state withdrawn from
    art, top = _top("The United States speeded up the withdrawal of some invasion forces from "
                    "Panama on Wednesday, but defence officials cautioned that no deadline had "
                    "been set for complete removal of the troops.")
    assert top.type == "RETREAT"
    assert _countries(art, top.actors) == {"USA"} and _countries(art, top.recipients) == {"PAN"}
