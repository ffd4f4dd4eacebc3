"""The subject, objects and complement targets of a verb, read from its own clause.

The subject (or passive agent) gives the actor; control, coordination, participles and relative
clauses pass a subject down. The object, a passive subject, or a "with / to / against / on /
toward" phrase gives the recipient; failing those, a target inside the object's own phrase or in
a demand's complement clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.nlp import climb

from .phrases import DEMANDS, OBJECTS, PASSIVE_SUBJECTS, PRONOUNS, RELATIVE, SUBJECTS, _conjuncts
from .predicates import (ISSUED, PLANNED, PLANNED_MEETINGS, REPORTING_VERBS, TEXTS, conditions,
                         infinitive, lemma_of, prep_objects, quoted_complement)

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

# Prepositions that point an act at a party, after a verb or a noun: "talks with Serbia",
# "sanctions against Iran", "an appeal to the UN".  Each use widens the set a little
# (:data:`RECIPIENT_PREPS` here, ``nominal.NOUN_RECIPIENT_PREPS`` for nouns).
DIRECTED_PREPS = frozenset({"with", "to", "against", "toward", "towards"})
# A verb's: "imposed sanctions on Russia", "fired at the protesters", "descended upon".
RECIPIENT_PREPS = DIRECTED_PREPS | {"on", "at", "upon"}
# An object's: the same, and its agent ("the attacks by the rebels").
OBJECT_PHRASE_PREPS = RECIPIENT_PREPS | {"by"}
# Objects that stand for someone's act or position: "regrets the decision of Kenya".
STANCE_NOUNS = {"decision", "policy", "move", "request", "statement", "remark", "comment",
                "claim", "allegation", "action", "conduct", "behavior", "behaviour", "stance",
                "position", "proposal", "demand", "offer", "plan", "refusal", "accusation",
                "appeal", "ultimatum", "call", "invitation", "initiative", "bid", "overture",
                "suggestion", "warning"}
# Nouns of favour whose "for" phrase names whom it favours, as an object ("Japan voiced support
# for the Philippines") or a trigger noun ("Turkey's strong support for Azerbaijan"; PLOVER
# SUPPORT "express support for, commend").  Not "a call for" (what is demanded) nor "aid for".
FAVOUR_NOUNS = {"support", "backing", "solidarity", "praise", "endorsement", "sympathy"}
# Ceremonies held by someone, whose guests meet them: "sent an unofficial delegation to attend
# the inauguration of Taiwan's new president" (VOA 7638284).
CEREMONIES = {"inauguration", "funeral", "coronation", "investiture", "swearing"}
# Acts whose "of" phrase is who must do them: "demanded the withdrawal of Serbian forces from
# Bosnia" (PLOVER gold records).  Not "the resignation of President Ahmed Ben Bella": a demand in
# a protest's purpose clause then outranks the protest (PLOVER-GSR01-PROTEST-0008).
DEPARTURES = {"withdrawal", "pullout", "departure", "disarmament"}
# Gatherings whose "of" phrase is the body that sits: "Serbia on Tuesday demanded a meeting of
# the U.N. Security Council" (PLOVER gold records) asks the Council to meet.
GATHERINGS = {"meeting", "session", "summit", "sitting", "convening"}


def _subject(verb: "Token") -> tuple[list["Token"], int]:
    """The subject tokens of a verb (the agent if passive), and how directly they were found."""
    subj = [_participle_subject(c) for c in verb.children if c.dep_ in SUBJECTS]
    if subj and all(s.lower_ in RELATIVE for s in subj) and (maker := _enactor(verb)):
        return maker, 2
    if subj:
        return _appended_conjuncts(subj), 1
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs, 1
    hands = _hands_of(verb) or _stray_agent(verb)
    if hands:
        return hands, 1
    if _stance_phrase(verb) is not None:
        return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS], 1
    if _passive(verb):
        # A passive with no agent has no actor ("was arrested"); an embedded passive does not
        # inherit the subject of the clause above, who undergoes it: "thanked Kenya for being
        # freed", "refused to be questioned".
        return [], 0
    misparsed = _misparsed_subject(verb) or _preposed_subject(verb) or _swallowed_subject(verb) \
        or _fragment_subject(verb) or _reported_fragment_subject(verb) \
        or _bare_relative_subject(verb)
    if misparsed:
        return misparsed, 2
    # Control, coordination and participles: "refused to attend", "removed Bashir and jailed
    # him", "Threatening to kill the hostages, BLA demanded", "retaliated by announcing tariffs".
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        head = _shared_head(verb)
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in ("AUX", "VERB"):
            # Control by a predicate adjective: "X is ready to host", "were willing to meet".
            head = head.head
        elif head.pos_ in ("ADV", "ADP") and head.dep_ in ("advmod", "prep", "prt", "ccomp") \
                and head.head.pos_ in ("AUX", "VERB"):
            # a purpose the parser hung on an adverb of the verb (or on the small clause it
            # heads): "enough lawmakers made it inside to vote down the decree" (written
            # 9300006), "troops moved back in to retake the town"
            head = head.head
        raised = _raised_subject(verb, head)
        if raised:
            return raised, 2
        subj = _active_conjunct_subject(verb, head) or (
            _subject(head)[0] if head.pos_ in ("VERB", "AUX") else _noun_read_verb(head))
        if not subj and verb.dep_ == "advcl":
            subj = _surface_subject(verb, head)
        return subj, 2 if subj else 0
    judged = _judged_doer(verb)
    if judged:
        return judged, 2
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        subj, path = _subject(verb.head.head)
        if not subj:
            subj = _surface_subject(verb, verb.head.head)
        # a means ("by") is its active verb's subject's own act: "Outgoing Canadian Prime
        # Minister Justin Trudeau retaliated by announcing increased tariffs on U.S. exports"
        # (VOA 8006924)
        direct = path == 1 and verb.head.lower_ == "by" and verb.tag_ == "VBG"
        return subj, (1 if direct else 2) if subj else 0
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "acomp" \
            and verb.tag_ == "VBG":
        # The act of a predicate adjective's phrase is its copula's subject's: "Both the
        # Phillippines military and the Moro Islamic Liberation Front are guilty of violating the
        # ceasefire agreement" (PLOVER gold records); "is responsible for attacking".
        copula = verb.head.head.head
        subj = [c for c in copula.children if c.dep_ in SUBJECTS]
        return subj, 2 if subj else 0
    maker = _enactor(verb)
    if maker:
        return maker, 2
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN" and lemma_of(verb.head) in ISSUED:
        issuer = _issuer(verb.head)
        return issuer, 2 if issuer else 0
    # "fighters who attack", "militants attacking the base": the noun does the act; not in
    # "all the passengers freed so far", where it undergoes it.
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN" \
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head], 2
    return [], 0


# Verbs that judge someone for a deed, told by a gerund after their object: the object did
# it ("accused the army of deporting hundreds of Syrians", "blamed the rebels for attacking the
# convoy", "praised Qatar for mediating").
JUDGING = {"accuse", "charge", "suspect", "blame", "convict", "condemn", "criticize",
           "criticise", "denounce", "praise", "thank", "commend", "fault", "punish", "sanction",
           "sue", "indict", "prosecute", "arrest", "detain", "investigate"}
DEED_PREPS = {"of": {"accuse", "suspect", "convict"},
              "for": JUDGING - {"accuse", "suspect", "convict"},
              "with": {"charge"}}


def _judged_doer(verb: "Token") -> list["Token"]:
    """The doer of a deed a verb of judging charges its object with: the object, not the
    judge.  "Human Rights Watch accused the Lebanese army of summarily deporting hundreds of
    Syrians" — the army deported; also when the parser hangs the "of" phrase on the object's
    last conjunct ("accused Malian soldiers and their Russian allies of killing civilians")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" \
            or prep.lower_ not in DEED_PREPS or _passive(verb):
        return []
    gov = prep.head
    obj = None
    if gov.pos_ in ("NOUN", "PROPN"):
        # the object (or its conjunct) the phrase was hung on
        obj = gov
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head
        if obj.dep_ != "dobj":
            return []
        gov = obj.head
    elif gov.pos_ == "VERB":
        obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
    if obj is None or gov.pos_ != "VERB" or lemma_of(gov) not in DEED_PREPS[prep.lower_] \
            or obj.lower_ in RELATIVE or _passive(gov):
        return []
    return [obj]


