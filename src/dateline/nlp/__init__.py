"""The NLP adapter: the one place that knows spaCy.

:func:`parse` runs the pipeline over an article's text and fills ``sentences`` and ``entities``;
it leaves the spaCy ``Doc`` on ``article.doc`` as the working object for later stages of the
same run.  Sentence boundaries respect paragraph breaks and the header and credit lines found by
ingestion; those lines are never body sentences.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from dateline.errors import ModelError
from dateline.record import Article, Entity, Sentence
from dateline.settings import FALLBACK_MODELS, model_name

from .entities import consistent_entities

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span as SpacySpan, Token

# The rule lemmatizer costs ~25% of pipeline time but lemmas are wanted for a few tokens only
# (event triggers, agent nouns): it stays loaded and is called on demand by :func:`lemma`.
DISABLED = ("lemmatizer",)


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


def lemma(token: "Token") -> str:
    """The lemma of one token, computed on demand with the pipeline's own lemmatizer."""
    if token.lemma_:
        return token.lemma_
    nlp = token.doc.user_data.get("nlp") or load()
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")
        forms = lemmatizer.rule_lemmatize(token)  # type: ignore[attr-defined]
        return forms[0] if forms else token.lower_
    except (KeyError, AttributeError, ValueError):
        return token.lower_


def make_doc(article: Article, nlp: "Language") -> "Doc":
    """Tokenize and preset sentence starts at line breaks and around header lines."""
    doc = nlp.make_doc(article.text)
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space:
            continue
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    for header in article.meta.headers:
        for cut in (header.start, header.end):
            tok = _token_at(doc, cut)
            if tok is not None and tok.i > 0:
                tok.is_sent_start = True
    return doc


def _token_at(doc: "Doc", offset: int) -> "Token | None":
    """The first token starting at or after ``offset``."""
    for token in doc:
        if token.idx >= offset and not token.is_space:
            return token
    return None


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
        article.doc = doc
        article.sentences = body_sentences(article, doc)
        article.entities = [
            Entity(id=f"e{i}", start=s, end=e, text=article.text[s:e], label=label)
            for i, (s, e, label) in enumerate(consistent_entities(doc, article), start=1)
        ]
        yield article


def body_sentences(article: Article, doc: "Doc") -> list[Sentence]:
    """spaCy's sentences minus header/credit lines, trimmed of surrounding white space."""
    headers = [(h.start, h.end) for h in article.meta.headers]
    out: list[Sentence] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        text = article.text[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        if end <= start:
            continue
        if any(hs <= start and end <= he for hs, he in headers):
            continue
        out.append(Sentence(start, end))
    return out


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


__all__ = ["load", "parse", "parse_many", "lemma", "spacy_sentences", "body_sentences"]
