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
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.countries import (capital_metonym, country_code, demonym_code, is_known_no_state,
                                normalize)
from dateline.nlp import lemma
from dateline.record import Article

from . import lexicon
from .dictionary import Dictionary, Entry, Role

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
LEFT_MODS = {"det", "predet", "poss", "compound", "amod", "nmod", "nummod", "quantmod", "case",
             "npadvmod"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "flat", "nummod"}
SUBJ_OBJ = {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "agent", "csubj"}
ACTOR_PREPS = {"by", "with", "against", "between", "on", "toward", "towards", "among", "to", "for"}
MOTION_VERBS = {"deport", "take", "travel", "flee", "return", "move", "go", "come", "fly",
                "head", "relocate", "migrate", "escape", "transfer", "repatriate",
                "sail", "drive", "walk", "arrive", "expel", "evacuate", "emigrate", "immigrate"}
# "The rest come from the Democratic Republic of Congo": where people come from (not "took
# ownership of the archipelago from France", where France acts)
ORIGIN_VERBS = {"come", "flee", "migrate", "emigrate", "immigrate", "escape", "move", "travel",
                "return", "arrive", "fly", "go", "relocate"}
VERB_PREPS = {"from"}  # "withdraw its troops from Lebanon", not "migrants from Venezuela"
METONYM_PREPS = {"by", "with", "against", "between"}
REGIONS = {"European", "African", "Asian", "Western", "Eastern", "Latin", "Arab", "Nordic",
           "Scandinavian", "Balkan", "Gulf", "Pacific", "Caribbean", "Central", "Southeast",
           "Middle", "Baltic", "Sahel", "Sahelian"}
FIRST_THINGS = {"cyclone", "cyclones", "hurricane", "typhoon", "storm", "tropical", "operation"}
THING_WORDS = {"forest", "shoal", "island", "islands", "mountains", "mountain", "river", "lake",
               "sea", "valley", "camp", "express", "law", "act", "index", "report", "treaty",
               "agreement", "accord", "convention", "prize", "award", "festival", "summit",
               "games", "cup", "airport", "station", "hotel", "bridge", "dam", "stadium",
               "square", "street", "road", "highway", "strait", "channel", "gulf", "bay",
               "coast", "desert", "plateau", "archipelago", "peninsula", "canal", "pipeline",
               "plan", "initiative", "program", "programme", "project", "strategy", "bill"}
COMPANY_WORDS = {"Company", "Corporation", "Corp.", "Inc.", "Ltd.", "Ltd", "Co.", "LLC",
                 "Group", "Holdings", "Bank"}
# vehicles and weapons: what actors use, not actors (the agent lists code "fighter", "cargo")
EQUIPMENT = {"ship", "vessel", "jet", "aircraft", "plane", "warplane", "airplane", "drone",
             "missile", "rocket", "tank", "helicopter", "truck", "vehicle", "car", "boat",
             "submarine", "tanker", "freighter", "bulldozer", "warship", "gunboat"}
TRADE_VERBS = {"acquire", "buy", "purchase", "sell", "deliver", "supply", "build", "use",
               "import", "export", "produce", "manufacture", "order", "own", "transfer",
               "ship", "operate", "seize", "test"}
# the kind of body a person is "of/at" → its sector (think tanks SOC, universities EDU)
AFFILIATIONS = (("think tank", "SOC"), ("think-tank", "SOC"), ("university", "EDU"),
                ("college", "EDU"))
MOBILE_GROUPS = {"refugee", "migrant", "immigrant", "emigrant", "detainee", "prisoner",
                 "terrorist", "asylum-seeker", "tourist", "foreigner", "expatriate", "expat",
                 "deportee", "evacuee", "alien", "captive", "hostage", "delegation", "journalist",
                 "reporter", "correspondent", "visitor", "diplomat", "envoy", "observer"}
# what a state does in words or deeds, as a noun ("an Australian ultimatum"): its nationality
# adjective names the state that acts
ACT_NOUNS = {"ultimatum", "demand", "proposal", "offer", "request", "warning", "threat",
             "accusation", "protest", "appeal", "invitation", "ban", "veto", "pledge"}
