"""Actors of predicates whose subject the parser put elsewhere (round 10, engineer EA).

Each case is a parse pattern that left a trigger of the gold type with no actor in the PLOVER
gold records or the VOA even-id stories; the actor is now read from where the parser put it.
"""

from __future__ import annotations

import pytest

from helpers import candidates_of, side_countries

pytestmark = pytest.mark.filterwarnings("ignore")


def _actor_countries(text: str, etype: str, trigger: str) -> set[str | None]:
    """The actor countries of the candidate of ``etype`` triggered by ``trigger``, whatever its
    confidence; an empty set when the predicate has no actor (no candidate)."""
    art, found = candidates_of(text, etype)
    for ev in found:
        if ev.trigger.text == trigger:
            return side_countries(art, ev.actors)
    return set()


def test_subject_joined_to_a_preposed_phrase_is_the_subject() -> None:
    # PLOVER gold records: the parser makes "government" a conjunct of "Memorandum".
    text = ("With the signing of a Memorandum of Understanding (MOU) on Cessation of Hostilities, "
            "the Sudanese government and SPLM/A have agreed to allow unimpeded humanitarian "
            "access to all areas.")
    assert "SDN" in _actor_countries(text, "AGREE", "agreed")


def test_a_preposed_phrase_without_comma_gives_no_subject() -> None:
    # The object of a preposed phrase is not the clause's subject when no comma parts them.
    text = "With the help of France and Germany agreed to talk."
    assert "DEU" not in _actor_countries(text, "AGREE", "agreed")


def test_verb_read_as_participle_in_a_verbless_sentence_has_its_root_as_subject() -> None:
    # PLOVER gold records: "donated" parsed as a clause of "groups", the root being "Doctors".
    text = ("Doctors from two American aid groups donated and personally delivered $50,000 "
            "worth of goods to Baghdad University Medical School.")
    assert _actor_countries(text, "AID", "donated") == {"USA"}


def test_who_prepares_an_offensive_makes_it() -> None:
    # PLOVER gold records: "Macedonia which is preparing a major offensive against ethnic
    # Albanian guerrillas".
    # (an offensive being prepared is a MOBILIZE: readiness short of force, PLOVER manual)
    text = "Macedonia is preparing a major offensive against ethnic Albanian guerrillas."
    assert _actor_countries(text, "MOBILIZE", "offensive") == {"MKD"}


def test_who_calls_an_attack_a_crime_did_not_attack() -> None:
    text = "Pakistan called the attack on India a crime."
    assert "PAK" not in _actor_countries(text, "ASSAULT", "attack")


def test_at_the_hands_of_names_the_agent_of_a_passive() -> None:
    text = "Hundreds of Syrian civilians were killed at the hands of Russian forces."
    assert _actor_countries(text, "ASSAULT", "killed") == {"RUS"}


def test_agent_of_a_participle_of_doing_is_the_nouns_actor() -> None:
    text = "The attacks carried out by Pakistani militants killed ten Indian soldiers."
    assert _actor_countries(text, "ASSAULT", "attacks") == {"PAK"}


def test_agent_of_a_participle_of_asking_is_not_the_meetings_actor() -> None:
    text = "A meeting requested by France was held in New York with Germany."
    assert "FRA" not in _actor_countries(text, "CONSULT", "meeting")


def test_an_attack_that_kills_is_done_by_the_attacks_actor() -> None:
    text = "The attacks carried out by Pakistani militants killed ten Indian soldiers."
    assert _actor_countries(text, "ASSAULT", "killed") == {"PAK"}


def test_a_non_attack_subject_lends_no_actor_to_a_killing() -> None:
    text = "The Pakistani floods killed ten Indian soldiers."
    assert "PAK" not in _actor_countries(text, "ASSAULT", "killed")


def test_a_by_phrase_stranded_on_the_reporting_clause_is_the_passives_agent() -> None:
    # PLOVER gold records: "by" hangs on "believed", not on "accused".
    text = ("Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 "
            "million in public funds, much of it believed to have been embezzled, by current "
            "Haitian government officials.")
    assert _actor_countries(text, "ACCUSE", "accused") == {"HTI"}


def test_an_agentless_passive_stays_without_actor() -> None:
    text = "Aristide has been accused of misusing public funds, officials in Haiti said."
    assert _actor_countries(text, "ACCUSE", "accused") == set()
