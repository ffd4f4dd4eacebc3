"""Event predicates: verbs and nominalizations of the lexicon, found and typed from the parse.

A :class:`Predicate` has a *trigger* (the tokens shown as evidence) and an *anchor* (the verb
whose clause gives arguments, tense and modality).  They differ for a trigger noun that is the
object of a support verb: in "Ankara imposed sanctions" the trigger is "imposed sanctions", the
type comes from "sanctions" and the actor from the subject of "imposed".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from dateline.nlp import lemma as nlp_lemma
from dateline.resources import data_path

from . import lexicon
from .lexicon import Entry

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

# Verbs whose complement clause carries the act: "refused to attend" is one REJECT, not a
# REJECT and a CONSULT; "urged Kenya to reopen" is one REQUEST.
GOVERNING_TYPES = {"REJECT", "THREATEN", "AGREE", "REQUEST", "ACCUSE"}
# "does not allow humanitarian agencies to go" (VOA 6182394): a negated verb of consent rejects.
CONSENT = {"allow", "permit", "accept", "agree", "sign", "approve", "support", "back"}


@dataclass
class Predicate:
    trigger: list["Token"]  # the evidence tokens, in order
    anchor: "Token"  # the clause head: arguments, modality and time hang from it
    head: "Token"  # the lexical trigger (noun or verb)
    entry: Entry
    type: str
    nominal: bool  # a noun with no support verb: arguments come from the noun phrase
    governed_by: "Token | None" = None


@lru_cache(maxsize=1)
def support_verbs() -> frozenset[str]:
    lines = data_path("events", "support_verbs.tsv").read_text("utf-8").splitlines()
    return frozenset(l.strip() for l in lines[1:] if l.strip() and not l.startswith("#"))


def lemma_of(token: "Token") -> str:
    return nlp_lemma(token).lower()


def features(token: "Token") -> set[str]:
    """The complement features of a trigger: particles, objects, prepositions with their objects."""
    out: set[str] = set()
    for child in token.children:
        dep = child.dep_
        if dep == "prt":
            out.add(f"prt:{child.lower_}")
        elif dep in ("dobj", "attr", "oprd"):
            out.add(f"obj:{child.lower_}")
            out.add(f"obj:{lemma_of(child)}")
        elif dep in ("prep", "agent", "dative") and child.pos_ == "ADP":
            p = child.lower_
            out.add(f"prep:{p}")
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.add(f"prep:{p}/{obj.lower_}")
                    out.add(f"prep:{p}/{lemma_of(obj)}")
        elif dep == "xcomp":
            out.add("xcomp:")
    return out


def _lookup(token: "Token", pos: str) -> Entry | None:
    return lexicon.lookup(lemma_of(token), pos, features(token))


def find_predicates(sentence: "SpacySpan") -> list[Predicate]:
    """Every event predicate of one sentence, with embedded acts folded into their governor."""
    found: dict[int, Predicate] = {}
    support = support_verbs()
    for token in sentence:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ != "aux"):
            entry = _lookup(token, "V")
            if entry is not None:
                found[token.i] = Predicate([token], token, token, entry, entry.type, False)
        elif token.pos_ in ("NOUN", "PROPN") and token.tag_ not in ("NNP",):
            entry = _lookup(token, "N")
            if entry is None:
                continue
            verb = token.head
            if (token.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX")
                    and lemma_of(verb) in support):
                span = [t for t in sentence.doc[verb.i:token.i + 1]] if token.i - verb.i <= 4 \
                    else [verb, token]
                found[verb.i] = Predicate(span, verb, token, entry, entry.type, False)
            else:
                found[token.i] = Predicate([token], token, token, entry, entry.type, True)
    # A verb trigger whose object is a trigger noun of a more specific row ("launched an
    # attack"): the support reading above already replaced it (same anchor index).
    preds = list(found.values())
    _fold_governed(preds)
    return [p for p in preds if p.governed_by is None]


def _fold_governed(preds: Iterable[Predicate]) -> None:
    """Mark predicates embedded under a governing predicate of the same clause chain."""
    by_anchor = {p.anchor.i: p for p in preds}
    for pred in by_anchor.values():
        node = pred.anchor
        for _ in range(3):
            if node.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "advcl", "dobj", "conj") \
                    or node.head is node:
                break
            if node.dep_ == "conj":
                break  # coordinated acts are separate events ("removed Bashir and jailed him")
            node = node.head
            gov = by_anchor.get(node.i)
            if gov is not None and gov is not pred:
                if gov.type in GOVERNING_TYPES and not (gov.nominal and pred.nominal):
                    pred.governed_by = gov.anchor
                break