# generic nouns after an organization's name: "the Hizbollah (Party of God) group"
NAMED_BODIES = {"group", "movement", "militia", "organization", "organisation", "faction"}
BARE_ACTORS = {"police", "military", "government", "media", "security", "intelligence",
               "management", "leadership", "staff", "army", "navy"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
NOT_ORGS = {"world", "earth", "internet", "web", "council", "state", "government", "covid-19",
            "covid", "village", "city", "town", "brexit", "schengen", "coronavirus",
            "education", "health", "caucasus", "mideast", "middle east", "sahel", "balkans"}  # tagger noise
PLACE_PREPS = {"in", "at", "near", "into", "across", "throughout", "inside", "outside", "around",
               "outside", "within"}
# (not military bases: the VOA gold codes "an attack on a joint Kenya-U.S. military base" as
# one on the military there; not stations: "a local radio station" reports)
INSTALLATIONS = {"facility", "plant", "factory", "mine", "airport", "neighborhood", "neighbourhood"}
PLACE_NOUNS = {"town", "city", "village", "district", "province", "region", "state", "island",
               "capital", "port", "area", "county", "camp", "base", "water", "waters",
               "territory", "border", "coast", "soil", "airspace", "archipelago", "sea",
               "mainland", "countryside", "neighborhood", "street", "streets", "slum", "farm",
               "plant", "mine", "factory", "facility", "park", "reserve", "field", "oilfield"}
# social media platforms: "on Twitter", "12.89 million followers on Douyin" are channels
PLATFORMS = {"twitter", "x", "facebook", "instagram", "youtube", "tiktok", "douyin", "wechat",
             "weibo", "telegram", "whatsapp", "truth social", "kuaishou", "bilibili", "linkedin",
             "reddit", "threads", "bluesky", "snapchat", "signal"}
# religion words that are also given names: "German Finance Minister Christian Lindner"
RELIGION_NAMES = {"christian", "muslim", "catholic", "jewish", "hindu", "buddhist"}
PLACE_PREFIXES = {"New", "South", "North", "East", "West", "Northern", "Southern", "Eastern",
                  "Western", "Central", "Upper", "Lower", "Greater"}
OF_TITLE_WORDS = {"opposition", "state", "defense", "defence", "affairs", "interior", "justice", "staff",
                  "deputies", "representatives", "commons", "lords", "commerce", "finance",
                  "security", "homeland", "health", "treasury", "war", "ministers"}


@dataclass
class Mention:
    start: int
    end: int
    sent: int
    head: int                      # token index of the head
    kind: str                      # person | organization | state | group | pronoun
    text: str
    name: str | None = None        # the proper name inside the phrase, as written
    name_span: tuple[int, int] | None = None
    title: str | None = None
    country: str | None = None
    sector: str | None = None
    entry: Entry | None = None
    gender: str | None = None
    head_word: str = ""            # singular lower-case head noun, or the pronoun
    plural: bool = False
    bare: bool = False             # "the minister": determiner + agent noun, nothing else
    former: bool = False
    dep: str = ""
    by_entry: bool = False         # country/sector/title came from the dictionary, not the text
    regional: bool = False         # a modifier names a region or people with no state ("Central European")
    modifiers: list[str] = field(default_factory=list)  # country codes seen in modifiers
    stateless: bool = False        # a people without a state of its own ("the Kurds")
    # an installation named by an agent phrase ("the U.S. military base"): its country counts
    # towards the story's, but it is no actor
    place: bool = False
    mobile: bool = False           # people on the move or held abroad: no story country


def _entity_index(article: Article) -> dict[int, tuple[int, int, str]]:
    """token index → (first token, last token + 1, label) of the entity covering it."""
    doc = article.doc
    out: dict[int, tuple[int, int, str]] = {}
    for e in article.entities:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            continue
        label = e.label
        if label in {"PERSON", "ORG"}:
            # the small model tags sentence-initial countries as people ("Sri Lanka has …")
            text = e.text[:-2] if e.text.endswith(("'s", "’s")) else e.text
            code = country_code(text) or capital_metonym(text)
            if code and not code.startswith("IGO") and text.lower() not in {"white house",
                                                                           "the white house"}:
                label = "GPE"
        for i in range(span.start, span.end):
            out[i] = (span.start, span.end, label)
    return out


def _root(doc: "object", first: int, last: int) -> int:
    """The token of ``doc[first:last]`` whose head lies outside the span (the last if several)."""
    root = last - 1
    for i in range(first, last):
        head = doc[i].head.i  # type: ignore[index]
        if head < first or head >= last or head == i:
            root = i
    return root


def actor_like(tok: "Token", metonym: bool = False) -> bool:
    """A GPE that acts or is acted on: subject/object, or object of by/with/against …"""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ in SUBJ_OBJ:
        return not (metonym and t.dep_ == "dobj" and t.head.pos_ == "ADP")
    if t.dep_ == "pobj":
        prep = t.head
        if metonym:
            return prep.lower_ in METONYM_PREPS
        if prep.lower_ == "to" and prep.head.pos_ == "VERB" and lemma(prep.head) in MOTION_VERBS:
            return False  # "deported to Honduras", "taken to Venezuela": a destination
        if prep.lower_ == "with" and prep.head.lower_ in {"border", "borders", "frontier"}:
            return False  # "a town near Somalia's border with Ethiopia": geography
        if prep.lower_ == "with" and prep.head.lower_ in {"share", "shares", "shared"}:
            return False  # "the C.A.R. shares borders with Cameroon"
        if prep.lower_ in VERB_PREPS and lemma(prep.head) in ORIGIN_VERBS:
            return False  # "The rest come from the Democratic Republic of Congo": an origin
        return prep.lower_ in ACTOR_PREPS or (prep.lower_ in VERB_PREPS and prep.head.pos_ == "VERB")
    return False


class MentionFinder:
    """Finds and codes the mentions of one parsed article."""

    def __init__(self, article: Article, dictionary: Dictionary, day: dt.date | None) -> None:
        self.article = article
        self.doc = article.doc
        self.dictionary = dictionary
        self.day = day
        self.ents = _entity_index(article)
        self.context: list[set[str]] = []
        self.places: list[set[str]] = []  # countries a sentence names only as places
        self.extra: list[Mention] = []
        self.regional = False
        self.place_codes: set[str] = set()
        self.words = [t.text for t in self.doc]
        self.starts = [t.idx for t in self.doc]
        self.ends = [t.idx + len(t.text) for t in self.doc]
        # words of multi-word person names: a later "Jackson" is a person, not the city
        self.name_words = {w.lower() for e in article.entities if e.label == "PERSON"
                           and " " in e.text for w in e.text.split()}
        # surnames the text gives with a first name ("Bill Clinton"; not "President Bush")
        self.full_surnames = {e.text.split()[-1].lower() for e in article.entities
                              if e.label == "PERSON" and " " in e.text
                              and lexicon.agent_sector([e.text.split()[-2]]) is None}

    # -- helpers ---------------------------------------------------------------------------
    def lookup(self, name: str) -> Entry | None:
        entry = self.dictionary.lookup(name, self.day)
        if entry is None and name.lower().startswith("the "):
            entry = self.dictionary.lookup(name[4:], self.day)
        return entry

    def by_surname(self, surname: str) -> Entry | None:
        """A bare surname ("President Bush") as the one dictionary person of that surname in
        office on the story's date — unless the text names someone else of that surname in
        full ("Richard Bennett")."""
        if surname.lower() in self.full_surnames:
            return None
        return self.dictionary.by_surname(surname, self.day)

    def role(self, entry: Entry | None) -> Role | None:
        return entry.role_on(self.day) if entry else None

    def text(self, first: int, last: int) -> str:
        doc = self.doc
        return self.article.text[doc[first].idx: doc[last - 1].idx + len(doc[last - 1].text)]

    def phrase(self, h: "Token") -> tuple[int, int]:
        """Token range of the phrase headed by ``h``: left modifiers, "of X", the entity;
        never beyond its sentence ("on X. The Taliban" is two sentences)."""
        first, last = self._phrase(h)
        return max(first, h.sent.start), min(last, h.sent.end)

    def _phrase(self, h: "Token") -> tuple[int, int]:
        first, last = h.i, h.i + 1
        for child in h.lefts:
            if child.dep_ in LEFT_MODS:
                first = min(first, child.left_edge.i)
        # never across a comma or bracket inside the left modifiers
        for i in range(h.i - 1, first - 1, -1):
            if self.doc[i].text in {",", "(", ")", ";", "—", "–", ":", '"', "“", "”"}:
                first = i + 1
                break
        if h.i in self.ents:
            s, e, _ = self.ents[h.i]
            for k in range(h.i + 1, e):  # "the Ministry of Information and Culture, Zia-ul Haq"
                if self.doc[k].text in {",", ";", "(", "—", "–"}:
                    e = k
                    break
            first, last = min(first, s), max(last, e)
        for child in h.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                label = self.ents.get(pobj.i, (0, 0, ""))[2]
                if label in {"GPE", "ORG", "NORP"} or pobj.lower_ in OF_TITLE_WORDS:
                    edge = pobj.right_edge.i + 1
                    for k in range(pobj.i, edge):  # "the Ministry of X, Zia-ul Haq Haqmal"
                        if self.doc[k].text in {",", "(", ";", "—", "–"}:
                            edge = k
                            break
                    last = max(last, edge)
                    if pobj.i in self.ents:
                        last = max(last, self.ents[pobj.i][1])
        while first < h.i and self.doc[first].pos_ in {"PUNCT", "CCONJ"}:
            first += 1
        return first, last

    def title_in(self, first: int, last: int, skip: set[int],
                 end_at: int | None = None) -> tuple[str | None, str | None, int | None]:
        """The longest agent phrase among tokens ``first..last`` outside ``skip`` (ending at
        token ``end_at`` if given): (title text, sector, index of its first token)."""
        best: tuple[int, int, str] | None = None
        n = lexicon.longest_agent()
        for i in range(first, last):
            if i in skip:
                continue
            ends = [end_at + 1] if end_at is not None else range(min(last, i + n), i, -1)
            for j in ends:
                if j <= i or j - i > n or any(k in skip for k in range(i, j)):
                    continue
                sector = lexicon.agent_sector([t.text for t in self.doc[i:j]])
                # the longest phrase; among equals the one nearest the head ("Deputy President
                # nominee Kithuri Kindiki": "nominee"/"President", not "Deputy")
                if sector and (best is None or j - i >= best[1] - best[0]):
                    best = (i, j, sector)
                    break
        if best is None:
            return None, None, None
        i, j, sector = best
        return self.text(i, j), sector, i

    def modifier_codes(self, first: int, last: int, skip: set[int]) -> list[str]:
        """Country codes named by the modifiers of a phrase (entities, demonyms, possessors)."""
        codes: list[str] = []
        seen: set[int] = set()
        self.regional = False
        for i in range(first, last):
            if i in skip or i in seen:
                continue
            tok = self.doc[i]
            if i in self.ents:
                s, e, label = self.ents[i]
                seen.update(range(s, e))
                if any(k in skip for k in range(s, e)):
                    continue
                name = self.text(s, e)
                if name.endswith(("'s", "’s")):
                    name = name[:-2]
                if e + 1 < len(self.doc) and self.doc[e].text == "-" and \
                        self.doc[e + 1].lower_ in {"based", "born", "bound", "headquartered"}:
                    continue
                code = None
                if label == "GPE":
                    code = country_code(name) or capital_metonym(name) or demonym_code(name)
                elif label == "NORP":
                    code = demonym_code(name) or country_code(name)
                    self.regional = self.regional or (code is None and bool(REGIONS & set(
                        name.replace("-", " ").split())))
                elif label in ("ORG", "PERSON"):
                    role = self.role(self.lookup(name)) or self.leader_role(name, e)
                    # "China’s Foreign Ministry website": the country inside the body's name
                    code = role.country if role else (
                        country_code(name) or (self.inner_code(s, e, -1) if label == "ORG"
                                               else None))
                else:  # "Ivory Coast’s" tagged LOC or FAC
                    code = country_code(name)
                root = self.doc[_root(self.doc, s, e)]
                if code and label in {"GPE", "LOC", "FAC"} and root.dep_ == "pobj" and \
                        root.head.lower_ in PLACE_PREPS:
                    self.place_codes.add(code)  # "the U.N. … Mission in the C.A.R."
                if code:
                    codes.append(code)
                continue
            if i + 2 < len(self.doc) and self.doc[i + 1].text == "-" and \
                    self.doc[i + 2].lower_ in {"based", "born", "bound", "headquartered"}:
                continue  # "the Paris-based International Energy Agency" is not French
            if tok.pos_ in {"ADJ", "PROPN", "NOUN"} and tok.text[:1].isupper():
                for j in (i + 3, i + 2, i + 1):  # "Ivory Coast’s" missed by the tagger
                    if j > last or any(k in skip or k in self.ents for k in range(i, j)):
                        continue
                    words = self.text(i, j)
                    words = words[:-2] if words.endswith(("'s", "’s")) else words
                    code = demonym_code(words) or country_code(words)
                    if code:
                        codes.append(code)
                        seen.update(range(i, j))
                        break
        return codes

    def leader_role(self, name: str, after: int) -> Role | None:
        """The role of the one head of government in the hand dictionary a bare name before
        "regime/government/administration" stands for: "the Kim regime" (Kim Jong Un) PRK."""
        if " " in name or after >= len(self.doc) or \
                self.doc[after].lower_ not in {"regime", "government", "administration"}:
            return None
        roles = []
        for entry in self.dictionary.entries:
            words = entry.name.split()
            if entry.level <= 1 and entry.kind == "person" and name in (words[0], words[-1]):
                role = self.role(entry)
                if role is not None and role.sector == "GOV" and role.country:
                    roles.append(role)
        return roles[0] if len({r.country for r in roles}) == 1 else None

    def modifier_sectors(self, first: int, last: int, skip: set[int]) -> list[str]:
        """Sectors of the bodies modifying a phrase: known organizations ("al-Shabab") and
        possessive agent nouns ("the court's")."""
        out: list[str] = []
        seen: set[int] = set()
        for i in range(first, last):
            if i in skip or i in seen:
                continue
            if i in self.ents:
                s_, e_, label = self.ents[i]
                seen.update(range(s_, e_))
                if label in {"ORG", "PERSON"} and not any(k in skip for k in range(s_, e_)):
                    name = self.text(s_, e_)
                    role = self.role(self.lookup(name[:-2] if name.endswith(("'s", "’s")) else name))
                    if role is not None and role.sector:
                        out.append(role.sector)
                continue
            tok = self.doc[i]
            if tok.dep_ == "poss" and tok.pos_ == "NOUN" and \
                    lexicon.singular(tok.text) in lexicon.ORG_NOUNS:
                sector = lexicon.agent_sector([tok.text])
                if sector:
                    out.append(sector)
        return out

    def coordinated(self, first: int, h: "Token") -> list[tuple[int, int, str]]:
        """Coordinated country modifiers of ``h``: [(first token, end token, code)], or []."""
        mods = [c for c in h.lefts if c.i >= first and c.dep_ in {"amod", "compound", "nmod"}]
        for mod in mods:
            conjs = [c for c in mod.children if c.dep_ == "conj" and c.i < h.i]
            if not conjs:
                continue
            out = []
            for tok in [mod, *conjs]:
                s_, e_ = (self.ents[tok.i][0], self.ents[tok.i][1]) if tok.i in self.ents \
                    else (tok.i, tok.i + 1)
                if self.doc[s_].lower_ == "the":
                    s_ += 1
                codes = self.modifier_codes(s_, e_, set())
                if len(set(codes)) != 1:
                    return []
                out.append((s_, e_, codes[0]))
            return out
        return []

    def name_possessor(self, first: int, last: int) -> Role | None:
        """The dictionary role of a possessor inside an organization's name ("VOA’s Mandarin
        Service")."""
        for k in range(first + 1, last - 1):
            if self.doc[k].text in {"'s", "’s"}:
                return self.role(self.lookup(self.text(first, k)))
        return None

    def inside_name(self, first: int, i: int) -> bool:
        """Does a compass word or "New" of the same name precede token ``i``?  Then a country
        name at ``i`` is part of a longer place name: "the University of New South Wales" is in
        Australia, the "South China Morning Post" in Hong Kong."""
        return i > first and self.doc[i - 1].text in PLACE_PREFIXES

    def inner_code(self, first: int, last: int, head: int) -> str | None:
        """The one country named inside an organization's name ("The Kenya Interior Ministry")."""
        codes = set()
        for i in range(first, last):
            if i == head or not self.doc[i].text[:1].isupper() or self.inside_name(first, i):
                continue
            for j in (i + 2, i + 1):
                if j > last:
                    continue
                words = self.text(i, j)
                # "China’s Foreign Ministry website": the possessor inside the name
                bare = words.removesuffix("'s").removesuffix("’s")
                code = country_code(bare) or demonym_code(words)
                if code:
                    codes.add(code)
                    break
        return codes.pop() if len(codes) == 1 else None

    # -- mentions --------------------------------------------------------------------------
    def add_dictionary_names(self, sent: "object") -> None:
        """Multi-word names of the hand or user dictionary that the tagger missed
        ("Media watchdog Reporters Without Borders") become entities."""
        words, text = self.words, self.article.text
        start, end = sent.start, sent.end  # type: ignore[attr-defined]
        upper = [w[:1].isupper() or w.lower().startswith(("al-", "el-", "ad-", "as-", "an-"))
                 for w in words[start:end]]  # "al-Shabab"
        i = start
        while i < end:
            hit = None
            if upper[i - start] and i not in self.ents:
                for n in range(min(6, end - i), 1, -1):
                    j = i + n
                    if not upper[j - 1 - start] or any(k in self.ents for k in range(i, j)):
                        continue
                    found = self.dictionary.index.get(
                        normalize(text[self.starts[i]:self.ends[j - 1]]), [])
                    entries = [e for e in found if e.level <= 1]
                    if len(entries) == 1:
                        hit = (j, "PERSON" if entries[0].kind == "person" else "ORG")
                        break
                if hit is None and self.doc[i].tag_ == "NNP":
                    # a one-word organization of the hand dictionary ("The pro-Iranian
                    # Hizbollah (Party of God) group"): persons' surnames are too ambiguous
                    found = self.dictionary.index.get(normalize(words[i]), [])
                    entries = [e for e in found if e.level <= 1]
                    if len(entries) == 1 and entries[0].kind != "person":
                        hit = (i + 1, "ORG")
            if hit is not None:
                j, label = hit
                for k in range(i, j):
                    self.ents[k] = (i, j, label)
                i = j
            else:
                i += 1

    def find(self) -> list[Mention]:
        from dateline.nlp import spacy_sentences

        out: list[Mention] = []
        self.context = []
        self.places = []
        for si, sent in enumerate(spacy_sentences(self.article)):
            self.context.append(self.sentence_codes(sent) if sent is not None else set())
            if sent is None:
                continue
            self.add_dictionary_names(sent)
            for tok in sent:
                m = self.mention_at(tok, si)
                if m is not None:
                    out.append(m)
                out.extend(self.extra)
                self.extra = []
        # A name inside another mention's phrase is part of it ("State" in "Secretary of State"),
        # except a possessor person or organization ("Bukele's government").
        return [m for m in out if m.dep == "poss" or not any(
            o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in out)]

    def sentence_codes(self, sent: "object") -> set[str]:
        """Countries a sentence names as a nationality or a polity (IGOs not): its context.

        A country named only as a place ("a U.S. naval base in Cuba", "sent soldiers into
        Somalia", "when you go to Zimbabwe") is where something happens, not whose it is: it
        gives nobody in the sentence its nationality."""
        codes: set[str] = set()
        places: set[str] = set()
        for e in self.article.entities:
            if e.label in {"GPE", "NORP"} and sent.start_char <= e.start < sent.end_char:  # type: ignore[attr-defined]
                name = e.text[:-2] if e.text.endswith(("'s", "’s")) else e.text
                code = (country_code(name) or capital_metonym(name)) if e.label == "GPE" \
                    else demonym_code(name)
                if not code or code.startswith("IGO"):
                    continue
                if e.label == "GPE" and self.names_location(e.start, e.end):
                    places.add(code)
                else:
                    codes.add(code)
        self.places.append(places - codes)
        return codes

    def names_location(self, start: int, end: int) -> bool:
        """Is the GPE entity at ``start..end`` the object of a locative or motion preposition?"""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        t = span.root
        while t.dep_ in {"compound", "poss", "nmod", "amod"} and t.head.pos_ in {"NOUN", "PROPN"}:
            # "in Qatar's capital", "near the Cameroon border", "a U.S. naval base in Cuba"
            if lexicon.singular(t.head.text) in PLACE_NOUNS:
                return True
            t = t.head
        if self.is_place(t):
            return True
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.pos_ == "VERB" and \
            lemma(t.head.head) in MOTION_VERBS

    def mention_at(self, h: "Token", si: int) -> Mention | None:
        if h.pos_ == "PRON":
            low = h.lower_
            if low in lexicon.PERSON_PRONOUNS or low in lexicon.GROUP_PRONOUNS:
                return Mention(h.idx, h.idx + len(h.text), si, h.i, "pronoun", h.text,
                               gender=lexicon.PERSON_PRONOUNS.get(low), head_word=low,
                               plural=low in lexicon.GROUP_PRONOUNS, dep=h.dep_)
            return None
        ent = self.ents.get(h.i)
        if ent is not None:
            s, e, label = ent
            if label not in ACTOR_LABELS or _root(self.doc, s, e) != h.i:
                return None
            after = e + 1 if e + 1 < len(self.doc) and self.doc[e].text in {",", "."} else e
            if s > 0 and self.doc[s - 1].text in QUOTES and after < len(self.doc) and \
                    self.doc[after].text in QUOTES:
                return None  # a quoted title of a work ("Siyasi Jaj"), not an actor
            if label in {"ORG", "PERSON"} and self.text(s, e).lower().removeprefix("the ") in NOT_ORGS:
                return None
            if label in {"ORG", "PERSON"} and self.text(s, e).lower() in PLATFORMS and \
                    h.dep_ == "pobj" and h.head.lower_ in {"on", "via", "through", "across"}:
                return None  # "joked in response on Twitter": a channel, not an actor
            if label in {"ORG", "PERSON"} and (self.doc[e - 1].lower_ in THING_WORDS
                                               or self.doc[s].lower_ in FIRST_THINGS):
                return None  # "the Boni Forest", "the Jaffar Express", "the Maritime Traffic Safety Law"
            if label in {"PERSON", "ORG"} and self.lookup(self.text(s, e)) is None and (
                    self.is_place(h) or self.names_place(h) or self.is_city(s, e)):
                return None  # "in Copenhagen", "at JFK", "the town of Beledweyne": places
        elif h.pos_ not in {"NOUN", "PROPN"}:
            return None
        modifier = h.dep_ in MODIFIER_DEPS | {"poss"} and h.head.i != h.i and \
            h.head.pos_ in {"NOUN", "PROPN"}
        if modifier and ent is not None and ent[2] == "GPE" and not self.is_actor_head(h.head) \
                and not self.is_place_noun(h.head):
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
                h.head.tag_ == "NNS" and lexicon.singular(h.head.lower_) in PLACE_NOUNS and \
                h.head.dep_ in {"dobj", "nsubjpass"} and h.head.head.pos_ == "VERB":
            # "Iran threatened to shell Iraqi towns": the state whose towns are struck or taken
            # is acted on (not "in Iraqi towns", where something happens)
            return self.named(h, si, ent[0], ent[1], state=True)
        if modifier and ent is not None and ent[2] == "ORG" and \
                lexicon.singular(h.head.lower_) in NAMED_BODIES and _root(self.doc, ent[0], ent[1]) == h.i:
            # "the Hizbollah group", "the Amal militia": the name is the actor
            return self.named(h, si, ent[0], ent[1])
        if h.dep_ == "poss":
            if ent is None or ent[2] not in {"PERSON", "ORG"}:
                return None
            first = ent[0]
            if ent[2] == "PERSON":
                # with its titles: "rejected Iraqi President Saddam Hussein's proposal"
                first = min(first, self.phrase(h)[0])
            return self.named(h, si, first, ent[1])
        if modifier:
            return None
        first, last = self.phrase(h)
        return self.classify(h, si, first, last)

    def is_place(self, h: "Token") -> bool:
        """Is ``h`` the object of a locative preposition ("in", "at", "the town of")?"""
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ != "pobj":
            return False
        prep = t.head
        if prep.lower_ in PLACE_PREPS:
            return True
        return prep.lower_ == "of" and lexicon.singular(prep.head.text) in PLACE_NOUNS

    def apposed_org(self, h: "Token") -> Role | None:
        """The role of a known organization in an apposition to ``h`` ("X, director at Y")."""
        for appos in (c for c in h.children if c.dep_ == "appos"):
            for tok in appos.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "of", "with", "for", "from"}:
                    ent = self.ents.get(tok.i)
                    if ent is None or ent[2] != "ORG":
                        continue
                    name = self.text(ent[0], ent[1])
                    role = self.role(self.lookup(name))
                    if role is not None and role.sector:
                        return role
        return None

    def affiliation_sector(self, end: int) -> str | None:
        """The sector of the kind of body a name is "of/at" by its words, read on the surface
        (the parser often breaks these): "Andrew Lebovich of the Dutch international affairs
        think tank Clingendael" SOC."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in {"of", "at", "with", "from"}:
            return None
        words: list[str] = []
        for t in doc[end + 1:end + 10]:
            if t.is_punct or t.pos_ in {"VERB", "AUX"} and t.lower_ != "think":
                break
            words.append(t.lower_)
        text = " ".join(words)
        for key, sector in AFFILIATIONS:
            if key in text:
                return sector
        return None

    def office_role(self, s_: int, e_: int) -> Role | None:
        """The role of the organization named by tokens s_..e_, or of the body whose country
        office it names ("UNHCR Kenya" is UNHCR's)."""
        role = self.role(self.lookup(self.text(s_, e_)))
        if e_ - s_ > 1 and (role is None or role.sector is None) and \
                country_code(self.doc[e_ - 1].text):
            role = self.role(self.lookup(self.text(s_, e_ - 1))) or role
        return role

    def apposed_country(self, h: "Token") -> str | None:
        """The one country placing a named person: "Maria Ressa from the Philippines",
        "Jimmy Lai in Hong Kong", "Carl Thayer, a professor from the University of New South
        Wales in Australia"."""
        codes: set[str] = set()
        for child in h.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in {"in", "from"}):
                for tok in child.subtree:
                    ent = self.ents.get(tok.i)
                    if ent is not None and ent[2] == "GPE" and tok.i == ent[0]:
                        name = self.text(ent[0], ent[1]).removesuffix("'s").removesuffix("’s")
                        code = country_code(name) or capital_metonym(name)
                        if code:
                            codes.add(code)
                    elif ent is not None and ent[2] == "ORG" and tok.i == ent[0] and \
                            child.dep_ == "appos":
                        # "Ja Ian Chong, associate professor … at the National University of
                        # Singapore": a country NAME inside the employer's name (not a demonym:
                        # the "Chinese Council of Advanced Policy Studies" is in Taiwan)
                        role = self.office_role(ent[0], ent[1])
                        if role is not None and (role.country or "").startswith("IGO"):
                            codes.add(role.country)  # "a spokesperson for UNHCR Kenya"
                        else:
                            codes |= self.country_names_in(ent[0], ent[1])
        return codes.pop() if len(codes) == 1 else None

    def country_names_in(self, first: int, last: int) -> set[str]:
        codes: set[str] = set()
        for i in range(first, last):
            if not self.doc[i].text[:1].isupper() or self.inside_name(first, i):
                continue
            for j in (i + 2, i + 1):
                if j <= last:
                    code = country_code(self.text(i, j).removesuffix("'s").removesuffix("’s"))
                    if code and not code.startswith("IGO"):
                        codes.add(code)
                        break
        return codes

    def shared_demonym(self, h: "Token") -> str | None:
        """A bare plural conjunct shares the people its first conjunct names: "Chinese
        merchants, diplomats and students" are all Chinese."""
        if h.dep_ != "conj" or h.tag_ not in {"NNS", "NNPS"} or any(
                c.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} for c in h.lefts):
            return None
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.tag_ not in {"NNS", "NNPS"} or lexicon.agent_sector([t.text]) is None:
            return None
        codes = {demonym_code(self.text(self.ents[c.i][0], self.ents[c.i][1]))
                 for c in t.lefts if c.dep_ in {"amod", "compound"}
                 and self.ents.get(c.i, (0, 0, ""))[2] == "NORP"}
        return codes.pop() if len(codes) == 1 else None

    def predicate_description(self, h: "Token") -> tuple[str | None, str | None, str | None]:
        """(country, sector, title) of the indefinite agent noun a copula predicates of the
        subject ``h``: "Yang is a Chinese businessman in Austria" → CHN, BUS."""
        if h.dep_ != "nsubj" or h.head.lower_ not in {"is", "was", "are", "were", "remains"}:
            return None, None, None
        for attr in (c for c in h.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in attr.children) or \
                    not lexicon.is_person_noun(lexicon.singular(attr.text)):
                continue  # not "HTS is an Islamist group"
            first = attr.left_edge.i
            title, sector, _ = self.title_in(first, attr.i + 1, set(), end_at=attr.i)
            if sector is None:
                continue
            regional = self.regional
            codes = set(self.modifier_codes(first, attr.i, set()))
            self.regional = regional
            return (codes.pop() if len(codes) == 1 else None), sector, title
        return None, None, None

    def leads(self, h: "Token") -> tuple[str | None, str | None]:
        """(country, sector) of the group an untitled person leads: "Eight Republican U.S.
        senators led by Jim Risch and Pete Ricketts" → USA, LEG."""
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ != "by" or lemma(t.head.head) != "lead" or \
                t.head.head.dep_ != "acl":
            return None, None
        group = t.head.head.head
        if group.tag_ not in {"NNS", "NNPS"} or not lexicon.is_person_noun(
                lexicon.singular(group.text)):
            return None, None
        first = group.left_edge.i
        _, sector, title_first = self.title_in(first, group.i + 1, set(), end_at=group.i)
        regional = self.regional
        codes = set(self.modifier_codes(first, group.i, set(range(title_first, group.i + 1))
                                        if title_first is not None else set()))
        self.regional = regional
        return (codes.pop() if len(codes) == 1 else None), sector

    def in_many_states(self, h: "Token") -> bool:
        """"Officials in the two countries", "security officials in two Western countries":
        a group placed in several states has no one country."""
        return any(c.dep_ == "prep" and c.lower_ in {"in", "from", "across"} and any(
            p.dep_ == "pobj" and p.lower_ in {"countries", "nations", "states"}
            for p in c.children) for c in h.children)

    def of_person_code(self, h: "Token") -> str | None:
        """The one country of the person a body belongs to by "of": "The government of
        Malaysian Prime Minister Mahathir Mohamad" is Malaysia's."""
        if lexicon.singular(h.text) not in lexicon.ORG_NOUNS:
            return None
        for prep in (c for c in h.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = self.ents.get(pobj.i)
                if ent is None or ent[2] != "PERSON":
                    continue
                regional = self.regional
                codes = set(self.modifier_codes(pobj.left_edge.i, ent[1], set()))
                self.regional = regional
                if len(codes) == 1:
                    return codes.pop()
        return None

    def its_code(self, h: "Token") -> str | None:
        """The country of the state or body "its" refers to: the nearest country or known
        organization before it in the sentence ("He longs for Somalia but considers that
        unrealistic, given its fragile government" SOM; "praising ECOWAS … for activating its
        regional standby force" IGO)."""
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in h.children):
            return None
        i = h.i - 1
        while i >= h.sent.start:
            ent = self.ents.get(i)
            if ent is None or ent[2] not in {"GPE", "ORG"}:
                i -= 1
                continue
            root = self.doc[_root(self.doc, ent[0], ent[1])]
            if root.dep_ == "pobj" and root.head.head.pos_ in {"NOUN", "PROPN"}:
                # "As the White House talks about … economic cooperation with Russia, some of
                # its officials": a country inside another noun's phrase is not what "its" is
                i = ent[0] - 1
                continue
            name = self.text(ent[0], ent[1]).removeprefix("the ").removesuffix("'s")
            name = name.removesuffix("’s")
            role = self.role(self.lookup(name)) if ent[2] == "ORG" else None
            code = country_code(name) or (capital_metonym(name) if ent[2] == "GPE" else None) \
                or (role.country if role else None)
            if code:
                return code
            i = ent[0] - 1
        return None

    def placed_in(self, h: "Token") -> str | None:
        """The one country of an "in/throughout/across X" attached to ``h`` itself."""
        codes: set[str] = set()
        for child in h.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "throughout", "across"}:
                for tok in child.children:
                    if tok.dep_ != "pobj":
                        continue
                    ent = self.ents.get(tok.i)
                    if ent is not None and ent[2] == "GPE":
                        name = self.text(ent[0], ent[1]).removeprefix("the ")
                        code = country_code(name)
                        if code and not code.startswith("IGO"):
                            codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def employer_sector(self, h: "Token") -> tuple[bool, str | None, str | None]:
        """(found, sector, IGO code) of the organization a generic title belongs to by
        "of/at/for" ("Harsh Pant, the vice president of studies at the Observer Research
        Foundation" SOC, not GOV; "Daniel Cheng, president of Wan Guo Jin Liang Company" BUS):
        the dictionary's sector, else the one its own head noun names; the IGO code when the
        body is an international one ("Glenn Jusnes, a spokesperson for UNHCR Kenya" IGOUNO)."""
        todo = [c for c in h.rights if c.dep_ == "prep" and
                c.lower_ in {"of", "at", "with", "for"}]
        for depth in range(2):  # "of studies at X"
            nxt = []
            for prep in todo:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    ent = self.ents.get(pobj.i)
                    if ent is not None and self.doc[ent[1] - 1].text in COMPANY_WORDS:
                        return True, "BUS", None  # the tagger may call "… Company" a PERSON
                    if ent is not None and ent[2] == "ORG":
                        s_, e_ = ent[0], ent[1]
                        role = self.office_role(s_, e_)
                        if role is not None:  # a known body without a sector: keep the title's
                            igo = role.country if (role.country or "").startswith("IGO") else None
                            return role.sector is not None, role.sector, igo
                        end = _root(self.doc, s_, e_)
                        return True, self.title_in(s_, end + 1, set(), end_at=end)[1], None
                    if ent is None and pobj.pos_ == "NOUN" and \
                            lexicon.singular(pobj.text) in {"team", "group", "firm", "company"}:
                        # "the leader of his legal team": the body's own words give the sector
                        first = min(c.i for c in pobj.lefts) if any(True for _ in pobj.lefts) \
                            else pobj.i
                        return True, self.title_in(first, pobj.i + 1, set(), end_at=pobj.i)[1], None
                    nxt.extend(c for c in pobj.rights
                               if c.dep_ == "prep" and c.lower_ in {"at", "of"})
            todo = nxt
        return False, None, None

    def is_predicate(self, h: "Token") -> bool:
        """A noun that says what something is, not who acts: the complement of a copula
        ("HTS is an Islamist group", "This is a military base") or of a verb's "as"
        ("designated as a terrorist organization", "disguise themselves as cattle ranchers")."""
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ == "attr" and t.head.pos_ in {"AUX", "VERB"} and any(
                (c.dep_ == "det" and c.lower_ in {"a", "an"}) or (
                    c.dep_ == "poss" and self.ents.get(c.i, (0, 0, ""))[2] in {"GPE", "LOC"})
                for c in t.children):
            return True  # "it still remains Europe’s second biggest wind producer"
        if t.dep_ == "attr" and t.tag_ in {"NNS", "NNPS"} and \
                lemma(t.head) in {"remain", "become", "stay"} and \
                not any(c.dep_ == "attr" and c.i < t.i for c in t.head.children):
            return True  # "Britain and France, which remain parties to the JCPOA"
        return t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB"

    def negated(self, h: "Token") -> bool:
        """"baffled residents and non-residents alike": a "non-" group is defined by not being
        of the place, so it takes no story country."""
        return (h.i >= 2 and self.doc[h.i - 1].text == "-" and self.doc[h.i - 2].lower_ == "non") \
            or h.lower_.startswith("non-")

    def on_the_move(self, h: "Token") -> bool:
        """People a participle or relative clause puts on the move: "people fleeing civil wars
        and strife in Somalia and Sudan" (in Kenyan camps) are not Kenyan."""
        return any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and
                   lemma(c) in {"flee", "escape", "migrate", "emigrate"} and
                   any(self.ents.get(t.i, (0, 0, ""))[2] == "GPE" for t in c.subtree)
                   for c in h.children)

    def names_next(self, h: "Token") -> bool:
        """A descriptor right before the name it describes, parsed apart from it ("The charity
        Doctors Without Borders says", two subjects): the name is the actor."""
        nxt = self.ents.get(h.i + 1)
        return h.tag_ == "NN" and nxt is not None and nxt[0] == h.i + 1 and \
            nxt[2] in {"ORG", "PERSON"} and self.doc[h.i + 1].head.i != h.i and \
            any(c.dep_ == "det" for c in h.children)

    def is_thing(self, h: "Token") -> bool:
        """A common noun that names a destination or a stance, not an actor: "some are headed to Vietnam’s clinics and
        hospitals" (where they go), "citing the Taliban’s opposition" (an objection: the
        opposition OF a non-state body)."""
        head = lexicon.singular(h.text)
        if head in EQUIPMENT and self.traded(h):
            # "[fighter jets] cannot be acquired", "one of two Iranian cargo ships Tehran is
            # using": equipment bought, sold or used is no actor ("Chinese coast guard ships"
            # that block a resupply mission are, in the VOA gold)
            return True
        if head == "opposition" and any(c.dep_ == "poss" and self.ents.get(c.i, (0, 0, ""))[2] in {
                "ORG", "PERSON"} for c in h.children):
            return True
        t = h
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        # a destination that is an institution, not a person or a force ("escaped and came to
        # our [armed] forces" is to people)
        return t.dep_ == "pobj" and t.head.lower_ in {"to", "into"} and \
            t.head.head.pos_ == "VERB" and lemma(t.head.head) in MOTION_VERBS and \
            not lexicon.is_person_noun(head) and h.lower_ not in lexicon.COLLECTIVE and \
            head != "force"

    def equipment_owner(self, h: "Token", first: int) -> tuple[str | None, str | None, int | None]:
        """The agent noun compounded on a vehicle or weapon that acts ("Israeli army
        bulldozers demolished Palestinian homes"): the force acts through its machines.  Not
        equipment bought, sold or used ("[fighter jets] cannot be acquired")."""
        owner = h.i - 1
        if lexicon.singular(h.text) not in EQUIPMENT or owner < first or self.traded(h) or \
                self.doc[owner].dep_ != "compound" or self.doc[owner].head.i != h.i:
            return None, None, None
        return self.title_in(first, h.i, set(), end_at=owner)

    def traded(self, h: "Token") -> bool:
        """Equipment that is the object of a verb of acquiring or using, directly, passively
        or through a relative clause ("cargo ships Tehran is using")."""
        if h.dep_ in {"dobj", "nsubjpass"} and lemma(h.head) in TRADE_VERBS:
            return True
        return any(c.dep_ in {"relcl", "acl"} and lemma(c) in TRADE_VERBS and not any(
            k.dep_ == "nsubj" and k.lower_ in {"that", "which"} for k in c.children)
            for c in h.children)

    def is_channel(self, h: "Token") -> bool:
        """"U.S. Homeland Security Secretary Kristi Noem said on social media": media as the
        object of "on/via/through" is where something was said."""
        return h.lower_ == "media" and h.dep_ == "pobj" and h.head.lower_ in {
            "on", "via", "through", "across"}

    def is_role(self, h: "Token", first: int) -> bool:
        """A singular common noun with no determiner does not refer to an actor: "running for
        president", "said in court", "responded to with full force", "the use of armed
        force", "community-led projects" (but "police said" does)."""
        if h.tag_ != "NN" or h.lower_ in BARE_ACTORS or h.dep_ == "appos":
            return False
        if any(c.dep_ in {"det", "poss", "nummod", "predet", "appos"} for c in h.children):
            return False
        if any(c.lower_ in lexicon.FORMER or c.i in self.ents for c in h.lefts):
            return False  # "Former French ambassador to Ivory Coast, Jean-Marc Simon"
        return not (h.i == h.sent.start or h.text[:1].isupper())  # "Officials said", headlines

    def is_city(self, first: int, last: int) -> bool:
        """A city name the tagger took for a person or organization ("Quetta", "Bandar Abbas"),
        unless it is part of a longer person name in the article ("Jesse Jackson" … "Jackson")."""
        name = self.text(first, last).removeprefix("the ").lower()
        if name not in lexicon.city_names():
            return False
        return name not in self.name_words

    def is_place_noun(self, tok: "Token") -> bool:
        """"Indonesia's Riau Archipelago", "Pakistan's Balochistan province": a place."""
        label = self.ents.get(tok.i, (0, 0, ""))[2]
        return label in {"GPE", "LOC", "FAC"} or lexicon.singular(tok.text) in PLACE_NOUNS

    def names_place(self, h: "Token") -> bool:
        """"the provincial capital, Quetta", "One of the islands …, Diego Garcia": a name in
        apposition to a place noun or a place name."""
        if h.dep_ != "appos":
            return False
        head = h.head
        if lexicon.singular(head.text) in PLACE_NOUNS or self.ents.get(head.i, (0, 0, ""))[2] in {
                "GPE", "LOC", "FAC"}:
            return True
        return head.lower_ == "one" and any(
            lexicon.singular(t.text) in PLACE_NOUNS for t in head.subtree)

    def is_actor_head(self, tok: "Token") -> bool:
        """Is ``tok`` the head of an actor phrase (agent noun, person or organization name)?"""
        ent = self.ents.get(tok.i)
        if ent is not None and ent[2] in {"PERSON", "ORG", "NORP"}:
            return True
        if self.dictionary.lookup(tok.text, self.day) is not None:
            return True
        return self.title_in(max(0, tok.i - 3), tok.i + 1, set(), end_at=tok.i)[1] is not None

    def named(self, h: "Token", si: int, first: int, last: int, state: bool = False) -> Mention | None:
        """A bare entity mention (possessor "Bukele's", "Ankara's purchase", …)."""
        if self.doc[first].lower_ == "the" and first < h.i:
            first += 1
        if last - 1 > first and self.doc[last - 1].text in {"'s", "’s", "'"}:
            last -= 1
        if state:
            name = self.text(first, last)
            code = country_code(name) or capital_metonym(name) or (
                demonym_code(name) if self.ents.get(h.i, (0, 0, ""))[2] == "NORP" else None)
            if code is None:
                return None
            start, end = self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1].text)
            kind = "organization" if code.startswith("IGO") else "state"
            entry = self.lookup(name)
            role = self.role(entry)
            return Mention(start, end, si, h.i, kind, self.article.text[start:end], name=name,
                           name_span=(start, end), country=code,
                           sector="GOV" if kind == "state" else (role.sector if role else None),
                           entry=entry, head_word=h.lower_, dep=h.dep_)
        return self.classify(h, si, first, last)

    def classify(self, h: "Token", si: int, first: int, last: int) -> Mention | None:
        doc = self.doc
        ent = self.ents.get(h.i)
        label = ent[2] if ent else None
        name_first = name_last = None
        entry: Entry | None = None
        if ent is not None:
            name_first, name_last = ent[0], ent[1]
            if doc[name_first].lower_ == "the":
                name_first += 1
            if name_last - 1 > name_first and doc[name_last - 1].text in {"'s", "’s"}:
                name_last -= 1
            for k in range(name_first + 1, name_last):  # "DOJ (Department of Justice": DOJ
                if doc[k].text == "(":
                    name_last = k
                    break
            if label == "PERSON" and self.lookup(self.text(name_first, name_last)) is None:
                # "Lamu County Commissioner Irungu Macharia" tagged whole: the name starts
                # after the last title word
                for k in range(name_last - 2, name_first - 1, -1):
                    if doc[k].lower_ not in RELIGION_NAMES and \
                            lexicon.agent_sector([doc[k].text]) is not None:
                        name_first = k + 1
                        break
            entry = self.lookup(self.text(name_first, name_last))
            if entry is None and label == "ORG" and name_last - name_first > 1:
                # "Afghan Taliban", "Somalia's al-Shabab": a national modifier inside the name
                for k in range(name_first + 1, min(name_last, name_first + 3)):
                    prefix = self.text(name_first, k)
                    if demonym_code(prefix) or country_code(prefix.removesuffix("'s").removesuffix("’s")):
                        entry = self.lookup(self.text(k, name_last))
                        if entry is not None:
                            break
            if entry is None and label == "PERSON":
                # "President Trump" → "Trump"; but "Richard Bennett" is not Naftali Bennett
                words = [t for t in doc[name_first:name_last]
                         if lexicon.agent_sector([t.text]) is None and t.text not in {"Mr.", "Ms.", "Mrs.", "Dr."}]
                if len(words) == 1:
                    entry = self.lookup(words[0].text) or self.by_surname(words[0].text)
        elif h.pos_ == "PROPN":
            i = h.i
            while i - 1 >= first and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in {"compound", "flat"}:
                i -= 1
            for s in range(i, h.i + 1):
                entry = self.lookup(self.text(s, h.i + 1))
                if entry is not None:
                    name_first, name_last = s, h.i + 1
                    break
        skip = set(range(name_first, name_last)) if name_first is not None else set()
        name = self.text(name_first, name_last) if name_first is not None else None
        if name is None:  # a common noun: the agent phrase must end at the head ("foreign minister")
            title, title_sector, title_first = self.title_in(first, h.i + 1, set(), end_at=h.i)
        else:
            # the title right before the name ("Foreign Ministry spokesperson Mao Ning") …
            title, title_sector, title_first = self.title_in(first, name_first, skip,
                                                             end_at=name_first - 1) \
                if name_first > first else (None, None, None)
            if title is None:  # … else the longest one in the phrase
                title, title_sector, title_first = self.title_in(first, last, skip)
        if name is None and title is None:
            title, title_sector, title_first = self.equipment_owner(h, first)
        role = self.role(entry)
        owned = {t.i for c in h.lefts if c.dep_ == "poss" for t in c.subtree}
        words = [t.lower_ for t in doc[first:h.i] if t.i not in owned]  # not "former president X's government"
        former = any(w in lexicon.FORMER for w in words) or any(
            w.startswith("ex-") for w in words)

        kind: str | None = None
        country: str | None = None
        stateless = False
        # the tagger's label decides person vs organization; a hand or user dictionary entry
        # may overrule it (converted Phoenix entries guess their kind from the name)
        trusted = entry is not None and entry.level <= 1
        if (label == "PERSON" and not (trusted and entry.kind != "person")) or (
                entry is not None and entry.kind == "person" and (trusted or label != "ORG")):
            kind = "person"
        elif label == "ORG" or (entry is not None and entry.kind != "person"):
            kind = "organization"
            if entry is None and name and name_first is not None and name_last is not None:
                country = country_code(name) or self.inner_code(name_first, name_last, h.i)
                owner = self.name_possessor(name_first, name_last)
                if owner is not None and owner.country:
                    # "VOA’s Mandarin Service", "VOA’s Russian Service": the body of a known
                    # possessor is its country's, whatever language it works in
                    country = owner.country
                # the organization's own head noun: "Interior Ministry" GOV, "Congress Party" PTY
                t, sec, _ = self.title_in(name_first, h.i + 1, set(), end_at=h.i)
                if sec is None:
                    t, sec, _ = self.title_in(name_first, name_last, set())
                if sec is not None and title_sector is None:
                    title_sector = sec
                elif sec is None and title_sector is None and owner is not None:
                    title_sector = owner.sector  # … and of its sector (VOA: JRN)
        elif label == "GPE":
            code = country_code(name or h.text)
            metonym = None if code else capital_metonym(name or h.text)
            if not (code or metonym) or not actor_like(h, metonym=bool(metonym)):
                return None
            if entry is not None and entry.kind != "person" and not code:
                kind = "organization"
            else:
                kind, country = "state", code or metonym
        elif label == "NORP":
            if h.pos_ not in {"NOUN", "PROPN"} or self.is_predicate(h):
                return None  # "her parents saw themselves as Americans": what they are
            if h.tag_ not in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss", "nummod"}
                                                          for c in h.children):
                return None  # "foreigners who don't speak Japanese": a language, not a people
            if title_sector is None and (entry is None or role is None):
                # the head word first: "Chinese Americans" are American
                code = demonym_code(h.text) or demonym_code(name or h.text)
                if code is None and is_known_no_state(name or h.text):
                    kind, stateless = "group", True
                elif code is None:
                    return None
                kind, country = "group", code
                if not (code or "").startswith("IGO") and \
                        h.tag_ in {"NNS", "NNPS"} and title_sector is None:
                    # "Tens of thousands of Sudanese", "Salvadorans", "the Kurds"
                    title_sector = "CVL"
            else:
                kind = "group"
        elif title_sector is not None and name is None and self.is_role(h, first):
            return None
        elif title_sector is not None and name is None and self.is_channel(h):
            return None  # "said on social media": a channel, not an actor
        elif title_sector is not None and name is None and self.is_predicate(h):
            return None
        elif title_sector is not None and name is None and self.is_thing(h):
            return None
        elif title_sector is not None and name is None and self.names_next(h):
            return None
        elif title_sector is not None and name is None:
            head = lexicon.singular(h.text)
            plural = h.tag_ in {"NNS", "NNPS"} or h.lower_ in lexicon.COLLECTIVE
            if head in lexicon.ORG_NOUNS or h.lower_ in lexicon.ORG_NOUNS:
                kind = "group" if plural and h.lower_ not in {"authorities", "forces", "police",
                                                               "military"} else "organization"
            elif plural:
                kind = "group"
            else:
                kind = "person" if lexicon.is_person_noun(head) else "organization"
        elif entry is not None:
            kind = "person" if entry.kind == "person" else "organization"
        if kind is None:
            return None

        by_entry = False
        if name is None and kind in ("group", "person", "organization"):
            split = self.coordinated(first, h)
            if split:
                # "Senior Hungarian and Romanian officials", "U.S. and Russian negotiators": one
                # actor per coordinated country; the last conjunct keeps the head noun.
                for c_first, c_last, code in split[:-1]:
                    cs, ce = doc[c_first].idx, doc[c_last - 1].idx + len(doc[c_last - 1].text)
                    self.extra.append(Mention(
                        cs, ce, si, c_first, "group" if kind == "person" else kind,
                        self.article.text[cs:ce], title=title, country=code,
                        sector="ELI" if former else title_sector, head_word=lexicon.singular(h.text),
                        plural=True, dep=h.dep_, modifiers=[code]))
                first = split[-1][0]
        self.place_codes = set()
        codes = self.modifier_codes(first, last, skip | {h.i} | (
            set(range(title_first, h.i + 1)) if name is None and title_first is not None else set()))
        distinct = sorted(set(codes))
        states = [c for c in distinct if not c.startswith("IGO")]
        if len(states) == 1 and len(distinct) > 1:
            # "China's U.N. ambassador", "British Deputy U.N. Ambassador James Kariuki": the
            # state is the actor's, the IGO is where it acts
            distinct = states
        igos = [c for c in set(codes) if c.startswith("IGO")]
        if len(igos) == 1 and states and set(states) <= self.place_codes:
            # "forces of the United Nations … Mission in the Central African Republic": the
            # mission is the IGO's; the country is where it serves
            distinct = igos
        if country is None:
            if len(distinct) == 1:
                country = distinct[0]
            elif not distinct and role is not None:
                country = role.country
                by_entry = True
        elif distinct and kind != "state" and distinct != [country] and label != "NORP":
            country = None if len(distinct) > 1 else distinct[0]

        org_sector = None
        if title is not None and lexicon.singular(title.split()[-1]) in lexicon.GENERIC_TITLES:
            # "a senior al-Shabab leader" REB, "The court's president" JUD, "Taliban spokesman":
            # a generic title takes the sector of the body it belongs to
            sectors = set(self.modifier_sectors(first, last, skip | {h.i}))
            if len(sectors) == 1:
                org_sector = sectors.pop()
            elif not sectors and name is None:
                found, org_sector, igo = self.employer_sector(h)
                if found and org_sector is None:
                    title_sector = None  # "the leader of his legal team": a rank, no sector
                if igo:
                    country = igo  # an IGO's official is coded with the IGO
        opposition = any(t.lower_ == "opposition" for t in doc[first:last]) and \
            title_sector in {"GOV", "PTY", "LEG", "CVL", None} and kind != "state"
        if former:
            sector = "ELI"
        elif opposition:
            sector = "OPP"  # "South African opposition politician Mmusi Maimane"
        elif org_sector is not None:
            sector = org_sector
        elif title_sector is not None:
            sector = title_sector
        elif role is not None:
            sector = role.sector
            by_entry = True
        elif kind == "state":
            sector = "GOV"  # PLOVER gold codes a state acting as a polity GOV ("Turkey", "Washington")
        else:
            sector = None
        if kind == "state" and (country or "").startswith("IGO"):
            kind, sector = "organization", (role.sector if role else None)
        if title is None and role is not None and kind == "person":
            title = role.title
        if kind == "person" and name is not None and (sector is None or country is None):
            # "Heather Barr, the associate women's rights director at Human Rights Watch":
            # an untitled person takes the known organization named in their apposition
            org = self.apposed_org(h)
            if org is not None:
                sector = sector or org.sector
                country = country or org.country
            if country is None:
                country = self.apposed_country(h)
            if sector is None and title is None:
                sector = self.affiliation_sector(name_last if name_last is not None else last)
            if sector is None and country is None and title is None:
                # "Yang is a Chinese businessman in Austria": the description the copula gives
                country, sector, title = self.predicate_description(h)
            if country is None and title is None:
                led_country, led_sector = self.leads(h)
                country, sector = led_country, sector or led_sector
        if kind in ("group", "organization") and name is None and country is None:
            country = self.of_person_code(h) or self.shared_demonym(h) or self.its_code(h)
        if kind in ("group", "organization") and name is None and country is None and \
                lexicon.singular(h.text) not in MOBILE_GROUPS:
            # "Seven opposition parties in Nepal", "Rebels in the Ivory Coast", "students
            # throughout Indonesia": a group placed in one country by its own phrase (not people
            # on the move: "refugees in Kenya" are Somali)
            country = self.placed_in(h)
        gender = entry.gender if entry else None
        for t in doc[first:last]:
            if t.lower_ in lexicon.MALE_WORDS:
                gender = gender or "m"
            elif t.lower_ in lexicon.FEMALE_WORDS:
                gender = gender or "f"
        bare = (name is None and title_first is not None and doc[first].lower_ == "the"
                and title_first == first + 1 and last == h.i + 1 and not distinct)
        for i in range(first + 1, last):  # "DOJ (Department of Justice" without its ")"
            if doc[i].text == "(" and not any(doc[k].text == ")" for k in range(i, last)):
                last = i
                break
        start = doc[first].idx
        end = doc[last - 1].idx + len(doc[last - 1].text)
        head_noun = lexicon.singular(h.text)
        return Mention(
            start=start, end=end, sent=si, head=h.i, kind=kind, text=self.article.text[start:end],
            name=name, name_span=(doc[name_first].idx, doc[name_last - 1].idx + len(doc[name_last - 1].text))
            if name_first is not None else None,
            title=title, country=country, sector=sector, entry=entry, gender=gender,
            head_word=lexicon.singular(h.text), plural=h.tag_ in {"NNS", "NNPS"}
            or h.lower_ in lexicon.COLLECTIVE, bare=bare, former=former, dep=h.dep_, by_entry=by_entry,
            stateless=stateless, place=name is None and head_noun in INSTALLATIONS,
            mobile=head_noun in MOBILE_GROUPS or (name is None and (
                self.on_the_move(h) or self.negated(h))),
            regional=(self.regional and not distinct) or (
                country is None and self.in_many_states(h)),
            modifiers=distinct)


def find_mentions(article: Article, dictionary: Dictionary,
                  day: dt.date | None) -> tuple[list[Mention], list[set[str]], list[set[str]]]:
    """The mentions of an article, the countries each body sentence names as nationalities or
    polities, and those it names only as places."""
    finder = MentionFinder(article, dictionary, day)
    mentions = finder.find()
    return mentions, finder.context, finder.places


__all__ = ["Mention", "find_mentions", "actor_like"]
