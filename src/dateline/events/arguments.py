"""Event arguments from syntax: actors and recipients of a predicate, coded by the actor layer.

Only the predicate's own clause is read: the subject (or passive agent) gives the actor, the
object, a passive subject, or a "with / to / against / on / toward" phrase gives the recipient.
A noun phrase becomes an actor id when one of the actor layer's mentions covers its head (or a
possessive, compound or adjective modifier of it: "China's U.N. mission", "a Turkish offensive").
Coordinated heads give several ("met with Bukele and El Salvador's foreign minister").
Fallbacks, only where the actor layer has no actor on the phrase: a national modifier or a
country name (``dateline.countries``) gives the story's actor of that state; a third-person
pronoun the nearest preceding actor of a fitting kind; a quoted "we" the speech verb's subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.record import Article
from dateline.resources import data_path

from .predicates import Predicate, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
OBJECTS = ("dobj", "dative", "attr")
RECIPIENT_PREPS = {"with", "to", "against", "on", "toward", "towards", "at", "upon"}
NOUN_ACTOR_PREPS = {"by", "from"}
NOUN_RECIPIENT_PREPS = {"against", "on", "with", "of", "to", "toward", "towards", "into"}
MODIFIERS = ("poss", "compound", "amod", "nmod", "npadvmod")
# Events that are mutual when their subject is plural and they have no object:
# "The two presidents are closely cooperating in Syria" (VOA 6180015).
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT"}
# Types whose target may sit in the complement clause ("urged Kenya to ...", "refused to attend").
# An allegation's accused is its clause's subject: "A Phnom Penh court earlier alleged the
# journalist had posted 'provocative' and 'false' messages" (VOA 7836916).
COMPLEMENT_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE"}
# A denial's complement is the charge, not a target: "the Taliban deny providing sanctuary to
# anti-Pakistan fighters".
DENIALS = {"deny", "dismiss"}
# Objects that stand for someone's act or position: "regrets the decision of Kenya".
STANCE_NOUNS = {"decision", "policy", "move", "request", "statement", "remark", "comment",
                "claim", "allegation", "action", "conduct", "behavior", "behaviour", "stance",
                "position", "proposal", "demand", "offer", "plan", "refusal", "accusation",
                "appeal", "ultimatum", "call", "invitation", "initiative", "bid", "overture",
                "suggestion", "warning"}
# Ceremonies held by someone, whose guests meet them: "sent an unofficial delegation to attend
# the inauguration of Taiwan's new president" (VOA 7638284).
CEREMONIES = {"inauguration", "funeral", "coronation", "investiture", "swearing"}
# Acts whose "of" phrase is who must do them: "demanded the withdrawal of Serbian forces from
# Bosnia" (PLOVER gold records).  Not "the resignation of President Ahmed Ben Bella": a demand in
# a protest's purpose clause then outranks the protest (PLOVER-GSR01-PROTEST-0008).
DEPARTURES = {"withdrawal", "pullout", "departure", "disarmament"}
RELATIVE = {"who", "which", "that", "whom"}
# Verbs of talk whose direct object is the topic, never the partner: "discuss Iran's
# proliferation efforts", "negotiate a ceasefire with Hamas".
TOPIC_VERBS = {"discuss", "debate", "negotiate", "address", "review", "consider"}
PROPOSALS = {"propose", "offer", "ask", "request", "suggest", "demand", "call", "urge", "invite",
             "seek", "plead"}
PRONOUNS = {"he", "she", "it", "they", "we"}
FIRST_PERSON = {"we", "i"}
QUOTE_MARKS = {'"', "“", "”"}
SPEECH = {"say", "tell", "add", "insist", "state", "stress", "write"}


@dataclass
class Arguments:
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    actor_path: int = 0  # 0: none; 1: direct subject/agent; 2: inherited (control, conjunct, relcl)
    reciprocal: bool = False
    pronoun: bool = False  # the actor was resolved from a pronoun ("it", "they", "we")


class ActorIndex(dict[int, str]):
    """Token index -> actor id for every token inside an actor mention, plus what the syntax
    needs besides: the article's state actors by country, and the speakers of its quotes."""

    states: dict[str, str]
    quotes: list[tuple[int, int, str]]
    places: dict[int, str]  # token index -> country of a place mention
    mentions: list[tuple[int, str]]  # (token index, actor id) of every mention token, in order
    kinds: dict[str, str]  # actor id -> kind
    countries: dict[str, str]  # actor id -> country
    turns: list[tuple[int, str | None]]  # (token index, speaker) of each interview turn label
    place_names: set[str]  # actor ids with no country whose mentions are mostly places


