"""Referents: the country or sector an actor takes from what it refers to or belongs to — a
former leader who owns a government or a family, the state whose other branch a bare "the
administration" stands beside, the news outlet or government named just before, the state
rebels fight, the named rebel group an irregular armed body is apposed to, the camp whose
residents they are, the home a people was driven from.

Each pass works on the clusters of one article after coreference; the ``fill_*`` passes that
give a country run before the story's country is given to actors without one
(:func:`dateline.actors.fill_from_context`), those that settle a sector or drop a place after.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateline.countries import country_code
from dateline.nlp import climb, lemma
from dateline.record import Article

from . import lexicon
from .coding import DISPLACED_VERBS, DWELLERS, GOVERNMENT_NOUNS, OFFICIAL_SECTORS, Mention
from .coref import STATE_SECTORS, Cluster, clusters_by_head
from .dictionary import Dictionary
from .mentions import ARMED_DEEDS, COUNTERPARTS
from .nonactors import (BASE_WORDS, MILITARY_VERBS, body_building, building_place_prep,
                        first_conjunct, visited_place)
from .origins import CAMP_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# people driven from their home are refugees
DISPLACE_VERBS = {"drive", "force", "flee", "chase", "uproot", "expel", "displace"}
HOME_WORDS = {"homeland", "homelands", "home", "homes", "country", "villages", "village",
              "land", "lands"}

# sentences back that "this administration" looks for its government
GOVERNMENT_WINDOW = 3

# irregular armed bodies: unnamed they are UAF ("armed groups in Nigeria")
IRREGULARS = {"militia", "group"}  # (singular)

# verbs by which rebels fight a state
FIGHT_VERBS = {"fight", "battle", "oppose", "challenge"}


def fill_official_kin(clusters: list[Cluster], doc: "object") -> None:
    """A government or a family a former official possesses, and an official's family, are
    former officials and officials' kin (PLOVER ELI; the judges' convention "family of
    officials ELI"): "former president Omar al-Bashir's government", "members of Bashir's
    government" (VOA 6180206, an ousted government), "the Assad family" (VOA 8010694)."""
    if doc is None:
        return
    by_head: dict[int, Cluster] = {}
    surnames: dict[str, Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            by_head[m.head] = c
        if c.kind == "person":
            for name in c.names():  # "Bashar al-Assad": "al-Assad" and "Assad"
                last = name.split()[-1].lower()
                surnames.setdefault(last.lstrip("-"), c)
                surnames.setdefault(last.rsplit("-", 1)[-1], c)
    for c in clusters:
        if c.kind not in ("organization", "group"):
            continue
        for m in c.named:
            if m.name or m.entry is not None:
                continue
            kin = m.head_word in lexicon.KIN_NOUNS
            if not kin and not (m.head_word in GOVERNMENT_NOUNS and m.sector == "GOV"):
                continue
            owner = possessor_of(doc[m.head], by_head, surnames, kin)  # type: ignore[index]
            if owner is None or owner.kind != "person":
                continue
            sector = owner.sector()
            if sector == "ELI" and (kin or not in_past(doc[m.head])):  # type: ignore[index]
                m.sector = "ELI"
                if m.country is None:
                    m.country = owner.country()


# sectors a counterpart does not take from its possessor: a former official's "counterpart" in
# a story is the one in office he deals with (and a dictionary role ended before the story's
# date makes a sitting minister ELI)
NOT_COUNTERPART_SECTORS = {"ELI"}
# the steps from a state split off a counterpart to the counterpart noun: "Jordan" -> "Egypt" ->
# "from" -> "counterparts"
COUNTERPART_STEPS = 3


def fill_counterpart_sectors(clusters: list[Cluster], doc: "object") -> None:
    """A counterpart holds the post of its possessor in another state, so it has the
    possessor's sector: "The Indian army chief met his Chinese counterpart" (MIL), "Lavrov
    spoke by phone with his Turkish counterpart" (GOV), "Kenya's police chief hosted his
    Ugandan counterpart" (COP).  ``mentions.MentionFinder.counterpart`` coded it GOV, the
    usual case (none for "its", a body of any kind); here "his" is whom coreference made it,
    and a body whose own kind is unknown gives none either.  A mention split off a coordinated
    pair ("his Egyptian and Jordanian counterparts", "his counterparts from Egypt and Jordan")
    is headed by its nationality or state, a few steps below the counterpart noun."""
    if doc is None:
        return
    by_head = {m.head: c for c in clusters for m in c.mentions}
    for c in clusters:
        for m in c.named:
            tok = doc[m.head]  # type: ignore[index]
            if m.name is not None or (m.head_word not in COUNTERPARTS and
                                      tok.ent_type_ not in {"GPE", "NORP"}):
                continue  # (not "the ministry" of "his counterpart from the ministry")
            for _ in range(COUNTERPART_STEPS):
                if lexicon.singular(tok.lower_) in COUNTERPARTS or tok.head.i == tok.i:
                    break
                tok = tok.head
            if lexicon.singular(tok.lower_) not in COUNTERPARTS:
                continue
            owner = possessor_of(tok, by_head, {}, False)
            if owner is None or owner is c:
                continue
            sector = owner.sector()
            if sector is not None and sector not in NOT_COUNTERPART_SECTORS:
                m.sector = sector
            elif sector is None and owner.kind in ("organization", "group"):
                m.sector = None  # a body of no known kind: "the firm and its Chinese counterpart"


def in_past(tok: "object") -> bool:
    """Is the clause of ``tok`` in the past ("high-level members of Gbagbo's government must
    have given the orders", VOA 6203896: the government of its time, GOV)?"""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):  # type: ignore[attr-defined]
            return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(  # type: ignore[attr-defined]
                c.dep_ == "aux" and c.lower_ in {"have", "has", "had"}
                for c in t.children))  # type: ignore[attr-defined]
        if t.head.i == t.i:  # type: ignore[attr-defined]
            return False
        t = t.head  # type: ignore[attr-defined]
    return False


