"""What a number counts and whether it is a change, read off the dependency parse.

* A count modifies a noun: "43 Colombian migrants" → "Colombian migrants"; a participle right
  after the noun belongs to it: "80,000 people arrested" → "people arrested".
* "X of NP" counts the NP: "tens of thousands of people", "45% of voters".
* A percentage or sum under a verb of change counts that verb's subject: "Migration through the
  Darien Gap fell by 90%" → "Migration through the Darien Gap", direction down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.nlp import doc_text, lemma

from .lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NP_LEFT = {"compound", "amod", "nmod", "nummod", "poss", "case"}
_MAX_CONCEPT = 12


def describe(doc: "Doc", start: int, end: int,
             unit: str | None) -> tuple[str | None, str | None] | None:
    """(concept, direction) of the number at ``[start, end)``; None if it is not a count."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    last = span[-1]
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    core = nums[-1] if nums else last
    if core.lower_ in ("one", "a", "an") and len(span) == 1:
        # "one" counts only when it determines a noun: "one soldier", not "one of them".
        nxt = doc[core.i + 1] if core.i + 1 < len(doc) else None
        if core.dep_ != "nummod" or nxt is None or nxt.lower_ == "of":
            return None
    concept = _of_phrase(doc, last) or _modified_noun(doc, span, core)
    if concept is None and unit is not None and unit.isupper():
        concept = _money_for(doc, last)
    if concept is None and unit is not None:
        concept = _measured_noun(doc, span)
    noun = _counted_head(doc, span, core)
    if noun is not None and lexicon().direction.get(lemma(noun).lower()):
        # "a 45% increase in terrorism deaths": the change is the governor, deaths the concept.
        inner = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
        objs = [o for p in inner for o in p.children if o.dep_ == "pobj"]
        concept = _np_text(doc, objs[0], inner[0].i + 1) if objs else concept
        return concept, lexicon().direction[lemma(noun).lower()]
    direction = None
    governor = _governor(span, core)
    if governor is not None:
        direction = lexicon().direction.get(lemma(governor).lower()) or \
            lexicon().direction.get(governor.lower_)
        if direction and concept is None and unit is not None:
            concept = _subject_phrase(governor)
    return concept, direction


def _np_text(doc: "Doc", head: "Token", start_i: int) -> str | None:
    """The noun phrase from ``start_i`` to ``head`` with its conjuncts ("dozens of women,
    children and Baloch passengers"), plus a participle right after it."""
    end = head
    # Bare conjuncts only: "the two main factions and the government" counts factions.
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and not any(g.dep_ in ("det", "poss") for g in c.children)):
        end = max(end, conj, key=lambda t: t.i)
    if end.i != head.i:
        toks = list(doc[start_i:end.i + 1])
        if toks and len(toks) <= _MAX_CONCEPT:
            while toks and toks[0].pos_ in ("DET", "ADP", "PUNCT"):
                toks = toks[1:]
            return doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1])] if toks else None
    toks = list(doc[start_i:head.i + 1])
    while toks and (toks[0].pos_ in ("DET", "ADP", "PUNCT") or toks[0].lower_ in ("of",)):
        toks = toks[1:]
    if not toks or len(toks) > _MAX_CONCEPT:
        return None
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "VBN" and nxt.dep_ in ("acl", "amod", "relcl"):
        toks.append(nxt)  # "80,000 people arrested", "30 terrorists killed"
    elif head.dep_ == "nsubjpass" and head.head.tag_ == "VBN":
        # "more than 80,000 people were arrested" → "people arrested"
        return doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1])] + " " + head.head.text
    text = doc_text(doc)
    return text[toks[0].idx:toks[-1].idx + len(toks[-1])]


def _of_phrase(doc: "Doc", last: "Token") -> str | None:
    """'tens of thousands of people', '45% of voters': the object of "of"."""
    i = last.i + 1
    if i < len(doc) and doc[i].lower_ == "of":
        objs = [c for c in doc[i].children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN"):
            return _np_text(doc, objs[0], i + 1)
    return None


def _measured_noun(doc: "Doc", span: "object") -> str | None:
    """'inflation of nearly 3%', 'a fine of $5 million', 'a growth rate of 2.5%': a measure
    given as the "of" object of the noun it measures."""
    root = span.root  # type: ignore[attr-defined]
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return None
    noun = root.head.head
    if lemma(noun).lower() in SCALE_NOUNS:
        return None  # "an average of 3%", "a record of $40 billion": a point of a scale
    return _np_text(doc, noun, noun.left_edge.i)


# Nouns of a point on a scale, which say where a measure stands, not what it measures.
SCALE_NOUNS = {"average", "total", "low", "high", "record", "range", "level", "peak", "maximum",
               "minimum", "median", "sum", "figure", "value", "amount"}


def _money_for(doc: "Doc", last: "Token") -> str | None:
    """'some $164 billion in loans', '$2 million for reconstruction': what the money is."""
    i = last.i + 1
    if i < len(doc) and doc[i].lower_ in ("in", "for") and doc[i].head.i in (last.i, last.head.i):
        objs = [c for c in doc[i].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if objs:
            return _np_text(doc, objs[0], i + 1)
    return None


def _modified_noun(doc: "Doc", span: "object", core: "Token") -> str | None:
    """The noun a count modifies, when it follows the number: '43 Colombian migrants'."""
    tok = _counted_head(doc, span, core)
    if tok is None:
        return None
    end_i = max(t.i for t in span) + 1  # type: ignore[attr-defined]
    return _np_text(doc, tok, end_i)


def _counted_head(doc: "Doc", span: "object", core: "Token") -> "Token | None":
    tok = core
    for _ in range(3):
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and tok.head.i > tok.i:
            tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound",):
                break
        else:
            break
    if tok.i == core.i or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    end_i = max(t.i for t in span) + 1  # type: ignore[attr-defined]
    if tok.i < end_i:
        return None
    return tok


def _governor(span: "object", core: "Token") -> "Token | None":
    """The word a number hangs on: 'fell (by) 90%', 'a 45% increase', 'cut 10%'."""
    tokens = list(span)  # type: ignore[call-overload]
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside), core)
    gov = head.head
    if gov.lower_ in ("by", "to", "from") and gov.head.i != gov.i:
        gov = gov.head
    if gov.i == head.i:
        return None
    return gov


def _subject_phrase(verb: "Token") -> str | None:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    toks = [t for t in subj[0].subtree]
    while toks and toks[0].pos_ == "DET":
        toks = toks[1:]
    if not toks or len(toks) > _MAX_CONCEPT:
        return None
    text = doc_text(verb.doc)
    return text[toks[0].idx:toks[-1].idx + len(toks[-1])]


__all__ = ["describe"]
