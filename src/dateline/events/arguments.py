"""Event arguments from syntax: actors and recipients of a predicate, coded by the actor layer.

Only the predicate's own clause is read: the subject (or passive agent) gives the actor, the
object, a passive subject, or a "with / to / against / on / toward" phrase gives the recipient.
The pieces live in sibling modules: ``mentions`` (the token -> actor index), ``phrases`` (the
actor of a noun phrase, with its fallbacks), ``clauses`` (subject, objects and complement
targets of a verb) and ``nominal`` (arguments of trigger nouns and support verbs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .clauses import (CHARGE_NOUNS, DIRECTED_PREPS, PASSIVE_SUBJECTS, SUBJECTS, TALKS, _asked_of,
                      _complement_targets,
                      _condition_subjects, _defied, _dispute_partners, _grievance_parties,
                      _object_phrases, _objects, _protest_targets, _purpose_targets, _seceded_from,
                      _passive, _subject, _talks_partners, demand_addressees, phrase_objects)
from .lexicon import lookup, reads_as
from .mentions import ActorIndex, actor_index
from .nominal import (Arguments, _borrowed_actors, _met_on_visit, _nominal_arguments,
                      _noun_arguments, compound_phrase, participle_targets, patient_nouns,
                      drawn_reaction, inquiry_subjects, patient_possessors, received_from,
                      shifted_partners)
from .phrases import DEMANDS, NATIONAL_DEPS, PRONOUNS, _actors_of, _conjuncts, np_actor
from .predicates import (AMOUNTS, ANNOUNCING, ISSUED, PAIR_NOUNS, Predicate, infinitive, lemma_of,
                         perfect_auxiliary, prep_objects)
from .targets import visit_hosts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ActorIndex", "Arguments", "actor_index", "find_arguments", "np_actor",
           "patient_nouns", "PASSIVE_SUBJECTS", "SUBJECTS"]

# Events that are mutual when their subject is plural and they have no object:
# "The two presidents are closely cooperating in Syria" (VOA 6180015).
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT"}
# Acts of backing or giving, whose noun's "for" phrase names the party backed or given to.
BENEFIT_TYPES = {"SUPPORT", "AID"}
# Signing a formal agreement (CAMEO 057): its signatories are all actors, with no recipient, as
# for the parties of a pact a noun names: "Czechia and China signed an agreement today", "Libyan
# leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty" (PLOVER gold
# records, no target), "Cameroon and C.A.R. officials met ... and signed an agreement" (VOA
# 7686618).
SIGN_ACCORD = "057"
# Types whose target may sit in the complement clause ("urged Kenya to ...", "refused to attend").
# An allegation's accused is its clause's subject: "A Phnom Penh court earlier alleged the
# journalist had posted 'provocative' and 'false' messages" (VOA 7836916).
COMPLEMENT_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE"}
# A denial's complement is the charge, not a target: "the Taliban deny providing sanctuary to
# anti-Pakistan fighters".
DENIALS = {"deny", "dismiss"}
# Verbs of talk whose direct object is the topic, never the partner: "discuss Iran's
# proliferation efforts", "negotiate a ceasefire with Hamas".
TOPIC_VERBS = {"discuss", "debate", "negotiate", "address", "review", "consider"}
# A claim about the claimer's own deeds accuses no one: "3R rebels claim that they protect Muslim
# cattle ranching populations from regular attacks" (VOA 7686618) — the object of the speaker's
# own clause is not an accused, as it is a threat's target ("warned that it will continue to
# exert 'maximum pressure' on Iran").
SELF_CLAIMS = {"ACCUSE"}
# Acts that commit the speaker's own side: a threat or a promise whose clause has the speaker's
# own state as its subject ("Venezuela will not hesitate to use force against Guyana, Maduro
# warned"; "Britain will take any diplomatic measures necessary to prevent Iran from acquiring a
# nuclear weapon", VOA 8009004) is aimed further down the clause, as "warned that it will ..."
# is.  Not a demand: "Maduro demanded that Venezuela's opposition ..." asks its subject.
COMMISSIVE_TYPES = {"THREATEN", "AGREE"}
# Verbs of warning, whose object is the threatened whoever it is, not only an addressee state
# or person: "the fighters warned drivers that they would be killed if they returned".
WARNINGS = {"warn", "threaten"}
# Uses and shows of force whose target their purpose names (``clauses._purpose_targets``), when
# the clause itself names no coded one.
PURPOSE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
# Nouns of armed forces, which act for the side that sends them: what a side deploys or pulls
# back ("Russia deployed more troops", "strengthened its forces").  Not the MIL rows of
# ``data/actors/agents_hand.tsv``, which give an actor's sector: those hold people who command
# or speak for a military ("general", "spokesman"), not forces one sends, and lack the police
# and the ships, jets and tanks a side sends as well.  Compared by lemma ("troops" -> "troop").
FORCES = {"troop", "soldier", "force", "unit", "battalion", "brigade",
          "police", "policeman", "officer", "marine", "peacekeeper", "reservist", "army",
          "warship", "ship", "jet", "aircraft", "tank"}
PROPOSALS = DEMANDS | {"propose", "offer", "suggest", "invite"}
# Ways a blockade shuts, whose place names the party it is aimed at.
BLOCKING_TYPES = {"PROTEST", "COERCE"}
WAYS = {"road", "street", "highway", "bridge", "border", "crossing", "port", "airport",
        "railway", "route", "access", "entrance", "traffic", "transport"}
WAY_PREPS = {"in", "into", "to", "of"}
# The phrases of a participle that tells where a way leads ("spanning ... from France to
# Germany", "leading into Kabul").
LEADING_PREPS = {"to", "into", "from"}
# Acts done to a patient, whose role phrase ("as vessels operated by ...") may name its owner.
PATIENT_TYPES = {"SANCTION", "COERCE"}
# Moves of one's own forces, whose object is the instrument, not the target: "Israel has
# strengthened its forces in Lebanon" (PLOVER gold records), "Russia deployed more troops".
OWN_FORCE_TYPES = {"MOBILIZE", "RETREAT"}
# Nouns of a restrictive measure, whose "for" phrase is whom it restricts (not goods given:
# ``clauses.AID_NOUNS`` read "for" as who receives them).
RESTRICTIONS = {"restriction", "curb", "control", "limit", "quota", "ban", "embargo"}
# ... imposed or threatened: not "seized control of the town for Ouattara" (an ASSAULT).
RESTRICTING_TYPES = {"COERCE", "THREATEN", "SANCTION"}
# Concessions and accords, which are made to the partner of the talks they follow.
SETTLED_TYPES = {"CONCEDE", "AGREE", "RETREAT"}


# Bare quantifiers that stand for part of a group the clause before names ("shooting many").
# Not ``predicates.PARTITIVES``, the heads whose "of" phrase is what they count ("some of the
# protesters"): a head such as "part", "member" or "one" never stands alone for a group, and
# "others" is never followed by what it counts.
BARE_QUANTIFIERS = {"many", "some", "several", "most", "few", "dozens", "scores", "hundreds",
                    "others", "all"}


def _quantified_antecedents(verb: Token) -> list[Token]:
    """The object of the clause a participle or conjunct depends on, when the verb's own object
    is a bare quantifier: "the attackers singled out security personnel and ethnic Punjabi
    passengers, shooting many" (VOA 8009976)."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ != "VERB":
        return []
    if not any(o.dep_ == "dobj" and o.lower_ in BARE_QUANTIFIERS and not any(o.children)
               for o in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj"]


# Event types whose recipient is the direct object (a relative clause's gap included).
GAP_OBJECT_TYPES = {"ACCUSE", "COERCE", "ASSAULT", "SUPPORT", "THREATEN", "REQUEST", "CONSULT",
                    "REJECT"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}


# Nouns that name the act of the clause they hang on ("in a move that", ", a step that").
MOVES = {"move", "step"}


def _move_doers(noun: "Token") -> list["Token"]:
    """The subject of the act a move noun names: "A Guatemalan judge ordered the journalist back
    to prison in a move that his legal team called 'inhumane'" (the judge), "Russia vetoed the
    resolution, a move that Britain called 'a disgrace'" (Russia)."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "in":
        node = node.head.head
    elif node.dep_ == "appos" or (node.dep_ in ("dobj", "npadvmod") and node.left_edge.i > 0
                                  and node.doc[node.left_edge.i - 1].text == ","):
        # (a phrase set off by a comma after the clause, which the parser may hang on its verb
        # as a second object)
        node = node.head
        while node.pos_ != "VERB" and node.head.i != node.i:
            node = node.head
    else:
        return []
    if node.pos_ != "VERB":
        return []
    subj, _ = _subject(node)
    return subj


def _object_gap(verb: "Token") -> bool:
    """Is ``verb`` an object relative clause on a noun ("the Venezuelans it accused", "the
    leaders that he met"): a subject of its own, and no direct object but a relative pronoun?"""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in kids):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS
                   for c in kids)


