"""The actor the text implies when an attack or an arrest names none.

Two gold conventions (PLOVER gold records, VOA gold guide):

* An attack whose perpetrator the text does not name is the act of an UNIDENTIFIED ARMED FORCE
  (PLOVER sector ``UAF``) of the country where it happened: "A roadside bombing near the town of
  Samarra on Sunday killed one U.S. soldier" (source Samarra, IRQ, UAF), "Three US servicemen
  were killed by an improvised explosive device outside of the Iraqi city of Basra" (IRQ, UAF),
  "A prominent anti-Syria journalist has been killed in a car bomb explosion in ... eastern
  Beirut" (source "car bomb", LBN, UAF).  Read only from the clause: a passive with no agent
  (or an instrument as agent: "by an improvised explosive device"), or an instrument or blast as
  subject ("A roadside bombing ... killed").  The country is that of a place in the act's own
  phrases, else of the places of its sentence when they name one country, else the dateline's.
  The actor (kind ``group``, sector ``UAF``) is created (``mentions.add_actor``) with the
  instrument noun, else the place, as its mention; one per country and story, dropped again
  when no emitted event uses it.
  An attacker the text does not name is the same force: an actor with no country and no proper
  name whose head is a generic armed noun ("unidentified gunmen", "assailants") or a vague one
  the text marks ("masked men", "suspected militants") is replaced by the armed force of the
  attack's place ("Unidentified gunmen killed three police officers in Peshawar": PAK, UAF,
  mention "Unidentified gunmen"); with no place that names a country it is kept as it is.
  Victims named by a common noun with no country take the place's state as a further recipient
  (PLOVER codes the Beirut journalist above as LBN); a named victim does not.  So do those of
  an attack by a named side (:func:`place_victims`): "unknown attackers killed two aid workers in
  northern Mali" (MLI).
  Fighters killed at no named hand and with no instrument fell to their state's forces rather
  than to an unclaimed attack: "several rebels were either neutralized or captured" (VOA
  7686618, gold actor the CAF forces): the actor is that state's authority, as for an arrest.
* An arrest, detention, conviction or sentence whose agent the text does not name is the act of
  the state's authorities: "Gachagua was convicted on five of the 11 charges against him" (VOA
  7846440).  The actor is the story's authority of the one country of the patients
  (``mentions.ActorIndex.authorities``: its state actor, else its most-named official body).
* A crowd named by a common noun with no country protests in the country of the protest's own
  place (:func:`protesters_state`): "people blocked streets in Hong Kong" (PLOVER gold, HKG).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from dateline.dates.lexicon import calendar_word
from dateline.record import Article

from .clauses import _passive
from .mentions import ActorIndex, add_actor, place_span
from .predicates import PARTITIVES, Predicate, every_side, lemma_of, prep_objects
from .targets import (PLACE_PREPS, _act_heads, is_state_code, national_modifier, state_of,
                      state_place)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .nominal import Arguments

# Weapons and blasts that kill without a named hand (the instrument of an agentless attack).
INSTRUMENTS = {"bomb", "bombing", "explosion", "blast", "mine", "landmine", "ied", "device",
               "shelling", "airstrike", "strike", "gunfire", "attack", "rocket", "mortar",
               "grenade", "missile", "shell", "explosive", "detonation", "ambush", "shooting"}
# Agents that name an attacker but no side: "killed by unidentified gunmen".
UNNAMED_ATTACKERS = {"gunman", "gunmen", "assailant", "attacker", "sniper", "bomber", "assassin",
                     "kidnapper", "abductor", "raider"}
# Nouns that are an attacker only when the text marks them so: "masked men", "unidentified
# militants", "suspected insurgents".
VAGUE_ARMED = {"man", "men", "militant", "fighter", "insurgent", "individual", "person"}
UNIDENTIFIED = {"unidentified", "unknown", "masked", "armed", "suspected", "hooded",
                "unnamed", "anonymous"}
# The prepositions of an attack's scene, on its verb or its instrument.  Not those of
# ``targets.PLACE_PREPS`` (the place an act is aimed at: "in", "at", "into", "inside", "across",
# "throughout"): a scene is also "near", "outside", "on" or "around" a place ("A roadside bombing
# near the town of Samarra"), and "of" carries on "outside of the Iraqi city of Basra"; no "into"
# or "throughout", which move or spread an act where a blast strikes in one place.
ATTACK_PLACE_PREPS = {"in", "near", "outside", "at", "inside", "on", "across", "around", "of"}
INSTRUMENT_PREPS = {"in", "by", "from", "with"}
# The acts of a state's police, courts and legislature, done to its own people ("Gachagua was
# impeached and removed from office", VOA 7846440; "was charged with", "the party was banned").
STATE_POWERS = {"arrest", "detain", "jail", "imprison", "convict", "sentence", "indict",
                "prosecute", "deport", "charge", "impeach", "ban"}
# The end of a detention with no agent named is the same authorities' act (PLOVER RETREAT
# 'release'), when the text says the person left a place of detention: "Cambodian journalist Mech
# Dara thanked his supporters Thursday after being freed from prison" (VOA 7836916, gold RETREAT
# KHM -> KHM).  Not a bare "were freed", which is as often a rescue from captors ("354
# passengers were freed", VOA 8011076, gold AID).
RELEASES = {"release", "free"}
DETENTION_PLACES = {"prison", "jail", "detention", "custody", "captivity"}


def imply_actors(article: Article, pred: Predicate, args: "Arguments",
                 index: ActorIndex) -> bool:
    """Fill in ``args`` what the text implies: the actor of a clause that names none (an
    unclaimed attack, an agentless arrest; inferred, ``actor_path`` 2 as an inherited actor),
    the armed force of the place for unnamed attackers, else the place's state as a further
    recipient of a named side's attack on anonymous victims.  True when the clause named no
    actor (the caller then lets the attack's instrument date it: :func:`instrument`)."""
    found, victims_state = implicit_actors(article, pred, args, index)
    _add_recipient(args, victims_state)
    if not args.actors:
        args.actors = found
        args.actor_path = 2 if found else 0
        return True
    if found:
        args.actors = found  # "unidentified gunmen": the place's armed force
    else:
        _add_recipient(args, place_victims(article, pred, args, index))
    protesters_state(article, pred, args, index)
    return False


def protesters_state(article: Article, pred: Predicate, args: "Arguments",
                     index: ActorIndex) -> None:
    """A crowd the text names by a common noun with no country protests in its own country:
    PLOVER codes "Hundreds of thousands of people blocked streets in Hong Kong" (HKG) and
    "Prisoners rioted at a jail in East Timor's capital Dili" (TLS).  Only from the protest's own
    place phrases (on the verb, or on its object: "blocked streets in Hong Kong"), not the
    sentence's or the dateline's.  The event's side is the crowd of this clause as a group of
    that country (:func:`~.mentions.add_actor`, on the crowd's words here): the actor layer's
    crowd keeps its own coding, as the same word may name another crowd elsewhere ("protesters
    rallied in Paris ... the protesters marched in Berlin")."""
    if pred.type != "PROTEST" or pred.statement or pred.nominal or not args.actors:
        return
    verb = pred.anchor
    if verb.pos_ != "VERB" or not all(_anonymous(verb, a, index) for a in args.actors):
        return
    phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ATTACK_PLACE_PREPS]
    phrases += [p for o in verb.children if o.dep_ == "dobj"
                for p in o.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
    found = state_place(phrases, index)
    if found is None:
        return
    crowds = []
    for actor_id in args.actors:
        tokens = _mention(verb, actor_id, index)
        if not tokens:
            return
        span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        crowds.append(add_actor(article, index, span, "group", found[1],
                                index.sectors.get(actor_id)))
    args.actors = crowds


def _add_recipient(args: "Arguments", actor: str | None) -> None:
    """Add ``actor`` (if any) to the clause's recipients, once."""
    if actor is not None and actor not in args.recipients:
        args.recipients.append(actor)


def implicit_actors(article: Article, pred: Predicate, args: "Arguments",
                    index: ActorIndex) -> tuple[list[str], str | None]:
    """The implied actor of an agentless attack or arrest, or of one by unnamed attackers, as an
    actor list (empty if none); and, when that actor is the place's armed force, the place's
    state as a further recipient if the victims have no country (:func:`_victims_state`)."""
    if pred.statement:
        return [], None
    if args.actors:
        attacker = unnamed_attacker(pred, args, index)
        if attacker is None:
            return [], None
        return _armed_force(article, pred, args, index, attacker)
    if pred.type == "ASSAULT":
        return _armed_force(article, pred, args, index)
    if pred.type == "PROTEST":
        return _protest_crowd(article, pred, index), None
    return _own_state(article, pred.anchor, args, index), None


# Occurrence verbs' subjects counted out by a span or a wave: "Months of mass protests
# followed", "a wave of demonstrations swept the country".
PROTEST_SPANS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "wave",
                 "waves", "series", "round", "rounds"}


