"""Affiliations: the employer, organization or group a phrase's context attaches an actor to —
appositions ("Heather Barr, … director at Human Rights Watch"), "of/at/for" bodies ("a
spokesperson for UNHCR Kenya"), copular descriptions ("Yang is a Chinese businessman"),
leaders ("senators led by Jim Risch"), a person's kin, possessors and "including" members.

The country an actor's context places it in (origins, appositions, "in X", "its") is read by
``origins``; the kind, field and place of the institutions, outlets, firms and IGOs an actor
belongs to by ``institutions``, which ``Affiliations`` builds on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.nlp import climb, lemma

from . import lexicon
from .dictionary import Role
from .institutions import COMPANY_WORDS, Institutions
from .nonactors import first_conjunct
from .origins import title_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Cluster

# the kind of body a person is "of/at" → its sector (think tanks SOC, universities EDU)
AFFILIATIONS = (("think tank", "SOC"), ("think-tank", "SOC"), ("university", "EDU"), ("society", "SOC"),
                ("college", "EDU"))

# the units of an organization: "VOA's Mandarin Service", "Reuters' Beijing Bureau"
# a university's units named by their discipline (no discipline a ministry is named by: not
# "education", "law", "justice", "energy", "agriculture")
ACADEMIC_UNITS = {"department", "faculty", "school", "departments", "faculties"}
DISCIPLINES = {"history", "archaeology", "archeology", "economics", "physics", "chemistry",
               "biology", "mathematics", "sociology", "anthropology", "philosophy",
               "linguistics", "geography", "psychology", "literature", "engineering",
               "journalism", "medicine", "science", "sciences", "humanities", "politics",
               "classics", "astronomy", "geology", "statistics"}
UNIT_WORDS = {"Service", "Bureau", "Desk", "Unit", "Division", "Section", "Branch", "Wing",
              "Office", "Department", "Channel"}



# bodies a person may lead that say nothing of its sector ("headed the agency's mission")
LED_GENERIC = {"team", "teams", "mission", "missions", "delegation", "delegations", "agency",
               "group", "groups", "effort", "campaign", "charge"}

# the sectors of groups a person's possessive names them the leader of ("Al-Sharaa's HTS")
LED_SECTORS = {"REB", "PTY", "OPP", "UAF", "INS"}


class Affiliations(Institutions):
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
        return any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"relcl", "acl", "advcl", "ccomp"}
                   for t in climb(tok.head, top))

    def affiliation_sector(self, end: int) -> str | None:
        """The sector of the kind of body a name is "of/at" by its words, read on the surface
        (the parser often breaks these): "Andrew Lebovich of the Dutch international affairs
        think tank Clingendael" SOC."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].lower_ == "of" and \
                doc[end + 1].lower_ in lexicon.KIN_NOUNS:
            # "Bernadette Delon, sister of one of the victims" (VOA 6203896): kin, a civilian
            return "CVL"
        if end >= len(doc) or doc[end].lower_ not in {"of", "at", "with", "from"}:
            return None
        words: list[str] = []
        for t in doc[end + 1:end + 10]:
            if t.is_punct or t.pos_ in {"VERB", "AUX"} and t.lower_ != "think" and \
                    not t.text[:1].isupper():  # (not "Has" of "Kadir Has University")
                break
            words.append(t.lower_)
        return kind_sector(" ".join(words))

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
            of_field = False
            if sector is None and lexicon.singular(attr.lower_) in lexicon.GENERIC_TITLES:
                # "Joao Paulo Pinto is the former director of Guinea-Bissau's National Institute
                # of Study and Research": a generic title takes the body it heads; a former head
                # of a university or institute stays of its field ("the former chair of the
                # department of history and archeology", now associate dean), not ELI
                sector = next((self.head_of_body(p) for c in attr.rights
                               if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj"), None)
                title = title or attr.text
                of_field = sector not in {None, "GOV", "MIL", "COP", "LEG", "JUD"}
            if sector is None:
                continue
            codes = self.codes_aside(first, attr.i)
            if not codes:
                # "Joao Paulo Pinto is the former director of Guinea-Bissau's National
                # Institute of Study and Research": the body he belongs to
                for prep in (c for c in attr.rights if c.dep_ == "prep" and c.lower_ == "of"):
                    codes |= self.codes_aside(prep.i + 1, prep.right_edge.i + 1)
            if not of_field and any(t.lower_ in lexicon.FORMER for t in self.doc[first:attr.i]):
                sector = "ELI"
            return (codes.pop() if len(codes) == 1 else None), sector, title
        return None, None, None

    def head_of_body(self, pobj: "Token") -> str | None:
        """The sector of the body a generic title heads: "(director) of Guinea-Bissau's National
        Institute of Study and Research" EDU, "(chair) of the department of history" EDU."""
        if pobj.lower_ in ACADEMIC_UNITS and self.of_discipline(pobj):
            return "EDU"
        return self.institution(pobj)[1]

    @staticmethod
    def of_discipline(h: "Token") -> bool:
        """Is the unit "of" an academic discipline: "the department of history and
        archeology", "the faculty of economics"?"""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in DISCIPLINES for g in c.children)
            for c in h.rights)

    def leads(self, h: "Token") -> tuple[str | None, str | None]:
        """(country, sector) of the group an untitled person leads: "Eight Republican U.S.
        senators led by Jim Risch and Pete Ricketts" → USA, LEG."""
        t = first_conjunct(h)
        if t.dep_ != "pobj" or t.head.lower_ != "by" or lemma(t.head.head) != "lead" or \
                t.head.head.dep_ != "acl":
            return None, self.led_body_sector(h)
        group = t.head.head.head
        if group.tag_ not in {"NNS", "NNPS"} or not lexicon.is_person_noun(
                lexicon.singular(group.text)):
            return None, None
        first = group.left_edge.i
        _, sector, title_first = self.title_in(first, group.i + 1, set(), end_at=group.i)
        codes = self.codes_aside(first, group.i, set(range(title_first, group.i + 1))
                                 if title_first is not None else None)
        return (codes.pop() if len(codes) == 1 else None), sector

    def led_body_sector(self, h: "Token") -> str | None:
        """The sector of the body a person leads or heads, by a relative clause or as the
        subject: "Caoilfhionn Gallagher, who is leading Zamora's international legal team" JUD,
        "Glwadys Siopathis led a delegation of humanitarian workers" SOC (the members'
        sector before the body's; a bare "team", "mission" or "delegation" says none)."""
        verbs = [c for c in h.children if c.dep_ == "relcl"]
        if h.dep_ == "nsubj":
            verbs.append(h.head)
        for verb in verbs:
            if verb.pos_ != "VERB" or lemma(verb) not in {"lead", "head"}:
                continue
            for body in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
                members = [p for c in body.rights if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"]
                for tok in members + [body]:
                    title, sector, _ = self.title_in(tok.left_edge.i, tok.i + 1, set(),
                                                     end_at=tok.i)
                    if sector and (title or "").lower() not in LED_GENERIC:
                        return sector
        return None

    def of_person_code(self, h: "Token") -> str | None:
        """The one country of the person a body belongs to by "of": "The government of
        Malaysian Prime Minister Mahathir Mohamad" is Malaysia's; so is a person's family ("the
        family of Daphne Caruana Galizia, a Maltese journalist" MLT)."""
        kin = lexicon.singular(h.lower_) in lexicon.KIN_NOUNS
        if not kin and lexicon.singular(h.text) not in lexicon.ORG_NOUNS:
            return None
        for prep in (c for c in h.rights if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = self.ents.get(pobj.i)
                if ent is None or ent[2] != "PERSON":
                    continue
                codes = self.codes_aside(pobj.left_edge.i, ent[1])
                if len(codes) == 1:
                    return codes.pop()
                if kin and not codes:
                    return self.apposed_country(pobj)
        return None

    def kin_of_person(self, h: "Token") -> bool:
        """"the family of journalist Daphne Caruana Galizia": a person's kin, whose country is
        that person's, not the story's (Gallagher's clients in a story on Guatemala)."""
        if lexicon.singular(h.lower_) not in lexicon.KIN_NOUNS:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and self.label(p.i) == "PERSON" for p in c.children)
            for c in h.rights)

    def employer_sector(self, h: "Token") -> tuple[bool, str | None, str | None]:
        """(found, sector, country) of the organization a generic title belongs to by
        "of/at/for" ("Harsh Pant, the vice president of studies at the Observer Research
        Foundation" SOC, not GOV; "Daniel Cheng, president of Wan Guo Jin Liang Company" BUS):
        the dictionary's sector, else the one its own head noun names; the known body's country
        or IGO code ("Glenn Jusnes, a spokesperson for UNHCR Kenya" IGOUNO, "a spokesman for
        the Houthis" YEM)."""
        todo = [c for c in h.rights if c.dep_ == "prep" and
                c.lower_ in {"of", "at", "with", "for"}]
        for depth in range(2):  # "of studies at X"
            nxt = []
            for prep in todo:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    ent = self.ents.get(pobj.i)
                    if ent is not None and self.doc[ent[1] - 1].text in COMPANY_WORDS:
                        return True, "BUS", None  # the tagger may call "… Company" a PERSON
                    role = self.known_group(ent) if ent is not None and \
                        ent[2] in {"NORP", "PERSON"} else None
                    if role is not None:
                        # "A spokesman for the Houthis" (tagged PERSON): the armed group's
                        return True, role.sector, role.country
                    if ent is not None and ent[2] == "ORG":
                        s_, e_ = ent[0], ent[1]
                        role = self.office_role(s_, e_)
                        if role is not None:  # a known body without a sector: keep the title's
                            return role.sector is not None, role.sector, role.country
                        end = self.span_root(s_, e_)
                        return True, self.body_sector(s_, e_) or self.title_in(
                            s_, end + 1, set(), end_at=end)[1], None
                    if ent is None and pobj.pos_ == "NOUN" and \
                            lexicon.singular(pobj.text) in UNNAMED_BODIES:
                        # "the leader of his legal team": the body's own words give the sector;
                        # so do a party's: "A spokesman for the ruling party, Kwon Ho-sung,
                        # called the vote 'a political coup'" (PTY, not a spokesman's GOV)
                        first = min(c.i for c in pobj.lefts) if any(True for _ in pobj.lefts) \
                            else pobj.i
                        named = next((c for c in pobj.children if c.dep_ == "appos"
                                      and c.i in self.ents), None)
                        role = self.role(self.lookup(self.text(
                            self.ents[named.i][0], self.ents[named.i][1]))) if named else None
                        if role is not None and role.sector:
                            # "a spokesman for the Islamist group Hamas": the group named
                            return True, role.sector, role.country
                        if any(c.lower_ == "opposition" for c in pobj.lefts):
                            # "a spokeswoman for the main opposition party": the opposition
                            # (OPP), as the party itself is coded
                            return True, "OPP", None
                        return True, self.title_in(first, pobj.i + 1, set(), end_at=pobj.i)[1], None
                    nxt.extend(c for c in pobj.rights
                               if c.dep_ == "prep" and c.lower_ in {"at", "of"})
            todo = nxt
        return False, None, None

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


