"""The actors layer: who acts in the article, coded with country and PLOVER sector.

    mentions.py    noun phrases that name or describe actors, with exact spans
    coding.py      coding one mention: country from modifiers / dictionary, sector from titles
    phrases.py     per-article state, phrase spans, titles, modifier countries and sectors
    nonactors.py   not-an-actor tests: places, destinations, predicates, equipment, channels
    affiliation.py employer, organization, apposition and context affiliations
    institutions.py firms, outlets, think tanks, NGOs and IGO organs by their kind and field words
    origins.py     countries from context: origins, apposed places and nationalities, "in X", "its"
    referents.py   countries and sectors from what an actor refers to or belongs to
    dictionary.py  the date-bounded actor dictionary (shipped + user files)
    coref.py       grouping mentions into actors (names, titles, appositives, pronouns)
    lexicon.py     agent nouns → sectors, pronoun and title word lists

``resolve_actors(article)`` fills ``article.actors`` and returns the article.  Ambiguity is
explicit: an actor whose country or sector cannot be determined gets None, not a guess.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Iterator
from urllib.parse import urlsplit

from dateline.countries import country_name, state_country
from dateline.countries import lookup as country_lookup
from dateline.nlp import lemma
from dateline.record import Actor, Article, Span

from .affiliation import fill_from_predicates
from .coding import OFFICIAL_SECTORS, body_description
from .coref import (SPEECH_VERBS, SUBSET_PREPS, Cluster, clusters_by_head,
                    fill_from_body_possessor, fill_from_whole, group_mentions)
from .dictionary import Dictionary, load, user_paths
from .lexicon import (ARRIVAL_VERBS, GENERIC_TITLES, KIN_NOUNS, MEETING_NOUNS, MEETING_VERBS,
                      VISITS,
                      agent_sector, singular)
from .mentions import COUNTERPARTS, Mention, find_mentions
from .nonactors import BORDER_WORDS, first_conjunct
from .origins import STATE_PLURALS, place_country, prep_objects
from .victims import fill_attack_victims, is_victim
from .referents import (drop_economy_owners, drop_installation_places, drop_visited_places,
                        fill_act_partner, fill_among_group, fill_counterpart_sectors,
                        fill_coup_makers, fill_crowd_police, fill_from_official_possessor,
                        fill_displaced, fill_from_sister_body, fill_held_by_state,
                        fill_official_kin, fill_outlet_anaphor, fill_rebels_fighting,
                        fill_this_government,
                        name_irregulars, settle_camp_residents, settle_state_peoples)

if TYPE_CHECKING:
    from spacy.tokens import Token


# An actor without a country of its own takes the article's dominant country only when that
# country has at least this share of the coded mentions (and at least 3 of them).
DOMINANT_SHARE = 0.5
DOMINANT_LEAD = 2.0  # … or at least twice as many as the runner-up
PROTAGONIST = 4  # name mentions that make a person the story's subject
# armed groups outside a state's forces (see dominant_country)
ARMED_GROUPS = {"REB", "UAF"}
PRIVATE_SECTORS = {"PTY", "BUS", "JRN", "SOC", "EDU"}  # bodies no state owns
REPORT_SENTENCES = 3  # a text of at most this many sentences is a short report, not a story
MANY_STATES = {"governments", "parliaments", "militaries", "armies", "ministries",
               "regimes"} | STATE_PLURALS
ADVOCACY = {"SOC", "NGO", "HRI"}  # rights, aid and advocacy groups
# aid and environment groups work across borders ("several environment groups accused the
# Spanish company" at the Madrid climate talks are nobody's in the VOA gold)
# … and so do press freedom groups ("Nine press freedom and rights groups this week called for
# Zamora's immediate release", VOA 8010046: CPJ, RSF and their peers)
AID = re.compile(r"\b(aid|humanitarian|relief|charity|charities|environment|environmental|"
                 r"conservation|press freedom|media freedom|press watchdogs?)\b", re.IGNORECASE)
INTERNATIONAL = re.compile(r"\b(World|International|Global|Worldwide|Transnational|Foreign|"
                           r"Overseas|Visiting|Expatriate)\b",
                           re.IGNORECASE)

# the prepositions of a visit's place: "talks in Madrid", "arrived in Kenya", "flew to Nairobi"
VISIT_PREPS = {"in", "at", "to"}
# bodies and people of a place, whose country is that of the place they act in ("police in
# Nairobi said", "residents at the camp told VOA")
LOCAL_HEADS = {"police", "policeman", "policemen", "resident", "villager", "inhabitant",
               "townspeople", "dweller", "mayor", "governor", "local"}
LOCAL_WORDS = {"local", "municipal", "provincial", "village", "town", "city", "district"}
# words of a visit whose place is not the visitor's country: "arrived in Kenya", "flew to
# Nairobi", "met in Bangui", "climate talks in Madrid", "a visit to Beijing" (``lexicon``'s
# table of going, visiting and meeting; not its journeys: "a trip to Taiwan" is ``nonactors``')
VISIT_WORDS = ARRIVAL_VERBS | VISITS | MEETING_VERBS | MEETING_NOUNS

# people settled in a place for generations: "Chinese people" whose families have lived in
# Texas for 150 years are of the country they live in
SETTLED = re.compile(r"\b(?:for (?:many |several )?generations|for (?:more than |over |nearly )?"
                     r"(?:a century|centuries|[1-9]\d{2} years)|since the 1[6-9]\d0s)\b",
                     re.IGNORECASE)
LIVING = re.compile(r"\b(?:live[ds]?|living|settled|resided|reside[sd]?|been|made their home)\b",
                    re.IGNORECASE)

# a politician's own party: "His party" after "South African opposition politician Mmusi
# Maimane" (VOA 6181522) is South African
PARTY_WORDS = {"party", "movement", "coalition", "alliance"}
POLITICAL_SECTORS = {"OPP", "PTY", "ELI"}

# a politician's own people ("his constituents")
PATRON_GROUPS = {"constituent", "supporter", "follower", "voter", "electorate", "base"}

# the press as an unnamed audience
# the deeds of the press that make a plain voice one of its people (JRN, not the public): a
# byline's "reported from" ("Harun Maruf reported from Washington", VOA 6204080) and a work
# published or written ("When Naveeda Khoshbo published her book of political analysis", VOA
# 8011004); both judged JRN
BYLINE_VERBS = {"report", "contribute"}
PLACE_LABELS = {"GPE", "LOC"}  # the entity labels of the place a byline reports from
WORK_VERBS = {"publish", "write", "author"}
PRESS_WORKS = {"book", "article", "novel", "column", "memoir", "essay", "op-ed", "blog"}
AUDIENCE_WORDS = {"media", "press"}
AUDIENCE_VERBS = {"tell", "brief", "address", "inform"}

# the prepositions by which a title names the body it serves ("a spokesman for the U.S. military")
# (narrower than ``origins.EMPLOYER_PREPS`` and ``affiliation.TITLE_PREPS``: "a spokesman
# with/from X" holds no rank in X)
RANK_PREPS = {"for", "of", "at"}
# the bodies one sits "on": "Leaders on the AU's Peace and Security Council", "a member on the
# board"
SEAT_BODIES = {"council", "board", "committee", "commission", "panel", "bench", "court",
               "tribunal", "presidium", "politburo", "cabinet"}
# verbs of having or bringing up children: "I have nine orphaned children", "raising 12 children"
# (not "feed", "support": an aid worker feeds or a donor supports children not in their care)
RAISE_VERBS = {"have", "raise", "bring", "adopt"}
# the pronouns that may stand for the one a possessive pronoun names ("she and her household")
AGREEING_PRONOUNS = {"her": {"she", "her", "herself"}, "his": {"he", "him", "himself"},
                     "their": {"they", "them", "themselves"}}

# a body's voice (it speaks for the body its statement is about by ``coref.SPEECH_VERBS``)
SPOKES = {"spokesman", "spokeswoman", "spokesperson"}

# ranks that say nothing of the body they rank in
RANKS = {"leader", "head", "chief", "member", "coordinator"}

# partitives: words that name a share of a group ("half of their population")
PARTITIVES = {"half", "quarter", "third", "majority", "minority", "percent", "fraction", "most",
              "proportion"}

# vague quantifiers of an unspecified share of a public ("Some commentators", "Many people")
VAGUE_QUANTIFIERS = {"some", "many"}

# generic state bodies that refer back to the one body the sentence before names
GENERIC_OFFICIALS = {"authorities", "officials"}

# a border two states share, by the word that makes it theirs ("armed gangs and rebels
# operating in towns and villages along their border", VOA 7686618; "the common border"): a
# group placed on it is of neither state alone.  Every word for the line
# (``nonactors.BORDER_WORDS``) and its lands
SHARED_BORDER = {"their", "common", "shared", "joint", "mutual"}
SHARED_BORDER_NOUNS = BORDER_WORDS | {"borderland", "borderlands"}

# armed forces of several states: "a regional peacekeeping force", "a multinational force"
JOINT_FORCE = re.compile(r"\b(regional|multinational|multi-national|peacekeeping)\b",
                         re.IGNORECASE)


def publication_day(article: Article) -> dt.date | None:
    from dateline.ingest.dates import published_date

    try:
        return published_date(article.meta.published)
    except ValueError:  # an unparseable date leaves roles undated rather than failing the stage
        return None


def load_dictionary(paths: Iterable[str | os.PathLike[str]] | None = None) -> Dictionary:
    """The actor dictionary: shipped files plus ``paths`` and ``$DATELINE_ACTORS``."""
    return load(user_paths(paths))


def resolve_actors(article: Article,
                   dictionaries: Iterable[str | os.PathLike[str]] | None = None) -> Article:
    """Fill ``article.actors`` (needs ``article.doc`` from :func:`dateline.nlp.parse`)."""
    if article.doc is None:
        from dateline import nlp

        nlp.parse(article)
    day = publication_day(article)
    dictionary = load_dictionary(dictionaries)
    mentions, context, places = find_mentions(article, dictionary, day)
    clusters = group_mentions(article.doc, mentions)
    fill_from_possessor(clusters, article.doc)
    fill_from_body_possessor(clusters, article.doc)
    fill_from_members(clusters, article.doc)
    dominant = dominant_country(clusters)
    home, named_home = dateline_country(article)
    if home is not None and dominant is not None and dominant != home:
        # "NIAMEY, Niger (AP) — Niger's military junta ... gave France's ambassador 48 hours to
        # leave": France, named most, is not where the story is; neither country is the
        # story's for the actors the text leaves without one
        dominant = None
    elif home is not None and dominant is None and first_among(home, clusters, strict=not named_home):
        # "YANGON, Myanmar (AP) — ... resistance groups accused the army of carrying out
        # airstrikes": with no country named most, a story filed from a city its dateline
        # places in a country is that country's, when the text names it as often as any other
        # (not a "WASHINGTON (AP)" story on Israel and Iran that names the U.S. once).  A
        # dateline of a city alone ("HELSINKI —") needs the text to name its country more often
        # than any other: a story on Finland's border law that names Russia often is Finland's
        # ("the government" is Finland's), a bureau's city naming its country as often as the
        # story's is not
        dominant = home
    fill_from_employer(clusters, article.doc)
    fill_from_spelled_out(clusters, article)
    fill_from_sister_body(clusters)
    fill_outlet_anaphor(clusters, article, dictionary, day)
    fill_this_government(clusters, article.doc)
    fill_rebels_fighting(clusters, article.doc)
    fill_coup_makers(clusters, article.doc)
    settle_camp_residents(clusters, article.doc)
    fill_from_predicates(clusters, article.doc)
    fill_one_armed_group(clusters, context, dominant)
    fill_attack_victims(clusters, article.doc)
    fill_from_context(clusters, context, places, dominant, article.doc)
    fill_crowd_police(clusters, article.doc)
    fill_from_official_possessor(clusters, article.doc)
    fill_from_previous_body(clusters, context)
    fill_held_by_state(clusters, article.doc)
    fill_act_partner(clusters, article.doc)
    fill_one_military(clusters)
    if dominant is None:
        fill_rebels(clusters)
    fill_from_whole(clusters, article.doc)
    fill_from_possessor(clusters, article.doc, parties=True)
    fill_opposition_following(clusters, article.doc)
    fill_party_lawmakers(clusters, article.doc)
    settle_residents(clusters, article)
    fill_official_kin(clusters, article.doc)
    fill_counterpart_sectors(clusters, article.doc)
    fill_displaced(clusters, article.doc)
    name_irregulars(clusters, article.doc)
    drop_economy_owners(clusters, article.doc)
    drop_installation_places(clusters, article.doc)
    drop_visited_places(clusters, article.doc)
    settle_state_peoples(clusters, article.doc)
    fill_among_group(clusters, article.doc)
    fill_public_voices(clusters, article.doc)
    fill_own_reporters(clusters, article, dictionary, day)
    for c in clusters:  # installations ("the U.S. military base") and visited states helped
        # place others; no actors
        c.mentions = [m for m in c.mentions if not m.place]
    clusters = [c for c in clusters if c.named]
    clusters.sort(key=lambda c: c.mentions[0].start)
    article.actors = [to_actor(f"a{i}", c, article) for i, c in enumerate(clusters, start=1)]
    return article


def dateline_country(article: Article) -> tuple[str | None, bool]:
    """The country of a wire story's dateline, and whether the dateline names it: "NIAMEY,
    Niger (AP) —" (NER, named), "KYIV (AP) —" (UKR by its capital, not named), "ATLANTA, Georgia
    (AP) —" and "PARIS, Texas" (USA: a U.S. state), "TBILISI, Georgia" (GEO: the city says which
    Georgia; "BATUMI, Georgia" says neither, None).  A city alone counts when it is a capital or a
    large city no namesake abroad rivals."""
    dateline = article.meta.dateline
    if dateline is None or not dateline.text.strip():
        return None, False
    parts = [p.strip(" .") for p in re.split(r"[,(]", dateline.text) if p.strip(" .")]
    if not parts:
        return None, False
    city = parts[0]
    city_code = country_lookup(city.title(), ("name", "capital")) or \
        lexicon.city_countries().get(city.lower())
    if len(parts) == 1:
        return (city_code, False) if city_code and not city_code.startswith("IGO") else \
            (None, False)
    region = parts[-1]
    state = state_country(region) is not None or \
        region.lower().replace(".", "").replace(" ", "") in AP_STATES
    code = country_lookup(region.title(), ("name",))
    if code is not None and code.startswith("IGO"):
        code = None
    if state and code is not None:  # Georgia
        return (city_code, True) if city_code in (code, "USA") else (None, False)
    if state:
        return "USA", True
    return code, code is not None


# the AP's abbreviations of state names in datelines ("SAVANNAH, Ga. (AP)"), lower case without
# their dots (the full names: ``dateline.countries.state_country``)
AP_STATES = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass
mich minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva
wis wisc wyo dc""".split())