def _protest_crowd(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The crowd of a protest the text tells as happening but names no one for: a protest noun
    that is its clause's subject ("Protests erupted across Venezuela", "The protests began
    peacefully on university campuses", "Months of mass protests followed") with no possessor
    and no "of" / "by" phrase of its own (a crowd the actor layer did not code stays silent).
    The actor is the country's people (a group, sector CVL) of the protest's place (its own or
    its verb's phrases, else the sentence's one country, else the dateline's, else the scene an
    earlier sentence set), created on the protest noun's words; empty when no place is found."""
    if not pred.nominal or pred.statement:
        return []
    noun = pred.head
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                                  for c in noun.children):
        return []
    top = noun
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ in PROTEST_SPANS:
        top = top.head.head
    verb = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return []
    start = _compound_start(noun)
    span = (start, noun.idx + len(noun.text))
    found = _place_country(article, verb, None, index, noun)
    country = found[1] if found is not None else _sentence_state(verb, index)
    if country is None:
        found = _earlier_scene(article, verb, index)
        country = found[1] if found is not None else None
    return [add_actor(article, index, span, "group", country, "CVL")] if country else []


def _sentence_state(verb: "Token", index: ActorIndex) -> str | None:
    """The one state's country of the coded actors of ``verb``'s sentence ("Months of mass
    protests followed, and authorities responded with a crackdown": the authorities' state),
    None when they name none or several."""
    countries = {index.countries.get(index[t.i]) for t in verb.sent if t.i in index}
    countries.discard(None)
    country = countries.pop() if len(countries) == 1 else None
    return country if is_state_code(country) else None


