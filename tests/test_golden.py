"""Golden files: stories with hand-checked foundation fields, compared field by field.

Only the layers this foundation owns are compared (meta, sentences, entities); the other layers
are checked by their own tests.  ``tests/golden/README.md`` says how the files were checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.ingest import article_from_record, article_from_text
from dateline.pipeline import run
from dateline.record import Article

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.json"))


def load_article(spec: dict[str, Any], voa_records: list[dict]) -> Article:
    if "voa" in spec:
        (record,) = [r for r in voa_records if r["id"] == spec["voa"]]
        return article_from_record(record, name=f"voa:{spec['voa']}")
    text = (GOLDEN / spec["file"]).read_text("utf-8")
    return article_from_text(text, published=spec.get("published"), name=spec["file"])


@pytest.fixture(scope="module")
def processed(voa_records: list[dict]) -> dict[str, tuple[dict, Article]]:
    cases = {p.stem: json.loads(p.read_text("utf-8")) for p in CASES}
    articles = [load_article(c["input"], voa_records) for c in cases.values()]
    done = list(run(articles, layers=[]))  # the foundation only: parse, sentences, entities
    return {name: (case, art) for (name, case), art in zip(cases.items(), done)}


def test_at_least_three_voa_stories_and_one_wire_story() -> None:
    inputs = [json.loads(p.read_text("utf-8"))["input"] for p in CASES]
    assert sum("voa" in i for i in inputs) >= 3 and sum("file" in i for i in inputs) >= 1


@pytest.mark.parametrize("name", [p.stem for p in CASES])
def test_meta(name: str, processed: dict[str, tuple[dict, Article]]) -> None:
    case, art = processed[name]
    want, meta = case["meta"], art.to_dict()["meta"]
    for key in ("title", "url", "source", "published", "language", "bylines", "credits"):
        assert meta[key] == want[key], key
    if want["dateline"] is None:
        assert meta["dateline"] is None
    else:  # "place" belongs to the places layer
        got = {k: meta["dateline"][k] for k in ("start", "end", "text")}
        assert got == want["dateline"]
    assert [h["text"] for h in meta["headers"]] == want["headers"]


@pytest.mark.parametrize("name", [p.stem for p in CASES])
def test_sentences(name: str, processed: dict[str, tuple[dict, Article]]) -> None:
    case, art = processed[name]
    want = case["sentences"]
    texts = [art.text[s.start:s.end] for s in art.sentences]
    assert abs(len(texts) - want["count"]) <= want["tolerance"], texts
    assert texts[0] == want["first"]
    assert texts[-1] == want["last"]
    # no header or credit text inside a body sentence
    for h in art.meta.headers:
        assert all(s.end <= h.start or s.start >= h.end for s in art.sentences), h.text


@pytest.mark.parametrize("name", [p.stem for p in CASES])
def test_entities(name: str, processed: dict[str, tuple[dict, Article]]) -> None:
    case, art = processed[name]
    got = {(e.text, e.label) for e in art.entities}
    want = case["entities"]
    missing = [tuple(x) for x in want["present"] if tuple(x) not in got]
    wrong = [tuple(x) for x in want["absent"] if tuple(x) in got]
    # Misses of the statistical model, written down when found: a new miss fails.
    known = [tuple(x) for x in want["known_misses"]]
    assert [m for m in missing if m not in known] == [] and wrong == []
