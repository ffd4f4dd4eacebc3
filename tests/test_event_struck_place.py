"""Event places from the act's own clause: the place an attack or a raid strikes when the clause
names no other (``events.setting._struck_place``), and the clause's own place phrase before the
one of its subject (``events.setting._in_subject``)."""

from __future__ import annotations

from helpers import extract, place_text


def event_places(text: str) -> list[tuple[str, str | None]]:
    art = extract(text, published="2025-02-03")
    return [(e.type, place_text(art, e)) for e in art.events]


def test_struck_object_is_the_place() -> None:
    assert event_places("Russian forces shelled Kharkiv on Monday.") == [("ASSAULT", "Kharkiv")]


def test_the_clause_place_phrase_comes_first() -> None:
    assert event_places("Russian forces shelled Ukrainian troops in Kupiansk on Monday.") == [
        ("ASSAULT", "Kupiansk")]


def test_no_struck_place_for_other_acts() -> None:
    # a state accused is a party, not the place of the accusation
    assert event_places("Poland accused Belarus of orchestrating the crisis on Monday.") == [
        ("ACCUSE", None)]


def test_own_place_phrase_before_the_subjects() -> None:
    assert event_places("Police in Kenya arrested the opposition leader in Nairobi.") == [
        ("COERCE", "Nairobi")]
    # with no other, the subject's place is the act's
    assert event_places("Demonstrators in Baghdad blocked a road on Monday.") == [
        ("PROTEST", "Baghdad")]
