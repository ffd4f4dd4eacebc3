"""Arguments of a trigger noun: its own phrase, the phrase it modifies, or its support verb.

"Trump's imposition of sanctions", "100% tariff hikes on Chinese EV imports", "the military
completed an hourslong rescue operation"; and the partners of a visit made to meet someone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.actors.lexicon import ARRIVAL_VERBS, MEETING_VERBS
from dateline.resources import data_path

from .clauses import (DIRECTED_PREPS, FAVOUR_NOUNS, PASSIVE_SUBJECTS, _object_phrases, _objects,
                      _subject, phrase_objects)
from .phrases import MODIFIERS, _actors_of, _state_of, np_actor
from .predicates import (DECISIONS, RECEIPTS, compound_phrase, decision_verb, infinitive,
                         lemma_of, measure_phrase, prep_objects, support_verbs)

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUN_ACTOR_PREPS = {"by", "from"}
# A noun's: "tariffs on Chinese imports", "the invasion of Ukraine", "incursions into Iraq".
NOUN_RECIPIENT_PREPS = DIRECTED_PREPS | {"on", "of", "into"}
# Orders whose "for" party is the one to be seized: "issued an arrest warrant for the
# opposition leader" (as a favour's "for" party is the one favoured, ``FAVOUR_NOUNS``).
WARRANTS = {"warrant"}


@dataclass
class Arguments:
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    actor_path: int = 0  # 0: none; 1: direct subject/agent; 2: inherited (control, conjunct, relcl)
    reciprocal: bool = False
    pronoun: bool = False  # the actor was resolved from a pronoun ("it", "they", "we")
    concluded: bool = False  # the trigger names a pact its parties made ("an accord between")
    own_forces: bool = False  # a threat told by the threatener's own forces ("his forces would")
    # whom the actors follow ("supporters of former President Ahmed Ben Bella"): never the
    # recipient of what they do (:func:`dateline.events.arguments.patrons`)
    patrons: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def patient_nouns() -> frozenset[str]:
    lines = data_path("events", "patient_nouns.tsv").read_text("utf-8").splitlines()
    return frozenset(l.strip() for l in lines[1:] if l.strip() and not l.startswith("#"))


def patient_possessors(noun: "Token") -> list["Token"]:
    """The possessors of a noun whose possessor undergoes the act rather than doing it
    (``patient_nouns.tsv``): "Zamora's detention" (VOA 8010046), "Mech Dara's arrest",
    "Bashir's ouster"; none for any other noun.  Such a possessor is a recipient, never the
    actor, nor the accused of a verdict on the act.  Not when an "of" phrase names the one who
    undergoes it: the possessor then did it ("Kenya's arrest of the opposition leader",
    "Pakistan's expulsion of Afghan refugees", "Hamas's release of three hostages")."""
    if lemma_of(noun) not in patient_nouns() or prep_objects([noun], {"of"}):
        return []
    return [c for c in noun.children if c.dep_ == "poss"]


def _noun_arguments(noun: "Token", index: dict[int, str]) -> Arguments:
    args = Arguments()
    patients = patient_possessors(noun)
    for child in noun.lefts:
        if child.dep_ in MODIFIERS:
            a = index.get(child.i) or (np_actor(child, index) if child.dep_ == "poss" else None) \
                or _state_of(child, index)
            if a is None:
                continue
            if child in patients:
                if a not in args.recipients:
                    args.recipients.append(a)
            elif a not in args.actors:
                args.actors.append(a)
                args.actor_path = 1
    for child in noun.rights:
        if child.dep_ == "prep":
            objs = phrase_objects(child)
            if child.lower_ in NOUN_ACTOR_PREPS and not args.actors:
                args.actors = _actors_of(objs, index)
                args.actor_path = 1 if args.actors else 0
            elif child.lower_ in NOUN_RECIPIENT_PREPS or (
                    child.lower_ == "for" and lemma_of(noun) in FAVOUR_NOUNS | WARRANTS):
                found = _actors_of(objs, index)
                if not found and child.lower_ == "of":
                    # the partner of the ties or goods the "of" phrase names: "Italy announced
                    # a suspension of air links with Serbia" (PLOVER gold records)
                    found = _actors_of(prep_objects(objs, DIRECTED_PREPS), index)
                if not found and child.lower_ == "into":
                    # whose deeds an inquiry looks into: "Serbian military police have launched
                    # an investigation into alleged crimes committed by Croat forces" (PLOVER)
                    found = _actors_of(_object_phrases(objs), index) \
                        or _actors_of(inquiry_subjects([child]), index)
                args.recipients += [r for r in found if r not in args.recipients]
    return args


def inquiry_subjects(preps: list["Token"]) -> list["Token"]:
    """The subjects of the clauses "into" phrases look into: "opened investigations into
    whether the president and senior officials committed insurrection" (the president and the
    officials are who is investigated)."""
    return [s for p in preps if p.lower_ == "into" for c in p.children if c.dep_ == "pcomp"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _nominal_arguments(noun: "Token", index: dict[int, str]) -> Arguments:
    """Arguments of a trigger noun, or of the noun phrase it modifies: "100% tariff hikes on
    Chinese EV imports", "Trump's imposition of sanctions" (VOA 6180206)."""
    args = _noun_arguments(noun, index)
    outer = None
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        outer = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        outer = noun.head.head
    if outer is not None:
        more = _noun_arguments(outer, index)
        if not args.actors:
            args.actors, args.actor_path = more.actors, more.actor_path
        args.recipients += [r for r in more.recipients if r not in args.recipients]
    importers = _importers([n for n in (noun, outer) if n is not None])
    if importers:
        found = _actors_of(importers, index)
        if not args.actors and found:
            args.actors, args.actor_path = found, 1
        args.recipients = [r for r in args.recipients if r not in found]
    if lemma_of(noun) in MEDIATION:
        # "Arab League Secretary General Chadli Klibi undertook mediation mission between Syria
        # and Palestinian leader Yasser Arafat" (PLOVER gold records): the parties mediated.
        between = prep_objects([n for n in (noun, outer) if n is not None], {"between"})
        args.recipients += [r for r in _actors_of(between, index) if r not in args.recipients]
    if not args.recipients:
        args.recipients = _actors_of(participle_targets(noun), index)
    args.recipients = [r for r in args.recipients if r not in args.actors]
    return args