def possessor_of(head: "object", by_head: dict[int, "Cluster"], surnames: dict[str, "Cluster"],
                 kin: bool) -> "Cluster | None":
    """The person cluster owning ``head``: its possessor ("Bashir's government") or, for kin,
    a surname before it ("the Assad family")."""
    for child in head.children:  # type: ignore[attr-defined]
        if child.dep_ == "poss" or (kin and child.dep_ == "compound" and child.pos_ == "PROPN"):
            found = by_head.get(child.i)
            if found is None and child.pos_ == "PROPN":
                found = surnames.get(child.text.lstrip("-").lower())
            if found is not None:
                return found
    return None


def fill_displaced(clusters: list[Cluster], doc: "object") -> None:
    """A people or group "driven from their homeland" (a participle on the group or on the
    clause it is the subject of) are refugees, PLOVER REF: "Another wave of Somalis arrived in
    Kenya in 2011, driven from their homeland by drought" (VOA 6204080).  People fleeing wars
    are not thereby refugees: the home they leave must be named."""
    if doc is None:
        return
    for c in clusters:
        if c.kind != "group":
            continue
        for m in c.named:
            if m.sector not in (None, "CVL") or m.entry is not None:
                continue
            if displaced(doc[m.head]):  # type: ignore[index]
                m.sector = "REF"


def displaced(tok: "object") -> bool:
    """Is the group headed by ``tok`` (or the subject phrase it sits in) driven from its
    home?"""
    t = tok
    for _ in range(4):  # "Somalis" ← of ← wave ← (nsubj) arrived
        for verb in t.children:  # type: ignore[attr-defined]
            if verb.dep_ in ("acl", "relcl") and leaves_home(verb):
                return True
        if t.dep_ in ("nsubj", "nsubjpass"):  # type: ignore[attr-defined]
            return any(v.dep_ == "advcl" and leaves_home(v)
                       for v in t.head.children)  # type: ignore[attr-defined]
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:  # type: ignore[attr-defined]
            return False
        t = t.head  # type: ignore[attr-defined]
    return False


def leaves_home(verb: "object") -> bool:
    """"driven from their homeland", "forced from their homes", "fled their villages"; a
    participle of displacement needs no home named ("people displaced by the cyclone", PLOVER
    DISPLACED_PEOPLE REF; not "the conflict displaced some 12 million people", a deed whose
    objects the judges keep CVL)."""
    verb_lemma = lemma(verb)  # type: ignore[arg-type]
    if verb_lemma not in DISPLACE_VERBS:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and \
            verb_lemma in DISPLACED_VERBS:  # type: ignore[attr-defined]
        return True
    left = [c for c in verb.children if c.dep_ == "dobj"] + [  # type: ignore[attr-defined]
        o for c in verb.children  # type: ignore[attr-defined]
        if c.dep_ == "prep" and c.lower_ in {"from", "out"}
        for o in c.children if o.dep_ == "pobj"]
    return any(o.lower_ in HOME_WORDS and any(d.dep_ == "poss" for d in o.children)
               for o in left)


def fill_from_sister_body(clusters: list[Cluster]) -> None:
    """A bare "the administration" or "the government" whose sentence names one state's
    other branch and no other country is that state's: "not only the decision of Congress but
    the decision of the administration" (VOA 6180932, Turkey's foreign minister on the U.S.)."""
    codes: dict[int, set[str]] = {}
    for c in clusters:
        for m in c.named:
            code = m.country or next(iter(m.modifiers), None)
            if code is None:
                continue
            if m.kind == "organization" and m.sector in OFFICIAL_SECTORS and m.entry is not None \
                    and not code.startswith("IGO"):
                codes.setdefault(m.sent, set()).add(code)
            elif m.kind != "person" or m.modifiers:
                # another country or body blocks the guess; a speaker known by name does not
                # ("said Cavusoglu")
                codes.setdefault(m.sent, set()).add("*")
    for c in clusters:
        if c.country() is not None or c.kind != "organization" or not c.named:
            continue
        if not all(m.bare and m.head_word in GOVERNMENT_NOUNS and m.sent == c.named[0].sent
                   for m in c.named):
            continue
        found = codes.get(c.named[0].sent, set())
        if len(found) == 1 and "*" not in found:
            for m in c.named:
                m.country = next(iter(found))


