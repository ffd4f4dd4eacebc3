"""Recall of the verbal and cooperative types (wt-verbal): REQUEST, THREATEN, PROTEST, CONSULT,
SUPPORT, AGREE.  The sentences are written for these tests in the style of wire-service news."""

from __future__ import annotations

from helpers import candidates_of, side_countries


def test_warned_object_is_threatened_whoever_it_is() -> None:
    # a reported warning whose clause is a passive threat: the warned object (no state, no
    # person) is the threatened party, not left out as a demand on no one
    text = ("The governor said Hamas gunmen had stopped aid trucks near Rafah and warned drivers "
            "that they would be shot if they came back.")
    art, found = candidates_of(text, "THREATEN")
    assert found, "no THREATEN candidate"
    ev = found[0]
    assert side_countries(art, ev.actors) == {"PSE"}
    assert {m.text for r in ev.recipients for m in art.actor(r).mentions} >= {"drivers"}


def test_told_object_of_a_plain_statement_is_no_recipient() -> None:
    # a statement told to a news outlet asks nothing of it (only warnings take any object)
    text = "The minister told reporters that the army must leave the city."
    art, found = candidates_of(text, "REQUEST")
    assert all("reporters" not in {m.text for r in ev.recipients for m in art.actor(r).mentions}
               for ev in found)
