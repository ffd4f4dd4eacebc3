"""End to end: every demo story through the full pipeline gives a schema-valid record.

This holds whatever the later layers fill in: each record is validated against the shipped
JSON Schema plus the offset and id rules of ``dateline.validate``, and survives a JSON round
trip unchanged.
"""

from __future__ import annotations

import json

import pytest

from dateline.ingest import article_from_record
from dateline.pipeline import run
from dateline.record import Article
from dateline.validate import problems


@pytest.fixture(scope="module")
def demo_articles(voa_records: list[dict]) -> list[Article]:
    arts = (article_from_record(r, name=f"voa:{r['id']}") for r in voa_records)
    return list(run(arts))


def test_every_demo_story_is_valid(demo_articles: list[Article], voa_records: list[dict]) -> None:
    assert [a.id for a in demo_articles] == [r["id"] for r in voa_records]
    bad = {}
    for art in demo_articles:
        record = json.loads(art.to_json())
        found = problems(record)
        if found:
            bad[art.id] = found[:3]
    assert bad == {}


def test_json_round_trip(demo_articles: list[Article]) -> None:
    for art in demo_articles:
        again = Article.from_json(art.to_json())
        assert again == art
        assert again.to_json() == art.to_json()


def test_foundation_layers_filled(demo_articles: list[Article]) -> None:
    for art in demo_articles:
        assert art.sentences and art.entities, art.id
        assert art.meta.bylines and art.meta.published, art.id
        headers = [(h.start, h.end) for h in art.meta.headers]
        for s in art.sentences:
            assert not any(hs < s.end and s.start < he for hs, he in headers), art.id


def test_problems_catches_a_broken_record(demo_articles: list[Article]) -> None:
    record = json.loads(demo_articles[0].to_json())
    record["sentences"][0]["end"] = len(record["text"]) + 5
    record["entities"][0]["text"] = "not the text"
    found = problems(record)
    assert any(p.startswith("sentences/0: offsets") for p in found)
    assert any(p.startswith("entities/0: text[") for p in found)
