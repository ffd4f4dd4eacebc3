"""Recipients found in session 11 (second round), on real sentences through the whole pipeline:
the state named by the uncoded party a refusal defies (``targets.defied_state``)."""

from __future__ import annotations

import pytest

from helpers import candidates_of

pytestmark = pytest.mark.filterwarnings("ignore")


def _sides(text: str, etype: str, trigger: str) -> tuple[list[str], list[str]]:
    """Actor and recipient countries of the candidate of ``etype`` whose trigger starts with
    ``trigger``."""
    art, found = candidates_of(text, etype, published="2024-10-20")
    found = [ev for ev in found if ev.trigger.text.startswith(trigger)]
    assert found, f"no {etype} candidate on {trigger!r}"
    country = lambda ids: [art.actor(x).country for x in ids]
    return country(found[0].actors), country(found[0].recipients)


def test_a_refusal_defies_the_state_of_an_uncoded_pressing_body() -> None:
    # PLOVER gold records (REJECT, target KEN): the commission (misspelt) is no coded actor
    actors, recipients = _sides(
        "Vice-President Moody Awori has declined to resign despite growing pressure by the Kenya "
        "Anti-Corruption Commision after he was implicated in a major scandal.",
        "REJECT", "declined")
    assert actors == ["KEN"] and recipients == ["KEN"]


def test_a_refusal_defies_the_state_of_a_national_pressure() -> None:
    actors, recipients = _sides(
        "Hungary's government refused to step aside despite Russian pressure.",
        "REJECT", "refused")
    assert actors == ["HUN"] and recipients == ["RUS"]


def test_a_refusal_despite_a_place_bound_hardship_names_no_state() -> None:
    # "despite" a hardship, not a pressure: no one is defied
    actors, recipients = _sides(
        "Hungary's government refused to step aside despite floods in Serbia.",
        "REJECT", "refused")
    assert recipients == []
