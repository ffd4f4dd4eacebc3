"""Recipients of place-bound acts (``dateline.events.targets``), on PLOVER-style sentences."""

from __future__ import annotations

import pytest

import dateline
from helpers import extract

# the publication date the relative dates of these sentences are read from
PUBLISHED = "2000-01-01"


def _recipient_countries(art, ev) -> set[str]:
    return {a.country for x in ev.recipients if (a := art.actor(x)) is not None}


@pytest.mark.parametrize("text, etype, country", [
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, Belgrade radio said.",
     "PROTEST", "SRB"),
    ("Israel has strengthened its forces in Lebanon, military sources said today.",
     "MOBILIZE", "LBN"),
    ("Turkish authorities have imposed a curfew in the town of Cizre in southeastern Turkey.",
     "COERCE", "TUR"),
])
def test_place_of_the_act_is_its_target(text: str, etype: str, country: str) -> None:
    art = extract(text, PUBLISHED)
    ev = next(e for e in art.events if e.type == etype)
    assert _recipient_countries(art, ev) == {country}
    # the recipient is an actor of the article, with its mention at the place
    rec = art.actor(ev.recipients[0])
    assert rec is not None and rec.kind == "state" and rec.mentions


def test_named_recipient_is_kept() -> None:
    # the clause names its target: the place ("in Brussels") does not replace it
    art = extract("Farmers protested against the European Union in Brussels on Monday.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "PROTEST")
    assert "BEL" not in _recipient_countries(art, ev)


def test_statement_place_is_not_a_target() -> None:
    # where a demand is voiced is not whom it is made of
    art = extract("Iran demanded in Geneva that the United States lift its sanctions.", PUBLISHED)
    for ev in art.events:
        assert "CHE" not in _recipient_countries(art, ev)


def test_threat_target_is_the_place_of_the_threatened_act() -> None:
    # PLOVER gold records: "The Hamas threatened Monday to resume terrorist activities in Israel"
    art = extract("Hamas threatened Monday to resume terrorist activities in Israel.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "THREATEN")
    assert _recipient_countries(art, ev) == {"ISR"}


def test_national_modifier_of_against_object_is_the_target() -> None:
    # PLOVER gold records: "A French minister threatened today to impose import restrictions
    # against German goods" -> DEU, though the story names no German actor
    art = extract("A French minister threatened today to impose import restrictions "
                  "against German goods.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "THREATEN")
    assert _recipient_countries(art, ev) == {"DEU"}


def test_no_state_is_added_without_an_event() -> None:
    # the state a place stands for is added only for an emitted event: with a cut no event
    # passes, the actors stay the actor layer's
    from dateline.events import code_events

    text = "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia."
    art = dateline.extract(text, published=PUBLISHED, layers=["actors", "places", "times"])
    before = [a.id for a in art.actors]
    code_events(art, min_confidence=1.01)
    assert not art.events and [a.id for a in art.actors] == before
    code_events(art)
    assert any(a.country == "SRB" and a.kind == "state" for a in art.actors)


def test_agreed_act_in_a_place_targets_its_state_but_not_a_venue() -> None:
    # PLOVER gold records: "agreed to postpone the demonstration in Baku" -> AZE
    art = extract("Leaders of the Azadliq opposition coalition agreed to postpone the "
                  "demonstration in Baku until 9 November.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "AGREE")
    assert _recipient_countries(art, ev) == {"AZE"}
    # a venue agreed on is not a party to the agreement
    art = extract("Iran agreed on Monday to hold talks in Geneva next week.", PUBLISHED)
    assert any(e.type == "AGREE" for e in art.events)
    for ev in art.events:
        assert "CHE" not in _recipient_countries(art, ev)
