"""A "to" infinitive after a verb's object that the parser hangs as an adverbial clause is the
object's act, the "X to do Y" complement of verbs of asking ("pressed Iran to release")."""

from __future__ import annotations

import pytest

from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _coded(text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    art = extract(text)
    country = lambda ids: [art.actor(x).country for x in ids]  # type: ignore[union-attr]
    return [(ev.type, ev.trigger.text, country(ev.actors), country(ev.recipients))
            for ev in art.events]


def test_pressed_object_on_a_day_to_act_is_a_request_to_the_object() -> None:
    # the parse: "release" an advcl of "pressed", after "Iran" and "on Tuesday"
    coded = _coded("France pressed Iran on Tuesday to release the detained journalists.")
    assert ("REQUEST", "pressed", ["FRA"], ["IRN"]) in coded
    assert not any(etype == "RETREAT" for etype, *_ in coded)


def test_pushed_state_to_act_is_a_request_to_the_state() -> None:
    # the parse: "extradite" an advcl of "pushed"
    assert ("REQUEST", "pushed", ["TUR"], ["SWE"]) in _coded(
        "Turkey pushed Sweden to extradite Kurdish militants.")


def test_purpose_clause_after_an_object_adds_no_request() -> None:
    # "in order to" marks a purpose, not the object's act
    assert not any(etype == "REQUEST" for etype, *_ in _coded(
        "Turkey pushed troops to the border in order to deter attacks."))