# Verbs whose passive participle with "to" and no agent is a stance its surface subject holds
# toward the "to" phrase, not an act done to it: "Israel is opposed to French mediation in peace
# negotiations with Syria" — Israel opposes; no one opposed Israel — and "Vietnam is committed
# to opening up the economy" (both PLOVER gold records); "dedicated/devoted to", "allied to".
# Not "resigned to" (a stance, but "resign" codes a retreat), nor verbs of stance whose passive
# is a real one ("supported", "condemned": someone supports or condemns the subject).
STANCES = {"oppose", "commit", "dedicate", "devote", "ally"}
# Of these, the ones whose passive with "to" is also a real act done to the subject when the
# "to" phrase names a place or a person ("Navalny was committed to a psychiatric clinic", "The
# memorial was dedicated to the victims"): a stance only toward an act, a gerund ("committed to
# opening up the economy").
COMMITMENTS = {"commit", "dedicate", "devote"}


def _stance_phrase(verb: "Token") -> "Token | None":
    """The "to" phrase of a stance participle ("is opposed to French mediation"): a passive of
    :data:`STANCES` with no agent; None for any other verb."""
    if lemma_of(verb) not in STANCES or not _passive(verb) \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is not None and lemma_of(verb) in COMMITMENTS \
            and not any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in to.children):
        return None
    return to


def _reported_fragment_subject(verb: "Token") -> list["Token"]:
    """The subject of a reported clause's past-tense verb that the parser read as a participle
    modifying it, the noun then being a second subject of the verb of saying after the clause:
    "Palestinian youths resorted to throwing stones during demonstrations ..., officials said on
    Thursday" (PLOVER gold records) hangs "resorted" on "youths", and "youths" and "officials"
    both on "said".  The participle has no agent and no auxiliary of its own."""
    noun, gov = verb.head, verb.head.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "nsubj" \
            or noun.pos_ not in ("NOUN", "PROPN") or lemma_of(gov) not in SAY_VERBS \
            or gov.i < verb.i or any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
        return []
    speakers = [c for c in gov.children if c.dep_ == "nsubj" and c.i > verb.i]
    return [noun] if speakers else []


def _passive(verb: "Token") -> bool:
    """Is ``verb`` passive (a passive subject or auxiliary of its own, or a participle after a
    verb of standing: "Two soldiers and a mercenary stand accused of the bombing", whose subject
    is the accused, not the accuser)?"""
    return any(c.dep_ in PASSIVE_SUBJECTS + ("auxpass",) for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp", "acomp", "oprd")
        and lemma_of(verb.head) in STANDING and not any(c.dep_ == "agent"
                                                        for c in verb.children))


# Verbs of remaining in a state, whose participle is passive: "stand accused", "remain detained".
STANDING = {"stand", "remain"}


def _hands_of(verb: "Token") -> list["Token"]:
    """The agent a passive names "at the hands of": "hundreds of civilians were killed at the
    hands of security forces"."""
    if not _passive(verb):
        return []
    hands = [o for o in prep_objects([verb], {"at"}) if o.lower_ == "hands"]
    return prep_objects(hands, {"of"})


def _stray_agent(verb: "Token") -> list["Token"]:
    """The agent of a reported passive that the parser hung, as a plain "by" phrase, on the
    active verb of the clause it is the complement of: "Ousted president Jean-Bertrand Aristide
    has been accused of misusing up to US $50 million in public funds, much of it believed to
    have been embezzled, by current Haitian government officials" (PLOVER gold records)."""
    head = verb.head
    if verb.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children) or head.pos_ != "VERB" \
            or head.i < verb.i or any(c.dep_ in ("auxpass", "agent") for c in head.children):
        return []
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i
            for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]


