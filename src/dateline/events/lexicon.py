"""The event lexicon: trigger lemmas and their CAMEO / PLOVER codes, loaded once from data files.

Three tables under ``dateline/data/events/`` (see its ``SOURCES.md``):

* ``cameo_codes.tsv``: CAMEO code -> description, Goldstein score, quad class, PLOVER type/mode/context;
* ``triggers.tsv``: the hand-made lexicon (verbs and nominalizations); a lemma listed there is coded
  only from its rows;
* ``cameo_verbs.tsv``: verb patterns from PETRARCH's CAMEO 2.0 dictionary.  They refine the CAMEO
  code of a hand-made trigger when their complement matches and their PLOVER type agrees
  ("accused ... of war crimes" -> 1124).  Used alone, as triggers for lemmas the hand-made lexicon
  does not list, they were right about one time in ten on the VOA even-id stories ("added",
  "led", "took", "going" all have CAMEO codes), so that fallback is off unless
  ``CAMEO_FALLBACK`` is set (``exclude.tsv`` then names lemmas it never uses).

A row's ``complement`` is a set of parse features (``prt:down``, ``obj:sanctions``, ``prep:with``,
``prep:on/x``, ``xcomp:``) that the trigger must show; the most specific matching row wins.  A
feature may name a word class of ``trigger_classes.tsv`` (``obj:$envoys``, ``prep:on/$publics``):
the row stands for one row per word of the class, in the class's order, so a verb sending envoys
is one line and a new kind of envoy one word in its class.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Container, Iterable, Iterator

from dateline.errors import DataError
from dateline.resources import data_path

# Weight of a CAMEO-dictionary fallback code: the dictionary is broad and was written for a
# different parser, so it counts as weak evidence.
CAMEO_DEFAULT_WEIGHT = 0.35
CAMEO_PATTERN_WEIGHT = 0.5
CAMEO_FALLBACK = False
# The CAMEO object patterns alone ("cancel" + visit -> 160) for hand-made verbs were measured
# too (round 5): PLOVER GSR coverage .537 -> .547 but 2 false positives on the VOA even half and
# 1 on the odd ("took part in" AGREE, "sent a letter" CONSULT: the dictionary's synonym blocks
# pass patterns to every member), so the useful ones were copied into triggers.tsv by hand.


@dataclass(frozen=True)
class Code:
    """One CAMEO code with its GDELT weights and PLOVER mapping."""

    cameo: str
    description: str
    goldstein: float | None
    quad_class: int | None
    type: str
    mode: str
    context: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a trigger lemma (with required complement features) and its code."""

    lemma: str
    pos: str  # "V" | "N"
    complement: frozenset[str]
    cameo: str
    type: str
    mode: str
    weight: float
    source: str  # "dateline" | "cameo"


def rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of ``data/events/<name>`` after its header, skipping comments and
    blank lines."""
    text = data_path("events", name).read_text("utf-8")
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        yield line.split("\t")


def _feats(text: str) -> frozenset[str]:
    return frozenset(f for f in text.split("|") if f)


@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """Class name -> its words, in order (``trigger_classes.tsv``)."""
    return {name.strip(): tuple(words.split()) for name, words in rows("trigger_classes.tsv")}


def _complements(text: str) -> list[str]:
    """The complements a row's ``complement`` stands for: itself, or one per word of each class
    it names (``obj:$envoys`` -> ``obj:delegation``, ``obj:envoy`` ...; ``prep:on/$publics`` ->
    ``prep:on/parties`` ...)."""
    out = [""]
    for feat in (f for f in text.split("|") if f):
        kind, _, value = feat.partition(":")
        if "$" not in value:
            out = [f"{c}|{feat}" for c in out]
            continue
        prefix, _, name = value.partition("$")  # "prep:on/$publics": "on/" + each word
        words = word_classes().get(name)
        if words is None:
            raise DataError(f"triggers.tsv names the word class {value!r}, which "
                               "trigger_classes.tsv does not define; add it there or fix the "
                               f"name (defined: {', '.join(sorted(word_classes()))})")
        out = [f"{c}|{kind}:{prefix}{w}" for c in out for w in words]
    return out


@lru_cache(maxsize=1)
def codes() -> dict[str, Code]:
    out = {}
    for row in rows("cameo_codes.tsv"):
        row += [""] * (7 - len(row))
        cameo, desc, gold, quad, ptype, mode, context = row[:7]
        out[cameo] = Code(cameo, desc.strip(), float(gold) if gold else None,
                          int(quad) if quad else None, ptype, mode,
                          tuple(c for c in context.split(";") if c))
    return out


@lru_cache(maxsize=1)
def excluded() -> frozenset[str]:
    return frozenset(r[0].strip() for r in rows("exclude.tsv"))


# American -> British spelling of the verbs and nouns in -ize / -ization ("apologize" ->
# "apologise", "legalization" -> "legalisation").  The lemmatizer keeps a text's spelling, so
# an agency story's "Turkey apologised" missed the "apologize" rows.  Every -ize row of
# triggers.tsv now also reads the -ise spelling; a lemma listed in both spellings keeps its
# British rows and gets the American rows whose complement they lack.  (Statement markers,
# support verbs and the CAMEO fallback are not twinned.)
BRITISH_SUFFIXES = (("ization", "isation"), ("izing", "ising"), ("ize", "ise"))


def british_spelling(lemma: str) -> str | None:
    """The British spelling of an -ize / -ization lemma, or None ("seize", "size" and "prize"
    have no -ise twin: a vowel or a short stem before the suffix; nor have "capsize" and
    "downsize", whose -size is the noun)."""
    if "size" in lemma:
        return None
    for us, gb in BRITISH_SUFFIXES:
        if lemma.endswith(us):
            stem = lemma[:-len(us)]
            if len(stem) >= 3 and stem[-1] not in "aeiou":
                return stem + gb
            return None
    return None


@lru_cache(maxsize=1)
def entries() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, pos) -> rows, most specific (most complement features) first."""
    table: dict[tuple[str, str], list[Entry]] = {}
    info = codes()
    for row in rows("triggers.tsv"):
        row += [""] * (7 - len(row))
        lemma, pos, comp, cameo, ptype, mode, weight = (c.strip() for c in row[:7])
        code = info.get(cameo)
        for complement in _complements(comp):
            entry = Entry(lemma, pos, _feats(complement), cameo,
                          ptype or (code.type if code else ""),
                          mode or (code.mode if code else ""), float(weight or 0.5), "dateline")
            table.setdefault((lemma, pos), []).append(entry)
    for (lemma, pos), rows_ in list(table.items()):
        twin = british_spelling(lemma)
        if twin:  # row by row: a twin with rows of its own still gets the others' readings
            own = table.setdefault((twin, pos), [])
            have = {e.complement for e in own}
            own.extend(e for e in rows_ if e.complement not in have)
    curated = {lemma for lemma, _ in table}
    skip = excluded()
    for lemma, comp, cameo in rows("cameo_verbs.tsv"):
        if lemma in curated or lemma in skip or not CAMEO_FALLBACK:
            continue
        code = info.get(cameo)
        if code is None or not code.type:
            continue  # CAMEO 01 statements and the like: not PLOVER events
        weight = CAMEO_PATTERN_WEIGHT if comp else CAMEO_DEFAULT_WEIGHT
        table.setdefault((lemma, "V"), []).append(
            Entry(lemma, "V", _feats(comp), cameo, code.type, code.mode, weight, "cameo"))
    return {k: tuple(sorted(v, key=lambda e: -len(e.complement))) for k, v in table.items()}