def unnamed_attacker(pred: Predicate, args: "Arguments", index: ActorIndex) -> "Token | None":
    """The head noun of an attack's actor when that actor is an attacker the text does not name:
    no country, no proper name, a generic armed noun ("killed by unidentified gunmen", "Masked
    men shot dead a journalist in Karachi").  Such an actor is the unidentified armed force of
    the place of the attack (PLOVER sector UAF: "car bomb", LBN; "Samarra", IRQ)."""
    if pred.type != "ASSAULT" or len(args.actors) != 1 or args.actors[0] in index.countries:
        return None
    tokens = _mention(pred.anchor, args.actors[0], index)
    head = _head(tokens, index)
    if head is None or any(t.pos_ == "PROPN" for t in tokens):
        return None
    if _unnamed(head):
        return head
    marked = any(c.dep_ == "amod" and c.lower_ in UNIDENTIFIED for c in head.children)
    return head if marked and lemma_of(head) in VAGUE_ARMED else None


def _unnamed(noun: "Token") -> bool:
    """Is ``noun`` an attacker noun that names no side ("gunmen", "attackers")?"""
    return lemma_of(noun) in UNNAMED_ATTACKERS or noun.lower_ in UNNAMED_ATTACKERS


def _own_state(article: Article, verb: "Token", args: "Arguments",
               index: ActorIndex) -> list[str]:
    """The authority of the one country of an agentless arrest's patients; or, when the
    arrest's own "in" phrase names another state's place, that state's: "Mexican drug lord
    Ismael Zambada was arrested in Texas" (USA), "Two Venezuelan activists were arrested in
    Colombia" (COL) — the state where it was done holds the power to arrest."""
    if not _passive(verb) or not args.recipients:
        return []
    if lemma_of(verb) not in STATE_POWERS and not _from_detention(verb):
        return []
    if lemma_of(verb) in ARRESTS:
        found = state_place(prep_objects([verb], {"in"}), index)
        countries = {index.countries.get(r) for r in args.recipients}
        if found is not None and countries and None not in countries \
                and found[1] not in countries:
            return [state_of(article, found[0], found[1], index)]
    return _authority(args.recipients, index)


# Arrests, whose place names the state that made them (not a verdict's: "convicted in absentia").
ARRESTS = {"arrest", "detain", "jail", "imprison"}


def _from_detention(verb: "Token") -> bool:
    """Is ``verb`` a release "from" a place of detention ("being freed from prison")?"""
    return lemma_of(verb) in RELEASES and any(
        lemma_of(o) in DETENTION_PLACES for o in prep_objects([verb], {"from"}))


