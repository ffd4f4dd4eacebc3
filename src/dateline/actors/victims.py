"""The victims of an attack take the country of the place it struck, not the attacker's.

"Russian missiles struck Kyiv overnight, killing five people": the five people are Ukrainian,
though the one nationality the sentence names is Russian; "Israeli jets bombed a school in
Gaza City": the school is Palestinian.  A nationality that modifies the attacker or the weapon
("Russian missiles", "A Russian missile attack") says whose the attack is, never whose its
victims are.  So a common-noun group or body with no nationality of its own ("five people",
"two civilians", "a school", "11 coal miners") that an attack is done to — the object of an
assault verb, the subject of its passive, the object of the "on"/"against" of an assault noun —
is of the country of the attack's scene: its own "in" phrase ("two civilians in Kherson"), the
attack's ("killed 20 people in Rafah"), the place the clause it follows struck ("struck Kyiv
…, killing five people") or its own "when" clause struck ("were killed when Russian missiles
hit apartment buildings in Dnipro"), or the place the attack noun names ("A Russian missile
attack on Odesa killed three people").  With no scene, the victims take no country from the attacker
(:func:`dateline.actors.fill_from_context` leaves the attacker's codes out for them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.nlp import lemma

from .mentions import Mention
from .nonactors import BORDER_WORDS, act_noun, first_conjunct
from .origins import place_country, prep_objects, region_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Cluster

ASSAULTS = frozenset({"ASSAULT"})
# the prepositions of where an attack struck: "two civilians in Kherson", "killed 20 people in
# Rafah", "a blast near Quetta"
SCENE_PREPS = {"in", "near", "at", "outside", "inside", "across", "around"}
# the prepositions of what an attack noun struck: "A Russian missile attack on Odesa"
STRUCK_PREPS = {"on", "against"}
# verbs that lay an act "on" its author: "blamed the attacks on militants"
BLAME_VERBS = {"blame", "pin"}
# the clauses a participle of killing follows: "struck Kyiv overnight, killing five people"
FOLLOWING_DEPS = {"advcl", "conj", "xcomp"}
# the name types a scene is read from: the tagger takes a city for a person or a body now and
# then ("struck Kyiv": Kyiv/PERSON, "A Russian drone attack on Kharkiv": Kharkiv/ORG), and only
# names the actors' place lists know count
PLACE_LABELS = {"GPE", "LOC", "FAC", "PERSON", "ORG"}


def attack_on(h: "Token") -> "Token | None":
    """The assault word (verb or noun) whose patient the noun ``h`` is: the direct object or
    passive subject of an assault verb ("killing five people", "two civilians were killed"),
    or the object of an assault noun's "on"/"against" ("an attack on civilians")."""
    t = first_conjunct(h)
    if t.dep_ in {"dobj", "nsubjpass"} and t.head.pos_ == "VERB" and strikes(t.head):
        return t.head
    if t.dep_ == "pobj" and t.head.lower_ in STRUCK_PREPS and t.head.head.i != t.i and \
            act_noun(t.head.head, ASSAULTS):
        noun = t.head.head
        if noun.dep_ == "dobj" and lemma(noun.head) in BLAME_VERBS:
            # "Islamabad has blamed several recent attacks on militants present on Afghan
            # soil" (VOA 8007760): the "on" names who made the attacks, not their victims
            return None
        return noun
    return None


def strikes(verb: "Token") -> bool:
    """Is the clause of ``verb`` an assault, by its bare lexicon rows or by the row its
    complements select ("Russian missiles hit …": "hit" by a weapon)?"""
    if act_noun(verb, ASSAULTS):
        return True
    from dateline.events import lexicon as events_lexicon  # the events package imports actors
    from dateline.events.predicates import features

    entry = events_lexicon.lookup(lemma(verb), "V", features(verb))
    return entry is not None and entry.type in ASSAULTS


def is_victim(m: Mention, doc: "Doc") -> bool:
    """Is ``m`` a group or body known by a common noun alone (no name, no nationality, no
    dictionary entry) that an attack is done to?"""
    return m.name is None and not m.modifiers and m.entry is None and m.kind != "person" and \
        attack_on(doc[m.head]) is not None


def _under_border(t: "Token", top: "Token") -> bool:
    """Is ``t`` a frontier noun or inside one's phrase, below ``top``?"""
    node = t
    while True:
        if node.lower_ in BORDER_WORDS:
            return True
        if node.i == top.i or node.head.i == node.i:
            return False
        node = node.head


def _place_code(tok: "Token") -> str | None:
    """The country of the first place name inside ``tok``'s phrase ("Russia's Saratov region"
    RUS, "Gaza City", "Kherson"), not one of a frontier's phrase ("killed 16 militants near the
    Afghan border": the militants are not Afghan)."""
    doc = tok.doc
    for t in tok.subtree:
        if _under_border(t, tok):
            continue  # "near the Afghan border", "the border with Niger": the edge, not the scene
        if t.ent_iob_ == "B" and t.ent_type_ in PLACE_LABELS:
            end = t.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        elif t.ent_iob_ == "O" and t.pos_ == "PROPN":
            end = t.i + 1
        else:
            continue
        name = doc[t.i:end].text.removeprefix("the ")
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        code = place_country(name, states=True) or region_code(name) or (
            place_country(name[:-5]) if name.endswith(" City") else None)
        if code is not None:
            return code
    return None


def scene_code(h: "Token") -> str | None:
    """The country of the scene of the attack done to ``h`` (see the module docstring), None
    when no phrase of the attack names a known place."""
    act = attack_on(h)
    if act is None:
        return None
    t = first_conjunct(h)
    places = prep_objects(t, SCENE_PREPS) + prep_objects(act, SCENE_PREPS)
    if act.pos_ == "VERB":
        for subj in (c for c in act.children if c.dep_ == "nsubj"):
            # "A Russian missile attack on Odesa killed three people", "A blast in Quetta …"
            places += prep_objects(subj, SCENE_PREPS | STRUCK_PREPS)
        if act.dep_ in FOLLOWING_DEPS and act.tag_ == "VBG" and act.head.pos_ == "VERB" and \
                strikes(act.head):
            # "Russian missiles struck Kyiv overnight, killing five people": the place struck
            head = act.head
            places += [c for c in head.children if c.dep_ == "dobj"] + \
                prep_objects(head, SCENE_PREPS)
        for clause in (c for c in act.children if c.dep_ == "advcl" and c.pos_ == "VERB" and
                       strikes(c)):
            # "Five people were killed when Russian missiles hit apartment buildings in Dnipro"
            places += [c for c in clause.children if c.dep_ == "dobj"] + \
                prep_objects(clause, SCENE_PREPS)
    for p in places:
        code = _place_code(p)
        if code is not None:
            return code
    return None


def fill_attack_victims(clusters: list["Cluster"], doc: "Doc | None") -> None:
    """Give the victims of an attack (:func:`is_victim`) with no country of their own the
    country of the attack's scene (:func:`scene_code`)."""
    if doc is None:
        return
    for c in clusters:
        if c.country() is not None or not c.named or \
                not all(is_victim(m, doc) for m in c.named):
            continue
        codes = {scene_code(doc[m.head]) for m in c.named}
        codes.discard(None)
        if len(codes) == 1:
            code = codes.pop()
            for m in c.named:
                m.country = code
