"""Coreference within one article: group mentions into actors.

Built on the parse and the mention layer (no coreference package is installable offline).
Precision first: a mention that cannot be tied with confidence starts its own actor, and a
pronoun that cannot be tied is dropped rather than guessed.

* names: "Rubio" joins "U.S. Secretary of State Marco Rubio" (surname or full name; the same
  dictionary entry; an appositive "Nayib Bukele, El Salvador's president");
* states and organizations: the same country code ("the U.S." = "Washington" as actors), the
  same dictionary entry or IGO code ("U.N." = "the United Nations");
* titles: "the secretary" / "the minister" → the most recent person whose title has that word;
  "the militants" → the most recent group with that head noun;
* pronouns: he/she → the subject of the governing verb ("Rubio said he was grateful"), else the
  only gender-compatible person in this or the previous sentence; they/them → the subject of
  the governing verb when it is a group, or — when that subject is a person speaking for a
  government ("Bukele, asked …, said they were finalizing") — that person's state actor if the
  article has one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from dateline.countries import country_code, demonym_code, near_word
from dateline.nlp import doc_text, lemma

from .coding import DEFINITE_DETS, OFFICIAL_SECTORS, body_description
from .dictionary import Entry
from .institutions import KIND_NOUNS
from . import lexicon
from .mentions import (BLOC_WORDS, GROUP_WORDS, ORG_LAST_WORDS, PAIR_GROUP_HEADS, STATE_WORDS,
                       Mention)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEECH_VERBS = {"say", "tell", "add", "state", "write", "explain", "insist", "argue"}
WINDOW = 1  # sentences back that a pronoun may look for its antecedent
SUBJECT_WINDOW = 3  # … and for the last subject it may continue
# nouns by which a text refers back to an international body it has named: "the bloc" (the EU),
# "this force" (the ECOWAS standby force), "the court" (the ICJ)
BODY_ANAPHORS = {"bloc", "court", "tribunal", "force", "alliance", "organization",
                 "organisation", "body", "agency", "union", "mission", "commission", "council",
                 "community", "grouping", "coalition", "panel"}
# … those that fit any international body; the others need the word in its name or head
ANY_BODY = {"bloc", "alliance", "organization", "organisation", "body", "grouping"}
# members by which a text refers back to a body: "the delegates" of "an unofficial delegation"
MEMBER_BODIES = {"delegate": "delegation"}
# epithets that set one person apart from another of the same title ("the new minister")
DISTINGUISHING = {"new", "other", "former", "next", "previous", "current", "present",
                  "incoming", "outgoing", "acting", "interim", "first", "second", "third", "last", "late",
                  "then", "same", "another", "deputy", "senior", "junior", "chief", "top",
                  "foreign", "local", "opposition", "military", "civilian"}
# the head words of bodies whose names go on with "for …" ("League for the Promotion and
# Defense of Human Rights", "Committee for …", "Center for …")
NAME_BODIES = {"league", "committee", "center", "centre", "council", "association", "institute",
               "foundation", "federation", "union", "campaign", "coalition", "alliance",
               "movement", "front", "society", "fund", "organization", "organisation",
               "network", "commission", "office", "agency"}
# words that make a name a body's, not a person's ("the Gachagua Foundation", "Morgan Stanley
# Bank"): the last words of organizations' names the mention finder knows, and a few more
ORG_NAME_WORDS = ORG_LAST_WORDS | {"trust", "movement", "brigade", "army", "school", "church"}
# role nouns a writer alternates for one person: "Cambodian journalist Mech Dara" … "The
# reporter, who is known for coverage that exposes corruption" (VOA 7836916)
_ROLE_SETS = ({"journalist", "reporter", "correspondent"},
              {"lawmaker", "legislator", "parliamentarian", "congressman", "congresswoman"},
              {"lawyer", "attorney", "barrister"},
              {"envoy", "ambassador"})
SAME_ROLE = {w: group - {w} for group in _ROLE_SETS for w in group}
UNRESOLVED = STATE_WORDS | BLOC_WORDS  # anaphors dropped when nothing is found for them
# sectors of the bodies a bare "the group" never refers back to: states' organs
STATE_SECTORS = OFFICIAL_SECTORS | {"SPY"}
ANAPHOR_WINDOW = 3  # sentences back that "the bloc" may look for its body
# sentences back that "the group" may look for a name: farther back, a described mention ("the
# separatist group") has usually come between, and the name is no longer the one meant
GROUP_WINDOW = 1



def _named_body(c: "Cluster", word: str, near: Callable[[Mention], bool]) -> bool:
    """Is ``c`` a body not of states (no IGO code) with a name headed by ``word`` ("the Three
    Brotherhood Alliance" for "the alliance") in a mention ``near`` accepts?"""
    return c.kind == "organization" and not (c.country() or "").startswith("IGO") and any(
        x.name and x.head_word == word and near(x) for x in c.named)


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None

    @property
    def named(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind != "pronoun"]

    @property
    def kind(self) -> str:
        kinds = {m.kind for m in self.mentions}  # a pronoun's kind is none of these
        for k in ("person", "state", "organization", "group"):
            if k in kinds:
                return k
        return "unknown"

    # (the methods below filter the mentions as ``named`` does, in their own loop: they are
    # asked of every cluster for every mention coreference places, and the list ``named``
    # builds is thrown away at once)
    @property
    def entry(self) -> Entry | None:
        return next((m.entry for m in self.mentions
                     if m.kind != "pronoun" and m.entry is not None), None)

    def names(self) -> list[str]:
        return [m.name for m in self.mentions if m.kind != "pronoun" and m.name]

    def country(self) -> str | None:
        return _vote([m.country for m in self.mentions if m.kind != "pronoun"])

    def sector(self) -> str | None:
        named = self.named
        titled = [m.sector for m in named if m.title or m.former]
        return _vote(titled) or _vote([m.sector for m in named])

    def titles(self) -> list[str]:
        return [m.title for m in self.mentions if m.kind != "pronoun" and m.title]

    def last(self) -> Mention:
        return self.mentions[-1]


def clusters_by_head(clusters: list[Cluster]) -> dict[int, Cluster]:
    """Each named mention's head token → its cluster: which actor a token in a parse is."""
    return {m.head: c for c in clusters for m in c.named}


def _vote(values: list[str | None]) -> str | None:
    """The most frequent of ``values`` (None and "" left out), the first counted on a tie.
    Counted in a plain dict: a ``Counter`` costs more to build than the vote itself."""
    counts: dict[str, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)


_DETS = {"the", "a", "an", "some", "many", "several", "other", "these", "those", "all", "both",
         "more", "most", "few", "dozens", "hundreds", "thousands", "of"}


@lru_cache(maxsize=16384)
def _plain(text: str) -> str:
    """A phrase without determiners and numbers: "the 3R rebels" → "3r rebels".  Cached: the
    tests that :meth:`Grouper.recent` runs ask it of each mention of each cluster again for
    every mention they place."""
    words = [w.lower() for w in text.split()]
    return " ".join(w for w in words if w not in _DETS and not w.replace(",", "").isdigit())


NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen "
                         "dozens hundred hundreds thousand thousands".split())


