"""COERCE arguments on real sentences (round 13, engineer EC).

PLOVER COERCE (CAMEO 17, 191, 192: seize, restrict, ban, arrest, deport, curfew, ...): the
arresting or seizing side is the actor, the person or group held or deprived is the recipient.
Precision first: an agentless passive ("were arrested") names no actor and gives no event.
"""

from __future__ import annotations

import pytest

from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    """(type, actor countries, recipient countries) of the emitted events."""
    art = extract(text)
    return [(ev.type, [art.actor(a).country for a in ev.actors],
             [art.actor(r).country for r in ev.recipients]) for ev in art.events]


def test_arrest_by_soldiers_codes_the_arrested_as_recipient() -> None:
    # PLOVER gold record PLOVER-GSR01-COERCE-0012.
    text = ("Israeli soldiers arrested more than 100 Palestinians on Saturday in a security "
            "sweep of the Hebron area of the occupied West Bank, military sources said.")
    assert ("COERCE", ["ISR"], ["PSE"]) in _events(text)


def test_confiscation_from_a_group_codes_the_group_as_recipient() -> None:
    # PLOVER gold record PLOVER-GSR01-COERCE-0003 (the "from" phrase names the deprived side).
    text = ("In an unprecedented move, Palestinian police in Jericho confiscated weapons and "
            "explosives from Palestinian armed groups, the Israeli army said Friday.")
    events = _events(text)
    assert any(t == "COERCE" and "PSE" in a for t, a, _ in events)


def test_agentless_passive_arrest_gives_no_event() -> None:
    # "A Christian missionary from Calgary was arrested in Lebanon" (PLOVER gold records): no
    # arresting side is named, so no COERCE event with a guessed actor is emitted.
    text = "A Christian missionary from Calgary was arrested in Lebanon on Monday."
    assert not [e for e in _events(text) if e[0] == "COERCE"]


def test_deportation_of_coordinated_verbs_keeps_actor_and_recipient() -> None:
    text = "Ugandan police arrested and deported two Kenyan activists on Monday."
    assert ("COERCE", ["UGA"], ["KEN"]) in _events(text)
