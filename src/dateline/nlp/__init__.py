"""The NLP adapter: the one place that knows spaCy.

:func:`parse` runs the pipeline over an article's text and fills ``sentences`` and ``entities``;
it leaves the spaCy ``Doc`` on ``article.doc`` as the working object for later stages of the
same run.  Sentence boundaries respect paragraph breaks and the header and credit lines found by
ingestion; those lines are never body sentences.
"""

from __future__ import annotations

import re
import weakref

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, TypeVar

from dateline.errors import ModelError
from dateline.record import Article, Entity, Sentence
from dateline.settings import FALLBACK_MODELS, model_name

from .entities import consistent_entities
from .sentences import attach_closing_quotes, join_speaker_labels, split_subheads

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span as SpacySpan, Token

# The rule lemmatizer costs ~25% of pipeline time but lemmas are wanted for a few tokens only
# (event triggers, agent nouns): it stays loaded and is called on demand by :func:`lemma`.
DISABLED = ("lemmatizer",)
# How many word forms a process-wide memo keyed by form (lemmas, trigger and speech-verb forms)
# holds before it is emptied: a corpus run meets new forms without end.
MEMO_BOUND = 200_000
_K = TypeVar("_K")
_V = TypeVar("_V")


class FormMemo(dict[_K, _V]):
    """A process-wide memo keyed by word form (lemmas, trigger, speech-verb and marker forms)
    that is emptied when it holds more than :data:`MEMO_BOUND` forms, so a corpus run's memory
    stays bounded.  Reads are plain ``dict`` reads; only a store checks the size."""

    def __setitem__(self, key: _K, value: _V) -> None:
        if len(self) > MEMO_BOUND:
            self.clear()
        super().__setitem__(key, value)


@lru_cache(maxsize=4)
def load(name: str | None = None) -> "Language":
    """Load a spaCy pipeline once per process (``DATELINE_MODEL`` or the pinned default)."""
    import spacy

    name = name or model_name()
    candidates = [name] + [m for m in FALLBACK_MODELS if name == model_name() and m != name]
    last: Exception | None = None
    for candidate in candidates:
        try:
            return spacy.load(candidate, disable=list(DISABLED))
        except (OSError, ValueError) as exc:
            last = exc
    raise ModelError(
        f"cannot load spaCy pipeline {name!r}: {last}. Install it (pip install -c constraints.txt "
        f"-e .) or name an installed pipeline with DATELINE_MODEL."
    ) from last


# Lemmas by pipeline, then by (form, part of speech, morphology): see :func:`lemma`.
_LEMMAS: "weakref.WeakKeyDictionary[Language, FormMemo[tuple[int, int, int], str]]" = \
    weakref.WeakKeyDictionary()


def lemma(token: "Token") -> str:
    """The lemma of one token, computed on demand with the pipeline's own lemmatizer.

    Memoized: spaCy's ``rule_lemmatize`` reads nothing of the token but its text, its ``pos``
    and its morphology (``is_base_form`` tests ``Number``, ``VerbForm``, ``Tense``, ``Degree``),
    which is the key spaCy's own cache uses -- (orth, pos, morph key); this memo also spares the
    pipe lookup on every call and holds the base forms spaCy's cache leaves out.  The memo is
    held per pipeline, since its tables decide the answer, and bounded (:class:`FormMemo`)."""
    if token.lemma_:
        return token.lemma_
    nlp = token.doc.user_data.get("nlp") or load()
    memo = _LEMMAS.get(nlp)
    if memo is None:
        memo = _LEMMAS[nlp] = FormMemo()
        _index_as_sets(nlp)
    key = (token.orth, token.pos, token.morph.key)
    found = memo.get(key)
    if found is None:
        try:
            lemmatizer = nlp.get_pipe("lemmatizer")
            forms = lemmatizer.rule_lemmatize(token)  # type: ignore[attr-defined]
            found = forms[0] if forms else token.lower_
        except (KeyError, AttributeError, ValueError):
            found = token.lower_
        memo[key] = found
    return found


