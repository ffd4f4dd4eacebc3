"""The events layer: PLOVER events with CAMEO codes, coded from the dependency parse.

``code_events(article)`` fills ``article.events`` and returns the article.  Per body sentence:

1. predicates (:mod:`.predicates`): verbs and nominalizations of the lexicon (:mod:`.lexicon`),
   typed by their complements ("held talks", "cut ties", "called on");
2. arguments (:mod:`.arguments`): actors and recipients from the clause's own syntax, coded by
   the actor layer; where that layer left a phrase open, a national modifier or country name
   gives the story's state, and a he/she/they (him/them) the nearest fitting actor before it
   (within ``PRONOUN_WINDOW`` tokens) — the only way an argument comes from an earlier sentence;
3. setting (:mod:`.setting`): date, time and place from the clause or sentence, else (past tense
   only) a day named in the sentence just before, else (a past-tense statement) the story's
   news day, else the publication date (``time`` null) and (in the lead) the dateline's place;
4. modality and negation (:mod:`.modality`), confidence (:mod:`.confidence`; an act told in an
   "as" clause of another ranks under it), and merging of repeated mentions (:mod:`.merge`).

Precision first: events with no actor found in their own clause, or under ``MIN_CONFIDENCE``,
are not emitted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dateline.nlp import spacy_sentences
from dateline.actors import ADVOCACY
from dateline.actors.coding import NGO_SECTORS
from dateline.ingest.newswire import headline_span
from dateline.record import Actor, Article, Event

from . import lexicon
from .arguments import actor_index, find_arguments
from .confidence import DENIALS, MIN_CONFIDENCE, features, score
from .implicit import imply_actors, instrument, scene_state, sides_objects, sides_state
from .mentions import ActorIndex, drop_unused_added, sector_implied_states
from .merge import merge_events
from .modality import (background, circumstance_head, modality, negated, opinion_rejected,
                       present_progressive, principle_refused, pundit_view, refused_ahead,
                       standing_charge)
from .predicates import CONSENT, Predicate, find_predicates, lemma_of
from .setting import coordinated, event_time, locate, pick_place, pick_quantities
from .targets import (Said, aid_destination, aimed_at_state, answered_party, asylum_host,
                      border_state, captors_state, defied_state, destination_state,
                      domestic_measures, judging_court, mission_state, national_recipient,
                      own_state, place_recipient, proposal_state, reacted_doer,
                      refused_antecedent_state, rejected_party,
                      removal_state, seized_ground, visited_state, withdrawn_owner)

if TYPE_CHECKING:
    from spacy.tokens import Token


def code_events(article: Article, min_confidence: float | None = None) -> Article:
    """Fill ``article.events`` (needs ``article.doc``, and the actor, place and time layers).

    ``min_confidence``: the emission cut (default ``MIN_CONFIDENCE``); a lower cut shows the
    candidates the default holds back, as the scorer's precision-confidence table does."""
    cut = MIN_CONFIDENCE if min_confidence is None else min_confidence
    coded = len(article.actors)  # the actor layer's; .targets and .implicit may add after them
    found = list(_candidates(article, cut))
    _rank_main_clauses(found, cut)
    events = [ev for ev, _, _ in found]
    # the lemma of each trigger's first word, by trigger start ("rejected" and "reject" are one
    # verb when the merge looks for the lead's act retold)
    verbs = {ev.trigger.start: lemma_of(first) for ev, _, first in found}
    ongoing = {ev.trigger.start for ev, _, first in found if present_progressive(first)}
    article.events = merge_events(events, ongoing,
                                  {a.id: a.country for a in article.actors if a.country},
                                  verbs, _headline_sentences(article))
    drop_unused_added(article, coded)
    sector_implied_states(article, coded)
    return article


def _headline_sentences(article: Article) -> frozenset[int]:
    """The numbers of the sentences of the article's bare headline, a first line that is no
    header (:func:`dateline.ingest.newswire.headline_span`); empty when it has none."""
    span = headline_span(article.text)
    if span is None or any(h.start < span[1] and span[0] < h.end for h in article.meta.headers):
        return frozenset()
    return frozenset(k for k, s in enumerate(article.sentences) if s.end <= span[1])


