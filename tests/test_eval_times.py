"""The times scorer: TimeML and MEANTIME readers, TempEval-3 scores, and the pinned floors."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dateline.evaluation import eval_data, gate
from dateline.evaluation import times as T
from dateline.record import Time


def test_tml_reader_offsets_and_dct() -> None:
    docs = {d.id: d for d in T.load(eval_data("timeml"))}
    freeze = docs["freeze"]
    assert freeze.published == "2025-02-03"
    got = [(freeze.text[t.start:t.end], t.kind, t.value) for t in freeze.timexes]
    assert got[:3] == [("90-day", "duration", "P90D"), ("Monday", "date", "2025-02-03"),
                       ("Sunday", "date", "2025-02-02")]
    assert "CREATION_TIME" not in freeze.text and "2025-02-03" not in freeze.text


def test_meantime_reader_rebuilds_annotated_sentences() -> None:
    path = next(eval_data("meantime").rglob("1007169_*.xml"))
    doc = T.read_meantime(path)
    assert doc.published == "2013-12-10"
    assert doc.text.startswith("Mary Barra appointed as General Motors chief\n\nThe United "
                               "States's largest car manufacturer General Motors today named")
    assert [(doc.text[t.start:t.end], t.value) for t in doc.timexes][:2] == [
        ("today", "2013-12-10"), ("33 years", "P33Y")]


def test_score_counts_strict_relaxed_and_values() -> None:
    gold = [T.GoldTimex(0, 6, "date", "2025-02-03"), T.GoldTimex(10, 19, "date", "2024"),
            T.GoldTimex(30, 40, "date", "XXXX-XX-XX")]
    predicted = [Time("t1", 0, 6, "Monday", "date", "2025-02-03"),
                 Time("t2", 13, 19, "year", "date", "2023"),
                 Time("t3", 30, 40, "that time", "date", None),
                 Time("t4", 50, 55, "later", "date", None)]
    s = T.score([(gold, predicted)])
    assert s["strict_precision"] == 2 / 4 and s["strict_recall"] == 2 / 3
    assert s["relaxed_recall"] == 1.0 and s["relaxed_precision"] == 3 / 4
    assert s["value_accuracy"] == 2 / 3  # a null value equals TimeML's unspecified XXXX-XX-XX
    assert abs(s["value_f1"] - 2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3)) < 1e-9


def test_cli_on_tml_folder() -> None:
    result = CliRunner().invoke(T.cli, [str(eval_data("timeml")), "--no-voa"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "times on timeml: 2 documents, 12 gold, 12 predicted"
    assert "  value_f1                             1.000" in result.output


def test_gate_floors() -> None:
    scores = {f"meantime_{k}": v for k, v in T.evaluate().items()} | T.voa_scores()
    assert gate.below("times", scores) == []
    assert set(gate.floors("times")) <= set(scores)


def test_missing_path_is_a_dateline_error() -> None:
    import pytest

    with pytest.raises(T.TimeMLError):
        T.load(Path("/nonexistent/folder"))


def test_nested_values_for_the_voa_proxy() -> None:
    assert T.nested("2025-W06", "2025-02-04")  # "this week" holds an event on Tuesday
    assert T.nested("2024-06-28", "2024-06")  # a day inside the gold month
    assert T.nested("2008-Q4", "2008-11-03") and T.nested("2019", "2019-11")
    assert not T.nested("2025-W06", "2025-02-10")
    assert not T.nested("P3M", "2025-02") and not T.nested("PRESENT_REF", "2025-02-03")
    assert T.interval("2025-W05-WE") == (T.dt.date(2025, 2, 1), T.dt.date(2025, 2, 2))
