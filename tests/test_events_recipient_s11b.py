"""Recipients found in session 11 (second round), on real sentences through the whole pipeline:
the state named by the uncoded party a refusal defies (``targets.defied_state``)."""

from __future__ import annotations

import pytest

from helpers import first_sides as _sides

pytestmark = pytest.mark.filterwarnings("ignore")


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