def actor_index(article: Article) -> ActorIndex:
    doc: "Doc" = article.doc
    out = ActorIndex()
    for actor in article.actors:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                out.setdefault(tok.i, actor.id)
    out.states = {}
    for kind in ("state", "organization"):
        # An organization stands for its code only when no state does: "the European side
        # refused" (VOA 7808748) is the European Union's act.
        for actor in article.actors:
            if actor.kind == kind and actor.country and actor.country not in out.states \
                    and (kind == "state" or actor.country.startswith("IGO")):
                out.states[actor.country] = actor.id
    out.mentions = sorted((tok_i, aid) for tok_i, aid in out.items())
    out.kinds = {a.id: a.kind for a in article.actors}
    out.countries = {a.id: a.country for a in article.actors if a.country}
    out.quotes = [(q.content.start, q.content.end, q.speaker) for q in article.quotes
                  if q.speaker and article.actor(q.speaker) is not None]
    out.turns = _turns(article, out)
    out.places = {}
    placed: set[int] = set()
    for place in article.places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            placed.add(tok.i)
            if place.country:
                out.places.setdefault(tok.i, place.country)
    # An uncoded "actor" that the places layer reads as a place is a place: "called for a 'total
    # war' against al-Shabab, Beledweyne, a town near Somalia's border" (VOA 8008152).
    # Only when most of its mention tokens are places: one "Zamora" the places layer took for
    # the Mexican city does not make the journalist Jose Ruben Zamora a place (VOA 8010046).
    seen: dict[str, list[int]] = {}
    for tok_i, aid in out.items():
        if aid not in out.countries:
            counts = seen.setdefault(aid, [0, 0])
            counts[0] += tok_i in placed
            counts[1] += 1
    out.place_names = {aid for aid, (inside, total) in seen.items() if 2 * inside > total}
    return out


LABEL_SPAN = 14  # tokens a speaker label ("Richard Armitage, former deputy secretary:") may have


def _turns(article: Article, index: dict[int, str]) -> list[tuple[int, str | None]]:
    """The turns of an interview transcript: a body sentence that opens with a speaker label
    (a name, no verb, then a colon), with the label's actor."""
    from dateline.nlp import spacy_sentences

    out: list[tuple[int, str | None]] = []
    if article.text.count(":") < 2:
        return out  # a transcript has a label per turn
    text = article.text
    for sent in spacy_sentences(article):
        if sent is None or ":" not in text[sent.start_char:sent.start_char + 160]:
            continue
        for tok in sent[:LABEL_SPAN]:
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.text == ":" and tok.i > sent.start:
                speaker = next((index[t.i] for t in sent.doc[sent.start:tok.i] if t.i in index),
                               None)
                out.append((sent.start, speaker))
                break
    return out


def _interview_party(pronoun: "Token", index: dict[int, str]) -> str | None:
    """"we" or "I" in an interview turn is the turn's speaker, unless that is the interviewer
    (the speaker of the first turn, which asks the first question): "Richard Armitage, former
    U.S. deputy secretary of state: The obvious message we brought to Taiwan was a bipartisan
    support" (VOA 7638284)."""
    turns = getattr(index, "turns", [])
    if len(turns) < 2:
        return None
    own = [speaker for start, speaker in turns if start <= pronoun.i]
    if not own or own[-1] == turns[0][1]:
        return None
    return own[-1]


