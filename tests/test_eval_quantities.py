"""``dateline eval quantities``: readers, matching, and the accuracy gate."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.errors import DataError
from dateline.evaluation.gate import below
from dateline.evaluation.quantities import Item, cli, score, sentence_docs, voa_gold


def test_match_needs_overlap_and_equal_value() -> None:
    gold = [Item(0, 6, 80000, None, ">", "people"), Item(10, 13, 90, "percent")]
    pred = [Item(0, 6, 80000, None, ">", "people arrested"), Item(10, 13, 9, "percent"),
            Item(20, 22, 43)]
    s = score([(pred, gold)])
    assert (s["value.p"], s["value.r"]) == (round(1 / 3, 4), 0.5)
    assert (s["span.p"], s["span.r"]) == (round(2 / 3, 4), 1.0)
    assert s["concept.accuracy"] == 1.0  # "people" is a word of "people arrested"
    assert s["unit.accuracy"] == 1.0


def test_sentence_format_locates_each_occurrence_once() -> None:
    docs = sentence_docs([{"sentence": "5 men and 5 women",
                           "quantities": [{"text": "5", "value": 5}, {"text": "5", "value": 5}]}])
    assert [(i.start, i.end) for i in docs[0][1]] == [(0, 1), (10, 11)]


def test_sentence_format_rejects_missing_text() -> None:
    with pytest.raises(DataError):
        sentence_docs([{"sentence": "no numbers", "quantities": [{"text": "5", "value": 5}]}])


def test_voa_quantity_gold_offsets_point_at_their_text() -> None:
    from dateline.evaluation import voa

    texts = {r["id"]: r["text"] for r in voa.stories()}
    gold = voa_gold()
    assert len(gold) >= 20
    halves = {voa.half(sid) for sid in gold}
    assert halves == {"even", "odd"}
    for sid, items in gold.items():
        for item in items:
            assert texts[sid][item.start:item.end].strip(), (sid, item)


def test_cli_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.slow
def test_cli_on_sentence_json(tmp_path) -> None:
    path = tmp_path / "sentences.json"
    path.write_text(json.dumps([
        {"sentence": "Police detained 43 Colombian migrants.",
         "quantities": [{"text": "43", "value": 43, "unit": None}]},
        {"sentence": "The deal is worth $1.2 billion.",
         "quantities": [{"text": "$1.2 billion", "value": 1.2e9, "unit": "USD"}]},
    ]), "utf-8")
    result = CliRunner().invoke(cli, ["--sentences", str(path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["all.value.f1"] == 1.0 and scores["all.unit.accuracy"] == 1.0


@pytest.mark.slow
def test_gate_voa_quantities_above_floors() -> None:
    from dateline.evaluation.quantities import voa_scores

    assert below("quantities", voa_scores()) == []
