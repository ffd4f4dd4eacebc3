"""PLOVER GSR actor scoring (helper gsract): gold actors the GSR writes in pieces of their
sentence ("U.S. ... negotiators", "French warships" of "French and Egyptian warships") are found
in the text and matched to the actor of their first piece."""

from __future__ import annotations

from helpers import article_of

from dateline.evaluation import actors as ev


def test_pieces_of_an_elided_gold_text() -> None:
    # CONSULT-0007 writes its actor "U.S. ... negotiators": not in the sentence as written
    text = "U.S. and Russian negotiators return to Geneva this week for talks."
    assert ev.find_text(text, "U.S. ... negotiators") == (-1, -1)
    assert [text[s:e] for s, e in ev.find_pieces(text, "U.S. ... negotiators")] == \
        ["U.S.", "negotiators"]


def test_pieces_of_a_gold_text_without_its_coordinated_modifier() -> None:
    # COOPERATE-0003 "French warships", DEMAND-0015 "US forces"
    text = "French and Egyptian warships on Monday launched 10 days of war games."
    assert [text[s:e] for s, e in ev.find_pieces(text, "French warships")] == \
        ["French", "warships"]
    assert ev.find_pieces(text, "Greek warships") == ()
    # pieces too far apart are not one actor
    assert ev.find_pieces("French officials said on Monday that the Egyptian warships left.",
                          "French warships") == ()


def test_a_gold_in_pieces_is_the_actor_of_its_first_piece() -> None:
    text = "French and Egyptian warships on Monday launched 10 days of war games."
    art = article_of(text)
    pieces = ev.find_pieces(text, "French warships")
    gold = ev.GoldActor(0, pieces[0][0], pieces[-1][1], "French warships", "FRA", "MIL",
                        pieces=pieces)
    actor = ev.actor_for(gold, art.actors)
    assert actor is not None and (actor.country, actor.sector) == ("FRA", "MIL")
