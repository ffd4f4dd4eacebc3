"""The quotes layer: direct, indirect and mixed attributions with their speakers.

Direct quotes come from paired quotation marks (:mod:`.marks`); each is attributed to a cue and
source in its own sentence (``"…," X said.`` / ``X said: "…"`` / ``"…," said X, a …``), else
inherits the attribution just before it (``X said. "…"``) or just after it (a quote split by
its attribution).  Indirect and mixed quotes come from reporting verbs with a complement clause
in the dependency parse (:mod:`.attribution`).  A quoted stretch that does not stand alone
(scare quotes, titles, terms: the “safe third country”) is never a direct quote; inside a
reported clause it makes that clause a mixed quote (``direct`` false).

Speakers are resolved through the actor layer (:mod:`.speakers`).
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from dateline.record import Article, Quote

from .attribution import (Cue, complement_of, content_span, cue_at, doc_text, find_cues,
                          source_of)
from .marks import Quoted, nested_spans, quoted_spans
from .speakers import resolve_speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Tokens that may stand between a cue and the quote it introduces: objects, times, places
# ("told VOA, “…”", "said Wednesday "…"", "said in a statement: "…"").
_BRIDGE_POS = {"PROPN", "NOUN", "PRON", "DET", "ADP", "ADJ", "NUM", "ADV", "PUNCT", "CCONJ",
               "PART", "SPACE", "X"}
_MAX_BRIDGE = 12


def find_quotes(article: Article) -> Article:
    """Fill ``article.quotes`` (needs the parse on ``article.doc``)."""
    if article.doc is None:
        from dateline import nlp

        nlp.parse(article)
    doc = article.doc
    body = [(s.start, s.end) for s in article.sentences]
    marks = [q for q in quoted_spans(article.text) if _in_body(q.start, body)]
    standalone = [q for q in marks if _standalone(doc, q)]

    # Every cue in the body, in order.
    all_cues: list[Cue] = []
    for sent in doc.sents:
        if _in_body(sent.start_char, body) or _in_body(sent.end_char - 1, body):
            all_cues.extend(find_cues(sent))

    records: list[tuple[int, Quote]] = []  # (position for ordering, quote)
    used: set[int] = set()  # cue head indices spent on a direct quote
    direct: list[tuple[Quoted, Cue | None]] = []
    for q in standalone:
        cue = _own_cue(doc, q)
        if cue is not None:
            used.add(cue.head.i)
        direct.append((q, cue))

    # A quote inside a quote with its own cue: “They said ‘Come out quietly,’ and we did.”
    for outer in list(standalone):
        for ns, ne in nested_spans(article.text, outer):
            inner = Quoted(ns, ne)
            cue = _cue_before(doc, inner) or _cue_after(doc, inner)
            if cue is not None and outer.start < cue.head.idx < outer.end:
                used.add(cue.head.i)
                direct.append((inner, cue))

    # Indirect and mixed: reporting verbs with a complement outside the standalone quotes.
    indirect: list[tuple[Cue, tuple[int, int]]] = []
    for cue in all_cues:
        if cue.head.i in used:
            continue
        toks = complement_of(cue)
        if not toks:
            continue
        span = content_span(toks, cue)
        if span is None or any(q.start <= span[0] and span[1] <= q.end for q in standalone):
            continue
        if any(q.start <= span[0] < q.end or q.start < span[1] <= q.end for q in standalone):
            continue  # a clause straddling a quote boundary is a misparse of that quote
        indirect.append((cue, span))

    for cue, span in indirect:
        direct_naming = False
        naming = cue.head.lower_.startswith("call") and cue.end == cue.head.i + 1
        if cue.frame == "object" and naming:
            # 'Trump called Canada “one of the highest tariffing nations …”': the name given,
            # in the speaker's words, is what was said.
            inner = article.text[span[0]:span[1]]
            at = min((inner.find(m) for m in "\"“" if m in inner), default=-1)
            if at > 0 and inner.rstrip()[-1:] in "\"”":
                span, direct_naming = (span[0] + at, span[1]), True
        records.append((span[0], _quote(article, direct_naming, span, cue)))

    # Direct quotes without their own cue inherit the one before ("X said. "…"") or after.
    anchors = sorted([(c.head.idx, c) for c, _ in indirect]
                     + [(c.head.idx, c) for _, c in direct if c is not None], key=lambda x: x[0])
    for k, (q, cue) in enumerate(direct):
        if cue is None:
            cue = _inherited(article, q, k, direct, anchors)
        records.append((q.start, _quote(article, True, (q.start, q.end), cue)))

    records.sort(key=lambda r: r[0])
    article.quotes = []
    for n, (_, quote) in enumerate(records, start=1):
        quote.id = f"q{n}"
        article.quotes.append(quote)
    resolve_speakers(article)
    return article


def _quote(article: Article, direct: bool, span: tuple[int, int], cue: Cue | None) -> Quote:
    src = source_of(cue) if cue is not None else None
    return Quote(
        id="", direct=direct, content=article.span(*span),
        cue=article.span(*cue.chars) if cue is not None else None,
        source=article.span(*src) if src is not None else None,
    )


def _in_body(offset: int, body: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in body)


def _tokens(doc: "Doc", start: int, end: int) -> list["Token"]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _standalone(doc: "Doc", q: Quoted) -> bool:
    """A quote that is itself what was said, not a term inside someone else's sentence."""
    text = doc_text(doc)
    inner = text[q.start + 1:q.end - (1 if q.closed else 0)].strip()
    words = inner.split()
    if not words:
        return False
    first = _token_at(doc, q.start)
    sent = first.sent if first is not None else None
    before = text[sent.start_char:q.start].strip() if sent is not None else ""
    before = re.split(r"[.?!][\"”’]?\s+(?=[A-Z])", before)[-1] if before[-1:] != "." else ""
    ends_punct = inner[-1:] in ".,?!…—-"
    if q.closed:
        at = q.end
        while at < len(text) and text[at].isspace():
            at += 1
        nxt = _token_at(doc, at) if at < len(text) else None
        if nxt is not None and nxt.pos_ in ("VERB", "AUX") and cue_at(nxt) is None \
                and not ends_punct:
            return False  # the subject of a longer clause: '“less bureaucracy” is needed'
    if not before:
        return ends_punct or len(words) >= 6  # opens its sentence: "“It’s not good,” Rubio said."
    # After a cue: 'told VOA, "Because …"', 'said: “…”', 'said Wednesday "A trade war …'.
    if _cue_before(doc, q) is None:
        return False
    return inner[:1].isupper() or before.endswith((":", ","))