MEDIATION = {"mediation", "mediator", "arbitration", "brokering"}

# Duties on goods crossing a border, which the state the goods enter imposes.
IMPORT_DUTIES = {"tariff", "duty", "levy", "quota"}
# Goods entering a state ("imports to"), and verbs of goods crossing into one ("products
# exported to", "cars coming into").  Not "sold / sent to": a seller's surcharge on its own
# sales ("a 25% levy on electricity sold to 1.5 million American customers", VOA 8006924) is
# aimed at the buyers.
IMPORTS = {"import"}
ENTERING = {"import", "export", "ship", "come", "enter", "bring", "flow"}
INTO = {"to", "into"}


def _importers(nouns: list["Token"]) -> list["Token"]:
    """The state an import duty's goods enter, which imposes it: "100% tariff hikes on Chinese
    EV imports to the U.S. and Canada" (VOA 7808748, SANCTION by the U.S. and Canada on China),
    "a 25% tariff on all products exported to the United States", "the Tariffs on Cars coming
    into the U.S." (VOA 8006924, the U.S. tariffs on Canada).  The "to / into" phrase hangs on
    the duty noun ``nouns`` (the trigger and the phrase it modifies), on the goods ("on"
    phrase) or on a participle of the goods; none unless a noun is an import duty
    (:data:`IMPORT_DUTIES`) on imports or goods entering somewhere."""
    if not any(lemma_of(n) in IMPORT_DUTIES for n in nouns):
        return []
    goods = prep_objects(nouns, {"on", "against"})
    if not goods:
        return []
    out: list["Token"] = []
    if any(lemma_of(g) in IMPORTS for g in goods):
        out = prep_objects(nouns + goods, INTO)
    for clause in (c for g in goods for c in g.children):
        if clause.dep_ in ("acl", "relcl") and lemma_of(clause) in ENTERING:
            out += [o for o in prep_objects([clause], INTO) if o not in out]
    return out