def _shared_objects(verb: Token, type_: str) -> list[Token]:
    """The objects of the verb of the same event type coordinated after an object-less verb,
    which it shares (right-node raising): "Somalia-based al-Shabab has been attacking and
    fighting Kenyan troops since 2011" (VOA 6184384), "They shot and killed people on the
    train" (VOA 8009314), "Doctors from two American aid groups donated and personally
    delivered $50,000 worth of goods to Baghdad University Medical School" (PLOVER gold
    records).  The conjunct has no subject of its own and follows a "cc" of the verb; of
    another type it is another act ("the protesters marched and attacked the police")."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" \
                or any(c.dep_ in SUBJECTS + PASSIVE_SUBJECTS for c in conj.children) \
                or not any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children) \
                or not reads_as(lemma_of(conj), "V", {type_}):
            continue
        return _objects(conj)
    return []


def _others(tokens: list[Token], index: dict[int, str], args: Arguments) -> list[str]:
    """The actors of ``tokens`` that are not the predicate's own actors nor those the actors
    follow (its recipients)."""
    return [r for r in _actors_of(_included(tokens, index), index) if r not in args.actors
            and r not in args.patrons]


# Heads of a collective that stands for every party of a conflict or a dispute ("all parties",
# "both sides", "all groups"), which its "including" phrase names.
COLLECTIVES = {"party", "side", "group", "faction", "stakeholder", "actor", "belligerent"}


def _included(tokens: list[Token], index: dict[int, str]) -> list[Token]:
    """``tokens``, with a collective of every party named by its "including" phrase replaced by
    the parties it names: "called for direct talks with all parties, including M23" is aimed at
    the M23 (not at "all parties", which the actor layer may give the country of the summit's
    place); "urged all sides, including the army and the RSF, to ..." at both.  Only when the
    phrase names a coded actor."""
    out: list[Token] = []
    for tok in tokens:
        named = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "including"
                 for o in p.children if o.dep_ == "pobj"] \
            if lemma_of(tok) in COLLECTIVES and tok.tag_ == "NNS" else []
        out += named if named and _actors_of(named, index) else [tok]  # type: ignore[arg-type]
    return out


# the heads of a following, by lemma: "supporters of former President Ahmed Ben Bella"
FOLLOWINGS = {"supporter", "follower", "loyalist", "backer", "partisan"}


def patrons(subj: list[Token], index: dict[int, str]) -> list[str]:
    """The actors a subject follows, by an "of" phrase or a modifier of its head: "About 200
    supporters of former President Ahmed Ben Bella blocked roads in the capital city of
    Algiers demanding that he be reinstated" (PLOVER GSR PROTEST-0018) protests for Ben Bella,
    not against him; so do "Khan's supporters marched on the capital"."""
    heads = [t for t in subj if lemma_of(t) in FOLLOWINGS]
    backed = [c for h in heads for c in h.children if c.dep_ in ("poss", "compound")]
    backed += prep_objects(heads, {"of"})
    return _actors_of(backed, index)


def _speakers_states(actors: list[str], index: ActorIndex) -> set[str]:
    """The state actors of the actors' own countries ("Venezuela" for "Maduro")."""
    own = {index.countries.get(a) for a in actors} - {None, ""}
    return {s for s, c in index.countries.items()
            if c in own and index.kinds.get(s) == "state" and s not in actors}


def _addressee(actor: str, index: ActorIndex) -> bool:
    kind = index.kinds.get(actor)
    return kind in ("state", "person") or (
        kind == "organization" and index.countries.get(actor, "").startswith("IGO"))


def _own_forces(obj: Token, actors: list[str], index: ActorIndex) -> bool:
    """Is an object the actor's own forces: a noun of armed forces coded with an actor's
    country or with none ("Russia massed troops on the border with Ukraine": a state moves its
    own troops, and others' would carry their nation), or owned by a pronoun ("its forces")?"""
    if obj.dep_ not in ("dobj", "nsubjpass") or lemma_of(obj) not in FORCES:
        return False
    own = {index.countries.get(a) for a in actors} - {None}
    country = index.countries.get(index.get(obj.i, ""))
    return country in own or (country is None and bool(own)) \
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _moved_forces(noun: Token) -> list[Token]:
    """The forces a move of one's own forces names in its "of" phrase, which its actor moves and
    does not act on: "The United States speeded up the withdrawal of some invasion forces from
    Panama" (PLOVER GSR RETREAT-0018: the target is Panama), as the object of "withdrew its
    troops" is (:func:`_own_forces`).  Uncoded forces too: whoever withdraws them, they are
    moved, not targeted."""
    return [o for o in prep_objects([noun], {"of"}) if lemma_of(o) in FORCES]


# Links to a place that a halt cuts, whose "to / from" phrase names the place served.
ROUTES = {"flight", "route", "service"}
# Verbs of calling one's envoys home, and the envoys: one recalls only one's own.
RECALLS = {"recall", "withdraw"}
ENVOYS = {"ambassador", "envoy", "diplomat", "d'affaires", "emissary", "consul", "delegation"}


def _recalled_envoys(verb: Token, objs: list[Token], index: ActorIndex,
                     args: Arguments) -> list[Token]:
    """A recall of envoys is aimed at the state they served in, not at the envoys, who are the
    recalling side's own: "Turkey recalled its ambassador to Athens for consultations", in a
    story that names Greece, is Turkey's SANCTION (CAMEO 161) of Greece, as "Algeria recalled
    its ambassador from Paris" is of France.  The host, named by the envoy's or the verb's "to / from / in" phrase, counts
    through the story's state actor of its country (:func:`_country_actor`) and becomes the
    recipient; the envoys leave the objects (returned).  With no such state actor, an envoy the
    actor layer coded with another country than the recaller's stays (it codes "its ambassador
    to France" by the host)."""
    envoys = [o for o in objs if o.dep_ == "dobj" and lemma_of(o) in ENVOYS]
    if not envoys:
        return objs
    phrases = prep_objects(envoys + [verb], {"to", "from", "in"})
    hosts = [h for t in phrases
             if (h := _country_actor(t, index)) is not None and h not in args.actors]
    if not hosts:
        own = {index.countries.get(a) for a in args.actors}
        envoys = [e for e in envoys if index.countries.get(index.get(e.i, ""), None) in own
                  or index.countries.get(index.get(e.i, "")) is None]
        return [o for o in objs if o not in envoys]
    args.recipients += [h for h in dict.fromkeys(hosts) if h not in args.recipients]
    return [o for o in objs if o not in envoys and o.i not in {t.i for t in phrases}]


def _gathering_agents(verb: Token, objs: list[Token]) -> list[Token]:
    """Who holds a gathering an act is done to, named in a "by" phrase the parser hung on the
    active verb: "Kenyan police dispersed a rally by opposition supporters" disperses the
    supporters (as "dispersed the supporters" would), "The government banned a march by
    teachers" bans the teachers'.  An active verb has no agent of its own, so a "by" phrase
    after its gathering object is the gathering's (as for a condemned act,
    :func:`_condemned_doers`)."""
    if any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        return []
    gatherings = [o for o in objs if o.dep_ == "dobj" and o.head.i == verb.i
                  and reads_as(lemma_of(o), "N", {"PROTEST"})]
    if not gatherings:
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
            and p.i > gatherings[0].i for o in p.children if o.dep_ == "pobj"]


# Prepositions of the topic of talks, and the verb of entering a body.
TOPIC_PREPS = {"on", "about", "over"}


def _accession_bodies(heads: list[Token]) -> list[Token]:
    """The body that talks on joining it are held with: "Turkey would suspend talks on joining
    the European Union" threatens the EU, "Ukraine and Moldova opened talks on joining the
    European Union" are talks with it.  The "joining" clause hangs on the talks or, misparsed,
    on the verb of the clause ("suspend ... on joining")."""
    joins = [j for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
             for j in p.children if j.dep_ in ("pcomp", "pobj") and lemma_of(j) == "join"]
    return [o for j in joins for o in j.children if o.dep_ == "dobj"]


def _admitted(verb: Token) -> list[Token]:
    """Who an opened way lets in: the "to" party of the opening ("Benin opened its borders today
    to most West Africans ordered out of Nigeria", PLOVER GSR AID-0006: the actor layer codes
    those West Africans NGA CVL), else the destination of what its purpose clause lets
    through ("Uzbekistan finally opened the Friendship Bridge ... to allow the delivery of 1,000
    tons of grain and flour to Afghanistan", RETREAT-0013)."""
    ways = [c for c in verb.children if c.dep_ == "dobj"]
    found = prep_objects([verb] + ways, {"to"})
    if found:
        return found
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)]
    let_through = [o for p in purposes for o in p.children if o.dep_ == "dobj"]
    return prep_objects(let_through, {"to"})


def _addressed(verb: Token, args: Arguments, index: ActorIndex) -> bool:
    """Are all of an accusation's recipients the ones it was made to ("complained to the United
    Nations"), not whom it is about?"""
    to = set(_actors_of(prep_objects([verb], {"to"}), index))
    return bool(args.recipients) and all(r in to for r in args.recipients)