def first_among(code: str, clusters: list[Cluster], strict: bool = False) -> bool:
    """Does the text name ``code`` at least once, and as often as any other country (``strict``:
    more often than any other)?"""
    counts = Counter(m.country for c in clusters for m in c.named
                     if m.country and not m.country.startswith("IGO"))
    if strict:
        others = [n for k, n in counts.items() if k != code]
        return counts[code] > max(others, default=0)
    return counts[code] > 0 and counts[code] == max(counts.values())


MEMBERSHIP_VERBS = {"make", "compose", "comprise", "consist"}


def fill_from_members(clusters: list[Cluster], doc: "object") -> None:
    """An organization the text describes by its members ("The Three Brotherhood Alliance, made
    up of the Myanmar National Democratic Alliance Army, the Ta'ang National Liberation Army
    and the Arakan Army") is of the one country all its coded members share, and an armed
    group when they all are armed bodies, one at least not a state force."""
    if doc is None:
        return
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.kind != "organization" or c.country() is not None:
            continue
        for m in c.named:
            members = [by_head[t.i] for t in _member_tokens(doc[m.head])  # type: ignore[index]
                       if t.i in by_head and by_head[t.i] is not c]
            codes = {x.country() for x in members}
            if len(members) < 2 or len(codes) != 1 or None in codes or \
                    next(iter(codes)).startswith("IGO"):
                continue
            code = next(iter(codes))
            sectors = {x.sector() for x in members}
            armed = sectors <= ARMED_GROUPS | {"MIL"} and sectors & ARMED_GROUPS
            for x in c.named:
                x.country = code
                if armed and x.sector is None:
                    x.sector = "REB"
            break


