"""The events accuracy gate: VOA and PLOVER gold scores must not fall under the pinned floors."""

from __future__ import annotations

from click.testing import CliRunner

from dateline.evaluation import events as E
from dateline.evaluation.gate import below


def test_matching_rule_needs_type_and_both_countries() -> None:
    gold = E.GoldEvent("CONSULT", frozenset({"USA"}), frozenset({"SLV"}), True, "2025-02", 3)
    assert E.compatible(gold, E.PredEvent("CONSULT", frozenset({"USA"}), frozenset({"SLV", "MEX"}),
                                          0.9, "2025-02-03", 3))
    assert not E.compatible(gold, E.PredEvent("AGREE", frozenset({"USA"}), frozenset({"SLV"}),
                                              0.9, None, 3))
    assert not E.compatible(gold, E.PredEvent("CONSULT", frozenset({"USA"}), frozenset(),
                                              0.9, None, 3))
    assert E.date_agrees("2025-02", "2025-02-03") and not E.date_agrees("2025-02-03", "2025-02")


def test_non_core_matches_count_neither_way() -> None:
    golds = [E.GoldEvent("ACCUSE", frozenset({"TUR"}), frozenset({"USA"}), False, None, 0),
             E.GoldEvent("REJECT", frozenset({"USA"}), frozenset(), True, "2019", 1)]
    preds = [E.PredEvent("ACCUSE", frozenset({"TUR"}), frozenset({"USA"}), 0.8, None, 0),
             E.PredEvent("REJECT", frozenset({"USA"}), frozenset(), 0.7, "2019-11-25", 1),
             E.PredEvent("ASSAULT", frozenset({"USA"}), frozenset(), 0.3, None, 1)]
    scores = E.summarize([E.match(golds, preds)])
    assert (scores["tp"], scores["fp"], scores["gold"]) == (1, 1, 1)
    assert scores["precision"] == 0.5 and scores["recall"] == 1.0 and scores["date_accuracy"] == 1.0
    assert scores["dated_recall"] == 1.0
    table = E.confidence_table([E.match(golds, preds)])
    assert table[0]["n_at_or_above"] == 2 and table[0]["precision_at_or_above"] == 0.5


def test_plover_records_map_old_names() -> None:
    records = E.plover_records()
    assert len(records) > 100
    assert not {r["event"] for r in records} & {"DOCUMENT"}
    assert E.OLD_NAMES["FIGHT"] == "ASSAULT"


def test_events_scores_stay_above_floors() -> None:
    from dateline.evaluation import event_dates

    scores = E.score_voa()
    scores.update(E.score_voa(corpus="written"))
    scores.update(E.score_plover())
    scores.update(event_dates.score())  # MEANTIME event dates (meantime_event_dates)
    assert not below("events", scores), below("events", scores)


def test_cli_help_has_an_example() -> None:
    result = CliRunner().invoke(E.cli, ["--help"])
    assert result.exit_code == 0 and "dateline eval events" in result.output
