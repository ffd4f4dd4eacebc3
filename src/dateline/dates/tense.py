"""The tense of the clause a temporal expression belongs to, from the dependency parse.

"Rubio said on Sunday" is past, "Rubio will meet Modi on Monday" and "talks are scheduled for
Monday" are future; :mod:`dateline.dates.timeml` turns that into a direction for underspecified
dates.  Lemmas are not available (the lemmatizer is off), so words are matched by form.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from .lexicon import words as word_list
from .timeml import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
# Modals look ahead: "the deal should be completed in October", "may be signed on September 12".
# Not "would": in reported speech it is a future seen from the past ("said the ship would
# depart in early February", in a March story).
_MODALS = {"should", "could", "may", "might", "must", "can", "ca"}
# Conjunctions whose present-tense clause lies ahead of a past main clause's time.
_AHEAD_MARKS = {"before", "until", "till", "unless", "once"}
# Nouns that name a time ahead: "a June 1 deadline".
_AHEAD_NOUNS = {"deadline", "target", "date"}
_WEEKDAY_END = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_SINCE = re.compile(r"\b(?:since|ago|earlier)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|by|before)\s+$", re.IGNORECASE)
# The end of a span: of a past act's effect too ("suspended flights until May 11").
_SPAN_END = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
# The onset of a measure named as a noun: "threatened Canada with higher tariffs on cars from
# April 2nd" (VOA 8006924, in a March story) — the threatened or planned measure starts then.
_ONSET = re.compile(r"\b(?:from|starting|beginning|effective|as\s+of)\s+$", re.IGNORECASE)
# A new date for something put off lies ahead: "the vote was pushed from September 25 to
# Friday", "postponed until March".
_PUT_OFF = re.compile(r"\b(?:postponed|delayed|pushed|moved|rescheduled|extended|adjourned|"
                      r"deferred)\b[^.;]{0,50}\b(?:to|until|till)\s+$", re.IGNORECASE)


# The day something is called or set for (a verb of ``tense.json`` "setting"): "Unions called a
# nationwide strike for December 5", "The court set the hearing for January 12".  The act of setting is past, the day set may lie
# on either side of the story's date: no direction, the nearer reading (a Nov. 20 story's
# "December 5" is two weeks ahead, not 50 weeks back).
_SET_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)


def clause_tense(doc: "Doc", text: str, start: int, end: int) -> Tense:
    """past, future or present for the verb governing ``text[start:end]``; None if none.

    ``text`` is the text of ``doc`` (``doc.text`` rebuilds it from the tokens on every call).
    """
    if _SINCE.search(text[max(0, start - 40):start]):
        return "past"  # "since taking office on Jan. 20"
    if _PUT_OFF.search(text[max(0, start - 70):start]):
        return "future"
    if text.startswith(("'s ", "’s "), end) and _WEEKDAY_END.search(text, start, end):
        # "Tuesday's deadly hostage-taking": a possessive weekday names a past event (a month
        # does not: "before October's expiration").
        return "past"
    via_noun = False  # has the climb passed through a noun the date modifies?
    for k, token in enumerate(span_heads(doc, start, end)):
        via_noun = via_noun or (k > 0 and token.pos_ in ("NOUN", "PROPN"))
        if token.lower_ in _AHEAD_NOUNS:
            return "future"
        if k > 0 and token.pos_ == "NOUN":
            # the noun phrase the date modifies tells its time in a relative clause: "an April
            # attack on a gathering that killed more than 160 people" (a November story: last
            # April, not the coming one; the parser may hang the clause on the last noun)
            told = [verb_tense(c) for c in token.subtree if c.dep_ == "relcl"]
            if told and told[0] is not None:
                return told[0]
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if via_noun and token.lower_ in word_list("planning") \
                    and _ONSET.search(text[max(0, start - 15):start]):
                return "future"  # a measure threatened or planned "from April 2nd"
            tense = verb_tense(token)
            if tense is None and _UNTIL.search(text[max(0, start - 10):start]):
                return "future"  # "markets to remain closed until Friday"
            if tense == "past" and token.lower_ in word_list("setting") and \
                    _SET_FOR.search(text[max(0, start - 6):start]):
                return None  # not "sentenced him for March 14 attacks": an act's cause
            if tense == "past" and _SPAN_END.search(text[max(0, start - 10):start]):
                # "Several airlines suspended flights to Tel Aviv until May 11" (a May 6
                # story): what was done lasts to a day on either side of the story's
                return None
            return tense
    return None


def span_heads(doc: "Doc", start: int, end: int, steps: int = 8) -> Iterator["Token"]:
    """The root of the tokens over ``text[start:end]`` (widened to whole tokens), then its
    heads upward, at most ``steps`` tokens and never past the sentence root: the climb from a
    date to the verb that governs it ("Its commander, appointed in 2019, said": "2019", "in",
    "appointed").  Nothing for a span no token covers."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    token: Token = span.root
    for _ in range(steps):
        yield token
        if token.head.i == token.i:
            return
        token = token.head