def _count(text: str) -> str:
    """The number a group's phrase counts ("15 people" → "15", "three activists" → "three"),
    empty when it counts none.  Two groups counted differently are two groups: "a deadly roof
    collapse that killed 15 people … Prosecutors charged 13 people over the collapse" (while
    "the protesters" after "150 protesters" is the same group)."""
    words = [w.lower().replace(",", "") for w in text.split()]
    return " ".join(w for w in words if w.isdigit() or w in NUMBER_WORDS)


def state_prefixed(name: str, key: str) -> bool:
    """Is ``name`` the body ``key`` with a state or IGO before it ("U.S. Senate" for "senate",
    "U.N. Commission on …" for "commission on …")?"""
    low = name.lower().removeprefix("the ")
    if len(key) < 4 or not low.endswith(" " + key):
        return False
    prefix = name[:len(name) - len(key) - 1].removeprefix("the ").removeprefix("The ")
    prefix = prefix.removesuffix("'s").removesuffix("’s").strip()
    return bool(prefix) and bool(country_code(prefix) or demonym_code(prefix))


def _tokens(name: str) -> list[str]:
    return [w.lower().strip(".,") for w in name.replace("-", " ").split() if w]


def same_person(a: str, b: str) -> bool:
    """"Rubio" ~ "Marco Rubio" ~ "U.S. Secretary Marco Rubio" (surname or full name match)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return short[-1] == long_[-1] and all(w in long_ for w in short)


def other_full_name(name: str, c: "Cluster") -> bool:
    """Does a full name ("Gohar Ali Khan") differ from a full name the cluster already has
    ("Imran Khan")?  Two people of one surname are two people, though the cluster's bare
    "Khan" matches both: "A court sentenced former Prime Minister Imran Khan … Khan denies the
    charges … party chairman Gohar Ali Khan told reporters"."""
    if len(_tokens(name)) < 2:
        return False
    return any(len(_tokens(n)) >= 2 and not same_person(name, n) for n in c.names())


def family_name_first(a: str, b: str) -> bool:
    """"Fu" ~ "Fu Cong": a one-word mention that is the first word of a two-word full name,
    the family name of a name written family name first ("Fu Cong, China's U.N. ambassador …
    Fu noted that China will convene a meeting", VOA 8009004; "Kim", "Hun").  Tried only
    when no name ends with the word (``same_person``), so "Rubio" still finds "Marco Rubio"."""
    ta, tb = _tokens(a), _tokens(b)
    return len(ta) == 1 and len(tb) == 2 and ta[0] == tb[0] and len(ta[0]) > 1