def _rank_main_clauses(found: list[tuple[Event, dict[str, float], "Token"]],
                       cut: float) -> None:
    """An act told in an "as" clause of another act ranks under it: the main clause
    is the news, the clause its circumstance.  "Georgian President Eduard Shevardnadze resigned
    Sunday as the opposition threatened to storm his residence in Tbilisi" (PLOVER GSR RETREAT),
    "Serbia eased emergency measures ... as authorities in Croatia cracked down on Serbian
    nationalists" (PLOVER GSR CONCEDE).  Both stay events: only the subordinate one's confidence
    is lowered to just under the main one's (never under the cut), so the main act is the
    sentence's most confident one.  So does a standing charge told in a present-tense relative
    clause (:func:`.modality.standing_charge`) under the sentence's other acts."""
    by_word = {(ev.sentence, first.i): ev for ev, _, first in found}
    for ev, _, first in found:
        if ev.type == "ACCUSE" and standing_charge(first):
            # a standing charge told in a relative clause ranks under its sentence's news
            # (``modality.standing_charge``)
            top = max((o.confidence for o, _, f in found
                       if o.sentence == ev.sentence and o is not ev
                       and not standing_charge(f)), default=None)
            if top is not None and ev.confidence >= top:
                ev.confidence = max(cut, round(top - 0.001, 4))
    for ev, _, first in found:
        main_verb = circumstance_head(first)
        main = by_word.get((ev.sentence, main_verb.i)) if main_verb is not None else None
        if main is not None and main is not ev and ev.confidence >= main.confidence:
            ev.confidence = max(cut, round(main.confidence - 0.001, 4))


def candidates(article: Article, cut: float = 0.0) -> Iterator[tuple[Event, dict[str, float]]]:
    """Every event candidate with an actor and a confidence >= ``cut``, unmerged, with the
    features its confidence was computed from (``scripts/fit_event_confidence.py`` fits the
    weights on them)."""
    for ev, feats, _ in _candidates(article, cut):
        yield ev, feats


