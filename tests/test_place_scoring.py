"""The place measures of the events scorer: which predicted places count as the gold's."""

from __future__ import annotations

import json
from pathlib import Path

import dateline
from dateline.evaluation import events as E
from dateline.evaluation.gate import floors

TEXT = ("Pakistani troops killed 33 militants Wednesday near Sibi, Balochistan, officials said. "
        "The Taliban imposed new restrictions on women in Afghanistan on Monday. "
        "Afghan police arrested two journalists in Kabul.")


def _article():
    return dateline.extract(TEXT, published="2025-03-13")


def _place(article, text):
    return E.place_ref(article, next(p.id for p in article.places if p.text == text))


def test_overlapping_span_and_same_geonames_place_are_right() -> None:
    art = _article()
    gold = E.gold_place(art, "near Sibi, Balochistan", TEXT.split(". ")[0])
    assert gold is not None and gold.span == (TEXT.index("near Sibi"),
                                              TEXT.index("near Sibi") + 22)
    assert E.place_right(gold, _place(art, "Balochistan"))
    assert E.place_right(gold, _place(art, "Sibi"))
    assert not E.place_right(gold, _place(art, "Kabul"))
    assert not E.place_right(gold, None) and not E.place_right(None, _place(art, "Sibi"))


def test_country_gold_takes_its_towns_not_the_reverse() -> None:
    art = _article()
    country = E.gold_place(art, "Afghanistan", "The Taliban imposed new restrictions")
    assert E.place_right(country, _place(art, "Kabul"))
    town = E.gold_place(art, "Kabul", "Afghan police arrested two journalists in Kabul.")
    assert not E.place_right(town, _place(art, "Afghanistan"))


def test_place_scores_count_matched_core_events() -> None:
    art = _article()
    gold_place = E.gold_place(art, "Kabul", "Afghan police arrested")
    golds = [E.GoldEvent("COERCE", frozenset({"AFG"}), frozenset(), True, None, 2, gold_place),
             E.GoldEvent("COERCE", frozenset({"AFG"}), frozenset(), True, None, 1, None)]
    preds = [E.PredEvent("COERCE", frozenset({"AFG"}), frozenset(), 0.9, None, 2,
                         _place(art, "Kabul")),
             E.PredEvent("COERCE", frozenset({"AFG"}), frozenset(), 0.8, None, 1,
                         _place(art, "Afghanistan"))]
    scores = E.summarize([E.match(golds, preds)])
    assert scores["place_recall"] == 1.0 and scores["place_precision"] == 0.5
    assert (scores["place_gold"], scores["place_predicted"]) == (1, 2)


def test_place_floors_are_pinned_for_every_half() -> None:
    pinned = floors("events")
    for half in ("all", "even", "odd"):
        for metric in ("place_recall", "place_precision"):
            assert f"voa_{half}_{metric}" in pinned
    raw = json.loads((Path(__file__).resolve().parents[1] / "eval" / "floors" / "events.json")
                     .read_text("utf-8"))
    assert "place" in raw["_comment"]


def _places(text: str, published: str = "2024-09-12") -> list[tuple[str, str, str | None]]:
    art = dateline.extract(text, published=published)
    return [(e.type, e.trigger.text, (p.text if (p := art.place(e.place)) else None))
            for e in art.events]


def test_a_visit_takes_place_where_the_visitor_went() -> None:
    # the constructions of VOA 7638284 ("visited China") and 7808748 ("during a visit to Beijing")
    assert ("CONSULT", "visited", "Cambodia") in _places(
        "The Chinese foreign minister visited Cambodia on Monday and met Prime Minister Hun Manet.")
    assert ("CONSULT", "visit", "Beijing") in _places(
        "Spanish Prime Minister Pedro Sanchez said during a visit to Beijing on Tuesday that he "
        "would urge the European Commission to reconsider tariffs.")


def test_a_possessor_is_the_area_around_the_place() -> None:
    # "met in the C.A.R.'s capital, Bangui" (VOA 7686618)
    found = _places("Last week, Cameroon and Chad officials met in Chad's capital, N'Djamena, "
                    "and signed an agreement to combat rebels.")
    assert ("CONSULT", "met", "N'Djamena") in found