def _instrument(verb: "Token") -> "Token | None | bool":
    """The instrument of an attack with no named hand: the blast subject ("A roadside bombing
    ... killed"), or the instrument of a passive ("killed by an improvised explosive device",
    "killed in a car bomb explosion").  None for an agentless passive with no instrument; False
    when a hand is named (or the clause is no attack without one)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        subject = subjects[0]
        if subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "the 2004 bombing of a French military base ... that killed"
        return subject if lemma_of(subject) in INSTRUMENTS else False
    if not _passive(verb):
        return False
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    if agents:
        head = agents[0]
        if lemma_of(head) in INSTRUMENTS or _unnamed(head):
            return head
        return False
    for obj in prep_objects([verb], INSTRUMENT_PREPS):
        if lemma_of(obj) in INSTRUMENTS:
            return obj
    return None


def _armed_force(article: Article, pred: Predicate, args: "Arguments", index: ActorIndex,
                 attacker: "Token | None" = None) -> tuple[list[str], str | None]:
    """The actor of an attack with no named hand, or by ``attacker``, an attacker the text does
    not name: a side that claims its instrument, the state's forces for fighters killed, else
    the place's armed force, with the place's state for anonymous victims (see
    :func:`implicit_actors`)."""
    verb = pred.anchor
    if pred.nominal or verb.pos_ != "VERB":
        return [], None
    tool = _instrument(verb) if attacker is None else attacker
    if tool is None and _armed_victims(args, index):
        return _state_forces(args.recipients, index) or _authority(args.recipients, index), None
    if tool is False:
        return [], None
    if tool is not None and attacker is None:
        side = _claimed(article, tool, index)
        if side is not None:
            return ([side] if side and side not in args.recipients else []), None
    found = _place_country(article, verb, tool or None, index)
    if found is None or _reported_from_abroad(article, verb, index, *found):
        return [], None
    mention, country = found
    # before the armed force, whose actor id then follows the state's if this creates it
    victims_state = _victims_state(article, verb, args, index, mention, country)
    if tool:
        mention = _compound_start(tool), tool.idx + len(tool.text)
    armed = index.armed.get(country)
    if armed is None:
        armed = add_actor(article, index, mention, "group", country, "UAF")
        index.armed[country] = armed
    # (a state is never the armed force: index.states and index.armed hold different actors)
    return ([armed] if armed not in args.recipients else []), victims_state


def _unknown_name(tok: "Token") -> bool:
    """Is ``tok`` a capitalised name, not a date's ("on Monday", "in May")?"""
    return tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ not in ("DATE", "TIME") \
        and not calendar_word(tok.text)


def _reported_from_abroad(article: Article, verb: "Token", index: ActorIndex,
                          mention: tuple[int, int], country: str) -> bool:
    """Is the scene of an attack with no named hand only the dateline's, while its sentence's
    actors are of another state?  "The Houthi-run health ministry said four people were killed"
    in a story datelined JERUSALEM: the dead are Yemen's, and no Israeli armed force killed
    them; the place is where the reporter is."""
    dateline = article.meta.dateline
    place = article.place(dateline.place) if dateline is not None and dateline.place else None
    if place is None or (place.start, place.end) != mention:
        return False
    others = {index.countries.get(index[t.i]) for t in verb.sent if t.i in index}
    return any(c and c != country and not c.startswith("IGO") for c in others)


def _claimed(article: Article, tool: "Token", index: ActorIndex) -> str | None:
    """Whose the instrument is, when it names a side: an actor of its own ("an attack by
    al-Shabab militants", "a Taliban attack": "" — the actor layer's actor is the nominal
    event's), or a national modifier ("A Russian missile strike killed five civilians in
    Kharkiv": the state, RUS).  None for an unclaimed one ("a car bomb explosion")."""
    # its modifiers and its "by" phrase; not where it struck or what ("the 2004 bombing of a
    # French military base", VOA 6203896: the base is the target)
    own = [t for t in tool.subtree if t.i < tool.i] + [
        t for p in tool.children if p.dep_ == "prep" and p.lower_ == "by" for t in p.subtree]
    if any(t.i in index for t in own):
        return ""
    found = national_modifier(t for t in tool.subtree if t.i < tool.i)
    return state_of(article, *found, index) if found is not None else None