def _met_on_visit(head: "Token", index: dict[int, str], args: Arguments) -> None:
    """A visit made to meet someone is a meeting with them, not with the country it is in:
    "he said during a visit to South Africa to meet with other African opposition leaders" (VOA
    6181522).  The purpose clause's partners replace the visited place."""
    for c in head.children:
        if c.dep_ in ("acl", "advcl", "xcomp") and lemma_of(c) in MEETING_VERBS and infinitive(c):
            partners = [r for r in _actors_of(_objects(c), index) if r not in args.actors]
            if partners:
                args.recipients = partners
            return


def _light_verb(noun: "Token") -> "Token | None":
    """The support verb whose object a trigger noun heads or modifies: "the military completed
    an hourslong rescue operation" (VOA 8009314), "first imposing and then delaying for a month
    a 25% tariff" (VOA 8006924: the verb, or a verb it is coordinated with, is a support verb)."""
    phrase = compound_phrase(noun)
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.dep_ == "dobj" \
            and phrase.head.head.pos_ in ("NOUN", "NUM", "SYM"):
        # an amount of the act's goods: "gave the Ivory Coast 5.1 million dollars of aid"
        phrase = phrase.head.head
    verb = phrase.head
    if _participle_subject(phrase):
        # "China conducted the military drills encircling Taiwan" (VOA 7638284) is parsed with
        # the drills as the subject of "encircling", a clause of "conducted".
        verb = verb.head
    elif phrase.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    sisters = [verb] + [c for c in verb.head.children if c.dep_ == verb.dep_ == "pcomp"] \
        + list(verb.conjuncts)
    return verb if any(lemma_of(v) in support_verbs() for v in sisters) else None


def _participle_subject(noun: "Token") -> bool:
    """Is the noun parsed as the subject of a participle clause that modifies it ("the drills
    encircling Taiwan" read as a clause "drills encircling Taiwan")?"""
    clause = noun.head
    return noun.dep_ == "nsubj" and clause.tag_ == "VBG" and clause.i > noun.i \
        and clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ == "VERB"


def participle_targets(noun: "Token") -> list["Token"]:
    """The object of a participle modifying a trigger noun: "sanctions targeting Russian banks",
    "the military drills encircling Taiwan" (VOA 7638284, parsed as the participle's subject)."""
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    # and of a relative clause whose subject it is: "Seven opposition parties in Nepal have
    # organized a general strike that shut down Khatmandu" (PLOVER gold records)
    clauses += [c for c in noun.children if c.dep_ == "relcl" and any(
        x.dep_ == "nsubj" and x.lower_ in ("that", "which") for x in c.children)]
    if _participle_subject(noun):
        clauses.append(noun.head)
    return [o for c in clauses for o in c.children if o.dep_ == "dobj"]


def shifted_partners(noun: "Token") -> list["Token"]:
    """The objects of the "with / to / against / toward" phrases that the parser hung on the verb
    whose direct object a trigger noun is, after the noun, when the verb starts, leads or does
    the act (a support verb, :data:`ORGANIZERS`, :data:`DECISIONS`): "Trump ignited the
    economic war last week with Canada" (VOA 8006924) — the partner of the war, shifted past
    "last week".  Not a verb of another act ("discussed the war with Canada")."""
    phrase = measure_phrase(noun)
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or not (
            lemma_of(verb) in support_verbs() or lemma_of(verb) in ORGANIZERS
            or lemma_of(verb) in DECISIONS):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in DIRECTED_PREPS
            and p.i > phrase.i for o in phrase_objects(p)]