def _visited_state(tokens: list["Token"], index: dict[int, str],
                   visitors: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """The host of a visit named by its place: "visited Europe", "a visit to Beijing" -> the
    story's state actor of that country, when the story names one (VOA 6238998).  Not a place
    of the visitor's own country: "During a visit to Quetta ..., Pakistan's Prime Minister"
    (VOA 8009976) visits no one."""
    places, states = getattr(index, "places", {}), getattr(index, "states", {})
    own = {c for v in visitors if (c := getattr(index, "countries", {}).get(v))}
    out = []
    for tok in tokens:
        for t in _conjuncts(tok):
            code = places.get(t.i)
            actor = states.get(code) if code and code not in own else None
            if actor is not None and actor not in out:
                out.append(actor)
    return out


def _state_of(token: "Token", index: dict[int, str]) -> str | None:
    """The article's state actor named by a national modifier: "a Turkish offensive", "U.S.
    sanctions", "called Chinese subsidies 'unbearable'" — only when the story names that state."""
    states = getattr(index, "states", None)
    if not states or token.pos_ not in ("ADJ", "PROPN"):
        return None
    from dateline.countries import capital_metonym, country_code, demonym_code

    code = demonym_code(token.text) or country_code(token.text)
    if code is None and token.pos_ == "PROPN":
        code = capital_metonym(token.text)
    return states.get(code) if code else None


def _national(token: "Token", index: dict[int, str], depth: int = 0) -> str | None:
    """The state named by a national modifier anywhere in a phrase's left modifiers, for a phrase
    the actor layer left uncoded: "Indian foreign ministry spokesperson Randhir Jaiswal" (VOA
    8011076), "the European side refused" (VOA 7808748)."""
    for child in token.lefts:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        hit = _state_of(child, index)
        if hit is None and depth < 2 and child.dep_ in ("compound", "nmod"):
            hit = _national(child, index, depth + 1)
        if hit is not None:
            return hit
    return None


PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
PRONOUN_WINDOW = 60  # tokens back that an unresolved pronoun may look for its antecedent


def _antecedent(pronoun: "Token", index: dict[int, str]) -> str | None:
    """The nearest preceding actor of a fitting kind for a pronoun the actor layer left open:
    "Near the end of his appearance, he called the ruling 'arbitrary'" (VOA 8010046), "the
    military removed Bashir and jailed him" (VOA 6180206).  People for he/she, groups and
    organizations for they/them; never across a paragraph-long gap."""
    mentions = getattr(index, "mentions", None)
    kinds = getattr(index, "kinds", {})
    if not mentions:
        return None
    low = pronoun.lower_
    wanted = ("person",) if low in PERSON_PRONOUNS | {"his"} else ("group",) \
        if low in GROUP_PRONOUNS | {"their"} else ("state", "organization", "group") \
        if (low == "it" and (pronoun.dep_ in SUBJECTS or _agent_object(pronoun))) \
        or low == "its" else ()
    if not wanted:
        return None
    # the subject of the pronoun's own clause is not its antecedent ("he shot him"), nor, for
    # the owner of an object, that subject's actor ("as Tehran rejected its offer", VOA 8009004)
    own = {c.i for c in pronoun.head.children if c.dep_ in SUBJECTS} if pronoun.dep_ in (
        "dobj", "dative") else set()
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in OBJECTS:
        own = {c.i for c in pronoun.head.head.children if c.dep_ in SUBJECTS}
    own_actors = {index[i] for i in own if i in index}
    for tok_i, aid in reversed(mentions):
        if tok_i >= pronoun.i or tok_i in own or aid in own_actors:
            continue
        if pronoun.i - tok_i > PRONOUN_WINDOW:
            return None
        if kinds.get(aid) in wanted:
            return aid
    return None


# Verbs whose object is someone who acts, never a thing: "Pakistani officials blamed archrival
# India, accusing it of providing support to militants" (VOA 8011076).  Not "criticized it" or
# "rejected it", whose "it" is as often a meeting or a proposal.
AGENT_OBJECT_VERBS = {"accuse", "blame", "urge", "warn", "ask", "press", "invite", "sanction",
                      "thank", "praise"}


def _agent_object(pronoun: "Token") -> bool:
    return pronoun.dep_ == "dobj" and lemma_of(pronoun.head) in AGENT_OBJECT_VERBS


def _quote_speaker(token: "Token", index: dict[int, str]) -> str | None:
    """"We" or "I" inside a quotation is its speaker: "“We strongly reject the baseless
    allegations made by Pakistan,” Indian foreign ministry spokesperson Randhir Jaiswal told"."""
    for start, end, speaker in getattr(index, "quotes", ()):
        if start <= token.idx < end:
            return speaker
    return None


def _conjuncts(token: "Token") -> list["Token"]:
    out = [token]
    for t in token.conjuncts:
        if t.i > token.i and t not in out:
            out.append(t)
    return out


def np_actor(token: "Token", index: dict[int, str]) -> str | None:
    """The actor of a noun phrase headed by ``token``: the head, else a left modifier."""
    if token.i in index:
        own = index[token.i]
        if own in getattr(index, "countries", {own: ""}) or token.pos_ != "NOUN":
            return own
        # An uncoded actor whose phrase names a state is that state's: "launched a brazen
        # assault on a joint Kenya-U.S. military base" (VOA 6184384); not a continent's
        # organization ("Central European populist leaders", VOA 6205696).
        state = _national(token, index)
        return state if state is not None and getattr(index, "kinds", {}).get(state) == "state" \
            else own
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return np_actor(token.head.head, index)
    for child in token.lefts:
        if child.dep_ in MODIFIERS:
            hit = index.get(child.i)
            if hit is None and child.dep_ == "poss":
                hit = np_actor(child, index)
            if hit is None and child.dep_ in ("amod", "compound") and token.pos_ == "NOUN":
                hit = _state_of(child, index)
            if hit is not None:
                return hit
    # Appositions name the same actor: "the court's president, Judge Joan Donoghue".
    for child in token.rights:
        if child.dep_ == "appos" and child.i in index:
            return index[child.i]
    if token.lower_ in FIRST_PERSON:
        return _quote_speaker(token, index) or _quoted_speaker(token, index) \
            or _interview_party(token, index)
    if token.lower_ in PRONOUNS:
        hit = _speaker(token, index)
        if hit is not None:
            return hit
    if token.pos_ == "PRON":
        return _antecedent(token, index)
    if token.pos_ in ("NOUN", "PROPN"):
        # "Trump called Canada 'one of the highest tariffing nations'" (VOA 8006924): a country
        # name the actor layer left uncoded is the story's actor of that state.
        return _national(token, index) or (_state_of(token, index) if token.pos_ == "PROPN"
                                           else None)
    return None


def _quoted_speaker(token: "Token", index: dict[int, str]) -> str | None:
    """"We" inside quotation marks, when the quote layer has no speaker actor: the subject of the
    sentence's speech verb outside the quote ("“We strongly reject the baseless allegations made
    by Pakistan,” Indian foreign ministry spokesperson Randhir Jaiswal told reporters")."""
    sent = token.sent
    opens = sum(1 for t in sent.doc[sent.start:token.i] if t.text in QUOTE_MARKS)
    if opens % 2 == 0:
        return None
    root = sent.root
    if lemma_of(root) not in SPEECH:
        return None
    for subj in root.children:
        if subj.dep_ in SUBJECTS and subj.i > token.i and subj.lower_ not in FIRST_PERSON:
            return np_actor(subj, index)
    return None


def _speaker(pronoun: "Token", index: dict[int, str]) -> str | None:
    """A subject pronoun of a reported clause is its speaker when nothing else is in reach:
    "Mogadishu announced it was cutting ties with Kenya", "he said he would urge"."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS + PASSIVE_SUBJECTS or clause.dep_ != "ccomp":
        return None
    for subj in clause.head.children:
        if subj.dep_ in SUBJECTS and subj.i in index:
            return index[subj.i]
    return None


def _label(token: "Token") -> bool:
    """A speaker label of an interview transcript ("VOA: Russia's President ... visited")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and (
        token.i == 0 or token.is_sent_start or doc[token.i - 1].is_space)


def _actors_of(heads: list["Token"], index: dict[int, str]) -> list[str]:
    out: list[str] = []
    queue = list(heads)
    for head in queue:
        if _label(head):
            # "VOA: Russia's President Vladimir Putin recently visited China" (VOA 7638284): the
            # parser makes the label the subject and the real one its apposition.
            queue += [c for c in head.children if c.dep_ == "appos" and c not in queue]
            continue
        for t in _conjuncts(head):
            a = np_actor(t, index)
            if a is not None and a not in out and a not in getattr(index, "place_names", ()):
                out.append(a)
    return out


def _subject(verb: "Token") -> tuple[list["Token"], int]:
    """The subject tokens of a verb (the agent if passive), and how directly they were found."""
    subj = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subj:
        return subj, 1
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs, 1
    if any(c.dep_ in PASSIVE_SUBJECTS + ("auxpass",) for c in verb.children):
        # A passive with no agent has no actor ("was arrested"); an embedded passive does not
        # inherit the subject of the clause above, who undergoes it: "thanked Kenya for being
        # freed", "refused to be questioned".
        return [], 0
    misparsed = _misparsed_subject(verb)
    if misparsed:
        return misparsed, 2
    # Control, coordination and participles: "refused to attend", "removed Bashir and jailed
    # him", "Threatening to kill the hostages, BLA demanded", "retaliated by announcing tariffs".
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        head = _shared_head(verb)
        subj, _ = _subject(head)
        if not subj and verb.dep_ == "advcl":
            subj = _surface_subject(verb, head)
        return subj, 2 if subj else 0
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        subj, _ = _subject(verb.head.head)
        if not subj:
            subj = _surface_subject(verb, verb.head.head)
        return subj, 2 if subj else 0
    # "fighters who attack", "militants attacking the base": the noun does the act; not in
    # "all the passengers freed so far", where it undergoes it.
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN" \
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head], 2
    return [], 0


FINITE = ("VBD", "VBZ", "VBP")
# Verbs of saying whose clause the parser may split after its subject: "A Western diplomatic
# source said Ankara in the last few years imposed onerous controls" (VOA 6180932) makes
# "Ankara" the object of "said" and leaves "imposed" with no subject.
SAY_VERBS = {"say", "claim", "allege", "insist", "add", "state", "report", "believe", "think"}


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


def _shared_head(verb: "Token") -> "Token":
    """The verb whose subject a conjunct shares.  A finite conjunct of another tense than the
    copular clause it hangs on coordinates with that clause's governor: "The UN Working Group
    has also determined that Zamora's detention is arbitrary and called for his release" (VOA
    8010046) — the group called, not the detention."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.pos_ == "AUX" \
            and verb.tag_ in FINITE and head.tag_ in FINITE and verb.tag_ != head.tag_:
        return head.head
    return head


def _surface_subject(verb: "Token", head: "Token") -> list["Token"]:
    """An active participle adjunct of a passive clause has the clause's surface subject: "Mech
    Dara was released after apologizing to Senate head Hun Sen" (VOA 7836916)."""
    if verb.tag_ != "VBG" or any(c.dep_ in PASSIVE_SUBJECTS + ("auxpass",) for c in verb.children):
        return []
    return [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]


def _objects(verb: "Token") -> list["Token"]:
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if passive:
        return passive
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "government soldiers backed by African Union troops"
    out = [c for c in verb.children if c.dep_ in OBJECTS]
    # "called Canada “one of the highest tariffing nations”": the parser makes both complements
    # predicates; all but the last one are who the verdict is about.
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    out += [c for c in predicates[:-1] if c.pos_ in ("PROPN", "NOUN", "PRON")]
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS:
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _object_phrases(objs: list["Token"]) -> list["Token"]:
    """Targets inside an object's own phrase: "threatening retaliation against Washington",
    "imposed onerous controls on U.S. operations" (VOA 6180206)."""
    out = []
    for obj in [t for o in objs for t in _conjuncts(o)]:
        for c in obj.children:
            # "rejected a fresh offer from Afghanistan", "dismissed an appeal from President
            # Laurent Gbagbo" (PLOVER gold records): the proposer of a stance noun.
            if c.dep_ == "prep" and (c.lower_ in RECIPIENT_PREPS | {"by"} or (
                    c.lower_ in ("of", "from") and lemma_of(obj) in STANCE_NOUNS)
                    or (c.lower_ == "of" and lemma_of(obj) in CEREMONIES | DEPARTURES)):
                out += [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the allegations made by Pakistan"
                for agent in c.children:
                    if agent.dep_ == "agent":
                        out += [o for o in agent.children if o.dep_ == "pobj"]
    return out


def _complement_targets(verb: "Token", own: bool = False) -> list["Token"]:
    """Who a demand, refusal, threat or promise is about, from its complement clause:
    "called for the Taliban to lift the ban", "demanded that Ottawa drop its tariffs",
    "refused to attend a hearing by the court".  ``own``: a pronoun subject of the clause is the
    speaker itself ("warned that it will ..."), so the target is further down."""
    for c in verb.children:
        # Not a participle of manner: "dismissed the findings, saying the Taliban respect ...".
        marked = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                           for m in c.children)
        if c.dep_ in ("xcomp", "ccomp") or marked or (c.dep_ == "prep" and c.lower_ == "for"):
            clause = c
            if c.dep_ == "prep":
                clause = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), c)
            subj = [x for x in clause.children if x.dep_ in SUBJECTS + PASSIVE_SUBJECTS]
            if subj and not (own and all(x.lower_ in PRONOUNS for x in subj)):
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