def misspelt_person(a: str, b: str) -> bool:
    """"Chaundry" ~ "Ahmed Sharif Chaudhry": ``same_person`` but for a misspelt surname
    (``countries.near_word``) — VOA 8009314 calls the military spokesman "Chaudhry" four
    times and then "Military spokesperson Chaundry"."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb or not near_word(ta[-1], tb[-1]):
        return False
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return all(w in long_ for w in short[:-1])


# participles that introduce a body's name: "The aid group, known by its French acronym MSF"
# (not ``nonactors.NAMING_VERBS``, lemmas of what a group is called: "considered terrorists")
NAMING_PARTICIPLES = frozenset({"known", "called", "named", "dubbed"})


# a pronoun as a verb's own object ("accused them"), which its clause's subject cannot be
OBJECT_DEPS = frozenset({"dobj", "dative"})
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


class Grouper:
    def __init__(self, doc: "Doc", mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.clusters: list[Cluster] = []
        self.by_head: dict[int, Cluster] = {}
        # each cluster's mention start offsets, sorted, by the cluster's id (:meth:`starts`)
        self.cluster_starts: dict[int, tuple[Cluster, list[int]]] = {}
        self.short_forms = defined_short_forms(doc, self.mentions)

    def join(self, m: Mention, cluster: Cluster | None) -> None:
        if cluster is None:
            cluster = Cluster()
            self.clusters.append(cluster)
        cluster.mentions.append(m)
        self.by_head[m.head] = cluster
        if m.gender and cluster.gender is None:
            cluster.gender = m.gender

    def join_named_by(self) -> None:
        """A description joins the body a "known by/as" phrase names after it: "The aid group,
        known by its French acronym MSF" (VOA 6183254) is Doctors Without Borders; "The militant
        group, known as the Pakistani Taliban"."""
        for m in self.mentions:
            own = self.by_head.get(m.head)
            if m.kind == "pronoun" or m.name is not None or own is None or own.names():
                continue
            target = next((self.by_head[k] for k in self.named_by(self.doc[m.head])
                           if k in self.by_head), None)
            if target is None or target is own or not target.names() or \
                    target.kind not in ("organization", "group"):
                continue
            named_sector = target.sector()
            target.mentions.extend(own.mentions)
            for x in own.mentions:
                self.by_head[x.head] = target
                if named_sector is not None:
                    x.sector = None  # the name's sector ("MSF" MED) outranks "aid group" SOC
            self.clusters.remove(own)

    def named_by(self, head: "Token") -> list[int]:
        """The heads of the names a "known/called by/as" clause on ``head`` gives."""
        out: list[int] = []
        for acl in head.children:
            if acl.dep_ != "acl" or acl.lower_ not in NAMING_PARTICIPLES:
                continue
            for prep in acl.children:
                if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "as"):
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            out += [p.i] + [a.i for a in p.children if a.dep_ == "appos"]
        return out

    def recent(self, test: Callable[[Cluster], bool], before: int) -> Cluster | None:
        """The cluster passing ``test`` that was mentioned last before offset ``before`` (the
        earlier cluster on a tie).  The latest clusters are tested first, so the test (a
        predicate) runs only until one passes.  A cluster's latest mention is found by bisection
        in its sorted start offsets (:meth:`starts`)."""
        latest = []
        for c in self.clusters:
            starts = self.starts(c)
            k = bisect_left(starts, before)
            if k:
                latest.append((starts[k - 1], c))
        latest.sort(key=lambda pair: -pair[0])  # stable: on a tie the earlier cluster first
        return next((c for _, c in latest if test(c)), None)

    def starts(self, c: Cluster) -> list[int]:
        """The start offsets of ``c``'s mentions, sorted; sorted again only when ``c`` has
        gained mentions (grouping only ever adds them).  The cluster is held with them, so its
        id is not reused while the offsets are kept."""
        held = self.cluster_starts.get(id(c))
        if held is None or len(held[1]) != len(c.mentions):
            held = self.cluster_starts[id(c)] = (c, sorted(x.start for x in c.mentions))
        return held[1]

    def run(self) -> list[Cluster]:
        pronouns = [m for m in self.mentions if m.kind == "pronoun"]
        for m in self.mentions:
            if m.kind != "pronoun":
                found = self.antecedent(m)
                if found is not None and body_description(m):
                    # "The Commission" after "the U.N. Commission on the Limits of the
                    # Continental Shelf" (VOA 6181504): the head's own sector (``BODY_HEADS``)
                    # is a default for a body named nowhere; the named body's is its own
                    m.sector = None
                self.join(m, found)
        self.join_named_by()
        for p in pronouns:
            c = self.pronoun(p)
            if c is not None:
                self.join(p, c)
        for c in self.clusters:
            c.mentions.sort(key=lambda x: x.start)
        return [c for c in self.clusters if c.named]

    # -- named and nominal mentions -----------------------------------------------------------
    def antecedent(self, m: Mention) -> Cluster | None:
        head = self.doc[m.head]
        whole = self.named_body_before(m)
        if whole is not None:
            return whole
        short = self.short_form_of(m)
        if short is not None:
            return short
        if head.dep_ == "appos" and head.head.i in self.by_head:
            # "Nayib Bukele, El Salvador's president": a name and a description of the same
            # kind; never two names ("VOA: Russia's President Vladimir Putin" is no apposition)
            other = self.by_head[head.head.i]
            if m.kind == other.kind and m.kind in ("person", "organization") and (
                    m.name is None or not other.names()):
                return other
            if other.kind == "organization" and m.name is None and \
                    KIND_NOUNS.get(lexicon.singular(head.lower_)) is not None:
                # "Walmart, the U.S. retailer": the kind of firm (or outlet, charity) a named
                # body is, though the agent-noun suffixes make "retailer" a person's (the
                # makers, "a Brazilian planemaker", are organization nouns anyway)
                m.kind = "organization"
                return other
        if m.kind == "person" and m.name:
            titled = self.titled_before(m) or self.apposed_on_surface(m)
            if titled is not None:
                return titled
        if m.entry is not None:
            found = self.recent(lambda c: c.entry is m.entry, m.start)
            if found is not None:
                return found
        if m.kind == "person" and m.name:
            name = m.name
            def bearer(c: Cluster) -> bool:
                return c.kind == "person" and any(same_person(name, n) for n in c.names()) \
                    and not other_full_name(name, c)
            found = self.recent(bearer, m.start)
            if found is not None and len(_tokens(name)) == 1:
                # a bare surname two people bear is the story's main bearer, named more often
                # ("Khan was ousted in a no-confidence vote in 2022" after "PTI chairman Gohar
                # Ali Khan told reporters", in a story on Imran Khan)
                bearers = [c for c in self.clusters if bearer(c) and self.starts(c)
                           and self.starts(c)[0] < m.start]
                if len(bearers) > 1:
                    found = max(bearers, key=lambda c: len(c.mentions))
            if found is not None and m.entry is not None and found.entry is None and len(
                    _tokens(name)) == 1 and any(len(_tokens(n)) > 1 for n in found.names()):
                # "Bennett" after "Richard Bennett": the article's own Bennett, not the
                # dictionary's; drop what the dictionary said.
                m.entry = None
                if m.by_entry:
                    m.country, m.sector, m.title = None, None, None
            elif found is not None and found.entry is not None and m.entry is not None \
                    and found.entry is not m.entry:
                return None
            if found is None and m.entry is None:
                found = self.recent(lambda c: c.kind == "person" and any(
                    family_name_first(name, n) for n in c.names()), m.start)
            if found is None and m.entry is None:
                near = [c for c in self.clusters if c.kind == "person" and any(
                    misspelt_person(name, n) for n in c.names())]
                found = near[0] if len(near) == 1 else None
            if found is None:
                found = self.person_tagged_org(name, m.start)
            return found if found is not None else self.named_speaker(m)
        if m.kind == "state" and m.country:
            country = m.country
            return self.recent(lambda c: c.kind == "state" and c.country() == country, m.start)
        if m.kind == "state":
            # "the Southeast Asian nation", "the country": the state named last, in this or the
            # last ``ANAPHOR_WINDOW`` sentences
            # the one state named there: "Canada and Belgium are among countries that have
            # banned … 'The country is facing opposition'" (Botswana's minister) is no one's
            sent = m.sent
            near = [c for c in self.clusters if c.kind == "state" and c.country() is not None
                    and not (c.country() or "").startswith("IGO") and any(
                        sent - ANAPHOR_WINDOW <= x.sent <= sent and x.start < m.start
                        for x in c.named)]
            return near[0] if len(near) == 1 else None
        if m.kind == "organization" and m.name and m.entry is None and " " not in m.name:
            person = self.apposed_name_before(m)
            if person is not None:
                m.kind, m.name = "person", None  # a mention of the described person
                return person
        if m.kind == "organization" and m.name:
            key = m.name.lower().removeprefix("the ")
            code = m.country if m.entry is None and (m.country or "").startswith("IGO") else None
            mine = m.country
            found = self.recent(lambda c: c.kind == "organization" and (
                # "Afghanistan's Ministry of Foreign Affairs" is not "Pakistan's …"
                any(n.lower().removeprefix("the ") == key for n in c.names())
                and not (mine and c.country() and c.country() != mine)
                or (code is not None and c.entry is None and c.country() == code
                    and not any(x.title for x in c.named))), m.start)
            if found is None and not mine:
                # the body named again without its state: "if the Senate passes weak and mostly
                # symbolic measures" after "the U.S. Senate" (VOA 6180932, judged USA LEG), "The
                # Commission on the Limits of the Continental Shelf" after "the U.N. Commission
                # on the Limits …" (VOA 6181504, gold IGOUNO)
                sector = m.sector
                found = self.recent(lambda c: c.kind == "organization" and c.country() is not None
                                    and c.sector() == sector
                                    and any(state_prefixed(n, key) for n in c.names()), m.start)
            return found
        if group_anaphor(m):
            return self.named_group_before(m)
        if pair_anaphor(m):
            # "both groups": the plural groups named last, within three sentences
            sent, word = m.sent, m.head_word
            return self.recent(lambda c: c.kind == "group" and any(
                x.plural and x.head_word == word and x is not m and not pair_anaphor(x)
                and sent - ANAPHOR_WINDOW <= x.sent for x in c.named), m.start)
        if m.name is None and m.kind == "organization" and not m.modifiers and \
                self.anaphoric(m):
            found = None
            if m.head_word in BLOC_WORDS:
                # "The Three Brotherhood Alliance, made up of …, said … The alliance launched
                # the offensive": a body not of states whose name ends in the noun (before any
                # international body that only fits the noun: not the United Nations named in
                # between)
                word, sent = m.head_word, m.sent
                found = self.recent(lambda c: _named_body(
                    c, word, lambda x: sent - ANAPHOR_WINDOW <= x.sent), m.start)
            if found is None:
                found = self.international_body(m)
                if m.head_word in BLOC_WORDS and (found is None or not any(
                        m.head_word in n.lower() for n in found.names())):
                    # … named further back: the one such body the text has named ("the
                    # alliance's gains" paragraphs after the alliance's name), before an
                    # international body the noun merely fits (the U.N. is no alliance)
                    word, start = m.head_word, m.start
                    named = [c for c in self.clusters
                             if _named_body(c, word, lambda x: x.start < start)]
                    found = named[0] if len(named) == 1 else found
            if found is not None:
                return found
        if m.name is None and m.bare and m.plural and m.head_word in MEMBER_BODIES:
            # "an unofficial delegation" … "Richard Armitage … was among the delegates" (VOA
            # 7638284): the members of the body just named are the body
            body = MEMBER_BODIES[m.head_word]
            sent = m.sent
            found = self.recent(lambda c: any(x.head_word == body and sent - ANAPHOR_WINDOW
                                              <= x.sent for x in c.named), m.start)
            if found is not None:
                m.sector = None  # the body's sector ("delegates" alone says LEG)
                return found
        if m.name is None and (m.bare or self.described_anaphor(m)):
            word = m.head_word
            if m.kind == "person":
                # "the military spokesperson" is not the foreign ministry's (MIL vs GOV)
                sector = m.sector if m.title and " " in m.title else None
                words = {word} | SAME_ROLE.get(word, set())

                def holder(c: Cluster) -> bool:
                    return c.kind == "person" and any(
                        words & set(t.lower().split()) for t in c.titles()) and not (
                            sector and c.sector() and c.sector() != sector)
                found = self.recent(holder, m.start)
                if found is not None and not m.modifiers and found.named[0].modifiers and \
                        all(x.sent < m.sent for x in found.mentions):
                    # "Petro said he had spoken with Venezuelan President Nicolás Maduro …
                    # Critics of the president's policy": a bare title after a holder its
                    # nationality set apart is the story's main holder, named more often
                    # (as a bare surname two people bear, above)
                    def before(c: Cluster) -> int:
                        return sum(1 for x in c.mentions if x.start < m.start)
                    main = max((c for c in self.clusters if holder(c) and before(c)),
                               key=before, default=None)
                    if main is not None and before(main) > 2 * before(found):
                        found = main
                return found
            # "the party" → the last party; "the ruling party" only → a ruling party
            title = _plain(m.title or word)
            # … never a plural for a singular: "The government is continuing negotiations"
            # is not "the two governments" (Colombia's and Venezuela's) named just before
            single = not self.plural_head(m)
            found = self.recent(lambda c: c.kind in ("group", "organization") and any(
                x.head_word == word and (len(title.split()) == 1
                                         or _plain(x.title or "") == title)
                and not (single and self.plural_head(x)) for x in c.named),
                m.start)
            if found is None:
                found = self.international_body(m)
            if found is None and m.sector == "JRN":
                # "Taliban officials do not respond to VOA queries because they have imposed a
                # ban on the media outlet": the news organization just named
                sent = m.sent
                found = self.recent(lambda c: c.kind == "organization" and c.sector() == "JRN"
                                    and any(x.name and sent - WINDOW <= x.sent <= sent
                                            for x in c.named), m.start)
            return found
        if m.name is None and m.kind == "group":
            # "protesters" … "protesters": the same words again; "ruling parties" and
            # "opposition parties" are different groups
            if self.restricted(m):
                return None
            key, count = _plain(m.text), _count(m.text)
            return self.recent(lambda c: c.kind == "group" and any(
                x.name is None and _plain(x.text) == key and not self.restricted(x)
                and not (count and _count(x.text) and count != _count(x.text))
                for x in c.named), m.start)
        return None

    def plural_head(self, m: Mention) -> bool:
        """Is the mention's head word a plural noun ("governments", "the two leaders")?"""
        return self.doc[m.head].tag_ in ("NNS", "NNPS")

    def short_form_of(self, m: Mention) -> Cluster | None:
        """The body an acronym the article defined stands for: "HNP" after "the Haitian National
        Police (HNP)"; "the Haitian National Police" in "HNP, the Haitian National Police," (the
        apposed long form joins its short form)."""
        if m.kind not in ("organization", "group") or not m.name:
            return None
        # the table holds an acronym's letters: "U.N." finds "(UN)", "UN" finds "(U.N.)"
        key = _plain(m.name)
        key = key.upper() if " " in key else acronym_letters(key)
        if key in self.short_forms:
            long_key = self.short_forms[key]
            return self.recent(lambda c: any(_plain(n) == long_key for n in c.names()), m.start)
        head = self.doc[m.head]
        if head.dep_ == "appos" and head.head.i in self.by_head:
            other = self.by_head[head.head.i]
            if any(initials_of(_plain(n).upper(), m.name) for n in other.names()):
                return other
        return None

    def named_group_before(self, m: Mention) -> Cluster | None:
        """"The group" ("the organization", "the movement", "the militia", "the party") with
        nothing else in its phrase: the non-state body named last in this or the sentence before
        ("Threatening to kill the hostages, BLA demanded the release of political prisoners … In
        the statement released hours after the attack, the group gave authorities 48 hours to
        comply", VOA 8007760, even gold THREATEN PAK REB)."""
        sent, before = m.sent, m.start
        best: Cluster | None = None
        best_at = -1
        for c in self.clusters:
            if c.kind not in ("organization", "group") or not c.names() or \
                    (c.country() or "").startswith("IGO") or c.sector() in STATE_SECTORS \
                    or c.sector() == "JRN":
                # (nor a news outlet, which reports: "A Hamas official told Reuters the group
                # was studying it" — the group is Hamas)
                continue
            for x in c.named:
                if x.name and sent - GROUP_WINDOW <= x.sent <= sent and \
                        best_at < x.start < before:
                    best, best_at = c, x.start
        return best

    def named_body_before(self, m: Mention) -> Cluster | None:
        """The body whose name the tagger cut at "for": "The Cambodian League for the Promotion
        and Defense of Human Rights" (VOA 7836916) is one body, and its second half a fragment
        of it, not a body of its own."""
        if m.kind != "organization" or not m.name or m.country:
            return None
        first = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if first is None or first.start < 2 or self.doc[first.start - 1].lower_ != "for":
            return None
        prev = self.doc[first.start - 2]
        c = self.by_head.get(prev.i)
        if c is None or c.kind != "organization" or not c.names() or \
                prev.text.lower() not in NAME_BODIES:
            return None
        return c

    def person_tagged_org(self, name: str, before: int) -> Cluster | None:
        """The unknown "organization" a person's full name was first tagged as: "dealing a
        blow to former DP Rigathi Gachagua" (VOA 7846440, tagged ORG), then "Gachagua's
        lawyers", "Gachagua denied": the surname ends the earlier name, which has at least a
        given name and the surname, all capitalised, and nothing the dictionary knows."""
        last = _tokens(name)[-1:] if name else []
        if not last:
            return None

        def fits(c: Cluster) -> bool:
            if c.kind != "organization" or c.entry is not None or len(c.named) != 1:
                return False
            words = (c.named[0].name or "").split()
            toks = [_tokens(w) for w in words]
            return len(words) >= 2 and toks[-1] == last and \
                all(w[:1].isupper() for w in words[-2:]) and \
                not any(t and t[-1] in ORG_NAME_WORDS for t in toks)

        return self.recent(fits, before)

    def titled_before(self, m: Mention) -> Cluster | None:
        """The nameless person mention right before a name, with only a space between: a role
        noun the parser failed to attach to the name ("by Israeli businessman Amir Gal-Or",
        VOA 8009973, where "Gal-Or" split the parse)."""
        first = self.doc[m.head]
        while first.i > 0 and first.idx > m.start:
            first = self.doc[first.i - 1]
        if first.i == 0 or first.idx != m.start:
            return None
        prev = self.doc[first.i - 1]
        if prev.pos_ != "NOUN" or prev.whitespace_ != " ":
            return None
        c = self.by_head.get(prev.i)
        if c is None or c.kind != "person" or c.names():
            return None
        return c

    def apposed_name_before(self, m: Mention) -> Cluster | None:
        """The nameless person a name the tagger did not take for a person was apposed to in
        the last ``ANAPHOR_WINDOW`` sentences: "Ditta said" after "Another passenger, Allah
        Ditta, told VOA" (VOA 8009314: a passenger, not an organization)."""
        word = m.name or ""
        for c in reversed(self.clusters):
            if c.kind != "person" or c.names():
                continue
            for x in c.named:
                if not (m.sent - ANAPHOR_WINDOW <= x.sent <= m.sent and x.start < m.start):
                    continue
                if any(a.dep_ == "appos" and a.text == word and a.pos_ == "PROPN"
                       for a in self.doc[x.head].children):
                    return c
        return None

    def apposed_on_surface(self, m: Mention) -> Cluster | None:
        """The nameless titled person whose phrase ends right before ", Name," — an apposition
        the parser broke: "didn't vote for the present President of the commission, Ursula von
        der Leyen, and it is dragging its feet" (VOA 7808748: "Leyen" parsed as an adverb)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 2 or span.end >= len(self.doc) or \
                self.doc[span.start - 1].text != "," or \
                self.doc[span.end].text not in {",", ".", ";"} or \
                self.doc[m.head].dep_ in {"nsubj", "nsubjpass"}:
            return None
        t = self.doc[span.start - 2]
        for _ in range(6):
            c = self.by_head.get(t.i)
            if c is not None:
                if c.kind == "person" and not c.names() and any(x.title for x in c.named) \
                        and t.right_edge.i == span.start - 2:
                    return c
                return None
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def described_anaphor(self, m: Mention) -> bool:
        """"the award-winning journalist" (VOA 7836916, after "Cambodian journalist Mech Dara"):
        "the", epithets and a person's title, nothing that tells another person apart (no
        country, name or number, not "new", "former" or "other")."""
        if m.kind != "person" or m.country or m.modifiers or m.former:
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) < 3 or span[0].lower_ != "the" or span.end - 1 != m.head:
            return False
        return all(t.lower_ not in DISTINGUISHING and (
            t.pos_ == "ADJ" or t.text == "-" or (t.pos_ in {"NOUN", "VERB"} and (
                t.whitespace_ == "" or self.doc[t.i - 1].text == "-")))
            for t in span[1:-1])

    def anaphoric(self, m: Mention) -> bool:
        """"this force", "the bloc", "this new alliance": a demonstrative or definite article,
        at most one adjective, and the head noun."""
        head = self.doc[m.head]
        first = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if first is None or first[0].lower_ not in DEFINITE_DETS or first.end - 1 != head.i:
            return False
        return len(first) <= 3 and all(t.pos_ in {"DET", "ADJ"} for t in first[:-1])

    def international_body(self, m: Mention) -> Cluster | None:
        """"The bloc", "this force", "the court" with nothing else in the phrase: the nearest
        international body named in the last ``ANAPHOR_WINDOW`` sentences that the noun fits
        (its name or head has the word; "bloc", "alliance" fit any).  Such a body carries its
        own IGO code, whatever country its sentence names."""
        word, before, sent = m.head_word, m.start, m.sent
        if word not in BODY_ANAPHORS:
            return None
        best, fitting = nearest_body(word, m, self.clusters, lambda c: c.kind == "organization"
                                     and (c.country() or "").startswith("IGO"))
        if len(fitting) > 1 and word in ANY_BODY:
            # "withdrew from ECOWAS and created … the Alliance of Sahel States, after a yearlong
            # dispute with the bloc": two bodies a bare "bloc" fits leave it unresolved — unless
            # its own clause names one of them before it, as a member's modifier too ("whom
            # ECOWAS leaders appointed as a mediator …, has urged the bloc to keep talking")
            own = {x.country for c in self.clusters for x in c.named
                   if x.sent == sent and x.start < before and x.kind != "pronoun"
                   and (x.country or "").startswith("IGO")}
            chosen = [c for c in fitting if c.country() in own]
            return chosen[0] if len(own) == 1 and len(chosen) == 1 else None
        return best if fitting or word not in ANY_BODY else None

    def restricted(self, m: Mention) -> bool:
        """A plural group narrowed by what follows its head — a participle, a relative clause,
        an origin or a place ("militants present on Afghan soil", "people from Hong Kong"),
        a postposed adjective ("fighters loyal to the former president"):
        another set than the story's bare "militants" or "3,410,992 people"."""
        head = self.doc[m.head]
        if not m.plural or m.kind != "group":
            return False
        return any(c.dep_ in {"acl", "relcl", "amod"} or (
            c.dep_ == "prep" and c.lower_ in {"from", "in", "on", "inside", "across", "outside"})
            for c in head.rights)

    def named_speaker(self, m: Mention) -> Cluster | None:
        """A person named for the first time, without a title, as the speaker of the sentence
        right after an unnamed official was introduced: "A spokesman for Afghan President Ashraf
        Ghani rejected the accusations … “If the Taliban are sincere …,” Mohammad Ameri told
        VOA" (VOA 6205629) — the spokesman, now named."""
        if m.title or m.entry is not None:
            return None
        verb = self.doc[m.head].head
        if self.doc[m.head].dep_ != "nsubj" or lemma(verb) not in SPEECH_VERBS:
            return None
        cands = [c for c in self.clusters if c.kind == "person" and not c.names() and any(
            x.sent == m.sent - 1 for x in c.named)]
        if len(cands) != 1:
            return None
        c = cands[0]
        first = c.named[0]
        if first.sent != m.sent - 1 or first.title is None or \
                not first.text.lower().startswith(("a ", "an ")):
            return None
        return c

    # -- pronouns -----------------------------------------------------------------------------
    def governing_subject(self, tok: "Token") -> Cluster | None:
        """The cluster of the subject of a verb that governs ``tok`` ("Rubio said he …").  Not
        the subject of the verb whose object the pronoun is (a plain object pronoun never means
        its own clause's subject, which would take "themselves"): "Senate Republicans blocked
        the bill, and Democrats accused them of playing politics" (the Republicans)."""
        node = tok
        seen = 0
        own = tok.head.i if tok.dep_ in OBJECT_DEPS and tok.lower_ in OBJECT_PRONOUNS else None
        while node.head.i != node.i and seen < 8:
            seen += 1
            node = node.head
            if node.pos_ not in {"VERB", "AUX"} or node.i == own:
                continue
            for child in node.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i != tok.i and child.i < tok.i:
                    c = self.by_head.get(child.i)
                    if c is not None:
                        return c
        return None

    def demander(self, tok: "Token") -> Cluster | None:
        """The cluster of the subject of a verb of demanding (:data:`CLAUSE_DEMANDS`) whose "that"
        clause has ``tok`` as its subject, or None."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or lemma(clause.head) not in CLAUSE_DEMANDS \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        return self.governing_subject(tok)

    def window(self, p: Mention) -> list[Cluster]:
        out = []
        for c in self.clusters:
            if any(p.sent - WINDOW <= x.sent <= p.sent and x.start < p.start
                   and x.kind != "pronoun" or (x.kind == "pronoun" and x.sent == p.sent
                                               and x.start < p.start) for x in c.mentions):
                out.append(c)
        return out

    def last_subject(self, p: Mention, fits: Callable[[Cluster], bool]) -> Cluster | None:
        """A subject pronoun continues the most recent compatible person when that person's
        last mention was itself a subject ("… said Maimane. … He said that …")."""
        best: tuple[int, Mention, Cluster] | None = None
        for c in self.clusters:
            if not fits(c):
                continue
            for x in c.mentions:
                if x.start < p.start and p.sent - x.sent <= SUBJECT_WINDOW and (
                        best is None or x.start > best[0]):
                    best = (x.start, x, c)
        if best is None:
            return None
        _, x, c = best
        head = self.doc[x.head]
        subject = x.dep in {"nsubj", "nsubjpass"} or head.dep_ in {"nsubj", "nsubjpass"} or (
            head.dep_ in {"appos", "compound"} and head.head.dep_ in {"nsubj", "nsubjpass"})
        return c if subject else None

    def pronoun(self, p: Mention) -> Cluster | None:
        tok = self.doc[p.head]
        if p.gender:  # he / she
            def fits(c: Cluster) -> bool:
                return c.kind == "person" and (c.gender is None or c.gender == p.gender)
            gov = self.governing_subject(tok)
            if gov is not None:
                return gov if fits(gov) else None
            cands = [c for c in self.window(p) if fits(c)]
            if len(cands) == 1:
                return cands[0]
            if tok.dep_ in {"nsubj", "nsubjpass"}:
                return self.last_subject(p, fits)
            return None
        if p.head_word == "it":
            return self.body_pronoun(p)
        # they / them / their
        def plural(c: Cluster) -> bool:
            return c.kind in ("group", "state", "organization") and any(
                x.plural or x.kind in ("state", "organization") for x in c.named)
        gov = self.governing_subject(tok)
        if gov is not None:
            if plural(gov):
                return self.plural_phrase_before_body(p, gov) or gov
            if gov.kind == "person" and gov.sector() == "GOV" and gov.country():
                country = gov.country()
                return self.recent(lambda c: c.kind == "state" and c.country() == country,
                                   p.start)
            return None
        cands = [c for c in self.window(p) if c.kind == "group"]
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(self.object_of_they(c, p) for c in cands):
            return None  # the subject "they" goes on; its victims are no antecedent
        if len(cands) == 1:
            return cands[0]
        return None

    def plural_phrase_before_body(self, p: Mention, gov: Cluster) -> Cluster | None:
        """"they" under a body named by its singular head alone ("Iran's Guardian Council
        disqualified the candidates.  The council said they lacked loyalty"): a body may be
        "they" (British usage, "the council said they would appeal"), but the one group named
        by a plural noun phrase in the window is the likelier antecedent; ``None`` when the
        subject is no such body or no one plural group is there."""
        said = [x for x in gov.mentions if x.sent == p.sent and x.start < p.start]
        if not said or not body_description(max(said, key=lambda x: x.start)):
            return None
        cands = [c for c in self.window(p) if c is not gov and c.kind == "group" and
                 any(x.plural for x in c.named)]
        return cands[0] if len(cands) == 1 else None

    def body_pronoun(self, p: Mention) -> Cluster | None:
        """Subject "it": the state or organization that is the subject of the verb governing
        it ("Kenya said it would not attend"), else the one state or organization named in
        this or the previous sentence, when its last mention was a subject."""
        def body(c: Cluster) -> bool:
            return c.kind in ("state", "organization") and not any(
                x.plural for x in c.named)
        tok = self.doc[p.head]
        demander = self.demander(tok)
        if demander is not None:
            # "Beijing lodged a strong protest with Manila and demanded that it stop its
            # provocations": a demand's "that" clause is about the one it is made of
            others = [c for c in self.window(p) if body(c) and c is not demander]
            return others[0] if len(others) == 1 else None
        gov = self.governing_subject(tok)
        if gov is not None:
            return gov if body(gov) else None
        # (and a subject there: "The plan was announced by Kenya.  It will cost …" is the plan)
        cands = [c for c in self.window(p) if body(c) or c.kind in ("group", "person")]
        if len(cands) != 1 or not body(cands[0]):
            return None
        return self.last_subject(p, lambda c: c is cands[0])

    def object_of_they(self, c: Cluster, p: Mention) -> bool:
        """Is the latest mention of ``c`` before ``p`` the object of a verb whose subject is
        "they"?  Then a later subject "they" continues that subject, not its victims: "Then
        they picked out police officers and tied their hands … At night, they picked out 10
        more people" (VOA 8009314)."""
        last = max((x for x in c.named if x.start < p.start), key=lambda x: x.start, default=None)
        if last is None:
            return False
        head = self.doc[last.head]
        if head.dep_ not in {"dobj", "nsubjpass"}:
            return False
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
                k.dep_ == "nsubj" for k in verb.children):
            verb = verb.head
        return any(k.dep_ == "nsubj" and k.lower_ in {"they", "we"} for k in verb.children)