def _candidates(article: Article,
                cut: float) -> Iterator[tuple[Event, dict[str, float], "Token"]]:
    """:func:`candidates`, each with the first word of its trigger."""
    if article.doc is None or not article.sentences:
        return
    index = actor_index(article)
    times = locate(article, article.times)
    places = locate(article, article.places)
    quantities = locate(article, article.quantities)
    lowers = article.doc.to_array("LOWER").tolist()
    spans = spacy_sentences(article)
    said: list[Said] = []  # the acts told so far, that a later denial or refusal may answer
    index.pairs = ()
    for sent_no, sentence in enumerate(spans):
        if sentence is None:
            continue
        index.sentence = sent_no
        for pred in find_predicates(sentence, lowers):
            args = find_arguments(pred, index)
            # an unclaimed attack, an agentless arrest, unnamed attackers (.implicit)
            implied = imply_actors(article, pred, args, index)
            if not args.actors or (pred.statement and not args.recipients
                                   and not args.own_forces):
                continue  # precision first: an event with no actor (or a demand on no one)
                # (a threat told by the speaker's own forces is one: "warned that his forces
                # would respond to any violation" threatens whoever violates the truce)
            neg = negated(pred.anchor)
            ptype, entry = pred.type, pred.entry
            cameo = pred.cameo or entry.cameo
            refined = lexicon.code(cameo)
            mode = entry.mode or (refined.mode if refined else "")
            # a refusal by negation: its "will not" / "would not" voices the refusal now, so its
            # modal is no condition on it (modality's ``modal_is_act``)
            refusal = False
            if "neg:" in entry.complement:
                # a row that reads the negation asserts its act: "does not allow" is a
                # rejection, "did not rule out force" and "will not hesitate to use force" threats
                neg, refusal = False, ptype == "REJECT"
            elif neg and lemma_of(pred.anchor) in CONSENT:
                ptype, cameo, mode, neg, refusal = "REJECT", "120", "", False, True
            elif neg and ptype == "CONSULT" and refused_ahead(pred.anchor) \
                    and not args.reciprocal:
                # (a refusal is one side's: "Zelenskyy and Putin will not meet in Istanbul
                # next week" reports no one's refusal)
                ptype, cameo, mode, neg, refusal = "REJECT", "125", "meet", False, True
            elif args.concluded and not neg:
                ptype, cameo, mode = "SUPPORT", "057", "diplomatic"  # sign formal agreement
            elif ptype == "PROTEST" and lemma_of(pred.anchor) == "protest" and args.actors and all(
                    index.kinds.get(a) == "state" or index.sectors.get(a) == "GOV"
                    for a in args.actors):
                # a state protests by diplomatic note, not in the street: "Greece protested the
                # visit", "Beijing protested to Washington" (CAMEO 114, as a protest lodged)
                ptype, cameo, mode = "ACCUSE", "114", "allege"
            elif ptype == "SANCTION" and _held_at_home(pred, args.actors, args.recipients, index):
                ptype, cameo, mode = "COERCE", "1711", "seize"  # confiscate property
            elif ptype == "MOBILIZE" and _joint_exercise(pred, args.actors, index):
                ptype, cameo, mode = "COOPERATE", "062", ""  # cooperate militarily
                if not args.recipients:  # not "exercises aimed at Iran"
                    args.recipients, args.reciprocal = list(args.actors), True
            if ptype == "REJECT" and not args.recipients \
                    and opinion_rejected(pred.anchor, pred.type != "REJECT"):
                continue  # a view, not an act
            if refusal and principle_refused(pred.anchor, bool(args.recipients)):
                continue  # "would not allow anyone to ...", "cannot allow ...": a principle
            if pundit_view(pred.anchor):
                continue  # what critics or analysts say a party did: a view, not an event
            mod = modality(pred.anchor, sentence, "modal:" in entry.complement or refusal)
            if ptype == "THREATEN" and mod == "planned":
                # A threat is the announcement of a coercive act to come (PLOVER manual: THREATEN
                # "could be ASSAULT + hypothetical ... the coder should always return the single
                # event category"): "he will extend the night-time curfew in Abidjan", "Greece
                # ... plans to impose restrictions on its labour market" (PLOVER GSR THREATEN)
                # are asserted threats, not planned ones.
                mod = "asserted"
            quoted = _quoted(pred.anchor, article)
            actors = [a for x in args.actors if (a := article.actor(x)) is not None]
            sides = sides_objects(pred)
            if sides:
                # "urged all parties to ...": every side of the story's conflict, not the state
                # the actor layer may give "all parties" from a place near it
                every = {index.get(t.i) for s in sides for t in s.subtree}
                args.recipients = [r for r in args.recipients if r not in every]
                if not args.recipients:
                    args.recipients = sides_state(article, pred, args.actors, index)
                    if not args.recipients:
                        continue  # no conflict's state in sight: an appeal made on no one named
            # a named recipient the actor layer gave no country (a person or a group, "Sushko,
            # who was detained by security officers at his home in Mogilev") leaves the state
            # the fallbacks below read from the act's place or phrases (as the civilians of
            # that state, ``sector_implied_states``) beside it
            uncoded = bool(args.recipients) and all(
                not index.countries.get(r) and index.kinds.get(r) in UNCODED_KINDS
                for r in args.recipients)
            recipients = (args.recipients if not uncoded else []) \
                or mission_state(article, pred, index) \
                or place_recipient(article, pred, index) \
                or aimed_at_state(article, pred, index) \
                or seized_ground(article, pred, args.actors, index) \
                or removal_state(article, pred, index) \
                or scene_state(article, pred, args, index) \
                or national_recipient(article, pred, index) \
                or defied_state(article, pred, index) or proposal_state(article, pred, index) \
                or rejected_party(pred, index) \
                or refused_antecedent_state(article, pred, index) \
                or own_state(pred, args.actors, index) \
                or destination_state(article, pred, index) \
                or aid_destination(article, pred, args.actors, index) \
                or border_state(article, pred, args.actors, index) \
                or visited_state(article, pred, args.actors, index) \
                or asylum_host(article, pred, args.actors, index) \
                or answered_party(pred, args.actors, sent_no, said, index) \
                or judging_court(pred, args.actors, index) \
                or reacted_doer(pred, args.actors, sent_no, said, index) \
                or withdrawn_owner(pred, args.actors, sent_no, said, index)
            if uncoded:
                recipients = args.recipients + [r for r in recipients
                                                if r not in args.recipients + args.actors]
                if recipients == args.recipients:
                    # a person of no nationality arrested by a state's organs is of that state
                    recipients = recipients + captors_state(article, pred, args.actors, index)
            said.append(Said(sent_no, pred.anchor.i, ptype, tuple(args.actors), tuple(recipients)))
            pair = _two_parties(ptype, args.actors, recipients, neg, index)
            if pair is not None:
                index.pairs += ((sent_no, pred.anchor.i, pair),)
            if ptype == "SANCTION" and cameo == EMBARGO and not recipients and any(
                    c.dep_ == "dobj" and lemma_of(c) in lexicon.word_classes()["trade_flows"]
                    for c in pred.anchor.children):
                continue  # a state halting its own exports ("to tame inflation") targets no one
            if ptype in FORCE_TYPES and _no_force(actors, ptype):
                continue  # an act of force by rights groups or unknown civilians
            if ptype == "CONSULT" and _among_the_people(article, recipients):
                continue  # a visit to the displaced, not a consultation of a party
            actor_country = any(a.country for a in actors)
            scored = _scored_recipients(args.recipients, recipients, args.actors, actor_country)
            feats = features(
                weight=entry.weight, actor_path=args.actor_path, pronoun=args.pronoun,
                actor_country=actor_country or (bool(scored) and _stateless(actors)),
                country_expected=not _transnational(actors),
                recipients=bool(scored),
                recipient_country=any((a := article.actor(x)) is not None and a.country
                                      for x in scored),
                place_target=bool(scored) and not args.recipients,
                reciprocal=args.reciprocal, etype=ptype,
                denial=lemma_of(pred.head) in DENIALS,
                nominal=pred.nominal and not _agent_phrase(pred.head),
                statement=pred.statement, modality=mod, negated=neg,
                quoted=quoted,
                # a quoted act outside the clause the speaker reports, by a named actor
                in_passing=quoted and mod == "asserted" and not args.pronoun,
                # "more than 2.8 million Chinese tourists visited Vietnam" (VOA 6203336): a
                # visit is a CONSULT when officials or organizations make it, not tourists.
                private_visit=ptype == "CONSULT" and mode == "visit" and all(
                    a.sector in (None, "CVL") for a in actors),
                sentence=sent_no, background=background(pred.anchor, ptype))
            conf = score(feats)
            if conf < cut:
                continue
            anchors = coordinated([pred.anchor, pred.head])
            # an unclaimed attack's date may hang on its instrument ("the 2004 bombing ...")
            tool = instrument(pred) if implied else None
            date, time_id = event_time(article, times, spans, sent_no,
                                       anchors + ([tool] if tool is not None else []))
            info = lexicon.code(cameo)
            first, last = pred.trigger[0], pred.trigger[-1]
            yield Event(
                id="", type=ptype,
                trigger=article.span(first.idx, last.idx + len(last.text)),
                sentence=sent_no, mode=mode or None,
                context=list(info.context) if info else [],
                cameo=cameo, quad_class=info.quad_class if info else None,
                goldstein=info.goldstein if info else None,
                actors=args.actors, recipients=recipients,
                date=date, time=time_id,
                place=pick_place(article, places, anchors, sentence, sent_no, ptype),
                modality=mod, negated=neg,
                quantities=pick_quantities(quantities, anchors, sentence),
                confidence=conf,
            ), feats, first


