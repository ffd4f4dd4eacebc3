"""The quotes layer: quotation-mark pairing (no model), speakers (no model), and end to end."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from dateline.quotes.marks import nested_spans, quoted_spans
from dateline.quotes.speakers import resolve_speakers
from dateline.record import Actor, Article, Quote, Sentence


def texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quoted_spans(text)]


# -- marks -------------------------------------------------------------------------------------

def test_curly_and_straight_quotes_pair() -> None:
    text = '“It’s not good for anyone,” Rubio said. He added: "We will see."'
    assert texts(text) == ["“It’s not good for anyone,”", '"We will see."']


def test_apostrophes_are_not_quotes() -> None:
    text = "Sudan’s leaders said it’s the people’s day. “We won’t stop,” he said."
    assert texts(text) == ["“We won’t stop,”"]


def test_mixed_straight_closing_mark() -> None:
    # A wire desk's "…” pair: straight opening, curly closing.
    text = 'He said. "We are talking about one of the biggest crises,” Eguiluz said.'
    assert texts(text) == ['"We are talking about one of the biggest crises,”']


def test_quote_continued_in_next_paragraph_closes_at_its_last_sentence() -> None:
    text = ('"Both architectures are shattered. The parties are weak. "Italy did not vote," he '
            'said.')
    spans = quoted_spans(text)
    assert [text[q.start:q.end] for q in spans] == [
        '"Both architectures are shattered. The parties are weak.', '"Italy did not vote,"']
    assert [q.closed for q in spans] == [False, True]


def test_mistyped_inner_mark_does_not_split_a_quote() -> None:
    text = '"The Taliban can\'t suppress our voices by "banning books," said Khoshbo.'
    assert texts(text) == ['"The Taliban can\'t suppress our voices by "banning books,"']


def test_nested_single_quotes_inside_double() -> None:
    text = "“They told us ‘Come out quietly’ and we did,” she said."
    outer = quoted_spans(text)[0]
    assert [text[s:e] for s, e in nested_spans(text, outer)] == ["‘Come out quietly’"]


# -- speakers ----------------------------------------------------------------------------------

def _quote(art: Article, qid: str, source: str, nth: int = 0) -> Quote:
    at = -1
    for _ in range(nth + 1):
        at = art.text.index(source, at + 1)
    return Quote(qid, True, art.span(0, 5), source=art.span(at, at + len(source)))


def test_speaker_from_actor_mention_in_source_core_not_apposition() -> None:
    text = ("Alan Chong, associate professor at the Rajaratnam School, said so. "
            "Then he said more.")
    art = Article(text=text, sentences=[Sentence(0, 66), Sentence(67, len(text))])
    art.actors = [
        Actor("a1", "Alan Chong", kind="person", mentions=[art.span(0, 10)]),
        Actor("a2", "Rajaratnam School", kind="organization", mentions=[art.span(39, 56)]),
    ]
    src = "Alan Chong, associate professor at the Rajaratnam School"
    art.quotes = [_quote(art, "q1", src), _quote(art, "q2", "he")]
    resolve_speakers(art)
    assert [q.speaker for q in art.quotes] == ["a1", "a1"]


def test_pronoun_after_unknown_speaker_stays_unresolved() -> None:
    text = "Oh Ei Sun said so. He said more. Mahathir spoke."
    art = Article(text=text, sentences=[Sentence(0, 18), Sentence(19, 32), Sentence(33, 48)])
    # The actor layer (wrongly) put "He" in Mahathir's chain; the quote chain knows better.
    art.actors = [Actor("a1", "Mahathir", kind="person",
                        mentions=[art.span(19, 21), art.span(33, 41)])]
    art.quotes = [_quote(art, "q1", "Oh Ei Sun"), _quote(art, "q2", "He")]
    resolve_speakers(art)
    assert [q.speaker for q in art.quotes] == [None, None]


# -- end to end --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rubio(nlp) -> Article:
    from dateline import extract

    text = ("Secretary of State Marco Rubio met President Nayib Bukele in San Salvador on Monday. "
            "“It’s not good for anyone,” Rubio told reporters. “The only people who benefit are "
            "the smugglers.” Bukele said that they were finalizing an even larger agreement. "
            "The two leaders discussed the “safe third country” proposal. Opposition leaders "
            "praised him for doing “an excellent job of providing security and stability.” "
            "According to a spokesperson for the ministry, 40 soldiers were wounded.")
    return extract(text, published="2025-02-03", layers=["actors", "quotes"])


def _find(art: Article, content_start: str) -> Quote:
    return next(q for q in art.quotes if q.content.text.startswith(content_start))


def test_split_quote_shares_its_attribution(rubio: Article) -> None:
    first = _find(rubio, "“It’s not good")
    second = _find(rubio, "“The only people")
    assert first.direct and second.direct
    assert first.content.text == "“It’s not good for anyone,”"
    assert (first.source.text, first.cue.text) == ("Rubio", "told")
    assert (second.source.text, second.cue.text) == ("Rubio", "told")


def test_indirect_quote_content_drops_that(rubio: Article) -> None:
    q = _find(rubio, "they were finalizing")
    assert not q.direct
    assert q.content.text == "they were finalizing an even larger agreement"
    assert (q.source.text, q.cue.text) == ("Bukele", "said")


def test_mixed_quote_is_indirect_and_keeps_its_marks(rubio: Article) -> None:
    q = _find(rubio, "him for doing")
    assert not q.direct
    assert q.content.text.endswith("stability.”")


def test_scare_quotes_are_not_quotes(rubio: Article) -> None:
    assert not any("safe third country" in q.content.text for q in rubio.quotes)


def test_according_to(rubio: Article) -> None:
    q = _find(rubio, "40 soldiers")
    assert q.cue.text == "According to"
    assert q.source.text == "a spokesperson for the ministry"
    assert q.content.text == "40 soldiers were wounded"


def test_speakers_resolve_through_actor_layer(rubio: Article) -> None:
    q = _find(rubio, "“It’s not good")
    actor = rubio.actor(q.speaker)
    if not rubio.actors:
        pytest.skip("the actor layer found no actors")
    assert actor is not None and "Rubio" in actor.name
    assert [q.id for q in rubio.quotes] == [f"q{i}" for i in range(1, len(rubio.quotes) + 1)]


def test_quote_inside_a_quote_with_its_own_cue(nlp) -> None:
    from dateline import extract

    text = ("The passengers were terrified. “When they came in, they said ‘Come out quietly and "
            "we will let you go,’ and we did,” one passenger told VOA.")
    art = extract(text, published="2025-03-12", layers=["quotes"])
    inner = [q for q in art.quotes if q.content.text.startswith("‘Come out")]
    assert len(inner) == 1 and inner[0].direct
    assert (inner[0].source.text, inner[0].cue.text) == ("they", "said")
    outer = [q for q in art.quotes if q.content.text.startswith("“When they came")]
    assert outer and outer[0].source.text == "one passenger"


def test_content_keeps_percent_sign_and_paragraph_continued_quote(nlp) -> None:
    from dateline import extract

    text = ("Migration through the Darien Gap fell by 90%, officials said.\n\n"
            "“The only people who benefit are the smugglers,” Rubio said. “They will stop.\n\n"
            "“We are going to stop it,” he added.")
    art = extract(text, published="2025-02-03", layers=["quotes"])
    first = _find(art, "Migration")
    assert first.content.text == "Migration through the Darien Gap fell by 90%"
    cont = _find(art, "“They will stop.")
    assert cont.direct and cont.content.text == "“They will stop."
    assert cont.cue is not None and cont.cue.text == "said"


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”‘’'")), max_size=60))
def test_quoted_spans_are_ordered_disjoint_and_start_on_a_mark(text: str) -> None:
    spans = quoted_spans(text)
    for q in spans:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start] in "\"“«„"
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_cue_after_clause_and_source_parsed_as_conjunct(nlp) -> None:
    from dateline import extract

    text = ("UNHCR refugee programs in Kenya and elsewhere are feeling the strain of insufficient "
            "funding, Glenn Jusnes, a spokesperson for UNHCR Kenya, told VOA in an email response.")
    art = extract(text, published="2021-03-29", layers=["quotes"])
    (q,) = art.quotes
    assert q.content.text.startswith("UNHCR refugee programs") and q.content.text.endswith("funding")
    assert (q.source.text, q.cue.text) == ("Glenn Jusnes, a spokesperson for UNHCR Kenya", "told")


def test_according_to_after_the_clause_with_a_verbless_tail() -> None:
    import dateline

    art = dateline.extract("About 1.2 million people have been displaced by fighting in eastern "
                           "Congo since January, according to the United Nations, up from "
                           "roughly 700,000 a year ago.", published="2025-03-01")
    q = next(q for q in art.quotes if q.cue.text == "according to")
    assert q.content.text == ("About 1.2 million people have been displaced by fighting in "
                              "eastern Congo since January")
    # a clause after the phrase is still the one attributed
    art = dateline.extract("The fighting has eased, but according to aid agencies, the "
                           "situation in the camps is dire.", published="2025-03-01")
    q = next(q for q in art.quotes if q.cue.text == "according to")
    assert q.content.text == "the situation in the camps is dire"