# Verbs of demanding, whose "that" clause says what another party must do ("demanded that it
# stop", "urged that it withdraw"), so its subject pronoun is not the demander.
CLAUSE_DEMANDS = {"demand", "urge", "ask", "request", "order", "insist"}


# … or after ", or" ("the Belarusian Association of Journalists, or BAJ"), capitals only there
_SHORT_FORM = re.compile(r"\s*(?:[(\[]\s*([A-Z][A-Za-z.&-]{1,9})\s*[)\]]|,\s+or\s+([A-Z][A-Z.&-]{1,9})\b)")
# the small words an acronym skips ("Food and Agriculture Organization" FAO); the events
# layer's acronym fallback (events.phrases) reads them too
NAME_LINKS = {"of", "for", "on", "and", "the", "in", "to", "de", "&"}


def acronym_letters(short: str) -> str:
    """The letters of an acronym, upper-case: "U.N." → "UN"."""
    return "".join(ch for ch in short if ch.isalpha()).upper()


def initials_of(short: str, name: str) -> bool:
    """Is ``short`` the initials of ``name``, with or without its small words ("IPAC" of
    "Inter-Parliamentary Alliance on China", "HNP" of "Haitian National Police")?"""
    letters = acronym_letters(short)
    words = [w for w in name.replace("-", " ").split() if w.lower() != "the"]
    if len(letters) < 2 or len(words) < 2:
        return False
    every = "".join(w[0] for w in words).upper()
    big = "".join(w[0] for w in words if w.lower() not in NAME_LINKS).upper()
    return letters in (every, big)