@lru_cache(maxsize=1)
def patient_nouns() -> frozenset[str]:
    lines = data_path("events", "patient_nouns.tsv").read_text("utf-8").splitlines()
    return frozenset(l.strip() for l in lines[1:] if l.strip() and not l.startswith("#"))


def _noun_arguments(noun: "Token", index: dict[int, str]) -> Arguments:
    args = Arguments()
    patient = lemma_of(noun) in patient_nouns()
    for child in noun.lefts:
        if child.dep_ in MODIFIERS:
            a = index.get(child.i) or (np_actor(child, index) if child.dep_ == "poss" else None) \
                or _state_of(child, index)
            if a is None:
                continue
            if patient and child.dep_ == "poss":
                if a not in args.recipients:
                    args.recipients.append(a)
            elif a not in args.actors:
                args.actors.append(a)
                args.actor_path = 1
    for child in noun.rights:
        if child.dep_ == "prep":
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if child.lower_ in NOUN_ACTOR_PREPS and not args.actors:
                args.actors = _actors_of(objs, index)
                args.actor_path = 1 if args.actors else 0
            elif child.lower_ in NOUN_RECIPIENT_PREPS:
                args.recipients += [r for r in _actors_of(objs, index) if r not in args.recipients]
    return args


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
    args.recipients = [r for r in args.recipients if r not in args.actors]
    return args