def _participle_subject(subj: "Token") -> "Token":
    """The noun a participle modifies, when the parser made the participle the clause's subject
    and the noun its own: "The Red Cross operating in Iraq said US and British forces must
    ensure security" (PLOVER gold records) reads "operating" as the subject of "said"."""
    if subj.tag_ != "VBG" or subj.dep_ != "nsubj":
        return subj
    own = [c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i]
    return own[0] if len(own) == 1 and own[0].pos_ in ("NOUN", "PROPN") else subj


# Verbs that make a law, plan or other text take effect.  Not "introduce" or "propose": a bill
# put forward carries an act not yet done, which this asserted reading would overstate.
ENACTING = {"approve", "pass", "adopt", "enact", "sign", "ratify", "issue"}
# Verbs whose "to" clause is left undone: "refused to approve", "failed to pass" a law.
UNDONE = {"refuse", "fail", "reject", "decline"}


def _enactor(verb: "Token") -> list["Token"]:
    """The maker of a law or measure that carries an act, for the act: the subject of the verb
    that enacts the text whose "to" infinitive, participle or relative clause ``verb`` heads.
    "Tuesday the Serbian parliament approved a special law recognizing victories by Zoran
    Djindjic's opposition coalition" (PLOVER-GSR01-CONCEDE-0011: the parliament concedes),
    "Israel's Cabinet ... decided to approve a plan that will not allow candidates from the
    militant group Hamas" (PLOVER-GSR01-THREATEN-0010: the Cabinet bars Hamas), "in January it
    approved a Coast Guard Law that authorizes firing on foreign vessels" (VOA 6205546).  Not a
    text rejected or debated: "rejected a plan to build" stays the plan's own; nor a text not
    enacted, or not yet: "did not approve", "failed to pass", "will approve", "could adopt" a law
    (the act would be read as done)."""
    from .modality import modality, negated  # modality imports this module

    if verb.dep_ not in ("relcl", "acl") or verb.tag_ == "VBN":
        return []
    noun = verb.head
    enact = noun.head
    if lemma_of(noun) not in TEXTS or noun.dep_ != "dobj" or lemma_of(enact) not in ENACTING:
        return []
    if negated(enact) or modality(enact, enact.sent) in ("planned", "hypothetical") or (
            enact.dep_ == "xcomp" and lemma_of(enact.head) in UNDONE):
        return []
    return _subject(enact)[0]


def _issuer(noun: "Token") -> list["Token"]:
    """Who issued a text: its possessor ("the ministry's statement"), the subject of the verb
    it is the object of ("issued a statement"), or of the verb whose "in" phrase it is ("said in
    a statement")."""
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner:
        return owner
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ in ("in", "through") and gov.head.pos_ in ("VERB",
                                                                                      "AUX"):
        gov = gov.head
    elif noun.dep_ != "dobj" or gov.pos_ not in ("VERB", "AUX"):
        return []
    subj, _ = _subject(gov)
    return subj


FINITE = ("VBD", "VBZ", "VBP")
# Verbs of saying whose clause the parser may split after its subject: "A Western diplomatic
# source said Ankara in the last few years imposed onerous controls" (VOA 6180932) makes
# "Ankara" the object of "said" and leaves "imposed" with no subject.
SAY_VERBS = REPORTING_VERBS | {"believe", "think"}


def _misparsed_subject(verb: "Token") -> list["Token"]:
    """The subject of a finite reported clause that the parser hung on the verb of saying as
    its object ("said Ankara ... imposed"): a name right before the clause, which has none."""
    gov = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in FINITE or gov.i > verb.i \
            or lemma_of(gov) not in SAY_VERBS:
        return []
    objs = [c for c in gov.children if c.dep_ == "dobj" and c.i < verb.i]
    if len(objs) == 1 and objs[0].pos_ == "PROPN" \
            and not any(c.dep_ in ("mark", "nsubj", "expl") for c in verb.children):
        return objs
    return []


def _clause_start(verb: "Token") -> int:
    """Where a verb's group starts: its first auxiliary, negation or adverb before it, else the
    verb itself ("before a court in October granted", "have agreed")."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod")
                           and c.i < verb.i])


# Subordinators the parser reads as prepositions: "before a court in October granted him house
# arrest" (VOA 8010046) makes "court" the object of "before" and leaves "granted" subjectless;
# so "as" and "while": "The transfer came as a high-level Mexican delegation, including ...,
# met in Washington with Secretary of State Marco Rubio" (written 9500008).
SUBORDINATORS = {"before", "after", "until", "since", "as", "while"}


def _preposed_subject(verb: "Token") -> list["Token"]:
    """The subject of a finite adverbial clause that the parser hung on the clause above as the
    object of its subordinator ("before a court ... granted"): the object phrase ends right
    before the verb (or its auxiliaries), and the verb has no subject of its own."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE or any(
            c.dep_ in ("mark", "nsubj", "expl") for c in verb.children):
        return []
    start = _clause_start(verb)
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in SUBORDINATORS and prep.i < verb.i:
            objs = [o for o in prep.children if o.dep_ == "pobj" and o.right_edge.i + 1 == start]
            if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                return objs
    return []


