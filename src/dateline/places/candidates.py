"""Toponyms: which entity mentions name a place, and which name an actor or a people.

A toponym is a GPE, LOC or FAC entity, or the dateline.  Three kinds of mention are not places:

* demonyms and national adjectives ("Salvadoran", "Kenyan"): they inform the article's country
  context (see resolve.py) but are not toponyms;
* a state standing for its government: the subject of an action or speech ("Washington said",
  "Panama deported 50 migrants"), the possessor or modifier of an agent noun ("El Salvador's
  foreign minister", "U.S. officials");
* words in the agent-noun list themselves ("the Trump administration" is an ORG anyway).

The decision is syntactic (the dependency parse of the sentence), never "is there an actor".
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.resources import data_path

if TYPE_CHECKING:
    from typing import Callable

    from spacy.tokens import Token

    from dateline.record import Article, Entity

LABELS = ("GPE", "LOC", "FAC")
# Heads whose subject is described, not acting: "China is the largest producer".
_COPULAS = {"be", "is", "are", "was", "were", "been", "being", "remain", "remains", "remained",
            "become", "became", "lie", "lies", "border", "borders", "bordered", "sits", "lay",
            # "Gaza has around 1,000 vaccine doses": what a place holds, not what it does
            "have", "has", "had"}
# Prepositions whose object is a party to an act: "retaliation against Washington".
_PARTY = {"against", "with"}
# Nouns of a frontier: the place in their "with" phrase is the state beyond it ("near the border
# with Lebanon"), shared with the scene, not a party to the act nor where it happened.
BORDER_WORDS = {"border", "borders", "frontier", "frontiers", "boundary", "boundaries"}
# "Subject" here is an agent: "Panama deported", "Washington said".
_SUBJECTS = {"nsubj", "csubj"}


@dataclass
class Toponym:
    """A place name as written: the span, and what the text around it says."""

    start: int
    end: int
    text: str
    label: str
    dateline: bool = False
    # A word right after or before it that says what kind of place it is: "Washington state",
    # "the state of Washington", "Guangdong province", "the Nile river".
    designator: str | None = None
    # Taken as a place only because a place noun names it ("the central town of Moura"), though
    # no gazetteer knows it as notable: a gazetteer entry of a country the story is not about
    # is another place of the name (Moura, Portugal, for Moura, Mali).
    by_noun: bool = False


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Nouns for people and bodies acting for a state (``data/places/agent_nouns.txt``)."""
    lines = data_path("places", "agent_nouns.txt").read_text("utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


_DESIGNATORS = {
    "state": "ADM1", "province": "ADM1", "region": "ADM1", "governorate": "ADM1",
    "prefecture": "ADM1", "county": "ADM2", "district": "ADM2", "city": "PPL", "town": "PPL",
    "village": "PPL", "river": "STM", "lake": "LK", "island": "ISL",
    "country": "PCLI", "nation": "PCLI", "republic": "PCLI",
    # An office names its seat's kind: "New York Governor Andrew M. Cuomo" (the state), "the
    # governor of Kandahar" (the province), "the Mayor of London" (the city).
    "governor": "ADM1", "mayor": "PPL",
}


def designator(article: "Article", start: int, end: int) -> str | None:
    """The kind of place the words next to the mention name, as a feature code, or None.

    "a Washington state farm" → ADM1; "the state of Washington" → ADM1; "Guangdong province",
    also when the model's span holds the kind word ("Ghazni province" is the province, not the
    city)."""
    own = article.text[start:end].lower().split()
    if len(own) >= 2 and own[-1] in _DESIGNATORS:
        return _DESIGNATORS[own[-1]]
    after = article.text[end:end + 12].lower().split()
    if after and after[0].strip(",.;:") in _DESIGNATORS:
        return _DESIGNATORS[after[0].strip(",.;:")]
    before = article.text[max(0, start - 16):start].lower().split()
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _DESIGNATORS:
        return _DESIGNATORS[before[-2]]
    plural = _PLURAL_FRAME.search(article.text[max(0, start - 120):start])
    if plural is not None:
        return _DESIGNATORS[_PLURALS[plural.group(1).lower()]]
    return None


# "the states of Texas and Georgia", "the provinces of Nyanza, Rift Valley and Western": the
# kind word before a written list names the kind of every member.
_PLURALS = {"states": "state", "provinces": "province", "regions": "region",
            "counties": "county", "districts": "district", "prefectures": "prefecture",
            "governorates": "governorate"}
_NAME = r"[A-Z][\w'.-]*(?:\s+(?:(?:de|do|da|del)\s+)?[A-Z][\w'.-]*)*"
_PLURAL_FRAME = re.compile(
    rf"\b((?i:{'|'.join(_PLURALS)}))\s+of\s+(?:the\s+)?"
    rf"(?:{_NAME}(?:,\s+and\s+|,\s+|\s+and\s+))*$")


def is_demonym(text: str) -> bool:
    """"Salvadoran", "Kenyans": a people or adjective, not a place (``dateline.countries``)."""
    try:
        from dateline.countries import country_code, demonym_code
    except ImportError:  # the countries module is optional for this stage
        return False
    return demonym_code(text) is not None and country_code(text) is None


def names_a_state(text: str) -> bool:
    """A country or a seat of government ("Kenya", "Britain", "Washington", "Beijing"): names
    that can stand for a state.  Without ``dateline.countries``, every name may."""
    try:
        from dateline.countries import capital_metonym, country_code
    except ImportError:
        return True
    return bool(country_code(text) or capital_metonym(text))


def acts(token: "Token", state: bool = True) -> bool:
    """True when the mention headed by ``token`` stands for an actor, not a place.

    "Washington said", "Panama deported 50 migrants" (subject of an action or speech);
    "El Salvador's foreign minister", "U.S. officials" (owner or modifier of an agent noun).
    A place in a prepositional phrase ("in Panama", "to El Salvador") is a place."""
    # Conjuncts share the role of the first: "Washington and Beijing said".
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    dep, head = token.dep_, token.head
    if dep in _SUBJECTS and head.pos_ in ("VERB", "AUX") and head.lower_ not in _COPULAS:
        return True
    # "measures against Turkey", "trade talks with Beijing", "sanctioned by Washington": the
    # other party of an act, not where it happens.
    # Not "near the border with Lebanon": a border is shared with a place.
    if dep == "pobj" and (head.lower_ in _PARTY or head.dep_ == "agent") \
            and not beyond_border(token):
        return True
    # Only a state owns its ministers: "a Phnom Penh court", "New York Governor Andrew Cuomo",
    # "Rhode Island state environmental officials" name where the office sits.
    if dep in ("poss", "compound", "amod", "nmod") and state:
        noun = head
        # "U.S. Agriculture Secretary Mike Johanns": climb a chain of compounds to the noun.
        hops = 0
        while noun.dep_ == "compound" and noun.head.i != noun.i and hops < 4:
            if noun.lower_ in agent_nouns():
                return True
            noun, hops = noun.head, hops + 1
        if noun.lower_ in agent_nouns() or head.lower_ in agent_nouns():
            return True
        # "U.S. Agriculture Secretary Mike Johanns": a title among the name's other modifiers.
        if dep == "compound" and any(c.dep_ == "compound" and c.lower_ in agent_nouns()
                                     for c in noun.children if c.i > token.i):
            return True
    return False


# "West Nile virus", "Marburg fever", "the Reston strain": a name given to a disease.
_NAMED_FOR = {"virus", "viruses", "fever", "disease", "strain", "ebolavirus", "virus's"}


def beyond_border(tok: "Token") -> bool:
    """Is ``tok`` the "with" object of a frontier noun ("the border with Finland")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" \
        and tok.head.head.lower_ in BORDER_WORDS


def names_something_else(article: "Article", end: int) -> bool:
    """True when the word after the name makes it the name of a disease ("West Nile virus")."""
    after = article.text[end:end + 14].split()
    return bool(after) and after[0].lower().strip(",.;:)") in _NAMED_FOR


@lru_cache(maxsize=1)
def short_forms() -> frozenset[str]:
    """News short forms of places (``aliases.tsv``) that the model may tag ORG: "DRC", "NSW"."""
    lines = data_path("places", "aliases.tsv").read_text("utf-8").splitlines()
    rows = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
    return frozenset(a for a in rows[1:] if a.replace(".", "").isupper())


@lru_cache(maxsize=1)
def feature_names() -> re.Pattern[str] | None:
    """Multi-word names of regions and features (``supplement.tsv``) as written in news:
    the small model often misses them ("crossed the Darien Gap", "in the Red Sea")."""
    names: set[str] = set()
    for line in data_path("places", "supplement.tsv").read_text("utf-8").splitlines()[1:]:
        if line.startswith("#") or line.startswith("name\t"):
            continue
        cells = line.split("\t")
        for name in [cells[0]] + [a for a in cells[1].split("|") if a]:
            if " " in name and name[0].isupper():
                names.add(name)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _nested_after_comma(article: "Article", start: int) -> bool:
    """"Blakely, Georgia": the second name locates the first; the parser may call it a subject.
    Not across a closing quotation mark: in '"... its relationship with China," Lula told
    reporters' the name after the quote is its speaker (Lula, no Swedish Luleå)."""
    before = article.text[max(0, start - 3):start]
    if "," not in before:
        return False
    cut = start - len(before) + before.index(",")
    if article.text[cut + 1:start].strip():
        return False
    return any(e.end == cut and e.label in ("GPE", "LOC") for e in article.entities)


# Prepositions whose object is a location: "in Malakal", "from Kisumu", "near Randwick".
_LOCATIVE = {"in", "at", "near", "from", "to", "into", "across", "around", "outside", "inside",
             "throughout", "towards", "toward", "through", "within", "between", "via", "off"}
# Labels the small model gives place names it does not know ("in Malakal" → PERSON).
_MISLABELS = {"ORG", "PERSON", "NORP", "PRODUCT"}


# Nouns that a place name stands beside: "the central town of Beledweyne", "the C.A.R.'s
# capital, Bangui".
PLACE_NOUNS = {"town", "city", "village", "capital", "region", "province", "district", "state",
               "county", "island", "port", "area", "camp", "suburb", "neighborhood",
               "neighbourhood", "municipality", "settlement", "governorate", "oblast",
               "prefecture", "territory", "coast"}
# Last words that make a name a place even when no gazetteer knows it: "the Boni Forest".
GENERIC = re.compile(r"\s(?:Forest|Valley|River|Lake|Mountains?|Hills|Province|Region|District|"
                     r"County|Islands?|Bay|Desert|Delta|Plateau|Basin|Peninsula|Coast|Camp|"
                     r"Gap|Strait|Canal|Gulf)$|"
                     # "Lake Pontchartrain", "Mount Elgon", "Gulf of Aden", "Isle of Wight"
                     r"^(?:[Tt]he\s+)?(?:Lake|Mount|Mt\.|River|Gulf of|Bay of|Strait of|Isle of|"
                     r"Sea of)\s+[A-Z]")


# the place nouns and their plurals ("regions", "cities", "oblasts")
_PLACE_NOUN_FORMS = frozenset(PLACE_NOUNS | {n[:-1] + "ies" if n.endswith("y") else n + "s"
                                              for n in PLACE_NOUNS})


def area_name(tok: "Token") -> "Token | None":
    """The place noun a name names, or None: "in the Donetsk region" (Donetsk a compound of
    "region"), and each name before a plural one, "in the Kharkiv and Dnipropetrovsk regions"
    (the parser makes the first name an ``nmod`` of "regions", the second its conjunct)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    head = tok.head
    if tok.dep_ not in ("compound", "nmod") or head.i == tok.i or head.pos_ != "NOUN":
        return None
    return head if head.lower_ in _PLACE_NOUN_FORMS else None


def _people(article: "Article", ent: "Entity") -> bool:
    """Is the entity a people's name ("Salvadorans"), not the name of a place noun ("the Donetsk
    and Luhansk regions": ``demonyms.tsv`` has Luhansk, of "Luhansk separatists")?"""
    return is_demonym(ent.text) and not _names_area(article, ent)


def _names_area(article: "Article", ent: "Entity") -> bool:
    """Is the one-word entity ``ent`` the name of a place noun (:func:`area_name`)?"""
    doc = article.doc
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand") if doc is not None \
        else None
    return span is not None and len(span) == 1 and area_name(span.root) is not None


def located(article: "Article", start: int, end: int, named_area: bool = False) -> bool:
    """Whether the syntax makes ``text[start:end]`` a location (see :func:`_located`)."""
    from dateline.record import Entity

    return _located(article, Entity("", start, end, article.text[start:end], "GPE"), named_area)


def _located(article: "Article", ent: "Entity", named_area: bool = False) -> bool:
    """A mislabelled name is a place when the syntax says so: the object of a locative
    preposition ("fled to Malakal"), nested after a comma ("Pandi, Bulacan"), or beside a
    place noun ("the central town of Beledweyne", "the capital, Bangui").  With
    ``named_area``, for a name the gazetteer knows, also the name of a located place noun ("in
    Russia's Kursk region", Kursk tagged PRODUCT); not for a name no gazetteer knows, which
    would be kept unresolved ("in Abu Shok refugee camp", GeoVirus)."""
    if _nested_after_comma(article, ent.start):
        return True
    after = article.text[ent.end:ent.end + 3]
    if after.startswith(",") and any(e.start in range(ent.end + 1, ent.end + 3)
                                     and e.label in ("GPE",) for e in article.entities):
        return True
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or len(span) > 4:
        return False
    root = span.root
    # "in Russia's Kursk region", "in the Kalat district": the name of a place noun that is
    # located is located (Kursk tagged PRODUCT)
    if named_area and (area := area_name(root)) is not None:
        root = area
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        if root.dep_ == "appos" and root.head.lower_ in PLACE_NOUNS:
            return True
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "of" and prep.head.lower_ in _PLACE_NOUN_FORMS:
        return True
    if prep.lower_ not in _LOCATIVE:
        return False
    # "according to Garissa" names a source
    return not (prep.lower_ == "to" and prep.i > 0 and doc[prep.i - 1].lower_ == "according")


def _named_by_place_noun(article: "Article", ent: "Entity") -> bool:
    """Is the name the "of" object of a place noun ("the central town of Moura", "the towns of
    Bocaranga and Bazoum")?  The noun says it is a place, even one no gazetteer knows as
    notable, whatever the model tagged it."""
    doc = article.doc
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand") if doc is not None \
        else None
    if span is None or not len(span) or len(span) > 4:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.lower_ in _PLACE_NOUN_FORMS - {"area", "areas", "camp", "camps"}


# Place nouns of a division or a settlement, whose name is a place though no gazetteer knows it:
# "in the northeastern Catatumbo region".
ADMIN_NOUNS = {"town", "city", "village", "region", "province", "district", "state", "county",
               "municipality", "governorate", "oblast", "prefecture", "territory"}


def names_division(article: "Article", start: int, end: int) -> bool:
    """Is ``text[start:end]`` the name of a division or settlement noun (:data:`ADMIN_NOUNS`):
    "the northeastern Catatumbo region", "the Kalat district"?"""
    doc = article.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span) or len(span) > 4:
        return False
    area = area_name(span.root)
    return area is not None and lemma_noun(area) in ADMIN_NOUNS