def instrument(pred: Predicate) -> "Token | None":
    """The instrument noun of an attack verb ("the 2004 bombing ... that killed"), whose own
    date is the attack's: the caller adds it to the tokens a date may hang on."""
    if pred.type != "ASSAULT" or pred.nominal or pred.anchor.pos_ != "VERB":
        return None
    return _instrument(pred.anchor) or None


# Armed sectors (PLOVER agents): fighters killed at no named hand fell to the security forces
# more often than to an unclaimed attack: "In the last 15 months, 1,250 terrorists from various
# groups have been killed in Pakistan" (VOA 8011076).
ARMED_SECTORS = {"REB", "UAF", "INS", "PRM", "CRM"}


def _armed_victims(args: "Arguments", index: ActorIndex) -> bool:
    return bool(args.recipients) and all(index.sectors.get(r) in ARMED_SECTORS
                                         for r in args.recipients)


def place_victims(article: Article, pred: Predicate, args: "Arguments",
                  index: ActorIndex) -> str | None:
    """The place's state, a further recipient of an attack by a named side whose victims have
    no country: "unknown attackers killed two aid workers in northern Mali" (MLI)."""
    if pred.type != "ASSAULT" or pred.statement or not args.actors or not args.recipients:
        return None
    verb = pred.anchor
    if pred.nominal or verb.pos_ != "VERB":
        return None
    found = _place_country(article, verb, None, index)
    return _victims_state(article, verb, args, index, *found) if found is not None else None


# Places, works and vehicles an attack strikes, which belong to the state they stand in: not
# people, whose side the text names or leaves open ("killed all six attackers who laid siege to
# a hotel", VOA 8008152, gold recipient of no country), and not an embassy, its owner's.
STRUCK_THINGS = {"village", "town", "city", "base", "camp", "post", "outpost", "checkpoint",
                 "station", "building", "home", "house", "school", "hospital", "office",
                 "headquarters", "compound", "market", "mosque", "church", "vehicle", "convoy",
                 "train", "bus", "truck", "track", "railway", "line", "bridge", "road",
                 "pipeline", "plant", "facility", "infrastructure", "port", "airport", "target",
                 "position", "installation", "depot", "barracks", "prison", "tower", "grid",
                 # the energy and industrial sites of long-range strikes: "Ukrainian drones hit
                 # an oil refinery in Russia's Saratov region"
                 "refinery", "factory", "warehouse", "terminal", "substation", "dam"}


def scene_state(article: Article, pred: Predicate, args: "Arguments",
                index: ActorIndex) -> list[str]:
    """The state where a named side struck a thing, the recipient of an attack on no one named:
    "Afghan guerillas blew up three main electric power lines leading into Kabul" (AFG),
    "Israeli army bulldozers demolished Palestinian homes and civilian buildings in southern
    Gaza" (PSE) (PLOVER gold records), "3R rebels attacked nearly 10 villages ... in northeastern
    C.A.R." (VOA 7686618, CAF).  The thing is the attack's uncoded direct object, or what it was fired
    "at / on / against" (:func:`_struck_thing`; of an attack noun, its own "on / against / at"
    thing: "the army's airstrikes on villages in Tigray", ETH); its place is the object's own place phrase,
    else the attack's scene (:func:`_place_country`: its own phrases, the sentence's one
    country, the dateline's), else with no dateline the scene an earlier sentence set
    (:func:`_earlier_scene`)."""
    if pred.type != "ASSAULT" or pred.statement or not args.actors or args.recipients:
        return []
    verb = pred.anchor
    if pred.nominal or verb.pos_ != "VERB":
        # an attack noun's "on / against / at" thing: "airstrikes on villages in Tigray"
        target = next((t for t in prep_objects([pred.head], STRUCK_PREPS)
                       if t.i not in index and lemma_of(t) in STRUCK_THINGS), None)
        verb = pred.head
    else:
        target = _struck_thing(verb, index)
    if target is None:
        return _invaded_state(article, pred, index)
    owner = national_modifier(t for t in target.subtree if t.i < target.i)
    if owner is not None:
        # a thing its owner's modifier names is the owner's, wherever it stands: "Militants
        # attacked the American base in Iraq" (USA, not IRQ), "stormed the British embassy
        # compound in Tehran"; "demolished Palestinian homes ... in southern Gaza" (PSE)
        return [state_of(article, owner[0], owner[1], index)]
    if any(c.dep_ == "poss" for c in target.children):
        return []  # "attacked the government's line on taxes": its possessor's, not the scene's
    found = _place_country(article, verb, None, index, target) \
        or _earlier_scene(article, verb, index)
    state = _place_state(article, *found, index) if found is not None else None
    return [state] if state is not None else []


