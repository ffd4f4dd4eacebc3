"""Triggers and types from the PLOVER codebook and CAMEO (session 11, engineer ET).

A permission in the purpose clause of another act is that act's aim; a protest voiced in words
is an accusation (PLOVER ACCUSE 'disapprove'); "not ruling out" force threatens it and ruling out
talks rejects them (CAMEO 138, 120); a "press release" releases no one; "contended" reports a
clause like "said".
"""

from __future__ import annotations

import pytest

from helpers import candidates_of, extract, trigger_types

pytestmark = pytest.mark.filterwarnings("ignore")


def _emitted(text: str) -> set[tuple[str, str]]:
    """(type, trigger text) of the events the pipeline emits."""
    return {(ev.type, ev.trigger.text) for ev in extract(text).events}


def test_a_permission_that_is_the_purpose_of_a_resignation_is_no_concession() -> None:
    # PLOVER gold record (RETREAT "resigned allow first democratic elections").
    text = ("Lt. Gen. Prosper Avril resigned yesterday to allow Haiti's first democratic "
            "elections to take place.")
    assert trigger_types(text, "allow") == set()
    assert trigger_types(text, "resigned") == {"RETREAT"}


def test_a_permission_of_its_own_is_still_a_concession() -> None:
    text = "The government allowed opposition leader Maulana Fazl-ur-Rehman to hold a rally."
    assert "CONCEDE" in trigger_types(text, "allowed")


def test_a_protest_voiced_in_a_clause_is_an_accusation() -> None:
    text = "The Chinese Foreign Ministry protested that the visit violated its sovereignty."
    assert trigger_types(text, "protested") == {"ACCUSE"}


def test_a_street_protest_stays_a_protest() -> None:
    text = "Thousands of students protested in the capital on Sunday."
    assert trigger_types(text, "protested") == {"PROTEST"}


def test_not_ruling_out_force_is_a_threat() -> None:
    text = "Russia's defense minister did not rule out the use of force against Georgia."
    assert "THREATEN" in trigger_types(text, "rule")


def test_ruling_out_talks_is_a_rejection_and_ruling_out_a_cause_no_event() -> None:
    assert "REJECT" in trigger_types("Israel ruled out talks with Hamas on Monday.", "ruled")
    assert trigger_types("Police ruled out foul play in the death of the activist.",
                         "ruled") == set()


def test_a_press_release_releases_no_one() -> None:
    text = ("The Sri Lankan army has been holding Tamil civilians in the battle zones, according "
            "to a press release by the Liberation Tigers.")
    assert trigger_types(text, "release") == set()


def test_force_announced_for_the_future_is_a_threat() -> None:
    text = "North Korea said it would use force against any ship that entered its waters."
    assert "THREATEN" in trigger_types(text, "use")


def test_contended_reports_a_demand() -> None:
    text = "The minister contended that Kenya must pay the debt to China."
    assert "REQUEST" in trigger_types(text, "must")


def test_a_must_clause_of_a_noun_of_saying_is_a_demand_of_the_issuer() -> None:
    # PLOVER gold record (REQUEST "issued must cooperate with inspectors").
    text = ("French President Jacques Chirac issued a stern reminder Saturday to Iraq that it "
            "must cooperate fully with UN inspectors probing suspect sites for weapons of mass "
            "destruction.")
    cands = [ev for ev in candidates_of(text)[1] if ev.type == "REQUEST"]
    assert cands and cands[0].trigger.text == "must"


def test_a_must_in_a_relative_clause_of_a_noun_of_saying_is_no_demand() -> None:
    text = "The minister issued a statement which must be read by every official."
    assert trigger_types(text, "must") == set()


def test_collecting_signatures_is_a_petition() -> None:
    text = ("The Homeland Union (Conservatives) began collecting signatures in part of a drive "
            "to convince the Lithuanian Parliament to amend the constitution.")
    assert "PROTEST" in trigger_types(text, "collecting")


def test_a_price_to_pay_is_the_speakers_threat_against_the_subject() -> None:
    art, evs = candidates_of("Israel's prime minister said Hamas will pay a heavy price for "
                             "the attack.")
    threats = [ev for ev in evs if ev.type == "THREATEN"]
    assert threats
    names = {art.actor(a).name for ev in threats for a in ev.actors}
    assert not any("Hamas" in n for n in names)


def test_a_price_to_pay_voiced_by_no_one_is_no_event() -> None:
    assert trigger_types("Farmers will pay a heavy price for the drought.", "pay") == set()


def test_freezing_funding_is_a_sanction_like_cutting_aid() -> None:
    assert "SANCTION" in trigger_types("The United States froze funding for the U.N. agency.",
                                       "froze")
    assert "SANCTION" in trigger_types("Washington suspended assistance to Niger after the coup.",
                                       "suspended")


def test_need_to_in_a_reported_clause_is_a_demand_on_its_subject() -> None:
    art, evs = candidates_of("Blinken said Israel needs to allow more aid into Gaza.")
    demands = [ev for ev in evs if ev.type == "REQUEST" and ev.trigger.text == "needs"]
    assert demands
    assert {art.actor(r).name for r in demands[0].recipients} == {"Israel"}


def test_a_speakers_own_need_and_a_negated_need_are_no_demands() -> None:
    assert trigger_types("Kenyan President William Ruto said he has to leave early.",
                         "has") == set()
    assert trigger_types("Officials said Iran does not need to stop enrichment.", "need") == set()
