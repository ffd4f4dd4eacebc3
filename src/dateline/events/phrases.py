"""The actor of a noun phrase: an actor mention on its head or a modifier, else a fallback.

A noun phrase becomes an actor id when one of the actor layer's mentions covers its head (or a
possessive, compound or adjective modifier of it: "China's U.N. mission", "a Turkish offensive").
Coordinated heads give several ("met with Bukele and El Salvador's foreign minister").
Fallbacks, only where the actor layer has no actor on the phrase: a national modifier or a
country name (``dateline.countries``) gives the story's actor of that state; a third-person
pronoun the nearest preceding actor of a fitting kind; a quoted "we" the speech verb's subject;
an uncoded acronym the one actor of the story whose name it spells ("BLA": the Baloch
Liberation Army).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.actors.coding import GOVERNMENT_NOUNS, STATE_NOUNS
from dateline.actors.coref import NAME_LINKS as ACRONYM_SKIPS
from dateline.actors.nonactors import EQUIPMENT

from .predicates import PARTITIVES, REPORTING_VERBS, lemma_of, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mentions import ActorIndex

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
OBJECTS = ("dobj", "dative", "attr")
MODIFIERS = ("poss", "compound", "amod", "nmod", "npadvmod")
# The dependencies of a noun's national modifier ("a Turkish offensive", "Cameroon and C.A.R.
# officials").
NATIONAL_DEPS = {"amod", "compound", "nmod"}
RELATIVE = {"who", "which", "that", "whom"}
PRONOUNS = {"he", "she", "it", "they", "we"}
FIRST_PERSON = {"we", "i"}
QUOTE_MARKS = {'"', "“", "”"}


def _interview_party(pronoun: "Token", index: "ActorIndex") -> str | None:
    """"we" or "I" in an interview turn is the turn's speaker, unless that is the interviewer
    (the speaker of the first turn, which asks the first question): "Richard Armitage, former
    U.S. deputy secretary of state: The obvious message we brought to Taiwan was a bipartisan
    support" (VOA 7638284)."""
    turns = index.turns
    if len(turns) < 2:
        return None
    own = [speaker for start, speaker in turns if start <= pronoun.i]
    if not own or own[-1] == turns[0][1]:
        return None
    return own[-1]


def _state_of(token: "Token", index: "ActorIndex") -> str | None:
    """The article's state actor named by a national modifier: "a Turkish offensive", "U.S.
    sanctions", "called Chinese subsidies 'unbearable'" — only when the story names that state."""
    states = index.states
    if not states or token.pos_ not in ("ADJ", "PROPN"):
        return None
    from dateline.countries import capital_metonym, country_code, demonym_code

    code = demonym_code(token.text) or country_code(token.text)
    if code is None and token.pos_ == "PROPN":
        code = capital_metonym(token.text)
    return states.get(code) if code else None


def _national(token: "Token", index: "ActorIndex", depth: int = 0) -> str | None:
    """The state named by a national modifier anywhere in a phrase's left modifiers, for a phrase
    the actor layer left uncoded: "Indian foreign ministry spokesperson Randhir Jaiswal" (VOA
    8011076), "the European side refused" (VOA 7808748)."""
    for child in token.lefts:
        if child.dep_ not in NATIONAL_DEPS:
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


