"""The state a place-bound act is aimed at, when its clause names no recipient.

PLOVER codes a protest, a deployment, a curfew or a suspension of aid held in a place as aimed
at the state the place belongs to: "Up to 100 ethnic Albanians demonstrated on Tuesday in
Serbia" (SRB), "Israel has strengthened its forces in Lebanon" (LBN), "Turkish authorities have
imposed a curfew in the town of Cizre in southeastern Turkey" (TUR), "Serbia lifted a night
curfew in Montenegro" (MNE), "Red Cross officials suspended aid deliveries in Baghdad" (IRQ)
(PLOVER gold records).  The place is read from the act's own "in / at / into" phrase (on the
clause head, the trigger noun, or the direct object), never from the rest of the sentence, and
only when the places layer gave it a country.

A government's act on a measure of its own with no party named ("refused to relax strict
rules", "lifted a state of emergency"), its seizure of holdings of no named owner ("is
confiscating party assets"), or a legislature's approval of the state's choice of an
office holder ("The selection was approved by lawmakers"), is aimed at its own state
(:func:`own_state`).

A refusal of a proposal that names no party answers the state the proposal's own phrase
names ("rejected an invitation to attend a meeting next week of Palestinian factions", PSE,
:func:`proposal_state`).

A removal is aimed at the state of the place it takes its object from ("evacuated the wounded
from the besieged Bosnian town of Gorazde", BIH, :func:`removal_state`).

An act that is the purpose of a verb of sending is aimed where it sends ("has sent 21 military
and civilian personnel to Bosnia ... to investigate", :func:`destination_state`), and a visit
made on arrival in a place is paid to its state (:func:`visited_state`).  Asylum sought in a
place is asked of its state (:func:`asylum_host`).

A recipient must be an actor of the article: the state actor of that country when the actor
layer coded one, else one created here (:func:`state_of`: kind ``state``, the place mention as
its mention, no sector: the place names the state, not a part of it).  Besides :mod:`.implicit`
(the implied actor of an unclaimed attack), this is the only place the events stage adds an
actor, both through ``mentions.add_actor``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, NamedTuple

from dateline.actors.nonactors import AIM_VERBS
from dateline.errors import DataError
from dateline.places.candidates import BORDER_WORDS
from dateline.record import Article

from .clauses import DEPARTURES, REMOVALS, _defied
from .lexicon import entries, rows
from .mentions import ActorIndex, add_actor, place_span
from .nominal import ARRIVAL_VERBS, ARRIVALS
from .phrases import _conjuncts
from .predicates import DECISIONS, Predicate, infinitive, lemma_of, named_state, prep_objects
from .statements import CLAIM_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# The types whose place is their target.  Not statements (ACCUSE, REQUEST, REJECT...), whose
# place is where they were said, and not ASSAULT, whose victims the clause names.
PLACE_TYPES = {"PROTEST", "MOBILIZE", "COERCE", "CONCEDE", "SANCTION", "RETREAT"}
PLACE_PREPS = {"in", "at", "into", "inside", "across", "throughout"}
# Threats and pledges, whose place is that of the act they threaten or agree to, in its own
# clause: "The Hamas threatened Monday to resume terrorist activities in Israel", "Leaders of the
# Azadliq (Freedom) opposition coalition agreed to postpone the demonstration in Baku" (PLOVER
# gold records).  Not a venue of talks agreed on ("agreed to meet in Geneva"): a partner is
# met there, not the host.
COMPLEMENT_PLACE_TYPES = {"THREATEN", "AGREE"}
VENUE_VERBS = {"meet", "hold", "host", "attend", "talk", "negotiate", "convene", "gather"}


def _place_phrases(pred: Predicate) -> list["Token"]:
    """The objects of the act's own place phrases: on the clause head, the trigger, and the
    direct object ("imposed a curfew in ..." hangs "in" on either); for a threat, on the act it
    threatens instead ("threatened Monday to resume terrorist activities in Israel")."""
    if pred.type in COMPLEMENT_PLACE_TYPES:
        return _complement_places(pred.anchor)
    return prep_objects(_act_heads(pred, ("dobj",)), PLACE_PREPS)


def _act_heads(pred: Predicate, deps: tuple[str, ...]) -> list["Token"]:
    """The tokens an act's own phrases hang on: its clause head, its trigger, and the clause
    head's children of the dependencies ``deps``."""
    heads = [pred.anchor] + ([pred.head] if pred.head.i != pred.anchor.i else [])
    return heads + [c for c in pred.anchor.children if c.dep_ in deps and c not in heads]


def _complement_places(verb: "Token") -> list["Token"]:
    """The place phrases of the "to" infinitive a threat hangs on it, and of that clause's
    object: "threatened to cut off electricity to the autonomous Azerbaijani republic of
    Nakhichevan" (PLOVER gold records)."""
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is None or not threatened_act(clause):
        return []
    heads = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
    return prep_objects(heads, PLACE_PREPS | {"to", "against"})


def threatened_act(clause: "Token") -> bool:
    """Is ``clause``, the "to" infinitive a threat or pledge hangs on it, an act done where it is
    aimed (its place the threat's, :func:`_complement_places`, ``setting._threatened``)?  Not a
    venue of talks agreed on (``VENUE_VERBS``), nor an act vowed NOT to be done: "Ariel Sharon,
    who has vowed not to return the Golan Heights to Syria" (PLOVER gold) pledges nothing to
    Syria."""
    return lemma_of(clause) not in VENUE_VERBS and not any(c.dep_ == "neg"
                                                           for c in clause.children)


def place_country(pred: Predicate, index: ActorIndex) -> tuple["Token", str] | None:
    """The first place token (and its country) inside the act's place phrases: "in the town of
    Cizre in southeastern Turkey" -> Cizre, TUR."""
    if (pred.type not in PLACE_TYPES | COMPLEMENT_PLACE_TYPES and not _sent_in(pred)) \
            or pred.statement:
        return None
    return state_place(_place_phrases(pred), index)


def _sent_in(pred: Predicate) -> bool:
    """Aid that arrives is given where it arrives: "The first deployment of NATO peacekeeping
    troops have arrived in Bosnia" (PLOVER GSR AID-0008, BIH; ``predicates._peacekeeping``)."""
    return pred.type == "AID" and lemma_of(pred.anchor) in ARRIVAL_VERBS


def state_place(phrases: Iterable["Token"], index: ActorIndex) -> tuple["Token", str] | None:
    """The first place token (and its state's code) inside the subtrees of ``phrases``."""
    for phrase in phrases:
        for tok in phrase.subtree:
            country = index.places.get(tok.i)
            if is_state_code(country):
                return tok, country
    return None


