"""Which of several events of one sentence leads: an act told in an "as" clause of another act
is its circumstance and ranks under the main clause's act (``events._rank_main_clauses``)."""

from __future__ import annotations

import pytest

from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize("text, main, sub", [
    # PLOVER-GSR01-RETREAT-0023
    ("Georgian President Eduard Shevardnadze resigned Sunday as the opposition threatened to "
     "storm his residence in Tbilisi.", "RETREAT", "THREATEN"),
    # PLOVER-GSR01-CONCEDE-0007
    ("Serbia eased emergency measures on Wednesday in Montenegro province, the scene of ethnic "
     "violence last March, as authorities in Croatia cracked down on Serbian nationalists.",
     "CONCEDE", "COERCE"),
])
def test_the_main_clause_act_leads_its_as_clause(text, main, sub):
    art = extract(text)
    top = max(art.events, key=lambda e: e.confidence)
    assert top.type == main, [(e.type, e.trigger.text, e.confidence) for e in art.events]
    # the circumstance stays an event of its own
    assert any(e.type == sub for e in art.events)
