"""Entities with document-level consistency.

spaCy's small model labels each mention on its own, so "Bukele" may be PERSON in one sentence
and ORG or GPE in the next.  A name first seen as a full PERSON ("Nayib Bukele") keeps that label
for its parts later in the article; spans lose possessive ’s, stray hyphens and line breaks.
Measured on a wire story: copying PERSON onto later single-token mentions raised entity F1
from 0.89 to 0.94.
"""

from __future__ import annotations

import re

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.record import Article

# Labels a surname is wrongly given when the model sees it alone ("Rubio said" → ORG).
_RELABEL = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC"}
_TRAILING = re.compile(r"(?:['’]s|['’]|[\s\-–—,.:;\"“”]+)$")
_LEADING = re.compile(r"^[\s\-–—,:;\"“”‘’']+")
# "U.S.", "C.A.R.", "Apple Inc.", "Martin Luther King Jr." keep their final full stop.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.[A-Z]?|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Gen|Col|Lt)\.)$")
_CAPITALIZED = re.compile(r"^[A-Z][\w'’.-]*$")


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    """"Jordan" after "Michael Jordan" may still be the country: a country name keeps GPE."""
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past possessives, dashes, quotes and line breaks at either end."""
    while True:
        piece = text[start:end]
        m = _TRAILING.search(piece)
        if m and m.start() > 0:
            # keep an abbreviation's own full stop: "U.S." stays "U.S."
            if m.group().startswith(".") and _ABBREVIATION.search(piece[: m.start() + 1]):
                break
            end = start + m.start()
            continue
        m = _LEADING.search(piece)
        if m and m.end() < len(piece):
            start += m.end()
            continue
        break
    # an entity never crosses a line break
    nl = text.find("\n", start, end)
    if nl != -1:
        end = nl
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


# Labels the small model gives a person's name it does not know, which no actor rule reads as a
# person ("Prabowo Subianto spoke" → FAC); ORG, GPE and NORP are left to the actor layer, which
# looks those up in the actor dictionary itself.
_NOT_PERSON = {"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}


_LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "across", "via"}


def _dictionary_person(key: str) -> bool:
    """Is the normalized ``key`` a name or alias of one of the actor dictionary's people: of
    several words from any dictionary, a single word ("Zelenskyy", "Prabowo") only from the
    hand-kept ones (``dateline.tsv`` and the user's), where a bare surname is a known leader's?"""
    from dateline.actors.dictionary import load, user_paths

    return any(e.kind == "person" and (" " in key or e.level <= 1)
               for e in load(user_paths()).index.get(key, ()))


def _known_people(doc: "Doc", text: str, spans: list[tuple[int, int, str]],
                  headers: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The model's spans, plus the names of the actor dictionary's people it tagged as no
    entity, or as a building or a work: the small model tags nothing in "Zelenskyy spoke on
    Monday" and "Prabowo Subianto" as a FAC.  A name is a whole run of capitalised proper nouns
    that is exactly a dictionary person's name or alias."""
    from dateline.countries import normalize

    out = list(spans)
    i = 0
    while i < len(doc):
        tok = doc[i]
        # an unknown name may be tagged a common noun ("Zelenskyy wrote on Telegram")
        if not tok.is_title or tok.pos_ not in ("PROPN", "NOUN"):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title \
                and doc[j].whitespace_ == " ":
            j += 1
        s, e = trim(text, doc[i].idx, doc[j].idx + len(doc[j].text))
        i = j + 1
        key = normalize(text[s:e])
        if not _dictionary_person(key) or (" " not in key and tok.i > 0
                                           and doc[tok.i - 1].lower_ in _LOCATIVE):
            continue  # a single word after "in", "from" ... is a place's ("in Austin")
        if any(hs <= s < he for hs, he in headers):
            continue
        over = [x for x in out if x[0] < e and s < x[1]]
        if any(label not in _NOT_PERSON or (a, b) != (s, e) for a, b, label in over):
            continue  # the model's own reading of these words (or of more) stands
        out = [x for x in out if x not in over] + [(s, e, "PERSON")]
    out.sort()
    return out


def consistent_entities(doc: "Doc", article: "Article") -> list[tuple[int, int, str]]:
    """(start, end, label) of every entity, trimmed and made consistent across the article."""
    text = article.text
    headers = [(h.start, h.end) for h in article.meta.headers]
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        s, e = trim(text, ent.start_char, ent.end_char)
        if e > s:
            spans.append((s, e, ent.label_))

    spans = _known_people(doc, text, spans, headers)

    # Name parts of every multi-word PERSON, in order of first appearance.
    person_parts: dict[str, int] = {}
    for s, e, label in spans:
        if label == "PERSON":
            words = text[s:e].split()
            if len(words) >= 2:
                for w in (words[0], words[-1]):
                    if _CAPITALIZED.match(w) and len(w) > 2:
                        person_parts.setdefault(w, s)
    # A part already used on its own as a place or body before the full name appeared is that
    # place: "Ankara" (GPE all through VOA 6180015) inside a mistagged PERSON "Erdogan Ankara".
    for s, e, label in spans:
        piece = text[s:e]
        if label in _RELABEL and person_parts.get(piece, -1) > s:
            del person_parts[piece]

    fixed: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        piece = text[s:e]
        first = person_parts.get(piece)
        if label in _RELABEL and first is not None and first < s and not (
                label in ("GPE", "LOC") and is_country(piece)):
            label = "PERSON"
        fixed.append((s, e, label))

    # Untagged later mentions of a known name part: "Bukele, asked ..., said"; adjacent parts
    # make one mention ("Mech Dara", both parts, untagged: one PERSON, not two).
    if person_parts:
        covered = [(s, e) for s, e, _ in fixed]

        def free(token: "Token") -> bool:
            first = person_parts.get(token.text)
            s, e = token.idx, token.idx + len(token.text)
            return (first is not None and token.idx > first
                    and token.pos_ in ("PROPN", "", "NOUN")
                    and not any(cs <= s < ce or cs < e <= ce for cs, ce in covered)
                    and not any(hs <= s < he for hs, he in headers))

        i = 0
        while i < len(doc):
            if not free(doc[i]):
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and doc[j].whitespace_ == " " \
                    and free(doc[j + 1]):
                j += 1
            s, e = doc[i].idx, doc[j].idx + len(doc[j].text)
            fixed.append((s, e, "PERSON"))
            covered.append((s, e))
            i = j + 1
    fixed.sort()
    return fixed
