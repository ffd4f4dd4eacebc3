"""Origins: the country an actor's context places it in — where a person is "originally
from" or "born in", the country or nationality an apposition gives ("Maria Ressa from the
Philippines", "Francesco Sisci, an Italian Sinologist"), where an organization is placed or
based ("Istanbul's Kadir Has University", "U.S.-based FilterLabs"), the places a group comes
"from", an "in X" placement and the state "its" refers to.

``Origins`` is the base of ``affiliation.Affiliations`` (the coder's mixin).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from dateline.countries import capital_metonym, country_code, demonym_code, state_country
from dateline.nlp import climb, in_relative, lemma

from . import lexicon
from .dictionary import Role
from .nonactors import first_conjunct, region_owners
from .phrases import SEAT_WORDS, FinderBase

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# people named after what they study: "a North Korean expert", "a China watcher"
SUBJECT_EXPERTS = {"expert", "specialist", "watcher", "hand", "scholar", "analyst",
                   "researcher", "historian"}

# origin phrases: "originally from", "a native of", "hails from" (and "born in")
ORIGIN_PAIRS = {("originally", "from"), ("native", "of"), ("hails", "from"), ("hailed", "from"),
                ("hail", "from"), ("natives", "of"), ("driven", "from"), ("fled", "from")}
# verbs of going home: "refugees returning voluntarily to Somalia" are Somali
RETURN_VERBS = {"return", "repatriate", "resettle"}
# verbs of fleeing: "refugees fleeing the civil war in Liberia" are Liberian (GSR)
FLEE_VERBS = {"flee", "escape"}
HOME_NOUNS = {"hometown", "birthplace"}
# the nouns of a seat a "with" phrase gives: "militants with bases in Afghanistan"
BASE_NOUNS = {"base", "bases", "headquarters"}
# the prepositions that attach a person to an employer: "a professor at X", "director with X"
EMPLOYER_PREPS = {"at", "with", "from", "of", "for"}
# the places refugees are sheltered in: "the Dadaab refugee complex", "a refugee camp"
CAMP_WORDS = {"camp", "camps", "complex", "settlement", "settlements"}
# plurals that name several states: "officials in the two countries", "some European
# countries", "EU member states"
STATE_PLURALS = {"countries", "nations", "states"}
# the kinds of body an "in X" in its tagged name places (not an advocacy body's subject)
PLACED_KINDS = {"EDU", "BUS", "MED"}
# the generic words a division's name is written with: "Helmand province", "the Sindh region"
DIVISION_WORDS = (" province", " region", " state", " county", " district", " governorate")
ORIGIN_CUE = re.compile(r"\b(?:born|originally|natives?|hail(?:s|ed)?|driven|fled|hometown|"
                        r"birthplace)\b", re.IGNORECASE)


def prep_objects(h: "Token", preps: set[str]) -> list["Token"]:
    """The objects of ``h``'s own prepositions ``preps``: "Trinidad" in "(a group) based in
    Trinidad", "Sindh province" in "the government of Sindh province"."""
    return [p for c in h.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def title_objects(noun: "Token", preps: set[str]) -> list["Token"]:
    """The objects of the prepositions ``preps`` on a person noun (a title): "Guinea-Lanta" in
    "president of Guinea-Lanta", "the University of Nairobi" in "associate dean … at the
    University of Nairobi"; none when ``noun`` is no person noun."""
    if noun.pos_ != "NOUN" or not lexicon.is_person_noun(lexicon.singular(noun.lower_)):
        return []
    return prep_objects(noun, preps)


def place_country(name: str, states: bool = False) -> str | None:
    """The country a place name stands for: a country, a capital, a large city or (with
    ``states``) a U.S. state; None for an IGO or an unknown name."""
    code = country_code(name) or capital_metonym(name) or \
        lexicon.city_countries().get(name.lower()) or \
        (state_country(name) if states else None)
    return None if code is None or code.startswith("IGO") else code


@lru_cache(maxsize=1)
def region_countries() -> dict[str, str]:
    """Lower-case name of a first-level division (province, state, region) → its country, from
    the places layer's shipped ``data/places/admin.tsv`` (GeoNames): only a name one country's
    division bears and no country, capital or large city abroad bears ("helmand" AFG, "sindh"
    PAK; not "punjab", a province of both India and Pakistan, nor "tripoli", a Libyan
    district named after a capital whose namesake is a Lebanese port: GSR "rival militias in
    Tripoli" LBN)."""
    cities = lexicon.city_countries()
    out: dict[str, str] = {}
    for name, codes in region_owners().items():
        if len(codes) != 1 or not name:
            continue
        (code,) = codes
        if country_code(name.title()) is None and capital_metonym(name.title()) is None and \
                cities.get(name, code) == code:
            out[name] = code
    return out


def region_code(name: str) -> str | None:
    """The country of the first-level division ``name`` ("Helmand province" AFG), else None."""
    name = name.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    for word in DIVISION_WORDS:
        name = name.removesuffix(word).removesuffix(word.title())
    return region_countries().get(name.lower())


# verbs of a participle clause that place the person they describe ("a researcher based in
# Nairobi", "a lawyer born in Lagos"); another participle tells a deed ("convicted in the
# killing of a U.S. agent", "accused of attacking Kenyan troops")
PLACING_VERBS = frozenset({"base", "station", "post", "bear", "raise", "live", "settle",
                           "headquarter", "work", "employ", "exile", "elect", "appoint",
                           "register", "originate", "hail", "locate"})


def deed_clause(tok: "Token", top: "Token") -> bool:
    """Is ``tok`` inside a participle clause under ``top`` that tells a deed, not a place
    (:data:`PLACING_VERBS`)?"""
    return any(t.dep_ == "acl" and t.tag_ in {"VBN", "VBD"} and lemma(t) not in PLACING_VERBS
               for t in climb(tok, top))


class Origins(FinderBase):
    """The country an actor takes from the places, origins and nationalities its context
    names."""

    def office_role(self, s_: int, e_: int) -> Role | None:
        """The role of the organization named by tokens s_..e_, or of the body whose country
        office it names ("UNHCR Kenya" is UNHCR's)."""
        role = self.role(self.lookup(self.text(s_, e_)))
        if e_ - s_ > 1 and (role is None or role.sector is None) and \
                country_code(self.doc[e_ - 1].text):
            role = self.role(self.lookup(self.text(s_, e_ - 1))) or role
        return role

    def apposed_country(self, h: "Token", employers: bool = True) -> str | None:
        """The one country placing a named person: "Maria Ressa from the Philippines",
        "Jimmy Lai in Hong Kong", "Carl Thayer, a professor from the University of New South
        Wales in Australia"."""
        codes: set[str] = set()
        for child in h.children:
            if child.dep_ == "appos":
                # "Francesco Sisci, an Italian Sinologist": the nationality the apposition
                # gives outweighs where it places him
                nationality = self.apposed_demonym(child)
                if nationality is not None:
                    return nationality
        if h.dep_ == "appos" and h.head.pos_ == "NOUN" and h.head.i < h.i:
            # the name apposed to a role noun: "his Chinese partner and former classmate, Fang
            # Yedun" (VOA 8009973): the nationality on the noun is the name's
            nationality = self.apposed_demonym(h.head)
            if nationality is not None:
                return nationality
        if self.camp_dweller(h):
            return None  # a refugee living in a camp is not of the host's country
        for child in h.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in {"in", "from"}):
                for tok in child.subtree:
                    if in_relative(tok, child):
                        # "a consultant whose firm advises clients in Hong Kong": what a
                        # person's clients, firm or relatives do is not where the person is from;
                        # nor is a place in a clause on the act he is "in" ("X, …, in a transfer
                        # that came as Mexico tries to head off U.S. tariffs")
                        continue
                    if child.dep_ == "appos" and deed_clause(tok, child):
                        # "X, the drug lord convicted in the killing of a U.S. agent": whom a
                        # person's deed was done to, or where, is not where he is from
                        continue
                    if tok.dep_ == "compound" and \
                            lexicon.singular(tok.head.lower_) in SUBJECT_EXPERTS:
                        continue  # "a senior Iran analyst at the Eurasia Group": his subject
                    ent = self.ents.get(tok.i)
                    if ent is not None and ent[2] == "GPE" and tok.i == ent[0]:
                        name = self.text(ent[0], ent[1]).removesuffix("'s").removesuffix("’s")
                        # (a U.S. state: "a professor at … Center for Security Studies in Hawaii")
                        code = country_code(name) or capital_metonym(name) or \
                            state_country(name)
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
                            codes |= self.country_names_in(ent[0], ent[1]) or (
                                self.employer_codes(ent[0], ent[1], child) if employers
                                else set())
                    elif employers and ent is not None and ent[2] == "ORG" and tok.i == ent[0]:
                        codes |= self.employer_codes(ent[0], ent[1], child)
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def camp_dweller(h: "Token") -> bool:
        """Does an apposition to ``h`` place the person in a refugee camp: "Muslima Abdullahi,
        an 80-year-old woman living in Hagadera, part of the Dadaab refugee complex in
        northeastern Kenya" (VOA 6204080; GSR "a West Bank refugee camp")?  The camp's host
        country is not the refugee's."""
        return any(t.lower_ in CAMP_WORDS and any(
            c.lower_ in {"refugee", "refugees"} and c.dep_ in {"compound", "amod", "nmod"}
            for c in t.lefts) for a in h.children if a.dep_ == "appos" for t in a.subtree)

    def predicate_employer(self, h: "Token") -> str | None:
        """The country of the employer a copula (or its conjunct) places the subject ``h`` at:
        "Ombongi is the former chair of the department … and is now associate dean of
        postgraduate studies at the University of Nairobi" KEN (VOA 7846440), as the
        apposition "X, associate dean at Y" does (``apposed_country``)."""
        if h.dep_ != "nsubj" or lemma(h.head) != "be":
            return None
        copulas = [h.head] + [c for c in h.head.children if c.dep_ == "conj" and
                              c.pos_ == "AUX" and lemma(c) == "be" and
                              not any(g.dep_ == "nsubj" for g in c.children)]
        codes: set[str] = set()
        for attr in (a for cop in copulas for a in cop.children if a.dep_ == "attr"):
            for pobj in title_objects(attr, EMPLOYER_PREPS):
                ent = self.ents.get(pobj.left_edge.i) or self.ents.get(pobj.i)
                if ent is None or ent[2] != "ORG" or not ent[0] <= pobj.i < ent[1]:
                    continue
                codes |= self.country_names_in(ent[0], ent[1]) or \
                    self.employer_codes(ent[0], ent[1], attr)
        return codes.pop() if len(codes) == 1 else None

    def employer_codes(self, first: int, last: int, top: "Token") -> set[str]:
        """{the country} of a person's employer placed by ``employer_code``, if the entity is
        the object of an employer's preposition: "Mike Lynch, managing director with SSI
        Institutional Brokerage in Ho Chi Minh City" VNM, "Raylton Chikwati, a study co-author
        from the University of Witwatersrand in South Africa" ZAF."""
        root = self.doc[self.span_root(first, last)]
        if root.dep_ != "pobj" or root.head.lower_ not in EMPLOYER_PREPS or \
                self.under_verb(root, top):
            return set()  # (not "a lawyer representing a union in Kharkiv": the clients')
        role = self.office_role(first + (self.doc[first].lower_ == "the"), last)
        if role is not None:
            return set()  # a known body is coded by its own entry (``apposed_org``)
        code = self.employer_code(first, last)
        return {code} if code else set()

    @staticmethod
    def under_verb(tok: "Token", top: "Token") -> bool:
        """Is there a verb between ``tok`` and the phrase ``top`` it hangs under?"""
        t = tok.head
        while t.i != top.i and t.head.i != t.i:
            if t.pos_ in {"VERB", "AUX"}:
                return True
            t = t.head
        return False

    def kind_sector(self, first: int, last: int) -> str | None:
        """The sector an organization's name gives by its kind (``Institutions`` reads it)."""
        return None

    def employer_code(self, first: int, last: int) -> str | None:
        """The country of the place an employer (an ORG entity, tokens first..last) is placed
        in: an "in X" after it or inside the tagged name ("the University of Witwatersrand in
        South Africa" ZAF), "X's" before it, or a U.S. state or a large city of one country
        named in its name ("Asia Society Texas Center" USA); not a country the name only
        mentions as its subject (read by ``country_names_in``)."""
        doc = self.doc
        code = self.place_of_org(first)
        if code:
            return code
        for k in range(first + 1, last - 1):
            if doc[k].lower_ == "in":
                # the tagger took the "in X" into the name of a body that stands somewhere (a
                # university, a firm, a hospital); an advocacy body's "in X" is its subject
                # ("the Center for Human Rights in Iran" works from New York)
                if self.kind_sector(first + (doc[first].lower_ == "the"), k) in PLACED_KINDS:
                    return self.place_after(k + 1, last)
                return None
        codes: set[str] = set()
        cities = lexicon.city_countries()
        for i in range(first, last):
            if not doc[i].text[:1].isupper() or doc[i].pos_ != "PROPN":
                continue
            for j in (i + 3, i + 2, i + 1):
                if j <= last:
                    words = self.text(i, j)
                    if country_code(words):
                        break  # a country's name is its subject ("… Institute Georgia")
                    found = state_country(words) or cities.get(words.lower())
                    if found:
                        codes.add(found)
                        break
        return codes.pop() if len(codes) == 1 else None

    def place_after(self, k: int, limit: int) -> str | None:
        """The country of the place named from token ``k`` (past "the") up to ``limit``: a
        country, capital, large city or U.S. state, or a region its demonym places ("Koya
        University in Iraqi Kurdistan" IRQ)."""
        doc = self.doc
        if k < limit and doc[k].lower_ == "the":
            k += 1
        if k >= limit:
            return None
        place = self.ents.get(k)
        if place is not None and place[0] != k:
            place = None  # (inside the ORG that took the "in X" into its name)
        if place is not None and place[2] in {"GPE", "LOC"}:
            return self.place_code(place[0], min(place[1], limit))
        # a region its demonym places, the demonym tagged or not: "in Iraqi Kurdistan" IRQ
        after = place[1] if place is not None and place[2] == "NORP" else k + 1
        region = self.ents.get(after)
        if region is not None and region[0] == after and region[2] in {"GPE", "LOC"}:
            code = demonym_code(self.text(k, after))
            return code if code and not code.startswith("IGO") else None
        if place is not None or limit >= len(doc):
            return None
        # (a name the tagger took whole: "Witwatersrand in South Africa" inside the ORG)
        end = k
        while end < limit and doc[end].pos_ == "PROPN":
            end += 1
        return self.place_code(k, end) if end > k else None

    def place_of_org(self, first: int) -> str | None:
        """The country of the place an organization starting at token ``first`` (after an
        optional "the") is placed in, read on the surface (the parser often breaks these): a
        possessive country or large city before it ("Istanbul's Kadir Has University" TUR) or
        an "in X" right after it ("the University of the Witwatersrand in South Africa")."""
        doc = self.doc
        k = first + 1 if first < len(doc) and doc[first].lower_ == "the" else first
        ent = self.ents.get(k)
        if ent is None or (ent[0] != k and not (ent[0] == k - 1 and doc[k - 1].lower_ == "the")):
            return None  # (the tagger may take "the" into the name: "the University of …")
        if ent[2] in {"GPE", "LOC"} and ent[1] + 1 < len(doc) and \
                doc[ent[1]].text in {"'s", "’s"} and \
                self.label(ent[1] + 1) == "ORG":
            return self.place_code(ent[0], ent[1])
        if ent[2] != "ORG" or ent[1] + 1 >= len(doc) or doc[ent[1]].lower_ != "in":
            return None
        return self.place_after(ent[1] + 1, len(doc))

    def possessive_place(self, name_first: int) -> str | None:
        """The country of a place possessing the name starting at ``name_first``: "Istanbul's"
        before "Kadir Has University" (entity spans as tagged, whatever the parse)."""
        if name_first < 2 or self.doc[name_first - 1].text not in {"'s", "’s"}:
            return None
        ent = self.ents.get(name_first - 2)
        if ent is None or ent[2] not in {"GPE", "LOC"}:
            return None
        return self.place_code(ent[0], ent[1])

    def place_code(self, first: int, last: int) -> str | None:
        """The country a place name stands for: a country, a capital or a large city."""
        name = self.text(first, last).removeprefix("the ").removesuffix("'s").removesuffix("’s")
        return place_country(name, states=True)

    def employer_place(self, end: int) -> str | None:
        """The country of the institution a named person is "of/at" by where it is placed:
        "lecturer Soli Ozel of Istanbul's Kadir Has University" TUR."""
        if end >= len(self.doc) or self.doc[end].lower_ not in {"of", "at"}:
            return None
        code = self.place_of_org(end + 1)
        ent = self.ents.get(end + 1)
        if code is None and ent is not None and ent[0] == end + 1 and ent[2] == "ORG":
            # a U.S. state or large city in the employer's name: "Jennifer Kapral of Asia
            # Society Texas" USA (not a known body: its entry codes it)
            root = self.doc[self.span_root(ent[0], ent[1])]
            code = next(iter(self.employer_codes(ent[0], ent[1], root.head)), None)
        return code

    @cached_property
    def origin_cues(self) -> list[int]:
        """The character offsets of the article's origin words, found once per article."""
        return [m.start() for m in ORIGIN_CUE.finditer(self.article.text)]

    def native_code(self, h: "Token") -> str | None:
        """The country a person is "originally from", "born in", "a native of" or "hails from":
        "Chen, who is originally from Taiwan" TWN (foreign nationals keep their own country).
        The phrase must be the person's own: in an apposition or relative clause of ``h``, or
        in a clause whose subject ``h`` is."""
        if not any(abs(c - h.idx) < 400 for c in self.origin_cues):
            return None  # (cheap: most persons have no origin word near them)
        sent = h.sent
        for tok in sent:
            if tok.lower_ in HOME_NOUNS and self.own_clause(tok, h):
                code = self.home_code(tok)
                if code:
                    return code
                continue
            prev = self.doc[tok.i - 1] if tok.i > sent.start else None
            if not (tok.lower_ == "born" and tok.i + 1 < sent.end
                    and self.doc[tok.i + 1].lower_ in {"in", "into"}
                    or prev is not None and (prev.lower_, tok.lower_) in ORIGIN_PAIRS):
                continue
            if not self.own_clause(tok, h):
                continue
            k = tok.i + (2 if tok.lower_ == "born" else 1)
            if k < sent.end and self.doc[k].lower_ == "the":
                k += 1
            ent = self.ents.get(k)
            if ent is None or ent[0] != k or ent[2] not in {"GPE", "NORP"}:
                continue
            name = self.text(ent[0], ent[1])
            code = place_country(name)
            if code:
                return code
        return None

    def home_code(self, home: "Token") -> str | None:
        """The country of a person's "hometown"/"birthplace": its demonym ("her southeastern
        Somali hometown") or the place it is apposed to ("to Kismayo, her … hometown")."""
        if not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"}
                   for c in home.children):
            return None
        for c in home.lefts:
            ent = self.ents.get(c.i)
            if c.dep_ in {"amod", "compound"} and ent is not None and ent[2] in {"NORP", "GPE"}:
                code = demonym_code(self.text(ent[0], ent[1])) or \
                    self.place_code(ent[0], ent[1])
                if code and not code.startswith("IGO"):
                    return code
        if home.dep_ == "appos":
            ent = self.ents.get(home.head.i)
            if ent is not None and ent[2] in {"GPE", "LOC"}:
                return self.place_code(ent[0], ent[1])
        return None

    @staticmethod
    def own_clause(tok: "Token", h: "Token") -> bool:
        """Is ``tok`` in ``h``'s own phrase, apposition, relative clause or the clause ``h`` is
        the subject of (up to the first verb with another subject)?"""
        t = tok
        for _ in range(10):
            if t.i == h.i:
                return True
            if t.pos_ in {"VERB", "AUX"}:
                subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None and subj.i == h.i:
                    return True
                if subj is not None and subj.lower_ not in {"who", "that"}:
                    return False
                if t.dep_ == "relcl" and t.head.i == h.i:
                    return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def apposed_demonym(self, appos: "Token") -> str | None:
        """The country of the one demonym modifying an apposition's head noun ("an Italian
        Sinologist", "an Afghan writer and former diplomat")."""
        if lexicon.singular(appos.lower_) in SUBJECT_EXPERTS:
            return None  # "Joshua Pollack, a North Korean expert": the subject, not his nation
        ent = self.ents.get(appos.i)
        if ent is not None and ent[2] == "NORP":  # "a Chinese American": American
            code = demonym_code(appos.text)
            return code if code and not code.startswith("IGO") else None
        codes = set()
        # (two conjoined nationalities, "his Chinese and Israeli partner", give neither)
        mods = [c for c in appos.lefts if c.dep_ in {"amod", "compound"}]
        for c in mods + [x for m in mods for x in m.conjuncts if x.i < appos.i]:
            ent = self.ents.get(c.i)
            if ent is not None and ent[2] == "NORP":
                code = demonym_code(self.text(ent[0], ent[1]))
                if code is None or code.startswith("IGO"):
                    return None
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def country_names_in(self, first: int, last: int) -> set[str]:
        codes: set[str] = set()
        for i in range(first, last):
            if not self.doc[i].text[:1].isupper() or self.inside_name(first, i) or \
                    self.is_topic(first, i):
                continue  # (not "a member of the Inter-Parliamentary Alliance on China")
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
        t = first_conjunct(h)
        if t.tag_ not in {"NNS", "NNPS"} or lexicon.agent_sector([t.text]) is None:
            return None
        codes = {demonym_code(self.text(self.ents[c.i][0], self.ents[c.i][1]))
                 for c in t.lefts if c.dep_ in {"amod", "compound"}
                 and self.label(c.i) == "NORP"}
        return codes.pop() if len(codes) == 1 else None

    def in_many_states(self, h: "Token") -> bool:
        """"Officials in the two countries", "security officials in two Western countries":
        a group placed in several states has no one country."""
        return any(p.lower_ in STATE_PLURALS for p in prep_objects(h, {"in", "from", "across"}))

    def region_of(self, h: "Token") -> str | None:
        """The country of the one first-level division a group or body is "in/of" by its own
        phrase: "The government of Sindh province has ordered patrols" PAK (GSR).  The phrase
        hangs on the noun itself, so it places the actor, not an event (whose "in X" hangs on
        the verb)."""
        codes: set[str] = set()
        for pobj in prep_objects(h, {"in", "of"}):
            for tok in (pobj, *(c for c in pobj.lefts if c.dep_ == "compound")):
                ent = self.ents.get(tok.i)
                if ent is not None and ent[2] in {"GPE", "LOC"} and tok.i == ent[0]:
                    code = region_code(self.text(ent[0], ent[1]))
                    if code:
                        codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def city_of(self, h: "Token") -> str | None:
        """The country of the one large city a group is "in/of/from" by its own phrase:
        "Demonstrators in Baghdad blocked a road" IRQ (GSR).  The phrase hangs on the noun, so
        it places the group, not an event.  Only a city whose name no notable town abroad
        bears (``lexicon.city_countries``): not "rival militias in Tripoli", whose "north
        Lebanese port" is Libya's capital's namesake (GSR LBN)."""
        cities = lexicon.city_countries()
        return self.one_gpe_code(h, {"in", "of", "from"}, lambda name: cities.get(name.lower()))

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
            root = self.doc[self.span_root(ent[0], ent[1])]
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
        return self.one_gpe_code(h, {"in", "throughout", "across"}, country_code)

    def one_gpe_code(self, h: "Token", preps: set[str],
                     lookup: Callable[[str], str | None]) -> str | None:
        """The one country ``lookup`` gives the GPE names (less a leading "the") that are the
        objects of ``h``'s own prepositions ``preps``; None for none, several or an IGO.  A
        region named by a compass word and a country (spaCy's LOC) is in that country: "a
        strategic village in Western Cambodia" (GSR) KHM."""
        codes: set[str] = set()
        for tok in prep_objects(h, preps):
            ent = self.ents.get(tok.i)
            if ent is None or ent[2] not in ("GPE", "LOC"):
                continue
            name = self.text(ent[0], ent[1]).removeprefix("the ")
            code = lookup(name) if ent[2] == "GPE" else compass_part(name, lookup)
            if code and not code.startswith("IGO"):
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def origin(self, h: "Token") -> tuple[bool, str | None]:
        """(found, country) of the places a group comes "from": "migrants from Venezuela" VEN;
        "asylum seekers from the Middle East and Africa" come from no one country (found, None).
        Only named places count: the evidence must be explicit."""
        codes: set[str | None] = set()
        preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
        nxt = self.doc[h.i + 1:h.i + 4]
        if len(nxt) == 3 and nxt[0].text == "," and nxt[1].lower_ in {
                "largely", "mostly", "mainly", "primarily", "many"} and nxt[2].lower_ == "from":
            preps.append(nxt[2])  # "asylum seekers, largely from the Middle East" (parsed apart)
        for prep in preps:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in (pobj, *pobj.conjuncts):
                    ent = self.ents.get(tok.i)
                    if ent is None or ent[2] not in {"GPE", "LOC", "NORP"}:
                        continue
                    codes.add(self.state_named(ent))
        for verb in (c for c in h.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                     and lemma(c) in RETURN_VERBS):
            # "refugees returning voluntarily to Somalia": people going back are of the
            # country they return to
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if self.label(pobj.i) == "GPE":
                        codes.add(self.gpe_state(pobj))
        verbs = [c for c in h.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
        if h.dep_ == "nsubj" and h.head.pos_ == "VERB":
            verbs.append(h.head)  # "refugees fled the fighting in Sudan"
        for verb in (v for v in verbs if lemma(v) in FLEE_VERBS):
            codes |= self.fled_codes(verb)
        if not codes:
            return False, None
        return True, (codes.pop() if len(codes) == 1 else None)

    def fled_codes(self, verb: "Token") -> set[str | None]:
        """The countries a flight leaves: its object ("fleeing Liberia"), its "from X", or the
        "in X" of the verb or of the object fled ("refugees fleeing the civil war in Liberia"
        LBR; "people fleeing civil wars and strife in Somalia and Sudan": two countries).  A
        destination ("to Kenya", "seeking safety in Kenya") is no origin."""
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        places = [o for o in objs if self.label(o.i) == "GPE"]
        for owner in [verb, *objs, *(c for o in objs for c in o.conjuncts)]:
            for prep in (c for c in owner.children if c.dep_ == "prep" and
                         c.lower_ in ({"from", "in"} if owner is verb else {"in"})):
                places += [p for p in prep.children if p.dep_ == "pobj"]
        codes: set[str | None] = set()
        for tok in (t for p in places for t in (p, *p.conjuncts)):
            ent = self.ents.get(tok.i)
            if ent is None or ent[2] != "GPE":
                continue
            codes.add(self.state_named(ent))
        return codes

    def based_in(self, h: "Token") -> str | None:
        """The country of the place a phrase's participle says it is "based/headquartered in":
        "A terror group based in Trinidad claims to be manufacturing chemical … weapons" TTO
        (GSR).  "Based" names the actor's own seat, not where an event happened; so does a
        "with" phrase of a seat noun: "the attack was orchestrated by militants with bases in
        Afghanistan" AFG (VOA 8011076)."""
        seats = [verb for verb in h.children if verb.dep_ == "acl" and verb.lower_ in SEAT_WORDS]
        seats += [noun for noun in prep_objects(h, {"with"}) if noun.lower_ in BASE_NOUNS]
        for verb in seats:
            for pobj in prep_objects(verb, {"in"}):
                ent = self.ents.get(pobj.i)
                if ent is not None and ent[2] == "GPE":
                    return self.place_code(ent[0], ent[1])
        return None

    def based_code(self, first: int, last: int) -> str | None:
        """The country of the place an organization is "based/headquartered" in, by its
        modifier: "U.S.-based FilterLabs", "a New York-based political risk consultancy"."""
        doc = self.doc
        for k in range(first + 2, last):
            if self.hyphen_suffix(k - 1) not in SEAT_WORDS:
                continue
            end = k - 1
            ent = self.ents.get(end - 1)
            begin = ent[0] if ent is not None else end - 1
            while ent is None and begin > first and doc[begin - 1].pos_ == "PROPN":
                begin -= 1
            name = self.text(begin, end).removeprefix("the ").removeprefix("The ")
            code = place_country(name)
            if code:
                return code
        return None


def compass_part(name: str, lookup: "Callable[[str], str | None]") -> str | None:
    """The country of a region named by a compass word and the country ("Western Cambodia",
    "northern Syria": ``places.resolve.compass_rest``), else None ("Western Europe")."""
    from dateline.places.resolve import compass_rest

    rest = compass_rest(name)
    return lookup(rest) if rest else None
