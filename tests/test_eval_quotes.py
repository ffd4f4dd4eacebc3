"""``dateline eval quotes``: the brat and VOA readers, the scorer, and the accuracy gate."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from dateline.evaluation import eval_data
from dateline.evaluation.gate import below
from dateline.evaluation.quotes import (Attribution, brat_docs, cli, from_voa, match,
                                        read_brat, score)


def test_brat_relations_group_spans_into_attributions() -> None:
    ann = ("T1\tSource 0 5\tRubio\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit is bad\n"
           "R1\tAttribution Arg1:T1 Arg2:T3\nR2\tAttribution Arg1:T2 Arg2:T3\n"
           "T4\tContent 30 35;40 45\tsplit\nT5\tCue 22 28\ttweets\nE1\tCue:T5 Content:T4\n"
           "A1\tDirect T4\n")
    assert read_brat(ann) == [
        Attribution((11, 20), (0, 5), (6, 10), None),
        Attribution((30, 45), None, (22, 28), True),
    ]


def test_brat_group_without_content_is_dropped() -> None:
    assert read_brat("T1\tSource 0 5\tRubio\nT2\tCue 6 10\tsaid\nR1\tX Arg1:T1 Arg2:T2\n") == []


def test_hand_written_brat_files_read_with_direct_flags() -> None:
    docs = {name: (text, gold) for name, text, gold in brat_docs(eval_data("brat"))}
    text, gold = docs["rubio"]
    assert [text[a.content[0]:a.content[1]][:12] for a in gold] == [
        "“It’s not go", "“The only pe", "they were fi"]
    assert [a.direct for a in gold] == [True, True, False]
    assert all(text[a.source[0]:a.source[1]] in ("Rubio", "Bukele") for a in gold)


def test_match_is_one_to_one_by_largest_content_overlap() -> None:
    gold = [Attribution((0, 10)), Attribution((12, 30))]
    pred = [Attribution((5, 25)), Attribution((0, 9))]
    assert sorted(match(pred, gold)) == [(0, 1), (1, 0)]


def test_score_exact_and_overlap_per_span_type() -> None:
    gold = [Attribution((0, 10), (20, 25), (26, 30), True)]
    pred = [Attribution((0, 10), (18, 25), (26, 30), True), Attribution((40, 50))]
    s = score([(pred, gold)])
    assert (s["content.exact.p"], s["content.exact.r"]) == (0.5, 1.0)
    assert (s["source.exact.f1"], s["source.overlap.f1"]) == (0.0, 1.0)
    assert s["cue.exact.f1"] == 1.0
    assert s["direct.accuracy"] == 1.0


def test_voa_gold_reader() -> None:
    gold = {"quotes": [{"source": "X", "cue": "said", "content": "y", "direct": False,
                        "source_start": 0, "source_end": 1, "cue_start": 2, "cue_end": 6,
                        "content_start": 7, "content_end": 8}]}
    assert from_voa(gold) == [Attribution((7, 8), (0, 1), (2, 6), False)]


def test_cli_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "--brat" in result.output


@pytest.mark.slow
def test_cli_on_brat_files() -> None:
    result = CliRunner().invoke(cli, ["--brat", str(eval_data("brat"))])
    assert result.exit_code == 0, result.output
    assert "content.overlap.f1" in result.output


@pytest.mark.slow
def test_gate_voa_quotes_above_floors() -> None:
    from dateline.evaluation.quotes import voa_scores

    scores = voa_scores()
    assert below("quotes", scores) == []


def test_speaker_agreement_checks_named_sources_known_to_the_actor_layer() -> None:
    from dateline.evaluation.quotes import speaker_agreement
    from dateline.record import Actor, Article, Quote

    text = "Rubio said it was bad. He said more. Analysts said no."
    art = Article(text=text)
    art.actors = [Actor("a1", "Marco Rubio", kind="person", mentions=[art.span(0, 5)])]
    art.quotes = [Quote("q1", False, art.span(11, 21), art.span(6, 10), art.span(0, 5), "a1"),
                  Quote("q2", False, art.span(31, 35), art.span(26, 30), art.span(23, 25), None)]

    def g(src: tuple[int, int], cue: tuple[int, int], con: tuple[int, int]) -> dict:
        return {"source": text[src[0]:src[1]], "cue": "said", "content": "", "direct": False,
                "source_start": src[0], "source_end": src[1], "cue_start": cue[0],
                "cue_end": cue[1], "content_start": con[0], "content_end": con[1]}

    gold = {"quotes": [g((0, 5), (6, 10), (11, 21)), g((23, 25), (26, 30), (31, 35)),
                       g((37, 45), (46, 50), (51, 53))]}
    # Only the first is checked: "He" is a pronoun, "Analysts" no actor.
    assert speaker_agreement(art, gold) == (1, 1)