def lemma_noun(tok: "Token") -> str:
    word = tok.lower_
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and \
        word[:-1] in ADMIN_NOUNS else word


def _capitalized(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _object(article: "Article", ent: "Entity") -> bool:
    """The single-word direct object of a verb: "Russian drones struck Kharkiv"; or the name of
    a place noun that is one: "Russian forces shelled the Kherson region" (Kherson tagged
    PERSON), "Floods hit the Sindh and Punjab provinces" (Punjab tagged NORP)."""
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    root = span.root
    return (area_name(root) or root).dep_ == "dobj"


def find_toponyms(article: "Article", known: "Callable[[str], bool] | None" = None,
                  major: "Callable[[str], bool] | None" = None) -> list[Toponym]:
    """Place-name mentions of the body and the dateline, in text order, without actors.

    ``known`` says whether the gazetteer knows a name: with it, names the model mislabelled
    (ORG, PERSON …) or left untagged count when the syntax locates them ("in Malakal", "In
    Kyiv," with no entity: :func:`_add_unlabelled_names`).  ``major`` says whether
    a name is a country, division or city of a million: such a name mislabelled as the object
    of a verb counts too ("drones struck Kharkiv", tagged PERSON)."""
    out: list[Toponym] = []
    doc = article.doc
    headers = [(h.start, h.end) for h in article.meta.headers]
    dl = article.meta.dateline
    if dl is not None and dl.text.strip():
        out.append(Toponym(dl.start, dl.end, dl.text, "GPE", dateline=True))
    for ent in _dash_pieces(article.entities):
        people: bool | None = None  # :func:`_people`, worked out once when asked
        if ent.label not in LABELS and ent.text not in short_forms() and not (
                known is not None and ent.label in _MISLABELS and not ent.text.isupper()
                and not (people := _people(article, ent))
                and ((k := known(ent.text)) or GENERIC.search(ent.text)
                     or _named_by_place_noun(article, ent))
                and _located(article, ent, named_area=bool(k))) and not (
                major is not None and ent.label in _MISLABELS and _object(article, ent)
                and major(ent.text)):
            continue
        if not _capitalized(ent.text):  # "in absentia", "hiding in the bush"
            continue
        if _COMPASS.match(ent.text):  # "the West" of "Western allies", not Cameroon's West
            continue
        if names_something_else(article, ent.end):
            continue
        if dl is not None and ent.start < dl.end and dl.start < ent.end:
            continue
        if any(hs <= ent.start and ent.end <= he for hs, he in headers):
            continue
        if people if people is not None else _people(article, ent):
            continue
        if doc is not None and not _nested_after_comma(article, ent.start):
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None and len(span) and acts(span.root, names_a_state(ent.text)):
                continue
        label = ent.label if ent.label in LABELS else "GPE"
        by_noun = ent.label not in LABELS and known is not None and not known(ent.text) \
            and not GENERIC.search(ent.text)
        out.append(Toponym(ent.start, ent.end, ent.text, label,
                           designator=designator(article, ent.start, ent.end),
                           by_noun=by_noun))
    out = _add_feature_names(article, out)
    out = _add_country_names(article, out)
    if known is not None:
        out = _add_unlabelled_names(article, out, known, major)
    out.sort(key=lambda t: t.start)
    return out


def _add_unlabelled_names(article: "Article", found: list[Toponym],
                          known: "Callable[[str], bool]",
                          major: "Callable[[str], bool] | None" = None) -> list[Toponym]:
    """Place names the model left outside every entity, where the syntax locates them and the
    gazetteer knows them: the small model tags no entity in "In Kyiv, Zelenskyy met the German
    chancellor", though "Kyiv" is the object of a locative "in" (:func:`_located`).  A name is a
    run of capitalised proper nouns (the last one its head); one the model tagged as anything
    is left to the entity rules above.  The direct object of a verb counts when ``major``
    knows it as a country, division or city of a million, as for a mislabelled name
    (:func:`_object`): "Russian missiles hit Kyiv overnight", with no entity on "Kyiv"."""
    doc = article.doc
    if doc is None:
        return found
    covered = [(e.start, e.end) for e in article.entities] + [(t.start, t.end) for t in found]
    body = [(s.start, s.end) for s in article.sentences]
    for tok in doc:
        # a name's last word, or the name of a place noun ("in the Donetsk region"), which
        # names the place though a people has the name too (Donetsk, the Afar)
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
            continue
        area = area_name(tok) is not None
        if tok.dep_ == "compound" and not area:
            continue
        first = tok
        while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].is_title \
                and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == tok.i:
            first = doc[first.i - 1]
        s, e = first.idx, tok.idx + len(tok.text)
        if article.text[s - 1:s] in ("-", "–") or article.text[e:e + 1] in ("-", "–"):
            continue  # part of a hyphened name: "the Cuvette-Ouest region"
        # (body sentences hold no header: ``dateline.nlp.body_sentences``)
        if any(cs < e and s < ce for cs, ce in covered) \
                or not any(bs <= s and e <= be for bs, be in body):
            continue
        text = article.text[s:e]
        if is_demonym(text) and not area or names_something_else(article, e) \
                or _COMPASS.match(text):
            continue
        if not (known(text) and located(article, s, e, named_area=True)) and not (
                major is not None and first.i == tok.i and tok.dep_ == "dobj"
                and tok.head.pos_ == "VERB" and major(text)):
            continue
        found.append(Toponym(s, e, text, "GPE", designator=designator(article, s, e)))
        covered.append((s, e))
    return found


