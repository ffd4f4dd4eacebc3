"""Institutions: the kind, field and place of the bodies actors belong to — firms by the last
word of their name ("Global Source Partners" BUS), news outlets ("The Phnom Penh Post" KHM JRN),
policy institutes and NGOs by their head and field words ("the International Diabetes
Federation" MED), a body's description ("an outlet covering China news" JRN), the workplace
an apposition names ("an expert at the X Institute"), institutions named after a place
("Nairobi Hospital" KEN), and the IGO an official, judge or force acts for ("Kenyan judge X of
the African Court" IGOAFU).  ``Institutions`` builds on ``origins.Origins`` and is the base of
``affiliation.Affiliations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.countries import (capital_metonym, country_code, demonym_code, normalize,
                                 state_country)

from . import lexicon
from .dictionary import Role
from .origins import Origins

if TYPE_CHECKING:
    from spacy.tokens import Token

COMPANY_WORDS = {"Company", "Corporation", "Corp.", "Inc.", "Ltd.", "Ltd", "Co.", "LLC",
                 "Group", "Holdings", "Bank"}
# the last word of a firm's name: "Global Source Partners", "Delta Air Lines", "Ilisu Holdings"
FIRM_WORDS = COMPANY_WORDS - {"Bank", "Group"} | {
    "Partners", "Associates", "Consulting", "Consultants", "Advisors", "Advisers", "Securities",
    "Investments", "Ventures", "Capital", "Airlines", "Airways", "Lines", "Motors",
    "Industries", "Enterprises", "Technologies", "Plc", "PLC", "AG", "SA", "GmbH",
    # the legal forms of other countries' firms: "Fiat Group SpA", "EADS N.V.", "Barclays plc"
    "plc", "Inc", "Corp", "Limited", "Incorporated", "SpA", "S.p.A.", "NV", "N.V.", "S.A.",
    "SE", "BV", "B.V.", "KK", "Pty"}
# a publishing house by its name: "the Peace Publish Center" (VOA 8011004), "Foreign Languages
# Publishing House" — a firm (BUS), not a think tank nor a news outlet
PUBLISHING_WORDS = {"Publish", "Publishing", "Publications"}
PUBLISHING_HEADS = {"Center", "Centre", "House", "Company", "Group"}
# the last word of a news outlet's name: "The Phnom Penh Post", "Khmer Times", "Daily Monitor"
OUTLET_WORDS = {"Post", "Times", "Herald", "Tribune", "Gazette", "Journal", "Chronicle", "Daily",
                "Telegraph", "Observer", "Mirror", "Monitor", "Courier", "Dispatch", "Bulletin",
                "Inquirer", "Newspaper", "Magazine", "Radio", "TV", "Television", "News",
                "Broadcasting", "Broadcaster"}

# a think tank by its name: a research body ("Institute", "Center") on policy ("Kurdish Center
# for Studies", "Center for Strategic and International Studies"); not a "Council" ("National
# Security Council" is a government body)
THINK_TANK_HEADS = {"Institute", "Center", "Centre", "Foundation"}
# a "Front" is a political movement, a party (Sudan's "National Islamic Front" PTY, not REL by
# "Islamic"), unless its name says it fights ("the Moro Islamic Liberation Front", "al-Nusra Front")
ARMED_FRONT_WORDS = {"Liberation", "Armed", "Resistance", "Jihad", "Nusra", "al-Nusra", "Polisario",
                     "Revolutionary", "Military", "Mujahideen"}
POLICY_WORDS = {"Policy", "Affairs", "Strategic", "Strategy", "Studies", "Peace",
                "Security", "Democracy", "Relations", "International"}
# an area-studies centre by the places before its head: "the Carnegie Russia Eurasia Center",
# "the Carnegie Middle East Center" (a region or country is the subject of its research)
AREA_WORDS = {"Eurasia", "Asia", "Africa", "Europe", "Middle", "East", "Pacific", "Americas",
              "Latin", "America", "Arctic", "Balkans", "Caucasus", "Eurasian", "Asian",
              "African", "European"}
AREA_HEADS = {"Center", "Centre"}

# a non-governmental body by its head word, whose field words give its sector: "the
# International Diabetes Federation" MED, "the Kenya Union of Journalists" JRN (a class of
# names, not a list of them)
NGO_HEADS = {"Federation", "Foundation", "Association", "Society", "Council", "Alliance",
             "Union", "League", "Network", "Coalition", "Committee", "Fund", "Trust",
             "Institute", "Center", "Centre", "Organization", "Organisation", "Federations",
             "Associations", "Board", "Chamber", "Guild", "Syndicate", "Confederation",
             "Congress"}
FIELD_SECTORS = {
    "MED": {"health", "medical", "medicine", "diabetes", "cancer", "heart", "hospital",
            "hospitals", "nurses", "nursing", "doctors", "physicians", "surgeons", "aids",
            "hiv", "malaria", "tuberculosis", "pediatric", "pediatrics", "paediatric",
            "dental", "disease", "diseases", "epidemiology", "healthcare", "midwives",
            "pharmacists", "cardiology", "oncology", "psychiatric", "kidney", "stroke",
            "alzheimer's", "autism", "vaccine", "vaccines", "immunization"},
    # a research body: "the Spanish National Research Council" (VOA 8011218), the lead
    # institution of an archaeological dig
    "EDU": {"teachers", "education", "educators", "universities", "schools", "students",
            "academic", "academics", "scholars", "research", "scientific", "sciences"},
    "JRN": {"journalists", "journalism", "press", "broadcasters", "publishers", "editors",
            "newspapers", "reporters"},
    "LAB": {"workers", "labor", "labour", "unions", "employees", "miners", "dockworkers",
            "teamsters"},
    "BUS": {"commerce", "industry", "industries", "manufacturers", "business", "businesses",
            "employers", "exporters", "importers", "bankers", "chambers", "retailers",
            # a trade's own association or council: "the Distilled Spirits Council" (VOA
            # 8009495), "the Houston Restaurant Association", "the Hotel Owners Association"
            "restaurant", "restaurants", "spirits", "distillers", "brewers", "winemakers",
            "hotel", "hotels", "hoteliers", "producers", "growers", "automakers", "insurers",
            "shippers", "shipowners", "truckers", "wholesalers", "manufacturing", "petroleum",
            "automobile", "beverage", "beverages", "tourism"},
    # (not "democracy": the "National League for Democracy" is a party)
    "SOC": {"rights", "liberties", "freedoms", "transparency", "environmental",
            "conservation", "wildlife", "humanitarian", "relief", "refugee", "refugees",
            "cross", "crescent"},
    # "the Association of African Jurists" (PLOVER GSR: JUD)
    "JUD": {"jurists", "lawyers", "judges", "magistrates", "attorneys", "advocates"},
}
FIELD_OF = {w: sector for sector, words in FIELD_SECTORS.items() for w in words}

# the last word of a body's name that gives its kind when no word of the name is an agent
# noun: "Israel's Northern Command", "the U.S. Africa Command" MIL, "the Academy of
# Sciences" EDU (a "Police Academy" or "Naval Academy" keeps its agent word's sector; not
# "Brigade", "Battalion": armed groups name their units so, "the Majeed Brigade" of the BLA)
NAME_KINDS = {"Command": "MIL", "Academy": "EDU", "College": "EDU", "Polytechnic": "EDU"}

# the kind noun an apposition or copula gives an organization: "Caixin, an outlet covering
# China's economy" JRN, "Huawei, a Chinese telecom giant" BUS (beyond the agent nouns)
KIND_NOUNS = {"outlet": "JRN", "site": "JRN", "portal": "JRN", "tabloid": "JRN",
              "daily": "JRN", "weekly": "JRN", "publication": "JRN", "channel": "JRN",
              "giant": "BUS", "conglomerate": "BUS", "maker": "BUS", "manufacturer": "BUS",
              "producer": "BUS", "retailer": "BUS", "carrier": "BUS", "airline": "BUS",
              "startup": "BUS", "start-up": "BUS", "operator": "BUS", "developer": "BUS",
              "supplier": "BUS", "exporter": "BUS", "lender": "BUS", "insurer": "BUS",
              "brand": "BUS", "chain": "BUS", "planemaker": "BUS", "automaker": "BUS",
              "carmaker": "BUS", "chipmaker": "BUS", "drugmaker": "BUS", "charity": "SOC", "nonprofit": "SOC",
              "non-profit": "SOC", "watchdog": "SOC", "think-tank": "SOC"}

# kind nouns written after a body's name that say it is non-governmental ("the X think tank",
# "the X NGO"): not "the X agency"/"group", whose sector the name's own words give
AFTER_KINDS = {"ngo": "SOC", "charity": "SOC", "nonprofit": "SOC", "non-profit": "SOC",
               "think-tank": "SOC"}

# how far back a possessive common noun ("the court's") looks for the body it names
BODY_WINDOW = 200

# the ranks a person holds in a body (not a lawyer's or an agent's client): "network director
# for Birdlife Spain"
BODY_RANKS = {"director", "president", "chairman", "chairwoman", "chair", "head", "member",
              "coordinator", "founder", "co-founder", "secretary", "treasurer", "manager"}


class Institutions(Origins):
    """Sector, country and IGO of the bodies a phrase names or belongs to."""

    def known_group(self, ent: tuple[int, int, str]) -> Role | None:
        """The role of the entity if the dictionary knows it as an organization ("the
        Houthis")."""
        entry = self.lookup(self.text(ent[0], ent[1]).removeprefix("the ").removeprefix("The "))
        return self.role(entry) if entry is not None and entry.kind != "person" else None

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
        kind = self.kind_after(last)
        if kind is not None:
            return kind
        words = [t.text for t in self.doc[first:last]]
        if len(words) > 1 and words[-1] in PUBLISHING_HEADS and \
                any(w in PUBLISHING_WORDS for w in words[:-1]):
            return "BUS"  # "the Peace Publish Center": a publishing house
        heads = [k for k, w in enumerate(words) if w in THINK_TANK_HEADS]
        # the policy word after the head or right before it: "Institute of Peace", "Policy
        # Institute" (not "the Peace Publish Center", a publisher)
        if heads and any(w in POLICY_WORDS and (k > heads[0] or k + 1 in heads)
                         for k, w in enumerate(words)):
            return "SOC"
        if self.area_centre(words):
            return "SOC"
        councils = [k for k, w in enumerate(words[:-2]) if w == "Council" and
                    words[k + 1] in {"on", "for"}]
        if councils and any(w in POLICY_WORDS for w in words[councils[0] + 2:]):
            return "SOC"  # "the European Council on Foreign Relations" (not "National Security Council")
        if len(words) > 1 and words[-1] == "Front" and \
                not any(w in ARMED_FRONT_WORDS for w in words):
            return "PTY"  # "the National Islamic Front", "the National Front"
        if len(words) > 1 and words[-1] in FIRM_WORDS:
            return "BUS"  # "Wan Guo Jin Liang Company", "Ilisu Holdings"
        sector = self.field_sector(first, last)
        if sector is None and len(words) > 1:
            # its head: the last word, or the word before "of" ("the Chinese Academy of Sciences")
            kinds = [k for k, w in enumerate(words) if w in NAME_KINDS and k > 0 and (
                k == len(words) - 1 or words[k + 1] == "of")]
            if kinds and self.title_in(first, first + kinds[0], set())[1] is None:
                return NAME_KINDS[words[kinds[0]]]  # "Israel's Northern Command" MIL
        return sector

    def kind_after(self, last: int) -> str | None:
        """The sector of a kind noun written right after a name: "Andrew Yang,
        secretary-general of the Chinese Council of Advanced Policy Studies think tank" SOC
        (not GOV by "Council"), "the Guinea-Lanta NGO" SOC."""
        doc = self.doc
        if last >= len(doc) or doc[last].pos_ not in {"NOUN", "PROPN", "VERB"}:
            return None
        word = doc[last].lower_
        if word == "think" and last + 1 < len(doc) and doc[last + 1].lower_ in {"tank", "tanks"}:
            return "SOC"
        if word in AFTER_KINDS and (last + 1 == len(doc) or doc[last + 1].pos_ not in {
                "NOUN", "PROPN"}):
            return AFTER_KINDS[word]
        return None

    @staticmethod
    def area_centre(words: list[str]) -> bool:
        """Is the name an area-studies centre: "Carnegie Russia Eurasia Center" (a founder's
        name, then the places it studies, then "Center"; not "Nairobi Hospital Center", whose
        kind word gives MED, nor a place's own centre, "the Kenya Center")?"""
        if len(words) < 3 or words[-1] not in AREA_HEADS or words[0] in AREA_WORDS or \
                country_code(words[0]):
            return False
        places = [w for w in words[1:-1] if w in AREA_WORDS or country_code(w)]
        return bool(places) and all(
            w in AREA_WORDS or country_code(w) or (w[:1].isupper() and
                                                   lexicon.agent_sector([w]) is None)
            for w in words[1:-1])

    def field_sector(self, first: int, last: int) -> str | None:
        """The sector the field words of a non-governmental body's name give: "the
        International Diabetes Federation" MED, "the Federation of Kenya Employers" BUS; None
        unless the name has a body head word and its field words agree."""
        words = [t.text for t in self.doc[first:last]]
        if not any(w in NGO_HEADS for w in words):
            return None
        found = {FIELD_OF[w.lower()] for w in words if w.lower() in FIELD_OF}
        return found.pop() if len(found) == 1 else None

    def field_sector_after(self, first: int, last: int) -> str | None:
        """The field sector of a body's name and the "for/of …" words the tagger cut from it:
        "The Cambodian League [for the Promotion and Defense of Human Rights]" SOC."""
        doc = self.doc
        end = last
        if end < len(doc) and doc[end].lower_ in {"for", "of", "on", "against"}:
            end += 1
            while end < min(len(doc), last + 10) and not doc[end].is_punct and \
                    doc[end].pos_ not in {"VERB", "AUX"}:
                end += 1
        return self.field_sector(first, end)

    def kind_sector(self, first: int, last: int) -> str | None:
        """The sector an organization's name gives by its kind: its body words ("… Company"
        BUS, a policy institute SOC, a news outlet JRN, a health federation MED), else the agent
        noun at its head ("University" EDU, "Hospital" MED)."""
        sector = self.body_sector(first, last)
        if sector is not None:
            return sector
        end = self.span_root(first, last)
        return self.title_in(first, end + 1, set(), end_at=end)[1]

    def workplace(self, h: "Token") -> tuple[str | None, str | None]:
        """(country, sector) of the institution an apposition places a named person at: "Jeffrey
        Lewis, an expert at the Middlebury Institute of International Studies" SOC, "an analyst
        at the University of Southern California's Annenberg School" USA EDU; the known body's
        role first, else the kind its name gives, and the place it stands in."""
        # "analyst Atilla Yesilada of Global Source Partners": the name's own "of/at"
        heads = [h, *(c for c in h.children if c.dep_ == "appos")]
        for appos in heads:
            if appos.i != h.i and not lexicon.is_person_noun(lexicon.singular(appos.text)):
                continue
            for prep in (c for c in appos.rights if c.dep_ == "prep"
                         and c.lower_ in {"at", "of", "with", "from", "for"}):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.institution(pobj)
                    if found != (None, None):
                        return found
        return None, None

    def institution(self, pobj: "Token") -> tuple[str | None, str | None]:
        """(country, sector) of the organization named by the phrase headed by ``pobj``."""
        first = pobj.left_edge.i
        # the kind noun after the name: "the Lowy Institute think tank" SOC, not EDU
        kind = self.title_in(first, pobj.i + 1, set(), end_at=pobj.i)[1] \
            if pobj.pos_ == "NOUN" and pobj.i not in self.ents else None
        for i in range(first, pobj.i + 1):
            ent = self.ents.get(i)
            if ent is None or ent[0] != i or ent[2] not in {"ORG", "PERSON"}:
                continue
            if ent[2] == "PERSON":
                # a body's national branch the tagger took for a person: "Ramon Marti,
                # network director for Birdlife Spain" ESP (VOA 6180790)
                # (only after a rank in a body: "a lawyer for Michael Jordan" is a client's;
                # and not a name that opens with a person's given name: "Estee Portnoy, business
                # manager for Michael Jordan", "communications director for Steve Israel")
                country = self.branch_country(ent[0], ent[1]) if ent[1] - ent[0] > 1 and \
                    pobj.head.head.lower_ in BODY_RANKS and normalize(
                        self.doc[ent[0]].text) not in self.dictionary.given_names else None
                if country is not None:
                    return country, None
                continue
            name = self.text(ent[0], ent[1]).removesuffix("'s").removesuffix("’s")
            role = self.role(self.lookup(name.removeprefix("the ")))
            if role is not None and role.sector:
                return role.country, role.sector
            s_ = ent[0] + (self.doc[ent[0]].lower_ == "the")
            e_ = ent[1] - (self.doc[ent[1] - 1].text in {"'s", "’s"})
            sector = kind or (self.kind_sector(s_, e_) if e_ > s_ else None)
            if sector is not None:
                country = self.place_of_org(ent[0]) or self.possessive_place(s_) or \
                    country_code(name) or self.place_named(s_, e_)
                return country, sector
        if pobj.pos_ == "PROPN" and pobj.i not in self.ents:
            # a name the tagger missed: "analyst Atilla Yesilada of Global Source Partners" BUS
            sector = self.body_sector(first + (self.doc[first].lower_ == "the"), pobj.i + 1)
            if sector is not None:
                return None, sector
        if pobj.pos_ in {"NOUN", "PROPN"} and not lexicon.is_person_noun(
                lexicon.singular(pobj.text)):  # "the University of X's Annenberg School"
            # … or the kind its own apposition gives ("the Eurasia Group, a New York-based
            # political risk consultancy" BUS)
            return None, self.title_in(pobj.i, pobj.i + 1, set(), end_at=pobj.i)[1] or \
                self.described_kind(pobj) or self.common_field_sector(first, pobj.i)
        return None, None

    def branch_country(self, first: int, last: int) -> str | None:
        """The country that ends a body's name of several capitalized words, after a first word
        that names no place: "Birdlife Spain" ESP, "Oxfam Ireland" IRL (not "South Sudan", not
        "the Republic of Kenya", whose last word is the place itself)."""
        words = list(self.doc[first:last])
        if not all(t.text[:1].isupper() for t in words) or \
                any(t.lower_ in {"of", "for", "in"} for t in words):
            return None
        code = country_code(words[-1].text)
        if code is None or code.startswith("IGO") or country_code(self.text(first, last)) or \
                country_code(words[0].text) or demonym_code(words[0].text) or \
                lexicon.city_countries().get(words[0].lower_) or \
                state_country(words[0].text):
            return None
        return code

    def common_field_sector(self, first: int, head: int) -> str | None:
        """The sector the field words give a body named by common nouns: "director at the
        conservation coalition" SOC (VOA 8010588), "the health alliance" MED."""
        if self.doc[head].text.capitalize() not in NGO_HEADS:
            return None
        found = {FIELD_OF[t.lower_] for t in self.doc[first:head] if t.lower_ in FIELD_OF}
        return found.pop() if len(found) == 1 else None

    def place_named(self, first: int, last: int) -> str | None:
        """The one country of the places an institution's name names: "the University of
        Southern California" USA, "Nairobi Hospital" KEN, "the Lagos Chamber of Commerce" NGA (a
        U.S. state or a large city of one country; not a word of the name's head).  (A first-level
        division only one country has, ``origins.region_countries``, "the Lamu County
        Government" KEN, was measured (helper act2) with and without GOV/MIL/COP/LEG/JUD bodies:
        nothing moved on GSR, VOA or the judged rows, so it is left out; "Ngamiland Council of
        Non-Governmental Organisations", VOA 8010588, names a district the gazetteer lacks.)"""
        codes: set[str] = set()
        cities = lexicon.city_countries()
        for i in range(first, last):
            if not self.doc[i].text[:1].isupper():
                continue
            for j in (i + 2, i + 1):
                if j > last:
                    continue
                words = self.text(i, j)
                code = state_country(words) or cities.get(words.lower())
                if code:
                    codes.add(code)
                    break
        return codes.pop() if len(codes) == 1 else None

    def described_kind(self, h: "Token") -> str | None:
        """The sector of the kind an apposition or copula gives an unknown organization:
        "Caixin, an outlet covering China news" JRN, "X is a news site" JRN."""
        nouns = [c for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if h.dep_ == "nsubj" and h.head.lower_ in {"is", "was"}:
            nouns += [c for c in h.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        for noun in nouns:
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in noun.children):
                continue
            word = lexicon.singular(noun.text)
            sector = KIND_NOUNS.get(word) or (None if lexicon.is_person_noun(word) else
                                              self.title_in(noun.left_edge.i, noun.i + 1, set(),
                                                            end_at=noun.i)[1])
            if sector is not None:
                return sector
        return None

    def igo_employer(self, h: "Token") -> tuple[str | None, str | None]:
        """(IGO code, sector) of the international body an official, judge, envoy or force
        belongs to by "of/at/for/from/with" or an apposition: "Kenyan judge X of the African
        Court on Human and Peoples' Rights" IGOAFU JUD, "officials from ECOWAS" IGOWAS (an
        official acting for an IGO takes its code, not their nationality)."""
        end = h.right_edge.i + 1
        if not any(self.ents.get(i, (0, 0, ""))[2] == "ORG" for i in range(h.i + 1, end)):
            return None, None  # no organization after it (most phrases): nothing to belong to
        heads = [h, *(c for c in h.children if c.dep_ == "appos")]
        for head in heads:
            todo = [c for c in head.rights if c.dep_ == "prep" and
                    c.lower_ in {"of", "at", "for", "from", "with"}]
            for _ in range(2):  # "the chief of staff of the U.N. mission"
                nxt = []
                for prep in todo:
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        ent = self.ents.get(pobj.i)
                        if ent is not None and ent[2] == "ORG":
                            s_ = ent[0] + (self.doc[ent[0]].lower_ == "the")
                            role = self.office_role(s_, ent[1]) or self.role(self.lookup(
                                self.text(s_, pobj.right_edge.i + 1)))  # (a name cut short)
                            if role is None:
                                return None, None
                            if (role.country or "").startswith("IGO"):
                                return role.country, role.sector
                            return None, None
                        nxt.extend(c for c in pobj.rights if c.dep_ == "prep" and
                                   c.lower_ in {"of", "at"})
                todo = nxt
        return None, None

    def body_possessor_code(self, h: "Token") -> str | None:
        """The country of the body a possessive common noun names by its kind: "The court's
        president" after "The Hague-based International Court of Justice" IGOUNO, "The force's
        commander" after "the ECOWAS standby force" IGOWAS — the nearest organization named
        before whose name, or the noun the name modifies, has that word ("Court", "force"),
        within the last ``BODY_WINDOW`` tokens."""
        poss = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if poss is None or lexicon.singular(poss.lower_) not in lexicon.ORG_NOUNS:
            return None
        word = lexicon.singular(poss.lower_)
        i = poss.i - 1
        while i >= max(0, poss.i - BODY_WINDOW):
            ent = self.ents.get(i)
            if ent is None or ent[2] != "ORG":
                i -= 1
                continue
            root = self.doc[self.span_root(ent[0], ent[1])]
            modified = root.head if root.dep_ in {"compound", "nmod"} else None
            if any(lexicon.singular(t.lower_) == word for t in self.doc[ent[0]:ent[1]]) or (
                    modified is not None and lexicon.singular(modified.lower_) == word):
                name = self.text(ent[0], ent[1]).removeprefix("the ").removeprefix("The ")
                role = self.role(self.lookup(name.removesuffix("'s").removesuffix("’s")))
                if role is not None:
                    return role.country
                return self.inner_code(ent[0], ent[1], -1) or self.possessive_place(ent[0])
            i = ent[0] - 1
        return None

    def preceding_body(self, first: int) -> Role | None:
        """The role of a known organization named right before a title the tagger split from
        it, past a bracketed acronym: "the International Atomic Energy Agency [IAEA] Director
        General" IGOIAE."""
        doc = self.doc
        j = first - 1
        if j >= 0 and doc[j].text in {")", "]"}:
            opener = "(" if doc[j].text == ")" else "["
            k = j - 1
            while k >= max(0, j - 4) and doc[k].text != opener:
                k -= 1
            if k < 0 or doc[k].text != opener:
                return None
            j = k - 1
        ent = self.ents.get(j) if j >= 0 else None
        if ent is None or ent[1] != j + 1 or ent[2] != "ORG":
            return None
        name = self.text(ent[0], ent[1]).removeprefix("the ").removeprefix("The ")
        return self.role(self.lookup(name))