# verbs whose subject works for the body their "at/for/with" phrase names ("She works for the
# BBC", "he teaches at Makerere University", "served with the U.N. mission", "volunteers with
# the Red Cross")
WORK_VERBS = {"work", "serve", "teach", "volunteer"}
HEAD_VERBS = {"head", "lead", "found", "direct", "chair", "run", "co-found"}
WORK_PREPS = {"at", "for", "with"}
TITLE_PREPS = {"of", "at", "for", "with"}
# bodies a text may name by their kind alone, whose own words then give the sector of the
# rank held in them ("the leader of his legal team", "a spokesman for the ruling party" PTY,
# "a spokeswoman for the opposition coalition" OPP)
UNNAMED_BODIES = {"team", "group", "firm", "company", "party", "coalition", "bloc", "alliance"}


def fill_from_predicates(clusters: list["Cluster"], doc: "Doc") -> None:
    """A named person whose own phrases say nothing of country or sector takes the sector (and
    country) of the body another sentence's predicate attaches a mention of them (name or
    pronoun) to: "Banjai is also president of Guinea-Lanta, an NGO that worked with the
    archaeologists" SOC (VOA 8011218); "X works at Y", "X heads Y", "she is a professor at Y".
    The body is read from its own actor cluster (its name or a noun apposed to it), so only a
    body the layer has coded gives anything."""
    bodies: dict[int, "Cluster"] | None = None
    for c in clusters:
        if c.kind != "person" or not c.names() or \
                (c.country() is not None and c.sector() is not None):
            continue
        if bodies is None:
            bodies = _body_clusters(clusters, doc)
        heads = [(m.head, False) for m in c.mentions] + \
            [(i, True) for i in _unmentioned_full_names(c, doc)]
        for head, unmentioned in heads:
            tokens = _employer_tokens(doc[head], unmentioned)
            body = _employer_body(tokens, bodies, c)
            kind = None if body is not None else next(
                (k for t, apposed in tokens if not apposed and
                 (k := _kind_of_body(t)) is not None), None)
            if body is None and kind is None:
                continue
            target = next(n for n in c.named if n.name)
            if c.sector() is None and (kind or body.sector()):
                target.sector = kind or body.sector()
            if body is None:
                break
            country = body.country()
            if c.country() is None and country and not any(n.country for n in c.named):
                target.country, target.employed = country, True
            break


