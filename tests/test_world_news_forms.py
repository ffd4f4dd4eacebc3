"""Forms common in wire-service world news, checked on sentences written in that style."""

from __future__ import annotations

import dateline


def coded(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    art = dateline.extract(text, published="2025-07-13")

    def countries(ids: list[str]) -> list[str | None]:
        return sorted(a.country for x in ids if (a := art.actor(x)) is not None)

    return [(e.type, countries(e.actors), countries(e.recipients)) for e in art.events]


def test_mediators_are_officials() -> None:
    # "mediator" is an agent noun like "negotiator" and "envoy" (CAMEO's +MEDIATOR synonyms)
    assert coded("Egyptian and Qatari mediators on Sunday pressed Israel and Hamas to accept "
                 "a new ceasefire proposal.") == [("REQUEST", ["EGY", "QAT"], ["ISR", "PSE"])]


def test_states_agreeing_to_a_thing_agree_with_each_other() -> None:
    # a "to" phrase of agreement is no third party (only a verb of giving has one)
    assert coded("Thailand and Cambodia agreed to a ceasefire on Monday.") == [
        ("AGREE", ["KHM", "THA"], ["KHM", "THA"])]


def test_the_group_is_not_the_news_agency_told() -> None:
    art = dateline.extract("A Hamas official told Reuters the group was studying the proposal.",
                           published="2025-07-13")
    reuters = next(a for a in art.actors if a.sector == "JRN")
    assert [art.text[m.start:m.end] for m in reuters.mentions] == ["Reuters"]