def _member_tokens(head: Token) -> list[Token]:
    """The heads of the "of" phrase of a verb of membership on ``head`` ("made up of A, B and
    C", "composed of", "consisting of"), conjuncts included."""
    out = []
    for verb in head.children:
        if verb.dep_ != "acl" or lemma(verb) not in MEMBERSHIP_VERBS:
            continue
        particles = [p for t in verb.children if t.dep_ == "prt" for p in t.children]
        for prep in [*verb.children, *particles]:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out += [tok for obj in prep.children if obj.dep_ == "pobj"
                        for tok in [obj, *obj.conjuncts]]
    return out


def dominant_country(clusters: list[Cluster]) -> str | None:
    """The country most coded mentions name, if it has ``DOMINANT_SHARE`` of them or twice the
    runner-up's (and at least 3 mentions)."""
    counts: Counter[str] = Counter()
    armed: Counter[str] = Counter()
    for c in clusters:
        for m in c.named:
            if m.country and not m.country.startswith("IGO") and not m.employed:
                (armed if m.sector in ARMED_GROUPS and m.kind != "state" else counts)[
                    m.country] += 1
    total = sum(counts.values()) + sum(armed.values())
    for code, n in armed.items():
        # an armed group counts towards its country only where the story names that country
        # otherwise too: "Somalia-based al-Shabab has been attacking … Kenyan troops" in a
        # story set in Kenya's Lamu County (VOA 6184384) is a foreign group, and the villagers,
        # civilians and "the government" of the story are Kenyan
        if code in counts:
            counts[code] += n
    if sum(counts.values()) < 3:
        return None
    top = counts.most_common(2)
    code, n = top[0]
    second = top[1][1] if len(top) > 1 else 0
    return code if n / total >= DOMINANT_SHARE or n >= DOMINANT_LEAD * second else None


def fill_from_context(clusters: list[Cluster], context: list[set[str]],
                      places: list[set[str]], dominant: str | None, doc: "object") -> None:
    """An actor the text gives no country ("the government", "rebels", "Interior Minister Fred
    Matiangi") takes the one country its sentences name, else the article's dominant country
    when its sentences name it or no country; otherwise it stays None.

    Stricter than a guess from the story: a country that a sentence names only as another
    actor's modifier ("he told reporters … with French Minister of Armed Forces Florence
    Parly") places nobody else; a named person or organization without an official title
    takes nothing from a story's dominant country; people on the move or held abroad keep no
    story country; a country a sentence names only as a place ("a naval base in Cuba") gives a
    group nothing unless it is the story's own country; a body named by its head alone ("the
    commission", :func:`~dateline.actors.coding.body_description`) takes no story country, only
    what its phrase or its antecedent says ("The Commission …," the Chinese ambassador said:
    not China's). ``dominant`` is :func:`dominant_country` of ``clusters``."""
    owned = owned_codes(clusters)
    one_military = sole_code(clusters, {"MIL"})
    bare_military = {id(c) for c in bare_bodies(clusters, {"MIL"})}
    actor_codes = {m.country for c in clusters for m in c.named if m.country}
    mention_at = {m.head: m for c in clusters for m in c.named}
    for c in clusters:
        if c.country() is not None or any(m.modifiers for m in c.named):
            continue
        if any(INTERNATIONAL.search(m.name or m.text) or (
                m.sector == "MIL" and m.name is None and JOINT_FORCE.search(m.text))
               for m in c.named):
            # … "the deployment of a regional peacekeeping force" (GSR: an IGO force)
            continue  # "World Resources Institute", "the global community": not the story's country
        if any(m.entry is not None for m in c.named):
            continue  # the dictionary knows it and gives no country ("Islamic State")
        if all(body_description(m) for m in c.named):
            # "The Commission on the Limits of the Continental Shelf should continue …,"
            # Chinese Ambassador Wu Haitao told (VOA 6181504): a body named by its head alone
            # is of the state its phrase or its antecedent names, not of the speaker's
            continue
        if any(m.regional or m.text.split()[-1].lower() in MANY_STATES for m in c.named):
            continue  # "Central European populist leaders", "national governments": many states
        if doc is not None and all(generic_audience(m, doc) for m in c.named):
            continue  # "told media", "a statement to media": outlets nobody names
        if c.kind == "organization" and all(m.sector == "BUS" and m.name for m in c.named):
            # a named firm is of the state the text or the dictionary gives, not of the place
            # it acts in: "Harmonix Systems Inc. sued Nimbus Labs Ltd. in a court in Berlin"
            # names no German firm ("Apple Computer" of a lawsuit "in a London court",
            # MEANTIME, was not British)
            continue
        if c.kind == "person" and all(m.name is None and (
                m.sector is None or heads_persons_body(m, doc)) for m in c.named):
            # a person known only by a common noun that tells neither name nor field ("the
            # leader of his legal team", VOA 8010046): nothing ties him to the story's country
            continue
        if doc is not None and all(vague_share(m, doc) for m in c.named):
            # "Some commentators suggested French presidential ambitions may be behind
            # Barnier's skepticism" (VOA 6205696), "Many people spoke up for Taiwan" (VOA
            # 7638284): an unspecified share of anyone, of no nationality the text gives
            continue
        if doc is not None and all(partitive(m, doc) for m in c.named):
            # "More than half of their population come from Somalia and roughly a quarter from
            # South Sudan" (VOA 6204080): what a part is says nothing of the whole
            continue
        if doc is not None and all(on_shared_border(m, doc) for m in c.named):
            # "armed gangs and rebels operating in towns and villages along their border"
            # (Cameroon's and the C.A.R.'s, VOA 7686618): of neither state alone
            continue
        if doc is not None and all(pronoun_following(m, doc) for m in c.named):
            # a person's following ("his supporters", "her followers") is not said to be of
            # the person's state: a jailed reporter's or a dissident's backers may be anywhere
            # ("Cambodian journalist Mech Dara thanked his supporters", VOA 7836916: gold
            # country none).  A politician's people take his country in the parties pass of
            # :func:`fill_from_possessor` ("his constituents", VOA 6181522)
            continue
        parent = kin_parent(c, doc, clusters) if doc is not None else None
        if parent is not None:
            # a person's children or household are of the person's country, else of none the
            # text gives: "she and her household, including four children" (a Somali refugee
            # back in Somalia, VOA 6204080), "I have nine orphaned children here"
            code = parent.country()
            if code is not None:
                for m in c.named:
                    m.country = code
            continue
        if any(m.mobile for m in c.named) and not (
                dominant is not None and doc is not None and
                all(prosecuted_reporter(m, doc) for m in c.named)):
            # "a secure prison to hold captured terrorists" (Guantanamo, not American),
            # "hundreds of thousands of refugees" in Kenya (Somali): where they are is not
            # what they are
            continue
        # an official by title, or a state body by the word of its name ("the Public
        # Ministry" in a story on Guatemala's courts: its prosecution service)
        # … or a former one by his title of office ("Former Defense Minister Kim Yong-hyun",
        # ELI): the office was a state's
        official = any((m.sector in OFFICIAL_SECTORS or (
            m.former and m.title and c.kind == "person" and m.name)) and (
            m.title or (c.kind == "organization" and m.name and m.text.lower().startswith("the ")))
            for m in c.named)
        # "opposition presidential candidate Edmundo Gonzalez": an opposition is some state's,
        # as an office is — the story's own, when his sentences name it or no country (written
        # stories, even ids); never the one other country a sentence names ("fled to ...")
        # … and so is a party's officer ("People Power Party chairman Han Dong-hoon"): parties
        # contest one state's offices
        opposed = not official and c.kind == "person" and any(
            m.sector in ("OPP", "PTY") and m.title for m in c.named) and any(
            m.name for m in c.named)
        # a people is no named individual: "the Kurds" in a story on Syria are Syria's
        # … though a name the text describes as local ("local militias known as Wazalendo")
        # is of the place the story is set in, as the local body is
        untitled = any(m.name for m in c.named) and not official and not opposed and \
            not all(m.stateless for m in c.named) and not (doc is not None and any(
                m.name is None and described_local(m, doc) for m in c.named))
        sentences = {m.sent for m in c.mentions if context and m.sent < len(context)}
        named: set[str] = set()
        for si in sentences:
            named |= context[si] - owned.get((si, id(c)), set())
            if places and official and c.kind == "person":
                named |= places[si]  # an official acts for the state where he acts
            elif places and dominant in places[si]:
                # a place in the story's own country supports it; a foreign place ("attorneys
                # for rights groups over … a U.S. naval base in Cuba") gives a group no
                # nationality
                named.add(dominant)
        if doc is not None and c.kind == "person":
            named -= contrasted_codes(c, doc, mention_at)
        victims = doc is not None and all(is_victim(m, doc) for m in c.named)
        if victims and dominant is not None:
            # the victims of an attack whose scene no phrase names (else
            # :func:`~dateline.actors.victims.fill_attack_victims` placed them) are of the
            # story's country, not of a country the sentence names for something else: "a
            # roadside bomb blast killed 11 coal miners in the city, while the BLA took credit
            # for attacking a … convoy for a mining company operated by China" (VOA 8007760,
            # a story set in Pakistan's Balochistan: PAK, not CHN)
            named = set()
        code: str | None = None
        if dominant is not None and untitled and (protagonist(c) or plain_voice(c)) and \
                voiced(c, named, context, owned) <= {dominant}:
            # the person a story is about, named again and again in sentences that name no
            # other country ("journalist Jose Ruben Zamora" in a story on Guatemala's courts),
            # or a voice of its public, a name nothing describes but an age or a title of the
            # public (plain_voice)
            code = dominant
        elif opposed and (dominant is not None or len(context) > REPORT_SENTENCES):
            # (a short report gives him the one country it names, below)
            code = dominant if dominant is not None and (not named or dominant in named) \
                else None
        elif dominant is not None and not untitled:
            # the one country the actor's sentences name (not as another actor's modifier),
            # else the article's dominant country among them.  A named person or organization
            # without an official title may be a foreigner ("Geir Pedersen" in a story on
            # Syria is the U.N. envoy) and takes nothing.
            if len(named) == 1 and named != {dominant} and c.kind == "group" and all(
                    m.sector in ADVOCACY and m.name is None for m in c.named):
                # "Human rights groups have accused Malian soldiers and their Russian allies"
                # in a story on Mali: a rights or aid group speaks of states not its own; the
                # one foreign country its sentence names is the accused's, not the group's
                code = None
            elif len(named) == 1:
                code = next(iter(named))
            elif not named and c.kind == "group" and all(
                    m.sector in ADVOCACY and AID.search(m.text) for m in c.named):
                # "Aid agencies distributed relief where they could" (Malawi and Mozambique),
                # "humanitarian agencies": aid groups work across borders; only a sentence
                # that names the country ties them to it.  (Not rights groups: "immigrants'
                # rights groups" in a story on U.S. deportations are American in the gold.)
                code = None
            elif not named or dominant in named:
                code = dominant
        elif dominant is None:
            # a text without a dominant country (a one-sentence report: "President Omar El
            # Bashir on Thursday shortened … the nightly curfew imposed in Sudan") gives the one
            # country its sentences name, places included
            in_text: set[str] = set()
            if untitled and c.kind == "person" and len(context) > REPORT_SENTENCES:
                # … but in a story that names several countries, a named person without a
                # title is not placed by the one his sentence names ("Still, Neth says,
                # political opinions remain sharply divided on France", VOA 6203896: an
                # NGO's coordinator in Ivory Coast)
                continue
            # … and in a short report too for a rights or aid group, which speaks of states
            # not its own: "Croatian authorities are failing to uphold the property rights of
            # Croatian Serb refugees, a human rights group protested here" (GSR: no country)
            sector = c.sector()
            apart = sector in PRIVATE_SECTORS and (
                len(context) > REPORT_SENTENCES or sector in ADVOCACY)
            # … and for the victims of an attack, whose attacker's nationality is not theirs:
            # "Israeli airstrikes killed 20 people" (:mod:`dateline.actors.victims`)
            apart = apart or victims
            for si in sentences:
                if official and c.kind == "person" and places and places[si]:
                    # an official acts for the state where he acts (as in a story, above), not
                    # for the one the sentence names only as another actor's: "The military
                    # government of President Prosper Avril declared a 30-day state of siege
                    # in Haiti …, a spokeswoman for the U.S. embassy said" (GSR: HTI)
                    in_text |= (context[si] - owned.get((si, id(c)), set())) | places[si]
                    continue
                in_text |= context[si] | (places[si] if places else set())
                if apart:
                    # in a story, a country the sentence names only as another actor's is his,
                    # not a party's or a firm's ("Francesco Sisci, an Italian Sinologist, told
                    # VOA that … political parties within the EU are too strong", VOA 7808748)
                    in_text -= owned.get((si, id(c)), set())
            if doc is not None and c.kind == "person":
                # "Energy Secretary Chris Wright and Saudi Energy Minister Prince Abdulaziz bin
                # Salman signed": a nationality set on a later conjunct only tells that person
                # apart from the earlier one, whose country it is not
                in_text -= contrasted_codes(c, doc, mention_at)
            code = in_text.pop() if len(in_text) == 1 else None
            if code is not None and one_military is not None and id(c) in bare_military and \
                    not any(context[si] for si in sentences) and code not in actor_codes:
                # a bare "the army" whose sentences name a country only as a place, a venue
                # no actor of the story is of ("talks in Switzerland, which the army refused to
                # attend"), is the story's one coded armed force's (:func:`fill_one_military`)
                code = None
        if code is not None and code in visited_codes(c, doc) and not any(
                code in context[si] for si in sentences):
            # "A senior official arrived in Kenya on Tuesday for talks with Ruto": a visitor
            # to the story's country is not of it, unless a sentence says so
            code = None
        if code is not None:
            for m in c.named:
                m.country = code