def fill_outlet_anaphor(clusters: list[Cluster], article: Article, dictionary: Dictionary,
                        day: dt.date | None) -> None:
    """A bare news organization ("the media outlet", "the broadcaster") is the one outlet the
    dictionary knows named earlier in its sentence, even as a modifier: "Taliban officials do
    not respond to VOA queries because they have imposed a ban on the media outlet" (VOA
    7750892: VOA, USA — not the story's Afghanistan)."""
    for c in clusters:
        if c.country() is not None or c.kind != "organization" or not c.named or not all(
                m.sector == "JRN" and m.bare and m.name is None for m in c.named):
            continue
        first = c.named[0]
        if first.sent >= len(article.sentences):
            continue
        sent = article.sentences[first.sent]
        codes: set[str | None] = set()
        for e in article.entities:
            if e.label != "ORG" or not sent.start <= e.start < first.start:
                continue
            entry = dictionary.lookup(e.text.removeprefix("the "), day)
            role = entry.role_on(day) if entry is not None else None
            if role is not None and role.sector == "JRN":
                codes.add(role.country)
        if len(codes) == 1 and None not in codes:
            code = codes.pop()
            for m in c.named:
                m.country = code


def fill_this_government(clusters: list[Cluster], doc: "object") -> None:
    """"This administration" or "that government" is the government body named last in the
    previous ``GOVERNMENT_WINDOW`` sentences: "I think this administration … they've tried to be
    safe on the legal side" three sentences after "Mahathir's government" (VOA 6181504, MYS)."""
    if doc is None:
        return
    bodies = sorted(((m.start, m.sent, m.country) for c in clusters for m in c.named
                     if m.kind == "organization" and m.head_word in GOVERNMENT_NOUNS
                     and m.country and not m.country.startswith("IGO")), key=lambda x: x[0])
    for c in clusters:
        if c.country() is not None or c.kind != "organization" or len(c.named) != 1:
            continue
        m = c.named[0]
        if m.head_word not in GOVERNMENT_NOUNS or m.name or m.modifiers or not any(
                d.dep_ == "det" and d.lower_ in {"this", "that"}
                for d in doc[m.head].children):  # type: ignore[index]
            continue
        before = [code for start, si, code in bodies
                  if start < m.start and m.sent - GOVERNMENT_WINDOW <= si]
        if before:
            m.country = before[-1]


def fill_rebels_fighting(clusters: list[Cluster], doc: "object") -> None:
    """Rebels "fighting" a state's leader or government are that state's armed opposition:
    "Paris was accused of aiding rebels fighting then-president, Laurent Gbagbo" (VOA 6203896:
    Ivorian rebels, not French)."""
    if doc is None:
        return
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.country() is not None or c.kind != "group" or c.sector() != "REB":
            continue
        for m in c.named:
            if m.modifiers or m.regional or m.entry is not None or m.name:
                continue
            targets = [o for v in doc[m.head].children  # type: ignore[index]
                       if v.dep_ in ("acl", "relcl") and lemma(v) in FIGHT_VERBS
                       for o in fought(v)]
            codes = {t.country() for t in (by_head.get(o.i) for o in targets) if t is not None
                     and t.sector() in OFFICIAL_SECTORS | {"ELI"} and t.kind != "group"}
            codes.discard(None)
            if len(codes) == 1:
                m.country = codes.pop()


# verbs of a coup: the soldiers who oust a state's leader are that state's own
COUP_VERBS = {"oust", "overthrow", "topple", "depose", "unseat"}


def fill_coup_makers(clusters: list[Cluster], doc: "object") -> None:
    """Unmarked soldiers or officers who "ousted" a state's leader are that state's army: "ECOWAS
    imposed sanctions on Niger after soldiers ousted President Mohamed Bazoum" (written stories,
    even ids: Nigerien soldiers, not the story's Malian ones)."""
    if doc is None:
        return
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.country() is not None or c.kind not in ("group", "organization") or \
                c.sector() != "MIL":
            continue
        for m in c.named:
            if m.modifiers or m.regional or m.entry is not None or m.name:
                continue
            subj = doc[m.head]  # type: ignore[index]
            if subj.dep_ != "nsubj" or lemma(subj.head) not in COUP_VERBS:
                continue
            ousted = [by_head.get(o.i) for o in subj.head.children if o.dep_ == "dobj"]
            codes = {t.country() for t in ousted if t is not None and t.kind == "person"
                     and t.sector() in OFFICIAL_SECTORS | {"ELI"}}
            codes.discard(None)
            if len(codes) == 1:
                code = codes.pop()
                for n in c.named:
                    n.country = code
                break


def name_irregulars(clusters: list[Cluster], doc: "object") -> None:
    """An irregular armed body (UAF: "militia", "armed group") in apposition with a named
    rebel group is that group, and a rebel (REB): "the Syrian Kurdish militia, the YPG" (VOA
    6180932, REB in the VOA gold), "an armed group, the Syrian Democratic Forces (SDF)".
    Unnamed "armed groups" and "gunmen" stay UAF."""
    if doc is None:
        return
    rebels: set[tuple[int, int]] = {(m.start, m.end) for c in clusters if c.sector() == "REB"
                                    for m in c.named if m.name}
    if not rebels:
        return
    for c in clusters:
        if c.sector() != "UAF":
            continue
        if any(apposed_rebel(m, doc, rebels) for m in c.named):
            for m in c.named:
                if m.sector == "UAF":
                    m.sector = "REB"


