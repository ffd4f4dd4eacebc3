"""Repairs to spaCy's sentences that the parser cannot see.

Web copy that lost its line breaks glues a section subhead onto the next sentence:
"... rescued the passengers. Recent attacks Since the beginning of the year, the BLA has ..."
(VOA 8007760).  The subhead has no full stop, so the parser runs it into the sentence.  It is a
header, not body text: :func:`split_subheads` cuts it off and returns its span.

The cue is a capitalised word that can only open a sentence ("Since", "The", "A", "Then",
"During") right after a short headline-like phrase that ends in a content word; or a capitalised
plural noun after a lower-case one ("Sovereignty negotiations Negotiations between Britain and
Mauritius ...", VOA 8005869).  The parse must agree: the sentence's root lies after the cut, so
"Trump also attacked The Wall Street Journal" (root "attacked") stays whole.  A proper noun
after the phrase is never taken as the cue: "Difficult switch Turkey's Defense Minister" cannot
be told from "Senate Republicans".  Nor is a capitalised adjective: "The former French foreign
minister" has one, and so does every nationality.  An interview's speaker label ("Armitage:")
is joined to the answer it introduces (:func:`join_speaker_labels`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.record import Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_SUBHEAD = 6  # tokens
# Capitalised, these open a sentence; inside one they are lower case ("since", "the", "then").
_OPENER_TAGS = {"DT", "IN", "RB", "WRB", "CC", "PRP", "EX"}
# Capitalised plural nouns open a sentence after a lower-case word.
_NOUN_OPENER_TAGS = {"NNS", "NNPS"}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM"}
_SENTENCE_END = tuple('.!?"”’')


def split_subheads(text: str, doc: "Doc", sentences: list[Sentence]) -> tuple[list[Sentence],
                                                                              list[Span]]:
    """Body sentences with glued subheads cut off, and the subheads' spans."""
    out: list[Sentence] = []
    heads: list[Span] = []
    for i, sent in enumerate(sentences):
        cut = _subhead_end(text, doc, sent) if i > 0 else None
        if cut is None:
            out.append(sent)
            continue
        head_end, body_start = cut
        heads.append(Span(sent.start, head_end, text[sent.start:head_end]))
        out.append(Sentence(body_start, sent.end))
    return out, heads


def _subhead_end(text: str, doc: "Doc", sent: Sentence) -> tuple[int, int] | None:
    if not text[:sent.start].rstrip().endswith(_SENTENCE_END):
        return None  # only between sentences
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return None
    toks = [t for t in span if not t.is_space]
    if len(toks) < 6 or not (toks[0].is_title or toks[0].is_upper) or toks[0].pos_ == "PRON":
        return None
    for k in range(1, min(MAX_SUBHEAD, len(toks) - 4) + 1):
        prev, opener = toks[k - 1], toks[k]
        if not _headline_word(prev):
            return None
        if opener.text == "I" or not opener.is_title:
            continue
        if _opens_sentence(toks[:k], opener) and _is_clause(toks[k:]) \
                and span.root.i >= opener.i:
            return prev.idx + len(prev.text), opener.idx
    return None


def _headline_word(tok: "Token") -> bool:
    return tok.is_alpha or tok.text in (",", "vs.", "&") or (
        "-" in tok.text and tok.text.replace("-", "").isalpha())


def _opens_sentence(prefix: list["Token"], opener: "Token") -> bool:
    last = prefix[-1]
    if last.pos_ not in _CONTENT_POS or any(t.pos_ in ("PRON", "AUX") for t in prefix):
        return False
    after = opener.nbor(1) if opener.i + 1 < len(opener.doc) else None
    if after is not None and after.is_title and (last.is_title or opener.tag_ in _NOUN_OPENER_TAGS):
        return False  # inside a name: "Doctors Without Borders", "Reporters Without Borders"
    if opener.tag_ in _OPENER_TAGS:
        return True
    # "Sovereignty negotiations Negotiations": a lower-case word, then a capitalised plural noun
    # that is not a name.
    return (opener.tag_ in _NOUN_OPENER_TAGS and len(prefix) >= 2 and last.is_lower
            and opener.ent_iob_ == "O")


def _is_clause(rest: list["Token"]) -> bool:
    """The remainder is a sentence of its own: it has a verb."""
    return any(t.pos_ in ("VERB", "AUX") for t in rest)


def attach_closing_quotes(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A closing quote the parser put at the start of the next sentence goes back to its own:
    '... very bad for the USA.” Trump also attacked ...' (VOA 8009495)."""
    out: list[Sentence] = []
    for sent in sentences:
        j = sent.start
        while j < sent.end and text[j] in "”’\"":
            j += 1
        if j > sent.start and j < sent.end and text[j].isspace() and out \
                and not text[out[-1].end:sent.start].strip():
            out[-1] = Sentence(out[-1].start, j)
            while j < sent.end and text[j].isspace():
                j += 1
            sent = Sentence(j, sent.end)
        out.append(sent)
    return out


_SPEAKER_LABEL = re.compile(r"[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,2}:")


def join_speaker_labels(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """An interview's speaker label belongs to what the speaker says: "VOA: Three days after
    President Lai took office, ..." is one sentence, not "VOA:" and the rest (VOA 7638284)."""
    out: list[Sentence] = []
    for sent in sentences:
        if out and _SPEAKER_LABEL.fullmatch(text[out[-1].start:out[-1].end]) \
                and "\n" not in text[out[-1].end:sent.start] \
                and not text[out[-1].end:sent.start].strip():
            out[-1] = Sentence(out[-1].start, sent.end)
            continue
        out.append(sent)
    return out


__all__ = ["split_subheads", "attach_closing_quotes", "join_speaker_labels"]
