"""Accuracy gate for the actors layer: scores on PLOVER GSR and VOA never drop below the floors."""

from __future__ import annotations

import pytest

from dateline.evaluation import actors as ev
from dateline.evaluation.gate import below, floors


@pytest.fixture(scope="module")
def scores(nlp: object) -> dict[str, float]:
    return ev.evaluate()


def test_floors_are_pinned() -> None:
    pinned = floors("actors")
    for name in ("gsr_country", "gsr_sector", "voa_even_country", "voa_odd_country",
                 "voa_even_sector", "voa_odd_sector"):
        assert name in pinned


def test_scores_meet_the_floors(scores: dict[str, float]) -> None:
    assert below("actors", scores) == []


def test_gold_sets_are_complete(scores: dict[str, float]) -> None:
    assert scores["gsr_gold"] == 650
    assert scores["voa_all_gold"] == scores["voa_even_gold"] + scores["voa_odd_gold"]


def test_judged_rows_replay(scores: dict[str, float]) -> None:
    # Every hand-judged sample row is replayed (1,046 distinct rows from 15 samples of 100).
    assert scores["judged_all_rows"] == scores["judged_even_rows"] + scores["judged_odd_rows"]
    assert scores["judged_all_rows"] >= 1000
    rows = ev.judged_rows()
    assert all(r["true_country"] and r["true_sector"] for r in rows.values())


def test_gold_code_reading() -> None:
    assert ev.gold_country("JAP") == "JPN"
    assert ev.gold_country("IGO") == "IGO" and ev.same_country("IGO", "IGOUNO")
    assert ev.gold_country("NGO") is None
    assert ev.gold_sector("***") is None and ev.gold_sector("CVLalb") == "CVL"
    assert not ev.same_country("USA", None)


def test_gold_text_found_across_whitespace() -> None:
    # GSR gold "NATO  peacekeeping troops" (two spaces) is the sentence's "NATO peacekeeping troops"
    text = "Some 1,500 NATO peacekeeping troops are deployed."
    assert ev.find_text(text, "NATO  peacekeeping troops") == (11, 35)
    assert ev.find_text(text, "nato PEACEKEEPING") == (11, 28)
    assert ev.find_text(text, "UN  peacekeepers") == (-1, -1)


def test_a_gold_actor_is_found_as_whole_words() -> None:
    from dateline.evaluation.actors import _find_words

    text = '"We will work with the public," he said. The U.S. agreed.'
    assert _find_words(text, "he", 0) == text.index(" he ") + 1  # not the end of "the"
    assert _find_words(text, "U.S.", 0) == text.index("U.S.")
    assert _find_words(text, "she", 0) == -1