_COMPASS = re.compile(r"^(?:the\s+)?(?:north|south|east|west|(?:north|south)-?(?:east|west)|"
                      r"midwest|middle)$", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def _dash_pieces(entities: "list[Entity]") -> "list[Entity]":
    """Entities with a spaced dash cut in two: the model runs "Central Africa - Nigeria,
    Cameroon and Chad" into one name; each side is a name of its own."""
    out = []
    for ent in entities:
        cuts = [x for m in _SPACED_DASH.finditer(ent.text) for x in m.span()]
        bounds = [0, *cuts, len(ent.text)]
        out += [ent if (a, b) == (0, len(ent.text)) else
                replace(ent, start=ent.start + a, end=ent.start + b, text=ent.text[a:b])
                for a, b in zip(bounds[::2], bounds[1::2]) if ent.text[a:b].strip()]
    return out


@lru_cache(maxsize=1)
def country_names() -> re.Pattern[str]:
    """Country names and their news short forms (``countries.tsv``, ``aliases.tsv``)."""
    names: set[str] = set()
    for line in data_path("places", "countries.tsv").read_text("utf-8").splitlines()[1:]:
        names.add(line.split("\t")[3])
    for line in data_path("places", "aliases.tsv").read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 4 and cells[2] == "PCLI":
            names.add(cells[0])
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # not a name glued to "$", a currency: "in a deal worth US$ 7.2 bn" (MEANTIME), "NZ$ 40"
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w$-])")