def apposed_rebel(m: Mention, doc: "object", rebels: set[tuple[int, int]]) -> bool:
    """Is the irregular body ``m`` in apposition with a name among ``rebels`` (spans)?"""
    h = doc[m.head]  # type: ignore[index]
    if lexicon.singular(h.lower_) not in IRREGULARS:
        return False
    apposed = [c for c in h.children if c.dep_ == "appos"]
    beside = comma_phrase(h)
    if beside is not None:
        # "an armed group, the Syrian Democratic Forces (SDF)": the parser hung the name on
        # another word, the comma still sets it beside the group
        apposed.append(beside)
    return any(s <= t.idx < e for t in apposed for s, e in rebels)


def comma_phrase(h: "Token") -> "Token | None":
    """The head of the phrase a comma right after ``h``'s own phrase begins: the highest token
    whose phrase starts there ("Forces" in "an armed group, the Syrian Democratic Forces")."""
    doc = h.doc
    comma = h.right_edge.i
    if doc[comma].text != ",":
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    t = doc[comma + 1]
    while t.head.i != t.i and t.head.left_edge.i == comma + 1:
        t = t.head
    return t


def fought(verb: "object") -> list["object"]:
    """The objects of a verb of fighting: "fighting X", "fighting against X"."""
    out = []
    for child in verb.children:  # type: ignore[attr-defined]
        if child.dep_ == "dobj":
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "against":
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out


def camp_names(doc: "object") -> set[str]:
    """The names the article gives camps (or the other shelters of origins.CAMP_WORDS):
    "Dadaab and Kakuma camps", "the Kakuma refugee camp", "the Dadaab refugee complex"."""
    names: set[str] = set()
    for tok in doc:  # type: ignore[attr-defined]
        if tok.lower_ not in CAMP_WORDS:
            continue
        for left in tok.lefts:
            if left.pos_ == "PROPN" and left.dep_ in ("compound", "nmod", "amod"):
                names |= {x.lower_ for x in (left, *left.conjuncts)}
    return names


def settle_camp_residents(clusters: list[Cluster], doc: "object") -> None:
    """The residents of refugee camps are refugees of the nationalities the camps shelter,
    not the host's people: "While Kenya wants to close the camps, residents of Dadaab and
    Kakuma say they have no safe alternatives" (VOA 6204080: REF, no one country)."""
    if doc is None:
        return
    names: set[str] | None = None
    for c in clusters:
        for m in c.named:
            if m.kind != "group" or m.head_word not in DWELLERS or m.modifiers or m.name:
                continue
            places = [o for p in doc[m.head].children  # type: ignore[index]
                      if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                      for o in p.children if o.dep_ == "pobj"]
            if not places:
                continue
            if names is None:
                names = camp_names(doc)
            if all(x.lower_ in names for o in places for x in (o, *o.conjuncts)):
                m.sector, m.mobile = "REF", True


# what a country owns when it names its economy, not a deed: "Spain's wind industry", "one-fifth
# of Spain's electricity" (VOA 6180790); the economy's measures too ("Singapore's medical
# tourism revenue rose to $1 billion": where it is earned, judged not an actor)
ECONOMY_NOUNS = {"industry", "industries", "economy", "electricity", "sector", "revenue",
                 "revenues", "gdp", "output", "earnings", "income"}


def drop_economy_owners(clusters: list[Cluster], doc: "object") -> None:
    """A state named only as the owner of its economy ("While Spain's wind industry has had a
    rocky decade", VOA 6180790) is the place the industry is in, not an actor: its mention
    becomes a place (dropped from the actors like an installation)."""
    if doc is None:
        return
    for c in clusters:
        for m in c.mentions:
            tok = doc[m.head]
            if m.kind == "state" and tok.dep_ == "poss" and tok.head.lower_ in ECONOMY_NOUNS:
                m.place = True


# military installations (BASE_WORDS): the VOA gold codes an attacked base as the military
# there ("a deadly January attack on a joint Kenya-U.S. military base", VOA 6184384, KEN MIL;
# "the 2004 bombing of a French military base", VOA 6203896, FRA MIL), so a base is an actor
# only where it is hit or acts; where people are held, stationed or sent it is a place
BASE_PLACE_PREPS = {"in", "at", "near", "inside", "outside", "around", "within", "to", "from",
                    "into", "on", "onto", "toward", "towards", "across", "throughout"}
# an attack on a base, as a noun or a verb ("an assault on a joint Kenya-U.S. military base",
# "stormed the base"): the one-word armed deeds, and the verbs of hitting a place
ATTACK_WORDS = {w for w in ARMED_DEEDS if " " not in w} | {
    "bomb", "strike", "shell", "siege", "storm", "overrun", "hit", "target",
    # a blast at a building strikes it: "a bomb exploded at the Indian embassy"
    "explode", "explosion", "blast", "detonate"}