def sides_objects(pred: Predicate) -> list["Token"]:
    """The "all parties" / "the warring sides" objects of an appeal to every side of a conflict
    (the ``obj:@sides`` rows of ``triggers.tsv``); empty for any other predicate."""
    if "obj:@sides" not in pred.entry.complement or pred.nominal or pred.statement:
        return []
    return [c for c in pred.anchor.children if c.dep_ == "dobj" and every_side(c)]


def sides_state(article: Article, pred: Predicate, actors: list[str],
                index: ActorIndex) -> list[str]:
    """The state of the conflict whose every side an appeal is made on: "MONUSCO, the U.N.
    peacekeeping mission in Congo, ... urged all parties to respect the cease-fire" (COD).  The
    appeal's own place phrases, else its sentence's places when they name one country; never
    the appealing actor's own state.  Not the dateline's nor an earlier sentence's country
    (measured: one more written odd false positive, no match gained)."""
    if not sides_objects(pred):
        return []
    verb = pred.anchor
    phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ATTACK_PLACE_PREPS]
    found = state_place(phrases, index)
    if found is None:
        seen = _state_places(verb.sent, index)
        found = seen[0] if seen and len({c for _, c in seen}) == 1 else None
    own = {index.countries.get(a) for a in actors}
    if found is None:
        return _named_sides(pred, actors, own, index)
    if found[1] in own:
        return []
    state = _place_state(article, place_span(article, found[0]), found[1], index)
    return [state] if state is not None else []


def _named_sides(pred: Predicate, actors: list[str], own: set[str | None],
                 index: ActorIndex) -> list[str]:
    """The sides of the conflict its sentence names beside an appeal to "all parties" when no
    place does: "China, which has close ties with both the military government and some of the
    ethnic armed groups along its border, ... urged all parties to resolve their differences
    through dialogue" (written 9100006: the Myanmar government and rebels).  Only when the
    sentence's other actors are all of one state, not the appealing actor's: two states named
    leave the sides open."""
    appeal = {t.i for s in sides_objects(pred) for t in s.subtree}
    sides: list[str] = []
    for tok in pred.anchor.sent:
        actor = index.get(tok.i)
        if tok.i in appeal or actor is None or actor in actors or actor in sides:
            continue
        sides.append(actor)
    states = {index.countries.get(a) for a in sides}
    if len(states) != 1 or None in states or states & own:
        return []
    return sides


# The prepositions of the land an attack that names no victim is made in or into.
INVADED_PREPS = {"in", "into", "inside"}


