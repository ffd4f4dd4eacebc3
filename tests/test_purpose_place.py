"""A purpose infinitive ("met with officials ... to lobby the EU") names no scene of its own: it
happens where the act it is the purpose of does (``events.setting._purpose_of``).  Sentences
written in the style of wire copy."""

from __future__ import annotations

from helpers import candidates_of, place_text


def place_of(text: str, etype: str, trigger: str) -> str | None:
    art, found = candidates_of(text, etype, published="2024-10-03")
    ev = next((e for e in found if e.trigger.text.startswith(trigger)), None)
    assert ev is not None, f"no {etype} candidate on {trigger!r}: {[e.trigger.text for e in found]}"
    return place_text(art, ev)


def test_purpose_infinitive_takes_its_main_clause_place() -> None:
    # VOA 7808748: gold place of the request is Europe, where the minister met officials
    text = ("Officials said on Thursday that the Chinese commerce minister had travelled to "
            "Brussels. Chinese Commerce Minister Wang Wentao visited Europe in late September "
            "and met with officials in charge of foreign trade in the EU, Belgium and Germany "
            "to lobby the EU to abandon the tariffs.")
    assert place_of(text, "REQUEST", "lobby") == "Europe"



def test_purpose_infinitive_of_a_placed_meeting() -> None:
    text = ("Officials said on Thursday that the minister had travelled abroad. The Turkish "
            "foreign minister met his Greek counterpart in Ankara on Monday to urge Athens to "
            "withdraw its troops.")
    assert place_of(text, "REQUEST", "urge") == "Ankara"


def test_lobbying_a_party_through_a_purpose_clause_is_emitted() -> None:
    # VOA 7808748 (gold REQUEST CHN -> the EU): the lobbying's actor is read through the purpose
    # clause, and at a lexicon weight of 0.4 it stayed under the emission cut
    from dateline.events import MIN_CONFIDENCE
    from helpers import candidate_event

    text = ("Chinese Commerce Minister Wang Wentao visited Europe in late September and met with "
            "officials in charge of foreign trade in the EU, Belgium and Germany to lobby the EU "
            "to abandon the tariffs.")
    assert candidate_event(text, "2024-10-03", "REQUEST", "lobby").confidence >= MIN_CONFIDENCE
