"""Round 10 trigger coverage: CAMEO 2.0 verbs mapped through CAMEO2PLOVER, and nominalizations
coded as their verbs (``triggers.tsv``, the "Round 10 coverage" block)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon
from helpers import candidates_of, events_of_type, side_countries as _countries

pytestmark = pytest.mark.filterwarnings("ignore")



def test_a_rearrest_is_an_arrest() -> None:
    # CAMEO 2.0 "RE-ARREST" (173, arrest, detain): PLOVER COERCE
    art, coerce = events_of_type("Ugandan police rearrested opposition leader Kizza Besigye on Tuesday.",
                          "COERCE")
    assert [ev.trigger.text for ev in coerce] == ["rearrested"]
    assert _countries(art, coerce[0].actors) == {"UGA"}


def test_lauding_a_state_is_support() -> None:
    # CAMEO 051 (praise or endorse) -> PLOVER SUPPORT
    art, support = events_of_type("Russia's foreign minister lauded China's peace plan on Monday.",
                           "SUPPORT")
    assert support and support[0].trigger.text == "lauded"
    assert _countries(art, support[0].actors) == {"RUS"}
    assert _countries(art, support[0].recipients) == {"CHN"}


def test_postponing_talks_with_a_side_is_a_rejection() -> None:
    # CAMEO 120 (reject) lists POSTPONE; the talks' other side is the recipient
    art, reject = events_of_type("The Kenyan government postponed the talks with the Somali delegation.",
                          "REJECT")
    assert reject and reject[0].trigger.text == "postponed"
    assert _countries(art, reject[0].recipients) == {"SOM"}


def test_exonerating_a_leader_is_a_concession() -> None:
    # CAMEO 081 (ease administrative sanctions) lists EXONERATE: PLOVER CONCEDE
    art, concede = events_of_type("A court exonerated the former Pakistani prime minister Imran Khan.",
                           "CONCEDE")
    assert concede and concede[0].trigger.text == "exonerated"
    assert _countries(art, concede[0].recipients) == {"PAK"}


def test_a_march_staged_against_a_government_is_a_protest() -> None:
    art, protest = events_of_type("Protesters in Belgrade staged a march against the Serbian government.",
                           "PROTEST")
    assert protest and "march" in protest[0].trigger.text
    assert _countries(art, protest[0].recipients) == {"SRB"}


def test_sheltering_refugees_is_aid() -> None:
    # CAMEO 075 (grant asylum) lists SHELTER: PLOVER AID
    art, aid = events_of_type("The Turkish army sheltered thousands of Syrian refugees near the border.",
                       "AID")
    assert aid and aid[0].trigger.text == "sheltered"
    assert _countries(art, aid[0].actors) == {"TUR"}
    assert _countries(art, aid[0].recipients) == {"SYR"}


def test_arriving_in_a_capital_is_a_visit_candidate() -> None:
    # CAMEO 042 (make a visit): "arrived in Amman" is a CONSULT visit by its subject, held back
    # while the place gives no recipient
    art, found = candidates_of("Iraqi President Saddam Hussein arrived in Amman on Wednesday.",
                               published="2024-06-02")
    visits = [ev for ev in found if ev.trigger.text == "arrived"]
    assert visits and visits[0].type == "CONSULT" and visits[0].mode == "visit"
    assert _countries(art, visits[0].actors) == {"IRQ"}


@pytest.mark.parametrize("noun, verb", [
    ("occupation", "occupy"), ("repression", "repress"), ("conviction", "convict"),
    ("surrender", "surrender"), ("retreat", "retreat"), ("rebuke", "rebuke"),
    ("exile", "exile"), ("capture", "capture"), ("ratification", "ratify"),
    ("punishment", "punish"), ("defiance", "defy"), ("collaboration", "collaborate"),
    ("legalization", "legalize"), ("postponement", "postpone"),
])
def test_a_nominalization_has_its_verbs_type(noun: str, verb: str) -> None:
    rows = lexicon.entries()
    bare = lambda lemma, pos: [e for e in rows[(lemma, pos)] if not e.complement]
    assert bare(noun, "N") and bare(verb, "V")
    assert bare(noun, "N")[0].type == bare(verb, "V")[0].type