def _antecedent(pronoun: "Token", index: "ActorIndex") -> str | None:
    """The nearest preceding actor of a fitting kind for a pronoun the actor layer left open:
    "Near the end of his appearance, he called the ruling 'arbitrary'" (VOA 8010046), "the
    military removed Bashir and jailed him" (VOA 6180206).  People for he/she, groups and
    organizations for they/them; never across a paragraph-long gap."""
    mentions = index.mentions
    kinds = index.kinds
    if not mentions:
        return None
    wanted = _pronoun_kinds(pronoun)
    if pronoun.lower_ == "it" and not (pronoun.dep_ in SUBJECTS or _agent_object(pronoun)
                                       or _partner_verb(pronoun) is not None):
        wanted = ()  # "it" as a plain object or in a phrase: a thing as often as a body
    if not wanted:
        return None
    # the subject of the pronoun's own clause is not its antecedent ("he shot him"), nor, for
    # the owner of an object, that subject's actor ("as Tehran rejected its offer", VOA 8009004)
    own = {c.i for c in pronoun.head.children if c.dep_ in SUBJECTS} if pronoun.dep_ in (
        "dobj", "dative") else set()
    if pronoun.dep_ in ("dobj", "dative") and not own \
            and pronoun.head.dep_ in ("advcl", "xcomp", "conj"):
        # nor the subject a participle or conjunct shares with the clause it hangs on: "The
        # separatist group has been fighting a deadly insurgency against the Pakistani state,
        # accusing it of exploiting ..." (VOA 8007760), "the military removed Bashir and jailed
        # him" (VOA 6180206); an infinitive of a verb with an object shares that object ("urged
        # Kenya to protect them": Kenya protects)
        matrix = pronoun.head.head
        controller = [c for c in matrix.children if c.dep_ in ("dobj", "dative")] \
            if pronoun.head.dep_ == "xcomp" else []
        own = {c.i for c in controller} or {c.i for c in matrix.children if c.dep_ in SUBJECTS}
    partner = _partner_verb(pronoun)
    if partner is not None:
        # nor, for the partner of a joint act, the act's own subject, or the subject of the
        # clause it completes: "the ICC authorized an investigation, and Duterte's government
        # refused to cooperate with it"
        own = {c.i for c in partner.children if c.dep_ in SUBJECTS}
        if not own and partner.dep_ in ("advcl", "xcomp", "conj"):
            own = {c.i for c in partner.head.children if c.dep_ in SUBJECTS}
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in OBJECTS:
        own = {c.i for c in pronoun.head.head.children if c.dep_ in SUBJECTS}
    if pronoun.dep_ in SUBJECTS:
        # nor, for a subject, its own clause's object, which names someone else: "It urged
        # Japan to 'immediately stop its dangerous provocations'" after "China's navy rejected
        # ... Tokyo's claims" (written 9500004) — not Japan, though Tokyo is nearer
        own = {c.i for c in pronoun.head.children if c.dep_ in ("dobj", "dative")}
    if pronoun.dep_ in SUBJECTS and _object_relative(pronoun.head):
        # nor, for the subject of an object relative clause, the noun the clause modifies,
        # which is that clause's object: "the Congolese army, which it accused of violating the
        # truce", "the opposition party, which the government accuses of ..." ("it" is the
        # accuser named before, not the accused)
        modified = pronoun.head.head
        own = {modified.i} | {t.i for t in modified.conjuncts}
    # nor an apposition of that subject, which names the same actor twice: "The International
    # Labor Office (ILO) reiterated its demand today that Israel ease restrictions" (PLOVER gold)
    own |= {a.i for i in own for a in pronoun.doc[i].rights if a.dep_ == "appos"}
    own_actors = {index[i] for i in own if i in index}
    named = _named_state(pronoun, index) if "state" in wanted else None
    if named is not None and (named[0] in own or named[1] in own_actors):
        named = None
    for tok_i, aid in reversed(mentions):
        if tok_i >= pronoun.i or tok_i in own or aid in own_actors:
            continue
        if named is not None and tok_i < named[0]:
            break
        if pronoun.i - tok_i > PRONOUN_WINDOW:
            return None
        if kinds.get(aid) in wanted:
            return aid
    return named[1] if named is not None else None


def _object_relative(verb: "Token") -> bool:
    """Is ``verb`` a relative clause whose relative pronoun is its direct object ("which it
    accused", "whom the court sentenced")?"""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that", "who") for c in verb.children)