def received_from(noun: "Token") -> tuple[list["Token"], list["Token"]]:
    """The givers ("from" phrase, on the noun or on the verb) and the receivers (subject) of a
    trigger noun that is the object of a verb of receiving (``predicates.RECEIPTS``): "the
    journalist received a hero award from U.S. Secretary of State Antony Blinken" (VOA 7836916,
    SUPPORT by the U.S. to Cambodia's journalist), "Ukraine received military aid from
    Germany".  Who receives an act does not do it: no giver named, no actor.  Empty lists for
    any other noun."""
    phrase = compound_phrase(noun)
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or lemma_of(verb) not in RECEIPTS:
        return [], []
    takers, _ = _subject(verb)
    givers = [o for o in prep_objects([noun, phrase, verb], {"from"}) if o.i > noun.i]
    return givers, takers


def _borrowed_actors(noun: "Token", index: dict[int, str], args: Arguments) -> None:
    """The actor of a trigger noun whose own phrase names none, from the clause around it: the
    subject of its support verb, or a "by" phrase the parser hung on the verb right after the
    noun ("lost their lives in Tuesday's train hijacking by armed militants", VOA 8011076)."""
    verb = _light_verb(noun)
    heads: list["Token"] = []
    if verb is not None:
        heads, _ = _subject(verb)
    elif noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        after = noun.right_edge.i + 1
        heads = [o for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "by"
                 and c.i == after for o in c.children if o.dep_ == "pobj"]
    if not heads:
        heads = _participant(noun) or _decider(noun) or _participle_agents(noun)
    found = [a for a in _actors_of(heads, index) if a not in args.recipients]
    if found:
        args.actors, args.actor_path = found, 2


# Verbs of coming (``ARRIVAL_VERBS``), going and gathering whose "for" or "on" phrase is an act
# their subject holds ("return to Geneva for talks", "arrived in Amman on a visit").
ARRIVALS = ARRIVAL_VERBS | {"return", "go", "head", "leave", "depart", "march", "meet",
                            "gather", "convene", "converge", "assemble"}
# Verbs whose "in" phrase is an act their subject takes part in: "Serb forces were engaged in
# ethnic cleansing in Montenegro" (PLOVER gold records); "took part in the attack" is read
# through its object "part".
PARTICIPATION = {"engage", "participate", "involve", "join", "persist", "continue"}


def _participant(noun: "Token") -> list["Token"]:
    """The subject (active or passive) of a verb of taking part whose "in" phrase the trigger
    noun is."""
    if noun.dep_ != "pobj":
        return []
    gov = noun.head.head
    if noun.head.lower_ in ("for", "on") and lemma_of(gov) in ARRIVALS and gov.pos_ == "VERB":
        # "U.S. and Russian negotiators return to Geneva this week for talks", "Iraqi President
        # Saddam Hussein arrived in Amman on a previously unannounced visit" (PLOVER gold).
        subj, _ = _subject(gov)
        return subj
    if noun.head.lower_ in TEMPORAL_PREPS:
        return _partner_clause_subject(noun)
    if noun.head.lower_ == "with" and lemma_of(gov) in RESPONSES and gov.pos_ == "VERB":
        # "Ukraine's Defense Ministry responded on Thursday with a similar warning", "Israel
        # retaliated with airstrikes": the act is the responder's answer.
        subj, _ = _subject(gov)
        return subj
    if noun.head.lower_ != "in":
        return []
    if gov.lower_ == "part" and gov.dep_ == "dobj":
        gov = gov.head
    elif lemma_of(gov) not in PARTICIPATION:
        return []
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    subj, _ = _subject(gov)
    return subj or [c for c in gov.children if c.dep_ == "nsubjpass"]


# Verbs of answering, whose "with" phrase is the act they answer with.
RESPONSES = {"respond", "retaliate", "react", "reply", "answer", "counter"}
# Verbs of drawing a reaction, whose object is an act of others toward their subject: "the
# warrant drew condemnation from the United States", "the plan sparked protests by farmers".
DRAWS = {"draw", "spark", "trigger", "provoke", "elicit", "attract", "earn", "prompt"}


