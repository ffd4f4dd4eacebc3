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