# the journalists a story's own state punishes are its own: a reporter travels, but one a
# court sentences or prosecutors charge in a story on one country works there
REPORTER_NOUNS = {"journalist", "reporter"}
PUNISHING_VERBS = {"sentence", "convict", "prosecute", "jail", "imprison", "charge", "try"}


def prosecuted_reporter(m: Mention, doc: "object") -> bool:
    """Is ``m`` a bare journalist (no name, no nationality) whom a clause sentences, convicts,
    prosecutes, jails or charges ("A court in eastern Belarus on Wednesday sentenced a freelance
    journalist", "journalists who worked for 'extremist' media would be prosecuted", written
    9300008: Belarusian)?  Such a journalist is no roving correspondent but one the story's
    state tries, so the story's country is his (:func:`fill_from_context`)."""
    if m.name is not None or m.modifiers or m.head_word not in REPORTER_NOUNS:
        return False
    h = first_conjunct(doc[m.head])  # type: ignore[index]
    return h.dep_ in {"dobj", "nsubjpass"} and lemma(h.head) in PUNISHING_VERBS


def contrasted_codes(c: Cluster, doc: "object", mention_at: dict[int, Mention]) -> set[str]:
    """The countries of the later conjuncts of ``c``'s person mentions that their own phrase
    names ("Energy Secretary Chris Wright and Saudi Energy Minister …"): a nationality marked on
    a later conjunct only does not reach back to the earlier ones."""
    out: set[str] = set()
    for m in c.named:
        if m.kind != "person":
            continue
        for t in doc[m.head].conjuncts:  # type: ignore[index]
            other = mention_at.get(t.i)
            if t.i > m.head and other is not None and other.kind == "person" and \
                    other.modifiers:
                out |= set(other.modifiers)
    return out


def visited_codes(c: Cluster, doc: "object") -> set[str]:
    """The countries the person or group ``c`` arrives in, travels to, visits or meets in, in a
    clause it is the subject of (:func:`visit_places`): a visitor is not of the place he
    visits, so such a country is no story country for ``c`` (:func:`fill_from_context`).  A
    local body (:func:`local_body`) is of the place it acts in."""
    if doc is None or c.kind not in {"person", "group"} or \
            any(local_body(m, doc) for m in c.named):
        return set()
    return {code for m in c.mentions for code in visit_places(doc[m.head])}  # type: ignore[index]