# what a place is said to do: "the island is home to", "the base hosts 2,000 troops"
HOST_VERBS = {"host", "house", "lie", "sit", "locate", "station", "build", "establish",
              "lease", "open", "expand", "construct",
              # "A U.S. naval base in Cuba has been used to hold migrants": a tool, a place
              "use", "hold"}


# the head words of named facilities ("the Migrant Operations Center", "Kabul International
# Airport", "Camp Lemonnier"), and what such a facility does as a place: holds, houses, is used
# ("The Migrant Operations Center has held migrants intercepted at sea"); one that speaks or is
# attacked is the body or people there ("Kenyatta National Hospital said", "militants attacked
# Camp Simba")
FACILITY_NAMES = {"center", "centre", "camp", "airport", "port", "prison", "jail", "facility",
                  "base", "airbase"}
FACILITY_PLACE_VERBS = {"hold", "house", "use", "locate", "lie", "sit", "station", "detain"}


def drop_installation_places(clusters: list[Cluster], doc: "object") -> None:
    """A military base named as where something is ("the last migrants being held at its naval
    base at Guantanamo Bay", "soldiers stationed at the base", "the base is home to") is a
    place, not an actor: its mention is dropped like an installation.  A base attacked ("an
    assault on a joint Kenya-U.S. military base") or one that acts stays.  So is a body's
    building (a seat of government, an embassy, a headquarters, a hospital or a prison) named
    as where something happens or someone goes (``nonactors.building_place_prep``); where it speaks or is
    written to it is the body ("The U.S. embassy issued a statement")."""
    if doc is None:
        return
    for c in clusters:
        for m in c.mentions:
            tok = doc[m.head]  # type: ignore[index]
            if m.name is None and tok.lower_ in BASE_WORDS and base_as_place(tok):
                m.place = True
            elif m.name is not None and m.entry is None and tok.lower_ in FACILITY_NAMES and \
                    facility_as_place(tok):
                m.place = True  # "The Migrant Operations Center has held migrants": a place
            elif m.kind != "pronoun" and body_building(m.name, tok) and \
                    (prep := building_place_prep(tok)) is not None and not attacked(prep.head):
                # "a shooting in front of the Yugoslav consulate in Sydney" (PLOVER GSR), "a
                # televised speech from the White House" (MEANTIME): where it happened
                m.place = True


def drop_visited_places(clusters: list[Cluster], doc: "object") -> None:
    """A state named as the destination of a visit made to meet named people ("During your
    visit to Taiwan, you met with the new president, Lai Ching-te", VOA 7638284; "he said
    during a visit to South Africa to meet with other African opposition leaders", VOA
    6181522) is where the meeting was, not a party to it (the VOA gold's place; the hand
    judges' "not an actor"): its mention is dropped like an installation's, after it has
    counted towards the story's countries as it did when it was taken for the state.  A visit
    that names no one met ("a planned visit to Haiti", GSR target HTI) stays a meeting with
    the state visited."""
    if doc is None:
        return
    for c in clusters:
        for m in c.mentions:
            if m.kind == "state" and visited_place(doc[m.head]):  # type: ignore[index]
                m.place = True


def base_as_place(tok: "object") -> bool:
    """Is the base ``tok`` (first of its list) where something is or goes?"""
    t = first_conjunct(tok)  # type: ignore[arg-type]
    head = t.head  # type: ignore[attr-defined]
    if t.dep_ == "pobj":  # type: ignore[attr-defined]
        return head.lower_ in BASE_PLACE_PREPS and not attacked(head.head)
    if t.dep_ in ("nsubj", "nsubjpass", "dobj"):  # type: ignore[attr-defined]
        if lemma(head) in HOST_VERBS:
            return True  # "Djibouti hosts a Chinese base", "the base is located in"
        # "the base is home to 2,000 sailors"
        return lemma(head) == "be" and any(
            k.dep_ == "attr" and k.lower_ == "home" for k in head.children)  # type: ignore[attr-defined]
    return False


def facility_as_place(tok: "object") -> bool:
    """Is the named facility ``tok`` (first of its list) only where people are held, housed or
    stationed ("The Migrant Operations Center has held migrants intercepted at sea for
    decades"), not a speaker or a target?"""
    t = first_conjunct(tok)  # type: ignore[arg-type]
    head = t.head  # type: ignore[attr-defined]
    if t.dep_ == "pobj":  # type: ignore[attr-defined]
        return head.lower_ in BASE_PLACE_PREPS and not attacked(head.head)
    return t.dep_ in ("nsubj", "nsubjpass", "dobj") and \
        lemma(head) in FACILITY_PLACE_VERBS  # type: ignore[attr-defined]


def attacked(word: "object") -> bool:
    """Is ``word`` an attack, or a verb whose object is one ("launched a brazen assault on a
    joint Kenya-U.S. military base", VOA 6184384)?"""
    if lemma(word) in ATTACK_WORDS:
        return True
    return any(k.dep_ == "dobj" and lemma(k) in ATTACK_WORDS
               for k in word.children)  # type: ignore[attr-defined]


