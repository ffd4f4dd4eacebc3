"""The per-article tables and bounded memos that speed up the layers after the parse give the
answers the slower reads gave (wt-speed): the finder's sentence bounds and text cuts, the
coreference vote and "latest cluster" search, and the form-hash memos' bound."""

from __future__ import annotations

import datetime as dt

from dateline import nlp
from dateline.actors import coref, dictionary, lexicon
from dateline.actors.coding import Mention
from dateline.actors.mentions import MentionFinder
from dateline.events import predicates
from dateline.ingest import article_from_record

TEXT = ("Kenyan President William Ruto met Somali leaders in Nairobi on Tuesday. "
        "The two presidents said they would fight al-Shabab. Ruto later flew to Addis Ababa.")


def _parsed():
    return nlp.parse(article_from_record({"id": "t1", "text": TEXT, "date": "2024-03-01"},
                                         name="t1"))


def test_finder_sentence_bounds_and_text_match_the_parse():
    art = _parsed()
    finder = MentionFinder(art, dictionary.load(), dt.date(2024, 3, 1))
    doc = art.doc
    assert len(list(doc.sents)) >= 2
    for tok in doc:
        assert finder.sent_bounds[tok.i] == (tok.sent.start, tok.sent.end)
    for first in range(len(doc)):
        for last in range(first + 1, min(len(doc), first + 5) + 1):
            assert finder.text(first, last) == doc[first:last].text


def test_vote_takes_the_first_counted_on_a_tie():
    assert coref._vote([None, "KEN", "SOM", "SOM", "KEN"]) == "KEN"
    assert coref._vote(["SOM", None, "KEN", "KEN"]) == "KEN"
    assert coref._vote([None, None]) is None


def _mention(start: int, kind: str) -> Mention:
    return Mention(start, start + 3, 0, start, kind, "xxx")


def test_recent_is_the_latest_passing_cluster_and_the_earlier_on_a_tie():
    g = coref.Grouper(_parsed().doc, [])
    a = coref.Cluster([_mention(0, "person"), _mention(40, "person")])
    b = coref.Cluster([_mention(20, "state"), _mention(90, "state")])
    c = coref.Cluster([_mention(40, "state")])
    g.clusters = [a, b, c]
    assert g.recent(lambda x: True, 50) is a  # a and c at 40: the earlier cluster
    assert g.recent(lambda x: x.kind == "state", 50) is c
    assert g.recent(lambda x: x.kind == "state", 100) is b
    assert g.recent(lambda x: True, 0) is None
    assert coref.Cluster([_mention(0, "pronoun"), _mention(5, "group")]).kind == "group"
    assert coref.Cluster([_mention(0, "pronoun")]).kind == "unknown"


def test_agent_sector_memo_is_bounded_and_answers_alike():
    assert lexicon._agent_sector.cache_info().maxsize is not None
    assert lexicon.agent_sector(["foreign", "ministers"]) == lexicon.agent_sector(
        ("foreign", "ministers"))
    assert lexicon.agent_sector(["Secretary", "-", "General"]) is not None


def test_candidate_memo_is_cleared_past_its_bound():
    art = _parsed()
    predicates._CANDIDATE.clear()  # (earlier tests may have memoised this sentence's forms)
    predicates._CANDIDATE.update({-k: False for k in range(1, 200_002)})
    try:
        found = predicates.candidates(next(iter(art.doc.sents)))
        assert len(predicates._CANDIDATE) < 1_000
        assert any(t.lower_ == "met" for t in found)
    finally:
        predicates._CANDIDATE.clear()


def test_speech_form_memo_answers_each_verb_set_apart():
    """The memo of speech-verb forms is kept per verb set: a caller passing another set is not
    answered from the first set's table."""
    from dateline.events import statements
    art = _parsed()
    sent = list(art.doc.sents)[1]  # "The two presidents said they would fight al-Shabab."
    lowers = [t.lower for t in art.doc]
    said = statements._speech_tokens(sent, frozenset({"say"}), lowers)
    assert [t.text for t in said] == ["said"]
    fought = statements._speech_tokens(sent, frozenset({"fight"}), lowers)
    assert "fight" in [t.text for t in fought]  # ("said" is always a speech form)