# A demonstration held at a foreign mission is aimed at the state the mission speaks for:
# "Protesters gathered outside the U.S. embassy in Baghdad" (USA, not IRQ where they stand),
# "Hundreds rallied in front of the French embassy in Niamey" (FRA).
MISSION_NOUNS = {"embassy", "consulate", "legation"}
MISSION_PREPS = {"outside", "at", "near", "before", "to", "in", "toward", "towards"}


def mission_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state whose embassy or consulate a protest is held at, as a recipient list: the
    mission's national modifier or possessor ("the U.S. embassy", "Israel's embassy") in the
    act's own place phrase ("outside", "at", "in front of")."""
    if pred.type != "PROTEST" or pred.statement:
        return []
    objects = prep_objects(_act_heads(pred, ("dobj",)), MISSION_PREPS)
    # "in front of the embassy": the object of "front"'s "of"
    objects += [o for t in objects if t.lower_ == "front" for o in prep_objects([t], {"of"})]
    for obj in objects:
        if lemma_of(obj) not in MISSION_NOUNS:
            continue
        mods = [t for t in obj.lefts if t.dep_ in ("amod", "compound", "poss")]
        found = national_modifier(mods) or _place_modifier(obj, index)
        if found is None:
            found = next(((t, index.places[t.i]) for t in mods
                          if is_state_code(index.places.get(t.i))), None)
        if found is not None:
            return [state_of(article, found[0], found[1], index)]
    return []