def drawn_reaction(noun: "Token") -> tuple[list["Token"], list["Token"]]:
    """The doers (a "from" or "by" phrase, on the noun or on the verb) and the target (the
    verb's subject) of a trigger noun that is the object of a verb of drawing (:data:`DRAWS`):
    "A Venezuelan judge has issued an arrest warrant for the opposition candidate, ... drawing
    condemnation from the United States" (written 9300004) is the United States' accusation of
    the judge.  Empty lists for any other noun, and no target without a doer."""
    phrase = compound_phrase(noun)
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or lemma_of(verb) not in DRAWS:
        return [], []
    doers = [o for o in prep_objects([noun, phrase, verb], NOUN_ACTOR_PREPS) if o.i > noun.i]
    if not doers:
        return [], []
    drawer, _ = _subject(verb)
    return doers, drawer


# Prepositions that set an act in the time of another: "after fierce fighting with guerrillas".
TEMPORAL_PREPS = {"after", "during", "amid", "following", "before"}


def _partner_clause_subject(noun: "Token") -> list["Token"]:
    """The subject of the clause whose "after / during / amid" phrase is an act with a named
    partner ("with" phrase): the subject is the other side of it.  "Vietnamese-led forces have
    retaken a strategic village in Western Cambodia after fierce fighting with guerrillas"
    (PLOVER gold records).  Without a partner the act may be anyone's ("Police arrested ten
    people after the protest")."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []
    gov = noun.head.head
    if gov.pos_ not in ("VERB", "AUX") or any(c.dep_ in PASSIVE_SUBJECTS for c in gov.children):
        return []
    subj, _ = _subject(gov)
    return subj


# Verbs of leading an act: its organizer (:data:`ORGANIZERS`) and, as a passive participle's
# agent, its doer (:data:`PERPETRATIONS`).
LEADS = {"lead", "spearhead", "orchestrate", "mastermind"}

# Verbs of preparing, calling or leading an act, whose subject is the one who does it: "Macedonia
# which is preparing a major offensive against ethnic Albanian guerrillas" (PLOVER gold records),
# "China will convene a meeting in Beijing with Iran and Russia" (VOA 8009004), "Trump ignited
# the economic war last week with Canada" (VOA 8006924), "Michel Barnier, who led the bloc's
# fraught Brexit negotiations" (VOA).  "call" only with no verdict: not "called the attack a
# crime", whose caller did not attack.
ORGANIZERS = LEADS | {"prepare", "plan", "convene", "call", "ignite", "plot", "coordinate",
                      "direct"}


def _decider(noun: "Token") -> list["Token"]:
    """The subject of a verb of deciding whose object or "on / for" phrase the trigger noun is,
    or of a verb of preparing or leading (:data:`ORGANIZERS`) whose object it is."""
    gov = decision_verb(noun)
    if gov is None:
        phrase = measure_phrase(noun)
        gov = phrase.head
        if phrase.dep_ != "dobj" or gov.pos_ != "VERB" or lemma_of(gov) not in ORGANIZERS \
                or any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in gov.children):
            return []
    subj, _ = _subject(gov)
    return subj


# Verbs of doing an act, besides the support verbs, whose passive participle's agent did it.
PERPETRATIONS = LEADS | {"commit", "perpetrate"}


def _participle_agents(noun: "Token") -> list["Token"]:
    """The agent of a participle of doing (a support verb or :data:`PERPETRATIONS`) modifying
    the trigger noun: "the attacks carried out by the militants", "an offensive led by Turkish
    forces", "the ban imposed by the Taliban".  Not "a meeting called / requested by France":
    who asks for a meeting need not sit in it."""
    phrase = compound_phrase(noun)
    return [o for c in phrase.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and (lemma_of(c) in support_verbs() or lemma_of(c) in PERPETRATIONS)
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