def described_local(m: Mention, doc: "object") -> bool:
    """Is ``m`` described as local by an adjective ("local militias", "a local rights group")?"""
    return any(c.dep_ == "amod" and c.lower_ == "local"
               for c in doc[m.head].children)  # type: ignore[index]


def local_body(m: Mention, doc: "object") -> bool:
    """Is ``m`` headed by a body or people of a place ("police", "villagers", "the mayor") or
    described as local ("local officials", "district authorities")?"""
    head = doc[m.head]  # type: ignore[index]
    return singular(head.lower_) in LOCAL_HEADS or head.lower_ in LOCAL_HEADS or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in LOCAL_WORDS for c in head.children)


def visit_places(h: "object") -> set[str]:
    """The countries (names and capitals) the clause whose subject is the token ``h`` visits:
    the object of "in"/"at"/"to" hanging on a word of arrival, travel, visiting or meeting
    (``VISIT_WORDS``) that is the clause's verb or a noun it governs, or the object of "visit"
    itself.  The construction of "Cameroon and C.A.R. officials met in the C.A.R.'s capital,
    Bangui" (VOA 7686618), "Putin recently visited China" (VOA 7638284), "governments continue
    climate talks in Madrid" (VOA 6180790) — actors there have countries of their own — and
    of "A senior official arrived in Kenya".  Not a place hanging on the subject itself
    ("officials in Kenya say") or on another clause ("the curfew imposed in Sudan")."""
    t = first_conjunct(h)
    while t.dep_ in {"appos", "compound"} and t.head.i != t.i:
        t = first_conjunct(t.head)
    if t.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    verb = t.head
    clause = {verb.i, first_conjunct(verb).i}
    out: set[str] = set()
    for ent in t.sent.ents:
        if ent.label_ != "GPE":
            continue
        o = first_conjunct(ent.root)
        if o.dep_ == "dobj" and lemma(o.head) in VISIT_WORDS:
            governor = o.head  # "Putin recently visited China"
        elif o.dep_ == "pobj" and o.head.lower_ in VISIT_PREPS:
            governor = o.head.head
        else:
            continue
        if lemma(governor) not in VISIT_WORDS and singular(governor.lower_) not in VISIT_WORDS:
            continue  # "sent a letter to Kenya", "a bomb attack in Kabul": no visit
        x = governor
        for _ in range(4):  # "held talks in Madrid": up from a noun to its clause's verb
            if x.pos_ in {"VERB", "AUX"} or x.dep_ not in {"dobj", "pobj", "prep", "attr"}:
                break
            x = x.head
        if x.i not in clause:
            continue
        name = ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
        code = country_lookup(name, ("name", "capital"))
        if code:
            out.add(code)
    return out


def heads_persons_body(m: Mention, doc: "object") -> bool:
    """Is ``m`` a bare rank over a person's own body ("the leader of his legal team", VOA
    8010046: the team's field gives the sector, but nothing gives the leader's country)?"""
    if doc is None or not m.bare or m.head_word not in RANKS:
        return False
    head = doc[m.head]  # type: ignore[index]
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and any(d.dep_ == "poss" and d.lower_ in {"his", "her", "their"}
                                 for d in o.children) for o in p.children)
        for p in head.children)


def vague_share(m: Mention, doc: "object") -> bool:
    """Is ``m`` a bare plural common noun after "some" or "many" ("Some politicians", "Many
    people"), of no official or armed field ("Some soldiers" in a story on a train hijack in
    Pakistan are the state's)?"""
    if m.name is not None or m.modifiers or not m.plural or \
            m.sector in OFFICIAL_SECTORS or m.sector in ARMED_GROUPS:
        return False
    head = doc[m.head]  # type: ignore[index]
    if head.i == 0 or head.idx != m.end - len(head.text):
        return False
    quant = doc[head.i - 1]  # type: ignore[index]
    return quant.idx == m.start and quant.lower_ in VAGUE_QUANTIFIERS


# the words by which a text names a legislature or its members ("House" only with a capital
# and not "White House": ``party_lawmakers``)
LEGISLATURE_WORDS = {"senate", "congress", "congressional", "parliament", "parliamentary",
                     "lawmaker", "legislator", "senator", "legislature", "mp"}
LAWMAKER_CONTEXT = 2  # the sentences before a party's mention that may name its legislature


def fill_party_lawmakers(clusters: list[Cluster], doc: "object") -> None:
    """A party named by the plural of its members ("Republicans", "Democrats", "Tories",
    ``dateline.tsv`` aliases) in a passage on a legislature is its lawmakers (LEG), not the
    party (PTY): "A U.S. Senate committee passed legislation Wednesday targeting Turkey … The
    bill now goes for a vote in the full Senate. Sanctions against Turkey enjoy bipartisan
    support. Republicans and Democrats are not only angry with Ankara's perceived shift"
    (VOA 6180932, gold USA LEG), as "Senate Republicans" are.  Without such a passage the
    party stays PTY ("Democrats won the governor's race in Virginia")."""
    heads = {m.head: doc[m.head] for c in clusters for m in c.named  # type: ignore[index]
             if m.entry is not None and m.sector == "PTY"}
    candidates = [m for c in clusters for m in c.named if m.head in heads
                  and heads[m.head].tag_ in ("NNPS", "NNS") and heads[m.head].text.endswith("s")
                  and m.sector == "PTY" and m.entry is not None]
    if not candidates:
        return
    # per sentence: does it name a legislature (computed once)
    sents = list(doc.sents)  # type: ignore[attr-defined]
    legislative = [any(singular(t.lower_) in LEGISLATURE_WORDS or (
        t.text == "House" and t.i > 0 and t.nbor(-1).text != "White") for t in sn)
        for sn in sents]
    starts = [sn.start for sn in sents]
    for m in candidates:
        si = bisect_right(starts, m.head) - 1
        if si >= 0 and any(legislative[max(0, si - LAWMAKER_CONTEXT):si + 1]):
            m.sector = "LEG"


# the heads of a following of a leader or a cause (not "voters", "constituents": an electorate)
FOLLOWING_HEADS = {"supporter", "follower", "loyalist", "backer", "partisan"}


def fill_opposition_following(clusters: list[Cluster], doc: "object") -> None:
    """The followers of a former or ousted leader or of an opposition figure are the political
    opposition (OPP), not plain civilians: "About 200 supporters of former President Ahmed Ben
    Bella blocked roads in the capital city of Algiers demanding that he be reinstated"
    (PLOVER GSR PROTEST-0018: OPP); so are "supporters of jailed opposition leader Alexei
    Navalny".  The backed actor is the "of" object, the possessor or a name before the head
    ("Navalny supporters")."""
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.kind != "group":
            continue
        for m in c.named:
            if m.head_word not in FOLLOWING_HEADS or m.sector not in (None, "CVL"):
                continue
            head = doc[m.head]  # type: ignore[index]
            backed = [t for t in head.children if t.dep_ in ("poss", "compound")]
            backed += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
            owners = [by_head[t.i] for t in backed if t.i in by_head and by_head[t.i] is not c]
            if any(o.sector() in ("ELI", "OPP") for o in owners):
                m.sector = "OPP"


def pronoun_following(m: Mention, doc: "object") -> bool:
    """A following named by a possessive pronoun alone: "his supporters", "her followers"
    (``PATRON_GROUPS``), with no name or country word of its own."""
    if m.kind == "pronoun" or m.name or m.modifiers or m.head_word not in PATRON_GROUPS:
        return False
    tok = doc[m.head]  # type: ignore[index]
    return any(t.dep_ == "poss" and t.pos_ == "PRON" for t in tok.children)