def _swallowed_subject(verb: "Token") -> list["Token"]:
    """The subject of a main clause that the parser joined, after a comma, to the object of a
    phrase set before it: "With the signing of a Memorandum of Understanding (MOU) on Cessation
    of Hostilities, the Sudanese government and SPLM/A have agreed to allow ..." (PLOVER gold
    records) makes "government" a conjunct of "Memorandum".  The conjunct ends right before the
    verb (or its auxiliaries), and the verb has no subject of its own."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "expl", "mark") for c in verb.children):
        return []
    start = _clause_start(verb)
    if verb.tag_ not in FINITE and start == verb.i:
        return []
    doc = verb.doc
    before = doc[start - 1] if start > verb.sent.start else None
    if before is None:
        return []
    first = next((t for t in before.ancestors if t.dep_ == "conj" and t.right_edge.i == before.i
                  and t.pos_ in ("NOUN", "PROPN")), None) if before.dep_ != "conj" else before
    while first is not None and first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head  # the first of several joined conjuncts
    if first is None or first.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") \
            or first.left_edge.i == 0 or doc[first.left_edge.i - 1].text != ",":
        return []
    if not any(a.dep_ == "prep" and a.i < first.i for a in first.ancestors):
        return []
    return [first]


def _bare_relative_subject(verb: "Token") -> list["Token"]:
    """The subject of a relative clause with no relative pronoun whose subject the parser hung
    elsewhere: "reiterated the claim that ..., a charge Afghan foreign ministry spokesperson
    Abdul Qahar Balkhi rejected Thursday" (VOA 8011076) makes "Balkhi" an apposition of the
    place before and "rejected" a clause of "claim" with no subject.  A past-tense verb (not a
    participle) so attached, with the name of an actor right before it (or its auxiliaries and
    adverbs), not the noun it modifies."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VBD" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return []
    start = _clause_start(verb)
    if start <= verb.sent.start:
        return []
    before = verb.doc[start - 1]
    if before.pos_ != "PROPN" or before.i == verb.head.i:
        return []
    return [before]


def _fragment_subject(verb: "Token") -> list["Token"]:
    """The subject of a past-tense verb the parser read as a participle modifying a noun inside
    a verbless sentence's root phrase: "Doctors from two American aid groups donated and
    personally delivered $50,000 worth of goods to Baghdad University Medical School" (PLOVER
    gold records) has the root "Doctors" and "donated" as a clause of "groups"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return []
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i \
            or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "relcl")
                   for t in verb.sent if t.i < verb.i):
        return []
    if not any(c.dep_ in ("dobj", "conj") for c in verb.children):
        return []  # an act with an object or a coordinated verb, not "the men wounded"
    return [root]


def _noun_read_verb(head: "Token") -> list["Token"]:
    """The subject of a present-tense verb the parser read as a plural noun modified by its
    subject: "asserting that China abides by its own export controls ... and rejects other
    countries' imposition of what Beijing considers illegal unilateral sanctions" (VOA 8010476)
    — a clause's head ("ccomp" or "conj") tagged NNS, with a name right before it."""
    if head.tag_ != "NNS" or head.dep_ not in ("ccomp", "conj") or head.i == 0:
        return []
    name = head.doc[head.i - 1]
    if name.dep_ == "compound" and name.head.i == head.i and name.pos_ == "PROPN":
        return [name]
    return []


def _shared_head(verb: "Token") -> "Token":
    """The verb whose subject a conjunct shares.  A finite conjunct of another tense than the
    copular clause it hangs on coordinates with that clause's governor: "The UN Working Group
    has also determined that Zamora's detention is arbitrary and called for his release" (VOA
    8010046) — the group called, not the detention."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.pos_ == "AUX" \
            and verb.tag_ in FINITE and head.tag_ in FINITE and verb.tag_ != head.tag_:
        return head.head
    if _speakers_conjunct(verb):
        return head.head
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        # a participle the parser coordinated with the last noun of the participle clause
        # before it: "..., deepening a crackdown that has followed the disputed election and
        # drawing condemnation from the United States" (written 9300004) joins "drawing" to
        # "election"; it is coordinated with "deepening", and shares its subject
        gerund = next((a for a in head.ancestors if a.tag_ == "VBG"
                       and a.dep_ in ("advcl", "xcomp", "acl", "pcomp", "conj")), None)
        if gerund is not None:
            return gerund
    return head


# Verbs of addressing someone, which a speaker does beside what it reports: "Russia's deputy
# U.N. ambassador said the draft amounted to interference in Sudan's affairs and accused
# Britain of ..." — the ambassador accused, not the draft.
ADDRESSING = {"accuse", "urge", "call", "appeal", "demand", "criticize", "criticise", "condemn",
              "denounce", "praise", "welcome", "thank", "blame", "ask", "warn", "add",
              "reiterate", "stress", "insist", "note", "press", "challenge"}


def _speakers_conjunct(verb: "Token") -> bool:
    """Is a verb of addressing, with no subject of its own, coordinated by the parser into the
    clause a verb of saying reports, the speaker's second act: the same tense as the verb of
    saying, after it ("said the draft amounted to interference ... and accused Britain";
    "said that the EU was 'paying Lebanon' and urged Brussels to attach conditions")?  Not
    after a perfect, whose auxiliary the conjunct shares, and with it the clause's subject:
    "said the fighters had stopped trucks ... and warned drivers" (the fighters warned)."""
    head = verb.head
    gov = head.head
    return verb.dep_ == "conj" and head.dep_ == "ccomp" and gov.i < head.i \
        and lemma_of(gov) in SAY_VERBS and lemma_of(verb) in ADDRESSING \
        and verb.tag_ in FINITE and verb.tag_ == gov.tag_ \
        and not any(c.dep_ in SUBJECTS + PASSIVE_SUBJECTS for c in verb.children) \
        and not any(c.dep_ == "aux" and lemma_of(c) == "have" for c in head.children)


def _active_conjunct_subject(verb: "Token", head: "Token") -> list["Token"]:
    """An active verb coordinated with a passive one shares its surface subject, not its agent:
    "Montenegro's prime minister has been indicted by the U.N. war crimes court ... and will
    resign" (PLOVER gold records).  A bare participle ("was arrested by police and jailed") is
    passive too and keeps the agent."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    active = verb.tag_ in FINITE or any(c.dep_ == "aux" for c in verb.children)
    return [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS] if active else []


# Passives of planning (``predicates.PLANNED``: "are scheduled to meet", "is expected to visit")
# are left out of :func:`_raised_subject`: their subject would make each a promise
# (``predicates._future`` reads a planned meeting or visit as AGREE, after the PLOVER manual),
# which neither gold set codes so (written 9100002 codes a scheduled meeting CONSULT, 9200008 a
# scheduled trip not at all): measured, two more written even false positives and no match.
# Save a meeting (``predicates.PLANNED_MEETINGS``), which ``_future`` keeps the CONSULT it plans.