# The uncoded nouns a national modifier makes a state's agent, fit to be "it": the polity ("the
# Pakistani state", ``coding.STATE_NOUNS`` and ``GOVERNMENT_NOUNS``) or its machines ("the Iranian
# vessel", ``nonactors.EQUIPMENT``); not its goods ("cheap Iranian oil").
AGENT_THINGS = STATE_NOUNS | GOVERNMENT_NOUNS | EQUIPMENT


def _named_state(pronoun: "Token", index: "ActorIndex") -> tuple[int, str] | None:
    """The nearest noun before ``pronoun`` in its sentence that the actor layer left uncoded but
    whose national modifier names a state of the story ("the Pakistani state"), with its
    position: an antecedent of "it" as good as a mention (VOA 8007760)."""
    for tok in reversed(list(pronoun.doc[pronoun.sent.start:pronoun.i])):
        if tok.pos_ == "NOUN" and tok.i not in index and tok.dep_ not in MODIFIERS \
                and lemma_of(tok) in AGENT_THINGS:
            state = _national(tok, index)
            if state is not None and index.kinds.get(state) == "state":
                return tok.i, state
    return None


# Verbs whose object is someone who acts, never a thing: "Pakistani officials blamed archrival
# India, accusing it of providing support to militants" (VOA 8011076).  Not "criticized it" or
# "rejected it", whose "it" is as often a meeting or a proposal.
# Verbs of demanding (one list for the events layer): those whose object is the party asked
# ("urged Israel to halt", "pressed Iran on"), and those whose object is the thing demanded.
DEMANDS_OF = frozenset({"urge", "ask", "press"})
DEMANDS = DEMANDS_OF | {"demand", "call", "seek", "request", "plead"}
AGENT_OBJECT_VERBS = DEMANDS_OF | {"accuse", "blame", "warn", "invite", "sanction", "thank",
                                   "praise"}


# Verbs of a joint act, whose "with" partner is someone who acts, never a thing: "refused to
# cooperate with it", "agreed to negotiate with it".
PARTNER_VERBS = {"cooperate", "negotiate", "collaborate", "ally", "reconcile"}


def _partner_verb(pronoun: "Token") -> "Token | None":
    """The verb of a joint act (:data:`PARTNER_VERBS`) whose "with" partner ``pronoun`` is."""
    prep = pronoun.head
    if pronoun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    return prep.head if lemma_of(prep.head) in PARTNER_VERBS else None


def _agent_object(pronoun: "Token") -> bool:
    return pronoun.dep_ == "dobj" and lemma_of(pronoun.head) in AGENT_OBJECT_VERBS


def _quote_speaker(token: "Token", index: "ActorIndex") -> str | None:
    """"We" or "I" inside a quotation is its speaker: "“We strongly reject the baseless
    allegations made by Pakistan,” Indian foreign ministry spokesperson Randhir Jaiswal told"."""
    for start, end, speaker in index.quotes:
        if start <= token.idx < end:
            return speaker
    return None


def _conjuncts(token: "Token") -> list["Token"]:
    out = [token]
    for t in token.conjuncts:
        if t.i > token.i and t not in out:
            out.append(t)
    return out