def _add_country_names(article: "Article", found: list[Toponym]) -> list[Toponym]:
    """Country names the model left outside every entity ("cases in Sudan and the DRC")."""
    covered = [(e.start, e.end) for e in article.entities] + [(t.start, t.end) for t in found]
    body = [(s.start, s.end) for s in article.sentences]
    doc = article.doc
    for m in country_names().finditer(article.text):
        s, e = m.span()
        if any(cs < e and s < ce for cs, ce in covered):
            continue
        if not any(bs <= s and e <= be for bs, be in body) or names_something_else(article, e):
            continue
        if doc is not None:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span) and acts(span.root):
                continue
        found.append(Toponym(s, e, m.group(), "GPE", designator=designator(article, s, e)))
    return found


def _add_feature_names(article: "Article", found: list[Toponym]) -> list[Toponym]:
    """Add supplement names the model missed; a longer name replaces a shorter entity inside it
    ("Gaza" in "the Gaza Strip")."""
    pattern = feature_names()
    if pattern is None:
        return found
    others = [(e.start, e.end) for e in article.entities if e.label not in LABELS]
    body = [(s.start, s.end) for s in article.sentences]
    for m in pattern.finditer(article.text):
        s, e = m.span()
        if not any(bs <= s and e <= be for bs, be in body):
            continue
        # "the Darien Gap" tagged ORG is still the gap; "Red Sea Corp." is not the sea.
        if any(os < e and s < oe and not (s <= os and oe <= e) for os, oe in others):
            continue
        inside = [t for t in found if t.start < e and s < t.end]
        if any(t.end - t.start >= e - s or t.dateline for t in inside):
            continue
        found = [t for t in found if t not in inside]
        found.append(Toponym(s, e, m.group(), "LOC"))
    return found


__all__ = ["Toponym", "find_toponyms", "located", "GENERIC", "acts", "is_demonym", "designator", "agent_nouns"]