def verb_tense(verb: "Token", depth: int = 0) -> Tense:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "MD" and verb.lower_ in _FUTURE_AUX:
        return "future"
    if words & _MODALS:
        return "future"
    if verb.lower_ in ("scheduled", "slated", "due"):
        return "future"  # "a June 3 hearing has been scheduled"
    if verb.lower_ in ("set", "poised", "expected") and words & {"is", "are", "'s", "'re"}:
        return "future"  # "The European Union is set to vote Friday"
    if "to" in words:
        # An infinitive takes its direction from what it hangs on: "plans to visit on Monday"
        # and "is due to meet" look ahead; "sent a delegation to attend the inauguration on
        # May 20" and "was supposed to be concluded by May 1" are past; a plan made in the
        # past ("agreed to meet on Monday") may fall either side of the story's date, and
        # "the attempt to overthrow him on Feb. 7" says nothing.
        head = verb.head
        if head.i == verb.i or depth >= 3:
            return "future"
        if head.tag_.startswith("VB") or head.pos_ in ("VERB", "AUX"):
            head_tense = verb_tense(head, depth + 1)
            if head.lower_ in word_list("planning"):
                return None if head_tense == "past" else "future"
            return "past" if head_tense == "past" else "future"
        return "future" if head.lower_ in word_list("planning") else None
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if words & {"has", "have", "'ve"} and verb.tag_ == "VBN":
        return "past"  # "has signed on Monday": a past event in present perfect
    if verb.tag_ == "VBG" and words & {"is", "are", "'s", "'re"}:
        return "future"  # "is meeting on Monday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lower_ in word_list("stative_present"):
        return None  # "says Monday": a report, dated like the past
    if verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "advcl" and verb.head.tag_ == "VBD" and \
            not any(c.dep_ == "mark" and c.lower_ in _AHEAD_MARKS for c in verb.children):
        # "Demonstrators chanted as they march in Khartoum Thursday"; not a clause of what
        # lies ahead: "sanctions lifted under the 2015 deal before the mechanism expires in
        # October" (a June story: this October)
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VB"):
        return "present"  # "The court rules Wednesday": see normalize.weekday
    if verb.tag_ == "VBN" and words & {"is", "are", "am", "'s", "'re"}:
        return "present"  # a present passive: "is held", "are expected"
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "relcl", "acl", "conj", "ROOT"):
        return "past"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and depth < 3:
        # a bare gerund after a preposition tells the deed a past verb reports: "Human Rights
        # Watch accused the Malian army of executing dozens of civilians in March" (in a
        # November story: last March); not a future one ("will be tried for killing ...")
        verb_of = verb.head.head
        if verb_of.i != verb.head.i and (verb_of.tag_.startswith("VB") or
                                         verb_of.pos_ in ("VERB", "AUX")):
            return "past" if verb_tense(verb_of, depth + 1) == "past" else None
    return None
