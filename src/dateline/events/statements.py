"""Statement events: reported speech that is itself the act (PLOVER ACCUSE 'disapprove').

The gold guide counts a statement as an event when the statement is the act: '"This is an
absolutely baseless case that ... highlights the criminalization strategies being implemented by
the Public Ministry," Arevalo said' is an accusation of the Public Ministry, though no verb of
accusing is used.  A clause reported by a speech verb is coded here only when its content carries
a clear marker of disapproval, a word of a small closed list (``statement_markers.tsv``:
"baseless", "illegal", "ripping off", "flagrantly", a negated "legal"), and the event is
anchored on the speech verb: its subject is the speaker, the actor.  The recipient is the
subject of the clause that holds the marker ("Canada has been ripping off the United States"),
or, when that subject is no actor ("This is ..."), the first named organization, state or
person of that clause; with neither, the event is not emitted (``Predicate.statement``).

Demands with a modal ("Islamabad must address internal issues") and conditional threats are
found in :mod:`.predicates`; plain reporting is never an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from dateline.nlp import FormMemo
from dateline.resources import data_path

from .lexicon import Entry

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

    from .predicates import Predicate

CLAUSE_DEPS = ("ccomp", "parataxis")
NAMED = {"ORG", "GPE", "NORP", "PERSON"}
DEMONSTRATIVES = {"this", "that", "it", "which", "these", "those", "what"}
# A verdict under one of these verbs is its subject's, not the speaker's: "rejects other
# countries' imposition of what Beijing considers illegal unilateral sanctions" (VOA 8010476).
# Not the actors layer's ``NAMING_VERBS`` (``actors/nonactors.py``), which overlap on "call",
# "consider", "label": those class a passive subject under a name ("they are designated
# terrorists": the name is no new actor), so they take the verbs of naming ("name", "dub",
# "designate", "list"); these hold an opinion, so they take the verbs of seeing and judging
# ("view", "see", "find", "regard") that name nothing.
VERDICT_VERBS = {"consider", "call", "deem", "describe", "label", "brand", "regard", "term",
                 "view", "see", "find"}
# Protests whose "against" (or "of", "over") phrase names their grievance: a marker there is the
# protesters' complaint, coded as the protest's own target, not the verdict of whoever reports it:
# "staged a 24-hour hunger strike in prison on Sunday in protest against the widespread human
# rights violations by Algerian security forces, his lawyer said" (PLOVER gold PROTEST-0011),
# "throwing stones during demonstrations against the alleged human rights violations by the
# Israeli military, officials said" (PROTEST-0026).  Compared by lemma.
PROTESTS = {"protest", "demonstration", "demonstrate", "rally", "march"}
GRIEVANCE_PREPS = {"against", "of", "over"}
# The gold guide does not annotate analysts' opinions: '"It is a long-standing tradition of the
# Chinese Communist Party to use foreigners to voice its propaganda," said Mareike Ohlberg, a
# senior fellow at the German Marshall Fund' is commentary, not an accusation by a party.
ANALYSTS = {"analyst", "analysts", "fellow", "professor", "expert", "experts", "researcher",
            "scholar", "economist", "commentator", "observer", "observers"}


@dataclass(frozen=True)
class Marker:
    word: str  # lower-case form or lemma
    particle: str  # a required particle ("rip" + "off"), or ""
    negated: bool  # the word counts only under a negation ("not legal")
    entry: Entry


@lru_cache(maxsize=1)
def markers() -> dict[str, tuple[Marker, ...]]:
    """word -> markers, from ``statement_markers.tsv``."""
    table: dict[str, list[Marker]] = {}
    lines = data_path("events", "statement_markers.tsv").read_text("utf-8").splitlines()
    rows = [l.split("\t") for l in lines if l.strip() and not l.startswith("#")][1:]
    for row in rows:
        row += [""] * (7 - len(row))
        word, particle, neg, cameo, ptype, mode, weight = (c.strip() for c in row[:7])
        entry = Entry(word, "S", frozenset(), cameo, ptype, mode, float(weight or 0.5),
                      "dateline")
        table.setdefault(word, []).append(Marker(word, particle, neg == "neg", entry))
    return {k: tuple(v) for k, v in table.items()}


def _matches(token: "Token", marker: Marker) -> bool:
    if marker.particle and not any(c.dep_ == "prt" and c.lower_ == marker.particle
                                   for c in token.children):
        return False
    if marker.negated:
        # "is not working", or a copula's negation: "This case is not legal"
        own = any(c.dep_ == "neg" for c in token.children)
        copula = token.dep_ in ("acomp", "attr") and any(c.dep_ == "neg"
                                                         for c in token.head.children)
        if not (own or copula):
            return False
    return True


def _clause(token: "Token", stop: "Token") -> "Token":
    """The nearest verb (or copula) above ``token`` that has a subject, up to ``stop``."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "csubj")
                                                for c in node.children):
            return node
        if node.i == stop.i or node.head.i == node.i:
            break
        node = node.head
    return stop


