"""Conflict types of the PLOVER gold records (ACCUSE, REQUEST, THREATEN, PROTEST, MOBILIZE,
ASSAULT, COERCE, SANCTION) that the events layer held back: real GSR / VOA even-id sentences
through the whole pipeline (``dateline.extract``)."""

from __future__ import annotations

import pytest

from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger text, actor countries, recipient countries) of each emitted event."""
    art = extract(text)
    country = {a.id: a.country for a in art.actors}
    return [(ev.type, ev.trigger.text, [country.get(x) for x in ev.actors],
             [country.get(x) for x in ev.recipients]) for ev in art.events]


def test_what_an_issued_declaration_demands_is_the_issuers_request() -> None:
    # PLOVER GSR REQUEST (DEMAND-0007): the participle says what the declaration says; it is
    # not a reduced relative that only describes its noun (modality.descriptive).
    text = ("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish "
            "government provide information on the safety of its leader Abdullah Ocalan.")
    assert ("REQUEST", "demanding", ["TUR"], ["TUR"]) in _events(text)


def test_an_announced_coercive_act_is_an_asserted_threat() -> None:
    # PLOVER GSR THREATEN: the future of the act is what makes it a threat (PLOVER manual:
    # "THREATEN could be ASSAULT + hypothetical"), so it is not held back as a planned event.
    text = ("President Laurent Gbagbo announced on Sunday that he will extend the night-time "
            "curfew in Abidjan in response to recent unrest within the city.")
    found = [(t, trig) for t, trig, _, _ in _events(text)]
    assert ("THREATEN", "extend the night-time curfew") in found
    art = extract(text)
    assert all(ev.modality == "asserted" for ev in art.events if ev.type == "THREATEN")