def defined_short_forms(doc: "Doc", mentions: list[Mention]) -> dict[str, str]:
    """Acronyms the article defines in brackets or after ", or" after a body's name: "the
    Haitian National Police (HNP)", "the Inter-Parliamentary Alliance on China (IPAC)", "the
    Belarusian Association of Journalists, or BAJ"; short form → long name."""
    text = doc_text(doc)
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind not in ("organization", "group") or not m.name:
            continue
        found = _SHORT_FORM.match(text, m.end)
        short = found and (found.group(1) or found.group(2))
        if short and initials_of(short, m.name):
            out.setdefault(acronym_letters(short), _plain(m.name))
    return out


def group_anaphor(m: Mention) -> bool:
    """"The group", "this movement": a determiner and the noun, nothing else."""
    words = m.text.lower().split()
    return m.name is None and len(words) == 2 and words[0] in {"the", "this"} and \
        words[1] in GROUP_WORDS


def group_mentions(doc: "Doc", mentions: list[Mention]) -> list[Cluster]:
    # a state or bloc anaphor ("the country", "the bloc") that nothing was found for is dropped
    # … and so is "both groups" that no pair named before is found for
    return [c for c in Grouper(doc, mentions).run()
            if not ((c.kind in ("state", "organization") and all(
                m.country is None and m.name is None and (m.head_word in UNRESOLVED
                                                          or group_anaphor(m))
                for m in c.named)) or (c.named and all(pair_anaphor(m) for m in c.named)))]


