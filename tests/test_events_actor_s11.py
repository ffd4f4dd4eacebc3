"""The actor of events whose right-type candidate had none (session 11): a stance participle's
surface subject ("Israel is opposed to ..."), and the subject of a reported clause's verb that
the parser read as a participle of a second subject of the verb of saying ("Palestinian youths
resorted to ..., officials said").  Hand-built parses pin each route on the exact parse shape;
the whole-pipeline tests run the sentences the routes were made for (PLOVER gold records)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dateline.events.clauses import _objects, _subject
from dateline.record import Article, Event
from helpers import candidates_of, first_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def _doc(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A parsed Doc from (word, tag, pos, dep, head index, lemma) rows."""
    words, tags, pos, deps, heads, lemmas = (list(col) for col in zip(*rows))
    return Doc(English().vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


# "Israel is opposed to French mediation, an aide said." as the parser reads it: a passive.
STANCE = [("Israel", "NNP", "PROPN", "nsubjpass", 2, "Israel"),
          ("is", "VBZ", "AUX", "auxpass", 2, "be"),
          ("opposed", "VBN", "VERB", "ccomp", 9, "oppose"),
          ("to", "IN", "ADP", "prep", 2, "to"),
          ("French", "JJ", "ADJ", "amod", 5, "french"),
          ("mediation", "NN", "NOUN", "pobj", 3, "mediation"),
          (",", ",", "PUNCT", "punct", 9, ","),
          ("an", "DT", "DET", "det", 8, "an"),
          ("aide", "NN", "NOUN", "nsubj", 9, "aide"),
          ("said", "VBD", "VERB", "ROOT", 9, "say"),
          (".", ".", "PUNCT", "punct", 9, ".")]


def test_a_stance_participle_is_held_by_its_surface_subject() -> None:
    doc = _doc(STANCE)
    subj, path = _subject(doc[2])
    assert [t.text for t in subj] == ["Israel"] and path == 1
    assert [t.text for t in _objects(doc[2])] == ["mediation"]


def test_a_true_passive_keeps_no_actor_and_its_subject_as_target() -> None:
    # "Israel is attacked ..." has no agent: the subject undergoes the act.
    rows = list(STANCE)
    rows[2] = ("attacked", "VBN", "VERB", "ccomp", 9, "attack")
    doc = _doc(rows)
    assert _subject(doc[2]) == ([], 0)
    assert [t.text for t in _objects(doc[2])] == ["Israel"]


def test_a_stance_participle_with_an_agent_is_a_passive() -> None:
    # "Israel is opposed by France": France opposes.
    doc = _doc([("Israel", "NNP", "PROPN", "nsubjpass", 2, "Israel"),
                ("is", "VBZ", "AUX", "auxpass", 2, "be"),
                ("opposed", "VBN", "VERB", "ROOT", 2, "oppose"),
                ("by", "IN", "ADP", "agent", 2, "by"),
                ("France", "NNP", "PROPN", "pobj", 3, "France")])
    subj, _ = _subject(doc[2])
    assert [t.text for t in subj] == ["France"]


# "Youths resorted to throwing stones, officials said." as the parser reads it: "resorted" a
# participle of "youths", and "youths" and "officials" both subjects of "said".
REPORTED = [("Youths", "NNS", "NOUN", "nsubj", 6, "youth"),
            ("resorted", "VBN", "VERB", "acl", 0, "resort"),
            ("to", "IN", "ADP", "prep", 1, "to"),
            ("throwing", "VBG", "VERB", "pcomp", 2, "throw"),
            (",", ",", "PUNCT", "punct", 6, ","),
            ("officials", "NNS", "NOUN", "nsubj", 6, "official"),
            ("said", "VBD", "VERB", "ROOT", 6, "say")]


def test_a_reported_verb_read_as_a_participle_has_the_noun_as_subject() -> None:
    doc = _doc(REPORTED)
    subj, _ = _subject(doc[1])
    assert [t.text for t in subj] == ["Youths"]
    subj, _ = _subject(doc[3])  # and the act it resorted to
    assert [t.text for t in subj] == ["Youths"]


def test_a_participle_of_the_only_speaker_is_not_a_clause() -> None:
    # "Officials based in Gaza said": the participle describes the speaker.
    doc = _doc([("Officials", "NNS", "NOUN", "nsubj", 4, "official"),
                ("based", "VBN", "VERB", "acl", 0, "base"),
                ("in", "IN", "ADP", "prep", 1, "in"),
                ("Gaza", "NNP", "PROPN", "pobj", 2, "Gaza"),
                ("said", "VBD", "VERB", "ROOT", 4, "say")])
    assert _subject(doc[1]) == ([], 0)


def _candidate(text: str, etype: str, trigger: str) -> tuple[Article, Event]:
    """The first candidate of ``etype`` (any confidence) whose trigger starts with ``trigger``."""
    art, found = candidates_of(text, etype, published="2001-01-01")
    found = [ev for ev in found if ev.trigger.text.startswith(trigger)]
    assert found, f"no {etype} candidate on {trigger!r}"
    return art, found[0]


def _sides(text: str, etype: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    return first_sides(text, etype, trigger, published="2001-01-01")


def test_israel_opposes_french_mediation() -> None:
    actors, recipients = _sides("Israel is opposed to French mediation in peace negotiations with "
                                "Syria, a close aide to Prime Minister Ehud Barak said Wednesday.",
                                "REJECT", "opposed")
    assert actors == ["ISR"] and recipients == ["FRA"]


def test_the_demonstrations_are_the_youths() -> None:
    actors, _ = _sides("Palestinian youths resorted to throwing stones during demonstrations "
                       "against the alleged human rights violations by the Israeli military, "
                       "officials said on Thursday.", "PROTEST", "demonstrations")
    assert actors == ["PSE"]


def _actor_kind(text: str, etype: str, trigger: str) -> tuple[list[str | None], list[str]]:
    """Actor countries and names of the candidate (the state's authority, not the patient)."""
    art, ev = _candidate(text, etype, trigger)
    assert not set(ev.actors) & set(ev.recipients)
    return [art.actor(x).country for x in ev.actors], [art.actor(x).name for x in ev.actors]


@pytest.mark.parametrize("text, etype, trigger, country", [
    ("The South African government has vowed to fight graft. Former South African president "
     "Jacob Zuma was charged with fraud on Friday.", "ACCUSE", "charged", "ZAF"),
    ("Brazil's government faces a crisis. Brazilian President Fernando Collor was impeached in "
     "1992.", "ACCUSE", "impeached", "BRA"),
    ("Egypt's government has cracked down on dissent. The Egyptian opposition party was banned "
     "in 2013.", "COERCE", "banned", "EGY"),
])
def test_an_agentless_legal_act_is_the_patients_states(text: str, etype: str, trigger: str,
                                                       country: str) -> None:
    countries, names = _actor_kind(text, etype, trigger)
    assert countries == [country] and "government" in names[0]


def test_an_agentless_charge_with_no_state_named_has_no_actor() -> None:
    _, found = candidates_of("Jacob Zuma was charged with fraud on Friday.", published="2001-01-01")
    assert not [ev for ev in found if ev.trigger.text == "charged"]