MEETING_VERBS = {"meet", "talk", "confer", "consult", "negotiate"}


def _met_on_visit(head: "Token", index: dict[int, str], args: Arguments) -> None:
    """A visit made to meet someone is a meeting with them, not with the country it is in:
    "he said during a visit to South Africa to meet with other African opposition leaders" (VOA
    6181522).  The purpose clause's partners replace the visited place."""
    for c in head.children:
        if c.dep_ in ("acl", "advcl", "xcomp") and lemma_of(c) in MEETING_VERBS \
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            partners = [r for r in _actors_of(_objects(c), index) if r not in args.actors]
            if partners:
                args.recipients = partners
            return


def _light_verb(noun: "Token") -> "Token | None":
    """The support verb whose object a trigger noun heads or modifies: "the military completed
    an hourslong rescue operation" (VOA 8009314), "first imposing and then delaying for a month
    a 25% tariff" (VOA 8006924: the verb, or a verb it is coordinated with, is a support verb)."""
    from .predicates import support_verbs

    phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    sisters = [verb] + [c for c in verb.head.children if c.dep_ == verb.dep_ == "pcomp"] \
        + list(verb.conjuncts)
    return verb if any(lemma_of(v) in support_verbs() for v in sisters) else None


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
    found = [a for a in _actors_of(heads, index) if a not in args.recipients]
    if found:
        args.actors, args.actor_path = found, 2