def _noun_actors(noun: Token, index: ActorIndex) -> Arguments:
    """The arguments of a trigger noun, its actor borrowed from the clause around it when its
    own phrase names none."""
    args = _nominal_arguments(noun, index)
    givers, takers = received_from(noun)
    if takers:
        # the giver is the actor ("from" phrase, else the noun's own: "received U.S. aid"), the
        # one who receives the act its recipient
        args.actors = _actors_of(givers, index) or args.actors
        args.actor_path = 1 if args.actors else 0
        args.recipients = [r for r in _actors_of(takers, index) if r not in args.actors] \
            or args.recipients
        return args
    doers, drawer = drawn_reaction(noun)
    if doers:
        # the reaction's doers are its actors, the one who drew it its recipient
        args.actors = _actors_of(doers, index) or args.actors
        args.actor_path = 1 if args.actors else 0
        if not args.recipients:
            args.recipients = [r for r in _actors_of(drawer, index) if r not in args.actors]
        return args
    if not args.actors and noun.dep_ == "pobj" and _partnered_occasion(noun) \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        # "Sánchez said during a visit to Beijing": the visitor is the one who spoke.
        subj, _ = _subject(noun.head.head)
        args.actors = [a for a in _actors_of(subj, index) if a not in args.recipients]
        args.actor_path = 2 if args.actors else 0
    if not args.actors:
        # "Myanmar's military has been accused ... of war crimes, including airstrikes on
        # civilian targets": the accused did the deed the charge names
        args.actors = [a for a in _actors_of(_charged_doer(noun), index)
                       if a not in args.recipients]
        args.actor_path = 1 if args.actors else 0
    if not args.actors:
        _borrowed_actors(noun, index, args)
    return args


# Verbs of charging whose "of" phrase (and what it includes) names the deed of the accused.
CHARGING = {"accuse", "suspect", "convict"}
# The links from a deed noun up to the charge that names it: its "of" phrase, the deeds it
# "includes" ("war crimes, including airstrikes", "such as an attack"), conjuncts, appositions.
CHARGE_LINKS = {"of", "including", "as", "like"}


def _charged_doer(noun: Token) -> list[Token]:
    """The accused of a charge whose "of" phrase names the act noun, or deeds that include it:
    "Myanmar's military has been accused by rights groups of war crimes, including airstrikes
    on civilian targets" (the military: a passive's subject), "Rights groups accused the army of
    atrocities, including airstrikes on villages" (the object).  Empty unless the climb from the
    noun through "of" / "including" / "such as" phrases, conjuncts and appositions reaches such
    a verb within a few steps."""
    node = noun
    for _ in range(6):
        if node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in CHARGE_LINKS:
            break
        up = node.head.head
        if up.pos_ == "VERB":
            if lemma_of(up) not in CHARGING:
                return []
            if _passive(up):
                return [c for c in up.children if c.dep_ in PASSIVE_SUBJECTS]
            return [c for c in up.children if c.dep_ == "dobj"]
        accuser = up
        while accuser.dep_ == "conj" and accuser.head.i != accuser.i:
            accuser = accuser.head
        if accuser.dep_ == "pobj" and accuser.head.dep_ == "agent":
            # the parser hung the phrase on the accusers, or the last of them ("accused by
            # rights groups and U.N. investigators of war crimes"): the charge is still the verb's
            verb = accuser.head.head
            return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] \
                if lemma_of(verb) in CHARGING else []
        node = up
    return []


# Prepositions that set a clause in an occasion its subject takes part in: "during" any act, and
# "in" / "at" one with a named partner ("In a phone call with Chinese President Xi Jinping, Putin
# said ...", "At a meeting with Chinese President Xi Jinping, Putin praised ...").  Narrower
# than ``setting.OCCASION_PREPS``, the occasions that lend an event their date.
PARTNERED_OCCASION_PREPS = {"in", "at"}


def _partnered_occasion(noun: Token) -> bool:
    """Is the trigger noun the occasion of the clause it hangs on: "during a visit to Beijing",
    or "in / at" an act with a "with" partner?"""
    prep = noun.head.lower_
    return prep == "during" or prep in PARTNERED_OCCASION_PREPS and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


# Words that make a pact one only proposed: "a possible deal between Iran and the West".
PROSPECTIVE = {"possible", "potential", "proposed", "prospective", "future", "draft", "planned",
               "eventual", "likely"}


def _prospective(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in noun.children)


def _noun_parties(noun: Token, index: ActorIndex, args: Arguments) -> bool:
    """The parties of a relational noun's "between / among" phrase: "the agreement between
    Israel and Hamas", "talks between China and Japan": with none named outside the phrase they
    are its actors (True); with an actor of its own ("China's talks between ..."), its partners.
    A counted group is the parties named before it: "Sudan and South Sudan ended talks on
    Friday. A meeting between the leaders of the two countries is planned" (:func:`_pair_antecedents`)."""
    phrase = compound_phrase(noun)
    heads = [noun] + ([phrase] if phrase.i != noun.i else [])
    named = prep_objects(heads, {"between", "among", "amongst"})
    parties = (_pair_antecedents(named, index) if len(named) == 1 else []) \
        or _actors_of(named, index)
    if len(parties) < 2 and not args.actors:
        return False
    if not args.actors:
        args.actors, args.actor_path = parties, 1
        return True
    if not args.recipients:
        args.recipients = [p for p in parties if p not in args.actors]
    return False



def _pair_antecedents(subj: list[Token], index: ActorIndex,
                      exclude: Iterable[str] = ()) -> list[str]:
    """The actors a reciprocal "the two sides / both countries" subject refers to: the last
    coordination of exactly that many actors before it, in its sentence or the one before
    ("Sudan and South Sudan ended talks on Friday. The two sides agreed to reopen the border").
    So for the people of a counted pair ("The leaders of the two countries agreed",
    :func:`_counted_group`) and for a pronoun the actor layer tied to such a group ("a year after
    the three military-led governments announced their withdrawal from the regional bloc, which
    they accused of failing to help them", written 9100008).  Skips a pair with one of
    ``exclude``, the clause's own actors when the pair is its object ("Japan and South Korea
    urged both sides to resolve their differences")."""
    if len(subj) != 1:
        return []
    head = _group_mention(subj[0], index)
    count = _counted_group(head, index) if head is not None else 0
    if head is None or not count:
        return []
    pair = _clause_pair(head.head, index) if count == 2 else []
    if len(pair) == 2 and not any(a in exclude for a in pair):
        return pair
    start = head.sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    found = []
    for t in reversed(head.doc[start:head.i]):
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        pair = _listed_state(t, index) + _actors_of([t], index)
        if len(pair) == count and all(a in index.countries for a in pair) \
                and not any(a in exclude for a in pair):
            found.append((t, pair))
    # a pair that acted, the subject of its clause, before one named inside a phrase: "Brazil
    # and Colombia, whose presidents have sought to mediate between Maduro and the opposition,
    # said ... The two governments have pressed Caracas" (written 9300004)
    found.sort(key=lambda f: f[0].dep_ not in SUBJECTS)
    if found:
        return found[0][1]
    return _last_pair(head, index, exclude) if count == 2 else []


# The words that count a group of parties named before, and how many: "the two sides", "both
# countries", "the three governments".
COUNTS = {"two": 2, "both": 2, "three": 3}
# The nouns of the parties whose people a counted group is: "the leaders of the two countries",
# "the two countries' defence ministers", "officials of both governments".
COUNTED_OWNERS = {"side", "country", "nation", "government", "state", "neighbor", "neighbour"}


def _count_of(noun: Token) -> int:
    """How many parties a plural noun counts ("the two sides": 2), else 0."""
    if noun.tag_ != "NNS":
        return 0
    return next((COUNTS[c.lower_] for c in noun.lefts if c.lower_ in COUNTS), 0)


def _counted_group(head: Token, index: ActorIndex) -> int:
    """How many parties named before a group stands for: a counted pair noun ("the two
    sides", "both governments"), or an actor of no country that is the people of one, by its
    "of" or "from" phrase or its possessor ("The leaders of the two countries met", "Officials
    from both countries met", "The two countries' defence ministers met"); else 0."""
    if lemma_of(head) in PAIR_NOUNS and (count := _count_of(head)):
        return count
    group = index.get(head.i)
    if group is None or group in index.countries or head.tag_ not in ("NNS", "NNPS"):
        return 0
    owners = [c for c in head.children if c.dep_ == "poss"] + prep_objects([head], {"of", "from"})
    return next((n for o in owners if lemma_of(o) in COUNTED_OWNERS and (n := _count_of(o))),
                0)


def _listed_state(conj_head: Token, index: ActorIndex) -> list[str]:
    """The state a list of states opens with when the parser made the next one its apposition:
    "Mali, Burkina Faso and Niger formally left the Economic Community of West African States"
    (written 9100008, parsed Mali <- appos Burkina Faso <- conj Niger) — a state is no
    apposition of another; empty for any other phrase."""
    if conj_head.dep_ != "appos":
        return []
    first, second = np_actor(conj_head.head, index), np_actor(conj_head, index)
    if first is None or second is None or first == second \
            or index.kinds.get(first) != "state" or index.kinds.get(second) != "state" \
            or index.countries.get(first) in (None, index.countries.get(second)):
        return []
    return [first]


def _group_mention(token: Token, index: ActorIndex) -> Token | None:
    """``token``, or for a pronoun of an uncoded group, the head of the group's counted mention
    before it ("the three governments ... which they accused": "governments")."""
    if token.pos_ != "PRON":
        return token
    group = index.get(token.i)
    if group is None or group in index.countries:
        return None
    doc = token.doc
    return next((doc[i] for i in index.tokens_of.get(group, ()) if i < token.i
                 and _counted_group(doc[i], index)), None)