def _raised_subject(verb: "Token", head: "Token") -> list["Token"]:
    """The surface subject of a passive verb whose infinitive complement it controls: "the
    envoy was ordered to leave", "the rebels were forced to withdraw from the town", "Iran was
    urged by France to halt enrichment" — the subject does the act, not the passive's agent nor
    the clause above.  An embedded passive ("refused to be questioned") is kept out before this
    is asked; passives of planning (:data:`PLANNED`) are left alone."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in head.children) \
            or (lemma_of(head) in PLANNED and lemma_of(verb) not in PLANNED_MEETINGS):
        return []
    subj = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
    if not subj or all(s.lower_ in RELATIVE for s in subj):
        return []
    return _appended_conjuncts(subj)


def _appended_conjuncts(subj: list["Token"]) -> list["Token"]:
    """A subject with the conjuncts the parser hung on its apposition: "Congo's foreign
    minister, Therese Kayikwamba Wagner, and her Rwandan counterpart, Olivier Nduhungirehe, are
    scheduled to meet" joins "counterpart" to "Wagner", not to "minister"."""
    out = list(subj)
    for s in subj:
        for a in s.children:
            if a.dep_ == "appos" and a.i > s.i:
                out += [c for c in a.conjuncts if c.i > a.i and c not in out]
    return out


def _surface_subject(verb: "Token", head: "Token") -> list["Token"]:
    """An active participle adjunct of a passive clause has the clause's surface subject: "Mech
    Dara was released after apologizing to Senate head Hun Sen" (VOA 7836916)."""
    if verb.tag_ != "VBG" or _passive(verb):
        return []
    return [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]


def _embedded_patient(verb: "Token") -> list["Token"]:
    """The patient of a passive gerund under a preposition, which has no subject of its own: the
    subject of the clause above undergoes it ("Cambodian journalist Mech Dara thanked his
    supporters Thursday after being freed from prison", VOA 7836916; "thanked Kenya for being
    freed", "was questioned before being charged")."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" \
            or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return []
    gov = verb.head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in gov.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS]


def _objects(verb: "Token") -> list["Token"]:
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if passive:
        stance = _stance_phrase(verb)  # "opposed to French mediation"
        return passive if stance is None else phrase_objects(stance)
    undergoer = _embedded_patient(verb)
    if undergoer:
        return undergoer
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and not _fragment_subject(verb):
        return [verb.head]  # "government soldiers backed by African Union troops"
    out = [c for c in verb.children if c.dep_ in OBJECTS]
    # "Afghan rebels have kidnapped up to 16 Russian civilian advisers" (PLOVER gold records):
    # the parser makes "up" a particle and the counted object the "to" phrase under it.
    ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"]
    out += [o for o in prep_objects(ups, {"to"}) if any(n.dep_ == "nummod" for n in o.children)]
    if not out:
        # A heavy object shifted after its verdict, which the parser makes the verdict's
        # apposition: "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic
        # Albanian unrest in Montenegro" (PLOVER gold records).
        out += [a for o in prep_objects([verb], {"as"}) for a in o.children if a.dep_ == "appos"]
    # "called Canada “one of the highest tariffing nations”": the parser makes both complements
    # predicates; all but the last one are who the verdict is about.
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    out += [c for c in predicates[:-1] if c.pos_ in ("PROPN", "NOUN", "PRON")]
    preps = _target_preps(verb)
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            objs = phrase_objects(c)
            out += objs or _stranded_object(verb, c)
    return out


def phrase_objects(prep: "Token") -> list["Token"]:
    """The objects of a preposition and of the prepositions coordinated with it: "retaliate with
    tariffs on German and Italian vehicles and on European agricultural products" (VOA 7808748)
    targets the EU as well as Germany."""
    return [o for p in [prep] + [c for c in prep.conjuncts if c.dep_ == "conj" and c.pos_ == "ADP"]
            for o in p.children if o.dep_ == "pobj"]


def _target_preps(verb: "Token") -> frozenset[str]:
    """The prepositions whose object the verb acts on: :data:`RECIPIENT_PREPS`, "from" after a
    removal with an object (:data:`REMOVALS`), "into" after an intrusion (:data:`INTRUSIONS`)."""
    lemma = lemma_of(verb)
    preps = RECIPIENT_PREPS
    if lemma in REMOVALS and any(c.dep_ == "dobj" for c in verb.children):
        preps = preps | {"from"}
    if lemma in INTRUSIONS:
        preps = preps | {"into"}
    if lemma in ALLIED_VERBS:
        preps = preps | {"alongside"}
    return preps


# Verbs whose "alongside" phrase names the ally the act is done with (CAMEO 062, PLOVER
# COOPERATE): "Russian fighters have fought alongside Malian troops" (``triggers.tsv``'s
# "fight V prep:alongside").
ALLIED_VERBS = {"fight"}


def _stranded_object(verb: "Token", prep: "Token") -> list["Token"]:
    """The object of a preposition the parser left empty, having made it the subject of the
    participle clause after it: "Peru has granted diplomatic asylum to five Panamanian army
    officers holed up in a diplomatic residence" (PLOVER gold records)."""
    return [x for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > prep.i
            for x in c.children if x.dep_ in SUBJECTS and x.left_edge.i == prep.i + 1]


# Verbs of taking something away, whose "from" phrase is whom it is taken from: "Syria says it
# is willing to withdraw its troops from neighboring Lebanon", "Palestinian police in Jericho
# confiscated weapons and explosives from Palestinian armed groups" (PLOVER gold records).  Only
# with an object: "withdrew from the talks" leaves something, it takes nothing from anyone.
REMOVALS = {"withdraw", "pull", "recall", "evacuate", "confiscate", "seize", "withhold",
            "remove", "repatriate"}
# Verbs of forcing a way in, whose "into" phrase is the target: "North Korea has tried to hack
# into the computers of South Korean army officers" (PLOVER gold record COERCE-0014).
INTRUSIONS = {"hack", "break", "infiltrate", "storm", "fire", "shoot", "crash", "plow", "smash"}