def place_recipient(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state actor a place-bound act is aimed at (created if the article has none), as a
    recipient list; empty when the act's own clause names no place with a country."""
    found = place_country(pred, index)
    if found is None:
        return []
    tok, country = found
    return [state_of(article, tok, country, index)]


# A verbal attack aimed "at" a state names its target there, no place it happens in: "Beijing hit
# back at Washington", "Venezuela lashed out at Colombia", "Congo pointed the finger at Rwanda"
# (wire idioms of CAMEO 111/112, PLOVER ACCUSE); the actor layer reads the name as a place.
AIMED_AT_TYPES = {"ACCUSE"}


def aimed_at_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state a verbal attack's "at" phrase names by a place name of its own ("hit out at
    Washington"), as a recipient list; empty for a place inside a longer phrase ("at the summit
    in Geneva" is where the words were said)."""
    if pred.type not in AIMED_AT_TYPES or pred.statement or pred.nominal:
        return []
    for obj in prep_objects([pred.anchor], {"at"}):
        country = index.places.get(obj.i)
        if is_state_code(country):
            return [state_of(article, obj, country, index)]
    return []


# Seizures of ground (CAMEO 192 "occupy territory", and the seize mode of COERCE): the state
# whose town, region or positions are taken loses them.  What is taken must be ground: a place,
# or a noun of held ground (``trigger_classes.tsv``'s "held_places", and the nouns below), not
# goods ("seized weapons", "seizing tons of drugs").
SEIZURE_CAMEOS = {"192"}
GROUND = {"part", "parts", "area", "areas", "swath", "swaths", "control", "position",
          "positions", "outpost", "outposts", "base", "bases", "stronghold", "strongholds",
          "land", "lands"}


def seized_ground(article: Article, pred: Predicate, actors: list[str],
                  index: ActorIndex) -> list[str]:
    """The state of the ground a seizure takes, when the clause names no coded party: "The
    rebels captured the strategic town of Kanyabayonga" (COD), "M23 seized large parts of
    North Kivu" (COD), as a place-bound act's place gives its target (:func:`place_recipient`).
    The place must be inside the taken object's own phrase ("control of the city", "the town
    of Gorazde"); a place the act merely happens in is not taken.  A whole state taken by its
    own people is power seized, aimed at no one: "since they seized control of Afghanistan in
    2021" (VOA 7750892, gold recipient none)."""
    if pred.statement or pred.type not in ("COERCE", "ASSAULT"):
        return []
    if (pred.cameo or pred.entry.cameo) not in SEIZURE_CAMEOS and pred.entry.mode != "seize":
        return []
    if pred.nominal:  # "the capture of Goma"
        taken = prep_objects([pred.head], {"of"})
    else:
        taken = [c for c in pred.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    ground = ground_nouns()
    own = {index.countries.get(a) for a in actors}
    for obj in taken:
        if obj.i not in index.places and lemma_of(obj) not in ground \
                and obj.lower_ not in ground:
            continue
        # (not a place a clause about the ground names: "the town, which lies near Rwanda")
        clauses = {t.i for c in obj.children if c.dep_ in ("relcl", "acl", "advcl")
                   for t in c.subtree}
        for tok in obj.subtree:
            country = index.places.get(tok.i)
            if tok.i in clauses or not is_state_code(country):
                continue
            if named_state(tok) == country and country in own:
                return []
            return [state_of(article, tok, country, index)]
    return []


@lru_cache(maxsize=1)
def ground_nouns() -> frozenset[str]:
    """The nouns of taken ground: the "held_places" class and :data:`GROUND`."""
    from .lexicon import word_classes

    return frozenset(word_classes().get("held_places", ())) | GROUND


# The organs of a state that arrest and detain at home, and those whose shootings of a person the
# text gives no nationality are of that person's own state (police, not an army, which may fight
# abroad).
CAPTOR_SECTORS = {"GOV", "COP", "JUD", "MIL"}
POLICE_SECTORS = {"COP"}
# CAMEO 137: threaten with repression (an arrest, a prosecution announced).
REPRESSION_THREAT = "137"
# The organs of justice, and the modes of their acts on a person: a sentence, a charge, an
# inquiry.
JUSTICE_SECTORS = {"JUD", "COP"}
JUDICIAL_MODES = {"convict", "allege", "investigate"}


def captors_state(article: Article, pred: Predicate, actors: list[str],
                  index: ActorIndex) -> list[str]:
    """The state of the organs that arrest, or (police) shoot, a person or group the text gives
    no nationality: an arrest is made at home, of the state's own people ("he was captured by
    Mexican marines in 2022", MEX; "was shot dead by police officers in 2017" in a Philippine
    story, PHL).  In the even-id gold 22 of 25 arrests with both sides coded have both of one
    state.  Only for actors all of one state and all of its official organs (not rebels, nor a
    state named as such, whose act may be abroad)."""
    if (pred.statement and pred.type != "THREATEN") or not actors:
        return []
    if (pred.type == "COERCE" and pred.entry.mode == "arrest") \
            or (pred.type == "THREATEN" and pred.cameo == REPRESSION_THREAT):
        # (a threat of arrest or prosecution too: "Information Minister Uladzimir Pertsau said
        # last month that journalists who worked for 'extremist' media would be prosecuted",
        # written 9300008, BLR -> BLR)
        sectors = CAPTOR_SECTORS
    elif pred.type == "ASSAULT":
        sectors = POLICE_SECTORS
    elif pred.type in ("SANCTION", "ACCUSE") and pred.entry.mode in JUDICIAL_MODES:
        # so are the courts that sentence them and the prosecutors and police that charge
        # them: "A court in eastern Belarus on Wednesday sentenced a freelance journalist to
        # four years in a penal colony" (written 9300008, BLR -> BLR)
        sectors = JUSTICE_SECTORS
    else:
        return []
    countries = {index.countries.get(a) for a in actors}
    if len(countries) != 1 or any(index.sectors.get(a) not in sectors for a in actors):
        return []
    country = countries.pop()
    if not is_state_code(country):
        return []
    actor_id = index.states.get(country)
    if actor_id is None:
        return []
    return [actor_id]


# Nouns of leaving or taking away, whose "from" phrase is the place left (``clauses.DEPARTURES``
# less "disarmament", which leaves no place).
REMOVAL_NOUNS = (DEPARTURES - {"disarmament"}) | {"evacuation", "removal"}
# The particles of a removal verb its "from" phrase may hang on ("pulled ... back from").
REMOVAL_PARTICLES = {"back", "out", "away"}


def removal_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state of the place a removal takes its object (or a withdrawal its forces) from,
    when the clause names no coded party: "U.N. helicopters evacuated the wounded from the
    besieged Bosnian town of Gorazde" (PLOVER gold AID-0007, BIH), "Bosnian Serbs said on
    Tuesday their forces had completed their withdrawal from the beseiged Bosnian town of
    Gorazde" (RETREAT-0019) — as a coded "from" party is the target of a removal verb with an
    object (``clauses._target_preps``: "withdraw its troops from neighboring Lebanon").  A
    removal verb only with an object ("withdrew from the talks" takes nothing away)."""
    if pred.statement:
        return []
    verb, noun = pred.anchor, pred.head
    heads = []
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma_of(verb) in REMOVALS and taken:
        heads += [verb] + taken  # "from" may hang on the object: "evacuated the wounded from"
        # or on the particle: "Russia pulled its forces back from Kherson" ("back" advmod)
        heads += [c for c in verb.children if c.dep_ in ("prt", "advmod")
                  and c.lower_ in REMOVAL_PARTICLES]
    if noun.pos_ == "NOUN" and lemma_of(noun) in REMOVAL_NOUNS:
        # the parser often hangs "from" on what is removed: "the withdrawal of some invasion
        # forces from Panama" (PLOVER GSR RETREAT-0018, PAN)
        heads += [noun] + prep_objects([noun], {"of"})
    for left in prep_objects(heads, {"from"}):
        # the place itself or the one its "of" phrase names ("the town of Gorazde"), or the
        # place an area is around ("pulled its forces back from the area around Kyiv"), not a
        # place deeper in ("withdrew its delegation from the talks in Geneva")
        for tok in [left] + prep_objects([left], {"of", "around", "near"}):
            country = index.places.get(tok.i)
            if is_state_code(country):
                return [state_of(article, tok, country, index)]
    return []


# Prepositions that name what an act is aimed at, whose object's national modifier names the state
# it is aimed at when the object is no actor: "threatened today to impose import restrictions
# against German goods" (DEU), "Palestinian riots against Israeli military policies" (ISR)
# (PLOVER gold records).  "on" only for the types it marks the target of ("sanctions on Russian
# banks"), not "agreed on Iranian proposals".
AIMED_PREPS = {"against"}
AIMED_ON_TYPES = {"SANCTION", "COERCE", "ASSAULT", "THREATEN"}
# Acts that ease a measure, and the measures whose "on" party they were aimed at.
EASING_TYPES = {"RETREAT", "CONCEDE"}
EASED_MEASURES = {"sanction", "sanctions", "blockade", "embargo", "ban", "restriction", "tariff",
                  "curb"}


def national_recipient(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state named by the national modifier of an uncoded "against" object of the act (on
    its clause head, trigger, direct object, or a threat's complement)."""
    if pred.statement:
        return []
    heads = _act_heads(pred, ("dobj", "xcomp"))
    heads += [o for h in list(heads) if h.dep_ == "xcomp" for o in h.children if o.dep_ == "dobj"]
    preps = AIMED_PREPS | ({"on"} if pred.type in AIMED_ON_TYPES else set())
    aimed = prep_objects(heads, preps)
    if pred.type == "ASSAULT" and lemma_of(pred.anchor) in AIM_VERBS:
        # what a shot is fired "at" is what it is aimed at, not only where: "North Korea fired
        # artillery shells at South Korea's border islands" (KOR)
        aimed += prep_objects([pred.anchor], {"at"})
    if pred.type in EASING_TYPES:
        # a measure eased or lifted was on its "on" party: "The United States eased sanctions on
        # Venezuela's oil sector" (VEN), as "lifted sanctions on Syria's central bank" (SYR)
        aimed += prep_objects([h for h in heads if lemma_of(h) in EASED_MEASURES], {"on"})
    if pred.type == "THREATEN":
        # those warned by where they are bound: "warned that all ships heading to Ukrainian
        # Black Sea ports would be considered carriers of military cargo" (UKR)
        for place in _destinations([s for c in pred.anchor.children
                                    if c.dep_ in ("ccomp", "xcomp")
                                    for s in c.children if s.dep_ in WARNED_DEPS]):
            if place.i in index:
                continue
            found = national_modifier(t for t in place.subtree if t.i < place.i)
            if found is not None:
                return [state_of(article, found[0], found[1], index)]
    if pred.type in SEIZING_TYPES and not pred.nominal:
        # what is seized or held belongs to the state its national modifier names: "Iran seized
        # a British oil tanker", "Russia seized three Ukrainian navy ships near Crimea"
        aimed += [c for c in pred.anchor.children if c.dep_ == "dobj"]
    for obj in aimed:
        if obj.i in index or obj.pos_ != "NOUN":
            continue
        found = national_modifier(_national_mods(obj))
        if found is not None:
            return [state_of(article, obj, found[1], index)]
        agent = _aimed_agent(obj, index)
        if agent is not None:
            return [agent]
        # an uncoded possessor that names a state: "sanctions on Venezuela's oil sector"
        for owner in (c for c in obj.children if c.dep_ == "poss"):
            code = named_state(owner)
            if code is not None and is_state_code(code):
                return [state_of(article, owner, code, index)]
    return []


# The subjects of a warning's clause, active or passive.
WARNED_DEPS = ("nsubj", "nsubjpass")
# Participles of travel whose "to" phrase is where the traveller is bound: "ships heading to
# Ukrainian ports", "vessels sailing to Russian ports".
BOUND = {"head", "sail", "travel", "go", "bind", "steam", "fly"}


def _destinations(nouns: list["Token"]) -> list["Token"]:
    """Where each noun is bound, by a participle of travel (:data:`BOUND`) on it."""
    legs = [c for n in nouns for c in n.children
            if c.dep_ in ("acl", "amod") and lemma_of(c) in BOUND]
    return prep_objects(legs, {"to", "for", "toward", "towards"})


# Acts whose direct object is their patient, never their instrument (unlike ASSAULT: "fired
# American missiles"), so that an uncoded object's nation is the recipient.
SEIZING_TYPES = {"COERCE"}
# Participles that tie a thing to a nation by a hyphen: "a British-flagged tanker".
NATIONAL_PARTICIPLES = {"flagged", "owned", "linked", "registered", "operated", "backed"}


def _national_mods(obj: "Token") -> list["Token"]:
    """The left modifiers of ``obj``, with the nation of a hyphenated participle among them:
    "an Israeli-linked cargo ship", "a British-flagged oil tanker"."""
    out: list["Token"] = []
    for mod in obj.lefts:
        out.append(mod)
        if mod.dep_ == "amod" and mod.lower_ in NATIONAL_PARTICIPLES:
            out += [m for m in mod.lefts if m.dep_ in ("amod", "npadvmod", "compound")]
    return out


def _aimed_agent(obj: "Token", index: ActorIndex) -> str | None:
    """The coded actor, with a country, whose doing an uncoded aimed-at object is: its possessor
    or its "by" phrase.  "demonstrations against the alleged human rights violations by the
    Israeli military" (PLOVER gold PROTEST-0026, ISR), "in protest of the Russian government's
    refusal" (PROTEST-0012, RUS)."""
    agents = [c for c in obj.children if c.dep_ == "poss"] + prep_objects([obj], {"by"})
    for tok in agents:
        actor = index.get(tok.i)
        if actor is not None and index.countries.get(actor):
            return actor
    return None


# The acts a kind of domestic noun (``domestic_measures.tsv``) is read for.
DOMESTIC_KINDS = {"measure": ("REJECT", "CONCEDE", "THREATEN"), "appointment": ("SUPPORT",),
                  "holding": ("COERCE",)}


@lru_cache(maxsize=1)
def domestic_measures() -> dict[str, frozenset[str]]:
    """Event type -> the nouns a government acts on at home for it (``domestic_measures.tsv``)."""
    by_type: dict[str, set[str]] = {}
    for row in rows("domestic_measures.tsv"):
        if len(row) != 2 or row[1] not in DOMESTIC_KINDS:
            raise DataError(f"domestic_measures.tsv: expected 'lemma<TAB>kind' with kind one of "
                            f"{', '.join(DOMESTIC_KINDS)}, got {chr(9).join(row)!r}")
        lemma, kind = row
        for etype in DOMESTIC_KINDS[kind]:
            by_type.setdefault(etype, set()).add(lemma)
    return {t: frozenset(words) for t, words in by_type.items()}


# The sectors that act for a state at home: its government, and its legislature (not the
# actor layer's coref.STATE_SECTORS, every official sector).
DOMESTIC_SECTORS = {"GOV", "LEG"}


def own_state(pred: Predicate, actors: list[str], index: ActorIndex) -> list[str]:
    """The authority of a government's (or legislature's) own state, when its act keeps, eases
    or imposes an uncoded measure, or approves an appointment (:func:`domestic_measures`: a
    direct object of the act or of its complement, or the act's passive subject) that names no
    party it is on."""
    measures = domestic_measures().get(pred.type)
    if pred.statement or measures is None:
        return []
    countries = {index.countries.get(a) for a in actors if index.sectors.get(a) in DOMESTIC_SECTORS}
    country = countries.pop() if len(countries) == 1 else None
    if country is None or not is_state_code(country) or country not in index.authorities:
        return []
    heads = _act_heads(pred, ("xcomp",))
    for obj in (c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")):
        measure = next(iter(prep_objects([obj], {"of"})), obj) if obj.lower_ == "state" else obj
        if lemma_of(measure) in measures and not _foreign_party(obj, country, index):
            return [index.authorities[country]]
    return []


def _foreign_party(measure: "Token", country: str, index: ActorIndex) -> bool:
    """Does a measure name whom it is on, as a coded actor or a national modifier, itself or in
    its "on / against / of" phrase, other than a party of the state ``country`` itself: "the ban
    on British beef" is Britain's concern, not France's; "the assets of British companies" too;
    "the appointment of a new interior minister" stays the state's own."""
    for tok in [measure] + prep_objects([measure], {"on", "against", "of"}):
        if tok.i in index:
            if index.countries.get(index[tok.i]) != country:
                return True
        elif (found := national_modifier(tok.lefts)) is not None and found[1] != country:
            return True
    return False


def defied_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state named by the uncoded party a refusal defies, or by the pressure itself: "Moody
    Awori has declined to resign despite growing pressure by the Kenya Anti-Corruption
    Commision" (KEN, PLOVER gold records), "refused despite U.S. pressure" (USA).  The
    fallback for a refusal after :func:`national_recipient`; the coded party is found by the
    arguments stage (``clauses._defied`` too)."""
    if pred.statement or pred.type != "REJECT":
        return []
    for tok in _defied(pred.anchor):
        if tok.i in index:
            continue
        found = national_modifier(tok.lefts) or _place_modifier(tok, index)
        if found is not None:
            return [state_of(article, found[0], found[1], index)]
    return []


# The things a party proposes or asks for, whose refusal answers the party or state their own
# phrase names (a subset of ``clauses.STANCE_NOUNS``): not a claim, an allegation or a statement,
# whose refusal is a denial of what they say ("Both Pakistan and China reject the claims that
# their joint ventures are depriving ethnic Baloch ...", VOA 8007760, gold with no recipient).
PROPOSAL_NOUNS = {"proposal", "offer", "plan", "call", "invitation", "appeal", "request",
                  "demand", "initiative", "bid", "overture", "ultimatum"}


def proposal_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state a rejected proposal concerns, when the refusal names no party: the first state
    the proposal's own phrase names, by a coded actor, a national modifier or a place.  "The
    radical Palestinian Islamic Jihad movement rejected an invitation to attend a meeting next
    week of Palestinian factions" (PSE), "The United Nations on Tuesday rejected a call for its
    peacekeeping forces to be deployed in East Timor" (TLS) (PLOVER gold records).  Only a
    :data:`PROPOSAL_NOUNS` noun that is the refusal's own direct object, and not a "that" clause
    of it, which tells what is asked, not of whom; the fallback after :func:`defied_state`."""
    if pred.statement or pred.type != "REJECT":
        return []
    for obj in (c for c in pred.anchor.children if c.dep_ == "dobj"):
        if obj.i in index or lemma_of(obj) not in PROPOSAL_NOUNS:
            continue
        content = {t.i for c in obj.children if any(m.lower_ == "that" and m.dep_ == "mark"
                                                    for m in c.children) for t in c.subtree}
        for tok in obj.subtree:
            if tok.i == obj.i or tok.i in content:
                continue
            actor = index.get(tok.i)
            if actor is not None and is_state_code(index.countries.get(actor)):
                return [actor]
            found = national_modifier([tok])
            if found is None and is_state_code(index.places.get(tok.i)):
                found = tok, index.places[tok.i]
            if found is not None:
                return [state_of(article, found[0], found[1], index)]
    return []


def rejected_party(pred: Predicate, index: ActorIndex) -> list[str]:
    """The coded party whose act or thing a refusal turns down, named in the "of" phrase of its
    uncoded direct object, when the refusal names no party: "said they also opposed the
    deployment of a regional peacekeeping force" (PLOVER gold REJECT, the force), "she will not
    accept the presence of U.S. troops in Mexico" (the troops).  Only a party with a country;
    the fallback after :func:`proposal_state`."""
    if pred.statement or pred.nominal or pred.type != "REJECT":
        return []
    for obj in (c for c in pred.anchor.children if c.dep_ == "dobj"):
        if obj.i in index:
            continue
        for owner in prep_objects([obj], {"of"}):
            for tok in [owner, *owner.conjuncts]:
                actor = index.get(tok.i)
                if actor is not None and index.countries.get(actor):
                    return [actor]
    return []


# Relative pronouns that stand for the antecedent noun in its clause.
RELATIVE_PRONOUNS = {"which", "that"}
# Participles that make a hyphenated prefix the party behind a meeting or a plan: "U.S.-led
# talks", "Qatari-mediated negotiations", "an Egyptian-brokered proposal".
SPONSORING = ("-led", "-brokered", "-mediated", "-sponsored", "-hosted", "-drafted")


def refused_antecedent_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state behind the thing a refusal in a relative clause turns down, when the clause
    names no party: the state that leads or proposes its antecedent, by a hyphenated prefix or a
    national modifier.  "U.S.-led talks in Switzerland in August, which the army refused to
    attend, produced ..." (the United States, written 9200002).  Only when the relative pronoun
    is the object of the refusal or of its complement ("refused to attend")."""
    from dateline.countries import country_code, demonym_code

    verb = pred.anchor
    if pred.statement or pred.nominal or pred.type != "REJECT" or verb.dep_ != "relcl":
        return []
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS
               for h in heads for c in h.children):
        return []
    # (the parser may hang the clause on the place of its antecedent: "U.S.-led talks in
    # Geneva, which the army refused to attend")
    things = [verb.head] + ([verb.head.head.head] if verb.head.dep_ == "pobj"
                            and verb.head.pos_ == "PROPN" else [])
    for thing in things:
        if thing.pos_ != "NOUN" or thing.i in index:
            continue
        for mod in thing.lefts:
            for suffix in SPONSORING:
                if mod.lower_.endswith(suffix):
                    prefix = mod.text[:-len(suffix)]
                    code = country_code(prefix) or demonym_code(prefix)
                    if is_state_code(code):
                        return [state_of(article, mod, code, index)]
        found = national_modifier(_national_mods(thing))
        if found is not None:
            return [state_of(article, found[0], found[1], index)]
        break
    return []


def _place_modifier(tok: "Token", index: ActorIndex) -> tuple["Token", str] | None:
    """A left modifier of ``tok`` that the places layer geocoded to a state ("the Kenya
    Anti-Corruption Commission")."""
    for mod in tok.lefts:
        country = index.places.get(mod.i)
        if mod.dep_ in ("compound", "poss") and is_state_code(country):
            return mod, country
    return None


def national_modifier(mods: Iterable["Token"]) -> tuple["Token", str] | None:
    """The first of ``mods`` that is a national modifier ("German goods", "A Russian missile
    strike"), with its state's code."""
    from dateline.countries import demonym_code

    for mod in mods:
        # ("npadvmod": the nation of a hyphenated participle, "an American-owned factory")
        if mod.dep_ in ("amod", "compound", "npadvmod") and mod.pos_ in ("ADJ", "PROPN"):
            code = demonym_code(mod.text)
            if is_state_code(code):
                return mod, code
    return None


def is_state_code(country: str | None) -> bool:
    """Is ``country`` the code of a state (not an IGO, a region or none)?"""
    return bool(country) and len(country) == 3 and not country.startswith("IGO")


def state_of(article: Article, tok: "Token", country: str, index: ActorIndex) -> str:
    """The story's state actor of ``country``, else one created at the (place) mention ``tok``:
    no sector, as the place names the state, not a part of it."""
    actor_id = index.states.get(country)
    if actor_id is None:
        actor_id = add_actor(article, index, place_span(article, tok), "state", country)
        index.states[country] = actor_id
    return actor_id


# Verbs of sending people or goods somewhere, whose purpose clause is an act done where they are
# sent: "The United Nations has sent 21 military and civilian personnel to Bosnia on Wednesday to
# investigate the feasibility of a 10,000-member peacekeeping force" (BIH), "The IAEA has
# dispatched inspectors to Esfahan Uranium Conversion Facilities (UCF) in central Iran to monitor
# resumption of peaceful nuclear work at the plant" (IRN) (PLOVER gold records).
SENDING = {"send", "dispatch", "deploy", "airlift", "fly", "rush"}


# Nouns of a frontier, whose "with" phrase names the neighbour a show of force faces, and the
# prepositions that put forces at it.
BORDER_PREPS = {"to", "on", "along", "near", "at", "toward", "towards"}
# Forces moved to a border, and a border closed or opened ("Nepal reopened its border with India").
BORDER_TYPES = {"MOBILIZE", "COERCE", "RETREAT"}
# The ways through a border, closed or opened as it is: "closed its land crossings with Russia".
CROSSINGS = {"crossing", "crossings", "checkpoint", "checkpoints"}
# Heads that count part of what their "of" phrase names: "all eight of its crossings".
PARTS = {"all", "some", "most", "part", "several", "many", "both"}


def border_state(article: Article, pred: Predicate, actors: list[str],
                 index: ActorIndex) -> list[str]:
    """The neighbour a mobilization at a shared border faces: "Russia massed troops on the
    border with Ukraine", "Azerbaijan deployed tanks along its border with Armenia" (UKR, ARM;
    PLOVER manual: a show of force is aimed at whom it warns), and the neighbour a border closed
    or reopened shuts out or lets in: "Nepal reopened its border with India" (IND).  The coded
    party of the "with" phrase, else the state its place or name names; never the actors' own."""
    if pred.statement or pred.type not in BORDER_TYPES:
        return []
    verb = pred.anchor
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # a count of them: "Finland closed all eight of its land crossings with Russia"
    objects += prep_objects([o for o in objects if o.pos_ == "NUM" or lemma_of(o) in PARTS],
                            {"of"})
    own = {index.countries.get(a) for a in actors}
    # forces are moved to a border (a phrase); a border is closed or reopened (the object) —
    # an arrest "near its border with Egypt" is aimed at no neighbour
    placed = prep_objects([verb] + objects, BORDER_PREPS) if pred.type == "MOBILIZE" else []
    borders = [b for b in placed + objects if lemma_of(b) in BORDER_WORDS | CROSSINGS]
    for neighbour in prep_objects(borders, {"with"}):
        for tok in _conjuncts(neighbour):
            actor = index.get(tok.i)
            if actor is not None and is_state_code(country := index.countries.get(actor)) \
                    and country not in own:
                return [actor]
            # an uncoded neighbour: its place, else its name ("the border with Ukraine")
            country = index.places.get(tok.i) or named_state(tok)
            if is_state_code(country) and country not in own:
                return [_authority_of(article, tok, country, index)]
    return []


def destination_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The party an act is aimed at when it is the "to" infinitive purpose of a verb of sending
    (:data:`SENDING`) and names no recipient of its own: the coded actor with a country that the
    sending verb's "to" phrase names, else the state of the first place in that phrase.  Only
    the sending verb the purpose clause hangs on, never another clause of the sentence."""
    verb = pred.anchor
    if pred.statement or pred.nominal or verb.dep_ not in ("advcl", "xcomp") \
            or not infinitive(verb) or lemma_of(verb.head) not in SENDING:
        return []
    return _destination_party(article, prep_objects([verb.head], {"to"}), index)


def _destination_party(article: Article, destinations: list["Token"], index: ActorIndex,
                       own: set[str | None] | None = None, authority: bool = True) -> list[str]:
    """The party a destination phrase names: the coded actor with a state code among
    ``destinations``, else the authority (or, without ``authority``, the state actor) of the
    first place's country; nothing for a country in ``own``."""
    own = own or set()
    for tok in destinations:
        actor = index.get(tok.i)
        if actor is not None and is_state_code(country := index.countries.get(actor)):
            return [actor] if country not in own else []
    found = state_place(destinations, index)
    if found is None or found[1] in own:
        return []
    if authority:
        return [_authority_of(article, *found, index)]
    return [index.states.get(found[1]) or state_of(article, *found, index)]


def aid_destination(article: Article, pred: Predicate, args_actors: list[str],
                    index: ActorIndex) -> list[str]:
    """The state aid is sent to when the clause names no recipient but a destination: "China
    sent a team of 82 rescuers and 20 tons of supplies to Mandalay" (MMR), "delivered food to
    Gaza".  The "to / into" phrase of the verb or of its object; the coded actor with a state
    code it names, else the state of its first place — not the sender's own country ("flew
    supplies to its troops in Mali" is no aid to itself)."""
    if pred.type != "AID" or pred.statement or pred.nominal:
        return []
    heads = _act_heads(pred, ())
    # the parser hangs the destination anywhere in a long object: "sent a team of 82 rescuers
    # and 20 tons of supplies to Mandalay" ("to" on "supplies")
    heads += [t for o in pred.anchor.children if o.dep_ == "dobj" for t in o.subtree
              if t.pos_ in ("NOUN", "PROPN")]
    own = {index.countries.get(a) for a in args_actors}
    # the state itself, not its most-named body (which may be a shadow government)
    return _destination_party(article, prep_objects(heads, {"to", "into"}), index, own,
                              authority=False)


def visit_hosts(tokens: Iterable["Token"], index: ActorIndex, visitors: Iterable[str] = (),
                article: Article | None = None) -> list[str]:
    """The hosts of a visit named by its places ``tokens`` (and their conjuncts): "visited
    Europe", "a visit to Beijing" -> the story's state actor of that country, when the story
    names one (VOA 6238998).  With ``article``, when it names none: the authority of the first
    place's country inside the phrases (:func:`_authority_of`, a state actor created there if
    the story has no body of it either).  Not a place of the visitor's own country: "During a
    visit to Quetta ..., Pakistan's Prime Minister" (VOA 8009976) visits no one.

    ``arguments.find_arguments`` asks without ``article`` (a recipient the story names);
    :func:`visited_state`, the last fallback of the recipients, with it."""
    places, states = index.places, index.states
    own = {c for v in visitors if (c := index.countries.get(v))}
    tokens = list(tokens)
    out: list[str] = []
    for tok in tokens:
        for t in _conjuncts(tok):
            code = places.get(t.i)
            actor = states.get(code) if code and code not in own else None
            if actor is not None and actor not in out:
                out.append(actor)
    if out or article is None:
        return out
    found = state_place(tokens, index)
    if found is None or found[1] in own:
        return []
    return [_authority_of(article, *found, index)]


def visited_state(article: Article, pred: Predicate, actors: list[str],
                  index: ActorIndex) -> list[str]:
    """The host state of a visit its clause names by a place (:func:`visit_hosts`, creating
    the state when the story has no actor for it): the place of a visit noun's "to" phrase, of
    a visit verb's object, or where its visitor arrived on it (``nominal.ARRIVALS``, its "in /
    at / to" phrase: "Iraqi President Saddam Hussein arrived in Amman on a previously
    unannounced visit on Wednesday", PLOVER gold CONSULT-0004, JOR)."""
    if pred.type != "CONSULT" or pred.entry.mode != "visit" or pred.statement:
        return []
    head = pred.head
    if pred.nominal:
        phrases = prep_objects([head], {"to"})
        gov = head.head.head
        if head.dep_ == "pobj" and head.head.lower_ in ("on", "for") \
                and lemma_of(gov) in ARRIVALS and gov.pos_ == "VERB":
            phrases += prep_objects([gov], {"in", "at", "to"})
    else:
        phrases = [c for c in pred.anchor.children if c.dep_ == "dobj"]
    return visit_hosts(phrases, index, actors, article)


# What is asked of the state whose territory it is sought in (PLOVER manual, AID: "Asylum, both
# to persons in its territories (territorial asylum) and diplomatic asylum on the premises of an
# embassy"): the nouns of the "seek" rows of triggers.tsv.
SHELTER_NOUNS = {"asylum", "refuge"}


def asylum_host(article: Article, pred: Predicate, actors: list[str],
                index: ActorIndex) -> list[str]:
    """The state asked for asylum, named by the place it is sought in: "Some 800,000 Iraqi
    Kurds sought refuge in Germany last month" (PLOVER gold DEMAND-0013, DEU) — its "in" phrase,
    on the verb or on the asylum noun (:func:`visit_hosts`: the story's authority of that
    country, else a state created there; not a place of the seekers' own country)."""
    if pred.type != "REQUEST" or pred.statement or pred.nominal:
        return []
    sought = [c for c in pred.anchor.children
              if c.dep_ == "dobj" and lemma_of(c) in SHELTER_NOUNS]
    if not sought:
        return []
    return visit_hosts(prep_objects([pred.anchor] + sought, {"in"}), index, actors, article)


def _authority_of(article: Article, tok: "Token", country: str, index: ActorIndex) -> str:
    """The story's authority of ``country`` (its state actor, else its most-named official
    body: "Chinese officials" stand for China when no actor names the state), else a state
    actor created at the place mention ``tok`` (:func:`state_of`)."""
    return index.authorities.get(country) or state_of(article, tok, country, index)


# How many sentences back a denial of "the accusation" or a refusal may look for the act it
# answers: the charge is often two sentences back, a quote of its accuser between ("... which
# it accused of violating the truce. "We are committed ...," M23 spokesman Lawrence Kanyuka
# wrote on X. Congo's army spokesman ... rejected the accusation").
ANSWER_WINDOW = 3
# Refusals (REJECT triggers) that answer a demand made of the refuser: "Beijing demanded that
# Takaichi retract the remarks, and when she refused, ..." (the demander is the recipient).
REFUSALS = {"refuse", "decline"}


class Said(NamedTuple):
    """An act told earlier in the story, as the answers to it need it (:func:`answered_party`)."""
    sentence: int
    token: int
    type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]


def answered_party(pred: Predicate, actors: list[str], sent_no: int, said: list[Said],
                   index: ActorIndex) -> list[str]:
    """The party a rejection answers, when its clause names none: the accuser of a charge it
    denies, the demander of a demand it refuses.  Only when the answer points back at the act
    and the story told that act with the rejecter (or its state) as its recipient, within
    :data:`ANSWER_WINDOW` sentences before:

    - a denial of "the accusation / the allegations / the charge" — a claim noun
      (``statements.CLAIM_NOUNS``) with a definite determiner and no content clause of its own
      — answers the latest ACCUSE aimed at the denier: "Finnish officials accused Russian
      border guards of escorting the migrants ... The Kremlin has denied the accusation"
      (Finland).  A denial that says what it denies ("rejected the allegation that Baloch
      separatists have put down roots", "deny providing sanctuary", VOA 8009976, 8007760) or a
      charge with no coded accuser ("Gachagua denied all the charges", VOA 7846440) keeps no
      recipient, as the VOA gold codes them;
    - a bare refusal ("refused", "declined", with no object) answers the latest REQUEST made of
      the refuser: "Beijing demanded that Takaichi retract the remarks, and when she refused"
      (China)."""
    if pred.type != "REJECT" or pred.statement or pred.nominal or not actors:
        return []
    verb = pred.anchor
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    wanted = ""
    if lemma_of(verb) in REFUSALS and not objects:
        wanted = "REQUEST"
    elif any(o.dep_ == "dobj" and lemma_of(o) in CLAIM_NOUNS and o.i not in index
             and _definite(o)
             and not any(c.dep_ in ("acl", "ccomp", "relcl") for c in o.children)
             for o in objects):
        wanted = "ACCUSE"
    if not wanted:
        return []
    own = set(actors)
    states = {c for a in actors if is_state_code(c := index.countries.get(a))}
    for act in reversed(said):
        if act.sentence < sent_no - ANSWER_WINDOW or act.type != wanted \
                or (act.sentence == sent_no and act.token >= verb.i):
            continue
        if own & set(act.actors):
            continue  # the rejecter's own charge or demand
        if own & set(act.recipients) or states & {index.countries.get(r) for r in act.recipients}:
            return list(act.actors)
    return []


DEFINITE = {"the", "these", "those", "this", "that", "such", "all"}


def _definite(noun: "Token") -> bool:
    """Has ``noun`` a determiner of :data:`DEFINITE` ("the arrests", "this decision")?"""
    return any(d.dep_ == "det" and d.lower_ in DEFINITE for d in noun.children)


# Reactions to an act a noun names, which are aimed at whoever did it.
REACTION_TYPES = {"ACCUSE", "SUPPORT"}
# How many sentences back the act may be told: a story tells its act in the lead and comes back
# to the reactions later (as :data:`JUDGMENT_WINDOW`).
REACTION_WINDOW = 20


# Verbs that make or decide the thing they name, whose doer answers for it: "Finland's parliament
# approved a law ... Amnesty described the law as 'a license for pushbacks'" (not a verdict on
# it: "Zakharova called the new law ..." is no maker of the law).
MAKING = DECISIONS | {"pass", "enact", "issue", "impose", "introduce", "launch", "order",
                      "conduct", "declare", "announce"}


def reacted_doer(pred: Predicate, actors: list[str], sent_no: int, said: list[Said],
                 index: ActorIndex) -> list[str]:
    """The doer of an act the story told just before, when a reaction names it by a definite
    noun of the same verb and no doer ("Police arrested the former president on Tuesday ...
    His daughter called the arrest 'oppression and persecution'": the police): the actors of
    the latest act of that lemma within :data:`REACTION_WINDOW` sentences before, none of them
    the reacting side's own."""
    if pred.type not in REACTION_TYPES or pred.statement or pred.nominal or not actors:
        return []
    verb = pred.anchor
    doc = verb.doc
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    # (the parser makes the act the modifier of a quoted verdict: "called the arrest
    # 'oppression and persecution'", "the" on "oppression")
    # ... or its compound, the verdict taken for the head: "called the arrests part of a
    # campaign to silence the opposition" ("the" on "part", "arrests" a compound of it)
    nouns = [n for o in objects for n in [o] + [m for m in o.children
                                                if m.dep_ in ("nmod", "compound") and m.i < o.i]
             if n.pos_ == "NOUN" and n.i not in index
             and (_definite(n) or _definite(o) or _dated(n))
             # (a possessor or "by" phrase names its doer, a modifier may name another act; an
             # adjective that names no one does not: "called the new law a ...")
             and not any((c.dep_ == "poss" and not _date_word(c)) or c.dep_ == "compound"
                         or (c.dep_ == "amod" and (c.ent_type_ or c.pos_ != "ADJ"))
                         or (c.dep_ == "prep" and c.lower_ == "by") for c in n.children)]
    if not nouns:
        return []
    lemmas = {lemma_of(n) for n in nouns}
    recent = _recent_acts(said, sent_no, set(actors))
    for act in recent:
        done = doc[act.token]
        # the act's verb, or the thing it made: "Finland's parliament approved a law ...
        # Zakharova called the new law 'another manifestation of the Russophobia ...'"
        if lemma_of(done) in lemmas or (lemma_of(done) in MAKING and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and lemma_of(c) in lemmas
                for c in done.children)):
            return list(act.actors)
    # else the act told by another word of its type: "a Phnom Penh court freed the journalist
    # ... Reporters Without Borders welcomed the release" (the court), "the gunmen were holding
    # 200 hostages ... the chief minister said, condemning the attack" (the gunmen)
    kinds = {t for lemma in lemmas for t in _act_types(lemma)}
    for act in recent:
        if act.type in kinds:
            return list(act.actors)
    return []

def _recent_acts(said: list[Said], sent_no: int, own: set[str]) -> list[Said]:
    """The acts told in the ``REACTION_WINDOW`` sentences before ``sent_no``, latest first, done
    by others than ``own`` (a reaction answers someone else's act)."""
    return [act for act in reversed(said)
            if sent_no - REACTION_WINDOW <= act.sentence < sent_no
            and act.actors and not own & set(act.actors)]


# Demands whose object is the removal of a thing, aimed at whoever put the thing there.
REMOVAL_DEMANDS = {"REQUEST"}


def withdrawn_owner(pred: Predicate, actors: list[str], sent_no: int, said: list[Said],
                    index: ActorIndex) -> list[str]:
    """The party a demand for a thing's removal is made of, when the thing is a definite noun
    that names no one: the doer of the latest act told before whose object is that thing.
    "Manila deployed one of its largest coast guard ships, the BRP Teresa Magbanua, to the
    area ... Beijing has demanded the ship's withdrawal" (the Philippines, written 9500002).
    A named or national thing ("the withdrawal of Rwandan troops") is the clause's own."""
    if pred.type not in REMOVAL_DEMANDS or pred.statement or pred.nominal or not actors:
        return []
    verb = pred.anchor
    removals = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                and lemma_of(o) in REMOVAL_NOUNS]
    things = [t for o in removals
              for t in [c for c in o.children if c.dep_ == "poss"] + prep_objects([o], {"of"})
              if t.pos_ == "NOUN" and t.i not in index and _definite(t)
              and national_modifier(t.lefts) is None]
    if not things:
        return []
    lemmas = {lemma_of(t) for t in things}
    doc = verb.doc
    for act in _recent_acts(said, sent_no, set(actors)):
        placed = [t for c in doc[act.token].children if c.dep_ == "dobj" for t in c.subtree]
        if any(t.pos_ == "NOUN" and lemma_of(t) in lemmas for t in placed):
            return list(act.actors)
    return []


# Nouns of an incident that a reaction names as the act of whoever caused it, with the type of
# that act: "two Chinese coast guard ships rammed the vessel ... The United States condemned
# Sunday's collision" (China).
INCIDENT_TYPES = {"collision": "ASSAULT", "ramming": "ASSAULT"}
# The types of act a reaction's noun may name, when the lexicon reads it as one.
REACTED_ACT_TYPES = {"ASSAULT", "COERCE", "RETREAT"}


def _act_types(lemma: str) -> set[str]:
    """The types of act (:data:`REACTED_ACT_TYPES`) the noun ``lemma`` names: "the attack"
    (ASSAULT), "the arrest" (COERCE), "the release" (RETREAT), "the collision"."""
    if lemma in INCIDENT_TYPES:
        return {INCIDENT_TYPES[lemma]}
    return {e.type for e in entries().get((lemma, "N"), ()) if e.type in REACTED_ACT_TYPES}


def _date_word(tok: "Token") -> bool:
    """A possessor that dates the act, not its doer: "Sunday's collision"."""
    return tok.ent_type_ in ("DATE", "TIME")


def _dated(noun: "Token") -> bool:
    """Is ``noun`` made definite by a date possessor ("Sunday's collision")?"""
    return any(c.dep_ == "poss" and _date_word(c) for c in noun.children)


# What a court hands down or holds, whose approval, condemnation or refusal is aimed at the
# court (or, for a trial, the state that holds it through its court).
JUDGMENT_NOUNS = {"verdict", "ruling", "judgment", "judgement", "sentence", "warrant",
                  "conviction", "acquittal", "trial", "proceedings", "proceeding"}
JUDGMENT_TYPES = {"SUPPORT", "ACCUSE", "REJECT"}
# How many sentences back the court of "the verdict" may be named: a story names its court in
# the lead and comes back to the reactions at its end ("A Venezuelan judge has issued an arrest
# warrant ..." 18 sentences before "Borrell rejected the warrant", written 9300004).
JUDGMENT_WINDOW = 20


def _judgment_under_verdict(verb: "Token") -> bool:
    """A judgment noun the parser hung as a modifier of the quoted verdict on it, the article on
    the verdict: "he called the ruling “arbitrary”" ("ruling" an adjective of "arbitrary")."""
    return any(c.dep_ in ("oprd", "dobj") and _definite(c)
               and any(m.dep_ in ("amod", "nmod", "compound") and m.i < c.i
                       and m.lower_ in JUDGMENT_NOUNS for m in c.children)
               for c in verb.children)


def judging_court(pred: Predicate, actors: list[str], index: ActorIndex) -> list[str]:
    """The court whose verdict, ruling, warrant or trial is welcomed, condemned or rejected,
    when the clause names no party: the latest court (a coded actor of the judiciary with a
    country, not the speaker) mentioned before the trigger within :data:`JUDGMENT_WINDOW`
    sentences.  "Bangladesh's Supreme Court on Sunday scaled back a contentious quota system ...
    the government welcomed the verdict" (the court), "A Venezuelan judge has issued an arrest
    warrant ... Borrell rejected the warrant" (written 9300002, 9300004); "A court in eastern
    Belarus ... sentenced a freelance journalist ... The U.S. State Department has condemned the
    trials" (Belarus, 9300008).  Only the act's own definite direct object ("the verdict", "the
    trials"): a ruling "by" a tribunal or the court's own ruling names its court in the clause."""
    if pred.statement or pred.nominal or pred.type not in JUDGMENT_TYPES:
        return []
    verb = pred.anchor
    if not any(c.dep_ == "dobj" and lemma_of(c) in JUDGMENT_NOUNS and c.i not in index
               and _definite(c) for c in verb.children) and not _judgment_under_verdict(verb):
        return []
    own = set(actors)
    doc = verb.doc
    starts: set[int] = {verb.sent.start}
    for tok_i, aid in reversed(index.mentions):
        if tok_i >= verb.i:
            continue
        starts.add(doc[tok_i].sent.start)
        if len(starts) > JUDGMENT_WINDOW + 1:
            break
        if aid not in own and index.sectors.get(aid) == "JUD" and index.countries.get(aid):
            return [aid]
    return []