class _IndexList(list):  # type: ignore[type-arg]
    """The rule lemmatizer's word list for one part of speech, answering ``in`` from a set.
    Still a ``list``, so the pipeline serializes as before (``to_bytes``, ``to_disk``)."""

    __slots__ = ("_set",)

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def _index_as_sets(nlp: "Language") -> None:
    """Answer the rule lemmatizer's index questions from sets.  ``rule_lemmatize`` asks ``form
    in index`` for every suffix rule that applies, and spaCy keeps the index as a list (57,528
    nouns): ~1 ms a question, 3/4 of the lemmatizer's time.  Membership is all it asks of the
    index, so :class:`_IndexList` gives the same answers."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError, ValueError):
        return
    for pos, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexList):
            table[pos] = _IndexList(words)


def make_doc(article: Article, nlp: "Language") -> "Doc":
    """Tokenize and preset sentence starts at paragraph breaks and around header lines.

    spaCy's parser honours a preset ``is_sent_start = True`` (checked with spaCy 3.8 in
    ``tests/test_nlp.py``).  A blank line always starts a sentence; a single line break does
    when the line before ends a sentence or is a short title line, and never inside hard-wrapped
    prose ("talks would continue\non Monday").
    """
    doc = nlp.make_doc(article.text)
    for token in doc[1:]:
        if token.is_space:
            continue
        prev = doc[token.i - 1]
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in gap:
            continue
        start = line_break_starts_sentence(article.text, token.idx)
        if start is not None:
            token.is_sent_start = start
    for token in doc[2:]:
        if platform_x_ends_sentence(doc[token.i - 1], doc[token.i - 2], token):
            token.is_sent_start = True
    starts = [t.idx for t in doc]
    for header in article.meta.headers:
        for cut in (header.start, header.end):
            tok = _token_at(doc, starts, cut)
            if tok is not None and tok.i > 0:
                tok.is_sent_start = True
    return doc


_TERMINAL = tuple('.!?:;"”’)]')

# Words that put the platform X (formerly Twitter) before them: "said on X", "posted via X".
_PLATFORM_PREPS = {"on", "via"}


def platform_x_ends_sentence(x: "Token", before: "Token", after: "Token") -> bool:
    """Does the token ``x``, "X." after "on" or "via", end its sentence?  The tokenizer keeps a
    capital letter and its full stop together as an initial ("George W. Bush"), so the parser
    runs "... foreign ministry spokesperson Abdul Qahar Balkhi said in a statement posted on X.
    Militants linked with the banned Baloch Liberation Army attacked a passenger train" (VOA
    8009976) into one sentence.  After a preposition the letter is the platform, not an
    initial, and a capitalised word after it starts the next sentence."""
    return x.text == "X." and before.lower_ in _PLATFORM_PREPS and after.is_title \
        and bool(x.whitespace_)


def line_break_starts_sentence(text: str, offset: int) -> bool | None:
    """Whether the word at ``offset``, first on its line, starts a sentence: True after a blank
    line, a sentence end or a short title line; False for a lower-case continuation of
    hard-wrapped prose; None (the parser decides) otherwise."""
    before = text[max(0, offset - 400):offset]  # bounded: many lines must not cost O(n²)
    if re.search(r"\n[ \t]*\n\s*$", before):
        return True
    stripped = before.rstrip()
    prev_line = stripped[stripped.rfind("\n") + 1:].strip()
    if not prev_line or prev_line.endswith(_TERMINAL):
        return True
    first = text[offset:offset + 1]
    if first.islower():
        return False
    if len(prev_line) < 70:  # "Rubio meets Bukele\nSAN SALVADOR ...": a title line
        return True
    return None


def _token_at(doc: "Doc", starts: list[int], offset: int) -> "Token | None":
    """The first non-space token starting at or after ``offset``."""
    i = bisect_left(starts, offset)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def parse(article: Article, nlp: "Language | None" = None) -> Article:
    """Parse one article in place; see :func:`parse_many` for batches."""
    return next(parse_many([article], nlp))


def parse_many(articles: Iterable[Article], nlp: "Language | None" = None,
               batch_size: int = 16) -> Iterator[Article]:
    nlp = nlp or load()

    def docs() -> Iterator["Doc"]:
        for art in pending:
            yield make_doc(art, nlp)

    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            pending = batch
            yield from _finish(pending, nlp.pipe(docs()), nlp)
            batch = []
    if batch:
        pending = batch
        yield from _finish(pending, nlp.pipe(docs()), nlp)


def _finish(articles: list[Article], docs: Iterable["Doc"], nlp: "Language") -> Iterator[Article]:
    for article, doc in zip(articles, docs):
        doc.user_data["nlp"] = nlp
        doc.user_data["dateline_text"] = article.text  # (the doc's own text: see doc_text)
        article.doc = doc
        sentences = attach_closing_quotes(article.text, body_sentences(article, doc))
        sentences = join_speaker_labels(article.text, sentences)
        article.sentences, subheads = split_subheads(article.text, doc, sentences)
        if subheads:
            article.meta.headers = sorted(article.meta.headers + subheads, key=lambda h: h.start)
        article.entities = [
            Entity(id=f"e{i}", start=s, end=e, text=article.text[s:e], label=label)
            for i, (s, e, label) in enumerate(consistent_entities(doc, article), start=1)
        ]
        yield article


def body_sentences(article: Article, doc: "Doc") -> list[Sentence]:
    """spaCy's sentences minus header/credit lines, trimmed of surrounding white space.

    A sentence that overlaps a header only in part keeps its body part: the header cuts are
    preset as sentence starts, so this happens only when the parser ignores one.
    """
    headers = sorted((h.start, h.end) for h in article.meta.headers)
    text = article.text
    out: list[Sentence] = []
    for sent in doc.sents:
        pieces = [(sent.start_char, sent.end_char)]
        for hs, he in headers:
            if he <= sent.start_char or hs >= sent.end_char:
                continue
            pieces = [p for s, e in pieces
                      for p in ((s, min(e, hs)), (max(s, he), e)) if p[0] < p[1]]
        for start, end in pieces:
            piece = text[start:end]
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            if end > start and any(c.isalnum() for c in text[start:end]):
                out.append(Sentence(start, end))
    return out


def doc_text(doc: "Doc") -> str:
    """The parse's text, built once: spaCy's ``Doc.text`` joins every token on each call.  A
    doc that :func:`parse_many` made holds its article's text already (spaCy's tokenizer keeps
    every character, so ``Doc.text`` equals it)."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return text  # type: ignore[no-any-return]


def climb(token: "Token", top: "Token") -> Iterator["Token"]:
    """``token`` and its heads up to ``top`` (not included) or the sentence root (not included):
    the path the clause tests of the layers walk ("is this word inside a relative clause under
    that one?").  Tokens are compared by index: spaCy builds a new ``Token`` on each access, so
    ``t.head is t`` is never true."""
    t = token
    while t.i != top.i and t.head.i != t.i:
        yield t
        t = t.head


def in_relative(token: "Token", top: "Token") -> bool:
    """Is ``token`` inside a relative clause under ``top``?"""
    return any(t.dep_ == "relcl" for t in climb(token, top))


def spacy_sentences(article: Article) -> list["SpacySpan"]:
    """The spaCy spans of ``article.sentences``, index for index (needs ``article.doc``)."""
    doc = article.doc
    if doc is None:
        raise ModelError("article has no parse: call dateline.nlp.parse(article) first")
    out = []
    for s in article.sentences:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        out.append(span)
    return out


__all__ = ["load", "parse", "parse_many", "lemma", "doc_text", "spacy_sentences", "body_sentences"]
