"""A bare headline (a first line with no byline or dateline after it): read as the title, kept a
body sentence, and its acts merged into the body's telling of the same act.  Real MEANTIME texts
(Wikinews), as ``dateline eval`` rebuilds them: headline, blank line, the first body sentences."""

from __future__ import annotations

import pytest

import dateline
from dateline.evaluation import eval_data
from dateline.evaluation.times import read_meantime
from dateline.ingest import article_from_text
from dateline.record import Article


def meantime(corpus: str, name: str) -> Article:
    doc = read_meantime(eval_data("meantime", "intra-doc_annotation", corpus, name + ".xml"))
    return dateline.extract(doc.text, published=doc.published)


def test_bare_headline_is_the_title_but_not_a_header() -> None:
    text = ("Beatles ' Apple Corps sues Apple Computer\n\nThe Beatles ' Apple Corps has filed a "
            "lawsuit against computer and electronics maker Apple Computer in a London court "
            "this week.")
    art = article_from_text(text, published="2006-03-28")
    assert art.meta.title == "Beatles ' Apple Corps sues Apple Computer"
    assert art.meta.headers == [] and art.meta.dateline is None
    # the caller's title is kept
    assert article_from_text(text, title="Given").meta.title == "Given"


@pytest.mark.parametrize("text", [
    # a first sentence ending in a full stop is prose, not a headline
    "Officials met on Monday in the capital.\n\nThe talks will continue on Tuesday, they said.",
    # a short line followed by more lines of the same paragraph: hard-wrapped prose
    "Officials met on Monday in\nthe capital to talk about the border.\n\nThey said so.",
    # a headline-like line with nothing but another short line after it
    "Kenya police in Haiti\n\nMore photos",
])
def test_not_a_bare_headline(text: str) -> None:
    assert article_from_text(text).meta.title is None


def test_headline_lawsuit_merges_into_the_body_lawsuit() -> None:
    # "sues" (headline, undated) and "has filed a lawsuit ... this week" (body): one ACCUSE
    art = meantime("corpus_apple", "37313_Beatles_Apple_Corps")
    accuse = [ev for ev in art.events if ev.type == "ACCUSE"]
    assert len(accuse) == 1, [ev.trigger.text for ev in accuse]
    assert accuse[0].trigger.text.startswith("filed a lawsuit")
    assert accuse[0].sentence == 1 and accuse[0].date == "2006-W13"


def test_headline_request_merges_by_country_of_its_sides() -> None:
    # "Indonesia's transport minister tells airlines" and "Jusman Syafii Djamal, minister of
    # transport for Indonesia, has recommended that local airlines ...": two actors, one IDN
    art = meantime("corpus_airbus", "87805_Indonesia_transport_minister")
    request = [ev for ev in art.events if ev.type == "REQUEST"]
    assert [ev.trigger.text for ev in request] == ["recommended"]
    assert request[0].confidence >= 0.64  # the headline's confidence absorbed
    assert any(ev.type == "COERCE" for ev in art.events)  # the EU ban is another act


def test_headline_without_recipient_merges_into_the_body_act() -> None:
    # "Chinese airlines agree purchase of Boeing 787 Dreamliners" (no recipient) and "Officials
    # from the People's Republic of China have agreed to purchase 60 Boeing 787 Dreamliner"
    art = meantime("corpus_airbus",
                   "3835_Chinese_airlines_agree_purchase_of_Boeing_787_Dreamliners")
    agree = [ev for ev in art.events if ev.type == "AGREE"]
    assert [ev.trigger.text for ev in agree] == ["agreed"]
    assert agree[0].sentence == 1