# What belongs to someone, whose "of" phrase names them as a possessor would: "The United States
# on Thursday defended the right of Russia troops to fire", "investigated welfare of nearly 2,000
# Libyans" (PLOVER gold records), as "defended Russia's right".
OWNED = {"right", "rights", "sovereignty", "independence", "welfare", "fate", "safety",
         "interest", "interests", "integrity", "freedom", "freedoms", "dignity", "wellbeing",
         # what an attack or intrusion hits: "the computers of South Korean army officers"
         "computer", "computers", "network", "networks", "website", "websites", "account",
         "accounts"}

# Nouns whose "of" phrase names a party of the act: who is sworn in or buried, who leaves, who
# owns, which body sits (built once, not per token).
OF_PARTIES = CEREMONIES | DEPARTURES | OWNED | GATHERINGS

# Verbs of a vehicle or place that holds people: "a bus transporting a paramilitary force", "a
# camp housing refugees".
CARRIERS = {"transport", "carry", "ferry", "escort", "house", "shelter", "host"}


def _object_phrases(objs: list["Token"]) -> list["Token"]:
    """Targets inside an object's own phrase: "threatening retaliation against Washington",
    "imposed onerous controls on U.S. operations" (VOA 6180206)."""
    out = []
    for obj in [t for o in objs for t in _conjuncts(o)]:
        out += _beneficiaries(obj)
        for c in obj.children:
            # "rejected a fresh offer from Afghanistan", "dismissed an appeal from President
            # Laurent Gbagbo" (PLOVER gold records): the proposer of a stance noun.
            if c.dep_ == "prep" and (c.lower_ in OBJECT_PHRASE_PREPS or (
                    c.lower_ == "for" and lemma_of(obj) in FAVOUR_NOUNS) or (
                    c.lower_ in ("of", "from") and lemma_of(obj) in STANCE_NOUNS)
                    or (c.lower_ == "of" and lemma_of(obj) in OF_PARTIES)):
                out += phrase_objects(c)
            elif c.dep_ == "acl" and c.tag_ == "VBG" and lemma_of(c) in CARRIERS:
                # who is in the vehicle or place attacked: "BLA insurgents ambushed a bus
                # transporting a paramilitary force in Kalat" (VOA 8007760)
                out += [o for o in c.children if o.dep_ == "dobj"]
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the allegations made by Pakistan"
                for agent in c.children:
                    if agent.dep_ == "agent":
                        out += [o for o in agent.children if o.dep_ == "pobj"]
        # the parser hangs the target on a rate: "threatened to impose tariffs of 25 percent on
        # Mexico and Canada" ("on Mexico" under "percent")
        for rate in (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and lemma_of(o) in RATES):
            out += [t for p in rate.children if p.dep_ == "prep"
                    and p.lower_ in OBJECT_PHRASE_PREPS for t in phrase_objects(p)]
    return out


# Nouns of a rate, whose phrase names what it is on when the parser hangs it there.
RATES = {"percent", "%", "percentage", "point", "pc"}


# Goods given, whose "for" phrase is who receives them: "agreed in principle on Saturday to
# provide about 70 million dollars of aid for Romania and Poland", "suspended part of a military
# aid program for Bosnia" (PLOVER gold records).
AID_NOUNS = {"aid", "assistance", "help", "relief", "funding", "loan", "grant", "credit",
             "donation", "supplies", "medicine", "food"}


def _beneficiaries(obj: "Token") -> list["Token"]:
    """The "for" phrase of given goods, or of an amount or part of them (down an "of" chain),
    and the "to" phrase of goods an amount is "in": "Germany pledged 500 million euros in
    military aid to Ukraine" (the object's own "to" is an object phrase already)."""
    chain = [obj]
    for _ in range(2):
        nxt = prep_objects([chain[-1]], {"of", "in"})
        if not nxt:
            break
        chain.append(nxt[0])
    if not any(lemma_of(t) in AID_NOUNS or any(c.dep_ in ("compound", "amod")
                                               and lemma_of(c) in AID_NOUNS for c in t.children)
               for t in chain):
        return []
    return prep_objects(chain, {"for"}) + prep_objects(chain[1:], {"to"})


# Nouns of a demand whose own clause names who must act (:func:`demand_addressees`).
DEMAND_NOUNS = {"demand", "call", "request", "appeal", "insistence", "ultimatum", "plea"}


# Nouns of a charge or a warning whose "that" clause names whom it is aimed at
# (:func:`demand_addressees` with these nouns).
CHARGE_NOUNS = {"accusation", "allegation", "charge", "claim", "complaint", "warning", "threat"}


def demand_addressees(nouns: list["Token"],
                      kinds: "Collection[str]" = frozenset(DEMAND_NOUNS)) -> list["Token"]:
    """The subject of the "that" clause of a demand noun, who is to act: "insisted on its demands
    that Burundi's government grant the Hutu majority more rights" (PLOVER gold records).  With
    ``kinds`` = ``CHARGE_NOUNS``, who is accused or warned: "Russia's accusation that Britain
    helped plan the drone attack"."""
    clauses = (c for noun in nouns if lemma_of(noun) in kinds for c in noun.children
               if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children))
    return next((subj for c in clauses
                 if (subj := [x for x in c.children if x.dep_ in SUBJECTS + PASSIVE_SUBJECTS])),
                [])


