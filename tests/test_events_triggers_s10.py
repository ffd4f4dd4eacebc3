"""Trigger classes from the PLOVER codebook's mode tables (session 10, engineer ET).

RETREAT 'disarm' ("disarming ... give up weapons"), 'release' of captives handed over and
'resign' by abdication; SANCTION by ties broken off or an envoy recalled; COERCE 'cyber'.
Each test runs a news sentence through the pipeline and checks the candidate's type.
"""

from __future__ import annotations

import pytest

from dateline.events.predicates import find_predicates
from dateline.nlp import spacy_sentences
from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _types(text: str, trigger: str) -> set[str]:
    """The types of the predicates (before arguments and the confidence cut) whose trigger
    contains the word ``trigger``."""
    art = extract(text)
    return {p.type for s in spacy_sentences(art) for p in find_predicates(s)
            if trigger in (t.text for t in p.trigger)}


def test_disarming_is_retreat() -> None:
    assert "RETREAT" in _types("The rebels disarmed in the eastern province on Monday.",
                               "disarmed")


def test_disarmament_and_demobilization_nouns_are_retreat() -> None:
    text = ("The disarmament of the militia began on Monday, and the demobilization of 3,000 "
            "fighters will follow.")
    assert "RETREAT" in _types(text, "disarmament")
    assert "RETREAT" in _types(text, "demobilization")


def test_handing_over_weapons_or_hostages_is_retreat() -> None:
    assert "RETREAT" in _types("The rebels handed over their weapons to U.N. peacekeepers.",
                               "handed")
    assert "RETREAT" in _types("The militants handed over 12 hostages to the Red Cross.",
                               "handed")


def test_handing_over_a_letter_is_no_retreat() -> None:
    assert "RETREAT" not in _types("The envoy handed over a letter to the president.", "handed")


def test_abdication_is_a_resignation() -> None:
    assert "RETREAT" in _types("King Norodom Sihanouk abdicated on Thursday.", "abdicated")


def test_breaking_off_ties_and_recalling_envoys_are_sanctions() -> None:
    assert "SANCTION" in _types("Niger broke off diplomatic ties with Ukraine on Tuesday.",
                                "broke")
    assert "SANCTION" in _types("Algeria recalled its ambassadors from Paris on Saturday.",
                                "recalled")


def test_a_cyberattack_is_coercion() -> None:
    text = "Pro-Russian hackers launched a cyberattack on Estonian government websites."
    assert "COERCE" in _types(text, "cyberattack")


def test_being_opposed_to_mediation_is_a_rejection() -> None:
    # PLOVER gold record (REJECT "opposed mediation"); CAMEO 126 'reject mediation'.
    text = ("Israel is opposed to French mediation in peace negotiations with Syria, a close "
            "aide to Prime Minister Ehud Barak said Wednesday.")
    assert _types(text, "opposed") == {"REJECT"}


def test_opposing_a_person_stays_an_accusation() -> None:
    text = "The opposition party opposed President Ruto in parliament on Tuesday."
    assert _types(text, "opposed") == {"ACCUSE"}


def test_codebook_verbs_of_disapproval_and_violence() -> None:
    assert "ACCUSE" in _types("Amnesty International lamented the government's crackdown on "
                              "journalists.", "lamented")
    assert "ASSAULT" in _types("Protesters pelted the police with stones in Srinagar.",
                               "pelted")
    assert "COERCE" in _types("Bolivia nationalized the country's gas fields on Monday.",
                              "nationalized")


def test_leaving_an_organization_or_deal_is_a_sanction_not_a_retreat() -> None:
    # PLOVER SANCTION 'withdraw': "withdraw oneself ... from a group, mediation activity,
    # organization, or country"; RETREAT 'withdraw' is forces leaving territory.
    assert _types("The United States withdrew from the Paris climate agreement in 2020.",
                  "withdrew") == {"SANCTION"}
    assert _types("Russia pulled out of the grain deal on Monday.", "pulled") == {"SANCTION"}
    assert _types("The army withdrew from the town on Sunday.", "withdrew") == {"RETREAT"}
    assert _types("The army pulled out of the town on Sunday.", "pulled") == {"RETREAT"}
