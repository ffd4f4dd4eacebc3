"""Actors of predicates whose subject the parser put elsewhere (round 10, engineer EA).

Each case is a parse pattern that left a trigger of the gold type with no actor in the PLOVER
gold records or the VOA even-id stories; the actor is now read from where the parser put it.
"""

from __future__ import annotations

import pytest

import dateline
from dateline.events import candidates

pytestmark = pytest.mark.filterwarnings("ignore")


def _actor_countries(text: str, etype: str, trigger: str) -> set[str | None]:
    """The actor countries of the candidate of ``etype`` triggered by ``trigger``, whatever its
    confidence; an empty set when the predicate has no actor (no candidate)."""
    art = dateline.extract(text, published="2025-03-12")
    for ev, _ in candidates(art):
        if ev.type == etype and ev.trigger.text == trigger:
            return {art.actor(x).country for x in ev.actors}  # type: ignore[union-attr]
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