# The acts of two parties together that a later "the two sides" refers back to.
PAIR_TYPES = {"CONSULT", "AGREE", "COOPERATE"}


def _two_parties(etype: str, actors: list[str], recipients: list[str], negated: bool,
                 index: "ActorIndex") -> tuple[str, str] | None:
    """The two sides of a meeting, talks or an accord of two states' actors: one state's actor
    "with" another's ("Dar held talks with Taliban officials": Pakistan's and Afghanistan's), or
    a reciprocal act of exactly two states; None for any other act."""
    if etype not in PAIR_TYPES or negated:
        return None
    a_states = {index.countries.get(a) for a in actors}
    r_states = {index.countries.get(r) for r in recipients}
    if None in a_states or None in r_states:
        return None
    if a_states == r_states and len(a_states) == 2 and len(actors) == 2:
        return actors[0], actors[1]
    if len(a_states) == 1 and len(r_states) == 1 and a_states != r_states:
        return actors[0], recipients[0]
    return None


# Acts of force, done by those who hold force.
FORCE_TYPES = {"ASSAULT", "COERCE"}


def _no_force(actors: list[Actor], etype: str) -> bool:
    """Are the actors of an act of force all rights, aid or advocacy groups (``actors.ADVOCACY``),
    who arrest and attack no one (the parser gave them the act they charge others with:
    "Amnesty accused the police of conducting night raids, arresting hundreds of people"), or,
    for an attack, civilians of no country ("groups of men attacked Syrians in several
    neighborhoods": a crime with no political actor, which the GUIDE leaves out)?  A mob's
    destruction of property stays a COERCE ("Hindu mobs torched Muslim shops", PLOVER GSR
    COERCE: CAMEO 1712)."""
    return bool(actors) and all(
        a.sector in ADVOCACY
        or (etype == "ASSAULT" and not a.country and a.sector in (None, "CVL"))
        for a in actors)