# How many sentences back "the two sides" may refer to the last two-party act told.
PAIR_WINDOW = 5


def _last_pair(head: Token, index: ActorIndex, exclude: Iterable[str] = ()) -> list[str]:
    """The two sides of the last two-party act the story told (a meeting, talks or an accord
    of one state's actor "with" another's, or a reciprocal one: ``ActorIndex.pairs``), up to
    ``PAIR_WINDOW`` sentences back, when no coordinated pair is named near "the two sides":
    "Pakistan's foreign minister held talks with Taliban officials in Kabul ... The two sides
    also agreed to speed up work on a railway project".  Empty when the sentence is unknown."""
    if index.sentence < 0:
        return []
    for sent, tok, pair in reversed(index.pairs):
        if tok >= head.i or index.sentence - sent > PAIR_WINDOW:
            continue
        if any(a in exclude for a in pair):
            return []
        return list(pair)
    return []


def _clause_pair(verb: Token, index: ActorIndex) -> list[str]:
    """The two actors of the clause a verb is coordinated with, its subject and its agent or
    object: "Trump was welcomed at the airport by the crown prince, ..., and the two leaders
    held talks at the Royal Court" (written 9200008) — the pair the clause just named, not one
    coordinated in the sentence before.  Empty unless exactly two actors of countries."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    other = verb.head
    parts = [c for c in other.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS + ("dobj",)]
    parts += [o for c in other.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"]
    # and the partner it talked or met "with": "Petro said he had spoken by phone with
    # Venezuelan President Nicolas Maduro and that the two governments had agreed to ..."
    parts += prep_objects([other], {"with"})
    pair = list(dict.fromkeys(a for p in parts for a in _actors_of([p], index)))
    return pair if len(pair) == 2 and all(a in index.countries for a in pair) else []


def _coordinated_nationals(subj: list[Token], index: ActorIndex) -> list[str]:
    """The actors of a subject's coordinated national modifiers, each of its own state: "Cameroon
    and C.A.R. officials met in the C.A.R.'s capital" (VOA 7686618) is a meeting of both
    sides' officials, not of the C.A.R.'s alone.  Empty unless two countries are named."""
    if len(subj) != 1:
        return []
    for mod in subj[0].children:
        if mod.dep_ not in NATIONAL_DEPS or not any(c.dep_ == "conj" for c in mod.children):
            continue
        actors = list(dict.fromkeys(index[t.i] for t in _conjuncts(mod) if t.i in index))
        countries = {index.countries.get(a) for a in actors}
        if len(actors) >= 2 and None not in countries and len(countries) == len(actors):
            return actors
    return []


# Verbs of dying and of being hurt, whose subject is the victim of the attack their "in" phrase
# names: "31 people, including 23 security personnel, lost their lives in Tuesday's train
# hijacking by armed militants" (VOA 8011076), "At least three Iraqi civilians have been killed
# in a suicide car bombing in central Baghdad" (PLOVER gold records).
DYING = {"die", "perish"}
HURT = {"kill", "wound", "injure", "hurt", "maim"}
CASUALTY_PREPS = {"in", "during", "from"}


def _casualties(noun: Token) -> list[Token]:
    """The subject of a verb of dying (or a passive of being hurt) whose "in" phrase the attack
    noun is."""
    noun = compound_phrase(noun)  # "a suicide car bombing"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in CASUALTY_PREPS or prep.head.pos_ != "VERB":
        return []
    verb = prep.head
    died = lemma_of(verb) in DYING or (lemma_of(verb) == "lose" and any(
        c.dep_ == "dobj" and lemma_of(c) == "life" for c in verb.children))
    if died:
        return [c for c in verb.children if c.dep_ in SUBJECTS]
    if lemma_of(verb) in HURT:
        hurt = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        if not hurt and verb.dep_ == "acl" and verb.tag_ == "VBN":
            hurt = _counted_among(verb.head)
        return hurt
    return []


def _counted_among(noun: Token) -> list[Token]:
    """The subject counted "among" the noun a participle of hurting describes: "Fourteen
    soldiers were among those killed in clashes with the rebels" (the soldiers), else the
    noun itself ("the civilians killed in the strike")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in ("AUX", "VERB"):
        return [c for c in prep.head.children if c.dep_ in SUBJECTS]
    return []


def _attack_subject_actors(subj: list[Token], index: ActorIndex) -> list[str]:
    """Who did the attack that is the subject of a verb of killing or hurting: "Recent US
    Predator attacks, occurring about once every three days, have killed at least eight top
    al-Qaeda leaders" (PLOVER gold records), "the attacks carried out by the militants killed"
    — the attack noun's own actor (owner, national modifier, "by" agent)."""
    if len(subj) != 1 or subj[0].pos_ != "NOUN":
        return []
    entry = lookup(lemma_of(subj[0]), "N", ())
    if entry is None or entry.type != "ASSAULT":
        return []
    return _noun_actors(subj[0], index).actors


# The types of a harmful act, whose noun as the object of a verdict names the deed and not the
# accused (PLOVER ACCUSE: the target is whoever did it).
HARM_TYPES = {"ASSAULT", "COERCE"}

# Verbs that lay a deed on someone, whose "on" phrase is the doer even when the parser hangs it
# on the deed: "Islamabad has blamed several recent attacks on militants present on Afghan
# soil" (VOA 8007760).
ATTRIBUTIONS = {"blame", "pin"}


# Verbs whose subject undergoes the act their "under" phrase names.
UNDERGO_VERBS = {"come"}


def _undergoers(noun: Token) -> list[Token]:
    """The subject of "come under" an act noun, who suffers it: "their forces in the sect's
    coastal region near the port city of Latakia came under a calculated attack from Assad
    loyalists" (VOA 8010694), "The Jaffar Express ... came under a bomb and gun attack" (VOA
    8007760, 8009314), "the convoy was passing through Kalat when it came under attack" (VOA
    8007760)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or lemma_of(prep.head) not in UNDERGO_VERBS:
        return []
    subj, _ = _subject(prep.head)
    return subj


def _act_noun(token: Token) -> bool:
    """A noun naming a harmful act: "the attack", "the killing", "Navalny's arrest"."""
    if token.pos_ != "NOUN":
        return False
    lemma = lemma_of(token)
    return lemma in patient_nouns() or reads_as(lemma, "N", HARM_TYPES)


def _condemned_doers(verb: Token, objs: list[Token], index: ActorIndex
                     ) -> tuple[list[Token], list[str]] | None:
    """Whom condemning an act accuses: its doer in the act noun's own phrase (a possessor,
    a "by" phrase, a national modifier), never its victim: "condemned Russia's strikes",
    "condemned the killing of Somali soldiers by al-Shabab", "Egypt condemned the attack on
    Israel" accuses no one named.  None when no direct object is an act noun or the verb lays
    the deed on someone (:data:`ATTRIBUTIONS`); else the other objects and the doers.  A verb's
    own phrase is the act's target when the act has a doer ("condemned the attack by al-Shabab
    on a police post")."""
    if lemma_of(verb) in ATTRIBUTIONS:
        return None
    acts = [o for o in objs if o.dep_ == "dobj" and o.head.i == verb.i and _act_noun(o)]
    if not acts:
        return None
    doers: list[str] = []
    for act in acts:
        doers += [a for a in _nominal_arguments(act, index).actors if a not in doers]
    if not doers and not any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
        # an active verb has no agent: its "by" phrase after the act is the act's, which the
        # parser hung on the verb: "China criticized the detention of Chinese fishermen by Japan"
        late = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                and p.i > min(a.i for a in acts)]
        doers = _actors_of([o for p in late for o in p.children if o.dep_ == "pobj"], index)
    rest = [o for o in objs if o not in acts and (o.dep_ == "dobj" or not doers)]
    return rest, doers


def find_arguments(pred: Predicate, index: ActorIndex) -> Arguments:
    """Actors and recipients of one predicate, from its own clause only."""
    sides = _fight_between(pred, index)
    if sides:
        # both sides act, no recipient (reciprocal: none is lacking), as the VOA gold codes
        # "fighting between rebels and C.A.R. forces" (VOA 7686618: actor the rebels, the
        # forces a further actor, recipient null).  With each side the other's recipient, as
        # written 9100002 codes its lead, VOA even lost a right-dated match and written even
        # date accuracy fell under its floor: measured, this reading is the one kept.
        return Arguments(actors=sides, recipients=[], actor_path=1, reciprocal=True)
    args = _clause_arguments(pred, index)
    if pred.type == "THREATEN" and args.recipients:
        doc = pred.anchor.doc
        kept = [r for r in args.recipients if not _own_side(r, args.actors, index, doc)]
        args.own_forces, args.recipients = len(kept) < len(args.recipients), kept
    return args