# what states have with, or put on, each other: a people named as its party is its state
# (singular: any number matches)
RELATION_NOUNS = {"pressure", "talk", "relation", "tie", "negotiation", "trade", "dialogue",
                  "deal", "dispute", "tension", "rivalry", "sanction", "relationship",
                  "cooperation", "standoff", "agreement"}
RELATION_PREPS = {"against", "on", "with", "toward", "towards", "between", "from"}
# dependencies that open a clause of its own under a verb
CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "parataxis", "conj", "acl"}
RELATION_VERBS = {"pressure", "press", "sanction", "confront", "negotiate", "placate", "appease"}


def settle_state_peoples(clusters: list[Cluster], doc: "object") -> None:
    """A whole people named by its nationality ("the Chinese", "the Russians") as the party of
    pressure, talks, trade or relations is its state, PLOVER GOV: "all this really hard-core
    pressure against the Chinese" (VOA 6181504, U.S. pressure on China's maritime expansion).
    The people as such ("the Chinese in Japan") stay CVL."""
    if doc is None:
        return
    for c in clusters:
        for m in c.named:
            tok = doc[m.head]  # type: ignore[index]
            if m.sector != "CVL" or m.country is None:
                continue
            if people_as_state(tok, m.text):
                m.sector = "GOV"
            elif len(m.text.split()) == 1 and tok.ent_type_ == "NORP":  # type: ignore[attr-defined]
                m.sector = nation_acting(tok) or m.sector


def nation_acting(tok: "Token") -> str | None:
    """The sector of a bare nationality plural that acts as its state: listed with states
    ("Canadians, French, Germans, British and always the United States, we're all patrolling
    around the area", VOA 7638284: navies, MIL) or the subject of a state's dealings
    ("Malaysians are trying to create leverage for future negotiations with China", VOA
    6181504: GOV).  A military verb makes the state its forces; the people as such stay CVL."""
    head = first_conjunct(tok)
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return None
    with_state = any(t.dep_ == "conj" and state_name(t) for t in head.subtree)
    acts = [head.head] + [t for t in head.head.subtree if t.dep_ == "xcomp"]
    if any(lemma(v) in MILITARY_VERBS for v in acts):
        return "MIL" if with_state else None
    if with_state:
        return "GOV"
    # the dealings are with a state ("negotiations with China"), not "the pressure of rising
    # prices" Kenyans struggle with
    dealing = any((t.pos_ == "VERB" and lemma(t) in RELATION_VERBS) or (
        t.dep_ in {"dobj", "pobj"} and lexicon.singular(t.lower_) in RELATION_NOUNS and any(
            p.dep_ == "prep" and p.lower_ in RELATION_PREPS and state_name(o)
            for p in t.children for o in p.children if o.dep_ == "pobj"))
        for v in acts for t in v.subtree if t.i != tok.i and own_clause(t, v))
    return "GOV" if dealing else None


def own_clause(t: "Token", verb: "Token") -> bool:
    """Is ``t`` in ``verb``'s own clause, not in a clause under it ("because …", "who …")?"""
    return not any(x.dep_ in CLAUSE_DEPS for x in climb(t, verb))


def state_name(t: "Token") -> bool:
    """Is ``t`` (in a list) the name of a country ("the United States")?"""
    return any(e.label_ == "GPE" and e.start <= t.i < e.end and (
        country_code(e.text) or country_code(e.text.removeprefix("the "))) for e in t.doc.ents)


def people_as_state(tok: "object", text: str) -> bool:
    """Is ``tok`` ("the Chinese", bare "the" + nationality) the party of a relation?"""
    words = text.split()
    if len(words) != 2 or words[0].lower() != "the" or tok.ent_type_ != "NORP":  # type: ignore[attr-defined]
        return False
    head = tok.head  # type: ignore[attr-defined]
    if tok.dep_ == "pobj" and head.lower_ in RELATION_PREPS:  # type: ignore[attr-defined]
        return lexicon.singular(head.head.lower_) in RELATION_NOUNS or \
            lemma(head.head) in RELATION_VERBS
    return tok.dep_ == "dobj" and lemma(head) in RELATION_VERBS  # type: ignore[attr-defined]


# words by which a clause refers back to a group just named: "Omar Bob was among those on the
# streets" (after "demonstrators celebrated")
BACK_GROUPS = {"those", "them"}


def fill_among_group(clusters: list[Cluster], doc: "object") -> None:
    """A person "among" a group is one of it and takes its sector: "Sudanese demonstrators
    celebrated what they called a new victory for Sudan. Omar Bob was among those on the
    streets" (VOA 6180206: a demonstrator, CVL).  "those"/"them" stand for the last plural
    group with a sector named in the sentence or the one before."""
    if doc is None:
        return
    groups = sorted(((m.head, m) for c in clusters for m in c.named
                     if m.plural and m.sector is not None), key=lambda x: x[0])
    for c in clusters:
        if c.kind != "person" or any(m.sector for m in c.named):
            continue
        for m in c.named:
            sector = among_sector(doc[m.head], groups)  # type: ignore[index]
            if sector is not None:
                m.sector = sector
                break


