"""Orders coded by the PLOVER codebook (round 11, engineer ET).

PLOVER REQUEST is "all requests, demands, and orders": an order to another party to act is a
demand.  An order to stop an activity is the coercion itself (COERCE: "censor, ban or restrict
access to publications"); an order to one's own forces is coded as the act it orders; "ordered
to leave" is no event of its own (an expulsion or a captor's release).
"""

from __future__ import annotations

import pytest

from dateline.events.lexicon import lookup
from helpers import candidates_of, extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _types(text: str, trigger: str) -> set[str]:
    """The types of the candidates (any confidence) the trigger word gives."""
    return {ev.type for ev in candidates_of(text)[1] if ev.trigger.text == trigger}


def _emitted(text: str) -> set[tuple[str, str]]:
    """(type, trigger text) of the events the pipeline emits."""
    return {(ev.type, ev.trigger.text) for ev in extract(text).events}


def test_an_order_to_another_party_to_act_is_a_request() -> None:
    # PLOVER gold record (REQUEST "ordered questioning").
    text = ("An Argentine judge has ordered former president Carlos Menem to appear October 16 "
            "for questioning in an investigation of illegal arms sales to Croatia and Ecuador in "
            "the 1990s, court sources said Wednesday.")
    assert ("REQUEST", "ordered") in _emitted(text)


def test_an_order_to_stop_publishing_is_coercion() -> None:
    # PLOVER gold record (COERCE "ordered suspend publication").
    text = ("Nicaragua's Sandinista government today ordered the opposition newspaper La Prensa "
            "to suspend publication indefinitely, a spokesman for the paper said.")
    events = _emitted(text)
    assert ("COERCE", "ordered") in events
    assert ("REQUEST", "ordered") not in events


def test_an_order_to_ones_own_forces_is_the_act_it_orders() -> None:
    # VOA 7686618 (even id): the sealing is the COERCE event, the order no REQUEST.
    text = "The government has ordered its military to immediately seal the borders with Chad."
    assert "REQUEST" not in _types(text, "ordered")


def test_an_order_to_leave_is_no_event_of_its_own() -> None:
    # VOA 8007760 (even id): hijackers "ordering them to leave" released the passengers.
    text = ("Armed men who boarded the train told passengers to stay calm, ordering them to "
            "leave with their families.")
    assert not _types(text, "ordering")


def test_order_rows_follow_the_ordered_act() -> None:
    entry = lookup("order", "V", {"xcomp:", "xcomp:halt"})
    assert entry is not None and entry.type == "COERCE"
    entry = lookup("order", "V", {"xcomp:", "xcomp:appear"})
    assert entry is not None and entry.type == "REQUEST"
    entry = lookup("order", "V", {"prep:to/prison"})
    assert entry is not None and entry.type == "COERCE"


def test_expelling_an_agency_is_a_sanction() -> None:
    # PLOVER gold record (SANCTION "forced out"): an organization expelled from a country is
    # SANCTION 'expel'; "out of" is parsed as the verb's preposition.
    text = ("Jakarta forced the UN refugee agency, UNHCR, out of the country following the relief "
            "operation, although it had more than $12M of unspent donations.")
    assert ("SANCTION", "forced") in _emitted(text)


def test_expelling_people_stays_coercion() -> None:
    # Individual deportations are COERCE 'deport' (PLOVER SANCTION, potential ambiguities).
    entry = lookup("force", "V", {"prep:out", "obj:refugees"})
    assert entry is not None and entry.type == "COERCE"
    entry = lookup("expel", "V", {"obj:agency"})
    assert entry is not None and (entry.type, entry.mode) == ("SANCTION", "expel")
