"""ACCUSE statements (dateline.events.statements): whose verdict a marker of disapproval in a
reported clause is, on real sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from helpers import candidates_of

pytestmark = pytest.mark.filterwarnings("ignore")


def _accusations(text: str) -> list[str]:
    art, found = candidates_of(text, "ACCUSE")
    return [ev.trigger.text for ev in found]


def test_a_marker_describing_people_in_a_participle_accuses_no_one() -> None:
    # PLOVER gold AID-0006 / REJECT-0034: "as illegal aliens" says who the West Africans
    # ordered out of Nigeria are; the police report the border opening, they accuse no one.
    text = ("Benin opened its borders today to most West Africans ordered out of Nigeria as "
            "illegal aliens, but was still refusing admittance to Ghanaians, by far the biggest "
            "group involved, Benin police said.")
    assert "illegal" not in _accusations(text)


def test_a_marker_of_the_reported_clause_itself_still_accuses() -> None:
    # the verdict is the clause's own predicate: "This case is not legal", "the ruling was
    # illegal" (the construction of VOA 6204080 and 8010046)
    text = "Kenya's interior minister said the court's ruling was illegal."
    assert "illegal" in _accusations(text)


def test_the_grievance_of_a_reported_protest_is_the_protesters() -> None:
    # PLOVER gold PROTEST-0011: the lawyer reports the hunger strike; the "violations" are what
    # the activist protests against (the PROTEST event), not the lawyer's accusation.
    text = ("Salaheddine Sidhoum, Algeria's leading human rights activist, staged a 24-hour "
            "hunger strike in prison on Sunday in protest against the widespread human rights "
            "violations by Algerian security forces, his lawyer said on Tuesday.")
    art, found = candidates_of(text)
    assert "violations" not in [ev.trigger.text for ev in found if ev.type == "ACCUSE"]
    assert any(ev.type == "PROTEST" for ev in found)