def _fight_between(pred: Predicate, index: ActorIndex) -> list[str]:
    """The sides of a fight a gerund names with no subject of its own, in its "between" phrase
    (its actors, :func:`find_arguments`):
    "Fighting between M23 rebels and pro-government militias broke out again", "civilians were
    displaced this week by fighting between rebels and government forces" — the two sides, not
    the clause's subject (the displaced).  Empty unless two or more sides are actors."""
    verb = pred.anchor
    if pred.type != "ASSAULT" or pred.nominal or verb.tag_ != "VBG" \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    sides = _actors_of(prep_objects([verb], {"between"}), index)
    return sides if len(sides) >= 2 else []


# Sectors of a state's own forces, which its government or commanders threaten with, not at.
FORCE_SECTORS = {"MIL", "COP", "SPY"}


def _own_side(recipient: str, actors: list[str], index: ActorIndex, doc: "Doc") -> bool:
    """Is the recipient the threatener's own side, the instrument of the threat rather than its
    target?  "Army chief Gen. Abdel Fattah al-Burhan welcomed the deal but warned that his forces
    would respond to any violation" threatens no one with "his forces": a body whose possessive
    ("his", "its", "our") is a mention of the threatener, or the armed forces of the state the
    threatener is or governs ("Iran warned that the Iranian army would respond")."""
    if recipient in actors:
        return False
    possessed = any(index.get(c.i) in actors
                    for i in index.tokens_of.get(recipient, ())
                    for c in doc[i].children if c.dep_ == "poss")
    country = index.countries.get(recipient)
    return possessed or (
        index.sectors.get(recipient) in FORCE_SECTORS and country is not None
        and any(index.countries.get(a) == country
                and (index.kinds.get(a) == "state" or index.sectors.get(a) in ("GOV", "MIL"))
                for a in actors))


# Sectors of those whose announcement of an arrest or a strike to come is a threat they make.
AUTHORITY_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


def _authority(actor: str, index: ActorIndex) -> bool:
    """Is the actor a state or one of its organs (:data:`AUTHORITY_SECTORS`)?"""
    return index.kinds.get(actor) == "state" or index.sectors.get(actor) in AUTHORITY_SECTORS


def _passive_announcer(verb: Token) -> list[Token]:
    """The speaker who announces an agentless passive act to come (``predicates._future``):
    the subject of the verb of saying whose clause (or a conjunct of it) the passive is, "said
    this week that all Afghans ... had been required to leave by March 31 and that those who
    remain would be arrested and deported" (written 9400006).  Empty for an active verb, a
    passive with an agent, or a clause no verb of saying reports."""
    if not _passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in ANNOUNCING:
        return []
    subj, _ = _subject(clause.head)
    return subj


