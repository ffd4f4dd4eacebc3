"""Agent nouns and the small word lists the actor layer reasons with.

``agents.tsv`` (built by ``scripts/build_agents.py`` from the NGEC-2025 PLOVER agents file and
the Phoenix agents file) maps an agent phrase ("foreign minister", "police", "rebel") to a PLOVER
sector; ``agents_hand.tsv`` overrides it.  Phrases are stored singular; :func:`singular` gives
the lookup form of a plural noun, so "migrants", "militias" and "policemen" all resolve.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from dateline.nlp import FormMemo
from dateline.resources import data_path

# Institutions rather than people: a mention headed by one is an organization, not a person.
ORG_NOUNS = frozenset("""
government administration ministry department agency army military navy police court parliament
congress senate party group company council commission regime authority authorities cabinet
force forces coalition alliance union movement organization organisation office embassy
committee assembly junta militia gang network bank firm newspaper broadcaster tribunal bureau
service services legislature opposition team delegation mission
automaker carmaker planemaker chipmaker drugmaker steelmaker
""".split())

# Titles that say rank, not sector: "al-Shabab leader" is REB, "the court's president" JUD.
GENERIC_TITLES = frozenset("""
leader official spokesman spokeswoman spokesperson member commander chief head president
chairman chairwoman chair representative deputy director fighter militant boss
researcher economist
secretary secretary-general coordinator
""".split())

# Going to a place, visiting it and meeting there: one table for every site that reads the
# construction.  Each site takes the classes it needs, and says what it adds:
# ``actors.visit_places`` (a visitor's place is not its country: all classes but journeys),
# ``nonactors.actor_like`` (a journey's "to" object is a destination), ``nonactors.visited_place``
# / ``meeting_partners`` (whom a visit was made to meet), ``coding.coming`` (people coming to a
# place), ``events.nominal`` (an act done on arriving; a visit made to meet someone).
# verbs of coming to a place: "arrived in Kenya", "flew to Nairobi", "the people coming here"
ARRIVAL_VERBS = frozenset({"arrive", "come", "travel", "fly", "flock", "land", "relocate"})
# a visit, verb and noun: "Putin recently visited China", "a visit to Beijing".  Not a journey:
# a visit to a state is a meeting with it
VISITS = frozenset({"visit", "tour"})
# journeys, whose "to" object is a destination, not a party: "his trip to Taiwan"
TRAVEL_NOUNS = frozenset({"trip", "journey", "voyage", "flight", "route", "travel", "deportation",
                          "pilgrimage", "crossing", "passage"})
# verbs of meeting, whose object or "with" phrase is the partner: "met with the new president",
# "to meet with other African opposition leaders"
MEETING_VERBS = frozenset({"meet", "talk", "confer", "consult", "negotiate"})
# meetings, by their singular noun: "climate talks in Madrid", "held talks with President Ruto"
MEETING_NOUNS = frozenset({"talk", "meeting", "discussion", "consultation", "negotiation",
                           "summit", "conference"})

# nouns for a name itself: a demonym before them is the name's language ("its French acronym
# MSF"), not a country
NAME_NOUNS = frozenset({"acronym", "acronyms", "abbreviation", "initials"})
# Nouns that are plural in meaning though singular in form.
COLLECTIVE = frozenset("police people military troops forces authorities militia".split())

MALE_WORDS = frozenset("he him his himself mr mr. king prince spokesman chairman congressman "
                       "businessman policeman father son brother husband man boy".split())
FEMALE_WORDS = frozenset("she her hers herself ms ms. mrs mrs. queen princess spokeswoman "
                         "chairwoman congresswoman businesswoman policewoman mother daughter "
                         "sister wife woman girl".split())
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "them", "their"})

# kin nouns: a person's family shares the person's nationality; a relative of an official is
# ELI (PLOVER: "family members of (former) officials"), of anyone else a civilian
KIN_NOUNS = frozenset("""
son daughter wife husband brother sister father mother parent child family relative relatives
nephew niece cousin widow widower grandson granddaughter son-in-law daughter-in-law
brother-in-law sister-in-law stepson stepdaughter
""".split())

FORMER = frozenset({"former", "ex", "ex-", "ousted", "exiled", "late", "retired",
                    "deposed", "erstwhile"})

# Nouns that never start an actor even when the agent lists name them (too vague or
# mostly non-actor senses in news text).
NOT_AGENTS = frozenset("""
member members side sides source sources country countries state states nation nations
world region area city capital home head part number majority minority one ones
province provinces prison prisons industry industries district town towns village villages
insurgency insurgencies bureaucracy governance religion settlement settlements system
systems economy market markets business
""".split())

# Singular agent nouns that name a person even without a typical suffix ("chief", "king").
PERSON_NOUNS = frozenset("""
chief head king queen emir prince princess pope cleric imam priest bishop rabbi monk sheikh
nun deputy delegate representative candidate nominee chair chairperson envoy diplomat
general colonel captain major admiral marshal lieutenant sergeant judge justice attorney
mayor premier chancellor president secretary minister spokesperson spokesman spokeswoman
official expert analyst activist journalist reporter editor student professor teacher
lawyer prosecutor soldier officer commander militant rebel fighter gunman suspect victim
resident citizen civilian migrant refugee child girl boy man woman mother father son
daughter wife husband brother sister person dissident critic opponent ally aide adviser
advisor envoy economist scientist engineer dean rapporteur founder surgeon nurse medic
paramedic pilot cadet monk nun chef fellow scholar analyst associate academic pundit
""".split())
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "eer",
                   "ee", "ive", "ary", "at")

_IRREGULAR = {"men": "man", "women": "woman", "people": "people", "children": "child",
              "buses": "bus", "busses": "bus", "minibuses": "minibus",
              "police": "police", "policemen": "policeman", "policewomen": "policewoman",
              "chairmen": "chairman", "spokesmen": "spokesman", "spokeswomen": "spokeswoman",
              "gunmen": "gunman", "congressmen": "congressman", "businessmen": "businessman",
              "authorities": "authorities", "forces": "forces", "troops": "troops",
              "militias": "militia", "series": "series", "news": "news", "headquarters":
              "headquarters", "sons": "son"}


def singular(word: str) -> str:
    """A cheap singular of an English noun ("migrants" → "migrant", "militias" → "militia").
    Memoized by the word as given (asked of the same heads over and over)."""
    found = _SINGULARS.get(word)
    if found is None:
        found = _SINGULARS[word] = _singular(word)
    return found


_SINGULARS: FormMemo[str, str] = FormMemo()


def _singular(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("men"):
        return w[:-3] + "man"
    return w[:-1]


def is_person_noun(word: str) -> bool:
    """Does a singular agent noun name a person ("minister", "activist") rather than a body or
    thing ("ministry", "base", "website")?"""
    w = word.lower()
    if w in ORG_NOUNS:
        return False
    return w in PERSON_NOUNS or w.endswith(PERSON_SUFFIXES)


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """Lower-case name of a large city → its country's ISO alpha-3 code, for "Dubai-based",
    "New York-based": GeoNames cities of 300,000 or more that are at least ten times their
    largest namesake abroad ("London" GBR, not Ontario's), precomputed by
    ``scripts/build_countries.py`` into ``data/countries/large_cities.tsv``."""
    lines = data_path("countries", "large_cities.tsv").read_text("utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in lines if line)


def _rows(fname: str) -> list[list[str]]:
    text = data_path("actors", fname).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """Agent phrase (lower case, singular) → PLOVER sector."""
    table: dict[str, str] = {}
    for phrase, sector, *_ in _rows("agents.tsv"):
        if phrase.startswith(("the ", "a ", "an ")):
            continue  # "the court": the determiner is not part of the title
        table[phrase] = sector
    for phrase, sector, *_ in _rows("agents_hand.tsv"):
        table[phrase] = sector
        words = phrase.split()
        table[" ".join(words[:-1] + [singular(words[-1])])] = sector
    for word in NOT_AGENTS:
        table.pop(word, None)
    return table


@lru_cache(maxsize=1)
def longest_agent() -> int:
    return max(len(p.split()) for p in agents())


# seats of government standing for a national executive (the metonyms the countries table
# codes): "a former White House coordinator" (VOA 8009495's Gary Samore) is a US official even
# when the noun after the seat is no title of its own
SEATS = frozenset({("white", "house"), ("kremlin",), ("pentagon",), ("downing", "street"),
                   ("elysee",), ("élysée",), ("zhongnanhai",), ("whitehall",),
                   ("blue", "house")})
# people named after a seat who do not work there: "a Kremlin critic", "a White House watcher"
NOT_OF_SEAT = frozenset({"critic", "watcher", "hopeful", "visitor", "tourist", "protester",
                         "reporter", "correspondent", "photographer", "biographer",
                         "observer", "foe", "opponent", "challenger", "candidate"})


def seat_official(words: Sequence[str]) -> bool:
    """Is the phrase a seat of government and one person noun that is no title of its own
    ("White House coordinator", "Kremlin insider")?"""
    if len(words) not in (2, 3) or tuple(w.lower() for w in words[:-1]) not in SEATS:
        return False
    last = singular(words[-1].lower())
    return is_person_noun(last) and last not in NOT_OF_SEAT and last not in agents()


def agent_sector(words: list[str]) -> str | None:
    """Sector of an agent phrase given as words ("foreign", "ministers"); last word singularized."""
    return _agent_sector(tuple(words))


# bounded: the mention finder asks for every span of up to ``longest_agent()`` words in a phrase,
# and the same title words recur from article to article
@lru_cache(maxsize=16384)
def _agent_sector(words: tuple[str, ...]) -> str | None:
    if not words or words[0] == "-" or words[-1] == "-":
        return None
    if len(words) > 1 and words[0].lower().endswith("-led") and len(words[0]) > 4:
        # the leader and "-led" as one token ("A U.S.-led coalition"): the row "led coalition"
        # (a tokenized "Saudi - led coalition" reaches that row as its own suffix)
        return _agent_sector(("led", *words[1:]))
    if "-" in words:  # "Secretary - General" as tokenized → "secretary-general"
        words = tuple(" ".join(words).replace(" - ", "-").split())
    key = " ".join(w.lower() for w in words[:-1])
    key = (key + " " if key else "") + singular(words[-1])
    table = agents()
    if key in table:
        return table[key]
    plain = " ".join(w.lower() for w in words)
    if plain in table:
        return table[plain]
    if len(words) > 1 and seat_official(words):
        return "GOV"
    if (sector := field_rank_sector(words)) is not None:
        return sector
    return "SOC" if advocacy_group(words) else None


# a field's chief holds the rank of the field's officials: "Cairo's security chief has warned
# that police will no longer tolerate rallies" (GSR: COP, as "security official"/"security
# officer" are in the agent lists), "the army spokesman" as "army officer"; only a rank noun
# that says no sector of its own, and only when the field's official and officer agree
FIELD_RANKS = frozenset({"chief", "head", "spokesman", "spokeswoman", "spokesperson"})
FIELD_OFFICIALS = ("official", "officer")
# the sectors of armed sides, whose one-word name before a rank says whose rank it is
ARMED_FIELDS = frozenset({"REB", "UAF", "PRM", "MIL", "INS"})


def field_rank_sector(words: Sequence[str]) -> str | None:
    """Sector of "<field> chief" (or head, spokesman) that the agent lists lack, from the
    field's "<field> official"/"<field> officer" rows when those that exist agree."""
    if len(words) < 2 or singular(words[-1].lower()) not in FIELD_RANKS:
        return None
    table = agents()
    field = " ".join(w.lower() for w in words[:-1])
    sectors = {table[f"{field} {rank}"] for rank in FIELD_OFFICIALS
               if f"{field} {rank}" in table}
    if not sectors and len(words) == 2 and table.get(singular(field)) in ARMED_FIELDS:
        # an armed side speaks through its own: "a rebel spokesman said the fighters would not
        # attack Goma" (REB, as "rebel official" would be), "a militia spokesman" (UAF)
        sectors = {table[singular(field)]}
    return sectors.pop() if len(sectors) == 1 else None


# a group named by the cause it argues for is civil society, whatever the cause: "press freedom
# groups" (VOA even gold None SOC), "animal rights organizations" (VOA even), "Muslim groups"
# is no cause (PLOVER GSR sentence: a faith, not advocacy)
ADVOCACY_HEADS = frozenset({"group", "organization", "organisation", "watchdog", "campaigner",
                            "activist", "advocate", "coalition", "ngo"})
CAUSE_WORDS = frozenset({"rights", "freedom", "freedoms", "liberties", "environmental",
                         "environment", "conservation", "advocacy", "anti-corruption",
                         "transparency", "pro-democracy", "democracy", "watchdog", "welfare"})


def advocacy_group(words: Sequence[str]) -> bool:
    """Is the phrase a group named by its cause ("press freedom groups", "animal rights
    organizations")?"""
    return len(words) > 1 and singular(words[-1].lower()) in ADVOCACY_HEADS and \
        any(w.lower() in CAUSE_WORDS for w in words[:-1])


__all__ = ["GENERIC_TITLES", "is_person_noun", "singular", "agents", "agent_sector", "ORG_NOUNS", "COLLECTIVE", "FORMER",
           "PERSON_PRONOUNS", "GROUP_PRONOUNS", "MALE_WORDS", "FEMALE_WORDS", "longest_agent",
           "field_rank_sector"]
