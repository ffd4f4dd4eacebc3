"""The parsed article as the mention finder reads it: entity index, dictionary lookups, the
token span of a phrase, the title (agent phrase) inside it, and the countries and sectors its
modifiers name ("China’s Foreign Ministry", "a senior al-Shabab leader").

``FinderBase`` holds the per-article state; the not-an-actor tests (``nonactors``), the
affiliation and origin helpers (``affiliation``, ``origins``) and the coder (``coding``) build
on it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateline.countries import capital_metonym, country_code, demonym_code, normalize
from dateline.nlp import doc_text
from dateline.record import Article

from . import lexicon
from .dictionary import Dictionary, Entry, Role

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .coding import Mention

LEFT_MODS = {"det", "predet", "poss", "compound", "amod", "nmod", "nummod", "quantmod", "case",
             "npadvmod"}
REGIONS = {"European", "African", "Asian", "Western", "Eastern", "Latin", "Arab", "Nordic",
           "Scandinavian", "Balkan", "Gulf", "Pacific", "Caribbean", "Central", "Southeast",
           "Middle", "Baltic", "Sahel", "Sahelian"}
# kind words a writer puts between a field and a body's name ("Media watchdog Reporters
# Without Borders", "Medical charity Doctors Without Borders")
KIND_WORDS = {"watchdog", "charity", "group", "organization", "organisation", "ngo"}
# the most words of a dictionary name looked for in the text
LONGEST_NAME = 6
# adherents of the world faiths: a group named by its faith is of many states, as one named by
# a region ("Muslim hackers angered by the publication of cartoons ... defaced nearly 3,000
# Danish Web sites", GSR: no country, not Denmark's); not "A Christian-dominated militia" (VOA
# 7686618: CAF).  Also given names: "German Finance Minister Christian Lindner"
RELIGION_NAMES = {"christian", "muslim", "catholic", "jewish", "hindu", "buddhist"}
CONTINENTS = {"africa", "europe", "asia", "latin america", "south america", "north america",
              "the americas", "americas", "middle east", "sub-saharan africa", "west africa",
              "east africa", "southern africa", "north africa", "central africa", "the sahel",
              "sahel", "southeast asia", "central asia", "south asia", "east asia", "balkans",
              "the balkans", "caribbean", "the caribbean", "scandinavia", "the gulf", "gulf",
              "horn of africa", "the horn of africa", "eastern europe", "western europe",
              "central europe", "asia-pacific", "indo-pacific", "oceania"}
# entity labels a titled name may carry when the tagger missed the person
MISSED_LABELS = {None, "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LANGUAGE", "LAW"}
# the sectors of armed groups (a known one named as a modifier gives a group its country;
# described by its creed it is still armed: "the Islamist Hayat Tahrir al-Sham" REB)
ARMED = {"REB", "UAF", "INS", "PRM", "CRM"}
# sectors of bodies that are no part of a bloc whatever region their name gives
PRIVATE_SECTORS = {"SOC", "BUS", "JRN"}
PLACE_PREPS = {"in", "at", "near", "into", "across", "throughout", "inside", "outside", "around",
               "outside", "within"}
# a country after these words inside a name is its topic: "Inter-Parliamentary Alliance on China"
TOPIC_PREPS = {"on", "for", "about", "against", "toward", "towards"}
PLACE_PREFIXES = {"New", "South", "North", "East", "West", "Northern", "Southern", "Eastern",
                  "Western", "Central", "Upper", "Lower", "Greater"}
OF_TITLE_WORDS = {"opposition", "state", "defense", "defence", "affairs", "interior", "justice", "staff",
                  "deputies", "representatives", "commons", "lords", "commerce", "finance",
                  "security", "homeland", "health", "treasury", "war", "ministers"}


def entity_index(article: Article) -> dict[int, tuple[int, int, str]]:
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



# The participles of a hyphenated modifier that give a body its seat ("the Paris-based
# International Energy Agency", "a New York-based consultancy"), and with them those that give
# a person's origin or destination: neither makes the first half the phrase's own country.
SEAT_WORDS = {"based", "headquartered"}
ORIGIN_WORDS = SEAT_WORDS | {"born", "bound"}
# Participles that make the first half a patron ("the Iran-backed rebels", the Houthis of Yemen;
# "Russian-backed separatists"; "Saudi-funded schools"): the patron is not the phrase's country
# ("U.S.-led", "Saudi-led" stay: a coalition is its leader's; so do "-appointed", "-installed":
# a "United Nations-appointed special rapporteur" serves the UN, VOA 7750892).
PATRON_WORDS = {"backed", "funded", "sponsored", "supported", "armed", "trained", "financed",
                "allied", "aligned", "friendly", "leaning", "inspired"}


def acronym(word: str) -> bool:
    """An acronym in capitals of three letters or more ("ECOWAS", "NATO")."""
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _one_state(roles: list[Role]) -> Role | None:
    """The first of ``roles`` when they are all one state's, else (none, or several) None."""
    return roles[0] if len({r.country for r in roles}) == 1 else None