# Sectors of people met as people, not as parties: civilians, refugees and the displaced.
PEOPLE_SECTORS = {"CVL", "REF"}


def _among_the_people(article: Article, recipients: list[str]) -> bool:
    """Are the ones an official meets all civilians or refugees (groups or persons, not a state)?
    "He met displaced families in Baidoa" is a visit to the needy, not a CONSULT (PLOVER: a
    meeting or talks between parties; no gold CONSULT of the even-id stories has such a
    recipient), unlike "he met the president" or "met opposition leaders"."""
    found = [article.actor(r) for r in recipients]
    return bool(found) and all(a is not None and a.kind != "state"
                               and a.sector in PEOPLE_SECTORS for a in found)


# The kinds of a named recipient with no country that a fallback state may join.
UNCODED_KINDS = {"person", "group"}


# An embargo (CAMEO 163), a halt of the goods flows of ``trigger_classes.tsv``'s "trade_flows"
# when it has a target: "banned exports to Russia", not "Argentina suspended beef exports for 30
# days to tame inflation".
EMBARGO = "163"


def _agent_phrase(noun: "Token") -> bool:
    """Does an event noun name its doer in a "by" phrase ("the killing of journalist Jamal
    Khashoggi by Saudi agents in Istanbul", written story 9200008, gold ASSAULT; "the initial
    attack by the BLA")?  Its actor is then told as plainly as a verb's subject, so the noun is
    not charged ``NOMINAL`` (an act read from a possessor, an adjective or the sentence around
    it).  On the even halves of 2 Dec 2026 the three such candidates under the cut were right
    (one gold event each), the three emitted ones too."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children)


def _stateless(actors: list[Actor]) -> bool:
    """Are the actors all rights, aid or advocacy groups (``actors.ADVOCACY``), which work across
    borders and have no country by nature?  With a recipient, their missing country is no sign
    of an uncoded actor: "The Red Cross operating in Iraq said US and British forces must ensure
    security" (PLOVER GSR REQUEST, source IGO), "Nine press freedom and rights groups this week
    called for Zamora's immediate release" (VOA 8010046, even, gold actor with no country).
    Without one they stay held back: "Media watchdog Reporters Without Borders welcomed the
    release" (VOA 7836916, even) then matched no gold event.

    So are named companies whose nationality neither the text nor the dictionary gives (a
    firm is coded by its sector; its country is not guessed): "Apple Corps sued Apple
    Computer", "Chrysler signed an agreement with Fiat" (MEANTIME business stories)."""
    return bool(actors) and all(a.sector in ADVOCACY or _named_company(a) for a in actors)


