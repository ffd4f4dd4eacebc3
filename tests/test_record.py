from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from dateline.record import Actor, Article, Event, Quantity, Quote, Span, content_id
from dateline.validate import problems


def sample() -> Article:
    text = "U.S. Secretary of State Marco Rubio met Nayib Bukele on Monday."
    art = Article(text=text)
    art.actors = [Actor("a1", "Marco Rubio", "person", "USA", "GOV", "Secretary of State",
                        [art.span(24, 35)]),
                  Actor("a2", "Nayib Bukele", "person", "SLV", "GOV", None, [art.span(40, 52)])]
    art.quotes = [Quote("q1", False, art.span(40, 52), None, art.span(24, 35), "a1")]
    art.quantities = [Quantity("n1", 0, 4, "U.S.", 80000, None, "people arrested", ">")]
    art.events = [Event("v1", "CONSULT", art.span(36, 39), 0, actors=["a1"], recipients=["a2"],
                        date="2025-02-03", quad_class=1, goldstein=1.9)]
    from dateline.record import Sentence
    art.sentences = [Sentence(0, len(text))]
    return art


def test_round_trip_is_exact():
    art = sample()
    data = art.to_dict()
    again = Article.from_dict(json.loads(json.dumps(data)))
    assert again == art
    assert again.to_json() == art.to_json()
    assert isinstance(again.actors[0].mentions[0], Span)


def test_integer_values_stay_integers_in_json():
    art = sample()
    assert '"value": 80000,' in Article.from_json(art.to_json()).to_json()


def test_sample_is_schema_valid_and_offsets_are_checked():
    art = sample()
    assert problems(art.to_dict()) == []
    bad = art.to_dict()
    bad["actors"][0]["mentions"][0]["text"] = "Rubio"
    assert any("Rubio" in p for p in problems(bad))
    bad = art.to_dict()
    bad["events"][0]["actors"] = ["a9"]
    assert problems(bad) == ["events/0: no actor 'a9'"]


def test_id_is_a_content_hash_unless_given():
    assert Article(text="abc").id == content_id("abc") == Article(text="abc").id
    assert Article(text="abc", id="x1").id == "x1"
    assert len(content_id("abc")) == 16


def test_doc_is_never_serialized():
    art = sample()
    art.doc = object()
    assert "doc" not in art.to_dict()


@given(st.text(min_size=1, max_size=200))
def test_round_trip_any_text(text):
    art = Article(text=text)
    assert Article.from_json(art.to_json()) == art