def string_column(strings: "object", keys: list[int]) -> list[str]:
    """The strings of a column of string keys read from a doc's array (a lower form, part of
    speech, tag or dependency label per token), each distinct key looked up once."""
    names = {k: strings[k] for k in set(keys)}  # type: ignore[index]
    return [names[k] for k in keys]


class FinderBase:
    """The state of one article's mention finding and the phrase-level helpers."""

    def __init__(self, article: Article, dictionary: Dictionary, day: dt.date | None) -> None:
        self.article = article
        self.doc = article.doc
        self.dictionary = dictionary
        self.day = day
        self.ents = entity_index(article)
        self.context: list[set[str]] = []
        self.places: list[set[str]] = []  # countries a sentence names only as places
        self.extra: list[Mention] = []
        self.regional = False
        self.place_codes: set[str] = set()
        # a name's first token → its descriptor's ("Media" of "Media watchdog Reporters …")
        self.described: dict[int, int] = {}
        # the article's dictionary answers by name (the same names are asked again and again;
        # the day and the dictionary are the article's throughout)
        self._looked_up: dict[str, Entry | None] = {}
        self._near: dict[str, Entry | None] = {}
        # each token's text, start offset and parse attributes, read once from the doc's arrays
        # (no Token objects: ``doc[i]`` builds one, and ``Token.lower_``, ``.dep_``, ``.pos_``
        # look their string up again on every call)
        strings = self.doc.vocab.strings
        text = doc_text(self.doc)
        table = self.doc.to_array(["IDX", "LENGTH", "LOWER", "POS", "TAG", "DEP", "HEAD"])
        self.starts = table[:, 0].tolist()
        self.ends = [start + n for start, n in zip(self.starts, table[:, 1].tolist())]
        self.words = [text[start:end] for start, end in zip(self.starts, self.ends)]
        self.lowers = string_column(strings, table[:, 2].tolist())
        self.poses = string_column(strings, table[:, 3].tolist())
        self.tags = string_column(strings, table[:, 4].tolist())
        self.deps = string_column(strings, table[:, 5].tolist())
        # (the head is stored as an offset from the token, negative ones wrapped as unsigned)
        self.heads = [i + k for i, k in enumerate(table[:, 6].astype("int64").tolist())]
        # each token's sentence as (start, end) token indices, read once: ``Token.sent`` walks
        # the sentence on every call
        self.sent_bounds: list[tuple[int, int]] = []
        for sent in self.doc.sents:
            self.sent_bounds += [(sent.start, sent.end)] * len(sent)
        # words of multi-word person names: a later "Jackson" is a person, not the city
        names = [e.text.split() for e in article.entities if e.label == "PERSON"]
        names = [words for words in names if len(words) > 1]  # not "Obama", nor "Obama\n"
        self.name_words = {w.lower() for words in names for w in words}
        # surnames the text gives with a first name ("Bill Clinton"; not "President Bush")
        self.full_surnames = {words[-1].lower() for words in names
                              if lexicon.agent_sector([words[-2]]) is None}

    def hyphen_suffix(self, dash: int) -> str:
        """The lowercase word after a hyphen or en dash at token ``dash`` ("Paris-based":
        "based"), "" when token ``dash`` is no dash or ends the doc."""
        if dash < 0 or dash + 1 >= len(self.words) or self.words[dash] not in {"-", "–"}:
            return ""
        return self.lowers[dash + 1]

    def span_root(self, first: int, last: int) -> int:
        """The token of ``doc[first:last]`` whose head lies outside the span (the last if
        several), read from the head table."""
        heads = self.heads
        root = last - 1
        for i in range(first, last):
            head = heads[i]
            if head < first or head >= last or head == i:
                root = i
        return root

    def lookup(self, name: str) -> Entry | None:
        if name in self._looked_up:
            return self._looked_up[name]
        entry = self.dictionary.lookup(name, self.day)
        if entry is None and name.lower().startswith("the "):
            entry = self.dictionary.lookup(name[4:], self.day)
        self._looked_up[name] = entry
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

    def near_entry(self, name: str, words: list[str], person: bool) -> Entry | None:
        """The dictionary entry a misspelt name stands for, when no entry has it exactly:
        the whole name but for one word ("President Abdelaziz Bouteflicka", PLOVER GSR), or a
        person's bare surname ("President Bouteflicka") as the one person of a near surname
        in office on the story's date whose country the story names so far.  ``words``: the
        name's words without titles.  A person's name finds only a person, a body's only a
        body (``Dictionary.near``, ``near_word``)."""
        if name not in self._near:
            self._near[name] = self.dictionary.near(name, self.day)
        entry = self._near[name]
        if entry is None and person and len(words) == 1 and \
                words[0].lower() not in self.full_surnames:
            entry = self.dictionary.near_surname(words[0], self.day)
            role = self.role(entry)
            if role is None or role.country not in set().union(*self.context, self.place_codes):
                entry = None
        if entry is not None and (entry.kind == "person") != person:
            return None
        return entry

    def text(self, first: int, last: int) -> str:
        return self.article.text[self.starts[first]: self.ends[last - 1]]

    @staticmethod
    def of_objects(h: "Token") -> list["Token"]:
        """The objects of the "of" phrases after ``h``: "Serbia" in "the Albanians of Serbia"."""
        return [o for prep in h.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                for o in prep.children if o.dep_ == "pobj"]

    def gpe_state(self, tok: "Token") -> str | None:
        """The state (never an IGO) named by the place entity ``tok`` is in: "southern
        Serbia" SRB; None when ``tok`` is in no place entity or it names no state."""
        ent = self.ents.get(tok.i)
        if ent is None or ent[2] != "GPE":
            return None
        return self.state_named(ent, capitals=False)

    def state_named(self, ent: tuple[int, int, str], capitals: bool = True) -> str | None:
        """The state (never an IGO) the entity ``ent`` names as a country or, with
        ``capitals``, by its capital; None for another place."""
        name = self.text(ent[0], ent[1]).removeprefix("the ")
        code = country_code(name) or (capital_metonym(name) if capitals else None)
        return None if code is None or code.startswith("IGO") else code

    def label(self, i: int) -> str:
        """The entity label of the entity token ``i`` is in, "" if none."""
        ent = self.ents.get(i)
        return ent[2] if ent is not None else ""

    def phrase(self, h: "Token") -> tuple[int, int]:
        """Token range of the phrase headed by ``h``: left modifiers, "of X", the entity;
        never beyond its sentence ("on X. The Taliban" is two sentences)."""
        first, last = self._phrase(h)
        start, end = self.sent_bounds[h.i]
        return max(first, start), min(last, end)

    def _phrase(self, h: "Token") -> tuple[int, int]:
        first, last = h.i, h.i + 1
        for child in h.lefts:
            if child.dep_ in LEFT_MODS:
                first = min(first, child.left_edge.i)
        words = self.words
        first = max(first, self._after_named_conjunct(h))
        # never across a comma or bracket inside the left modifiers
        for i in range(h.i - 1, first - 1, -1):
            if words[i] in {",", "(", ")", ";", "—", "–", ":", '"', "“", "”"}:
                first = i + 1
                break
        if self.label(h.i) == "PERSON":
            # never across a conjunction after another name: "Blinken met Lavrov and Chinese
            # Foreign Minister Wang Yi" (parsed with "Lavrov" a modifier of "Yi") is two
            # people; a title's own "and" follows no name ("Trade and Industry Minister"), or
            # is inside one ("Indian Trade and Industry" tagged ORG)
            own = self.ents[h.i][0]
            for i in range(h.i - 1, first, -1):
                if self.poses[i] == "CCONJ" and i < own and self.ents.get(i) is None \
                        and self.ents.get(i - 1) is not None:
                    first = i + 1
                    break
        if h.i in self.ents:
            s, e, _ = self.ents[h.i]
            for k in range(h.i + 1, e):  # "the Ministry of Information and Culture, Zia-ul Haq"
                if words[k] in {",", ";", "(", "—", "–"}:
                    e = k
                    break
            first, last = min(first, s), max(last, e)
        for child in h.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                label = self.label(pobj.i)
                if label in {"GPE", "ORG", "NORP"} or pobj.lower_ in OF_TITLE_WORDS:
                    edge = pobj.right_edge.i + 1
                    for k in range(pobj.i, edge):  # "the Ministry of X, Zia-ul Haq Haqmal"
                        if words[k] in {",", "(", ";", "—", "–"}:
                            edge = k
                            break
                    last = max(last, edge)
                    if pobj.i in self.ents:
                        last = max(last, self.ents[pobj.i][1])
        while first < h.i and (self.poses[first] in {"PUNCT", "CCONJ"} or (
                self.tags[first] == "NNP" and words[first].islower())):
            # a lowercase "proper noun" is a verb the tagger misread: "the decision to
            # reimprison Zamora"
            first += 1
        return self._title_start(h, first), last

    def _title_start(self, h: "Token", first: int) -> int:
        """The first token of a person's title phrase that starts with a nationality: words
        before it that are neither a title nor a name are a misparse, not the title ("…with
        bases in Afghanistan, a charge Afghan foreign ministry spokesperson Abdul Qahar Balkhi
        rejected", VOA 8011076: "charge" hung on the name as a compound).  "the former Afghan
        spokesperson" keeps its article and adjective, "Twenty-year-old Italian tourist" its age."""
        if self.label(h.i) == "GPE" and h.i in self.ents:
            # a state's or a city's name after an article and common nouns glued to it by the
            # parser: "weapons to the RSF, a charge Abu Dhabi has denied" (the reduced relative
            # clause's object hung on the name as a compound); "the island nation Taiwan"
            # is Taiwan either way
            name = self.ents[h.i][0]
            rest = self.doc[first + 1:name]
            if name > first + 1 and self.doc[first].pos_ == "DET" and all(
                    t.pos_ == "NOUN" and t.whitespace_ and lexicon.agent_sector([t.text]) is None
                    for t in rest):
                return name
            return first
        if self.label(h.i) != "PERSON":
            return first
        nation = next((k for k in range(first, h.i) if self.label(k) in {"NORP", "GPE"}), None)
        if nation is None or nation == first:
            return first
        # an article and common nouns that are no title ("a charge"); an age ("Twenty-year-old
        # Italian tourist Marco Rossi") or a title ("Deputy Afghan …") stays
        head, rest = self.doc[first], self.doc[first + 1:nation]
        stray = head.pos_ == "DET" and len(rest) > 0 and all(
            t.pos_ == "NOUN" and t.whitespace_ and lexicon.agent_sector([t.text]) is None
            for t in rest)
        return nation if stray else first

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
                if j <= i or j - i > n or (skip and any(k in skip for k in range(i, j))):
                    continue
                sector = lexicon.agent_sector(self.words[i:j])
                # the longest phrase; among equals the one nearest the head ("Deputy President
                # nominee Kithuri Kindiki": "nominee"/"President", not "Deputy")
                if sector and (best is None or j - i >= best[1] - best[0]):
                    best = (i, j, sector)
                    break
        if best is None:
            return None, None, None
        i, j, sector = best
        return self.text(i, j), sector, i

    def codes_aside(self, first: int, last: int, skip: set[int] | None = None) -> set[str]:
        """The country codes the modifiers of tokens ``first..last`` name, read for another
        phrase than the mention's own: the mention's ``regional`` flag is left as it was."""
        regional = self.regional
        codes = set(self.modifier_codes(first, last, skip or set()))
        self.regional = regional
        return codes

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
                if self.hyphen_suffix(e) in ORIGIN_WORDS | PATRON_WORDS:
                    continue
                if s >= 2 and self.doc[s - 1].text == "-" and self.doc[s - 2].lower_ in {
                        "anti", "pro"}:
                    continue  # "anti-Pakistan fighters" are against Pakistan, not of it
                code = None
                if label == "GPE":
                    # "M23 spokesman Lawrence Kanyuka" (M23 tagged GPE): a known armed group
                    code = country_code(name) or capital_metonym(name) or demonym_code(name) \
                        or self.group_code(name)
                    if code is None and self.text(s, e).endswith(("'s", "’s")):
                        # "Istanbul's Kadir Has University": a large city's body is its country's
                        code = lexicon.city_countries().get(name.lower())
                elif label == "NORP":
                    # "Seleka fighters" (tagged NORP): a known armed group's name gives its country
                    code = demonym_code(name) or country_code(name) or self.group_code(name)
                    self.regional = self.regional or (code is None and self.many_states(name, e))
                elif label in ("ORG", "PERSON"):
                    role = self.role(self.lookup(name)) or self.leader_role(name, e)
                    # "China’s Foreign Ministry website": the country inside the body's name
                    # a lone nationality word the tagger took for a name: "ban Ugandan
                    # opposition candidates" (Ugandan tagged PERSON)
                    code = role.country if role else (
                        country_code(name) or (self.inner_code(s, e, -1) if label == "ORG"
                                               else None)
                        or (demonym_code(name) if e - s == 1 and e < last else None))
                else:  # "Ivory Coast’s" tagged LOC or FAC
                    code = country_code(name)
                    # "Africa's ruling parties": a continent or region is many states
                    self.regional = self.regional or (code is None and (
                        name.removeprefix("the ").lower() in CONTINENTS))
                root = self.doc[self.span_root(s, e)]
                if code and label in {"GPE", "LOC", "FAC"} and root.dep_ == "pobj" and \
                        root.head.lower_ in PLACE_PREPS:
                    self.place_codes.add(code)  # "the U.N. … Mission in the C.A.R."
                if code:
                    codes.append(code)
                continue
            if self.hyphen_suffix(i + 1) in ORIGIN_WORDS:
                continue  # "the Paris-based International Energy Agency" is not French
            if tok.lower_ in {"anti", "pro"} and i + 2 < last and self.doc[i + 1].text == "-":
                code = self.group_code(self.text(i, i + 3))  # "anti-Balaka militias" CAF
                if code:
                    codes.append(code)
                    seen.update(range(i, i + 3))
                continue
            leader, _, suffix = tok.text.rpartition("-")
            if suffix.lower() == "led" and leader:
                # one token for the leader and its participle: "A U.S.-led coalition has
                # carried out dozens of strikes" (a coalition is its leader's, as "Saudi-led")
                code = country_code(leader) or demonym_code(leader)
                if code:
                    codes.append(code)
                continue
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

    def group_code(self, name: str) -> str | None:
        """The country of the armed group or militia the dictionary knows by ``name``."""
        entry = self.lookup(name)
        role = self.role(entry) if entry is not None and entry.kind != "person" else None
        return role.country if role is not None and role.sector in ARMED and role.country \
            and not role.country.startswith("IGO") else None

    def leader_role(self, name: str, after: int) -> Role | None:
        """The role of the one head of government in the hand dictionary a bare name before
        "regime/government/administration" stands for: "the Kim regime" (Kim Jong Un) PRK."""
        if " " in name or after >= len(self.doc) or \
                self.doc[after].lower_ not in {"regime", "government", "administration"}:
            return None
        roles = [role for role in map(self.role, self.dictionary.people_by_word.get(name, ()))
                 if role is not None and role.sector == "GOV" and role.country]
        return _one_state(roles) if roles else self.surname_leader(name)

    def surname_leader(self, surname: str) -> Role | None:
        """The government role, at any date, of the one state whose heads of government in
        the whole dictionary bear ``surname``: "The Bush administration declared Tuesday that
        China must drop barriers to U.S. exports" (GSR: USA; only the Phoenix dictionary knows
        George W. Bush).  None when the surname's people governed several states ("Sharif":
        Pakistan, Jordan, Libya)."""
        return _one_state([r for e in self.dictionary.surnames.get(normalize(surname), ())
                           for r in e.roles if r.sector == "GOV" and r.country])

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
                if label in {"ORG", "PERSON", "GPE"} and not any(k in skip for k in range(s_, e_)):
                    name = self.text(s_, e_)
                    entry = self.lookup(name[:-2] if name.endswith(("'s", "’s")) else name)
                    role = self.role(entry)
                    if label == "GPE" and (entry is None or entry.kind != "organization" or
                                           country_code(name) is not None):
                        # a place modifies as a place; but "M23 spokesman Lawrence Kanyuka"
                        # (the tagger's GPE) is the armed group's spokesman, REB
                        continue
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

    def _after_named_conjunct(self, h: "Token") -> int:
        """The first token after the "and" that joins a group's plural name with an article to
        the modifiers of ``h``, else 0: "Oman has mediated between the Houthis and Western
        governments" is two parties the parser read as "[the Houthis and Western] governments"
        (a plural name with "the" modifies no noun, as "U.S. and British warplanes" does)."""
        for mod in h.lefts:
            if mod.dep_ not in {"nmod", "compound"} or mod.tag_ not in {"NNPS", "NNP"} or \
                    not mod.text.endswith("s") or mod.ent_type_ not in {"NORP", "ORG"} or \
                    mod.i == 0 or self.doc[mod.left_edge.i - 1].lower_ != "the":
                continue
            cc = next((c for c in mod.children if c.dep_ == "cc" and c.i < h.i), None)
            if cc is not None and any(c.dep_ == "conj" and c.i < h.i for c in mod.children):
                return cc.i + 1
        return 0

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

    def is_topic(self, first: int, i: int) -> bool:
        """Is a country name at token ``i`` the topic of a name rather than its nationality?
        "the Inter-Parliamentary Alliance on China", "a Coalition for Africa", "the Commission
        on the Philippines": a body "on/for/about/against" a country is not of it."""
        k = i - 1
        if k > first and self.doc[k].lower_ == "the":
            k -= 1
        return k > first and self.doc[k].lower_ in TOPIC_PREPS

    def inner_code(self, first: int, last: int, head: int) -> str | None:
        """The one country named inside an organization's name ("The Kenya Interior Ministry")."""
        codes = set()
        for i in range(first, last):
            if i == head or not self.doc[i].text[:1].isupper() or self.inside_name(first, i) \
                    or self.is_topic(first, i):
                continue
            for j in (i + 2, i + 1):
                if j > last:
                    continue
                words = self.text(i, j)
                # "China’s Foreign Ministry website": the possessor inside the name
                bare = words.removesuffix("'s").removesuffix("’s")
                code = country_code(bare) or demonym_code(words)
                if code and code.startswith("IGO") and self.private_body(first, last):
                    # "the European Council on Foreign Relations" (VOA 6180932): a think
                    # tank named for a region is no body of the bloc
                    break
                if code:
                    codes.add(code)
                    break
        return codes.pop() if len(codes) == 1 else None

    def body_sector(self, first: int, last: int) -> str | None:
        """The sector an organization's name gives by its kind; ``Institutions`` reads it, a
        plain phrase coder knows none."""
        return None

    def private_body(self, first: int, last: int) -> bool:
        """Does the name say a non-governmental body (a think tank, rights group, firm or
        outlet)?"""
        return self.body_sector(first, last) in PRIVATE_SECTORS

    def add_titled_names(self, sent: "object") -> None:
        """Proper names right after a person's title that names a country, which the tagger
        missed or called a product or a work, become persons: "Indian foreign ministry
        spokesperson Randhir Jaiswal" (Jaiswal tagged PRODUCT).  Not without the country:
        "Military spokesperson Chaundry" would take the country of "planners in Afghanistan"
        (the story's actor countries fell)."""
        doc, poses, deps = self.doc, self.poses, self.deps
        start, end = sent.start, sent.end  # type: ignore[attr-defined]
        for i in range(start, end):
            if poses[i] != "PROPN" or deps[i] in {"compound", "flat"} or \
                    self.ents.get(i, (0, 0, None))[2] not in MISSED_LABELS:
                continue
            h = doc[i]
            first = i
            while first > start and poses[first - 1] == "PROPN" and \
                    deps[first - 1] in {"compound", "flat"} and \
                    lexicon.agent_sector([self.words[first - 1]]) is None and \
                    self.ents.get(first - 1, (0, 0, None))[2] in MISSED_LABELS:
                first -= 1
            title = doc[first - 1] if first > start else None
            if title is None or h.i - first > 3 or title.head.i not in range(first, h.i + 1) or \
                    not all(t.text[:1].isupper() for t in doc[first:h.i + 1]) or \
                    not lexicon.is_person_noun(lexicon.singular(title.lower_)) or \
                    lexicon.agent_sector([title.text]) is None:
                continue
            if not any(self.label(t.i) in {"NORP", "GPE"} for t in title.subtree):
                continue
            for k in range(first, h.i + 1):
                self.ents[k] = (first, h.i + 1, "PERSON")

    def free_or_inside(self, k: int, i: int, j: int) -> bool:
        """Is token ``k`` untagged, or in an ORG/GPE/NORP/PERSON entity that lies inside i..j?
        A known organization may swallow the pieces the tagger cut its name into ("Reporters"
        + "Without Borders" for "Reporters Without Borders welcomed the release"), not a
        longer name."""
        ent = self.ents.get(k)
        return ent is None or (i <= ent[0] and ent[1] <= j and
                               ent[2] in {"ORG", "GPE", "NORP", "PERSON"})

    def many_states(self, name: str, e: int) -> bool:
        """Does the nationality-like ``name`` (its entity ending at token ``e``) name people of
        many states: a region ("European", "Arab") or a world faith ("Muslim hackers"), not a
        faith-dominated thing ("A Christian-dominated militia")?"""
        if REGIONS & set(name.replace("-", " ").split()):
            return True
        hyphened = e < len(self.doc) and self.doc[e].text == "-"
        return name.istitle() and name.lower() in RELIGION_NAMES and not hyphened

    def untagged_country(self, i: int) -> bool:
        """Is the untagged proper noun ``i`` a country's name standing alone (not the first
        word of a longer name: "Uzbekistan Airways") as the subject of a verb?  Elsewhere it
        is left to the places layer ("a visit to Mauritius")."""
        tok = self.doc[i]
        if not country_code(tok.text) or tok.dep_ not in {"nsubj", "nsubjpass"} or \
                tok.head.pos_ not in {"VERB", "AUX"}:
            return False
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return nxt is None or not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper())

    def opens_known_name(self, word: str) -> bool:
        """Can ``word`` begin a multi-word name of the hand or user dictionary?"""
        w = word.lower()
        if not w.isalpha():
            w = (normalize(w) or " ").split(" ", 1)[0]  # "al-Shabab" is keyed "al shabab"
        return w in self.dictionary.openers

    def drop_descriptor_word(self, i: int) -> None:
        """A one-word field the tagger took for a name, then a kind word, right before the
        known name at ``i`` ("Media watchdog Reporters Without Borders", VOA 7836916: "Media"
        tagged ORG) describes that body: it is no actor of its own."""
        if i < 2 or self.words[i - 1].lower() not in KIND_WORDS:
            return
        tagged = self.ents.get(i - 2)
        if tagged is not None and tagged[:2] == (i - 2, i - 1) and tagged[2] == "ORG" and \
                self.dictionary.index.get(normalize(self.words[i - 2])) is None:
            del self.ents[i - 2]
            self.described[i] = i - 2

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
            tagged = self.ents.get(i)
            if upper[i - start] and (tagged is None or tagged[0] == i):
                # (a tagged name is looked up whole or as part of a longer one)
                shortest = 2 if tagged is None else max(2, tagged[1] - i)
                if tagged is not None and not self.opens_known_name(words[i]):
                    shortest = LONGEST_NAME + 1  # (no known name of several words begins so)
                for n in range(min(LONGEST_NAME, end - i), shortest - 1, -1):
                    j = i + n
                    if not upper[j - 1 - start] or not all(
                            self.free_or_inside(k, i, j) for k in range(i, j)):
                        continue
                    found = self.dictionary.index.get(
                        normalize(text[self.starts[i]:self.ends[j - 1]]), [])
                    entries = [e for e in found if e.level <= 1]
                    if len(entries) == 1 and (entries[0].kind != "person" or not any(
                            k in self.ents for k in range(i, j))):
                        # a person's tagged name keeps its title outside ("King Hassan of
                        # Morocco", GSR: the king, not the dictionary's late Hassan II)
                        hit = (j, "PERSON" if entries[0].kind == "person" else "ORG")
                        break
                if hit is None and tagged is None and (self.tags[i] == "NNP" or acronym(words[i])):
                    # a one-word organization of the hand dictionary ("The pro-Iranian
                    # Hizbollah (Party of God) group"): persons' surnames are too ambiguous;
                    # an acronym in capitals whatever the tagger made of it ("ECOWAS imposed
                    # sanctions", its first word tagged a verb)
                    found = self.dictionary.index.get(normalize(words[i]), [])
                    entries = [e for e in found if e.level <= 1]
                    if len(entries) == 1 and entries[0].kind != "person":
                        hit = (i + 1, "ORG")
                    elif self.untagged_country(i):
                        # "Uzbekistan finally opened the Friendship Bridge" (GSR): a country's
                        # own name the tagger left untagged, acting as the subject of a verb
                        hit = (i + 1, "GPE")
            if hit is not None:
                j, label = hit
                for k in range(i, j):
                    self.ents[k] = (i, j, label)
                self.drop_descriptor_word(i)
                i = j
            else:
                i += 1