def _clause_arguments(pred: Predicate, index: ActorIndex) -> Arguments:
    if pred.nominal:
        noun = pred.head
        args = _noun_actors(noun, index)
        if not args.recipients and pred.type == "CONSULT" and pred.entry.mode == "visit":
            to = prep_objects([pred.head], {"to"})
            args.recipients = [r for r in visit_hosts(to, index, args.actors)
                               if r not in args.actors]
        if pred.type == "CONSULT" and pred.entry.mode == "visit":
            _met_on_visit(pred.head, index, args)
        if not args.recipients and pred.type in BENEFIT_TYPES:
            # the party an act of backing or giving is "for": "Turkey's support for Syria's new
            # government", "Russia's backing for Assad", "$1 billion in aid for Ukraine" (not a
            # demand's "for", which names what is asked: "calls for a ceasefire")
            args.recipients = _others(_benefited([noun], index), index, args)
        if not args.recipients and pred.type == "REQUEST":
            args.recipients = _others(demand_addressees([pred.head]) or _asked_of(pred.head),
                                      index, args)
        if not args.recipients and pred.type in ("ACCUSE", "THREATEN"):
            # the accused or warned is the subject of the noun's "that" clause, not a pronoun
            # (the speaker's own: "Iran's warning that it would respond") nor the speaker's
            # own state: "Pakistan's accusation that India backs the militants"
            charged = [x for x in demand_addressees([noun], CHARGE_NOUNS)
                       if x.lower_ not in PRONOUNS]
            selves = _speakers_states(args.actors, index)
            args.recipients = [r for r in _others(charged, index, args) if r not in selves]
        if not args.recipients and pred.type == "ASSAULT":
            args.recipients = _others(_casualties(noun), index, args)
        elif pred.type == "ASSAULT" and not args.actors:
            # the fight's other side killed those killed in it: "Twelve soldiers were killed
            # in clashes with jihadist fighters" (the fighters' act on the soldiers)
            partners = _actors_of(prep_objects([compound_phrase(noun)], {"with"}), index)
            dead = [d for d in _actors_of(_casualties(noun), index) if d not in partners]
            if dead and partners and set(partners) <= set(args.recipients):
                args.actors, args.actor_path = partners, 1
                args.recipients = dead
        if not args.recipients:
            args.recipients = _others(_undergoers(noun), index, args)
        if not args.recipients:
            args.recipients = _others(shifted_partners(noun), index, args)
        if pred.type == "CONSULT":  # "the meeting between Putin and Erdogan" (mode visit too)
            _noun_parties(noun, index, args)
        elif pred.type == "AGREE" and not args.actors and _noun_parties(noun, index, args):
            # A pact between parties is one they made (PLOVER: signing or finalizing an
            # agreement is SUPPORT; the parties of a reciprocal agreement are all actors, with
            # no recipient): "recent agreements between Syria's transitional authorities and an
            # armed group" (VOA 8010694), "a 2013 agreement among Kenya, Somalia and the UNHCR"
            # (VOA 6204080).
            args.recipients, args.concluded = [], not _prospective(noun)
            args.reciprocal = args.concluded
        if not args.recipients:
            args.recipients = _others(_accession_bodies([noun]), index, args)
        if not args.recipients and len(args.actors) >= 2 and pred.type in RECIPROCAL \
                and not args.concluded:
            # "talks between China and Japan": each side is the other's partner.
            args.recipients = list(args.actors)
            args.reciprocal = True
        return args
    verb = pred.anchor
    subj, path = _subject(verb)
    have = perfect_auxiliary(verb) if verb.dep_ == "amod" else None
    if not subj and have is not None:
        # A perfect participle read as an adjective of its object ("Kenyan authorities have
        # since banned civilians from traveling", VOA 6184384): the auxiliary's subject acts.
        subj, path = _subject(have)
    args = Arguments(actors=_actors_of(subj, index))
    args.actor_path = path if args.actors else 0
    args.patrons = [p for p in patrons(subj, index) if p not in args.actors]
    if not args.actors:
        # A text speaks for whoever issued it, named in its own phrase: "A statement from the
        # French foreign ministry condemned the strike", "A joint statement by Egypt and Jordan
        # urged Israel to open the crossings" (as "issued a statement condemning", ``ISSUED``).
        texts = [t for t in subj if t.pos_ == "NOUN" and lemma_of(t) in ISSUED]
        args.actors = [a for t in texts for a in _noun_arguments(t, index).actors]
        args.actor_path = 1 if args.actors else 0
    if pred.type == "CONSULT":
        # Only a meeting: the accord the same officials then signed stays one-sided (tried for
        # every reciprocal type: one VOA odd match fewer, even no better).
        nationals = _coordinated_nationals(subj, index)
        if nationals:
            args.actors = nationals
    if (pred.type in RECIPROCAL or _each_other(verb)) and \
            not any(a in index.countries for a in args.actors):
        # "The two leaders agreed to boost defense spending" after "The leaders of France and
        # Germany met": a pair the actor layer codes as a group of no one state (``of_state_pair``)
        # is the pair named before, as an uncoded one is; so for any act the pair does to
        # "each other" ("Ethiopia and Eritrea fought a border war. The two sides have accused
        # each other of backing rebels")
        pair = _pair_antecedents(subj, index)
        if pair or not args.actors:
            args.actors = pair
            args.actor_path = 2 if args.actors else 0
    elif not any(a in index.countries for a in args.actors):
        # so for one-sided acts of a pair: "Brazil and Colombia ... said in a joint statement
        # that they were 'deeply concerned'. The two governments have pressed Caracas to ..."
        pair = _pair_antecedents(subj, index)
        if pair:
            args.actors, args.actor_path = pair, 2
    if not args.actors and verb.dep_ in ("relcl", "acl") and infinitive(verb) \
            and verb.head.pos_ == "NOUN":
        # The purpose of an act is its actor's: "Thousands of Nigerians from throughout the
        # country were converging Thursday for a rally in Lagos to protest the rights violations"
        # (PLOVER gold records), "he said during a visit to South Africa to meet with other
        # African opposition leaders" (VOA 6181522).
        args.actors = _noun_actors(verb.head, index).actors
        args.actor_path = 2 if args.actors else 0
    if not args.actors and pred.type == "THREATEN" and pred.head.i == verb.i:
        # a coercive act announced in the passive is the announcer's threat: "Information
        # Minister Uladzimir Pertsau said that journalists who worked for 'extremist' media
        # would be prosecuted" (written 9300008)
        args.actors = [a for a in _actors_of(_passive_announcer(verb), index)
                       if _authority(a, index)]
        args.actor_path = 2 if args.actors else 0
    elif pred.statement and pred.type == "THREATEN" and _passive_announcer(pred.head) \
            and lemma_of(pred.anchor) not in WARNINGS:
        # told as the speaker's statement (``predicates._future``), an act announced is a
        # threat only from an authority that can carry it out: "Amnesty International said
        # that protesters in Minsk would be arrested" is no threat of Amnesty's (a warning is
        # the warner's own: al-Shabab "warned drivers that they would be killed")
        args.actors = [a for a in args.actors if _authority(a, index)]
    if not args.actors and pred.type == "ASSAULT":
        args.actors = _attack_subject_actors(subj, index)
        args.actor_path = 2 if args.actors else 0
    args.pronoun = bool(args.actors) and any(t.pos_ == "PRON" for t in subj)
    objs = _objects(verb) or _shared_objects(verb, pred.type) \
        or ([verb.head] if have is not None else [])
    if pred.type in GAP_OBJECT_TYPES and pred.head.i == verb.i and _object_gap(verb):
        # an object relative clause's object is the noun it modifies: "The Trump administration
        # deported more than 200 Venezuelans it accused of gang membership to El Salvador" (the
        # parser hangs "to El Salvador" on "accused")
        objs = [verb.head]
    if pred.type in ("ACCUSE", "SUPPORT") and pred.head.i == verb.i \
            and verb.dep_ in ("relcl", "acl") and lemma_of(verb.head) in MOVES and (
                _object_gap(verb) or any(c.dep_ == "dobj" and c.lower_ in ("that", "which")
                                         for c in verb.children)):
        # "in a move that his legal team called 'inhumane'": the act the move is, whose doer
        # is the one judged
        objs = _move_doers(verb.head) or objs
    if pred.type == "ACCUSE" and pred.head.i == verb.i and lemma_of(verb) in ATTRIBUTIONS:
        # a deed laid "on" someone: the "on" phrase is the accused, the object (or the noun an
        # object relative clause modifies) the deed: "a rise in militant attacks, which it
        # blames on the Pakistani Taliban", "blamed the blackout on saboteurs"
        # (not a date: "blamed the rebels on Monday")
        laid = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                for o in phrase_objects(p) if o.ent_type_ not in ("DATE", "TIME")]
        if laid:
            objs = laid
    if not args.actors and pred.type == "MOBILIZE":
        # Forces deployed with no agent named are the deploying side's own: "officials said
        # several hundred troops and humanitarian workers were deployed to the villages to push
        # back the rebels" (VOA 7686618).
        forces = [t for t in objs if t.dep_ in PASSIVE_SUBJECTS and lemma_of(t) in FORCES]
        args.actors = _actors_of(forces, index)
        args.actor_path = 2 if args.actors else 0
        objs = [o for o in objs if o not in forces]
    if pred.type == "CONSULT" and lemma_of(verb) in TOPIC_VERBS:
        # "called a private meeting ... to discuss Iran's proliferation efforts" (VOA 8009004):
        # the object is the topic; the partners are a "with" phrase or the subject itself.
        objs = [o for o in objs if o.dep_ == "pobj"]
    moved: list[str] = []  # the forces a support verb's noun moves (:func:`_moved_forces`)
    own_measure: list[str] = []  # the actors the support verb's noun names itself
    if pred.target is not None:  # "sanctions could follow if Ankara activated the system"
        objs = [pred.target] + _objects(pred.head)
    elif pred.statement:  # "Balkhi said Islamabad must address internal issues"
        objs, _ = _subject(pred.head)
        if not objs and pred.type == "THREATEN":
            # a threat told by an agentless passive is made on its subject: "said that
            # journalists who worked for 'extremist' media would be prosecuted"
            objs = [c for c in pred.head.children if c.dep_ == "nsubjpass"]
        # not the possessor of an act done to them: "determined that Zamora's detention is
        # arbitrary" (VOA 8010046) accuses his jailers, not Zamora
        objs = [o for o in objs if not patient_possessors(o)]
    elif pred.head.i != verb.i:  # support verb: "imposed sanctions on Turkey"
        noun = _noun_arguments(pred.head, index)
        objs = [o for o in objs if o.i != pred.head.i]
        args.recipients = noun.recipients or _actors_of(participle_targets(pred.head), index) \
            or _others(prep_objects([pred.head], DIRECTED_PREPS), index, args)
        if not args.recipients and pred.type == "ACCUSE" and pred.entry.mode == "investigate":
            # the inquiry's "into" phrase hung on its support verb: "opened investigations into
            # whether the president committed insurrection" (``nominal.inquiry_subjects``)
            into = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"]
            args.recipients = _actors_of(inquiry_subjects(into) + _object_phrases(
                [o for p in into for o in phrase_objects(p)]), index)
        if pred.type in OWN_FORCE_TYPES:
            moved = _actors_of(_moved_forces(pred.head), index)
        if not args.actors and noun.actors:
            args.actors, args.actor_path = noun.actors, noun.actor_path
        # the measure's own state ("the 25% U.S. tariff") imposes it, whoever heads the clause
        own_measure = noun.actors
    if pred.type in OWN_FORCE_TYPES:
        objs = [o for o in objs if not _own_forces(o, args.actors, index)]
    if pred.type == "SANCTION" and pred.head.i == verb.i and lemma_of(verb) in RECALLS:
        objs = _recalled_envoys(verb, objs, index, args)
    if pred.type == "SANCTION" and pred.head.i == verb.i:
        # "suspended flights to Tel Aviv": the state of the place the halted route serves
        routes = [o for o in objs if o.dep_ == "dobj" and lemma_of(o) in ROUTES]
        args.recipients += [h for t in prep_objects(routes + [verb], {"to", "from"})
                            if (h := _country_actor(t, index)) is not None
                            and h not in args.actors + args.recipients]
    if pred.type == "ACCUSE" and not pred.statement and pred.head.i == verb.i:
        condemned = _condemned_doers(verb, objs, index)
        if condemned is not None:
            objs, doers = condemned
            args.recipients += [d for d in doers if d not in args.recipients]
    for obj in list(objs):
        # "urged both sides to show restraint": the pair named before, as a subject's is
        pair = _pair_antecedents([obj], index, args.actors)
        if pair:
            args.recipients += [r for r in pair if r not in args.recipients]
            objs.remove(obj)
    if not args.recipients and pred.type in ("AGREE", "CONSULT") and not pred.statement:
        # "We have agreed that both sides will form a mechanism": the accord is with the other
        # side of the pair its clause names (the sides not the actor's own state)
        own = {index.countries.get(a) for a in args.actors} - {None}
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subj = [c for c in clause.children if c.dep_ in SUBJECTS]
            pair = _pair_antecedents(subj, index) if own else []
            if pair and own & {index.countries.get(r) for r in pair}:
                args.recipients = [r for r in pair if index.countries.get(r) not in own]
                break
    args.recipients += [r for r in _actors_of(_included(objs, index), index)
                        if r not in args.recipients]
    args.recipients = [r for r in args.recipients if r not in args.actors + own_measure]
    # the trigger noun of a support verb ("imposed curbs"), or the object of a verb row
    # ("impose V obj:restrictions")
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i != pred.head.i] + [pred.head]
    measures = [n for n in nouns if n.pos_ == "NOUN" and lemma_of(n) in RESTRICTIONS]
    if not args.recipients and measures and not pred.statement \
            and pred.type in RESTRICTING_TYPES:
        # A restriction imposed "for" a party restricts it: "Greece ... plans to impose
        # restrictions on its labour market for new EU members" (PLOVER GSR THREATEN-0008), as
        # "reintroduce cross-border controls for EU citizens" (VOA 6205696).  The verb's own
        # "for" only when the measure is its object ("imposed restrictions ... for").
        heads = measures + ([verb] if any(m.dep_ == "dobj" and m.head.i == verb.i
                                          for m in measures) else [])
        args.recipients = _others(prep_objects(heads, {"for"}), index, args)
    if not args.recipients and objs and not pred.statement:
        args.recipients = _others(_gathering_agents(verb, objs), index, args)
    if not args.recipients and objs and not pred.statement:
        # "are sanctioned by the U.S. Treasury Department as vessels operated by the state-run
        # Islamic Republic of Iran Shipping Lines" (VOA 8010476): the role an uncoded patient is
        # named in carries its owner.
        roles = prep_objects([verb], {"as"}) if pred.type in PATIENT_TYPES else []
        args.recipients = _others(_object_phrases(objs + roles), index, args)
    args.recipients = [r for r in args.recipients if r not in moved]
    if not args.recipients and not pred.statement:
        args.recipients = _others(_quantified_antecedents(verb), index, args)
    if not args.recipients and args.actors and pred.type == "AGREE" and not pred.statement:
        # A meeting one agrees or offers to hold is with the parties it brings together: "King
        # Hassan of Morocco was quoted today as saying he would be ready to host a meeting
        # between an Israeli peace movement and the Palestine Liberation Organization" (PLOVER
        # GSR AGREE-0041; manual: future meetings are AGREE), as "talks between China and
        # Japan" are the parties' (_noun_parties); so is one offered: "Egypt offered to host
        # talks between Israel and Hamas".
        offered = [o for x in verb.children if x.dep_ == "xcomp"
                   for o in x.children if o.dep_ == "dobj"]
        for obj in objs + offered:
            if obj.pos_ == "NOUN" and reads_as(lemma_of(obj), "N", {"CONSULT"}):
                _noun_parties(obj, index, args)
    if not args.recipients and pred.type in DEAL_TYPES and not pred.statement:
        args.recipients = _sellers(verb, index, args) or _others(_supplied(objs), index, args)
    if not args.recipients and pred.type == "CONSULT" and pred.entry.mode == "visit":
        args.recipients = [r for r in visit_hosts(objs, index, args.actors)
                           if r not in args.actors]
    if pred.type == "CONSULT" and pred.entry.mode == "visit":
        _met_on_visit(verb, index, args)
    if not args.recipients and pred.type in COMPLEMENT_TYPES and not pred.statement \
            and lemma_of(verb) not in DENIALS:
        selves = _speakers_states(args.actors, index) if pred.type in COMMISSIVE_TYPES else set()
        own = {i for a in selves for i in index.tokens_of.get(a, ())}
        finite = pred.type != "REJECT"
        bound = _bound_targets if _uncoded_addressee(verb, pred.type) else list
        args.recipients = _others(bound(_complement_targets(verb, selves=own, finite=finite)),
                                  index, args)
        if not args.recipients and pred.type not in SELF_CLAIMS:
            args.recipients = _others(bound(_complement_targets(verb, own=True, selves=own,
                                                                finite=finite)), index, args)
    if not args.recipients and pred.type in ("AGREE", "AID") and not pred.statement \
            and lemma_of(verb) in GIVING:
        args.recipients = _others(_funded(verb, objs), index, args)
    if not args.recipients and pred.type == "REQUEST" and not pred.statement:
        args.recipients = _others(_asked_of(verb), index, args)
    if not args.recipients and pred.type == "REJECT" and not pred.statement:
        args.recipients = _others(_defied(verb) or _tribunal(verb, index), index, args)
    if not args.recipients and pred.type == "CONSULT" and not pred.statement:
        # the parties a go-between brings together: "Egypt mediated between Israel and Hamas"
        # (as the noun: "undertook mediation mission between Syria and ...", PLOVER gold records)
        args.recipients = _others(prep_objects([verb], {"between"}), index, args)
    if not args.recipients and pred.type in SETTLED_TYPES and not pred.statement:
        args.recipients = _others(_talks_partners(verb) or _dispute_partners(verb), index, args)
    if pred.type == "ACCUSE" and not pred.statement and _addressed(verb, args, index):
        accused = _others(_grievance_parties(verb), index, args)
        if accused:
            args.recipients = accused
    if not args.recipients and pred.type == "RETREAT" and pred.entry.mode == "access" \
            and not pred.statement:
        args.recipients = _others(_admitted(verb), index, args)
    if not args.recipients and pred.type == "THREATEN":
        args.recipients = _others(_condition_subjects(verb), index, args)
    if not args.recipients and pred.type == "PROTEST":
        args.recipients = _others(_protest_targets(verb), index, args)
    if not args.recipients and pred.type == "PROTEST":
        # (not the protest's own demand, a topic the PLOVER manual does not code apart)
        args.recipients = _others(_seceded_from(verb), index, args)
    if pred.type in PURPOSE_TYPES and not any(r in index.countries for r in args.recipients):
        aimed = [r for r in _others(_purpose_targets(verb), index, args)
                 if r not in args.recipients]
        args.recipients += aimed
    if not args.recipients and pred.type in BLOCKING_TYPES and not pred.statement:
        # the party whose roads a blockade shuts: "About 200 supporters of former President
        # Ahmed Ben Bella blocked roads in the capital city of Algiers" (PLOVER gold records)
        ways = [o for o in objs if o.dep_ == "dobj" and lemma_of(o) in WAYS]
        places = prep_objects(ways, WAY_PREPS) + (prep_objects([verb], {"in"}) if ways else [])
        # where the way leads, told by a participle: "Angry French paper workers blocked the
        # Europe Bridge spanning the Rhine from France to Germany" (PLOVER GSR PROTEST-0017;
        # "blocked roads leading to the city centre", PROTEST-0021, names no state)
        leading = [c for w in ways for c in w.children if c.dep_ == "acl" and c.tag_ == "VBG"]
        places += prep_objects(leading + [o for c in leading for o in c.children
                                          if o.dep_ == "dobj"], LEADING_PREPS)
        args.recipients = [r for r in _others(places, index, args) if r in index.countries]
    if not args.recipients and pred.type == "REJECT" and verb.dep_ == "conj" \
            and lemma_of(verb.head) in PROPOSALS:
        # A refusal coordinated with a proposal answers its proposer: "the Chinese side proposed
        # to set a minimum import price, but the European side refused" (VOA 7808748).
        subj, _ = _subject(verb.head)
        args.recipients = _others(subj, index, args)
    if not args.recipients and pred.statement and pred.head.i != verb.i:
        # A demand told to a state, an international body or a person is made of them when its
        # clause names no one else: "France told Israel that it should halt the offensive"
        # (not "told VOA that we must ...": a news outlet is not asked).
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        args.recipients = [r for r in _others(told, index, args) if _addressee(r, index)
                           or (pred.type == "THREATEN" and lemma_of(verb) in WARNINGS)]
    if not args.recipients and pred.statement and pred.type == "REQUEST":
        # A demand on a policy or a thing, not on a party, is made of the state the subject
        # names: "says immigration to France should stop" (VOA 6205696, gold REQUEST France ->
        # France), as the disapproval of "immigration in the EU is 'not working'" accuses the
        # EU (``statements._target``).  Not a partner of a joint act: "said talks with China
        # must continue" (VOA 7808748, gold REQUEST Germany with no recipient) asks no one.
        partners = {u.i for o in objs for t in o.subtree
                    if t.dep_ == "prep" and t.lower_ == "with" for u in t.subtree}
        named = [t for o in objs if o.pos_ == "NOUN" for t in o.subtree
                 if t.i != o.i and t.i not in partners]
        args.recipients = [r for r in _others(named, index, args)
                           if index.kinds.get(r) == "state"]
    if pred.type == "CONSULT" and not pred.statement:
        _locate_partners(objs, index, args)
    if not args.recipients and pred.type in BENEFIT_TYPES and not pred.statement:
        # a light verb's act noun and its "for" party: "China voiced support for Russia",
        # "The European Union expressed its support for Ukraine" (wire forms)
        acts = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        args.recipients = _others(_benefited(acts, index), index, args)
    if not args.recipients and len(args.actors) >= 2 and (
            _each_other(verb) or lemma_of(verb) in EXCHANGES):
        # "Russia and Ukraine accused each other of violating the ceasefire", "India and
        # Pakistan blamed one another for the clash" (wire forms): each actor is the other's
        # recipient, whatever the act's type
        args.recipients = list(args.actors)
        args.reciprocal = True
    if not args.recipients and not pred.statement:
        talks = [o for o in objs + [pred.head] if o.pos_ == "NOUN" and lemma_of(o) in TALKS]
        args.recipients = _others(_accession_bodies([verb] + talks), index, args)
    if not args.recipients and len(args.actors) >= 2 and pred.type in RECIPROCAL \
            and (pred.cameo or pred.entry.cameo) != SIGN_ACCORD \
            and not _struck_object(pred, verb) \
            and not (pred.head.i == verb.i and lemma_of(verb) in GIVING and any(
                c.dep_ in ("prep", "dative") and c.lower_ == "to" and
                any(o.dep_ == "pobj" for o in c.children) for c in verb.children)):
        # (not what the actors give or offer "to" a third party the actor layer left
        # uncoded: "General Motors (GM) and Chrysler have both begun to offer layoff packages
        # to their workforces", MEANTIME, is no deal between the two firms; but "Thailand and
        # Cambodia agreed to a ceasefire" is one)
        args.recipients = list(args.actors)
        args.reciprocal = True
    return args