def find_arguments(pred: Predicate, index: dict[int, str]) -> Arguments:
    """Actors and recipients of one predicate, from its own clause only."""
    if pred.nominal:
        args = _nominal_arguments(pred.head, index)
        noun = pred.head
        if not args.actors and noun.dep_ == "pobj" and noun.head.lower_ == "during" \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            # "Sánchez said during a visit to Beijing": the visitor is the one who spoke.
            subj, _ = _subject(noun.head.head)
            args.actors = [a for a in _actors_of(subj, index) if a not in args.recipients]
            args.actor_path = 2 if args.actors else 0
        if not args.actors:
            _borrowed_actors(noun, index, args)
        if not args.recipients and pred.type == "CONSULT" and pred.entry.mode == "visit":
            to = [o for c in pred.head.children if c.dep_ == "prep" and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj"]
            args.recipients = [r for r in _visited_state(to, index, args.actors)
                               if r not in args.actors]
        if pred.type == "CONSULT" and pred.entry.mode == "visit":
            _met_on_visit(pred.head, index, args)
        return args
    verb = pred.anchor
    subj, path = _subject(verb)
    args = Arguments(actors=_actors_of(subj, index))
    args.actor_path = path if args.actors else 0
    args.pronoun = bool(args.actors) and any(t.pos_ == "PRON" for t in subj)
    objs = _objects(verb)
    if pred.type == "CONSULT" and lemma_of(verb) in TOPIC_VERBS:
        # "called a private meeting ... to discuss Iran's proliferation efforts" (VOA 8009004):
        # the object is the topic; the partners are a "with" phrase or the subject itself.
        objs = [o for o in objs if o.dep_ == "pobj"]
    if pred.target is not None:  # "sanctions could follow if Ankara activated the system"
        objs = [pred.target] + _objects(pred.head)
    elif pred.statement:  # "Balkhi said Islamabad must address internal issues"
        objs, _ = _subject(pred.head)
    elif pred.head.i != verb.i:  # support verb: "imposed sanctions on Turkey"
        noun = _noun_arguments(pred.head, index)
        objs = [o for o in objs if o is not pred.head]
        args.recipients = noun.recipients
        if not args.actors and noun.actors:
            args.actors, args.actor_path = noun.actors, noun.actor_path
    args.recipients += [r for r in _actors_of(objs, index) if r not in args.recipients]
    args.recipients = [r for r in args.recipients if r not in args.actors]
    if not args.recipients and objs and not pred.statement:
        args.recipients = [r for r in _actors_of(_object_phrases(objs), index)
                           if r not in args.actors]
    if not args.recipients and pred.type == "CONSULT" and pred.entry.mode == "visit":
        args.recipients = [r for r in _visited_state(objs, index, args.actors)
                           if r not in args.actors]
    if pred.type == "CONSULT" and pred.entry.mode == "visit":
        _met_on_visit(verb, index, args)
    if not args.recipients and pred.type in COMPLEMENT_TYPES and not pred.statement \
            and lemma_of(verb) not in DENIALS:
        args.recipients = [r for r in _actors_of(_complement_targets(verb), index)
                           if r not in args.actors]
        if not args.recipients:
            args.recipients = [r for r in _actors_of(_complement_targets(verb, own=True), index)
                               if r not in args.actors]
    if not args.recipients and pred.type == "REJECT" and verb.dep_ == "conj" \
            and lemma_of(verb.head) in PROPOSALS:
        # A refusal coordinated with a proposal answers its proposer: "the Chinese side proposed
        # to set a minimum import price, but the European side refused" (VOA 7808748).
        subj, _ = _subject(verb.head)
        args.recipients = [r for r in _actors_of(subj, index) if r not in args.actors]
    if not args.recipients and len(args.actors) >= 2 and pred.type in RECIPROCAL:
        args.recipients = list(args.actors)
        args.reciprocal = True
    return args