def _complement_targets(verb: "Token", own: bool = False, selves: "Collection[int]" = (),
                        finite: bool = True) -> list["Token"]:
    """Who a demand, refusal, threat or promise is about, from its complement clause:
    "called for the Taliban to lift the ban", "demanded that Ottawa drop its tariffs",
    "refused to attend a hearing by the court", or the clause of the demand it makes or presses
    ("insisted on its demands that Burundi's government grant ...").  ``own``: a pronoun subject
    of the clause is the speaker itself ("warned that it will ..."), so the target is further
    down.  A subject at tokens of ``selves`` (the speaker's own state named: "Venezuela will not
    hesitate to use force against Guyana, Maduro warned") is the speaker in either pass; an
    object there is not ("promised to democratize Serbia").  ``finite`` False: a finite clause
    (``ccomp``) is no complement, as for a rejection, whose clause is the charge it denies and
    whose subject is the rejecter's own side: "Ukraine's forces violated the truce, an accusation
    Kyiv rejected" (the parser hangs the charge on "rejected")."""
    def speaker(toks: list["Token"]) -> bool:
        return all(x.i in selves for x in toks) or (own and all(x.lower_ in PRONOUNS
                                                                or x.i in selves for x in toks))

    demands = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects([verb], ("on", "for"))
    addressees = demand_addressees(demands)
    if addressees and not speaker(addressees):
        return addressees
    for c in verb.children:
        # Not a participle of manner: "dismissed the findings, saying the Taliban respect ...".
        marked = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                           for m in c.children)
        if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and finite) or marked \
                or quoted_complement(c) \
                or (c.dep_ == "prep" and c.lower_ == "for"):
            clause = c
            if c.dep_ == "prep":
                clause = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), c)
            subj = [x for x in clause.children if x.dep_ in SUBJECTS + PASSIVE_SUBJECTS]
            if subj and not speaker(subj):
                return subj
            # "threatened to close or suspend U.S. operations": the object is shared; "warned
            # that it will continue to exert 'maximum pressure' on Iran" (VOA 8009004): the
            # speaker's own clause, down its chain of complements.
            out: list["Token"] = []
            node = clause
            for _ in range(3):
                objs = [o for verb_ in _conjuncts(node) for o in _objects(verb_)]
                out += objs + _object_phrases(objs)
                nxt = next((x for x in node.children if x.dep_ in ("xcomp", "ccomp")), None)
                if nxt is None or out:
                    break
                node = nxt
            return out
    return []


def _asked_of(head: "Token") -> list["Token"]:
    """Whom a demand is made of: a "from" phrase on what is demanded, the object or "for" phrase
    of the demand ("are demanding political and territorial autonomy from Serbian authorities",
    "calling for independence from Iraq", "to press their demands for greater freedom and
    opportunities from President Bouteflika's government": PLOVER gold records).  Not a "from"
    on the demand noun itself, which is who makes it ("demands from the opposition")."""
    things = [c for c in head.children if c.dep_ == "dobj"]
    things += prep_objects([head], {"for"})
    return prep_objects([t for thing in things for t in _conjuncts(thing)
                         if lemma_of(t) not in DEPARTURES], {"from"})


def _condition_subjects(verb: "Token") -> list["Token"]:
    """Whom a threat is aimed at, from its condition: "Iran today threatened to launch a new
    military offensive ... unless Baghdad accepted its conditions", "Russia has threatened to
    stop negotiations ... if the United States goes ahead" (PLOVER gold records)."""
    node = verb
    for _ in range(3):
        for c in conditions(node):
            subj = [x for x in c.children if x.dep_ in SUBJECTS + PASSIVE_SUBJECTS]
            if subj:
                return subj
        nxt = next((x for x in node.children if x.dep_ in ("xcomp", "ccomp")), None)
        if nxt is None:
            return []
        node = nxt
    return []


# Nouns of displeasure shown by a protest, whose phrase names what it is against.
GRIEVANCES = {"disapproval", "anger", "outrage", "displeasure", "discontent", "dissatisfaction",
              "frustration", "opposition", "rejection", "objection", "indignation", "fury"}
GRIEVANCE_OF = ("for", "at", "over", "with", "against", "toward", "towards")
# Nouns of an "in ... of / against" phrase that names whom a protest defies: "blocked streets in
# Hong Kong in defiance of Chinese authorities" (PLOVER gold records).
PROTEST_STANCES = {"protest", "defiance", "opposition"}


def _protest_targets(verb: "Token") -> list["Token"]:
    """Whom a protest is aimed at, from its purpose: "Islamic fundamentalists continued their
    hunger strike to demand the resignation of Algerian President Ahmed Ben Bella", "staged a
    24-hour hunger strike ... in protest against the widespread human rights violations by
    Algerian security forces" (PLOVER gold records)."""
    out: list["Token"] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and infinitive(c):
            objs = _objects(c)
            # "to demand the return of property seized by Algerian government forces" (PLOVER
            # gold records): who did what the demanded act undoes.
            owners = prep_objects(objs, {"of"})
            # "Demonstrators in Baghdad blocked a road to show their disapproval for the United
            # States' military policies" (PLOVER gold records): what the grievance is about.
            owners += prep_objects([o for o in objs if lemma_of(o) in GRIEVANCES], GRIEVANCE_OF)
            out += objs + _object_phrases(objs + owners) + owners
            out += [t for o in objs for t in _asked_of(o)]
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in DEMANDS:
            # "supporters of former President Ahmed Ben Bella blocked roads ... demanding that
            # he be reinstated" (PLOVER gold records)
            objs = _objects(c)
            out += objs + prep_objects(objs, {"of"}) + _complement_targets(c) + _asked_of(c)
    # What a protest is over, done by someone: "workers ... stopped work on the first day of an
    # open-ended strike on Monday over a controversial employment bill signed in by Serbian
    # Labour Minister Dragan Milovanovic" (PLOVER gold records).
    out += _object_phrases(prep_objects([verb], {"over"}))
    if any(c.dep_ == "dobj" for c in verb.children):
        # A "by" phrase on an active verb with an object is the parser's misplaced "by" of the
        # object: "to protest the rights violations under the recently imposed Sharia law by
        # Islamic fundamentalists" (PLOVER gold records) — whose deeds are protested.
        out += prep_objects([verb], {"by"})
    # "in protest of" may hang on the protest's object: "are continuing a hunger strike in
    # protest of the Russian government's refusal" (PLOVER gold records).
    dobjs = [o for o in verb.children if o.dep_ == "dobj"]
    for noun in prep_objects([verb] + dobjs, {"in"}):
        if noun.lower_ in PROTEST_STANCES:
            objs = prep_objects([noun], ("against", "at", "of", "over"))
            out += objs + _object_phrases(objs) + prep_objects(objs, {"of"})
    return out


