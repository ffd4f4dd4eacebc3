"""The NLP adapter: sentence boundaries, header exclusion, entity trimming and consistency.

Most tests build a spaCy ``Doc`` by hand (no model); a few end-to-end ones use the real pipeline.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline import nlp as adapter
from dateline.ingest import article_from_text
from dateline.nlp import body_sentences, line_break_starts_sentence
from dateline.nlp.entities import consistent_entities, trim
from dateline.record import Article, Span


def hand_doc(words: list[str], ents: list[str], spaces: list[bool] | None = None,
             sent_starts: list[bool] | None = None) -> tuple[Doc, Article]:
    doc = Doc(Vocab(), words=words, spaces=spaces, ents=ents, sent_starts=sent_starts)
    return doc, Article(text=doc.text)


def labelled(doc: Doc, art: Article) -> list[tuple[str, str]]:
    return [(art.text[s:e], label) for s, e, label in consistent_entities(doc, art)]


# -- trim ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("piece, expected", [
    ("Bukele's", "Bukele"), ("Rubio’s", "Rubio"), ("Reuters'", "Reuters"),
    ("- Reuters", "Reuters"), ("Kenya -", "Kenya"), ("Kenya —", "Kenya"),
    ("Nairobi\nKenya", "Nairobi"), ("Kenya.", "Kenya"), ("the Taliban,", "the Taliban"),
    ("\"Biden", "Biden"), ("“Biden”", "Biden"),
    ("U.S.", "U.S."), ("C.A.R.", "C.A.R."), ("Apple Inc.", "Apple Inc."),
    ("Martin Luther King Jr.", "Martin Luther King Jr."), ("al-Shabab", "al-Shabab"),
])
def test_trim(piece: str, expected: str) -> None:
    text = f"xx {piece} yy"
    s, e = trim(text, 3, 3 + len(piece))
    assert text[s:e] == expected


# -- consistency -----------------------------------------------------------------------------------
def test_surname_after_full_person_becomes_person() -> None:
    words = ["Nayib", "Bukele", "met", "Rubio", ".", "Bukele", "said", "Bukele", "'s", "plan",
             "works", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-ORG", "O", "B-GPE", "O", "O", "O", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art) == [("Nayib Bukele", "PERSON"), ("Rubio", "PERSON"),
                                  ("Bukele", "PERSON"), ("Bukele", "PERSON")]


def test_no_relabel_before_the_full_name() -> None:
    # "Bukele" tagged ORG before "Nayib Bukele" appears keeps ORG: the evidence comes later.
    words = ["Bukele", "won", ".", "Nayib", "Bukele", "spoke", "."]
    ents = ["B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art) == [("Bukele", "ORG"), ("Nayib Bukele", "PERSON")]


def test_untagged_later_surname_is_added() -> None:
    words = ["Marco", "Rubio", "arrived", ".", "Later", ",", "Rubio", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art) == [("Marco Rubio", "PERSON"), ("Rubio", "PERSON")]


def test_country_named_like_a_person_keeps_gpe() -> None:
    words = ["Michael", "Jordan", "visited", "Jordan", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art) == [("Michael Jordan", "PERSON"), ("Jordan", "GPE")]


def test_multiword_org_is_not_relabelled() -> None:
    words = ["Nayib", "Bukele", "leads", "Bukele", "Group", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art)[1] == ("Bukele Group", "ORG")


def test_entity_spans_are_trimmed() -> None:
    words = ["Bukele", "'s", "aide", "met", "-", "Reuters", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O"]
    spaces = [False, True, True, True, True, False, False]
    doc, art = hand_doc(words, ents, spaces)
    assert labelled(doc, art) == [("Bukele", "PERSON"), ("Reuters", "ORG")]


# -- sentence boundaries ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, expected", [
    ("First para.\n\nSecond para.", "Second", True),
    ("A line ending a sentence.\nNext line.", "Next", True),
    ("Rubio meets Bukele\nSAN SALVADOR (Reuters) - text", "SAN", True),
    ("talks would continue\non Monday in the capital.", "on", False),
    ("A long hard-wrapped line of prose that goes on well past seventy characters\n"
     "Monday was the day.", "Monday", None),
])
def test_line_break_starts_sentence(text: str, word: str, expected: bool | None) -> None:
    assert line_break_starts_sentence(text, text.index(word)) is expected


def test_body_sentences_skip_headers_and_clip_overlaps() -> None:
    words = ["By", "Simon", "Lewis", "\n\n", "ROME", "-", "Talks", "began", ".", "They", "ended",
             "."]
    spaces = [True, True, False, False, True, True, True, False, True, True, False, False]
    starts = [True, False, False, False, True, False, False, False, False, True, False, False]
    doc, art = hand_doc(words, ["O"] * len(words), spaces, starts)
    text = art.text
    art.meta.headers = [Span(0, 14, "By Simon Lewis"), Span(16, 22, "ROME -")]
    sents = [text[s.start:s.end] for s in body_sentences(art, doc)]
    # "ROME - Talks began." is one parser sentence: the dateline part is clipped off.
    assert sents == ["Talks began.", "They ended."]


# -- end to end with the model ---------------------------------------------------------------------
WIRE = ("Rubio meets Bukele\nBy Simon Lewis\n\n"
        "SAN SALVADOR (Reuters) - U.S. Secretary of State Marco Rubio met President Nayib Bukele "
        "on Monday. Bukele's offer was welcomed by Rubio\nin a statement.\n\n"
        "It was \"great\", Bukele said\n\n"
        "(Reporting by Simon Lewis in San Salvador; Editing by Rosalba O'Brien)\n")


def test_parser_honours_preset_sentence_starts(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("He said the deal was good for both countries and that talks would go on.")
    assert doc[8].text == "countries"
    doc[8].is_sent_start = True
    doc = nlp(doc)
    assert [s.text for s in doc.sents][0] == "He said the deal was good for both"


def test_wire_story_sentences_and_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    art = adapter.parse(article_from_text(WIRE, published="2025-02-03"), nlp)
    sents = [art.text[s.start:s.end] for s in art.sentences]
    assert sents == [
        "U.S. Secretary of State Marco Rubio met President Nayib Bukele on Monday.",
        "Bukele's offer was welcomed by Rubio\nin a statement.",
        "It was \"great\", Bukele said",
    ]
    spans = adapter.spacy_sentences(art)
    assert [s.text for s in spans] == sents
    persons = [(e.text, e.start) for e in art.entities if e.label == "PERSON"]
    body_persons = [t for t, start in persons if art.sentence_index(start) is not None]
    assert body_persons == ["Marco Rubio", "Nayib Bukele", "Bukele", "Rubio", "Bukele"]
    for e in art.entities:
        assert art.text[e.start:e.end] == e.text
        assert "\n" not in e.text and not e.text.endswith(("'s", "’s", "-"))


def test_lemma_on_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    art = adapter.parse(article_from_text("The ministers met and accused the rebels of attacks."),
                        nlp)
    lemmas = {t.text: adapter.lemma(t) for t in art.doc}
    assert lemmas["met"] == "meet" and lemmas["accused"] == "accuse"
    assert lemmas["ministers"] == "minister"


def test_untagged_adjacent_parts_make_one_mention() -> None:
    words = ["Journalist", "Mech", "Dara", "spoke", ".", "Later", "Mech", "Dara", "left", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art) == [("Mech Dara", "PERSON"), ("Mech Dara", "PERSON")]


def test_part_used_as_a_place_before_the_name_stays_a_place() -> None:
    # "Ankara" is GPE before the mistagged PERSON "Erdogan Ankara" (VOA 6180015).
    words = ["Ankara", "said", "no", ".", "Erdogan", "Ankara", "will", "wait", ".", "Ankara",
             "agreed", "."]
    ents = ["B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "O"]
    doc, art = hand_doc(words, ents)
    assert labelled(doc, art) == [("Ankara", "GPE"), ("Erdogan Ankara", "PERSON"),
                                  ("Ankara", "GPE")]


def test_dictionary_people_the_model_missed_are_persons() -> None:
    import dateline

    # no entity at all, and a building: the actor dictionary knows both names
    for text, name, country in (("Zelenskyy spoke on Monday.", "Zelenskyy", "UKR"),
                                ("Prabowo Subianto spoke on Monday.", "Prabowo Subianto", "IDN")):
        art = dateline.extract(text, published="2025-02-03")
        assert (name, "PERSON") in [(e.text, e.label) for e in art.entities]
        assert [(a.country, a.sector) for a in art.actors] == [(country, "GOV")]


def test_known_single_name_after_a_locative_is_left_alone() -> None:
    from dateline.nlp.entities import _known_people

    nlp = adapter.load()
    text = "The convoy drove from Kerry to Cork. Kerry said the talks went well."
    doc = nlp(text)
    speaker = text.index("Kerry said")
    # the speaker is John Kerry; the county after "from" is no one
    assert _known_people(doc, text, [], []) == [(speaker, speaker + 5, "PERSON")]