def _employer_body(tokens: list[tuple["Token", bool]], bodies: dict[int, "Cluster"],
                   c: "Cluster") -> "Cluster | None":
    """The first body cluster other than ``c`` that one of the employer ``tokens`` names: an
    organization, or a noun apposed to a body no person's mention covers."""
    for t, apposed in tokens:
        body = bodies.get(t.i)
        if body is None or body is c:
            continue
        if body.kind == "organization" or apposed and (
                t.head.i not in bodies or bodies[t.head.i].kind != "person"):
            return body
    return None


def _unmentioned_full_names(c: "Cluster", doc: "Doc") -> list[int]:
    """The heads of PERSON entities ending in the one-word name (a surname) that is all ``c``
    is called, which no mention of ``c`` covers (the parser misread them, so no mention was made): "In Abidjan, Willy Neth,
    coordinator for the International Federation for Human Rights in Ivory Coast, says …"
    (VOA 6203896, "Willy Neth" a conjunct of "Abidjan") for the later "Neth says"."""
    names = set(c.names())
    if len(names) != 1 or " " in next(iter(names)):
        return []  # (a cluster with a full name has its own apposition: "Paul Joseph" is not
        # the "Jean Joseph" of another sentence)
    covered = {(m.start, m.end) for m in c.mentions}
    return [ent.root.i for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and
            ent[-1].text in names and not any(s <= ent.start_char < e for s, e in covered)
            and any(a.dep_ == "appos" for a in ent.root.children)]