def _transnational(actors: list[Actor]) -> bool:
    """Are the actors all bodies a country need not be given for: NGOs, aid, medical, refugee
    and education bodies (``actors.coding.NGO_SECTORS``) and firms?  Any other actor without a
    country (an official, an army, a party, a named person, a crowd) is one the actor layer
    failed to code (the ``uncoded_national`` feature of ``confidence.features``)."""
    return bool(actors) and all(a.sector in NGO_SECTORS or a.sector == "BUS" for a in actors)


def _named_company(actor: Actor) -> bool:
    """A firm the actor layer named and coded BUS ("Apple Corps", "Fiat Group SpA"), not a bare
    "the company" whose firm it did not find."""
    return actor.kind == "organization" and actor.sector == "BUS" and actor.name[:1].isupper()


def _held_at_home(pred: Predicate, actors: list[str], recipients: list[str],
                  index: ActorIndex) -> bool:
    """A freeze of holdings (``domestic_measures.tsv``, kind "holding") whose owners are all of
    the acting authority's own state is a seizure at home (COERCE, CAMEO 1711), not a sanction:
    "But in 2022, authorities arrested Zamora and later froze the newspaper's assets" (VOA
    8010046, gold COERCE seize), as "the government is confiscating party assets" (VOA 6180206)
    is.  A state's freeze of foreign holdings stays a SANCTION ("$9 billion in central bank
    assets being frozen in the U.S.", VOA 7750892)."""
    holdings = domestic_measures().get("COERCE", frozenset())
    if pred.nominal or not recipients or not any(
            c.dep_ == "dobj" and lemma_of(c) in holdings for c in pred.anchor.children):
        return False
    own = {index.countries.get(a) for a in actors} - {None}
    owners = {index.countries.get(r) for r in recipients}
    return len(own) == 1 and owners == own


# Nouns of military exercises (``triggers.tsv`` codes them MOBILIZE, and COOPERATE when "joint").
EXERCISES = {"exercise", "drill", "game", "maneuver", "manoeuvre"}


def _joint_exercise(pred: Predicate, actors: list[str], index: ActorIndex) -> bool:
    """An exercise held by the forces of two or more states together is joint (PLOVER manual,
    COOPERATE: "Military exchanges such as joint military games and maneuvers") though no
    "joint" says so: "French and Egyptian warships on Monday launched 10 days of war games in
    the Mediterranean Sea" (PLOVER GSR COOPERATE-0003).  One state's exercise stays a show of
    force: "Turkish F-16 jets flew low Monday across the Turkish capital, in a two-day
    exercise" (VOA 6180015, gold MOBILIZE)."""
    if lemma_of(pred.head) not in EXERCISES:
        return False
    return len({index.countries.get(a) for a in actors} - {None}) >= 2


def _scored_recipients(named: list[str], recipients: list[str], actor_ids: list[str],
                       actor_country: bool) -> list[str]:
    """The recipients the confidence weighs: the clause's own, else the state of the act's
    place or of a national modifier (:mod:`.targets`) when the actor is coded and is not that
    state itself: "Israel Friday reimposed blockades in the West Bank" (PLOVER gold), not "it
    could see tariffs on Chinese EVs" with "it" read as China (VOA 7808748)."""
    if named or not actor_country:
        return named
    return [x for x in recipients if x not in actor_ids]


def _quoted(anchor: "Token", article: Article) -> bool:
    """Is the trigger inside the words of a direct quote (the quotes layer paired the marks)?"""
    return any(q.direct and q.content.start <= anchor.idx < q.content.end
               for q in article.quotes)


__all__ = ["code_events", "candidates", "MIN_CONFIDENCE"]