def _judged_by_other(token: "Token", content: "Token",
                     lemma_of: Callable[["Token"], str]) -> bool:
    """Whether the verdict is another party's, reported inside the clause: "rejects other
    countries' imposition of what Beijing considers illegal unilateral sanctions" (VOA 8010476);
    or the grievance of a protest the clause reports (:data:`PROTESTS`)."""
    node = token
    for _ in range(12):
        if node.pos_ == "VERB" and lemma_of(node) in VERDICT_VERBS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in GRIEVANCE_PREPS \
                and lemma_of(node.head.head) in PROTESTS:
            return True
        if node.i == content.i or node.head.i == node.i:
            return False
        node = node.head
    return False


def _target(clause: "Token", speaker: set[int]) -> "Token | None":
    """The accused when the clause subject names no one: the first named organization, state
    or person inside the clause ("strategies being implemented by the Public Ministry")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NOUN":
        # "immigration in the EU is 'not working'" (VOA 6205696): the state or body named in a
        # subject that is a policy or a thing; not the possessor of an act done to them, who
        # suffers it: "Zamora's detention is arbitrary" (VOA 8010046) accuses his jailers.
        return _first_named(_agents_of(subj), speaker)
    if subj is not None and subj.lower_ not in DEMONSTRATIVES:
        return None  # the subject itself (coded by the arguments stage)
    return _first_named(clause.subtree, speaker)


def _agents_of(noun: "Token") -> list["Token"]:
    """The tokens of a subject noun phrase that may name who is accused: all of them, but the
    possessor of a noun whose possessor undergoes the act (:func:`.nominal.patient_possessors`)."""
    from .nominal import patient_possessors

    skip = {t.i for c in patient_possessors(noun) for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skip]


def _first_named(tokens, speaker: set[int]) -> "Token | None":
    for t in tokens:
        if t.ent_type_ in NAMED and t.ent_iob_ == "B" and t.i not in speaker:
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            return ent.root if ent is not None else t
    return None


# per set of speech forms (a caller may pass another verb set), then per form hash
_SPEECH_FORM: dict[frozenset[str], FormMemo[int, bool]] = {}


def _speech_tokens(sentence: "SpacySpan", speech_verbs: frozenset[str],
                   lowers: list[int]) -> list["Token"]:
    """Tokens whose form inflects a speech verb: a filter on the lower-case form's hash, as
    :func:`.predicates.candidates` does, so most tokens never become Python objects."""
    doc = sentence.doc
    strings = doc.vocab.strings
    forms = _speech_forms(speech_verbs)
    memo = _SPEECH_FORM.setdefault(forms, FormMemo())
    out = []
    for offset, h in enumerate(lowers[sentence.start:sentence.end]):
        ok = memo.get(h)
        if ok is None:
            ok = memo[h] = strings[h] in forms
        if ok:
            out.append(doc[sentence.start + offset])
    return out


IRREGULAR_SPEECH = {"said", "told", "wrote", "written"}


@lru_cache(maxsize=4)
def _speech_forms(speech_verbs: frozenset[str]) -> frozenset[str]:
    """Regular inflections of the speech verbs, and the irregular pasts."""
    out = set(IRREGULAR_SPEECH)
    for v in speech_verbs:
        stem = v[:-1] if v.endswith("e") else v
        out |= {v, v + "s", v + "es", v + "ed", v + "d", stem + "ing", v + "ing"}
    return frozenset(out)


_MARKER_FORM: FormMemo[int, bool] = FormMemo()


def _marker_in(content: "Token", lemma_of: Callable[["Token"], str], lowers: list[int]
               ) -> tuple["Token", Marker] | None:
    """The first marker of disapproval in a reported clause (its subtree, a contiguous span of
    the projective parse), with its token.  Tokens are made only for forms that share their first
    three letters with a marker word."""
    table = markers()
    prefixes = _marker_prefixes()
    doc = content.doc
    strings = doc.vocab.strings
    for i in range(content.left_edge.i, content.right_edge.i + 1):
        h = lowers[i]
        ok = _MARKER_FORM.get(h)
        if ok is None:
            ok = _MARKER_FORM[h] = strings[h][:3] in prefixes
        if not ok:
            continue
        t = doc[i]
        rows = table.get(t.lower_)
        if rows is None and t.pos_ in ("VERB", "AUX"):
            rows = table.get(lemma_of(t))
        for m in rows or ():
            if _matches(t, m) and not _describes(t, content):
                return t, m
    return None


def _describes(marker: "Token", content: "Token") -> bool:
    """Is the marker in a relative clause or participle that describes a noun of the reported
    clause?  "NISA said the airstrikes ... killed Mansoor Tima-Weeyne, a senior al-Shabab leader
    who masterminded the preparation ... of combat vehicles" (VOA 8008152) names the man, it
    does not accuse him; "Benin opened its borders today to most West Africans ordered out of
    Nigeria as illegal aliens ..., Benin police said" (PLOVER gold AID-0006, REJECT-0034) says
    who the people are, it accuses no one of anything illegal."""
    node = marker
    for _ in range(12):
        if node.i == content.i or node.head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


@lru_cache(maxsize=1)
def _marker_prefixes() -> frozenset[str]:
    return frozenset(w[:3] for w in markers())


# Nouns of a claim whose clause is what the speaker says: "Bugti and Chaudhry reiterated the
# claim that Tuesday's attack was orchestrated by militants with bases in Afghanistan" (VOA
# 8011076).  Compared by lemma ("the charges that ...").
CLAIM_NOUNS = {"claim", "charge", "allegation", "accusation", "assertion"}


def _contents(verb: "Token", lemma_of: Callable[["Token"], str]) -> list["Token"]:
    """The clauses a speech verb reports: its clausal complements, and the clause of a claim
    noun that is its object."""
    out = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    for obj in verb.children:
        if obj.dep_ == "dobj" and lemma_of(obj) in CLAIM_NOUNS:
            out += [c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i]
    return out


# A blame shifted onto someone by a cleft in reported speech (PLOVER ACCUSE 'allege'): "the army
# spokesman rejected the accusation and said it was the rebels who had opened fire", "said it
# was Ukraine that shelled the plant".  The focused party is the accused; the act in its
# relative clause must be a use of force or of coercion (a row of these types for that verb).
CLEFT_ENTRY = Entry("it-was", "S", frozenset(), "112", "ACCUSE", "allege", 0.5, "dateline")
CLEFT_ACTS = {"ASSAULT", "COERCE"}


def _cleft_target(content: "Token", lemma_of: Callable[["Token"], str]
                  ) -> tuple["Token", "Token"] | None:
    """(the act, the focused party) of a reported cleft "it was X who/that did <act>"."""
    from .predicates import _lookup  # predicates imports this module

    if lemma_of(content) != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                            for c in content.children):
        return None
    for focus in content.children:
        if focus.dep_ != "attr" or focus.pos_ not in ("NOUN", "PROPN"):
            continue
        for act in focus.children:
            if act.dep_ != "relcl" or act.pos_ != "VERB" or not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
                    for c in act.children):
                continue
            hit = _lookup(act, "V")
            if hit is not None and hit[0].type in CLEFT_ACTS:
                return act, focus
    return None


def find_statements(sentence: "SpacySpan", speech_verbs: frozenset[str],
                    lemma_of: Callable[["Token"], str], taken: set[int],
                    lowers: list[int]) -> list["Predicate"]:
    """ACCUSE statements of one sentence: a speech verb (not already an event anchor, index in
    ``taken``) whose reported clause holds a marker of disapproval.  ``lowers``: the doc's
    lower-case form hashes."""
    from .predicates import Predicate

    out: list[Predicate] = []
    for verb in _speech_tokens(sentence, speech_verbs, lowers):
        if verb.pos_ != "VERB" or verb.i in taken or lemma_of(verb) not in speech_verbs:
            continue
        hit = next(((c, found) for c in _contents(verb, lemma_of)
                    if (found := _marker_in(c, lemma_of, lowers)) is not None), None)
        if hit is None:
            cleft = next((found for c in _contents(verb, lemma_of)
                          if (found := _cleft_target(c, lemma_of)) is not None), None)
            if cleft is not None:
                act, focus = cleft
                out.append(Predicate([act], verb, act, CLEFT_ENTRY, "ACCUSE", False, "112",
                                     statement=True, target=focus))
            continue
        content, (token, marker) = hit
        speaker = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        if _judged_by_other(token, content, lemma_of) or any(t.lower_ in ANALYSTS
                                                             for t in speaker):
            continue
        clause = _clause(token, content)
        entry = marker.entry
        target = _target(clause, {t.i for t in speaker})
        out.append(Predicate([token], verb, clause, entry, entry.type, False, entry.cameo,
                             statement=True, target=target))
    return out