def np_actor(token: "Token", index: "ActorIndex") -> str | None:
    """The actor of a noun phrase headed by ``token``: the head, else a left modifier."""
    if _uncoded_speakers(token, index):
        return None
    if token.i in index:
        own = index[token.i]
        if own in index.countries or token.pos_ != "NOUN":
            return own
        # An uncoded actor whose phrase names a state is that state's: "launched a brazen
        # assault on a joint Kenya-U.S. military base" (VOA 6184384); not a continent's
        # organization ("Central European populist leaders", VOA 6205696).
        state = _national(token, index)
        if state is not None and index.kinds.get(state) == "state":
            return state
        # "Negotiators from the Palestinian Authority rejected the proposal": an uncoded group
        # of people is the body it is from.
        return _affiliation(token, index) or own
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return np_actor(token.head.head, index)
    for child in token.lefts:
        if child.dep_ in MODIFIERS:
            hit = index.get(child.i)
            if hit is None and child.dep_ == "poss":
                hit = np_actor(child, index)
            if hit is None and child.dep_ in ("amod", "compound") and token.pos_ == "NOUN":
                hit = _state_of(child, index)
            if hit is None and child.dep_ == "compound" and child.pos_ == "NOUN" \
                    and token.pos_ == "NOUN":
                # "Hungary blocked a new EU sanctions package": the owner named before a
                # compound of the head (parsed EU -> sanctions -> package)
                hit = next((index[g.i] for g in child.lefts
                            if g.dep_ == "compound" and g.i in index), None)
            if hit is not None:
                return hit
    if token.i + 1 < len(token.doc) and (token.pos_ == "NUM" or lemma_of(token) in PARTITIVES):
        hit = _partitive(token, index)
        if hit is not None:
            return hit
    if token.pos_ == "NOUN":
        hit = _affiliation(token, index)
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
        hit = _speaker(token, index) or _relative_speaker(token, index)
        if hit is not None:
            return hit
    if token.pos_ == "PRON":
        return _antecedent(token, index)
    if _acronym(token):
        hit = _abbreviated(token, index)
        if hit is not None:
            return hit
    if token.pos_ in ("NOUN", "PROPN"):
        # "Trump called Canada 'one of the highest tariffing nations'" (VOA 8006924): a country
        # name the actor layer left uncoded is the story's actor of that state.
        return _national(token, index) or (_state_of(token, index) if token.pos_ == "PROPN"
                                           else None)
    return None