def _invaded_state(article: Article, pred: Predicate, index: ActorIndex) -> list[str]:
    """The state of the land an attack naming no victim or struck thing was made in, into or
    (the act noun's "of") on: "Israel today mounted its long-threatened invasion of South
    Lebanon" (PLOVER gold FIGHT-0004, LBN), "Serb forces were engaged in ethnic cleansing in
    Montenegro" (FIGHT-0001, MNE).  Only the act's own phrases (on its verb and its act noun),
    never the rest of the sentence: a direct object other than the act noun (a person: "killed
    the deputy chief"; a thing not struck) leaves it open."""
    verb, noun = pred.anchor, pred.head
    heads = _act_heads(pred, ())
    if any(c.dep_ == "dobj" and c.i != noun.i for c in verb.children):
        return []
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if count is not None and _counts(count, noun) and count.dep_ == "dobj" \
            and count.head.pos_ == "VERB" and count.head.i != verb.i:
        # "carried out hundreds of airstrikes in Syria": the counted acts' verb
        heads.append(count.head)
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" \
            and noun.head.head.i != verb.i:
        heads.append(noun.head.head)  # "engaged in ethnic cleansing in Montenegro"
    phrases = [p for h in heads for p in h.children if p.dep_ == "prep"
               and p.lower_ in INVADED_PREPS]
    if noun.pos_ == "NOUN":
        phrases += [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    found = state_place(phrases, index)
    if found is None:
        return []
    tok, country = found
    if tok.i in index:
        # a place the actor layer coded (or this stage added) is an actor: its state's
        actor = index.get(tok.i)
        return [actor] if index.countries.get(actor) == country else []
    return [state_of(article, tok, country, index)]


def _counts(head: "Token", noun: "Token") -> bool:
    """Is ``head`` a number or part of the act noun, its "of" phrase the act: "carried out
    hundreds of airstrikes in Syria", "launched a series of attacks" (``PARTITIVES``)?  The
    object counts the acts; it is no other thing the verb acts on."""
    return head.lower_ in PARTITIVES and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.i == head.i


# The prepositions that carry what a weapon was aimed at when the verb takes no object of it:
# "Israeli tanks fired four shell bombs at targets in Jericho" (PLOVER gold, PSE), "opened fire
# on a checkpoint", "launched rockets against army positions".
STRUCK_PREPS = {"at", "on", "against"}


def _struck_thing(verb: "Token", index: ActorIndex) -> "Token | None":
    """The uncoded thing in ``STRUCK_THINGS`` an attack verb struck: its direct object ("blew up
    tracks"), else, when that object is no struck thing (the shells fired, not what they hit),
    the object of its "at / on / against" phrase ("fired four shell bombs at targets"); of a
    passive, its subject ("The market was hit by a Russian missile")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
        next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    candidates = [obj] if obj is not None else []
    if obj is None or lemma_of(obj) not in STRUCK_THINGS:
        candidates += prep_objects([verb] + ([obj] if obj is not None else []), STRUCK_PREPS)
    return next((t for t in candidates if t.i not in index and lemma_of(t) in STRUCK_THINGS),
                None)


# How many sentences back the scene of an attack on a thing may be read, when its own sentence
# and the dateline name none.
SCENE_WINDOW = 3


def _earlier_scene(article: Article, verb: "Token",
                   index: ActorIndex) -> tuple[tuple[int, int], str] | None:
    """The scene a story has set, for an attack on a thing whose sentence names no place and
    whose story has no dateline: the one country of the places of the nearest earlier sentence
    (up to ``SCENE_WINDOW`` back) that names any, not inside an actor's mention.  "The militants
    blew up tracks, bringing the train ... to a halt in a tunnel" (VOA 8009976: the train in
    Balochistan, gold PAK), "the BLA took credit for attacking a military vehicle" (VOA 8007760,
    after "in the city" of Quetta, gold PAK)."""
    dateline = article.meta.dateline
    if dateline is not None and dateline.place:
        return None
    at = article.sentence_index(verb.idx)
    if at is None:
        return None
    for s in reversed(article.sentences[max(0, at - SCENE_WINDOW):at]):
        seen = _state_places(verb.doc.char_span(s.start, s.end, alignment_mode="expand"), index)
        if seen:
            if len({c for _, c in seen}) != 1:
                return None
            return place_span(article, seen[0][0]), seen[0][1]
    return None


# Victims that can be of the place's country: people and groups, not an organization or a state.
VICTIM_KINDS = {"person", "group", "unknown"}


def _mention(verb: "Token", actor: str, index: ActorIndex) -> list["Token"]:
    """The tokens of ``actor``'s mentions in the sentence of ``verb``."""
    return [t for t in verb.sent if index.get(t.i) == actor]


def _head(tokens: list["Token"], index: ActorIndex) -> "Token | None":
    """The one syntactic head of a mention's tokens (None if they have several)."""
    heads = [t for t in tokens if index.get(t.head.i) != index.get(t.i) or t.head.i == t.i]
    return heads[0] if len(heads) == 1 else None


def _victims_state(article: Article, verb: "Token", args: "Arguments", index: ActorIndex,
                   place: tuple[int, int], country: str) -> str | None:
    """The state of the attack's place, a further recipient when no victim has a country:
    PLOVER codes "A prominent anti-Syria journalist has been killed in a car bomb explosion in
    ... eastern Beirut" as aimed at LBN (target "prominent anti-Syria journalist", LBN).  Only
    when the actor layer found no nationality for any victim (it reads "French teacher" as FRA)."""
    victims = args.recipients
    if not victims or not all(_anonymous(verb, r, index) for r in victims):
        return None
    return _place_state(article, place, country, index)


