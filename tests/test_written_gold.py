"""The written stories (eval/written): a second event gold set in the VOA format, read by the same
loaders and scorers as the VOA development stories."""

from __future__ import annotations

from datetime import datetime

import pytest

from dateline.evaluation import voa
from dateline.evaluation.events import GoldEvent, gold_events
from dateline.ingest import article_from_record

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

pytestmark = pytest.mark.skipif(not voa.available("written"), reason="no eval/written here")


def test_every_story_has_gold_whose_evidence_is_in_its_text() -> None:
    stories = voa.stories(corpus="written")
    assert len(stories) >= 40 and len({s["id"] for s in stories}) == len(stories)
    for story in stories:
        gold = voa.gold(story["id"], corpus="written")
        assert gold["id"] == story["id"] and gold["published"] == story["published"]
        datetime.strptime(story["published"], "%Y-%m-%d %H:%M:%SZ")
        for event in gold["events"]:
            assert event["evidence"] in story["text"], (story["id"], event["evidence"][:50])
            assert event["type"] in TYPES
            assert event["modality"] in {"asserted", "reported", "planned", "hypothetical"}


def test_both_halves_have_core_events() -> None:
    core = {"even": 0, "odd": 0}
    for story in voa.stories(corpus="written"):
        core[voa.half(story["id"])] += sum(
            e["core"] for e in voa.gold(story["id"], corpus="written")["events"])
    assert core["even"] >= 100 and core["odd"] >= 100


def test_an_article_reads_its_gold_from_its_own_corpus() -> None:
    story = voa.stories(corpus="written")[0]
    art = article_from_record({**story, "id": f"written:{story['id']}"})
    assert voa.corpus_of(art) == "written"
    golds = gold_events(voa.gold(story["id"], corpus=voa.corpus_of(art)), art)
    # each evidence sentence is found among the article's sentences once the text is split
    assert golds and all(isinstance(g, GoldEvent) for g in golds)
