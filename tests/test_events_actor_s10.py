"""The actor of a verb event whose subject sits outside its own clause, on real sentences through
the whole pipeline: control, coordination, participles, passive relative clauses, nominal "by" and
possessive agents (session 10 check of the routes in ``clauses._subject`` and ``nominal``)."""

from __future__ import annotations

import pytest

import dateline
from dateline.events import candidates
from helpers import first_sides as _sides

pytestmark = pytest.mark.filterwarnings("ignore")


def test_the_subject_of_an_order_carries_down_to_what_is_ordered() -> None:
    actors, recipients = _sides("The Iraqi government has ordered its military to seal border "
                                "areas with Syria.", "COERCE", "seal")
    assert actors == ["IRQ"] and recipients == ["SYR"]


def test_the_subject_of_a_decision_carries_down_to_the_act() -> None:
    actors, recipients = _sides("Israel decided to impose sanctions on Iran.", "SANCTION",
                                "impose")
    assert actors == ["ISR"] and recipients == ["IRN"]


def test_a_coordinated_verb_shares_the_subject() -> None:
    # (combatants captured in fighting are an ASSAULT: PLOVER manual, ASSAULT ambiguities)
    actors, recipients = _sides("Israeli troops fought back and captured two Hamas fighters.",
                                "ASSAULT", "captured")
    assert actors == ["ISR"] and recipients == ["PSE"]


def test_a_participle_adjunct_is_its_clauses_subjects_act() -> None:
    actors, _ = _sides("Syrian forces shelled the village, killing all civilians.", "ASSAULT",
                       "killing")
    assert actors == ["SYR"]


def test_the_agent_of_a_passive_relative_clause_is_the_actor() -> None:
    actors, _ = _sides("The rebels, who were attacked by Nigerian troops, fled.", "ASSAULT",
                       "attacked")
    assert actors == ["NGA"]


def test_the_by_agent_of_a_trigger_noun_is_the_actor() -> None:
    actors, _ = _sides("A crackdown by Chinese police on protesters in Tibet drew criticism.",
                       "COERCE", "crackdown")
    assert actors == ["CHN"]


def test_the_possessor_of_a_trigger_noun_is_the_actor() -> None:
    actors, recipients = _sides("Trump's imposition of sanctions on Iran angered Tehran.",
                                "SANCTION", "sanctions")
    assert actors == ["USA"] and recipients == ["IRN"]


def test_an_agentless_passive_has_no_actor() -> None:
    # Precision first: "was arrested" names no one who arrested.
    art = dateline.extract("France has tightened its control of the internet. Two Chinese "
                           "activists were arrested in Beijing on Monday.", published="2024-10-20")
    assert all(not ev.actors for ev, _ in candidates(art, 0.0) if ev.type == "COERCE")