@lru_cache(maxsize=1)
def cameo_patterns() -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """lemma -> (complement, CAMEO code) rows of the CAMEO dictionary that have a complement."""
    table: dict[str, list[tuple[frozenset[str], str]]] = {}
    for lemma, comp, cameo in rows("cameo_verbs.tsv"):
        if comp:
            table.setdefault(lemma, []).append((_feats(comp), cameo))
    return {k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in table.items()}


def refine(entry: Entry, features: Iterable[str]) -> str:
    """A more specific CAMEO code for a bare hand-made row, when the CAMEO dictionary has a
    matching complement pattern of the same PLOVER type; else the row's own code."""
    if entry.complement or entry.pos != "V":
        return entry.cameo
    have = set(features)
    info = codes()
    for comp, cameo in cameo_patterns().get(entry.lemma, ()):
        code = info.get(cameo)
        if comp <= have and code is not None and code.type == entry.type \
                and cameo.startswith(entry.cameo[:2]) and len(cameo) > len(entry.cameo):
            return cameo
    return entry.cameo


@lru_cache(maxsize=1)
def surface_forms() -> frozenset[str]:
    """The first three letters of every trigger lemma: a cheap pre-filter for tokens (inflection
    keeps them, "ban" -> "banned", except for irregular verbs listed here by their past forms).

    Checked against the lemmatizer's exception table (every irregular form of a lexicon lemma
    passes) except "spoken".  "spoke" passes since round 8, for "spoke by phone with" (CAMEO
    041); the bare "speak with" row is weak (an interview: "VOA spoke with Armitage", VOA
    7638284, stays under the cut).  Measured: VOA odd recall .303 -> .309, even unchanged."""
    irregular = {"met", "held", "fought", "shot", "sought", "froze", "frozen", "struck", "bore",
                 "brought", "sent", "took", "taken", "threw", "stood", "blew", "blown", "cut",
                 "led", "left", "made", "began", "begun", "laid", "slew", "slain", "gave",
                 "told", "swore", "sworn", "withheld", "spoke", "wrote", "paid",
                 "suing",  # "suing" does not start with "sue"
                 "went", "gone", "goes", "going"}  # "went on strike"
    return frozenset({lemma[:3] for lemma, _ in entries()} | {w[:3] for w in irregular})


@lru_cache(maxsize=1)
def short_forms() -> frozenset[str]:
    """Forms of three letters or fewer that can be triggers ("ban", "cut", "met"): any other short
    form ("can", "out", "not") shares a prefix with a lemma but never inflects one."""
    return frozenset({lemma for lemma, _ in entries() if len(lemma) <= 3}
                     | {"met", "cut", "led", "hit", "won", "set", "put", "ran"})


def lookup(lemma: str, pos: str, features: Iterable[str]) -> Entry | None:
    """The most specific row of ``lemma`` whose complement features the trigger shows."""
    rows = entries().get((lemma, pos))
    if not rows:
        return None
    have = set(features)
    for entry in rows:
        if entry.complement <= have:
            return entry
    return None


def reads_as(lemma: str, pos: str, types: Container[str]) -> bool:
    """Has ``lemma`` (``pos`` "V" or "N") a lexicon row of one of the PLOVER ``types``?"""
    return any(e.type in types for e in entries().get((lemma, pos), ()))


def code(cameo: str) -> Code | None:
    return codes().get(cameo)