def among_sector(tok: "object", groups: list[tuple[int, "object"]]) -> str | None:
    """The sector of the group the person ``tok`` is said to be among, if any."""
    if tok.dep_ != "nsubj" or lemma(tok.head) != "be":  # type: ignore[attr-defined]
        return None
    for prep in tok.head.children:  # type: ignore[attr-defined]
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ in BACK_GROUPS:  # the last group named before, in reach
                start = obj.sent.start - 1 if obj.sent.start > 0 else 0
                first = obj.doc[start].sent.start
                before = [m for i, m in groups if first <= i < tok.i]  # type: ignore[attr-defined]
                return before[-1].sector if before else None  # type: ignore[attr-defined]
            found = [m for i, m in groups if i == obj.i]
            return found[0].sector if found else None  # type: ignore[attr-defined]
    return None


# the coded bodies whose deeds on a group place it in their own state
# (the state sectors less a legislature, which holds and arrests nobody)
STATE_AGENT_SECTORS = frozenset(STATE_SECTORS - {"LEG"})
# what a state's agents do to people in their own custody ("holding thousands of Tamil civilian
# refugees", GSR) or courts, or to critics they persecute ("targeting journalists", VOA 8010046)
CUSTODY_VERBS = frozenset({"hold", "detain", "arrest", "jail", "imprison", "prosecute",
                           "sentence", "harass", "target"})
# what they do to a gathering in their own streets, or to the people in it: "Turkish police
# prevented the demonstration staged by students", "Liberian riot police used tear gas to
# disperse demonstrators" (GSR); not speech ("told reporters"), not fighting (an army's victims
# abroad), not expulsion (foreigners)
CROWD_VERBS = frozenset({"prevent", "ban", "disperse", "block", "suppress"})


def fill_held_by_state(clusters: list[Cluster], doc: "object") -> None:
    """A group the text places nowhere that a state's own agent acts on takes that state: "The
    Sri Lankan army has been holding thousands of Tamil civilian refugees" (GSR: LKA); "Turkish
    police prevented the demonstration staged by students" (GSR: TUR)."""
    if doc is None:
        return
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.kind != "group" or c.country() is not None or c.names():
            continue
        for m in c.named:
            agent = state_agent_over(doc[m.head], by_head)  # type: ignore[index]
            if agent is not None and agent is not c:
                code = agent.country()
                for x in c.named:
                    x.country = code
                break


def state_agent_over(tok: "Token", by_head: dict[int, Cluster]) -> Cluster | None:
    """The coded state agent that is the subject of the custody or crowd verb ``tok`` is the
    object of."""
    t = tok
    for _ in range(3):  # "students" ← (agent) by ← staged ← (acl) demonstration ← (dobj) prevented
        if t.dep_ == "dobj":
            return state_subject(t.head, by_head)
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
            t = t.head.head  # "holding thousands of Tamil civilian refugees"
        elif t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.dep_ == "acl":
            t = t.head.head.head  # "the demonstration staged by students"
        else:
            return None
    return None


