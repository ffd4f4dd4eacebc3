"""Affiliations: the employer, organization, group or country a phrase's context attaches an
actor to — appositions ("Heather Barr, … director at Human Rights Watch"), "of/at/for" bodies
("a spokesperson for UNHCR Kenya"), copular descriptions ("Yang is a Chinese businessman"),
leaders ("senators led by Jim Risch"), "its" and "in X" placements.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.countries import capital_metonym, country_code, demonym_code
from dateline.nlp import lemma

from . import lexicon
from .dictionary import Role
from .phrases import FinderBase, span_root

if TYPE_CHECKING:
    from spacy.tokens import Token

COMPANY_WORDS = {"Company", "Corporation", "Corp.", "Inc.", "Ltd.", "Ltd", "Co.", "LLC",
                 "Group", "Holdings", "Bank"}
# the kind of body a person is "of/at" → its sector (think tanks SOC, universities EDU)
AFFILIATIONS = (("think tank", "SOC"), ("think-tank", "SOC"), ("university", "EDU"), ("society", "SOC"),
                ("college", "EDU"))

# the last word of a news outlet's name: "The Phnom Penh Post", "Khmer Times", "Daily Monitor"
OUTLET_WORDS = {"Post", "Times", "Herald", "Tribune", "Gazette", "Journal", "Chronicle", "Daily",
                "Telegraph", "Observer", "Mirror", "Monitor", "Courier", "Dispatch", "Bulletin",
                "Inquirer", "Newspaper", "Magazine", "Radio", "TV", "Television", "News",
                "Broadcasting", "Broadcaster"}

# the units of an organization: "VOA's Mandarin Service", "Reuters' Beijing Bureau"
UNIT_WORDS = {"Service", "Bureau", "Desk", "Unit", "Division", "Section", "Branch", "Wing",
              "Office", "Department", "Channel"}

# a think tank by its name: a research body ("Institute", "Center") on policy ("Kurdish Center
# for Studies", "Center for Strategic and International Studies"); not a "Council" ("National
# Security Council" is a government body)
THINK_TANK_HEADS = {"Institute", "Center", "Centre", "Foundation"}
POLICY_WORDS = {"Policy", "Affairs", "Strategic", "Strategy", "Studies", "Peace",
                "Security", "Democracy", "Relations", "International"}

# people named after what they study: "a North Korean expert", "a China watcher"
SUBJECT_EXPERTS = {"expert", "specialist", "watcher", "hand", "scholar", "analyst",
                   "researcher", "historian"}

# a person's family shares the person's nationality
KIN_NOUNS = {"family", "relative", "parent", "child", "widow", "widower", "wife", "husband",
             "son", "daughter", "brother", "sister", "mother", "father", "daughter-in-law",
             "son-in-law", "grandson", "granddaughter", "nephew", "niece", "cousin", "relatives"}


# the sectors of groups a person's possessive names them the leader of ("Al-Sharaa's HTS")
LED_SECTORS = {"REB", "PTY", "OPP", "UAF", "INS"}
# origin phrases: "originally from", "a native of", "hails from" (and "born in")
ORIGIN_PAIRS = {("originally", "from"), ("native", "of"), ("hails", "from"), ("hailed", "from"),
                ("hail", "from"), ("natives", "of"), ("driven", "from"), ("fled", "from")}
HOME_NOUNS = {"hometown", "birthplace"}
ORIGIN_CUE = re.compile(r"\b(?:born|originally|natives?|hail(?:s|ed)?|driven|fled|hometown|"
                        r"birthplace)\b", re.IGNORECASE)


class Affiliations(FinderBase):
    """Country and sector an actor takes from the bodies and people its context names."""

    def apposed_org(self, h: "Token") -> Role | None:
        """The role of a known organization in an apposition to ``h`` ("X, director at Y")."""
        for appos in (c for c in h.children if c.dep_ == "appos"):
            for tok in appos.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "of", "with", "for", "from"}:
                    ent = self.ents.get(tok.i)
                    if ent is None or ent[2] != "ORG" or self.in_clause(tok, appos):
                        continue
                    name = self.text(ent[0], ent[1])
                    role = self.role(self.lookup(name))
                    if role is not None and role.sector:
                        return role
        return None

    @staticmethod
    def in_clause(tok: "Token", top: "Token") -> bool:
        """Is ``tok`` inside a clause under ``top``?  "Jerry Guo, an American who has risen to
        popularity in China after an interview with state-owned CCTV" works for no one there."""
        t = tok.head
        while t.i != top.i and t.head.i != t.i:  # (spaCy makes a new Token per access: no "is")
            if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
                return True
            t = t.head
        return False

    @staticmethod
    def in_relative(tok: "Token", top: "Token") -> bool:
        """Is ``tok`` inside a relative clause under ``top``?  What a person's clients, firm or
        relatives do is not where the person is from."""
        t = tok
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ == "relcl":
                return True
            t = t.head
        return False

    def affiliation_sector(self, end: int) -> str | None:
        """The sector of the kind of body a name is "of/at" by its words, read on the surface
        (the parser often breaks these): "Andrew Lebovich of the Dutch international affairs
        think tank Clingendael" SOC."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in {"of", "at", "with", "from"}:
            return None
        words: list[str] = []
        for t in doc[end + 1:end + 10]:
            if t.is_punct or t.pos_ in {"VERB", "AUX"} and t.lower_ != "think" and \
                    not t.text[:1].isupper():  # (not "Has" of "Kadir Has University")
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
            if child.dep_ == "appos":
                # "Francesco Sisci, an Italian Sinologist": the nationality the apposition
                # gives outweighs where it places him
                nationality = self.apposed_demonym(child)
                if nationality is not None:
                    return nationality
        for child in h.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in {"in", "from"}):
                for tok in child.subtree:
                    if child.dep_ == "appos" and self.in_relative(tok, child):
                        continue  # "a consultant whose firm advises clients in Hong Kong"
                    if tok.dep_ == "compound" and \
                            lexicon.singular(tok.head.lower_) in SUBJECT_EXPERTS:
                        continue  # "a senior Iran analyst at the Eurasia Group": his subject
                    ent = self.ents.get(tok.i)
                    if ent is not None and ent[2] == "GPE" and tok.i == ent[0]:
                        name = self.text(ent[0], ent[1]).removesuffix("'s").removesuffix("’s")
                        # (a U.S. state: "a professor at … Center for Security Studies in Hawaii")
                        code = country_code(name) or capital_metonym(name) or \
                            lexicon.state_country(name)
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

    def place_of_org(self, first: int) -> str | None:
        """The country of the place an organization starting at token ``first`` (after an
        optional "the") is placed in, read on the surface (the parser often breaks these): a
        possessive country or large city before it ("Istanbul's Kadir Has University" TUR) or
        an "in X" right after it ("the University of the Witwatersrand in South Africa")."""
        doc = self.doc
        k = first + 1 if first < len(doc) and doc[first].lower_ == "the" else first
        ent = self.ents.get(k)
        if ent is None or ent[0] != k:
            return None
        if ent[2] in {"GPE", "LOC"} and ent[1] + 1 < len(doc) and \
                doc[ent[1]].text in {"'s", "’s"} and \
                self.ents.get(ent[1] + 1, (0, 0, ""))[2] == "ORG":
            return self.place_code(ent[0], ent[1])
        if ent[2] != "ORG" or ent[1] + 1 >= len(doc) or doc[ent[1]].lower_ != "in":
            return None
        k = ent[1] + 2 if doc[ent[1] + 1].lower_ == "the" else ent[1] + 1
        place = self.ents.get(k)
        if place is None or place[0] != k or place[2] not in {"GPE", "LOC"}:
            return None
        return self.place_code(place[0], place[1])

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
        code = country_code(name) or capital_metonym(name) or \
            lexicon.city_countries().get(name.lower()) or lexicon.state_country(name)
        return None if code is None or code.startswith("IGO") else code

    def employer_place(self, end: int) -> str | None:
        """The country of the institution a named person is "of/at" by where it is placed:
        "lecturer Soli Ozel of Istanbul's Kadir Has University" TUR."""
        if end >= len(self.doc) or self.doc[end].lower_ not in {"of", "at"}:
            return None
        return self.place_of_org(end + 1)

    def native_code(self, h: "Token") -> str | None:
        """The country a person is "originally from", "born in", "a native of" or "hails from":
        "Chen, who is originally from Taiwan" TWN (foreign nationals keep their own country).
        The phrase must be the person's own: in an apposition or relative clause of ``h``, or
        in a clause whose subject ``h`` is."""
        cues = self.__dict__.get("_origin_cues")
        if cues is None:  # the character offsets of the article's origin words, found once
            cues = self.__dict__["_origin_cues"] = [m.start() for m in
                                                    ORIGIN_CUE.finditer(self.article.text)]
        if not any(abs(c - h.idx) < 400 for c in cues):
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
            code = country_code(name) or capital_metonym(name) or \
                lexicon.city_countries().get(name.lower())
            if code and not code.startswith("IGO"):
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
        for c in appos.lefts:
            ent = self.ents.get(c.i)
            if c.dep_ in {"amod", "compound"} and ent is not None and ent[2] == "NORP":
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
        # "Shamsa Mohamed Aden was among the refugees who voluntarily returned": one of them
        among = [p for c in h.head.children if c.dep_ == "prep" and c.lower_ == "among"
                 for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"] \
            if not any(c.dep_ == "appos" for c in h.children) else []  # (not "X, former …,")
        for attr in [c for c in h.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"] + among:
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in attr.children) \
                    or not lexicon.is_person_noun(lexicon.singular(attr.text)):
                continue  # not "HTS is an Islamist group"
            first = attr.left_edge.i
            title, sector, _ = self.title_in(first, attr.i + 1, set(), end_at=attr.i)
            if sector is None:
                continue
            regional = self.regional
            codes = set(self.modifier_codes(first, attr.i, set()))
            if not codes:
                # "Joao Paulo Pinto is the former director of Guinea-Bissau's National
                # Institute of Study and Research": the body he belongs to
                for prep in (c for c in attr.rights if c.dep_ == "prep" and c.lower_ == "of"):
                    codes |= set(self.modifier_codes(prep.i + 1, prep.right_edge.i + 1, set()))
            self.regional = regional
            if any(t.lower_ in lexicon.FORMER for t in self.doc[first:attr.i]):
                sector = "ELI"
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
        Malaysian Prime Minister Mahathir Mohamad" is Malaysia's; so is a person's family ("the
        family of Daphne Caruana Galizia, a Maltese journalist" MLT)."""
        kin = lexicon.singular(h.lower_) in KIN_NOUNS
        if not kin and lexicon.singular(h.text) not in lexicon.ORG_NOUNS:
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
                if kin and not codes:
                    return self.apposed_country(pobj)
        return None

    def kin_of_person(self, h: "Token") -> bool:
        """"the family of journalist Daphne Caruana Galizia": a person's kin, whose country is
        that person's, not the story's (Gallagher's clients in a story on Guatemala)."""
        if lexicon.singular(h.lower_) not in KIN_NOUNS:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and self.ents.get(p.i, (0, 0, ""))[2] == "PERSON" for p in c.children)
            for c in h.rights)

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
            root = self.doc[span_root(self.doc, ent[0], ent[1])]
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
                        end = span_root(self.doc, s_, e_)
                        return True, self.body_sector(s_, e_) or self.title_in(
                            s_, end + 1, set(), end_at=end)[1], None
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

    def outlet_code(self, first: int, last: int) -> str | None:
        """None unless the name ``first..last`` is a news outlet's by its last word ("The Phnom
        Penh Post", "Taipei Times"); then the country its city or country names ("" if none)."""
        if last - first < 2:
            return None
        tail = self.doc[last - 1].text
        if tail not in OUTLET_WORDS and not (
                tail in {"Agency", "Service", "Network"} and self.doc[last - 2].text in {
                    "News", "Press"}):  # "the government's National News Agency"
            return None
        for i in range(first, last - 1):
            for j in (i + 3, i + 2, i + 1):
                if j < last:
                    words = self.text(i, j)
                    code = country_code(words) or capital_metonym(words) or demonym_code(words)
                    if code and not code.startswith("IGO"):
                        return code
        return ""

    def body_sector(self, first: int, last: int) -> str | None:
        """The sector an organization's name gives by its kind, before its head noun's: a news
        outlet JRN ("the government's National News Agency", not GOV by "Agency"); a policy
        institute SOC ("the Singapore Institute of International Affairs", not EDU by
        "Institute"; the brief's convention: think tanks are SOC)."""
        if self.outlet_code(first, last) is not None:
            return "JRN"
        words = [t.text for t in self.doc[first:last]]
        heads = [k for k, w in enumerate(words) if w in THINK_TANK_HEADS]
        # the policy word after the head or right before it: "Institute of Peace", "Policy
        # Institute" (not "the Peace Publish Center", a publisher)
        if heads and any(w in POLICY_WORDS and (k > heads[0] or k + 1 in heads)
                         for k, w in enumerate(words)):
            return "SOC"
        return None

    def member_sectors(self, h: "Token") -> set[str]:
        """The sectors of the members a group's "including" list names: "31 people, including
        23 security personnel, 3 railway staff and 5 civilians" → {MIL, BUS?, CVL}."""
        out: set[str] = set()
        for prep in (c for c in h.rights if c.dep_ == "prep" and c.lower_ == "including"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in (pobj, *pobj.conjuncts):
                    if tok.pos_ not in {"NOUN", "PROPN"}:
                        continue
                    mods = [c.text for c in tok.lefts if c.dep_ in {"compound", "amod"}
                            and c.i == tok.i - 1]
                    sector = lexicon.agent_sector([*mods, tok.text]) or \
                        lexicon.agent_sector([tok.text])
                    out.add(sector or "?")
        return out

    def person_possessor_role(self, h: "Token") -> Role | None:
        """The role of the known organization a named person belongs to by a possessive:
        "VOA's Anita Powell reports" USA JRN; a person who owns a "video/audio report" is the
        story's reporter ("WATCH: Anita Powell's video report") JRN."""
        role = self.possessing_org_role(h)
        if role is not None:
            return role
        ent = self.ents.get(h.head.i) if h.dep_ == "poss" else None
        if ent is not None and ent[2] == "ORG":
            # "Al-Sharaa's HTS": the leader of an armed or political group is of its sector
            name = self.text(ent[0], ent[1]).removeprefix("the ")
            role = self.role(self.lookup(name))
            if role is not None and role.sector in LED_SECTORS:
                return role
        if h.dep_ == "poss" and lexicon.singular(h.head.lower_) == "report" and any(
                c.lower_ in {"video", "audio"} for c in h.head.lefts):
            return Role(country=None, sector="JRN")
        return None

    def possessor_role(self, h: "Token") -> Role | None:
        """The dictionary role of a known organization that possesses ``h``: "VOA's Mandarin
        Service" is VOA's (USA JRN) — a unit of it, not a thing it makes ("Congress's
        Countering America's Adversaries Through Sanctions Act")."""
        return self.possessing_org_role(h) if h.text in UNIT_WORDS else None

    def possessing_org_role(self, h: "Token") -> Role | None:
        """The dictionary role, with a sector, of a known organization named as ``h``'s
        possessor ("VOA's ...")."""
        for c in h.lefts:
            ent = self.ents.get(c.i)
            if c.dep_ == "poss" and ent is not None and ent[2] == "ORG":
                name = self.text(ent[0], ent[1]).removesuffix("'s").removesuffix("’s")
                role = self.role(self.lookup(name))
                if role is not None and role.sector:
                    return role
        return None

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
                    name = self.text(ent[0], ent[1]).removeprefix("the ")
                    code = country_code(name) or capital_metonym(name)
                    codes.add(None if code is None or code.startswith("IGO") else code)
        if not codes:
            return False, None
        return True, (codes.pop() if len(codes) == 1 else None)

    def based_code(self, first: int, last: int) -> str | None:
        """The country of the place an organization is "based/headquartered" in, by its
        modifier: "U.S.-based FilterLabs", "a New York-based political risk consultancy"."""
        doc = self.doc
        for k in range(first + 2, last):
            if doc[k].lower_ not in {"based", "headquartered"} or doc[k - 1].text != "-":
                continue
            end = k - 1
            ent = self.ents.get(end - 1)
            begin = ent[0] if ent is not None else end - 1
            while ent is None and begin > first and doc[begin - 1].pos_ == "PROPN":
                begin -= 1
            name = self.text(begin, end).removeprefix("the ").removeprefix("The ")
            code = country_code(name) or capital_metonym(name) or \
                lexicon.city_countries().get(name.lower())
            if code and not code.startswith("IGO"):
                return code
        return None

