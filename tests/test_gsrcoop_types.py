"""Cooperative and rejection types on the PLOVER gold records (wt-gsrcoop): constructions that
left AGREE, AID, CONCEDE, RETREAT, COOPERATE and REJECT records with no event."""

import pytest
from dateline.events import candidates
from helpers import countries as _countries
from helpers import extract, top_event


def _top(text: str):
    art = extract(text)
    return art, top_event(art)


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


def test_war_games_of_two_states_forces_are_joint():
    # PLOVER-GSR01-COOPERATE-0003 (manual: "joint military games and maneuvers" are COOPERATE);
    # the verb's object is the span ("10 days of"), the act the noun it measures out
    art, top = _top("French and Egyptian warships on Monday launched 10 days of war games in the "
                    "Mediterranean Sea, expected to be joined later by Italian and German "
                    "vessels, the French embassy said Monday.")
    assert top.type == "COOPERATE" and top.trigger.text.startswith("launched")
    assert _countries(art, top.actors) == {"FRA", "EGY"}


def test_one_states_exercise_stays_a_show_of_force():
    # the COOPERATE sentence above with one state's warships (a guard, not a gold record): the
    # exercise stays MOBILIZE, its navy alone holds it
    art = extract("Russian warships on Monday launched 10 days of war games in the Black Sea, "
                  "the Russian defence ministry said.")
    types = {e.type for e, _ in candidates(art)}
    assert "MOBILIZE" in types and "COOPERATE" not in types


@pytest.mark.parametrize("text, actor, recipient", [
    # PLOVER-GSR01-AID-0008; the same arrival without the "deployment of" head
    ("The first deployment of NATO peacekeeping troops have arrived in Bosnia, Defense "
     "Secretary William Perry said.", "IGONAT", "BIH"),
    ("NATO peacekeeping troops have arrived in Bosnia, Defense Secretary William Perry said.",
     "IGONAT", "BIH"),
])
def test_peacekeepers_arriving_are_their_senders_aid(text, actor, recipient):
    art, top = _top(text)
    assert top.type == "AID" and top.cameo == "074"
    assert _countries(art, top.actors) == {actor}
    assert _countries(art, top.recipients) == {recipient}


def test_the_purpose_of_a_promised_act_is_promised_too():
    # PLOVER-GSR01-AGREE-0010: "defend" is the purpose of the "send" Norway is willing to do
    art, top = _top("NATO-member Norway is willing to send material to help defend Saudi Arabia "
                    "if it is attacked, Norway's foreign minister said.")
    assert top.type == "AGREE"
    assert _countries(art, top.actors) == {"NOR"} and _countries(art, top.recipients) == {"SAU"}


def test_an_opened_way_is_opened_to_where_its_purpose_lets_goods_through():
    # PLOVER-GSR01-RETREAT-0013
    art, top = _top("Uzbekistan finally opened the Friendship Bridge after four years to allow "
                    "the delivery of 1,000 tons of grain and flour to Afghanistan, where millions "
                    "of people are at risk of starvation as winter sets in, reports aid agencies.")
    assert top.type == "RETREAT" and top.mode == "access"
    assert _countries(art, top.actors) == {"UZB"} and _countries(art, top.recipients) == {"AFG"}


def test_a_meeting_offered_is_with_the_parties_it_brings_together():
    # PLOVER-GSR01-AGREE-0041 (manual: future meetings are AGREE); the PLO is a coded party
    art, top = _top("King Hassan of Morocco was quoted today as saying he would be ready to host "
                    "a meeting between an Israeli peace movement and the Palestine Liberation "
                    "Organization (PLO).")
    assert top.type == "AGREE"
    assert _countries(art, top.actors) == {"MAR"} and "PSE" in _countries(art, top.recipients)


def test_a_participle_in_a_sentence_left_verbless_is_its_verb():
    # PLOVER-GSR01-AID-0001: the parser roots the sentence at "Doctors" and hangs "donated" on
    # "groups" as a participle; the act is no description of the groups
    art, top = _top("Doctors from two American aid groups donated and personally delivered "
                    "$50,000 worth of goods to Baghdad University Medical School, risking as "
                    "much as 12 years in prison and \\$500,000 in fines.")
    assert top.type == "AID"
    assert _countries(art, top.actors) == {"USA"} and _countries(art, top.recipients) == {"IRQ"}
