"""Cues, sources and reported clauses read off the dependency parse.

A *cue* is a reporting verb from the lexicon (with its auxiliaries and particle: "has denied",
"called for") or the phrase "according to" / "as reported by".  Its *source* is the subject noun
phrase as written, appositions included ("Alan Chong, associate professor at …, said"); a
participle cue without a subject ("…, adding that …") takes the subject of the verb it hangs on.
Its *content* is the reported clause without the complementizer and final punctuation
("said that the system poses a threat." → "the system poses a threat").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.nlp import doc_text, lemma

from .lexicon import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
COMPLEMENTS = {"ccomp", "acl", "relcl", "pcomp", "csubj", "pobj"}
CLIMB = {"advcl", "conj", "xcomp", "acl", "pcomp"}  # a cue's own relations that lend a subject
QUOTE_CHARS = "\"“”«»„"
KEPT_PUNCT = {"%", "$", "€", "£", "#", "&", "@"}
_OBJECT_DEPS = {"dobj", "prep", "xcomp", "ccomp", "pcomp", "oprd", "dative", "attr", "acomp"}
_DROP_LEFT = {"that", "whether", "if", ",", ":", "—", "–", "-"}


@dataclass
class Cue:
    """A reporting expression at token ``head`` spanning tokens ``[start, end)``."""

    head: "Token"
    start: int
    end: int
    frame: str  # clause | object | request | both | according

    @property
    def chars(self) -> tuple[int, int]:
        doc = self.head.doc
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1])


def cue_at(token: "Token") -> Cue | None:
    """The cue headed by ``token``, if it is one."""
    doc = token.doc
    low = token.lower_
    if low == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return Cue(token, token.i, token.i + 2, "according")
    if (low == "reported" and token.i > 0 and doc[token.i - 1].lower_ == "as"
            and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "by"):
        return Cue(token, token.i - 1, token.i + 2, "according")  # "As reported by the IAEA, …"
    if token.pos_ != "VERB":
        return None
    lex = cues()
    base = lemma(token).lower()
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    frame: str | None = None
    end = token.i + 1
    # "called for the creation of …"; "called for the charge to be dropped" ("for" marking a
    # clause of "called" in the parse).
    if nxt is not None and (base, nxt.lower_) in lex.phrasal and (
            nxt.head.i == token.i or (nxt.dep_ == "mark" and nxt.head.head.i == token.i)):
        frame, end = lex.phrasal[(base, nxt.lower_)], token.i + 2
    elif base in lex.single:
        frame = lex.single[base]
    if frame is None and base == "call" and _names_with_quote(token):
        frame = "object"  # 'Leavitt called Ford’s comments “egregious and insulting.”'
    if frame is None:
        return None
    if token.tag_ == "VBN" and (token.dep_ in ("amod", "acl")
                                or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)):
        return None  # "the reported attack", "soldiers accused of the 2004 bombing"
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    if token.tag_ == "VBN" and not any(a in ("has", "have", "had", "'s", "'ve") for a in auxes):
        return None  # "stand accused of the bombing", "dismissed by the ambassador as …"
    if any(a in ("would", "could", "might", "should") for a in auxes):
        return None  # speech imagined, not reported: "he would urge", "I would say"
    subj = [c for c in token.children if c.dep_ == "nsubj"]
    if subj and subj[0].lower_ in ("which", "that", "who"):
        return None  # "… records, which cites …": the relative clause's writer speaks
    if base in ("think", "believe", "guess", "mean") and subj and subj[0].lower_ in ("i", "you"):
        return None  # a hedge inside a quote or a question: "I think", "do you think …"
    start = token.i
    # "has denied", "is calling for", "has always said": auxiliaries and adverbs just before.
    j = token.i - 1
    while j >= 0 and doc[j].head.i == token.i and doc[j].dep_ in ("aux", "advmod") \
            and doc[j].lower_ not in ("not", "n't", "also"):
        j -= 1
    while j + 1 < token.i and doc[j + 1].dep_ != "aux":
        j += 1  # never start on an adverb: "also said" → "said"
    if j + 1 < token.i:
        start = j + 1
    return Cue(token, start, end, frame)


def _names_with_quote(token: "Token") -> bool:
    """"call X 'Y'": a verb of naming whose object is followed by a quotation."""
    doc = token.doc
    if not any(c.dep_ in ("oprd", "dobj") for c in token.children):
        return False
    stop = min(len(doc), token.right_edge.i + 2)
    return any(t.text in QUOTE_CHARS for t in doc[token.i + 1:stop])


def find_cues(sent: "SpacySpan") -> list[Cue]:
    out = []
    for token in sent:
        cue = cue_at(token)
        if cue is not None:
            out.append(cue)
    return out


def _is_stop(token: "Token") -> bool:
    """Punctuation that bounds a phrase; "%" and "$" are spaCy punctuation but part of it."""
    return token.is_space or (token.is_punct and token.text not in KEPT_PUNCT)


def _trim(tokens: list["Token"]) -> list["Token"]:
    while tokens and _is_stop(tokens[0]) and tokens[0].text not in QUOTE_CHARS:
        tokens = tokens[1:]
    while tokens and (_is_stop(tokens[-1]) or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def source_of(cue: Cue) -> tuple[int, int] | None:
    """Character span of the cue's source noun phrase, or None."""
    head = cue.head
    if cue.frame == "according":
        to = head.doc[cue.end - 1]
        objs = [c for c in to.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        return _phrase(objs[0])
    if head.lower_ == "saying" and head.head.lower_ == "as":
        # "The Financial Times cited security officials as saying …": the cited are the source.
        objs = [c for c in head.head.head.children if c.dep_ == "dobj"]
        if objs:
            return _phrase(objs[0])
    if _postposed(cue):
        left = _left_phrase(cue)
        if left is not None:
            return left
    verb = head
    for level in range(5):
        # "…, adding that …" / "and warned that …": a subjectless cue takes the subject of the
        # verb it hangs on, climbing past verbs inside complements ("He rejected the idea
        # migration can lead to …, arguing …" is He's argument, not migration's).
        inside_complement = level > 0 and verb.dep_ in COMPLEMENTS
        subj = [] if inside_complement or verb.pos_ not in ("VERB", "AUX") else (
            [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
            or [c for c in verb.children if c.dep_ in SUBJECTS])
        if len(subj) > 1 and subj[-1].left_edge.i == subj[-2].right_edge.i + 1:
            # "The charity Doctors Without Borders says": a misparse into two subjects.
            first, last = _phrase(subj[-2]), _phrase(subj[-1])
            if first and last:
                return first[0], last[1]
        if subj:
            return _phrase(subj[-1] if subj[-1].i < verb.i else subj[0])
        if verb.head.i == verb.i or (level == 0 and verb.dep_ not in CLIMB):
            break
        verb = verb.head
    return _left_phrase(cue)


def _postposed(cue: Cue) -> bool:
    """A cue after its clause and source, parsed as a conjunct of that clause's verb:
    "<clause>, Glenn Jusnes, a spokesperson …, told VOA"."""
    head = cue.head
    doc = head.doc
    return (head.dep_ in ("conj", "parataxis") and head.head.i < head.i
            and not any(c.dep_ in SUBJECTS or c.dep_ == "ccomp" for c in head.children)
            and cue.start > 0 and doc[cue.start - 1].text == ","
            and doc[cue.start - 2].pos_ in ("PROPN", "NOUN"))


def _left_phrase(cue: Cue) -> tuple[int, int] | None:
    """The noun phrase ending just before a subjectless cue: "In Abidjan, Willy Neth,
    coordinator for …, says" (parsed as a conjunct of Abidjan) → "Willy Neth, coordinator …"."""
    doc = cue.head.doc
    j = cue.start - 1
    while j >= cue.head.sent.start and doc[j].is_punct and doc[j].text in ",—–-":
        j -= 1
    if j < cue.head.sent.start:
        return None
    tok = doc[j]
    while tok.dep_ in ("pobj", "prep", "appos", "compound", "amod", "nmod", "poss", "case") \
            and tok.head.i < cue.start and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in ("DATE", "TIME") \
            or tok.right_edge.i >= cue.start:
        return None
    return _phrase(tok)


def _phrase(token: "Token") -> tuple[int, int] | None:
    """The noun phrase of ``token`` as written, appositions kept, asides dropped:
    "Luis Eguiluz, who headed the agency’s mission …, says" → "Luis Eguiluz";
    "Khoshbo, 33, said" → "Khoshbo"; "Shahid Rind, earlier, told" → "Shahid Rind".
    A restrictive relative clause stays: "armed men who boarded the train told …"."""
    doc = token.doc
    drop: set[int] = set()
    for child in token.children:
        if child.i < token.i:
            continue
        comma_before = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
        if (child.dep_ == "relcl" and comma_before) or child.dep_ == "advmod" \
                or (child.dep_ == "appos" and child.pos_ == "NUM") \
                or (child.dep_ == "prep" and child.lower_ == "in" and token.pos_ == "PROPN"):
            drop.update(t.i for t in child.subtree)
    tokens = [t for t in token.subtree if t.i not in drop]
    # Keep the leftmost contiguous run: dropping a clause leaves no hole in the phrase.
    run = [tokens[0]] if tokens else []
    for t in tokens[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    tokens = run
    while tokens and tokens[0].text in QUOTE_CHARS:
        tokens = tokens[1:]
    tokens = _trim(tokens)
    while tokens and tokens[-1].text in QUOTE_CHARS:
        tokens = _trim(tokens[:-1])
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last)


def complement_of(cue: Cue) -> list["Token"] | None:
    """The tokens of the reported clause or object (before trimming), or None."""
    head = cue.head
    doc = head.doc
    if cue.frame == "according":
        return _according_content(cue)
    kids = list(head.children)
    clause = [c for c in kids if c.dep_ == "ccomp"]
    if cue.frame in ("clause", "both") and clause:
        c = clause[-1]
        toks = list(c.subtree)
        if c.i > head.i:
            # "she tried to duck but the bullet hit her": a clause with its own subject joined
            # to the cue continues what was said; "…, but did not give details" does not.
            for conj in (k for k in kids if k.dep_ == "conj" and k.i > toks[-1].i):
                if any(g.dep_ in SUBJECTS for g in conj.children) and cue_at(conj) is None:
                    toks = list(doc[toks[0].i:conj.right_edge.i + 1])
        if c.i < head.i:
            # "In the past, the EU … Italy, Sisci said.": the clause runs from the sentence start.
            sent_start = head.sent.start
            toks = list(doc[sent_start:toks[-1].i + 1])
        return toks
    if cue.frame in ("clause", "both") and head.dep_ == "parataxis" and head.head.i != head.i:
        return _parenthetical_content(cue)
    if cue.frame in ("clause", "both") and _postposed(cue):
        left = _left_phrase(cue)
        if left is not None:
            # "UNHCR programs are feeling the strain, Glenn Jusnes, a spokesperson for UNHCR
            # Kenya, told VOA": the clause runs from the sentence start to the source.
            return [t for t in doc[head.sent.start:head.i] if t.idx + len(t) <= left[0]]
    if cue.frame == "clause":
        xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > head.i and c.tag_ in ("VB",)]
        if xcomp and lemma(head) in ("claim", "promise", "threaten", "vow"):
            return list(xcomp[0].subtree)
        return None
    # object frame: from just after the cue phrase to the right edge of its objects.
    if cue.end - 1 > head.i:  # "called for the creation of …": the particle's object
        particle = doc[cue.end - 1]
        if particle.dep_ == "mark":
            return list(doc[cue.end:particle.head.right_edge.i + 1])
        kids += list(particle.children)
    right = [c for c in kids if c.i >= cue.end and c.dep_ in _OBJECT_DEPS | {"pobj"}]
    if not right:
        return None
    last = max(c.right_edge.i for c in right)
    return list(doc[cue.end:last + 1])


def _parenthetical_content(cue: Cue) -> list["Token"] | None:
    """A cue set into the clause it reports: "Zamora’s health was better, Gallagher said, but
    now …" → the clause before; "Regardless, analysts say, negotiations will be needed" → the
    clause after (two words or fewer before the cue are an adverbial, not the content)."""
    head = cue.head
    doc = head.doc
    main = head.head
    inside = {t.i for t in head.subtree}
    left_i, right_i = min(inside), max(inside)
    later_conj = {t.i for c in main.children if c.dep_ in ("conj", "cc") and c.i > right_i
                  for t in c.subtree}
    toks = [t for t in main.subtree if t.i not in inside and t.i not in later_conj]
    left = [t for t in toks if t.i < left_i and not t.is_punct]
    right = [t for t in toks if t.i > right_i]
    if len(left) <= 2 and right:
        return right
    if not right or all(t.is_punct for t in right):
        return [t for t in toks if t.i < left_i]
    return list(doc[toks[0].i:toks[-1].i + 1])


def _according_content(cue: Cue) -> list["Token"] | None:
    """"According to X, <clause>." / "<clause>, according to X.": the clause."""
    doc = cue.head.doc
    sent = cue.head.sent
    to = doc[cue.end - 1]
    phrase_end = max([to.i] + [t.i for c in to.children for t in c.subtree])
    before = [t for t in doc[sent.start:cue.start]]
    after = [t for t in doc[phrase_end + 1:sent.end]]
    comma_after = phrase_end + 1 < sent.end and doc[phrase_end + 1].text == ","
    before, after = _trim(before), _trim(after)
    # "… insurgents but according to MSF and U.N. agencies, the situation is dire": a comma
    # after the phrase announces the clause it attributes — when there is a clause after it:
    # "About 1.2 million people have been displaced by fighting in eastern Congo since January,
    # according to the United Nations, up from roughly 700,000 a year ago" attributes the
    # clause before it, and the verbless tail is the writer's comparison.
    clause_after = _has_verb(after) or not _has_verb(before)
    if clause_after and ((comma_after and len(after) >= 3) or len(after) >= len(before)):
        return after or None
    return before or None


def _has_verb(tokens: list["Token"]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def content_span(tokens: list["Token"], cue: Cue) -> tuple[int, int] | None:
    """Character span of the reported content: complementizer, cue and end punctuation off."""
    tokens = [t for t in tokens if not (cue.start <= t.i < cue.end)]
    tokens = _trim(tokens)
    # "said Wednesday a Pakistani military operation rescued …": the date is the saying's.
    while tokens and (tokens[0].lower_ in _DROP_LEFT or tokens[0].dep_ == "cc"
                      or (tokens[0].ent_type_ == "DATE" and tokens[0].head.i == cue.head.i)
                      or (tokens[0].ent_type_ == "DATE" and tokens[0].dep_ == "npadvmod")):
        tokens = _trim(tokens[1:])
    if cue.frame in ("object", "request", "according"):
        # "… citing the Taliban’s opposition, a move that drew criticism": an aside on the
        # last noun is the writer's, not the source's.
        for k, t in enumerate(tokens[1:], start=1):
            if t.text == "," and k + 1 < len(tokens) and (
                    tokens[k + 1].dep_ in ("appos", "relcl")
                    or tokens[k + 1].lower_ in ("which", "who", "a", "an")
                    and tokens[k + 1].head.dep_ in ("appos", "relcl")):
                tokens = _trim(tokens[:k])
                break
    if len(tokens) < 2 or tokens[0].lower_ in ("which", "who", "whom", "whose"):
        return None  # "which it said were …", "say which countries …": no reported clause
    if cue.frame != "clause" and tokens[0].lower_ == "as":
        return None  # "what they describe as increasing insecurity": the object is elsewhere
    if cue.frame in ("object", "both") and len(tokens) < 5 \
            and not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in tokens):
        return None  # "denied all the charges", "cites historic records": an act, not speech
    text = doc_text(tokens[0].doc)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    # A mixed quote ending inside its marks keeps them: 'is "dependent on … alternatives."'
    inside = sum(text[start:end].count(q) for q in QUOTE_CHARS)
    if inside % 2 == 1:
        j = end
        while j < len(text) and j - end < 3 and text[j] in ".,?!" + QUOTE_CHARS:
            j += 1
            if text[j - 1] in QUOTE_CHARS:
                end = j
                break
    return start, end


__all__ = ["doc_text", "Cue", "cue_at", "find_cues", "source_of", "complement_of", "content_span"]