def _partitive(token: "Token", index: "ActorIndex", depth: int = 0) -> str | None:
    """The actor of a partitive head's "of" phrase, down a chain ("tens of thousands of
    students")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.i not in index and depth < 2 and (obj.pos_ == "NUM"
                                                     or lemma_of(obj) in PARTITIVES):
                return _partitive(obj, index, depth + 1)
            hit = np_actor(obj, index)
            if hit is None:
                # "tortured scores of Sierra Leonean and Liberian refugees" (PLOVER gold
                # records): the parser heads the "of" phrase with the first conjunct, which
                # the actor layer left open; a later conjunct names the group.
                hit = next((h for c in obj.children if c.dep_ == "conj"
                            and (h := np_actor(c, index)) is not None), None)
            return hit
    return None


# People who act for the body their "of" phrase names: "representatives of the rebel group".
# Not supporters, who act on their own for whom they back: "supporters of the ruling party"
# arrested are not the party arrested (the actor layer codes them, ``agents_hand.tsv``)
MEMBERS = {"representative", "delegate", "delegation", "envoy", "official", "leader",
           "negotiator", "diplomat", "spokesman", "spokeswoman", "spokesperson", "minister",
           "commander", "fighter", "soldier", "troop", "militant", "activist",
           "doctor", "worker", "staff", "lawyer", "inspector", "monitor", "observer", "expert",
           "volunteer", "team", "unit", "force", "people", "resident", "citizen", "refugee",
           "student", "mission",
           # the people at the head of a body act for it: "the head of the U.S. Agency for
           # International Development, Samantha Power, visited Somalia" (written 9400008)
           "head", "chief", "director", "chairman", "chairwoman"}


def _affiliation(token: "Token", index: "ActorIndex") -> str | None:
    """An uncoded noun of people stands for the body it is from or of (not "support from the
    Montenegro Assembly", which is what they ask for): "Doctors from two American aid
    groups donated and personally delivered $50,000 worth of goods" (PLOVER gold records),
    "officials from the ministry", "envoys of the two governments"."""
    if lemma_of(token) not in MEMBERS:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.i in index:
                return np_actor(obj, index)
            if obj.dep_ == "pobj" and prep.lower_ == "of" and lemma_of(obj) in MEMBERS:
                # "received a mission of observers from the OSCE" (PLOVER gold records): the
                # people the group is made of are from the body.
                hit = _affiliation(obj, index)
                if hit is not None:
                    return hit
    return _allegiance(token, index)


# Modifiers that tie people to the body they fight or work for: "Militants linked with the
# banned Baloch Liberation Army attacked a passenger train" (VOA 8009976), "Some 500,000 workers
# affiliated with the Serbian Workers' Union (SSS) stopped work", "Militants loyal to Iraq's
# Al-Qaeda frontman Abu Musab al-Zarqawi said" (PLOVER gold records).  Not "backed by": a
# backer is another party ("rebels backed by Rwanda").
ALLEGIANCES = {"link", "linked", "affiliate", "affiliated", "ally", "allied", "tie", "tied",
               "loyal", "aligned", "align", "connected", "connect", "associated", "associate"}


def _allegiance(token: "Token", index: "ActorIndex") -> str | None:
    """The body an uncoded noun of people is linked with, affiliated with or loyal to."""
    mods = [m for m in token.rights if m.dep_ in ("acl", "amod")
            and (m.lower_ in ALLEGIANCES or lemma_of(m) in ALLEGIANCES)]
    return next((hit for obj in prep_objects(mods, ("with", "to"))
                 if (hit := np_actor(obj, index)) is not None), None)


def _quoted_speaker(token: "Token", index: "ActorIndex") -> str | None:
    """"We" inside quotation marks, when the quote layer has no speaker actor: the subject of the
    sentence's speech verb outside the quote ("“We strongly reject the baseless allegations made
    by Pakistan,” Indian foreign ministry spokesperson Randhir Jaiswal told reporters")."""
    sent = token.sent
    opens = sum(1 for t in sent.doc[sent.start:token.i] if t.text in QUOTE_MARKS)
    if opens % 2 == 0:
        return None
    root = sent.root
    if lemma_of(root) not in REPORTING_VERBS:
        return None
    for subj in root.children:
        if subj.dep_ in SUBJECTS and subj.i > token.i and subj.lower_ not in FIRST_PERSON:
            return np_actor(subj, index)
    return None


def _speaker(pronoun: "Token", index: "ActorIndex") -> str | None:
    """A subject pronoun of a reported clause is its speaker when nothing else is in reach:
    "Mogadishu announced it was cutting ties with Kenya", "he said he would urge"."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS + PASSIVE_SUBJECTS or clause.dep_ != "ccomp":
        return None
    for subj in clause.head.children:
        if subj.dep_ in SUBJECTS and subj.i in index:
            return index[subj.i]
    return None


def _pronoun_kinds(pronoun: "Token") -> tuple[str, ...]:
    """The actor kinds a pronoun or possessive may stand for: people for he/she/his, groups for
    they/their, bodies and states for it/its."""
    low = pronoun.lower_
    if low in PERSON_PRONOUNS | {"his"}:
        return ("person",)
    if low in GROUP_PRONOUNS | {"their"}:
        return ("group",)
    return ("state", "organization", "group") if low in ("it", "its") else ()


def _agrees(pronoun: "Token", noun: "Token") -> bool:
    """Can a singular pronoun stand for ``noun``?  Not for a plural common noun: "it" is not
    "its fighters" (a plural name, "the United States", may be "it")."""
    return pronoun.lower_ not in ("it", "he", "she") or noun.tag_ != "NNS"


def _relative_speaker(pronoun: "Token", index: "ActorIndex") -> str | None:
    """The subject pronoun of an object relative clause told inside what a speaker says is the
    speaker, when no clause between them has a subject the pronoun could stand for: "The M23
    said in a statement that its fighters had been defending themselves against attacks by the
    militias and the Congolese army, which it accused of violating the truce" (the M23, not its
    fighters, nor the noun the clause modifies, nor a state named earlier in the sentence)."""
    clause = pronoun.head
    wanted = _pronoun_kinds(pronoun)
    if pronoun.dep_ not in SUBJECTS or not wanted or not _object_relative(clause):
        return None
    node = clause.head
    for _ in range(12):
        if node.head.i == node.i:
            return None
        node = node.head
        subjects = [c for c in node.children if c.dep_ in SUBJECTS] \
            if node.pos_ in ("VERB", "AUX") else []
        fitting = [index[s.i] for s in subjects if s.i in index and _agrees(pronoun, s)
                   and index.kinds.get(index[s.i]) in wanted]
        if node.pos_ == "VERB" and lemma_of(node) in REPORTING_VERBS:
            return fitting[0] if len(fitting) == 1 else None
        if fitting:
            return None  # a nearer clause's subject may be the one meant
    return None


def _uncoded_speakers(pronoun: "Token", index: "ActorIndex") -> bool:
    """Is a "they" the subject of a reported clause whose speakers are people no actor covers?
    It is them, not an earlier actor (nor the actor layer's antecedent): "Public opinion has been
    mixed, with some telling VOA they agree with the removal of Gachagua" (VOA 7846440) — some of
    the public, not his lawyers."""
    clause = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
        return False
    return any(subj.dep_ in SUBJECTS and subj.tag_ in ("NNS", "DT") and subj.i not in index
               and (subj.tag_ == "DT" or np_actor(subj, index) is None)
               for subj in clause.head.children)


def _label(token: "Token") -> bool:
    """A speaker label of an interview transcript ("VOA: Russia's President ... visited")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and (
        token.i == 0 or token.is_sent_start or doc[token.i - 1].is_space)


def _actors_of(heads: list["Token"], index: "ActorIndex") -> list[str]:
    out: list[str] = []
    queue = list(heads)
    for head in queue:
        if _label(head):
            # "VOA: Russia's President Vladimir Putin recently visited China" (VOA 7638284): the
            # parser makes the label the subject and the real one its apposition.
            queue += [c for c in head.children if c.dep_ == "appos" and c not in queue]
            continue
        for t in _conjuncts(head):
            owned = _owned_states(t, index)
            if owned:
                out += [b for b in owned if b not in out]
                continue
            a = np_actor(t, index)
            if a is not None and a not in out and a not in index.place_names:
                out.append(a)
            if a is not None:
                out += [b for b in _coordinated_modifiers(t, index) if b not in out]
    return out


def _owned_states(head: "Token", index: "ActorIndex") -> list[str]:
    """The states an uncoded group is "of" or "from", which the actor layer codes one actor
    each (``actors.mentions.MentionFinder.owned_states``): "The leaders of France and Germany
    met in Paris" is France's and Germany's meeting, as "Iran and Saudi Arabia agreed" is
    theirs.  Empty unless each conjunct is its own actor of a country, all different, and the
    group itself has none ("Negotiators from Israel and Hamas" coded ISR stays one side).  A
    later mention of the group is read through its first: "The leaders agreed to boost defense
    spending" after "The leaders of France and Germany met in Paris"."""
    own = index.get(head.i)
    if own in index.countries:
        return []
    heads = [head]
    if own is not None and head.pos_ == "NOUN":
        # the same noun heading another mention of the same actor
        heads += [head.doc[i] for i in index.tokens_of.get(own, ())
                  if i != head.i and head.doc[i].lower_ == head.lower_]
    for h in heads:
        owners = _owners_of(h, index)
        if owners:
            return owners
    return []


def _owners_of(head: "Token", index: "ActorIndex") -> list[str]:
    """The coded states of the "of"/"from" coordination right of ``head``, or of its
    coordinated possessors ("Russia and Ukraine's delegations", ``_owned_states``)."""
    owners = [next((c for c in prep.children if c.dep_ == "pobj"), None) for prep in head.rights
              if prep.dep_ == "prep" and prep.lower_ in ("of", "from")]
    owners += [c for c in head.lefts if c.dep_ == "poss"]
    for pobj in owners:
        if pobj is None:
            continue
        owners = [index.get(t.i) for t in [pobj, *[c for c in pobj.conjuncts if c.i > pobj.i]]]
        codes = {index.countries.get(a) for a in owners if a is not None}
        if len(owners) >= 2 and None not in owners and None not in codes \
                and len(codes) == len(owners):
            return owners  # type: ignore[return-value]
    return []


def _coordinated_modifiers(head: "Token", index: "ActorIndex") -> list[str]:
    """The actors of coordinated national modifiers of a coded noun, which the actor layer
    codes apart from the noun and its nearest modifier: "Senior Hungarian and Romanian officials
    agreed" (Hungary and Romania), "U.S. and Russian negotiators return to Geneva this week for
    talk", "US and British forces must ensure security" (PLOVER gold records, both sides)."""
    out: list[str] = []
    for mod in head.lefts:
        if mod.dep_ not in ("amod", "compound", "nmod") \
                or not any(c.dep_ == "cc" for c in mod.children):
            continue
        for t in [mod] + [c for c in mod.children if c.dep_ == "conj" and c.i < head.i]:
            a = index.get(t.i)
            if a is not None and a not in out and a not in index.place_names:
                out.append(a)
    return out


def _acronym(token: "Token") -> bool:
    return 2 <= len(token.text) <= 6 and token.text.isalpha() and token.text.isupper()


def _abbreviated(token: "Token", index: "ActorIndex") -> str | None:
    """The story's actor an uncoded acronym abbreviates: one whose mention is the same acronym, or
    whose name's capitalised words it spells, when exactly one actor fits: "The United States and
    Pakistan have both designated BLA as a terrorist group" (VOA 8007760), a story that named the
    Baloch Liberation Army before.  The table is built once per index, on first use."""
    if index.acronyms is None:
        index.acronyms = _acronym_tables(token.doc, index)
    tables = index.acronyms
    for table in tables:  # a name it spells first, then a mention that holds it
        fits = table.get(token.text, set())
        if fits:
            return next(iter(fits)) if len(fits) == 1 else None
    return None


# The small words inside a name, those the actor layer skips when it reads an acronym
# (``coref.initials_of``), and a hyphen: "Inter-Parliamentary Alliance on China" -> IPAC.
NAME_LINKS = ACRONYM_SKIPS | {"-"}


def _initials(doc: "Doc", run: list[int]) -> list[str]:
    """The initials of each stretch of capitalised words in a mention, whole and from each small
    word inside it on ("Fighters of the Baloch Liberation Army" -> FBLA, BLA; "Militants linked
    with the banned Baloch Liberation Army", VOA 8009976 -> BLA)."""
    out: list[str] = []
    parts: list[str] = []  # the stretch's initials, cut at its small words
    for i in run + [-1]:
        word = doc[i].text if i >= 0 else ""
        if i >= 0 and word.lower() in NAME_LINKS:
            if parts and parts[-1]:
                parts.append("")
            continue
        if word[:1].isupper() and doc[i].is_alpha and not _acronym(doc[i]):
            parts = parts or [""]
            parts[-1] += word[0]
            continue
        out += [w for k in range(len(parts)) if len(w := "".join(parts[k:])) >= 2]
        parts = []
    return out


def _acronym_tables(doc: "Doc", index: "ActorIndex") -> tuple[dict[str, set[str]], ...]:
    """Acronym -> the actor ids it may stand for: by the initials of a mention's run of
    capitalised words ("Baloch Liberation Army" -> BLA), and by a mention's own acronym token
    ("BLA insurgents")."""
    names: dict[str, set[str]] = {}
    held: dict[str, set[str]] = {}
    run: list[int] = []
    mentions = index.mentions + [(-2, "")]
    for (tok_i, aid), (nxt_i, nxt_aid) in zip(mentions, mentions[1:]):
        if _acronym(doc[tok_i]):
            held.setdefault(doc[tok_i].text, set()).add(aid)
        run.append(tok_i)
        if nxt_i == tok_i + 1 and nxt_aid == aid:
            continue
        for initials in _initials(doc, run):
            names.setdefault(initials, set()).add(aid)
        run = []
    return names, held
