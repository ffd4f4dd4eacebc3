"""Actor mentions: the noun phrases of a parsed article that name or describe an actor.

A mention is built around a nominal head token and spans the phrase as written, with its
determiner, titles and modifiers: "U.S. Secretary of State Marco Rubio", "Colombian migrants",
"El Salvador's foreign minister", "the Trump administration".  Heads are

* PERSON / ORG entities (and proper nouns the actor dictionary knows: "Bukele"),
* GPE entities and capital metonyms **when they act or are acted on as a polity** — subject,
  object, or object of "by/with/against/between/on" ("Panama deported", "pressed El Salvador",
  "Washington said") — never places ("in Panama City"),
* NORP nouns ("Salvadorans", "Palestinians"),
* agent nouns from the PLOVER/Phoenix agent lists ("police", "protesters", "the minister"),
* personal pronouns (he/she/they …), kept only when coreference resolves them.

Modifiers (compound, nmod, amod, possessive GPE) are parts of their head's mention, not actors
of their own: "El Salvador" in "El Salvador's foreign minister" codes the minister SLV.

This module finds the heads; ``coding`` codes each phrase, on the helpers of ``phrases``
(spans, titles, modifiers), ``nonactors`` (places, predicates, things), ``affiliation``
(employers, appositions, context) and ``origins`` (origins, placements, nationalities).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from dateline.countries import capital_metonym, country_code, demonym_code, normalize
from dateline.countries import lookup as country_lookup
from dateline.dates.lexicon import calendar_word
from dateline.nlp import lemma
from dateline.record import Article

from . import lexicon
from .coding import CITIZEN_HEADS, JOINT_OWNERS, PAIR_WORDS, Coder, Mention
from .dictionary import Dictionary
from .institutions import COMPANY_WORDS, FIRM_WORDS
from .nonactors import (ACCORD_HEADS, BASE_WORDS, FAITHS, FIRST_THINGS, MERCHANT_WORDS,
                        NOT_ORGS, ORIGIN_VERBS, PLACE_NOUNS, PLATFORMS, THING_WORDS, VESSELS,
                        act_noun, actor_like,
                        animal_group, first_conjunct, in_range, names_a_cause)
from .origins import STATE_PLURALS
from .phrases import PATRON_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "flat", "nummod"}
# what a state does in words or deeds, as a noun ("an Australian ultimatum"): its nationality
# adjective names the state that acts
ACT_NOUNS = {"ultimatum", "demand", "proposal", "offer", "request", "warning", "threat",
             "accusation", "protest", "appeal", "invitation", "ban", "veto", "pledge",
             # "rejected a Senegalese peace plan" (GSR): the state that proposes it
             "plan", "initiative",
             # "Israel is opposed to French mediation in peace negotiations" (GSR)
             "mediation", "intervention",
             # "the Chinese side said", "talks with the European side": a party to talks
             "side",
             # what a state gives, spends or imposes: "accepted Chinese funding", "Chinese
             # subsidies", "opposes Chinese investment in Balochistan" (VOA), "proposed Israeli
             # changes", "independence from Indonesian rule" (GSR)
             "funding", "subsidy", "investment", "change", "rule"}
# what a party proposes, asks or warns, named after a known body or person as its compound: "Israel
# rejected a Hamas proposal for a truce", "Kyiv dismissed a Putin offer of talks" — the one who
# makes it acts.  Fewer than ``ACT_NOUNS``: a name before "ban", "funding" or "investment" is
# as often what is banned or funded ("a TikTok ban", "UNRWA funding")
NAMED_ACT_NOUNS = {"ultimatum", "demand", "proposal", "offer", "request", "warning", "threat",
                   "appeal", "invitation", "pledge", "plan", "initiative", "veto", "accusation"}
# treaties and talks named after the city where they were made (or held: "trying to influence
# the Madrid talks", VOA 6180790; "a G8 summit in Genoa", GSR, is the same venue as a phrase);
# singular forms, as ``lexicon.singular`` makes them ("talks" → "talk")
TREATY_WORDS = {"pact", "agreement", "accord", "treaty", "convention", "protocol",
                "declaration", "process", "format", "talk", "summit", "conference"}
# generic nouns after an organization's name: "the Hizbollah (Party of God) group"
NAMED_BODIES = {"group", "movement", "militia", "organization", "organisation", "faction",
                # "The Asia-Pacific Economic Cooperation (APEC) forum has agreed" (GSR)
                "forum",
                # "The UNITA militarist wing refused to allow United Nations planes" (GSR)
                "wing"}
# what a national force does by arms, named after its state: "two Israeli air raids" (GSR),
# "a Turkish offensive"; and what a people does in the street: "Palestinian riots" (GSR)
ARMED_DEEDS = {"attack", "bombing", "raid", "air raid", "offensive", "ambush", "assault",
               "airstrike", "air strike", "invasion", "incursion", "bombardment", "shelling"}
# violent deeds named after their author: "two major al-Shabab attacks" (VOA 6204080).  The
# armed deeds, and deeds a named group does but a nationality does not give to its state's
# military ("a Syrian massacre", "a Palestinian insurgency" are not the army's)
DEED_NOUNS = ARMED_DEEDS | {"kidnapping", "abduction", "massacre", "siege", "blockade",
                            "crackdown", "insurgency", "rocket", "missile"}
STREET_DEEDS = {"riot", "uprising", "intifada"}
# where people live, as the places a nationality's people own: "demolished Palestinian homes"
DWELLINGS = {"home", "house", "dwelling"}
# machines of war that act for the force operating them: "Israeli tanks fired four shell
# bombs", "Russian aircraft … killed 46 Afghan civilians", "U.N. helicopters evacuated the
# wounded" (GSR): their nationality is the operator, the military of that state
WAR_MACHINES = {"tank", "helicopter", "gunship", "warship", "warplane", "jet", "fighter jet",
                "aircraft", "drone", "bomber", "submarine", "gunboat", "missile", "rocket",
                "artillery", "frigate", "destroyer"}
# conveyances that carry people: one attacked, seized, stopped or boarded stands for the people
# aboard and its owner ("attacked a passenger train", VOA 8009976, even gold PAK CVL; "took over
# the Jaffar Express", VOA 8011076; "Chinese authorities have boarded foreign boats", VOA
# 6205546; "attacking a military vehicle", VOA 8007760 PAK MIL).  The value is the sector of the
# bare noun (public transport carries civilians); None where only a modifier says ("a military
# convoy" MIL, "a police car" COP, ``CONVEYANCE_SECTORS``).  "express" is a named train ("the
# Jaffar Express", tagged ORG).  Weapons (missiles, bombs) are not conveyances.
CONVEYANCES = {"train": "CVL", "express": "CVL", "bus": "CVL", "minibus": "CVL", "coach": "CVL",
               "ferry": "CVL", "airliner": "CVL", "jetliner": "CVL", "convoy": None,
               "ship": None, "vessel": None, "boat": None, "plane": None, "aircraft": None,
               "airplane": None, "helicopter": None, "truck": None, "lorry": None, "car": None,
               "vehicle": None, "van": None, "tanker": None, "jet": None, "flight": None,
               "warship": "MIL", "warplane": "MIL", "gunboat": "MIL", "frigate": "MIL",
               "destroyer": "MIL", "submarine": "MIL", "drone": "MIL", "gunship": "MIL"}
# the modifiers that say whose people a conveyance carries: "a military convoy", "a police car",
# "a passenger train"
CONVEYANCE_SECTORS = {"military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL",
                      "war": "MIL", "troop": "MIL", "police": "COP", "passenger": "CVL",
                      "commuter": "CVL", "civilian": "CVL", "school": "CVL", "tourist": "CVL"}
# what is done to a conveyance beyond the events lexicon's assaults and seizures: "have boarded
# foreign boats", "stopped a bus", "intercepted a vessel", "shot down a plane"
CONVEYANCE_ACTS = {"board", "stop", "intercept", "hijack", "ram", "sink", "down", "commandeer",
                   "impound", "target", "hit", "strike"}
# ... of which these are also what travellers and traffic do: a vessel boarded is seized, a train
# or a plane boarded is travelled on ("Hundreds of passengers boarded the train"), and a
# conveyance that hits or strikes another collides with it ("A speeding truck hit a car")
BOARDED = {"board"}
COLLISIONS = {"hit", "strike"}
# verbs of letting a conveyance move: "refused to allow United Nations planes to land"; only
# with a movement the craft is let make, not a use ("allow electric cars to use bus lanes")
PERMIT_VERBS = {"allow", "permit", "let"}
PERMITTED_MOVES = {"land", "dock", "enter", "pass", "cross", "fly", "sail", "leave", "arrive",
                   "depart", "transit", "berth", "reach", "return"}
# verbs whose "on"/"at" object is fired at: "firing on foreign vessels", "opened fire on a bus"
FIRE_WORDS = {"fire", "shoot", "open"}
CONVEYANCE_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Ships that act for the state their nationality names when they coerce (``vessel_coerces``),
# and the acts of one ship on another beyond the lexicon's: "blocked and then hosed a fisheries
# vessel", "chased a supply boat".
STATE_VESSELS = {"ship", "vessel", "boat"}
VESSEL_ACTS = {"block", "hose", "chase", "harass", "shadow", "collide", "tail", "blockade"}
ASSAULTS = frozenset({"ASSAULT"})
# settlements named by a common noun: one an assault or a seizure is done to stands for its
# people ("3R rebels attacked nearly 10 villages", VOA 7686618, even gold CAF CVL; "have
# retaken a strategic village in Western Cambodia", GSR, KHM CVL), as a named city does
SETTLEMENTS = {"village", "town", "hamlet"}
# a share of a whole ("a minority of lawmakers", ``lexicon.NOT_AGENTS``) that a people's name or
# "ethnic"/"religious" makes a people: "members of the ethnic Baloch minority" (VOA 8011076,
# even gold PAK CVL), "a heavily armed ruling Serb minority" (GSR DEMAND-0014)
MINORITY_WORDS = {"minority", "minorities"}
PEOPLE_WORDS = {"ethnic", "religious"}
# verbs by which a conveyance carries the people that it stands for: "a bus transporting a
# paramilitary force"
CARRYING_VERBS = {"carry", "transport", "ferry"}
# what an intergovernmental body decides, named after it: "a U.N. Security Council resolution"
# (GSR), and what it asks or offers, as a state does ("rejected a United Nations appeal", GSR;
# ACT_NOUNS): the body acts.  Not a meeting it holds, which others attend ("Speaking at a United
# Nations Security Council meeting on Afghanistan, Pakistan's permanent representative …",
# VOA 8009976: the representative consults the Council; the events layer reads the compound of
# "meeting" as its actor)
BODY_ACTS = {"resolution", "vote", "decision", "statement",
             # "Hungary blocked an EU aid package for Ukraine": the measures a body adopts
             "package"}
BODY_DEEDS = BODY_ACTS | ACT_NOUNS  # what a body named as their compound does
AGE_WORDS = {"age", "ages", "aged"}
# nouns that refer back to a union of states named before: "the bloc" (the EU, ASEAN)
BLOC_WORDS = {"bloc", "alliance"}
# the adjective that names a bloc no other way than its bare noun does: "left the Economic
# Community of West African States ..., a year after the three military-led governments
# announced their withdrawal from the regional bloc" (written 9100008: ECOWAS)
ANAPHORIC_BLOC_WORDS = {"regional"}
# nouns that refer back to a non-state body named before (coref.named_group_before): "BLA
# demanded … the group gave authorities 48 hours" (VOA 8007760, even gold PAK REB)
GROUP_WORDS = {"group", "organization", "organisation", "movement", "militia", "party"}
# plural heads of "both …" that refer back to the two non-state groups named before ("both
# groups", "both factions", "both militias"); "both sides/parties" may be states and are not
PAIR_GROUP_HEADS = {"groups": "group", "factions": "faction", "militias": "militia"}
# prepositions whose object is a party to an act, not a place: "opposition from some European
# countries", "talks with other nations" (not "in many countries")
PARTY_PREPS = {"from", "by", "with", "against"}
# a people's word that also names where they live: counted after "in" it is the places ("the
# town has been able to renovate its water networks in five communities", VOA 6180790; not
# "tensions in the Muslim community", where it is the people)
LOCAL_GROUPS = {"community"}
# the words of a power or a right, also names of bodies ("the authority"): "had no authority to
# make such a request" is a power lacked, not a body ("Russia has no troops there" keeps its troops)
POWER_NOUNS = {"authority", "power", "mandate", "jurisdiction"}
# what makes "powers" states: "world powers", "Western powers", "the major powers"
POWER_MODIFIERS = {"world", "western", "major", "great", "global", "foreign", "nuclear",
                   "colonial", "eastern", "european", "asian", "arab"}
# nouns that refer back to a state named before: "the Southeast Asian nation"
STATE_WORDS = {"nation", "country"}
# sentence openers the tagger joins to a name across a run-in heading: "Reaction from
# President Moise" + "Shortly before the press conference ..." tagged PERSON "Moise Shortly"
RUN_IN_WORDS = {"shortly", "meanwhile", "later", "however", "earlier", "also", "still", "then",
                "now", "today", "yesterday", "afterward", "afterwards", "instead", "separately",
                "additionally", "elsewhere", "since", "soon", "recently", "previously",
                "nevertheless", "moreover", "furthermore", "currently", "last", "next", "before",
                "after", "when", "while", "as", "but", "and", "so", "yet", "once", "here", "there"}
# the last word of an organization's name: "Wan Guo Jin Liang Company" tagged PERSON is a firm
# (and any firm's last word: "… Partners", "… Motors")
ORG_LAST_WORDS = {w.lower() for w in FIRM_WORDS | COMPANY_WORDS} | {
    "corp", "inc", "university", "institute", "foundation", "federation", "association", "council",
    "party", "ministry", "agency", "organization", "organisation", "commission", "committee",
    "fund", "society", "union", "league", "front", "hospital", "college", "center", "centre",
    "academy", "network", "service", "services", "authority", "bureau", "department", "office"}
# the states that belong to an intergovernmental body, named after it ("its European Community
# partners", "new EU members"): the PLOVER gold codes them as the body (IGO)
MEMBER_HEADS = {"partner", "member"}
# a group counted as two or more states' own: "The two presidents", "both leaders" (heads
# singular: states as coding's JOINT_OWNERS, and their people)
COUNT_WORDS = PAIR_WORDS | {"three"}
# participles that tie a group to another it is not: "the al-Qaida-linked group", "an Islamic
# State-affiliated faction", "Iran-backed militias" (``phrases.PATRON_WORDS``)
AFFILIATE_WORDS = {"linked", "affiliated"} | PATRON_WORDS
PAIRED_HEADS = JOINT_OWNERS | {"president", "leader", "minister", "head", "delegation",
                               "military", "army",
                               # "Saudi and U.S. mediators said ... The two mediators said the
                               # ceasefire would take effect": one state's go-betweens each
                               "mediator", "envoy", "negotiator"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
# the parts of speech that head a mention with or without an entity (MentionFinder.mention_at)
MENTION_POS = {"PRON", "NOUN", "PROPN", "ADJ"}
# lowercase particles inside a person's name ("Ursula von der Leyen", "Osama bin Laden")
NAME_PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "du", "bin", "ibn", "al",
                  "el", "ter", "la", "le", "dos", "das"}
# the one who holds the same post in another state: "Rubio met his Indian counterpart"
COUNTERPARTS = {"counterpart"}


def paired(t: "Token") -> bool:
    """Is the noun counted as two or more: "both countries", "the two presidents"?"""
    return any(c.dep_ in {"det", "nummod", "predet", "preconj"} and c.lower_ in COUNT_WORDS
               for c in t.children)


def compound_head(t: "Token") -> "Token":
    """The noun a compound modifier ends up modifying, up a chain of compounds: "package" for
    "EU" in "a new EU sanctions package" (parsed EU -> sanctions -> package)."""
    head = t.head
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head
    return head


def _inside_longer(m: Mention, mentions: list[Mention]) -> bool:
    """Does a longer one of ``mentions`` cover ``m`` (start no later, end no earlier)?"""
    size = m.end - m.start
    for o in mentions:
        if o.start <= m.start and m.end <= o.end and o.end - o.start > size:
            return True
    return False


class MentionFinder(Coder):
    """Finds and codes the mentions of one parsed article."""

    def find(self) -> list[Mention]:
        from dateline.nlp import spacy_sentences

        self.mend_entities()
        out: list[Mention] = []
        self.context = []
        self.places = []
        for si, sent in enumerate(spacy_sentences(self.article)):
            self.context.append(self.sentence_codes(sent) if sent is not None else set())
            if sent is None:
                continue
            self.add_dictionary_names(sent)
            self.add_titled_names(sent)
            for i in range(sent.start, sent.end):
                # (only a pronoun, a name, a noun or an adjective heads a mention: the test of
                # mention_at's own first lines, spared most tokens' calls)
                if self.poses[i] in MENTION_POS or i in self.ents:
                    m = self.mention_at(self.doc[i], si)
                    if m is not None:
                        out.append(self.cut_at_break(self.with_descriptor(m)))
                if self.extra:
                    out.extend(self.extra)
                    self.extra = []
        # A name inside another mention's phrase is part of it ("State" in "Secretary of State"),
        # except a possessor person or organization ("Bukele's government").
        return [m for m in out if m.dep == "poss" or not _inside_longer(m, out)]

    def with_descriptor(self, m: Mention) -> Mention:
        """A known body's mention spans the field and kind words before its name ("Media
        watchdog Reporters Without Borders welcomed the release", VOA 7836916): the parse may
        hang the verb on the kind word ("watchdog" its subject), which then names the body."""
        ent = self.ents.get(m.head)
        first = self.described.get(ent[0]) if ent is not None else None
        if first is None and ent is not None and ent[2] == "ORG":
            first = self.twin_subject(ent[0], m.head)
            if first is not None and m.sector is None:
                # the kind word says the sector the name alone does not ("energy company" BUS)
                m.sector = lexicon.agent_sector([self.words[ent[0] - 1]])
            codes = set(self.codes_aside(first, ent[0])) if first is not None else set()
            if m.country is None and len(codes) == 1:
                m.country = codes.pop()  # … and its nationality ("Ukrainian")
                m.modifiers = [m.country]
        if first is not None and self.doc[first].idx < m.start:
            m.start = self.doc[first].idx
            m.text = self.article.text[m.start:m.end]
        return m

    def twin_subject(self, s: int, head: int) -> int | None:
        """The first token of an agent phrase the parser made a second subject of the verb of
        the organization name starting at ``s``, right before it: "Ukrainian energy company
        DTEK said it had imposed emergency power cuts" (both "company" and "DTEK" subjects of
        "said") is one firm, described; else None."""
        h = self.doc[head]
        if s < 1 or h.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        kind = self.doc[s - 1]
        if kind.dep_ != h.dep_ or kind.head.i != h.head.i or kind.pos_ != "NOUN" or \
                lexicon.agent_sector([kind.text]) is None:
            return None
        return kind.left_edge.i

    def cut_at_break(self, m: Mention) -> Mention:
        """A mention starts no earlier than a missed sentence start before its head."""
        for b in self.breaks:
            at = self.doc[b].idx
            if m.start < at <= self.doc[m.head].idx:
                m.start, m.text = at, self.article.text[at:m.end]
        return m

    def mend_entities(self) -> None:
        """Mend the tagger's errors in the entity index: an organization described as a
        person, a name cut at a particle or before its "of" part, a surname taken for a place,
        a name run on from a platform ending the sentence before (the methods below); here, a
        sentence opener joined to a name across a run-in heading ("President Moise" +
        "Shortly before …" → "Moise") and a name ending in an organization's word tagged
        PERSON ("Wan Guo Jin Liang Company": a firm)."""
        seen: set[tuple[int, int, str]] = set()
        self.breaks: set[int] = set()  # tokens that begin a sentence the splitter missed
        for ent in list(self.ents.values()):
            if ent in seen:
                continue
            seen.add(ent)
            s, e, label = ent
            if label == "ORG" and self.described_as_person(s, e):
                for i in range(s, e):
                    self.ents[i] = (s, e, "PERSON")
                continue
            if label == "PERSON" and self.join_particle_name(s, e):
                continue
            if label == "PERSON" and self.join_cut_surname(s, e):
                continue
            if label in {"GPE", "ORG", "PERSON"} and self.join_particle_surname(s, e):
                continue
            if label == "ORG" and self.extend_known_name(s, e):
                continue
            if label in {"ORG", "PERSON"} and self.extend_country_name(s, e):
                continue
            if label in {"ORG", "PERSON"} and self.split_country_list(s, e):
                continue
            if label == "GPE" and self.surname_like_place(s, e):
                continue
            if label not in {"PERSON", "ORG"} or e - s < 2:
                continue
            if self.cut_platform(s, e, label):
                continue
            last = self.doc[e - 1]
            if last.lower_ in RUN_IN_WORDS and last.text[:1].isupper():
                del self.ents[e - 1]
                e -= 1
                for i in range(s, e):
                    self.ents[i] = (s, e, label)
            elif label == "PERSON" and last.lower_ in ORG_LAST_WORDS and last.text[:1].isupper():
                for i in range(s, e):
                    self.ents[i] = (s, e, "ORG")

    def cut_platform(self, s: int, e: int, label: str) -> bool:
        """Mend a name the tagger ran on from a platform ending the sentence before: "said in a
        statement posted on X. Militants linked with …" (the splitter kept "X." as an
        abbreviation) — the platform ends one sentence, the next begins at ``s + 1``; the rest
        stays a name unless it is a lone agent noun ("X. The Taliban")."""
        lead = self.doc[s]
        if not (lead.text.endswith(".") and lead.text[:-1].lower() in PLATFORMS):
            return False
        del self.ents[s]
        rest = [t for t in self.doc[s + 1:e] if t.lower_ != "the"]
        lone = len(rest) == 1 and lexicon.agent_sector([rest[0].text]) is not None
        for i in range(s + 1, e):
            if lone:
                del self.ents[i]
            else:
                self.ents[i] = (s + 1, e, label)
        self.breaks.add(s + 1)
        return True

    def titled_person(self, s: int, label: str, lower: bool = False) -> bool:
        """Is the person's name at ``s`` right after a person's title compounded on it ("King
        Hassan of Morocco was quoted", GSR: a king, not the Indian city of Hassan)?  With
        ``lower``, a lowercase title counts too: "…with bases in Afghanistan, a charge Afghan
        foreign ministry spokesperson Abdul Qahar Balkhi rejected" (VOA 8011076, the name
        parsed in apposition to the place) names a spokesperson, not a place."""
        if label != "PERSON" or s == 0:
            return False
        title = self.doc[s - 1]
        return title.dep_ == "compound" and (lower or title.text[:1].isupper()) and \
            lexicon.is_person_noun(lexicon.singular(title.text)) and \
            lexicon.agent_sector([title.text]) is not None

    def surname_like_place(self, s: int, e: int) -> bool:
        """Mend a person's surname the tagger took for a place: "Kenzo Oshima, the United
        Nations Emergency Relief Coordinator, demanded" (GSR: "Oshima" GPE, "Kenzo" untagged)
        — a one-word place that is no country, after an untagged given name compounded on
        it, with a person's title in apposition."""
        doc = self.doc
        h = doc[s]
        # exact names only: a surname one letter from a country's name is still a surname
        if e - s != 1 or s == 0 or country_code(h.text) or capital_metonym(h.text):
            return False
        given = doc[s - 1]
        if given.i in self.ents or given.pos_ != "PROPN" or given.dep_ != "compound" or \
                given.head.i != s or not given.text[:1].isupper() or \
                lexicon.agent_sector([given.text]) is not None:
            return False
        if not any(c.dep_ == "appos" and c.i > s and
                   lexicon.is_person_noun(lexicon.singular(c.text)) for c in h.children):
            return False
        for k in (s - 1, s):
            self.ents[k] = (s - 1, e, "PERSON")
        return True

    def extend_known_name(self, s: int, e: int) -> bool:
        """Mend an organization's name the tagger cut before its "of" part: "the Liberation
        Tigers" + "of Tamil Eelam" (GSR) → the name the dictionary knows, when the longer
        span is one known body (up to five more tokens, within the sentence)."""
        doc = self.doc
        if e >= len(doc) or doc[e].lower_ != "of":
            return False
        first = s + 1 if doc[s].lower_ == "the" else s
        sent_end = doc[s].sent.end
        for j in range(min(e + 6, sent_end), e + 1, -1):
            if not doc[j - 1].text[:1].isupper() or any(
                    (o := self.ents.get(k)) is not None and o[2] not in {"NORP", "GPE", "ORG"}
                    for k in range(e, j)):
                continue
            found = self.dictionary.index.get(normalize(self.text(first, j)), [])
            entries = [x for x in found if x.level <= 1 and x.kind != "person"]
            if len(entries) == 1:
                for k in range(s, j):
                    self.ents[k] = (s, j, "ORG")
                return True
        return False

    def extend_country_name(self, s: int, e: int) -> bool:
        """Mend a state's long name the tagger cut before its "of" part and took for a person's
        or a body's: "refuse to recognize the Former Yugoslav Republic of Macedonia" (GSR:
        "Yugoslav Republic" PERSON, and "Former" made it a former official) → the country, when
        the longer span (from a capitalized word right before the name, up to five tokens
        after "of") is a country name."""
        doc = self.doc
        if e >= len(doc) or doc[e].lower_ != "of":
            return False
        sent = doc[s].sent
        starts = [s - 1, s] if s > sent.start and doc[s - 1].text[:1].isupper() and \
            doc[s - 1].lower_ != "the" and s - 1 not in self.ents else [s]
        for first in starts:
            for j in range(min(e + 6, sent.end), e + 1, -1):
                if not doc[j - 1].text[:1].isupper() or any(k in self.ents for k in range(e, j)):
                    continue
                # exact names only: a misspelling would join any run of capitalised words
                if country_code(self.text(first, j)):
                    for k in range(first, j):
                        self.ents[k] = (first, j, "GPE")
                    return True
        return False

    def split_country_list(self, s: int, e: int) -> bool:
        """Mend a list of states the tagger took for one name: "Mali, Burkina Faso and Niger
        formally left ECOWAS" ("Mali, Burkina Faso" ORG, "Niger" PERSON; written stories, even
        ids) → a state per name, when the name's comma-separated parts are all country names
        (exact names only), or when the name is one country's and a conjunct of such a list."""
        doc = self.doc
        parts: list[tuple[int, int]] = []
        start = s
        for k in range(s, e + 1):
            if k == e or doc[k].text == ",":
                if k > start:
                    parts.append((start, k))
                start = k + 1
        if len(parts) < 2 and not (
                len(parts) == 1 and doc[e - 1].dep_ == "conj" and
                any(self.ents.get(t.i, (0, 0, ""))[2] == "GPE" or (
                    t.i in self.ents and self.ents[t.i][0] < s and "," in self.text(
                        self.ents[t.i][0], self.ents[t.i][1]))
                    for t in [doc[e - 1].head])):
            return False
        if not all(country_code(self.text(a, b)) for a, b in parts):
            return False
        for k in range(s, e):
            del self.ents[k]
        for a, b in parts:
            for k in range(a, b):
                self.ents[k] = (a, b, "GPE")
        return True

    def join_particle_surname(self, s: int, e: int) -> bool:
        """Mend a known person's surname cut after its lowercase particles, with no given name
        before them: "“…,” von der Leyen said" (written stories, even ids: "Leyen" tagged GPE,
        the particles untagged) → "von der Leyen", when the longer span is one person the
        dictionary knows."""
        first = s
        while first > 0 and self.doc[first - 1].text in NAME_PARTICLES and \
                self.ents.get(first - 1) is None and self.doc[first - 1].head.i >= first - 1:
            first -= 1
        if first == s or country_code(self.text(s, e)):
            return False
        found = self.dictionary.index.get(normalize(self.text(first, e)), [])
        if len({x.name for x in found if x.kind == "person"}) != 1:
            return False
        for k in range(first, e):
            self.ents[k] = (first, e, "PERSON")
        return True

    def join_particle_name(self, s: int, e: int) -> bool:
        """Mend a person's name the tagger cut after a lowercase particle: "Ursula von der" +
        "Leyen" (tagged GPE) → "Ursula von der Leyen"."""
        # a capitalized particle closing the name or particles the tagger left out also count:
        # "Ursula Von" + "der" + "Leyen" (VOA even gold "Commission President Ursula Von der
        # Leyen"), "Hans Van den" + "Broek" (PLOVER GSR "Foreign Minister Hans Van den Broek")
        # … or cut before a particle that begins the rest of the name, tagged a person apart:
        # "Prince Faisal" + "bin Farhan" → "Prince Faisal bin Farhan" (the rest alone would
        # pass for the surname of any other "bin Farhan")
        ent = self.ents.get(e) if e < len(self.doc) else None
        if ent is not None and ent[0] == e and ent[2] == "PERSON" and ent[1] - e >= 2 and \
                self.doc[e].text in NAME_PARTICLES and self.doc[e].text.islower() and \
                self.doc[e - 1].pos_ == "PROPN":
            for i in range(s, ent[1]):
                self.ents[i] = (s, ent[1], "PERSON")
            return True
        cut = e
        while e < len(self.doc) and self.doc[e - 1].lower_ in NAME_PARTICLES and \
                self.doc[e].text in NAME_PARTICLES and self.ents.get(e) is None:
            e += 1
        if e >= len(self.doc) or self.doc[e - 1].lower_ not in NAME_PARTICLES:
            return False
        nxt = self.doc[e]
        if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
            return False
        if (e > cut or self.doc[e - 1].text not in NAME_PARTICLES) and \
                not all(s <= self.doc[i].head.i <= e and self.doc[i].head.i != i
                        for i in range(s, e)):
            return False  # only a name the parse reads as one ("den" parsed as a verb: no)
        ent = self.ents.get(e)
        end = ent[1] if ent is not None and ent[0] == e else e + 1
        for i in range(s, end):
            self.ents[i] = (s, end, "PERSON")
        return True

    def join_cut_surname(self, s: int, e: int) -> bool:
        """Mend a person's name the tagger cut before its last surname: "Opposition leader Maria
        Corina" + "Machado" (untagged), the parse making "Machado" the head of the whole name.
        Only a capitalised proper noun no entity holds that names no body, post or kind of
        people ("Joe Biden Administration", "President Ruto Government" stay apart), nor a
        month or a weekday."""
        doc = self.doc
        if e >= len(doc) or e - s < 2 or self.ents.get(e) is not None:
            return False
        nxt = doc[e]
        if nxt.pos_ != "PROPN" or not nxt.is_title or doc[e - 1].head.i != e or \
                doc[e - 1].dep_ != "compound" or nxt.ent_type_:
            return False
        low = nxt.lower_
        if low in lexicon.ORG_NOUNS or low in ORG_LAST_WORDS or low in RUN_IN_WORDS or \
                lexicon.agent_sector([low]) is not None or \
                lexicon.agent_sector([lexicon.singular(low)]) is not None or \
                calendar_word(nxt.text):
            return False
        for i in range(s, e + 1):
            self.ents[i] = (s, e + 1, "PERSON")
        return True

    def described_as_person(self, s: int, e: int) -> bool:
        """Is the name s..e in apposition with a person's title ("Siyoka Simasiku, director at
        the conservation coalition", tagged ORG)?  Not a known organization."""
        if self.lookup(self.text(s, e)) is not None:
            return False
        root = self.doc[self.span_root(s, e)]
        if root.dep_ == "pobj":
            return False  # "The family of Daphne Caruana Galizia, a Maltese journalist"
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= e and \
                    lexicon.is_person_noun(lexicon.singular(c.lower_)):
                return True
        # the title first, the full name apposed to it between commas: "Russia's deputy U.N.
        # ambassador, Dmitry Polyanskiy, said", "the military-appointed president, Myint Swe,
        # warned" (tagged ORG) — one person, described
        title = root.head
        return root.dep_ == "appos" and e - s >= 2 and title.i < s and s > 0 and \
            self.doc[s - 1].text == "," and title.pos_ == "NOUN" and \
            lexicon.is_person_noun(lexicon.singular(title.lower_))

    def mention_at(self, h: "Token", si: int) -> Mention | None:
        if h.i in self.described.values():
            return None  # "Media watchdog Reporters Without Borders": the body's field
        if h.pos_ == "PRON":
            low = h.lower_
            if low == "it" and h.dep_ in {"nsubj", "nsubjpass"}:
                # "China said it would respond": a body's pronoun, kept when coreference ties it
                return Mention(h.idx, h.idx + len(h.text), si, h.i, "pronoun", h.text,
                               head_word=low, dep=h.dep_)
            if low in lexicon.PERSON_PRONOUNS or low in lexicon.GROUP_PRONOUNS:
                return Mention(h.idx, h.idx + len(h.text), si, h.i, "pronoun", h.text,
                               gender=lexicon.PERSON_PRONOUNS.get(low), head_word=low,
                               plural=low in lexicon.GROUP_PRONOUNS, dep=h.dep_)
            return None
        ent = self.ents.get(h.i)
        if ent is None and h.pos_ not in MENTION_POS:  # (a pronoun was answered above)
            return None  # no name, noun or national adjective (most tokens): no mention
        if self.figure(h):
            return None  # "As of 14:48 UTC", "$249 USD": a unit, no actor
        if self.named_as_extent(h):
            return None  # "resonates across the European Union", "encompassed Guinea-Bissau"
        if ent is not None:
            s, e, label = ent
            if label not in ACTOR_LABELS or self.span_root(s, e) != h.i:
                return None
            if self.basis_modifier(e, label):
                return None  # "a Bosnia-style civil war", "Intel-based Mac": a model, a basis
            if label == "ORG" and self.hyphen_suffix(e) in AFFILIATE_WORDS:
                # "The al-Qaida-linked group claimed responsibility": the group claimed it, not
                # al-Qaida, its patron
                return None
            if self.in_work_title(h, si):
                return None  # "I am Malala: The Story of the Girl Who …": a book's title
            if self.title_fragment(h, s, label):
                return None  # "Countering America's Adversaries Through Sanctions Act": a law
            if label in {"ORG", "PERSON"} and self.lookup(self.text(s, e)) is None and \
                    self.body_title_rest(h, s):
                return None  # "the U.N. Commission on the Limits of the Continental Shelf"
            if self.listed_with_faith(h):
                return None  # "no link with Islam, Pakistan or Balochistan": identities
            if self.glossed_place(s):
                return None  # "even in the WHA [World Health Assembly]": a forum's gloss
            after = e + 1 if e + 1 < len(self.doc) and self.doc[e].text in {",", "."} else e
            if s > 0 and self.doc[s - 1].text in QUOTES and after < len(self.doc) and \
                    self.doc[after].text in QUOTES:
                return None  # a quoted title of a work ("Siyasi Jaj"), not an actor
            if label in {"ORG", "PERSON"} and self.text(s, e).lower().removeprefix("the ") in NOT_ORGS:
                return None
            if self.text(s, e).lower() in FAITHS:
                return None  # "faiths like Christianity, Islam and Judaism": a religion, no actor
            if label in {"ORG", "PERSON", "NORP"} and \
                    self.text(s, e).lower().rstrip(".") in PLATFORMS and \
                    h.dep_ == "pobj" and h.head.lower_ in {"on", "via", "through", "across"}:
                # "joked in response on Twitter", "he wrote on X." (the sentence's period
                # taken into the name, tagged NORP): a channel, not an actor
                return None
            if label in {"ORG", "PERSON"} and (self.market_measure(h) or self.thing_acronym(s, e)):
                # "The Nikkei dropped 9.62%": an index; "a Memorandum of Understanding (MOU)":
                # an accord (whatever body the dictionary knows by the acronym)
                return None
            # (a number closing the name is its serial: "Adam Air Flight 574")
            last_word = self.doc[e - 2] if e - s > 1 and self.doc[e - 1].like_num \
                else self.doc[e - 1]
            if label in {"ORG", "PERSON"} and (last_word.lower_ in THING_WORDS
                                               or self.doc[s].lower_ in FIRST_THINGS
                                               or self.storm_name(h, s, e)
                                               or (h.lower_ in ACCORD_HEADS and h.i < e - 1)):
                # "the Boni Forest", "the Jaffar Express", "the Maritime Traffic Safety Law",
                # "Cessation of Hostilities" (an accord's title headed by its kind); a named
                # conveyance that is attacked or seized stands for its people ("took over the
                # Jaffar Express")
                if last_word.lower_ in CONVEYANCES:
                    return self.conveyance(h, si, last_word.lower_)
                return None
            if label in {"PERSON", "GPE"} and self.settlement_of(h) and \
                    not country_lookup(self.text(s, e).removeprefix("the ")):
                # "captured the town of Masisi": a town, whoever bears the name (not "the
                # island of Taiwan", a polity)
                return None
            if label in {"PERSON", "ORG"} and self.lookup(self.text(s, e)) is None and (
                    self.is_place(h) or (self.names_place(h) and not self.titled_person(s, label, True))
                    or (self.is_city(s, e) and not self.titled_person(s, label))
                    or self.names_vessel(h) or in_range(h) or self.settlement_name(s, e)):
                return None  # "in Copenhagen", "at JFK", "the town of Beledweyne": places
            if label in {"PERSON", "ORG"} and (
                    self.names_data_source(s, e) or self.destination_name(h)
                    or self.ravaged_place(h, s, e) or self.product_word(h)
                    or self.predicated_place(s, e) or self.product_name(s, e)) and \
                    self.lookup(self.text(s, e)) is None:
                # "website Seasearcher", "headed south toward Zhuhai Gaolan", "ravaged
                # Balochistan", "the Wine and Champagne businesses", "Apple introduced an
                # iPod": tools, places, products
                return None
            if label in {"ORG", "PRODUCT"} and self.names_craft(s, e):
                return None  # "The Airbus was empty": an aircraft, though the maker is known
        elif self.basis_modifier(h.i + 1, None):
            return None  # "intelligence-based operations": what they rest on
        elif h.pos_ not in {"NOUN", "PROPN"}:
            # "Israeli military policies": the adjective "military" names an owner too
            return self.national_owner(h, si) if h.pos_ == "ADJ" else None
        modifier = h.dep_ in MODIFIER_DEPS | {"poss"} and h.head.i != h.i and \
            h.head.pos_ in {"NOUN", "PROPN"}
        if modifier and ent is not None and ent[2] == "GPE" and \
                lexicon.singular(h.head.lower_) in TREATY_WORDS and \
                not country_lookup(self.text(ent[0], ent[1]).removeprefix("the ")):
            return None  # "the Paris climate pact", "the Minsk agreements": where it was signed
        if modifier and ent is not None and self._after_named_conjunct(h.head) > h.i:
            # "mediated between the Houthis and Western governments": a party of its own, which
            # the parse hung on the other party's noun (``phrases._after_named_conjunct``)
            return self.named(h, si, ent[0] - (self.doc[ent[0] - 1].lower_ == "the"), ent[1])
        if modifier and ent is not None and ent[2] in {"NORP", "GPE", "ORG"} and \
                h.dep_ in {"amod", "compound"} and self.span_root(ent[0], ent[1]) == h.i:
            m = self.national_force(h, si, ent[0], ent[1])
            if m is not None:
                return m
        if modifier and ent is not None and ent[2] == "GPE" and not self.is_actor_head(h.head) \
                and not self.is_place_noun(h.head) and not self.dash_torn(h) and \
                not self.owns_name(h) and not self.national_standard(h.head):
            # "Ankara's purchase", "Kenya's request", "U.S. operations": a polity acting through
            # an event noun; the possessor of an agent noun ("El Salvador's foreign minister")
            # stays a modifier of that actor.
            return self.named(h, si, ent[0], ent[1], state=True)
        if modifier and ent is not None and ent[2] == "NORP" and h.dep_ == "amod" and \
                lexicon.singular(h.head.lower_) in ACT_NOUNS:
            # "rejected an Australian ultimatum", "a Russian proposal": the nationality of a
            # demand or an offer is the state that makes it
            return self.named(h, si, ent[0], ent[1], state=True)
        if modifier and ent is not None and ent[2] == "NORP" and h.dep_ == "amod" and \
                h.head.tag_ == "NNS" and lexicon.singular(h.head.lower_) in PLACE_NOUNS | DWELLINGS \
                and h.head.dep_ in {"dobj", "nsubjpass"} and h.head.head.pos_ == "VERB":
            # "Iran threatened to shell Iraqi towns", "Israeli army bulldozers demolished
            # Palestinian homes" (GSR: IRQ CVL, PSE CVL): the people whose towns or homes are
            # struck or taken is acted on (not "in Iraqi towns", where something happens)
            m = self.named(h, si, ent[0], ent[1], state=True)
            if m is not None and m.kind == "state":
                m.kind, m.sector = "group", "CVL"
            return m
        if modifier and ent is not None and ent[2] == "ORG" and \
                lexicon.singular(h.head.lower_) in NAMED_BODIES and self.span_root(ent[0], ent[1]) == h.i:
            # "the Hizbollah group", "the Amal militia": the name is the actor
            return self.named(h, si, ent[0], ent[1])
        if modifier and ent is not None and ent[2] == "ORG" and h.dep_ == "compound" and \
                lexicon.singular(compound_head(h).lower_) in BODY_DEEDS and \
                self.span_root(ent[0], ent[1]) == h.i:
            m = self.acting_body(h, si, ent[0], ent[1])
            if m is not None:
                return m
        if modifier and ent is not None and ent[2] in {"ORG", "PERSON"} and h.dep_ == "compound" \
                and lexicon.singular(h.head.lower_) in NAMED_ACT_NOUNS and \
                not any(c.dep_ == "poss" for c in h.head.children) and \
                self.span_root(ent[0], ent[1]) == h.i and \
                self.lookup(self.text(ent[0], ent[1]).removeprefix("the ")) is not None:
            # "rejected a Hamas proposal", "a Putin offer": the known party that makes it (not
            # "Russia then used its Security Council veto": the owner makes it)
            return self.named(h, si, ent[0], ent[1])
        if modifier and ent is not None and ent[2] in {"ORG", "PERSON"} and h.dep_ == "compound" \
                and lexicon.singular(h.head.lower_) in DEED_NOUNS and \
                self.span_root(ent[0], ent[1]) == h.i and self.known_body(ent[0], ent[1]):
            # "two major al-Shabab attacks": the organization whose attacks they are acts
            return self.named(h, si, ent[0], ent[1])
        if h.dep_ == "poss":
            if ent is None and (m := self.agent_owner(h, si)) is not None:
                return m
            if ent is None and h.lower_ in BLOC_WORDS and (m := self.bloc(h, si)) is not None:
                # "praised the alliance's gains": the alliance named before owns them (its
                # anaphor; coreference ties it, else it is dropped)
                return m
            if ent is None or ent[2] not in {"PERSON", "ORG"}:
                return None
            first = ent[0]
            if ent[2] == "PERSON":
                # with its titles: "rejected Iraqi President Saddam Hussein's proposal"
                first = min(first, self.phrase(h)[0])
            return self.named(h, si, first, ent[1])
        if modifier and h.dep_ == "compound" and h.tag_ == "NNS" and \
                h.head.lower_ in AGE_WORDS and h.head.i == h.i + 1:
            # "barred girls ages 12 and older from attending school" (parsed as a compound of
            # "ages"): the people are the actor, their ages a modifier
            first, _ = self.phrase(h)
            return self.classify(h, si, first, h.head.right_edge.i + 1)
        if modifier and ent is None and (m := self.national_owner(h, si)) is not None:
            return m
        if modifier:
            return None
        if ent is None and h.pos_ == "NOUN" and lexicon.singular(h.lower_) in CONVEYANCES and \
                (m := self.conveyance(h, si, lexicon.singular(h.lower_))) is not None:
            return m  # "attacked a passenger train": the people aboard
        if ent is None and h.pos_ == "NOUN" and lexicon.singular(h.lower_) in SETTLEMENTS and \
                (m := self.settlement_people(h, si)) is not None:
            return m  # "attacked nearly 10 villages": their people
        if ent is None and h.lower_ in MINORITY_WORDS and \
                (m := self.minority_people(h, si)) is not None:
            return m  # "the ethnic Baloch minority": a people
        if ent is None and names_a_cause(h):
            return None  # "key drivers of diabetes": a cause
        if ent is None and h.dep_ == "dobj" and lemma(h.head) == "have" and \
                h.lower_ in POWER_NOUNS and \
                any(c.dep_ == "det" and c.lower_ == "no" for c in h.children):
            # "the junta had no authority to make such a request": a power it lacks, nobody
            # (not "no passengers were killed", VOA even gold: the negated act's victims)
            return None
        if ent is None and animal_group(h):
            return None  # "to manage the wildlife population": animals
        if ent is None and lexicon.singular(h.lower_) in LOCAL_GROUPS and self.is_place(h) and \
                any(c.dep_ == "nummod" for c in h.children):
            return None  # "renovate its water networks in five communities": counted places
        if ent is None and h.lower_ in BLOC_WORDS:
            return self.bloc(h, si)
        if ent is None and h.lower_ in PAIR_GROUP_HEADS and [c.lower_ for c in h.lefts] == [
                "both"] and not list(h.rights):
            # "called on both groups to respect humanitarian law" after "two armed groups",
            # "both factions": the pair named before (coreference finds it, else the phrase is
            # dropped)
            start, end = next(h.lefts).idx, h.idx + len(h.text)
            return Mention(start, end, si, h.i, "group", self.article.text[start:end],
                           head_word=PAIR_GROUP_HEADS[h.lower_], plural=True, dep=h.dep_)
        if ent is None and h.lower_ in GROUP_WORDS and (anaphor := self.bloc(h, si)) is not None:
            return anaphor  # "the group" alone; "a human rights group" is coded as before
        if ent is None and h.lower_ in STATE_WORDS:
            return self.state_anaphor(h, si)
        if ent is None and h.lower_ == "state" and (m := self.national_state(h, si)) is not None:
            return m  # "the Russian state": Russia as a polity
        if ent is None and h.tag_ == "NNS" and self.states_group(h):
            return self.states_mention(h, si)
        if ent is None and h.tag_ == "NNS" and lexicon.singular(h.lower_) in MEMBER_HEADS and \
                (m := self.igo_members(h, si)) is not None:
            return m
        if ent is None and lexicon.singular(h.lower_) in COUNTERPARTS and \
                (m := self.counterpart(h, si)) is not None:
            return m  # "his Indian counterpart": India's holder of the possessor's post
        first, last = self.phrase(h)
        if ent is None and (self.data_source(h, first) or self.in_work_title(h, si)):
            return None  # "Ship-tracking websites show …": a tool that records; "the Girl"
        m = self.classify(h, si, first, last)
        if m is not None and m.kind == "person" and m.name is None and m.country is None and \
                not m.modifiers:
            # "a mercenary from Belarus" BLR: a person noun's origin is the person's country
            m.country = self.origin(h)[1]
        if m is not None and m.kind == "group" and m.name is None and self.of_state_pair(h, m):
            # "The two presidents" (Putin and Erdogan), "leaders of both countries", "(Turkish
            # and Egyptian) intelligence officers": two states' people, no one state's
            m.country, m.regional = None, True
        if m is not None and m.kind == "group" and m.name is None and m.country is None and \
                (owned := self.owned_states(h)):
            # (not a group a modifier gives one state: "withdrawing U.S. troops from Iraq and
            # Syria" are American)
            self.split_owned(h, si, m, owned)
        return m

    @staticmethod
    def national_standard(noun: "Token") -> bool:
        """Is ``noun`` a state's "national interest", the standard a thing is measured against,
        not a deed of the state: "400 books deemed 'against Afghanistan's national interest and
        Islamic values'" (VOA 8011004, judged no actor)?  Singular and "national" only: "U.S.
        interests" that are attacked stand for the state."""
        return noun.lower_ == "interest" and any(
            c.dep_ == "amod" and c.lower_ == "national" for c in noun.children)

    def owned_states(self, h: "Token") -> list[tuple[int, int, str, int]]:
        """The states a plural group is "of" or "from", when a coordination names two or more
        (each a country name, all different): "The foreign ministers of Japan and South Korea
        met on the sidelines of the summit", "Officials from Iran and the United States held
        indirect talks in Oman", or whose coordinated possessors they are: "Russia and
        Ukraine's delegations met in Istanbul" — [(first token, end token, code, "of"/"from"
        token or the last possessor's "'s")], else [].  Not one state's places ("officials
        from Kabul and Kandahar"), nor a conjunct that is no state ("negotiators from Israel and
        Hamas": a group's own mention codes it)."""
        if h.tag_ not in {"NNS", "NNPS"}:
            return []
        owners = [(prep.i, next((c for c in prep.children if c.dep_ == "pobj"), None))
                  for prep in h.rights if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}]
        for poss in (c for c in h.lefts if c.dep_ == "poss"):
            last = max([poss, *poss.conjuncts], key=lambda t: t.i)
            mark = next((c.i for c in last.children if c.dep_ == "case"), None)
            if mark is not None and mark < h.i:
                owners.append((mark, poss))
        for cut, pobj in owners:
            if pobj is None or not any(c.dep_ == "conj" for c in pobj.children):
                continue
            out: list[tuple[int, int, str, int]] = []
            for tok in [pobj, *[c for c in pobj.conjuncts if c.i > pobj.i]]:
                ent = self.ents.get(tok.i)
                if ent is None or ent[2] != "GPE":
                    return []
                s_, e_ = ent[0], ent[1]
                if self.doc[s_].lower_ == "the":
                    s_ += 1
                code = country_code(self.text(s_, e_))
                if code is None or code.startswith("IGO"):
                    return []
                out.append((s_, e_, code, cut))
            if len(out) >= 2 and len({code for _, _, code, _ in out}) == len(out):
                return out
        return []

    def split_owned(self, h: "Token", si: int, m: Mention,
                    owned: list[tuple[int, int, str, int]]) -> None:
        """Code a group "of/from" several states (``owned_states``) as each state's own
        people: an actor per state, with the group's sector ("The leaders of France and
        Germany met in Paris": FRA GOV and DEU GOV, as the PLOVER gold codes "Senior Hungarian
        and Romanian officials agreed" HUN and ROU).  The group's own mention ends before its
        "of"/"from" (or begins after its possessors' "'s") and keeps no country, so that each
        state's name is its own actor's token; the events layer reads the states off the
        coordination (``events.phrases``).  Each state's actor is headed by the state's name,
        so that "The leaders agreed …" in the next sentence refers back to the whole group, not
        to the last state named."""
        for c_first, c_last, code, _ in owned:
            cs, ce = self.starts[c_first], self.ends[c_last - 1]
            self.extra.append(Mention(cs, ce, si, c_first, "group", self.article.text[cs:ce],
                                      title=m.title, country=code, sector=m.sector,
                                      head_word=self.text(c_first, c_last).lower(),
                                      plural=True, dep=h.dep_,
                                      former=m.former, modifiers=[code]))
        cut = owned[0][3]
        if cut < h.i:
            # (possessors: the group is what follows the last one's "'s")
            if self.starts[cut] >= m.start:
                m.start = self.starts[cut + 1]
                m.text = self.article.text[m.start:m.end]
        elif self.starts[cut] < m.end:
            m.end = self.ends[cut - 1]
            m.text = self.article.text[m.start:m.end]
        m.country, m.regional = None, True
        m.modifiers = sorted({code for _, _, code, _ in owned})

    @staticmethod
    def owns_name(h: "Token") -> bool:
        """A polity's possessive on a proper name the tagger left untyped: "Ireland’s WB Yeats
        once lamented in a poem" (VOA 6205362, as "Uganda's Bobi Wine", VOA 6181522, where
        the tagger keeps the possessive in the person's name) gives the named one's
        nationality; the polity does nothing (a typed name is an actor head already)."""
        return h.dep_ == "poss" and h.head.pos_ == "PROPN"

    def national_force(self, h: "Token", si: int, first: int, last: int) -> Mention | None:
        """The state (or IGO) named by the national modifier ``h`` of a machine of war that
        acts — the subject of a verb with an object, or the agent of a passive ("Israeli
        tanks fired four shell bombs", "U.N. helicopters evacuated the wounded") — or of an
        armed or street deed ("two Israeli air raids", "Palestinian riots"): the military
        (or people) of that state.  A machine that does nothing to anyone ("a Russian plane
        crashed"), or one bought or used, names no one who acts."""
        head = h.head
        noun = lexicon.singular(head.lower_)
        pair = next((c.lower_ + " " for c in head.lefts if c.dep_ == "compound"), "") + noun
        if noun in WAR_MACHINES or pair in WAR_MACHINES:
            if not self.machine_acts(head):
                return None
            sector = "MIL"
        elif noun in STATE_VESSELS and self.vessel_coerces(head):
            sector = None
        elif noun in ARMED_DEEDS or pair in ARMED_DEEDS:
            sector = "MIL"
        elif noun in STREET_DEEDS and self.label(h.i) == "NORP":
            sector = "CVL"
        else:
            return None
        m = self.named(h, si, first, last, state=True)
        if m is None:
            return None
        if sector == "CVL" and m.kind == "state":
            m.kind = "group"
        m.sector = sector
        return m

    def national_owner(self, h: "Token", si: int) -> Mention | None:
        """The national force or body named as the owner of a thing: an agent noun (an
        agent-list word, "police", "guerrilla", "military") between a nationality and the
        thing's noun, "torture while in Israeli police custody", "rocket fire against
        Kampuchean guerrilla camps", "Palestinian riots against Israeli military policies"
        (GSR: ISR COP, KHM REB, ISR), "a Pakistani military operation rescued 190 passengers"
        (VOA 8007760, even gold PAK MIL), "a Turkish court ruling" (VOA 6180932, TUR JUD) — the
        parse hangs both words on the thing, which is no actor.  Only with the nationality,
        which says whose they are ("in police custody" names no one); a thing that is itself an
        actor ("Israeli police officers") is coded on its own head, and a base ("a Pakistani
        military base", "the French army base") by the installation rules
        (``referents.drop_installation_places``).  A citizen's noun read as the adjective it
        also is ("the Canadian national anthem", VOA 8006924: the anthem is national, no
        Canadian national owns it) names no one."""
        head = h.head
        if h.dep_ not in {"compound", "amod"} or head.i != h.i + 1 or head.pos_ != "NOUN" or \
                h.i == 0 or lexicon.agent_sector([h.text]) is None or \
                self.is_actor_head(head) or head.lower_ in BASE_WORDS or \
                (h.tag_ == "JJ" and h.lower_ in CITIZEN_HEADS):
            return None
        nat = self.doc[h.i - 1]
        if nat.dep_ not in {"amod", "compound"} or nat.head.i not in {h.i, head.i} or \
                self.ents.get(nat.i) != (nat.i, nat.i + 1, "NORP") or not demonym_code(nat.text):
            return None
        m = self.classify(h, si, nat.i, h.i + 1)
        return m if m is not None and m.country is not None else None

    def agent_owner(self, h: "Token", si: int) -> Mention | None:
        """The body or group named by an agent noun that owns a thing or an act: "in protest
        of the Russian government's refusal to accept the independence of Chechnya" (GSR gold
        RUS GOV), "authorities … froze the newspaper's assets" (VOA 8010046, even gold GTM
        JRN), "the French government's response" (VOA 6203896) — the possessor acts or is
        acted on through its noun, which is no actor.  The possessor of an agent noun ("the
        party's leader Mahmoud Abbas", "the court's president") stays part of that actor's
        phrase."""
        if h.pos_ != "NOUN" or lexicon.agent_sector([h.text]) is None or \
                self.is_actor_head(h.head):
            return None
        first, _ = self.phrase(h)
        return self.classify(h, si, first, h.i + 1)

    def igo_members(self, h: "Token", si: int) -> Mention | None:
        """The member states of an intergovernmental body named before "partners"/"members":
        "Greece bluntly demanded that its European Community partners refuse to recognize …",
        "restrictions on its labour market for new EU members", "its European common market
        partners" (GSR gold: IGO, no sector) — coded with the body's code, as the PLOVER gold
        does, and GOV (the member states' governments; the gold names no sector).  Not "EU
        member states" (``states_group``: the VOA gold's None GOV)."""
        mods = [c for c in h.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        if not mods:
            return None
        for k in range(min(c.left_edge.i for c in mods), h.i):
            name = self.text(k, h.i)
            code = country_lookup(name)  # "its European Community partners", misspelt too
            if code is None:
                role = self.role(self.lookup(name))
                code = role.country if role is not None else None
            if code is not None and code.startswith("IGO"):
                first, last = self.phrase(h)
                start, end = self.starts[first], self.ends[last - 1]
                return Mention(start, end, si, h.i, "group", self.article.text[start:end],
                               country=code, sector="GOV", head_word=lexicon.singular(h.lower_),
                               plural=True, dep=h.dep_, modifiers=[code])
        return None

    def vessel_coerces(self, head: "Token") -> bool:
        """Does the ship ``head``, named by its nationality alone, do a coercive or armed act to
        an object: "two Chinese ships blocked and then hosed a fisheries vessel", "a Philippine
        vessel had rammed one of its ships"?  A ship that rams, blocks, hoses or fires on
        another stands for the state that sends it (as the PLOVER GSR codes "French and
        Egyptian warships" FRA/EGY MIL and "Russian aircraft" RUS MIL); its sector stays
        unknown (navy, coast guard or militia).  Not a merchant ship (``MERCHANT_WORDS``: "a
        Greek oil tanker"), nor one that only sails, docks or is attacked."""
        if any(c.lower_ in MERCHANT_WORDS for c in head.lefts):
            return False
        t = first_conjunct(head)
        if t.dep_ != "nsubj" or t.head.pos_ not in ("VERB", "AUX"):
            return False
        verbs = [t.head] + [c for c in t.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if not any(c.dep_ == "dobj" for v in verbs for c in v.children):
            return False
        return any(lemma(v) in CONVEYANCE_ACTS | VESSEL_ACTS
                   or act_noun(v, CONVEYANCE_ACT_TYPES) for v in verbs)

    def machine_acts(self, head: "Token") -> bool:
        """Does the machine of war ``head`` act: the subject of a verb with a direct object
        ("British aircraft … killed 4 Iraqis"), a conjunct of one ("Israeli helicopters and
        tanks shelled positions"), or the agent of a passive ("killed by Russian drones")?"""
        t = first_conjunct(head)
        if t.dep_ == "pobj":
            return t.head.dep_ == "agent"
        if t.dep_ != "nsubj" or t.head.pos_ != "VERB":
            return False
        return any(c.dep_ == "dobj" for c in t.head.children)

    def conveyance(self, h: "Token", si: int, noun: str) -> Mention | None:
        """The people of the conveyance ``h`` (``noun``, its ``CONVEYANCES`` word) that an act
        is done to ("Militants … attacked a passenger train", VOA 8009976, even gold PAK CVL;
        "took over the Jaffar Express", VOA 8011076; "the BLA took credit for attacking a
        military vehicle", VOA 8007760 PAK MIL; "Chinese authorities have boarded foreign
        boats", VOA 6205546): a group whose country is its modifier's (else the story's, as for
        "passengers"), whose sector is what it is (``CONVEYANCE_SECTORS``, else the noun's).
        Not a conveyance that only moves or is a setting ("a train station", "flights to Paris
        resumed"), nor one bought or used (``traded``), nor one said to carry its people
        ("ambushed a bus transporting a paramilitary force", VOA 8007760 even gold PAK PRM; "a
        Serbian army jet shot down a helicopter carrying EC truce monitors", GSR SANCTION-0001):
        the people carried are the actor, on their own noun."""
        if not self.conveyance_acted_on(h) or self.traded(h) or any(
                c.dep_ == "acl" and lemma(c) in CARRYING_VERBS for c in h.children):
            return None
        first, last = self.phrase(h)
        # the modifier nearest the noun says whose people it carries ("an unmarked civilian
        # police car": COP)
        modifiers = (w.lower() for w in reversed(self.words[first:h.i]))
        sector = next((CONVEYANCE_SECTORS[w] for w in modifiers if w in CONVEYANCE_SECTORS),
                      CONVEYANCES.get(noun))
        codes = self.modifier_codes(first, h.i, set())
        start, end = self.starts[first], self.ends[last - 1]
        return Mention(start, end, si, h.i, "group", self.article.text[start:end],
                       country=codes[0] if len(set(codes)) == 1 else None, sector=sector,
                       head_word=noun, plural=h.tag_ in {"NNS", "NNPS"}, dep=h.dep_,
                       modifiers=codes)

    def settlement_people(self, h: "Token", si: int) -> Mention | None:
        """The people of the village or town ``h`` that is the object of an assault or a
        seizure (the events lexicon's ASSAULT and COERCE verbs): "3R rebels attacked nearly 10
        villages between the towns of Bocaranga and Bazoum" (VOA 7686618, even gold CAF CVL),
        "Vietnamese-led forces have retaken a strategic village in Western Cambodia" (GSR,
        KHM CVL).  Civilians (CVL) of the one country a phrase of its own places it in, else
        of none the phrase says.  Not a settlement an act happens in ("fighting in the town"),
        one named ("the town of Cizre": the name is the place) nor one a nationality or a
        place name modifies ("Iran threatened to shell Iraqi towns": the modifier's people,
        ``mention_at``)."""
        t = first_conjunct(h)
        if t.dep_ != "dobj" or t.head.pos_ != "VERB" or not (
                act_noun(t.head, CONVEYANCE_ACT_TYPES)):  # "retake", "recapture": ASSAULT rows
            return None
        named = [c for c in h.children if c.dep_ == "appos"] + [
            o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
        if any(o.i in self.ents for o in named):
            return None  # "the town of Cizre", "the town, Beledweyne": a named place
        if any(self.label(c.i) in {"NORP", "GPE", "LOC", "ORG"} for c in h.lefts):
            return None  # "to shell Iraqi towns": the national modifier's people (GSR IRQ CVL)
        first, last = self.phrase(h)
        start, end = self.starts[first], self.ends[last - 1]
        return Mention(start, end, si, h.i, "group", self.article.text[start:end],
                       country=self.placed_in(h), sector="CVL",
                       head_word=lexicon.singular(h.lower_), plural=h.tag_ in {"NNS", "NNPS"},
                       dep=h.dep_)

    def minority_people(self, h: "Token", si: int) -> Mention | None:
        """The people a minority noun ``h`` names when a people's name or "ethnic"/"religious"
        modifies it ("members of the ethnic Baloch minority", VOA 8011076, even gold PAK CVL;
        "a heavily armed ruling Serb minority", GSR): civilians (CVL) of the state the
        modifier names (none for a people of no state: "Baloch"), or, named as an ethnicity,
        of the one country the phrase or its deed places them in (``ethnic_place``)."""
        people = [c for c in h.lefts if c.dep_ in {"amod", "compound"} and (
            c.lower_ in PEOPLE_WORDS or self.label(c.i) == "NORP")]
        if not people:
            return None
        first, last = self.phrase(h)
        codes = sorted(set(self.modifier_codes(first, h.i, set())))
        country = codes[0] if len(codes) == 1 else None
        if any(c.lower_ == "ethnic" for c in people):
            country = self.ethnic_place(h) or country
        start, end = self.starts[first], self.ends[last - 1]
        return Mention(start, end, si, h.i, "group", self.article.text[start:end],
                       country=country, sector="CVL", head_word=lexicon.singular(h.lower_),
                       plural=True, dep=h.dep_, modifiers=codes)

    @staticmethod
    def conveyance_acted_on(h: "Token") -> bool:
        """Is the conveyance ``h`` the object of an assault or a seizure (the events lexicon's
        ASSAULT and COERCE verbs, and ``CONVEYANCE_ACTS``: "attacked a passenger train",
        "have boarded foreign boats"), of "take over" ("took over the Jaffar Express"), of an
        assault or a seizure "on" it ("a day-old blockade on Palestinian lorries", GSR), fired
        "on" or "at" ("authorizes firing on foreign vessels", VOA 6205546), bombed "near", or
        let or not let move ("refused to allow United Nations planes to land", GSR)?"""
        t = first_conjunct(h)
        if t.dep_ in {"dobj", "nsubjpass"} and t.head.pos_ == "VERB":
            verb = t.head
            word = lemma(verb)
            if word in BOARDED:
                return lexicon.singular(t.lower_) in VESSELS
            if word in COLLISIONS and any(
                    c.dep_ == "nsubj" and lexicon.singular(c.lower_) in CONVEYANCES
                    for c in verb.children):
                return False
            if word in PERMIT_VERBS:
                return any(c.dep_ in {"xcomp", "ccomp"} and lemma(c) in PERMITTED_MOVES
                           for c in verb.children)
            return word in CONVEYANCE_ACTS or act_noun(verb, CONVEYANCE_ACT_TYPES) or (
                word == "take" and any(c.dep_ == "prt" and c.lower_ == "over"
                                       for c in verb.children))
        if t.dep_ == "pobj" and t.head.lower_ in {"on", "at", "upon", "against"}:
            # "an attack on a passenger train", "firing on foreign vessels"; not where a verb's
            # own object was struck ("They shot and killed people on the train", VOA 8009314)
            act = t.head.head
            if act.pos_ == "NOUN":
                # … or seizure: "a day-old blockade on Palestinian lorries" (GSR COERCE, PSE)
                return act_noun(act, CONVEYANCE_ACT_TYPES)
            return lemma(act) in FIRE_WORDS and not any(c.dep_ == "dobj" and lemma(c) != "fire"
                                                        for c in act.children)
        if t.dep_ == "nsubj" and t.head.dep_ in {"ccomp", "xcomp"} and \
                lemma(t.head.head) in PERMIT_VERBS and lemma(t.head) in PERMITTED_MOVES:
            # "The UNITA militarist wing refused to allow United Nations planes to land" (GSR
            # REJECT-0020, IGO): a craft let or not let in stands for those it brings
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "near" and t.head.head.pos_ == "VERB":
            # "a female suicide bomber detonated her explosive devices near a military convoy"
            # (VOA 8007760, even gold PAK MIL): a blast set off by it is aimed at it
            return act_noun(t.head.head, ASSAULTS)
        return False

    def of_state_pair(self, h: "Token", m: Mention) -> bool:
        """Is the plural group counted as two states' own: "both/two" on the head itself
        ("The two presidents are closely cooperating in Syria", VOA 6180015: Putin and
        Erdogan) or on the states it is of or in ("say leaders of both countries"), or two
        nationalities coordinated on it and left outside its phrase ("some (Turkish and
        Egyptian) intelligence officers"; a pair split into its own actors, "Senior Hungarian
        and Romanian officials", keeps each one's country)?"""
        if h.tag_ != "NNS":
            return False
        if lexicon.singular(h.lower_) in PAIRED_HEADS and paired(h):
            return True
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "in", "from"} and any(
                    o.dep_ == "pobj" and lexicon.singular(o.lower_) in JOINT_OWNERS and paired(o)
                    for o in c.children):
                return True
            if m.country is None and c.dep_ == "amod" and demonym_code(c.text) and any(
                    d.dep_ == "conj" and demonym_code(d.text) not in {None, demonym_code(c.text)}
                    for d in c.children):
                return True
        return False

    def counterpart(self, h: "Token", si: int) -> Mention | None:
        """The holder of the possessor's post in the state a nationality (or "from" phrase)
        names: "Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Moscow",
        "Macron spoke with his Egyptian and Jordanian counterparts", "the Pakistani foreign
        minister met his counterpart from Afghanistan" — one actor per state named (each
        coordinated nationality its own, as ``coordinated`` splits "U.S. and Russian
        negotiators"; each state of "his counterparts from Egypt and Jordan", as
        ``split_owned`` splits "the leaders of France and Germany").  Coded GOV here: a
        counterpart is named in state-to-state meetings; the possessor's own sector, once
        coreference has found who "his" is, replaces it (``referents.fill_counterpart_sectors``:
        "The Indian army chief met his Chinese counterpart" MIL).  No nationality, no state:
        "Blinken met his counterpart in Riyadh" names the Saudi minister only by the place,
        which may be a third state's venue."""
        # (with no possessor, the clause's own official's: "Blinken met with Egyptian and
        # Jordanian counterparts"; "the counterpart" with no state named stays uncoded below)
        poss = next((c for c in h.children if c.dep_ == "poss"), None)
        # a body's counterpart is of the body's kind, which "its" alone does not tell ("Apple
        # and its Chinese counterparts" are firms, "the Pentagon and its Chinese counterpart" a
        # ministry)
        sector = None if poss is not None and poss.lower_ == "its" else "GOV"
        first, last = self.phrase(h)
        split = self.coordinated(first, h)
        plural = h.tag_ in {"NNS", "NNPS"}
        if split:
            for c_first, c_last, code in split[:-1]:
                cs, ce = self.starts[c_first], self.ends[c_last - 1]
                self.extra.append(Mention(cs, ce, si, c_first, "group" if plural else "person",
                                          self.article.text[cs:ce], country=code, sector=sector,
                                          head_word="counterpart", plural=plural, dep=h.dep_,
                                          modifiers=[code]))
            first, codes = split[-1][0], [split[-1][2]]
        else:
            # (a lone nationality the tagger took for a name: "his Ugandan counterpart", ORG)
            nationals = [c for c in h.lefts if c.dep_ in {"amod", "compound", "nmod"}
                         and (self.label(c.i) in {"NORP", "GPE"} or demonym_code(c.text))]
            origins = [o for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj" and self.label(o.i) == "GPE"]
            if nationals:
                codes = sorted(set(self.modifier_codes(nationals[0].left_edge.i, h.i, set())))
            elif owned := self.owned_states(h):
                # "Blinken met his counterparts from Egypt and Jordan": each state's
                start, end = self.starts[first], self.ends[last - 1]
                m = Mention(start, end, si, h.i, "group", self.article.text[start:end],
                            sector=sector, head_word="counterpart", plural=True, dep=h.dep_)
                self.split_owned(h, si, m, owned)
                return m
            else:
                codes = sorted({c for o in origins for c in
                                self.modifier_codes(self.ents[o.i][0], self.ents[o.i][1], set())})
        if len(codes) != 1 or codes[0].startswith("IGO"):
            return None
        start, end = self.starts[first], self.ends[last - 1]
        return Mention(start, end, si, h.i, "group" if plural else "person",
                       self.article.text[start:end], country=codes[0], sector=sector,
                       head_word="counterpart", plural=plural, dep=h.dep_, modifiers=codes)

    def state_anaphor(self, h: "Token", si: int) -> Mention | None:
        """"The Southeast Asian nation submitted documentation", "filed by the country": a
        definite "nation"/"country" that acts (a subject or the agent of a passive) is the one
        state named just before (coreference ties it; one it cannot tie is dropped).  Not an
        object: "leave the country", "entering the country" name a place."""
        det = next((c for c in h.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or not (
                h.dep_ in {"nsubj", "nsubjpass"} or (h.dep_ == "pobj" and h.head.lower_ == "by")) or \
                any(c.dep_ in {"prep", "relcl", "acl", "poss"} for c in h.children) \
                or any(c.dep_ in {"amod", "compound"} and self.label(c.i) in {"NORP", "GPE"}
                       and country_lookup(c.text, ("demonym", "name")) for c in h.lefts):
            return None  # "the country's …", "the nation of …", "the Chinese nation"
        start, end = det.idx, h.idx + len(h.text)
        return Mention(start, end, si, h.i, "state", self.article.text[start:end],
                       sector="GOV", head_word=h.lower_, dep=h.dep_)

    def national_state(self, h: "Token", si: int) -> Mention | None:
        """"It is directed at the Russian state", "the Pakistani state did not release them":
        "the" + one nationality + "state", nothing else before it and no "of" after it (not
        "the Islamic State", "the Russian state media", "a Russian state of mind"), is that
        state as a polity (GOV)."""
        lefts = list(h.lefts)
        if len(lefts) != 2 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the" or \
                lefts[1].dep_ != "amod" or lefts[1].i != h.i - 1 or h.i + 1 >= len(self.doc) \
                or h.dep_ in {"compound", "amod"} or any(c.dep_ == "prep" for c in h.children) \
                or self.label(lefts[1].i) != "NORP":
            return None
        code = country_lookup(lefts[1].text, ("demonym",))
        if code is None or code.startswith("IGO"):
            return None
        start, end = lefts[0].idx, h.idx + len(h.text)
        return Mention(start, end, si, h.i, "state", self.article.text[start:end],
                       country=code, sector="GOV", head_word="state", dep=h.dep_,
                       modifiers=[code])

    def states_group(self, h: "Token") -> bool:
        """Is the plural an unnamed group of states that acts or is acted on: "opposition from
        some European countries" (VOA even gold None GOV), "EU member states broke with
        Brussels" (VOA even gold None GOV)?  It needs a word that picks the states out ("some",
        "other", "European", "member"), not "the countries" (an anaphor) nor "in many
        countries" (a place)."""
        low = h.lower_
        if low == "powers":
            # "world powers", "the three European powers", "Western powers", "the two powers"
            # (not "emergency powers", "sweeping new powers", "grants regional powers to local
            # councils": authority, no states)
            lefts = list(h.lefts)
            counted = any(c.dep_ == "nummod" for c in lefts) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in lefts)
            return (counted or any(c.lower_ in POWER_MODIFIERS or (
                c.dep_ == "amod" and country_lookup(c.text, ("demonym",))) for c in lefts)) \
                and self.party_slot(h)
        if low not in STATE_PLURALS or (low == "states" and not any(
                c.lower_ == "member" and c.dep_ == "compound" for c in h.lefts)):
            return False
        if not any(c.dep_ in {"det", "amod", "compound", "nummod", "predet"} and
                   c.lower_ not in {"the", "these", "those", "this", "that"} for c in h.lefts):
            return False
        return self.party_slot(h)

    def party_slot(self, h: "Token") -> bool:
        """Does the plural ``h`` stand where a party stands (subject, object, apposition, or
        the object of "from / by / with / against"), not where a place does?"""
        # a conjunct ("the United States and other countries") stands where its first one does
        slot = h.head if h.dep_ == "conj" else h
        if slot.dep_ in {"nsubj", "nsubjpass", "dobj"} or h.dep_ == "appos":
            return True
        return slot.dep_ == "pobj" and slot.head.lower_ in PARTY_PREPS and \
            not self.origin_of(slot.head)

    @staticmethod
    def origin_of(prep: "Token") -> bool:
        """Is ``prep`` a "from" after a verb of coming, which says where people come from, not
        who acts: "anyone allowed to enter from those three countries" (VOA 6205362)?  Not
        after an act ("opposition from some European countries": they oppose).  (A person
        noun's "from", "more partners from more countries", VOA 7808748, was measured too: the
        VOA odd half lost a gold actor; left out.)"""
        return prep.lower_ == "from" and prep.head.pos_ in {"VERB", "AUX"} and \
            lemma(prep.head) in ORIGIN_VERBS

    def states_mention(self, h: "Token", si: int) -> Mention:
        """Several states with no one country: GOV, regional (no story country either)."""
        first = min(c.left_edge.i for c in h.lefts if c.dep_ != "punct")
        if self.doc[first].lower_ in {"and", "or"}:
            first += 1
        start, end = self.doc[first].idx, h.idx + len(h.text)
        return Mention(start, end, si, h.i, "group", self.article.text[start:end], sector="GOV",
                       head_word=lexicon.singular(h.lower_), plural=True, regional=True,
                       dep=h.dep_)

    def bloc(self, h: "Token", si: int) -> Mention | None:
        """"The bloc said …" (the EU named before): a definite bloc is the body the text has
        named (coreference ties it to that body, which carries the code)."""
        det = next((c for c in h.lefts if c.dep_ == "det" and c.lower_ in {"the", "this"}), None)
        if det is None or any(c.dep_ in {"amod", "compound", "poss", "nummod"}
                              and c.lower_ not in ANAPHORIC_BLOC_WORDS for c in h.lefts):
            return None  # "the opposition bloc", "a trade bloc": a description, not an anaphor
        if h.lower_ in GROUP_WORDS and any(c.dep_ in {"prep", "relcl", "acl", "appos"}
                                           for c in h.children):
            return None  # "the group of experts", "the group that …": described, not an anaphor
        start, end = det.idx, h.idx + len(h.text)
        return Mention(start, end, si, h.i, "organization", self.article.text[start:end],
                       head_word=h.lower_, dep=h.dep_)

    def acting_body(self, h: "Token", si: int, first: int, last: int) -> Mention | None:
        """The intergovernmental body the dictionary knows named as the compound of what it
        decides or holds ("a U.N. Security Council resolution"); not a seat ("his White House
        meeting") or a body of one state."""
        if any(c.dep_ == "poss" for c in h.head.children):
            return None  # "Russia then used its Security Council veto": the owner acts
        if self.doc[first].lower_ in {"a", "an", "the"} and first < h.i:
            first += 1
        entry = self.lookup(self.text(first, last))
        role = self.role(entry)
        if entry is None or entry.kind == "person" or role is None or \
                not (role.country or "").startswith("IGO"):
            return None
        if first > 0 and self.doc[first - 1].lower_ in {"a", "an"} and \
                self.ents.get(first - 1) is not None:
            del self.ents[first - 1]  # the tagger's "a United Nations Security Council"
            for k in range(first, last):
                self.ents[k] = (first, last, "ORG")
        return self.named(h, si, first, last)

    def known_body(self, first: int, last: int) -> bool:
        """Does the dictionary know tokens first..last as an organization (not a person)?"""
        entry = self.lookup(self.text(first, last).removeprefix("the ").removeprefix("The "))
        return entry is not None and entry.kind != "person"

    def named(self, h: "Token", si: int, first: int, last: int, state: bool = False) -> Mention | None:
        """A bare entity mention (possessor "Bukele's", "Ankara's purchase", …)."""
        if self.doc[first].lower_ == "the" and first < h.i:
            first += 1
        if last - 1 > first and self.doc[last - 1].text in {"'s", "’s", "'"}:
            last -= 1
        if state:
            name = self.text(first, last)
            # a nationality adjective the tagger typed GPE ("Ukrainian drones attacked an oil
            # refinery": Ukrainian/GPE) is a demonym all the same
            code = country_lookup(name, ("name", "capital", "demonym")
                                  if self.label(h.i) == "NORP" or h.tag_ == "JJ"
                                  else ("name", "capital"))
            if code is None:
                return None
            start, end = self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1].text)
            kind = "organization" if code.startswith("IGO") else "state"
            entry = self.lookup(name)
            role = self.role(entry)
            sector = role.sector if role else None
            if kind == "state" or (sector is None and h.dep_ in ("amod", "compound") and
                                   h.head.lower_ == "side"):
                # a state, or a bloc's "side" in talks, its negotiators like a state's ("the
                # Chinese side proposed …, but the European side refused", VOA 7808748)
                sector = "GOV"
            return Mention(start, end, si, h.i, kind, self.article.text[start:end], name=name,
                           name_span=(start, end), country=code, sector=sector,
                           entry=entry, head_word=h.lower_, dep=h.dep_)
        return self.classify(h, si, first, last)


# a group named by the nationality its members lack ("non-Italians", "Non-Afghans")
NEGATED = re.compile(r"(?i:(?:the |all )?non)-?([A-Z][\w-]*)")


def find_mentions(article: Article, dictionary: Dictionary,
                  day: dt.date | None) -> tuple[list[Mention], list[set[str]], list[set[str]]]:
    """The mentions of an article, the countries each body sentence names as nationalities or
    polities, and those it names only as places."""
    finder = MentionFinder(article, dictionary, day)
    mentions = finder.find()
    for m in mentions:
        if m.kind == "group" and (neg := NEGATED.match(m.text)) and demonym_code(neg[1]):
            # "Head-scratching Italians and non-Italians, baffled residents and non-residents
            # alike" (VOA 6205362): people named by the nationality they lack are not of it
            m.country, m.modifiers, m.regional = None, [], True
    return mentions, finder.context, finder.places


__all__ = ["Mention", "find_mentions", "actor_like"]