def _body_clusters(clusters: list["Cluster"], doc: "Doc") -> dict[int, "Cluster"]:
    """Token index → the cluster whose mention covers that token (an organization; or any noun
    the caller takes only apposed to a body no person's mention covers: "Guinea-Lanta, an NGO",
    coded as a person named "NGO")."""
    out: dict[int, "Cluster"] = {}
    for c in clusters:
        for m in c.named:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for t in span if span is not None else ():
                out[t.i] = c
    # an organization's name inside a person's mention ("WindEurope’s public affairs chief Ivan
    # Pineda") is that organization's, found by its name
    orgs = {name: c for c in clusters if c.kind == "organization" for name in c.names()}
    for ent in doc.ents:
        c = orgs.get(ent.text.removeprefix("the ")) if ent.label_ == "ORG" else None
        if c is not None and all(t.i not in out or out[t.i].kind == "person" for t in ent):
            out.update((t.i, c) for t in ent)
    return out


def _kind_of_body(tok: "Token") -> str | None:
    """The sector the kind of an uncoded named body gives by its words ("She is a professor
    at Harvard University" EDU; as ``affiliation_sector`` reads "X of the Y think tank")."""
    if tok.ent_type_ != "ORG":
        return None
    words = " ".join(t.lower_ for t in tok.subtree if t.ent_type_ == "ORG")
    return kind_sector(words)


def kind_sector(words: str) -> str | None:
    """The sector of the first kind of body of ``AFFILIATIONS`` the lower-cased ``words``
    contain ("the dutch international affairs think tank clingendael" SOC)."""
    return next((sector for key, sector in AFFILIATIONS if key in words), None)


def _employer_tokens(h: "Token", unmentioned: bool = False) -> list[tuple["Token", bool]]:
    """The tokens naming the body a predicate of the subject ``h`` attaches it to: the object of
    "works at/for", of a copula's agent noun ("is also president of Guinea-Lanta"), or of
    "heads/leads/founded", with a noun apposed to it ("Guinea-Lanta, an NGO"); and the
    possessor of a title before the name ("WindEurope’s public affairs chief Ivan Pineda")."""
    out: list[tuple["Token", bool]] = []
    if h.dep_ in {"nsubj", "nsubjpass"}:
        out += _predicate_bodies(h.head)
    if unmentioned:
        # "Willy Neth, coordinator for the International Federation …" (a name no mention
        # covers, from ``_unmentioned_full_names``; a mention's own apposition is read when the
        # mention is coded)
        out += [(p, False) for a in h.children if a.dep_ == "appos"
                for p in title_objects(a, TITLE_PREPS)]
    # "said WindEurope’s public affairs chief Ivan Pineda" (VOA 6180790; "WindEurope’s CEO Giles
    # Dickson" there, "General Motors's chief executive Rick Wagoner" in MEANTIME): the body
    # that possesses the title before the name employs the person
    out += [(p, False) for t in h.lefts if t.dep_ == "compound" and not t.ent_type_
            for p in t.lefts if p.dep_ == "poss"]
    for rel in (c for c in h.children if c.dep_ == "relcl"):
        # "Maimane, who headed the opposition Democratic Alliance": the relative's predicate
        if any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in rel.children):
            out += _predicate_bodies(rel)
    return out


def _predicate_bodies(verb: "Token") -> list[tuple["Token", bool]]:
    """The body tokens (with apposed nouns, flagged) a predicate ``verb`` names."""
    objs: list["Token"] = []
    lem = lemma(verb)
    if lem in WORK_VERBS:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in WORK_PREPS]
        objs = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    elif lem == "be":
        objs = [p for c in verb.children if c.dep_ == "attr"
                for p in title_objects(c, TITLE_PREPS)]
    elif lem in HEAD_VERBS and verb.pos_ == "VERB":
        # not a bare "mission" or "team" ("who headed the agency's mission"): no body's sector
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in LED_GENERIC]
    out: list[tuple["Token", bool]] = []
    for o in objs:
        out.append((o, False))
        out.extend((c, True) for c in o.children if c.dep_ == "appos")
    return out