def kin_parent(c: Cluster, doc: "object", clusters: list[Cluster]) -> Cluster | None:
    """The person whose kin a plain group is ("her children", "her household, including four
    children", "I have nine orphaned children", "has been raising 12 children")."""
    nouns = [m for m in c.named if m.kind != "pronoun"]
    if c.kind != "group" or not nouns or any(
            m.name or m.modifiers or m.head_word not in KIN_NOUNS for m in nouns):
        return None
    persons = sorted(((m.start, m.head, o, m.text.lower()) for o in clusters
                      if o.kind == "person" for m in o.mentions), key=lambda x: x[0])
    by_head = {h: o for _, h, o, _ in persons}
    for m in nouns:
        tok = doc[m.head]  # type: ignore[index]
        if tok.dep_ == "pobj" and tok.head.lower_ in SUBSET_PREPS:
            tok = tok.head.head  # "her household, including four children"
        owner = by_head.get(tok.i) if tok.i != m.head else None  # "she …, including …"
        poss = next((t for t in tok.children if t.dep_ == "poss"), None)
        if owner is None and poss is not None:
            owner = by_head.get(poss.i)
            if owner is None and poss.pos_ == "PRON":
                # "she and her household": the person a pronoun of the same gender last names
                # before "her" in the sentence (not "Joe Biden said her children …")
                sent = tok.sent  # type: ignore[attr-defined]
                agree = AGREEING_PRONOUNS.get(poss.lower_, set())
                owner = next((o for start, h, o, text in reversed(persons)
                              if sent.start <= h < poss.i and text in agree), None)
        elif owner is None and tok.dep_ == "dobj" and lemma(tok.head) in RAISE_VERBS:
            owner = next((by_head.get(s.i) for s in tok.head.children
                          if s.dep_ == "nsubj"), None)
        if owner is not None:
            return owner
    return None


def partitive(m: Mention, doc: "object") -> bool:
    """Is ``m`` the whole of a part ("half of their population", "most of the workers")?"""
    head = doc[m.head]  # type: ignore[index]
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    part = head.head.head
    return part.lower_ in PARTITIVES


def on_shared_border(m: Mention, doc: "object") -> bool:
    """Does ``m``'s own phrase place it on a border several states share ("armed gangs …
    operating in towns and villages along their border")?  Only a group or body the text
    names by a common noun: a named one keeps what the text says of it."""
    if m.name is not None or m.modifiers:
        return False
    head = doc[m.head]  # type: ignore[index]
    return any(t.lower_ in SHARED_BORDER_NOUNS and any(
        d.dep_ in ("poss", "amod") and d.lower_ in SHARED_BORDER for d in t.children)
        for t in head.subtree if t.i != head.i)


def generic_audience(m: Mention, doc: "object") -> bool:
    """The news media as an unnamed audience ("told media his department had identified 400
    books", "In a statement to media", VOA 8011004, 8007760): bare "media" or "the press"
    spoken to are outlets of any country, and take none from the story (media that report
    may be the story's own)."""
    if m.sector != "JRN" or m.name is not None or m.modifiers or \
            m.text.lower().removeprefix("the ") not in AUDIENCE_WORDS:
        return False
    head = doc[m.head]  # type: ignore[index]
    return (head.dep_ in ("dobj", "dative") and lemma(head.head) in AUDIENCE_VERBS) or \
        (head.dep_ == "pobj" and head.head.lower_ == "to")


def fill_from_previous_body(clusters: list[Cluster], context: list[set[str]]) -> None:
    """Generic "authorities" or "officials" in a sentence that names no country take the
    country of the one state body the sentence before names: "Authorities said the group was
    making remote-controlled bombs" right after "the Moroccan counterterror agency broke up a
    terrorist cell" (VOA 8009027) are Moroccan."""
    bodies: dict[int, set[str]] = {}
    for c in clusters:
        for m in c.named:
            if m.sector in OFFICIAL_SECTORS and m.kind in ("organization", "group") and \
                    m.country and not m.country.startswith("IGO"):
                bodies.setdefault(m.sent, set()).add(m.country)
    for c in clusters:
        if c.country() is not None or c.kind not in ("organization", "group"):
            continue
        first = c.named[0] if c.named else None
        if first is None or first.name or first.modifiers or first.entry is not None or \
                first.head_word not in GENERIC_OFFICIALS or first.sector not in OFFICIAL_SECTORS:
            continue
        if first.sent == 0 or (context and first.sent < len(context) and context[first.sent]):
            continue
        codes = bodies.get(first.sent - 1, set())
        if len(codes) == 1 and not bodies.get(first.sent):
            code = next(iter(codes))
            for m in c.named:
                m.country = code


def sole_code(clusters: list[Cluster], sectors: set[str]) -> str | None:
    """The one country all coded mentions of ``sectors`` share (states and IGOs aside), if
    they share one."""
    codes = {m.country for c in clusters for m in c.named if m.sector in sectors
             and m.country and m.kind != "state" and not m.country.startswith("IGO")}
    return codes.pop() if len(codes) == 1 else None


def bare_bodies(clusters: list[Cluster], sectors: set[str]) -> Iterator[Cluster]:
    """The bodies without a country all of whose names are bare nouns of ``sectors``: no
    name, modifier, region or dictionary entry ("the military", "the militants")."""
    for c in clusters:
        if c.country() is None and c.kind in ("organization", "group") and all(
                m.sector in sectors and m.name is None and not m.modifiers and not m.regional
                and m.entry is None for m in c.named):
            yield c


def fill_one_military(clusters: list[Cluster]) -> None:
    """A bare armed force ("the force", "the military") in a story whose coded armed forces
    are all one state's takes that state: "more and more women should come into the force"
    in a story on Taiwan's soldiers (VOA 7638284)."""
    code = sole_code(clusters, {"MIL"})
    if code is None:
        return
    for c in bare_bodies(clusters, {"MIL"}):
        if not any(JOINT_FORCE.search(m.text) or INTERNATIONAL.search(m.text)
                   for m in c.named):
            for m in c.named:
                m.country = code


def fill_one_armed_group(clusters: list[Cluster], context: list[set[str]],
                         dominant: str | None) -> None:
    """A bare armed group ("the militants", "the militant group") in a story whose coded armed
    groups are all one country's takes that country, not the story's: "the militants launched
    a brazen assault on a joint Kenya-U.S. military base" after "Somalia-based al-Shabab"
    (VOA 6184384) are Somali in a story set in Kenya.  A group whose sentence names a third
    country is left to :func:`fill_from_context` ("militants present on Afghan soil" in a story
    on Pakistan's BLA)."""
    code = sole_code(clusters, ARMED_GROUPS)
    if code is None:
        return
    for c in bare_bodies(clusters, ARMED_GROUPS):
        if any(m.mobile for m in c.named) or any(
                context[m.sent] - {code, dominant} for m in c.mentions if m.sent < len(context)):
            continue
        for m in c.named:
            m.country = code


def voiced(c: Cluster, named: set[str], context: list[set[str]],
           owned: dict[tuple[int, int], set[str]]) -> set[str]:
    """The countries a voice of the public is named among, not those the sentences of its
    pronouns name: "Siyoka Simasiku, director at … Ngamiland Council of Non-Governmental
    Organisations says …" then "he" quoted on "The U.K. ban" (VOA 8010588) is of the story's
    Botswana.  A protagonist's are those of all its sentences (``named``)."""
    if protagonist(c):
        return named
    return set().union(*(context[m.sent] - owned.get((m.sent, id(c)), set()) for m in c.named
                         if context and m.sent < len(context)))


def plain_voice(c: Cluster) -> bool:
    """A voice of the public: a person introduced by a name nothing describes
    (coding.Mention.plain) or only a title of the public (:func:`public_member`: "local
    resident Abala Waro") and named again only by that name, in any phrase ("the car … was
    then attacked with gunfire, killing all the civilians except Abdi", VOA 6184384: the
    villager "Twenty-year-old Bilai Abdi" of a story on Kenya's Lamu County)."""
    first, *rest = sorted(c.named, key=lambda m: m.start)
    return (first.plain or public_member(first)) and all(m.plain or (
        m.name == m.text and m.sector is None and m.title is None and m.entry is None
        and not m.former and not m.modifiers) for m in rest)


