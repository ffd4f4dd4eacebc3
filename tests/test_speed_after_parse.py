"""The memos and cheaper reads of the layers after the parse (wt-speed, second pass) answer as
the reads they replace: the doc text preset by the parse, the finder's token texts and offsets
from the doc's arrays, the bounded form memos, the skip of tokens that head no mention, and the
sorted offsets behind coreference's "latest cluster" search."""

from __future__ import annotations

import datetime as dt

from dateline import countries, nlp
from dateline.actors import coref, dictionary, lexicon, nonactors
from dateline.actors.coding import Mention
from dateline.actors.mentions import MENTION_POS, MentionFinder, _inside_longer
from dateline.ingest import article_from_record

TEXT = ("Kenyan President William Ruto met Somali leaders in Nairobi at 14:48 UTC on Tuesday. "
        "The two presidents said they would fight al-Shabab. Ruto later flew to Addis Ababa.")


def _parsed():
    return nlp.parse(article_from_record({"id": "t2", "text": TEXT, "date": "2024-03-01"},
                                         name="t2"))


def test_parse_presets_the_doc_text():
    art = _parsed()
    assert art.doc.user_data["dateline_text"] == art.doc.text == art.text
    assert nlp.doc_text(art.doc) is art.doc.user_data["dateline_text"]


def test_finder_words_and_offsets_are_the_tokens():
    art = _parsed()
    finder = MentionFinder(art, dictionary.load(), dt.date(2024, 3, 1))
    assert finder.words == [t.text for t in art.doc]
    assert finder.starts == [t.idx for t in art.doc]
    assert all(isinstance(i, int) for i in finder.starts)


def test_skipped_tokens_head_no_mention():
    """The finder calls mention_at only for MENTION_POS tokens and entity tokens: every other
    token gives no mention when asked."""
    art = _parsed()
    finder = MentionFinder(art, dictionary.load(), dt.date(2024, 3, 1))
    finder.find()
    skipped = [t for t in art.doc if t.pos_ not in MENTION_POS and t.i not in finder.ents]
    assert skipped
    for tok in skipped:
        assert finder.mention_at(tok, 0) is None
        assert finder.extra == []


def test_form_memos_are_bounded_and_answer_alike():
    assert countries.normalize.cache_info().maxsize is not None
    assert countries.normalize("The U.S.") == "us"
    assert isinstance(lexicon._SINGULARS, nlp.FormMemo)
    assert isinstance(nonactors._FIGURES, nlp.FormMemo)
    assert lexicon.singular("Militias") == lexicon.singular("Militias") == "militia"
    doc = _parsed().doc
    figures = {t.text for t in doc if nonactors.NotActorTests.figure(t)}
    assert figures == {"14:48", "UTC"}
    assert {t.text for t in doc if nonactors.NotActorTests.figure(t)} == figures  # memoized


def _mention(start: int, end: int, kind: str = "person") -> Mention:
    return Mention(start, end, 0, start, kind, "x" * (end - start))


def test_inside_longer_needs_a_longer_cover():
    inner, outer, twin = _mention(10, 15), _mention(5, 15), _mention(10, 15)
    assert _inside_longer(inner, [inner, outer])
    assert not _inside_longer(outer, [inner, outer])
    assert not _inside_longer(inner, [inner, twin])  # same span: neither is inside the other


def test_grouper_starts_follow_a_growing_cluster():
    g = coref.Grouper(_parsed().doc, [])
    c = coref.Cluster([_mention(40, 45)])
    g.clusters = [c]
    assert g.starts(c) == [40]
    c.mentions.append(_mention(10, 15))  # (a pronoun joined after later names)
    assert g.starts(c) == [10, 40]
    assert g.recent(lambda x: True, 20) is c
    assert g.recent(lambda x: True, 10) is None