def state_subject(verb: "Token", by_head: dict[int, Cluster]) -> Cluster | None:
    """The subject of a custody or crowd ``verb`` when it is a state's own coded agent (not an
    IGO's)."""
    if lemma(verb) not in CUSTODY_VERBS | CROWD_VERBS:
        return None
    subject = next((s.i for s in verb.children if s.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "pcomp":
        subject = understood_subject(verb)
    body = by_head.get(subject) if subject is not None else None
    code = body.country() if body is not None else None
    if body is None or not code or code.startswith("IGO") or \
            body.sector() not in STATE_AGENT_SECTORS:
        return None
    return body


def understood_subject(gerund: "Token") -> int | None:
    """The doer of a subjectless gerund in a preposition's phrase: the noun its prepositions
    hang on, else the logical subject of that verb ("It is led by Attorney General Maria
    Consuelo Porras, who was sanctioned … including by targeting journalists", VOA 8010046:
    Porras targets them)."""
    node = gerund.head
    while node.dep_ == "prep" and node.head.i != node.i:
        node = node.head
    if node.pos_ in {"NOUN", "PROPN"}:
        return node.i
    return logical_subject(node) if node.pos_ == "VERB" else None


def logical_subject(verb: "Token") -> int | None:
    """Who does ``verb``: its subject, else the "by" agent of a passive; for a relative "who",
    the noun it stands for ("Porras, who was sanctioned")."""
    subject = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((o for a in verb.children if a.dep_ == "agent"
                        for o in a.children if o.dep_ == "pobj"), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        return verb.head.i
    return subject.i if subject is not None else None


# the adverbs of "along/together with": a partner in the same act.  The parser hangs "with" on
# "along" ("Kaufman, along with senator Mark Warner from Virginia, called on Congress",
# MEANTIME) but makes "together" the adverb of "with" ("These measures, together with other
# actions taken ... by individual central banks", MEANTIME); "jointly", "alongside" are no
# partner adverbs to it ("jointly" hangs on the verb, "alongside" takes its object itself)
PARTNER_ADVERBS = {"along", "together"}


def fill_act_partner(clusters: list[Cluster], doc: "object") -> None:
    """A person known only by name who does an act "along/together with" a coded, titled person
    shares that person's country and role: "said Judge Antony Mrima, who heard the case along
    with Eric Ogola and Freda Mugambi" (VOA 7846440: the bench's other Kenyan judges)."""
    if doc is None:
        return
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.kind != "person" or c.sector() is not None or c.titles():
            continue
        for m in c.named:
            at = act_partner(doc[m.head])  # type: ignore[index]
            partner = by_head.get(at) if at is not None else None
            if partner is None or partner is c or partner.kind != "person" or \
                    not partner.titles() or partner.country() is None or \
                    c.country() not in (None, partner.country()):
                continue  # (a country of the story's context the partner confirms)
            for x in c.named:
                x.country, x.sector = partner.country(), partner.sector()
            break


def act_partner(tok: "Token") -> int | None:
    """The token of who does the act that ``tok`` (or the conjunct list it is in) joins "along
    with": the noun the phrase hangs on, else the logical subject of its verb."""
    tok = first_conjunct(tok)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return None
    if prep.head.lower_ in PARTNER_ADVERBS:
        node = prep.head.head  # "along" ← with
    elif any(c.dep_ == "advmod" and c.lower_ in PARTNER_ADVERBS for c in prep.children):
        node = prep.head  # "together" → with
    else:
        return None
    if node.pos_ in {"NOUN", "PROPN"}:
        return node.i  # "Mrima, along with Ogola, …"
    return logical_subject(node) if node.pos_ == "VERB" else None


# the words of a crowd in the street: "Security forces fired tear gas at demonstrators",
# "Protests erupted …, and 24 people were killed, most of them by security forces"
CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "protest", "demonstration",
                         "rally", "riot", "rioter", "crowd", "marcher"})
# the plain words of a state's armed force that may be a police's: "security forces"
ARMY_WORDS = frozenset({"army", "military", "navy", "paramilitary", "armed", "defense",
                        "defence"})


def fill_crowd_police(clusters: list[Cluster], doc: "object") -> None:
    """"Security forces" (a plain "security forces", MIL by default: "security forces clashed
    with fighters loyal to the former president") that act where the sentence tells of a crowd
    in the street police it: "Security forces fired tear gas and rubber bullets at demonstrators"
    (COP).  Not a force an army word or a possessor names ("the army's security forces")."""
    if doc is None:
        return
    for c in clusters:
        if c.kind not in ("group", "organization") or c.sector() != "MIL":
            continue
        plain = [m for m in c.named if m.name is None and m.head_word in {"force", "forces"}
                 and m.sector == "MIL"]
        if not plain or len(plain) != len(c.named):
            continue
        if not all([t.lower_ for t in doc[m.head].lefts if t.dep_ == "compound"]  # type: ignore[index]
                   == ["security"] and not any(
                       t.dep_ == "poss" or t.lower_ in ARMY_WORDS
                       for t in doc[m.head].subtree if t.i < m.head)  # type: ignore[index]
                   for m in plain):
            continue
        crowd = any((lemma(t) in CROWD_WORDS or lexicon.singular(t.lower_) in CROWD_WORDS)
                    and t.pos_ == "NOUN" and not in_protest(t)
                    for m in plain for t in doc[m.head].sent)  # type: ignore[index]
        if crowd:
            for m in plain:
                m.sector = "COP"


def in_protest(tok: "Token") -> bool:
    """"a hunger strike in protest against violations by Algerian security forces" (GSR: MIL):
    the purpose of a deed, no crowd."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and lexicon.singular(tok.lower_) == \
        "protest"


def fill_from_official_possessor(clusters: list[Cluster], doc: "object") -> None:
    """A person the text gives no country who is an official's own by title ("Abdirahman
    Warsame, the president's special envoy for drought response", "the minister's spokesman")
    is of the official's state (or IGO: "the U.N. chief's envoy").  Only a coded official in
    office possesses so; an envoy or a diplomat is otherwise of no story country (he travels)."""
    if doc is None:
        return
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.kind != "person" or c.country() is not None:
            continue
        for m in c.named:
            if m.name or not m.title:
                continue
            poss = next((t for t in doc[m.head].children  # type: ignore[index]
                         if t.dep_ == "poss" and t.pos_ in {"NOUN", "PROPN"}), None)
            if poss is None:
                continue
            owner = by_head.get(poss.i) or titled_before(clusters, poss.lower_, m.start)
            if owner is None or owner is c or owner.kind != "person":
                continue
            code = owner.country()
            if code and owner.sector() in OFFICIAL_SECTORS:
                for x in c.named:
                    x.country = code
                break


def titled_before(clusters: list[Cluster], word: str, before: int) -> Cluster | None:
    """The person last named before ``before`` whose title has the word ("the president's":
    President Hassan Mohamud)."""
    best: Cluster | None = None
    best_at = -1
    for c in clusters:
        if c.kind != "person" or not any(word in t.lower().split() for t in c.titles()):
            continue
        for x in c.named:
            if best_at < x.start < before:
                best, best_at = c, x.start
    return best