# The prepositions that name whom a verb of appeal asks: "appealed to donors", "called on
# the rebels".
ASKING_PREPS = {"to", "on", "upon"}


def _uncoded_addressee(verb: Token, type_: str) -> bool:
    """Does a demand name whom it asks, a party the actor layer left uncoded, before the
    infinitive of what they are to do?  The demand is made of them, not of whoever the act they
    are asked for is done to: "The U.N. envoy appealed to donors to fully fund the agency's
    appeal for Sudan" asks the donors, not the agency (who would match no party the text
    codes), as "urged Kenya to protect them" asks Kenya."""
    if type_ != "REQUEST" or not any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children):
        return False
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    asked += prep_objects([verb], ASKING_PREPS)
    return any(t.pos_ in ("NOUN", "PROPN") for t in asked)


def _bound_targets(targets: list[Token]) -> list[Token]:
    """The complement targets of a demand with an uncoded addressee (:func:`_uncoded_addressee`)
    that a pronoun names, itself or as possessor: the pronoun is bound to the addressee ("called
    on the Communist leadership to define its 'so-called ownership' of the sea", VOA 6181504:
    "its" is the leadership's), where a named owner is a third party."""
    return [t for t in targets if t.lower_ in PRONOUNS or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)]


def _benefited(nouns: list[Token], index: dict[int, str]) -> list[Token]:
    """The objects of the "for" phrases of act nouns of backing or giving, or, for an object no
    actor, its possessor: "a bipartisan support for Taiwan's democracy" (VOA 7638284, even
    gold SUPPORT recipient Taiwan)."""
    objs = prep_objects(nouns, {"for"})
    return objs + [c for o in objs if o.i not in index for c in o.children if c.dep_ == "poss"]


