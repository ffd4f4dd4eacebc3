"""Events rules from the second round of PLOVER GSR misses (helper gsr2): recurring causes of
records with no event, the wrong top type, or the wrong recipient."""

from __future__ import annotations

from helpers import extract


def _top(art):
    assert art.events, "no event emitted"
    return max(art.events, key=lambda e: e.confidence)


def _countries(art, ids):
    return {a.country for i in ids if (a := art.actor(i)) is not None}


def test_asylum_is_asked_of_the_state_it_is_sought_in():
    # GSR DEMAND-0013 (REQUEST IRQ -> DEU); PLOVER manual, AID: "Asylum ... to persons in its
    # territories (territorial asylum)": the state of the territory is who grants it
    art = extract("Some 800,000 Iraqi Kurds sought refuge in Germany last month.",
                  published="1991-05-01")
    top = _top(art)
    assert top.type == "REQUEST"
    assert _countries(art, top.recipients) == {"DEU"}
