"""The tense of the clause a temporal expression belongs to, from the dependency parse.

"Rubio said on Sunday" is past, "Rubio will meet Modi on Monday" and "talks are scheduled for
Monday" are future; :mod:`dateline.dates.timeml` turns that into a direction for underspecified
dates.  Lemmas are not available (the lemmatizer is off), so words are matched by form.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .timeml import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Heads whose infinitive or prepositional complement lies ahead: "plans to visit on Monday",
# "is scheduled to meet on Monday", "set for Tuesday".
_PLANNING = {
    "plan", "plans", "planned", "planning", "schedule", "scheduled", "set", "due", "expect",
    "expects", "expected", "expecting", "intend", "intends", "intended", "aim", "aims",
    "aimed", "hope", "hopes", "hoped", "want", "wants", "going", "prepare", "prepares",
    "preparing", "slated", "poised", "likely", "ready", "agreed", "agree", "agrees",
    "vowed", "promised", "pledged", "threatened", "announced", "called", "urged",
}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_SINCE = re.compile(r"\b(?:since|ago|earlier)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def clause_tense(doc: "Doc", start: int, end: int) -> Tense:
    """past, future or present for the verb governing ``doc.text[start:end]``; None if none."""
    if _SINCE.search(doc.text[max(0, start - 40):start]):
        return "past"  # "since taking office on Jan. 20"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token: Token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return verb_tense(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb: "Token", depth: int = 0) -> Tense:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "MD" and verb.lower_ in _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and "to" in words:
        # "plans to visit on Monday": the tense of the planning, looking ahead.
        head = verb.head
        if head.i == verb.i or depth > 3:
            return None
        if head.lower_ in _PLANNING or verb_tense(head, depth + 1) == "future":
            return "future"
        return verb_tense(head, depth + 1) if head.tag_.startswith("VB") else None
    if verb.lower_ in ("scheduled", "slated", "set", "due") and words & {"is", "are", "'s"}:
        return "future"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if words & {"has", "have", "'ve"} and verb.tag_ == "VBN":
        return "past"  # "has signed on Monday": a past event in present perfect
    if verb.tag_ == "VBG" and words & {"is", "are", "'s", "'re"}:
        return "future"  # "is meeting on Monday"
    if verb.tag_ in ("VBZ", "VBP", "VB"):
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "relcl", "acl", "conj", "ROOT"):
        return "past"
    return None