def fill_public_voices(clusters: list[Cluster], doc: "object") -> None:
    """The sector of a voice the story names with nothing that describes them, in no mention
    (:func:`plain_voice` with a bare first mention, ``Mention.bare_voice``), and whom no later
    step gave one, only where the story gives it after all: a role a pronoun's predicate
    states ("… Edwin Mugalo said. He is a police officer", COP: :func:`predicated_agent`), or
    deeds of the press (:func:`press_deed`: JRN).  Otherwise the sector stays null: a default
    CVL for such voices (the blind judges' reading of vox-pop quotes, VOA 7846440, 6184384)
    was right on 6 judged rows of the tuning half but fired on 10 held-out rows whose people
    the story does give another role the layer misses, and got none of them right."""
    if doc is None:
        return
    for c in clusters:
        if c.kind != "person" or c.sector() is not None or not plain_voice(c):
            continue
        if not min(c.named, key=lambda m: m.start).bare_voice:
            continue  # "Oaitse Nawa of the Elephant Protection Society": a body's member
        # "… Edwin Mugalo said. He is a police officer": the role the story gives (COP)
        sector = next((s for m in c.mentions if m.kind == "pronoun"
                       and (s := predicated_agent(doc[m.head])) is not None), None)
        if sector is None and any(press_deed(doc[m.head]) for m in c.mentions):
            sector = "JRN"
        if sector is not None:
            for m in c.named:
                m.sector = sector


def fill_own_reporters(clusters: list[Cluster], article: Article, dictionary: Dictionary,
                       day: dt.date | None) -> None:
    """A person the story's credit line names, the subject of a byline's report or contribution
    from a place (:func:`byline_deed`), is a journalist of the outlet that published the story
    (its country, JRN) where the text gives them neither: "Harun Maruf reported from
    Washington; and stringers Abdiaziz Barrow and Khadar Hared contributed from Mogadishu and
    Nairobi, respectively" (VOA 6204080: all three judged USA JRN, VOA's).  The outlet is the
    one :func:`own_outlet` knows; an unknown outlet places nobody."""
    if article.doc is None:
        return
    outlet: tuple[str | None, str | None] | None = None
    for c in clusters:
        if c.country() is not None or c.sector() not in (None, "JRN") or not any(
                byline_deed(article.doc[m.head]) for m in c.named):  # type: ignore[index]
            continue  # (any kind: the tagger may take "Abdiaziz Barrow" for a body's name)
        if outlet is None:
            outlet = own_outlet(article, dictionary, day)
        code, sector = outlet
        if code is None:
            return
        for m in c.named:
            m.country = code
            if m.sector is None:
                m.sector = sector


def own_outlet(article: Article, dictionary: Dictionary,
               day: dt.date | None) -> tuple[str | None, str | None]:
    """(country, sector) of the news organization that published ``article``: its ``source``
    or its web address's host ("www.voanews.com" → "voanews.com", an alias of Voice of America
    in ``data/actors/media.tsv``), where the dictionary knows it as an outlet (JRN)."""
    names = [article.meta.source or ""]
    if article.meta.url:
        try:
            host = urlsplit(article.meta.url).hostname or ""
        except ValueError:  # a malformed address ("http://[::1/x") names no outlet
            host = ""
        names.append(host.removeprefix("www."))
    for name in names:
        entry = dictionary.lookup(name, day) if name else None
        role = entry.role_on(day) if entry is not None else None
        if role is not None and role.sector == "JRN":
            return role.country, role.sector
    return None, None


def predicated_agent(h: "object") -> str | None:
    """The sector of the agent noun a copula predicates of the pronoun ``h`` ("He is a police
    officer in Nairobi" COP), which a pronoun's own mention does not code."""
    if h.dep_ != "nsubj" or lemma(h.head) != "be":
        return None
    for attr in (c for c in h.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        words = [t.text for t in attr.lefts if t.dep_ in {"compound", "amod"}] + [attr.text]
        for k in range(len(words)):
            sector = agent_sector(words[k:])
            if sector is not None:
                return sector
    return None


def press_deed(h: "object") -> bool:
    """Is the token ``h`` the subject of a deed of the press: a byline's report or contribution
    from a place ("Harun Maruf reported from Washington", VOA 6204080) or a work it published or
    wrote ("When Naveeda Khoshbo published her book of political analysis", VOA 8011004)?"""
    if h.dep_ != "nsubj":
        return False
    verb = h.head
    if lemma(verb) in BYLINE_VERBS:
        return byline_deed(h)
    return lemma(verb) in WORK_VERBS and any(
        c.dep_ == "dobj" and lemma(c).lower() in PRESS_WORKS for c in verb.children)


def byline_deed(h: "object") -> bool:
    """Is the token ``h`` (or the subject it is conjoined or apposed to) the subject of a
    byline's report or contribution from a place, with no object or clause of its own:
    "Harun Maruf reported from Washington", "stringers Abdiaziz Barrow and Khadar Hared
    contributed from Mogadishu and Nairobi" (VOA 6204080), not "Smith reported from Kabul
    that …"?"""
    t = first_conjunct(h)
    while t.dep_ == "appos" and t.head.i != t.i:
        t = first_conjunct(t.head)
    if t.dep_ != "nsubj":
        return False
    verb = t.head
    return lemma(verb) in BYLINE_VERBS and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(
            o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS for o in c.children)
        for c in verb.children)  # a place, not "contributed from his own savings"


def public_member(m: Mention) -> bool:
    """A name whose only description is a title of the public (an agent noun of sector CVL,
    ``data/actors/agents*.tsv``) with no nationality: "according to local resident Abala Waro"
    in a story on Kenya's Lamu County (VOA 6184384)."""
    return m.name is not None and m.title is not None and m.sector == "CVL" and \
        m.entry is None and not m.former and not m.modifiers


def protagonist(c: Cluster) -> bool:
    """A named person with a title ("prominent journalist Jose Ruben Zamora") mentioned at
    least ``PROTAGONIST`` times by name."""
    return c.kind == "person" and any(m.title for m in c.named) and \
        sum(1 for m in c.named if m.name) >= PROTAGONIST


def fill_rebels(clusters: list[Cluster]) -> None:
    """Rebels the text gives no country ("Shona rebels", "Darfur rebels") take the country of
    the one government body their sentence names: an armed opposition fights its own state ("The
    Sudanese government has accused Darfur rebels of violating a month-old ceasefire").  Two
    governments in the sentence leave them None.  Only for a text without a dominant country
    (a one-sentence report): in a story, :func:`fill_from_context` knows better ("The Kabul
    authorities have failed to address the threat posed … by other terrorist groups" is a
    Pakistani complaint about Afghanistan)."""
    govs: dict[int, set[str]] = {}
    for c in clusters:
        for m in c.named:
            # a government body ("the Sudanese government", "Kenyan authorities", "the army"),
            # not a state name: "the United States bombed rebels" is a foreign state acting
            if m.sector in ("GOV", "MIL") and m.country and not m.country.startswith("IGO") \
                    and m.kind in ("organization", "group") and m.name is None:
                govs.setdefault(m.sent, set()).add(m.country)
    for c in clusters:
        if c.country() is not None or c.kind != "group" or c.sector() != "REB":
            continue
        if any(m.modifiers or m.regional or m.entry is not None or m.name for m in c.named):
            continue
        codes: set[str] = set()
        for m in c.named:
            codes |= govs.get(m.sent, set())
        if len(codes) == 1:
            code = codes.pop()
            for m in c.named:
                m.country = code


def fill_from_possessor(clusters: list[Cluster], doc: "object", parties: bool = False) -> None:
    """A body without a country of its own whose possessor is "his/her" ("His government has
    also determined …", right after "South Korean Ambassador Joonkook Hwang said …") takes the
    country of the nearest official before it (same or previous sentence) of that gender.
    With ``parties`` (a pass after the story's country is settled, so that it does not count
    towards it) a politician's party and people ("His party", "his constituents", VOA 6181522)
    take the politician's country."""
    # the main-clause subjects: "He said South Korea's ministry has assessed that … Kim Jong
    # Un and Russian President Vladimir Putin held a summit …" — "He" (Hwang), not Putin
    people = sorted(((m.start, m.sent, m.gender, c) for c in clusters for m in c.mentions
                     if c.kind == "person" and m.dep == "nsubj"
                     and doc[m.head].head.dep_ == "ROOT"),  # type: ignore[index]
                    key=lambda x: x[0])
    for c in clusters:
        if c.country() is not None or c.kind not in ("organization", "group"):
            continue
        for m in c.named:
            if m.regional or m.head_word in COUNTERPARTS:
                # "his counterparts from Nepal and Bhutan": another state's (or several states')
                # holders of his post, never his own state's
                continue
            poss = next((t for t in doc[m.head].children  # type: ignore[index]
                         if t.dep_ == "poss" and t.lower_ in {"his", "her"}), None)
            if poss is None or (parties and m.head_word not in PARTY_WORDS | PATRON_GROUPS):
                continue
            gender = "m" if poss.lower_ == "his" else "f"
            before = [(s, c2) for s, si, g, c2 in people if s < m.start and
                      m.sent - 1 <= si <= m.sent and g in (None, gender) and c2 is not c]
            if not before:
                continue
            owner = before[-1][1]
            code = owner.country()
            if code and (owner.sector() in OFFICIAL_SECTORS or (
                    parties and owner.sector() in POLITICAL_SECTORS)):
                # "Maimane, who headed the opposition Democratic Alliance … His party took 21%"
                # ZAF: a politician's party is of the politician's country
                m.country = code