def _each_other(verb: "Token") -> bool:
    """Is the object of ``verb``, or of one of its prepositions, a reciprocal pronoun ("each
    other", "one another"): "accused each other", "clashed with one another"?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objs += prep_objects([verb], RECIPROCAL_PREPS)
    # (the parser heads "one another" by either word)
    return any(frozenset((o.lower_, c.lower_)) in RECIPROCAL_PRONOUNS
               for o in objs for c in o.children)


RECIPROCAL_PRONOUNS = {frozenset(("each", "other")), frozenset(("one", "another"))}
# Verbs of an exchange, whose act goes both ways between the parties that make it: "Azerbaijan and
# Armenia traded accusations of cross-border shelling" (CAMEO 2.0 "trade accusations", 112), as
# "accused each other"; "Indian and Pakistani troops exchanged fire" (``triggers.tsv``: "exchange /
# trade" + "fire"), each side's at the other.
EXCHANGES = {"trade", "exchange"}
RECIPROCAL_PREPS = {"with", "against", "on", "at", "to", "for", "toward", "towards"}


def _struck_object(pred: Predicate, verb: Token) -> bool:
    """Does an attack verb strike a direct object of its own, outside its trigger ("exchanged
    fire") and not "each other"?  Then its actors attacked that, not one another: "U.S. and
    British warplanes struck Houthi targets around the port of Hodeidah" is no clash between
    the two air forces, though the actor layer codes no actor in "Houthi targets"."""
    if pred.type != "ASSAULT":
        return False
    inside = {t.i for t in pred.trigger}
    if lemma_of(verb) in EXCHANGES:
        return False  # "Indian and Pakistani troops exchanged fire": each side's at the other
    return not _each_other(verb) and any(
        c.dep_ == "dobj" and c.i not in inside and lemma_of(c) not in PACT_OBJECTS
        for c in verb.children)


# pacts a breach of which is a clash between its parties, not a strike on a target: "Both the
# Phillippines military and the Moro Islamic Liberation Front are guilty of violating the
# ceasefire agreement" (PLOVER gold FIGHT, each side the other's target)
PACT_OBJECTS = {"ceasefire", "cease-fire", "truce", "agreement", "accord", "deal", "armistice"}
# Verbs of giving: what two actors give "to" a third party is no deal between them.
GIVING = {"offer", "give", "provide", "extend", "grant", "send", "deliver", "hand", "pledge",
          "promise", "donate", "supply"}
# Accords to deliver goods, and the verbs of delivering in them.
SUPPLY_DEALS = {"deal", "agreement", "accord", "contract", "pact", "memorandum"}
SUPPLIES = {"supply", "provide", "deliver", "sell", "export", "ship"}


def _supplied(objs: list[Token]) -> list[Token]:
    """The buyer in a deal to supply goods, named by the "to" phrase of the deal's infinitive:
    "Qatar signed a 27-year deal to supply liquefied natural gas to China's Sinopec", "Norway's
    Equinor signed a deal to supply gas to Ukraine's Naftogaz" — the deal's other party, as the
    seller of a deal to buy is (:func:`_sellers`)."""
    deals = [o for o in objs if o.dep_ == "dobj" and lemma_of(o) in SUPPLY_DEALS]
    acts = [c for d in deals for c in d.children
            if c.dep_ in ("acl", "relcl") and infinitive(c) and lemma_of(c) in SUPPLIES]
    return [o for a in acts for p in a.children if p.dep_ in ("prep", "dative")
            and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


# What a giver pledges or provides "for" someone: a sum or a fund.
FUNDS = {"aid", "assistance", "loan", "grant", "financing", "funding", "money", "fund", "credit",
         "investment"}


def _funded(verb: Token, objs: list[Token]) -> list[Token]:
    """Whom a sum or a fund given or pledged is "for": "The World Bank also pledged $6 billion
    in financing for Egypt" pledges it to Egypt (AGREE, as "promised to continue military aid
    to war-torn Mozambique", PLOVER GSR), "Japan offered a $500 million loan for Sri Lanka".
    Only for a sum or a fund: "pledged support for the plan" gives nothing to anyone."""
    sums = [o for o in objs if o.dep_ == "dobj" and (
        o.lower_ in AMOUNTS or lemma_of(o) in FUNDS or o.pos_ == "NUM"
        or any(c.dep_ == "compound" and c.lower_ in FUNDS for c in o.children))]
    if not sums:
        return []
    return prep_objects([verb] + sums, {"for"})


# Acts that strike a deal (agreeing, negotiating, signing) and the words of buying in them: the
# seller of the goods is the deal's other party.
DEAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}
PURCHASES = {"buy", "purchase", "order", "acquire", "acquisition"}


def _sellers(verb: Token, index: ActorIndex, args: Arguments) -> list[str]:
    """The seller in a deal to buy: named by "from" ("Lufthansa agreed to buy 20 aircraft from
    Airbus"), or as the maker of the goods bought, a firm the story names elsewhere ("Russian
    flag carrier Aeroflot has negotiated the purchase of 22 new Boeing 787 Dreamliners, an
    aircraft Boeing currently has under development", MEANTIME; "Officials from the People's
    Republic of China have agreed to purchase 60 Boeing 787 Dreamliner aircraft", MEANTIME)."""
    buys = [c for c in verb.children if lemma_of(c) in PURCHASES and (
        c.dep_ == "xcomp" or (c.dep_ == "dobj" and c.pos_ == "NOUN"))]
    if not buys:
        return []
    sellers = _others(prep_objects(buys + [verb], {"from"}), index, args)
    if sellers:
        return sellers
    goods = [c for b in buys for c in b.children if c.dep_ == "dobj"] + prep_objects(buys, {"of"})
    makers = {t.text for g in goods for t in g.subtree
              if t.i < g.i and t.pos_ == "PROPN" and t.i not in index}
    doc = verb.doc
    found = [aid for tok_i, aid in index.mentions if doc[tok_i].text in makers and
             index.sectors.get(aid) == "BUS" and aid not in args.actors]
    return list(dict.fromkeys(found))


# Proceedings held before a body, which a party refuses by staying away from them, and the verbs
# of taking part in them ("attend the hearing", "take part in the trial", "appear before the
# court").
HEARINGS = {"hearing", "trial", "session", "proceeding", "inquiry", "arbitration"}
ATTENDANCE = {"attend", "join", "participate", "appear"}


def _tribunal(verb: Token, index: dict[int, str]) -> list[Token]:
    """The body a refusal to take part in proceedings refuses: named in a "before" phrase of the
    verb of taking part ("Kenya refused to appear before the court"), of the proceedings, or,
    when the refusal names them, of the clause it qualifies or is coordinated with (``advcl`` or
    ``conj`` of it): "The case went before The Hague-based International Court of Justice (ICJ)
    in mid-March, though Kenya refused to attend the weeklong hearing" (VOA 6204080) refuses
    the court.  A hearing "by" the court is the complement's own object phrase ("Kenya has
    refused to attend a weeklong hearing by the United Nations' highest court", VOA 6203336).
    The body is the "before" object itself, a coded actor: not a time "before" an event its
    modifier names ("declined to join the session before the United Nations vote")."""
    taking_part = [c for c in verb.children if c.dep_ == "xcomp" and (
        lemma_of(c) in ATTENDANCE or (lemma_of(c) == "take" and any(
            o.dep_ == "dobj" and o.lower_ == "part" for o in c.children)))]
    objects = [o for c in taking_part for o in c.children if o.dep_ == "dobj"]
    hearings = [o for o in objects + prep_objects(taking_part + objects, {"in", "at"})
                if lemma_of(o) in HEARINGS]
    heads = taking_part + hearings
    if hearings and verb.dep_ in ("advcl", "conj"):
        heads.append(verb.head)
    return [o for o in prep_objects(heads, {"before"}) if o.i in index]


def _locate_partners(objs: list[Token], index: ActorIndex, args: Arguments) -> None:
    """Replace partners met with no country by the states and bodies their "in" phrase lists:
    "met with officials and businesspeople in charge of foreign trade and commerce in the EU,
    Belgium, Germany, Italy and other countries" (VOA 7808748) met the EU's and those states'.
    A place counts through the story's state actor of its country."""
    for obj in objs:
        partner = np_actor(obj, index)
        if partner is None or partner not in args.recipients or partner in index.countries:
            continue
        located: list[str] = []
        for place in (t for p in obj.subtree if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" for t in _conjuncts(o)):
            found = _country_actor(place, index)
            if found is not None and found not in located + args.actors:
                located.append(found)
        if located:
            at = args.recipients.index(partner)
            args.recipients[at:at + 1] = located


def _country_actor(tok: Token, index: ActorIndex) -> str | None:
    """The actor with a country that ``tok`` is a mention of, else the story's state actor of
    the country of the place ``tok`` names."""
    actor = index.get(tok.i)
    if actor in index.countries:
        return actor
    return index.states.get(index.places.get(tok.i, ""))