def pair_anaphor(m: Mention) -> bool:
    """"both groups", "both factions" with nothing else in its phrase
    (``mentions.PAIR_GROUP_HEADS``)."""
    words = m.text.lower().split()
    return m.name is None and len(words) == 2 and words[0] == "both" and \
        words[1] in PAIR_GROUP_HEADS


__all__ = ["Cluster", "group_mentions", "same_person"]


# words that introduce a part of the group before them: "some 12 million people in Syria,
# including more than 6 million refugees"
SUBSET_PREPS = {"including", "among"}


def fill_from_whole(clusters: list[Cluster], doc: "Doc") -> None:
    """A group or body the text gives no country takes the country of the actor it is part of:
    a subset introduced by "including" ("displaced some 12 million people in Syria, including
    more than 6 million refugees", VOA 8010694: Syrian refugees) or a body a government owns
    ("a statement posted by the government's National News Agency", VOA 8008152)."""
    by_head = {m.head: (m, c) for c in clusters for m in c.named}
    for c in clusters:
        if c.country() is not None or c.kind not in ("organization", "group"):
            continue
        for m in c.named:
            whole = _whole_of(doc[m.head], by_head) or _owning_government(m, doc, clusters)
            if whole is not None and whole is not c:
                m.country = whole.country()


def _whole_of(tok: "Token", by_head: dict[int, tuple[Mention, Cluster]]) -> Cluster | None:
    """The coded group ``tok`` is a subset of ("…, including more than 6 million refugees")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in SUBSET_PREPS and tok.head.dep_ == "prep":
        found = by_head.get(tok.head.head.i)
        if found and found[1].kind == "group" and found[0].plural:
            return found[1] if found[1].country() else None
    return None


def _owning_government(m: Mention, doc: "Doc", clusters: list[Cluster]) -> Cluster | None:
    """The government named in the possessor of ``m`` ("the government's National News
    Agency"): the latest coded "government" actor mentioned before it."""
    poss = next((t for t in doc[m.head].children if t.dep_ == "poss"), None)
    if poss is None or poss.lower_ != "government":
        return None
    best: tuple[int, Cluster] | None = None
    for c in clusters:
        if c.kind != "organization" or not c.country() or c.sector() != "GOV":
            continue
        for o in c.named:
            if o.head_word == "government" and o.start < m.start and (
                    best is None or o.start > best[0]):
                best = (o.start, c)
    return best[1] if best else None


# the bodies a possessor "the court's", "the bloc's" may name again (``fill_from_body_possessor``)
POSSESSOR_BODIES = BODY_ANAPHORS | {"ministry", "army", "military", "police", "militia",
                                    "movement", "group", "party", "government", "junta"}


def fill_from_body_possessor(clusters: list[Cluster], doc: "Doc") -> None:
    """A person, group or body the text gives no country whose possessor is a body named again
    by its head noun alone ("the court's judges" after "the International Criminal Court",
    "the bloc's foreign policy spokesperson" after "the European Union") takes the country or
    IGO code of that body: the latest body named in the last ``ANAPHOR_WINDOW`` sentences
    whose head or name has the noun (for "bloc", "alliance", "organization" …, any
    international body, and only when one fits)."""
    for c in clusters:
        if c.country() is not None or c.kind == "state":
            continue
        for m in c.named:
            poss = next((t for t in doc[m.head].children if t.dep_ == "poss"), None)
            if poss is None or poss.lower_ not in POSSESSOR_BODIES or poss.tag_ != "NN" or \
                    [t.lower_ for t in poss.lefts] != ["the"]:
                continue
            body = _possessor_body(poss.lower_, m, clusters, c)
            if body is not None:
                m.country = body.country()


def _possessor_body(word: str, m: Mention, clusters: list[Cluster],
                    own: Cluster) -> Cluster | None:
    best, fitting = nearest_body(word, m, clusters, lambda c: (
        c is not own and c.kind == "organization" and c.country() is not None
        and (word not in ANY_BODY or (c.country() or "").startswith("IGO"))))
    if best is None or (word in ANY_BODY and len(fitting) != 1):
        return None
    return best


def nearest_body(word: str, m: Mention, clusters: list[Cluster],
                 keep: Callable[[Cluster], bool]) -> tuple[Cluster | None, list[Cluster]]:
    """Among the ``keep`` clusters, those with a mention before ``m`` in the last
    ``ANAPHOR_WINDOW`` sentences that the noun ``word`` fits (its name or head has the word;
    "bloc", "alliance" fit any), and the one of the latest such mention."""
    best: Cluster | None = None
    best_at = -1
    fitting: list[Cluster] = []
    for c in clusters:
        if not keep(c):
            continue
        fits = False
        for x in c.named:
            if x.start >= m.start or x.sent < m.sent - ANAPHOR_WINDOW:
                continue
            words = {w.lower().strip(".,") for w in (x.name or x.text).split()}
            if word in ANY_BODY or word == x.head_word or word in words:
                fits = True
                if x.start > best_at:
                    best, best_at = c, x.start
        if fits:
            fitting.append(c)
    return best, fitting