def fill_from_employer(clusters: list[Cluster], doc: "object") -> None:
    """An unnamed person the text gives no country, titled by a rank ("spokesman", "official",
    ``lexicon.GENERIC_TITLES``) "for/of/at" a body whose own words code it, takes the body's
    country and sector: "A spokesman for the U.S. military in Afghanistan said …" is the U.S.
    military's (USA MIL), not Afghanistan's by the place his sentence names.  An unnamed
    spokesperson takes the country of the body his statement is about (:func:`_spoken_for`).
    Runs after the story's dominant country is counted, before the context fills."""
    by_head = clusters_by_head(clusters)
    for c in clusters:
        if c.kind not in ("person", "group") or c.country() is not None:
            continue
        for m in c.named:
            # a rank in a body, not a word of opinion or fate ("a critic of the government")
            if m.name is not None or not m.title or \
                    singular(m.title.split()[-1].lower()) not in GENERIC_TITLES:
                continue
            # … ranks in the plural too ("Leaders on the AU's Peace and Security Council",
            # "officials at the ministry"): the body's
            body = _employer_body(doc[m.head], by_head)  # type: ignore[index]
            if body is not None and body is not c:
                m.country = body.country()
                m.sector = body.sector() or m.sector
                continue
            body = _spoken_for(doc[m.head], by_head) if m.head_word in SPOKES else None  # type: ignore[index]
            if body is not None and body is not c:
                # the body's country only: "The military spokesperson said the army, air force
                # … took part" (VOA 8009314) keeps his own title's sector
                m.country = body.country()


def fill_from_spelled_out(clusters: list[Cluster], article: Article) -> None:
    """An acronym no coded body stands for ("The BNP has denied the accusation") whose letters
    are the initials of an organization the text spelled out before, inside another phrase
    ("leaders of the opposition Bangladesh Nationalist Party"), takes the country that name
    begins with."""
    from .coref import initials_of

    orgs = [e for e in article.entities if e.label == "ORG"]
    for c in clusters:
        if c.kind != "organization" or c.country() is not None or c.entry is not None:
            continue
        for m in c.named:
            short = (m.name or "").removeprefix("the ").removeprefix("The ")
            if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
                continue
            codes = set()
            for e in orgs:
                name = e.text.removeprefix("the ").removeprefix("The ")
                if e.start >= m.start or not initials_of(short, name):
                    continue
                words = name.split()
                code = country_lookup(words[0], ("name", "demonym")) or (
                    country_lookup(" ".join(words[:2]), ("name", "demonym"))
                    if len(words) > 2 else None)
                codes.add(code)
            if len(codes) == 1 and None not in codes and \
                    not next(iter(codes)).startswith("IGO"):
                code = next(iter(codes))
                for x in c.named:
                    x.country = code
                break


def _employer_body(head: "object", by_head: dict[int, Cluster]) -> Cluster | None:
    """The coded organization a title's "for/of/at" names ("a spokesman for the U.S.
    military")."""
    for pobj in prep_objects(head, RANK_PREPS | {"on"}):  # type: ignore[arg-type]
        if pobj.head.lower_ == "on" and singular(pobj.lower_) not in SEAT_BODIES:
            continue  # "on" seats a member on a council or a board only ("a leader on security")
        body = by_head.get(pobj.i)
        if _coded_body(body):
            return body
    return None


def _spoken_for(head: "object", by_head: dict[int, Cluster]) -> Cluster | None:
    """The coded organization an unnamed spokesperson's statement is about: "A spokesperson
    said the State Department does not comment on intelligence matters" (VOA 8010476) speaks
    for the State Department, not for Iran named later in the sentence."""
    verb = head.head  # type: ignore[attr-defined]
    if head.dep_ != "nsubj" or lemma(verb) not in SPEECH_VERBS:  # type: ignore[attr-defined]
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            body = by_head.get(subj.i)
            if _coded_body(body):
                return body
    return None


def _coded_body(body: Cluster | None) -> bool:
    """Is ``body`` an organization whose own phrase or name gives its country, not one placed
    by a guess ("the leader of his legal team", VOA 8010046: the team is nobody's by the
    text)?"""
    return body is not None and body.kind == "organization" and bool(body.country()) \
        and any(bm.modifiers or bm.by_entry for bm in body.named)


def settle_residents(clusters: list[Cluster], article: Article) -> None:
    """A group named by a nationality whose sentence says it has lived somewhere for
    generations ("Chinese people … whose families have lived in Texas for 150 years") is of
    the one country its sentence places it in (a country, a large city or a U.S. state)."""
    for c in clusters:
        if c.kind != "group" or c.sector() != "CVL":
            continue
        for m in c.named:
            if len(set(m.modifiers)) != 1 or m.name or m.sent >= len(article.sentences):
                continue
            sent = article.sentences[m.sent]
            text = article.text[sent.start:sent.end]
            if not (SETTLED.search(text) and LIVING.search(text)):
                continue
            places = {place_country(e.text.removeprefix("the "), states=True)
                      for e in article.entities
                      if e.label == "GPE" and sent.start <= e.start < sent.end}
            places.discard(None)
            places.discard(m.modifiers[0])
            if len(places) != 1:
                continue
            old, new = m.modifiers[0], places.pop()
            m.country, m.modifiers = new, [new]  # type: ignore[list-item]
            for other in clusters:  # "their families" in the same sentence
                for x in other.named:
                    if x.sent == m.sent and x.country == old and not x.modifiers:
                        x.country = new


def owned_codes(clusters: list[Cluster]) -> dict[tuple[int, int], set[str]]:
    """(sentence, cluster id) → the countries that sentence gives to OTHER clusters' mentions
    (modifiers or own codes): "he told reporters … with French Minister of Armed Forces
    Florence Parly" names France for Parly, not for the reporters."""
    by_sent: dict[int, list[tuple[int, set[str]]]] = {}
    for c in clusters:
        for m in c.named:
            by_sent.setdefault(m.sent, []).append((id(c), set(m.modifiers or (
                [m.country] if m.country and not m.by_entry else []))))
    out: dict[tuple[int, int], set[str]] = {}
    for si, items in by_sent.items():
        # each cluster's codes gathered first: the union over the other clusters then costs
        # clusters², not mentions² (a long list sentence holds hundreds of mentions)
        by_cluster: dict[int, set[str]] = {}
        for cid, codes in items:
            by_cluster.setdefault(cid, set()).update(codes)
        for cid in by_cluster:
            out[(si, cid)] = set().union(*(codes for i, codes in by_cluster.items() if i != cid))
    return out


def actor_name(c: Cluster) -> str:
    if c.kind == "person":
        names = c.names()
        if names:
            return max(names, key=len)
    if c.kind == "state" and c.country():
        return country_name(c.country() or "") or max(c.names() or [c.named[0].text], key=len)
    named = c.names()
    if named:
        return max(named, key=len).removeprefix("the ").removeprefix("The ")
    if c.kind == "state" and c.country():
        return country_name(c.country() or "") or c.named[0].text
    texts = [m.text for m in c.named]
    best = max(texts, key=len)
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        best = best.removeprefix(det)
    return best


def to_actor(actor_id: str, c: Cluster, article: Article) -> Actor:
    titles = c.titles()
    return Actor(
        id=actor_id, name=actor_name(c), kind=c.kind, country=c.country(), sector=c.sector(),
        title=max(titles, key=len) if titles else None,
        mentions=[Span(m.start, m.end, article.text[m.start:m.end]) for m in c.mentions],
    )


__all__ = ["resolve_actors", "load_dictionary", "Mention"]