def _place_state(article: Article, place: tuple[int, int], country: str,
                 index: ActorIndex) -> str | None:
    """The state actor (:func:`.targets.state_of`) of ``country``, whose place mention is the
    char span ``place`` (:func:`_place_country`), or None when no token lies in the span."""
    span = article.doc.char_span(place[0], place[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    return state_of(article, span[0], country, index)


def _anonymous(verb: "Token", victim: str, index: ActorIndex) -> bool:
    """Is ``victim`` a person or group with no country that the sentence names by a common noun
    ("a prominent anti-Syria journalist", "three police officers")?  Not a named person, whose
    nationality the text may just not state: "journalist Daphne Caruana Galizia, who was killed
    in Malta in 2017" (VOA 8010046) says where she died, not whose she was."""
    if victim in index.countries or victim in index.place_names \
            or index.kinds.get(victim) not in VICTIM_KINDS:
        return False
    head = _head(_mention(verb, victim, index), index)
    return head is not None and head.pos_ == "NOUN" and head.ent_type_ != "PERSON"


def _authority(patients: list[str], index: ActorIndex) -> list[str]:
    """The state authority of the one country of an act's patients, when it is none of them:
    that of the detained ("Gachagua was convicted", VOA 7846440), or of fighters killed or
    captured at no named hand ("Both forces say ... several rebels were either neutralized or
    captured", VOA 7686618)."""
    countries = {index.countries.get(r) for r in patients}
    country = countries.pop() if len(countries) == 1 else None
    state = index.authorities.get(country or "")
    return [state] if state and state not in patients else []


# the sectors of a state's own armed bodies, which kill the fighters no clause names a hand for
ARMED_BODY_SECTORS = {"MIL", "COP"}


def _state_forces(patients: list[str], index: ActorIndex) -> list[str]:
    """The first-named armed body (army, security forces, police) of the one country of
    fighters killed at no named hand, rather than any official body of it: "Al-Shabab
    militants stormed a hotel near the presidential palace ... before security forces ended a
    12-hour siege ... all five attackers were killed" (the security forces, not the palace);
    empty when the story names none."""
    countries = {index.countries.get(r) for r in patients}
    country = countries.pop() if len(countries) == 1 else None
    if country is None:
        return []
    for _, aid in index.mentions:
        if aid not in patients and index.countries.get(aid) == country and \
                index.sectors.get(aid) in ARMED_BODY_SECTORS and \
                index.kinds.get(aid) in ("organization", "group"):
            return [aid]
    return []


def _compound_start(tok: "Token") -> int:
    """The start of a noun with its compounds and modifiers: "car bomb", "roadside bombing"."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    return _compound_start(mods[0]) if mods else tok.idx


def _state_places(tokens: Iterable["Token"], index: ActorIndex) -> list[tuple["Token", str]]:
    """The tokens of ``tokens`` in a place mention of a state's country, with the country; not
    a place inside an actor's mention ("Three US servicemen"), which names the actor, not the
    scene."""
    return [(t, index.places[t.i]) for t in tokens
            if is_state_code(index.places.get(t.i)) and t.i not in index]


def _place_country(article: Article, verb: "Token", tool: "Token | None",
                   index: ActorIndex, target: "Token | None" = None,
                   ) -> tuple[tuple[int, int], str] | None:
    """The place (char span) and country of an attack: of its own place phrases (on the verb
    or its instrument, or anywhere inside the place ``target`` it struck), else of its
    sentence's places when they name one country, else the dateline's — unless the act's own
    phrases name a place the places layer could not resolve."""
    heads = [verb] + ([tool] if tool is not None else [])
    # the whole phrase: "outside of the Iraqi city of Basra" hangs "of" on "outside"
    phrases = [p for h in heads for p in h.children if p.dep_ == "prep"
               and p.lower_ in ATTACK_PLACE_PREPS]
    if target is not None:
        # "attacked nearly 10 villages between the towns of Bocaranga and Bazoum in
        # northeastern C.A.R." (VOA 7686618): the villages' own "in" phrase, however deep
        phrases = [p for p in target.subtree if p.dep_ == "prep"
                   and p.lower_ in PLACE_PREPS] + phrases
    found = state_place(phrases, index)
    if found is not None:
        return place_span(article, found[0]), found[1]
    seen = _state_places(verb.sent, index)
    if seen and len({c for _, c in seen}) == 1:
        return place_span(article, seen[0][0]), seen[0][1]
    if any(_unknown_name(t) for p in phrases for t in p.subtree):
        # the act's own phrase names a place no gazetteer knows ("struck energy facilities in
        # the Zmiivskyi district"): that is where it was, not the dateline's city (a story
        # datelined BRUSSELS reports strikes in Ukraine)
        return None
    dateline = article.meta.dateline
    place = article.place(dateline.place) if dateline is not None and dateline.place else None
    if place is not None and is_state_code(place.country):
        return (place.start, place.end), place.country
    return None
