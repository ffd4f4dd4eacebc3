"""Recipients the events stage implies or finds outside the clause's subject and object
(helper "sides"): the sector of an implied state recipient."""

from __future__ import annotations

import pytest

from helpers import extract


@pytest.mark.parametrize("text, etype, country, sector", [
    # PLOVER gold records: a protest is aimed at the government of the state of its place
    ("Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan as they continued "
     "their effort to overthrow the government of President Laurent Gbagbo.", "PROTEST", "CIV",
     "GOV"),
    # a curfew or an attack held in a place falls on its people
    ("Turkish authorities have imposed a curfew in the town of Cizre in southeastern Turkey "
     "after a demonstration over fraud allegations in Sunday's local elections, security "
     "sources said here Tuesday.", "COERCE", "TUR", "CVL"),
    ("Israeli tanks fired four shell bombs at targets in Jericho, witnesses said, in a rare "
     "incident in the West Bank city.", "ASSAULT", "PSE", "CVL"),
])
def test_implied_state_recipient_has_the_gold_sector(text: str, etype: str, country: str,
                                                     sector: str) -> None:
    art = extract(text, "2004-03-30")
    ev = next(e for e in art.events if e.type == etype)
    recipients = [art.actor(x) for x in ev.recipients]
    assert [(a.country, a.sector) for a in recipients if a is not None] == [(country, sector)]