def _token_at(doc: "Doc", offset: int) -> "Token | None":
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _cue_before(doc: "Doc", q: Quoted) -> Cue | None:
    first = _token_at(doc, q.start)
    if first is None:
        return None
    sent = first.sent
    bridge = 0
    for i in range(first.i - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.text in (".", "?", "!"):
            return None  # a sentence end the parser missed: 'He argues X. "They are …'
        cue = cue_at(tok)
        if cue is not None:
            return cue if cue.frame != "according" else None
        if (tok.pos_ not in _BRIDGE_POS and tok.lower_ != "that") or tok.text in "\"“”":
            return None
        bridge += 1
        if bridge > _MAX_BRIDGE:
            return None
    return None


def _cue_after(doc: "Doc", q: Quoted) -> Cue | None:
    """'"…," X said.' / '"…," said X, a …' / '"…," according to X'."""
    text = doc_text(doc)
    inner_end = text[q.start:q.end].rstrip("\"“”»' ")
    if inner_end.endswith(".") or not q.closed:
        return None  # a quote ending its sentence: what follows is a new sentence
    after = _tokens(doc, q.end, min(len(text), q.end + 200))
    for n, tok in enumerate(after):
        if tok.text in "\"“”" or n > 14:
            return None
        if tok.is_sent_start and n > 0:
            return None
        cue = cue_at(tok)
        if cue is not None:
            return cue
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "relcl", "acl"):
            return None  # another verb first: what follows is a new clause, not the attribution
    return None


def _own_cue(doc: "Doc", q: Quoted) -> Cue | None:
    return _cue_after(doc, q) or _cue_before(doc, q)


def _inherited(article: Article, q: Quoted, k: int,
               direct: list[tuple[Quoted, Cue | None]],
               anchors: list[tuple[int, Cue]]) -> Cue | None:
    """The attribution a cue-less quote continues: the one just before (within two sentences),
    else that of the next quote when it follows right on (a quote split by its attribution)."""
    qi = article.sentence_index(q.start)
    prev = [c for pos, c in anchors if pos < q.start]
    if prev and qi is not None:
        pi = article.sentence_index(prev[-1].head.idx)
        if pi is not None and qi - pi <= 2:
            return prev[-1]
    if k + 1 < len(direct):
        nq, ncue = direct[k + 1]
        if ncue is not None and not article.text[q.end:nq.start].strip():
            return ncue
    return None


__all__ = ["find_quotes"]