def _purpose_targets(verb: "Token") -> list["Token"]:
    """Whom a use or show of force is aimed at, from its purpose: the object of a "to" clause or
    a target inside a "for" phrase ("Egyptian police opened fire to disperse Moslem fundamentalist
    demonstrators", "Britain mobilized army reservists for a possible war against Iraq", PLOVER
    gold records)."""
    out: list["Token"] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and infinitive(c):
            objs = _objects(c)
            out += objs + _object_phrases(objs)
        elif c.dep_ == "prep" and c.lower_ == "for":
            out += _object_phrases([o for o in c.children if o.dep_ == "pobj"])
    return out


# Pressure a refusal withstands, whose "by / from" phrase or owner names whom it rejects: "And
# despite protests and lobbying by cash-strapped tourism-related businesses, the government has
# so far refused to relax strict rules on international travel" (VOA 6205362), "Vice-President
# Moody Awori has declined to resign despite growing pressure by the Kenya Anti-Corruption
# Commision" (PLOVER gold records).
PRESSURES = DEMAND_NOUNS | {"pressure", "protest", "lobbying", "objection", "opposition",
                            "criticism", "urging", "warning", "threat", "campaign", "petition"}
DEFIANCE_PREPS = {"despite", "notwithstanding"}


def _defied(verb: "Token") -> list["Token"]:
    """Who pressed a refusal, from a "despite" phrase on its verb or the verb's complement:
    the "by / from" object of a pressure noun, or the noun itself for its owner or national
    modifier ("despite U.S. pressure", "despite Kenya's objections")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    out: list["Token"] = []
    for noun in prep_objects(heads, DEFIANCE_PREPS):
        for n in _conjuncts(noun):
            if lemma_of(n) not in PRESSURES:
                continue
            out += prep_objects([n], ("by", "from", "of")) or [n]
    return out


# Talks an act follows or ends: a concession or accord made "after deliberations with" a party is
# made to it.  "The Nigerian Union of Teachers ... announced Thursday that it has called off a
# four-day strike after deliberations with the Nigerian government" (PLOVER gold records).
TALKS = {"talk", "deliberation", "negotiation", "consultation", "discussion", "meeting",
         "dialogue", "mediation"}
SETTLING_PREPS = {"after", "following", "during", "in", "through"}


def _talks_partners(verb: "Token") -> list["Token"]:
    """The "with" partners of the talks a verb's "after / during" phrase names."""
    talks = [n for n in prep_objects([verb], SETTLING_PREPS) if lemma_of(n) in TALKS]
    return prep_objects([t for n in talks for t in _conjuncts(n)], {"with"})


# Quarrels a settling act's object ends, whose "with" phrase names the other side: "Denmark today
# accepted a formula for ending its fisheries dispute with its European common market partners"
# (PLOVER GSR AGREE-0037), as "settle our dispute with Kenya" (VOA 6203336).
DISPUTES = {"dispute", "conflict", "war", "row", "feud", "standoff", "quarrel"}


def _dispute_partners(verb: "Token") -> list["Token"]:
    """The "with" sides of the quarrels named anywhere in the verb's phrases but its subject
    (the parser may make "dispute" a verb of its own: "accepted a formula for ending its
    fisheries dispute with" hangs it on "accepted")."""
    return _phrase_parties(verb, DISPUTES, {"with"})


# Self-rule a protest or demand seeks, whose "from" phrase names the state it is sought from:
# "Prisoners rioted ... joining thousands of demonstrators in demanding a referendum on
# independence from Indonesian rule" (PLOVER GSR PROTEST-0027, IDN), as "demonstrated ...
# calling for independence from Iraq" (PROTEST-0006, IRQ), "are demanding political and
# territorial autonomy from Serbian authorities" (DEMAND-0023, SRB).
SECESSION = {"independence", "autonomy", "secession", "separation", "self-rule"}


def _seceded_from(verb: "Token") -> list["Token"]:
    """The "from" party of the self-rule named anywhere in the verb's phrases but its subject."""
    return _phrase_parties(verb, SECESSION, {"from"})


def _phrase_parties(verb: "Token", nouns: set[str], preps: set[str]) -> list["Token"]:
    """The objects of the ``preps`` phrases of the ``nouns`` named anywhere in the verb's
    phrases but its subject, within its own clause: not "Denmark accepted the offer, saying the
    war with Iraq had cost too much" (a clause of its own)."""
    return prep_objects([t for c in verb.children if c.dep_ not in SUBJECTS + PASSIVE_SUBJECTS
                         for t in c.subtree if lemma_of(t) in nouns
                         and _within_clause(t, verb)], preps)


def _within_clause(token: "Token", verb: "Token") -> bool:
    """Is ``token`` in ``verb``'s own clause: no clause head (a clausal complement, a relative
    clause, a conjoined verb, an adverbial clause with its own subject) above it below
    ``verb``?  A participle of the same doer stays ("joining ... in demanding independence
    from"), and the token's own relation does not count: the parser may take the noun itself
    for a verb ("accepted a formula for ending its fisheries dispute with ...": "dispute" an
    advcl)."""
    return not any(
        t.dep_ in ("ccomp", "relcl", "parataxis")
        or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
        or (t.dep_ in ("advcl", "acl") and any(c.dep_ in SUBJECTS for c in t.children))
        for t in climb(token.head, verb))


# Prepositions of what a complaint is about, whose party is the accused rather than the one
# complained to: "Lebanon complained to the United Nations on Tuesday over two Israeli air raids"
# (PLOVER gold records).
GRIEVANCE_PREPS = ("over", "about")


def _grievance_parties(verb: "Token") -> list["Token"]:
    """The objects (and their agents) of a complaint's "over / about" phrase."""
    objs = prep_objects([verb], GRIEVANCE_PREPS)
    return objs + _object_phrases(objs)
