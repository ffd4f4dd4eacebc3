"""Source actors of event arguments (session 26, wt-args): the doer of a deed a verb of judging
charges its object with ("accused the army of deporting ...": the army deported).  Hand-built
parses pin each route on the parse shape; whole-pipeline tests run wire-style sentences."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dateline.events.clauses import _subject
from helpers import candidates_of

pytestmark = pytest.mark.filterwarnings("ignore")


def _doc(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A parsed Doc from (word, tag, pos, dep, head index, lemma) rows."""
    words, tags, pos, deps, heads, lemmas = (list(col) for col in zip(*rows))
    return Doc(English().vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads,
               lemmas=lemmas)


# "Amnesty accused the army of deporting refugees."
ACCUSED = [("Amnesty", "NNP", "PROPN", "nsubj", 1, "Amnesty"),
           ("accused", "VBD", "VERB", "ROOT", 1, "accuse"),
           ("the", "DT", "DET", "det", 3, "the"),
           ("army", "NN", "NOUN", "dobj", 1, "army"),
           ("of", "IN", "ADP", "prep", 1, "of"),
           ("deporting", "VBG", "VERB", "pcomp", 4, "deport"),
           ("refugees", "NNS", "NOUN", "dobj", 5, "refugee"),
           (".", ".", "PUNCT", "punct", 1, ".")]


def test_the_accused_object_did_the_deed() -> None:
    doc = _doc(ACCUSED)
    subj, path = _subject(doc[5])
    assert [t.text for t in subj] == ["army"] and path == 2


def test_the_deed_phrase_hung_on_the_objects_last_conjunct() -> None:
    # "Groups accused soldiers and militias of killing civilians": the parser hangs "of" on
    # "militias"; the doers are the whole object, not the accusers.
    doc = _doc([("Groups", "NNS", "NOUN", "nsubj", 1, "group"),
                ("accused", "VBD", "VERB", "ROOT", 1, "accuse"),
                ("soldiers", "NNS", "NOUN", "dobj", 1, "soldier"),
                ("and", "CC", "CCONJ", "cc", 2, "and"),
                ("militias", "NNS", "NOUN", "conj", 2, "militia"),
                ("of", "IN", "ADP", "prep", 4, "of"),
                ("killing", "VBG", "VERB", "pcomp", 5, "kill"),
                ("civilians", "NNS", "NOUN", "dobj", 6, "civilian")])
    subj, _ = _subject(doc[6])
    assert [t.text for t in subj] == ["soldiers"]


def test_a_verb_of_judging_with_for_praises_its_object() -> None:
    # "The minister praised Qatar for mediating": Qatar mediated.
    doc = _doc([("minister", "NN", "NOUN", "nsubj", 1, "minister"),
                ("praised", "VBD", "VERB", "ROOT", 1, "praise"),
                ("Qatar", "NNP", "PROPN", "dobj", 1, "Qatar"),
                ("for", "IN", "ADP", "prep", 1, "for"),
                ("mediating", "VBG", "VERB", "pcomp", 3, "mediate")])
    subj, _ = _subject(doc[4])
    assert [t.text for t in subj] == ["Qatar"]


def test_a_means_stays_the_subjects_own_act() -> None:
    # "Canada retaliated against the U.S. by announcing tariffs": no judging, Canada acts.
    doc = _doc([("Canada", "NNP", "PROPN", "nsubj", 1, "Canada"),
                ("retaliated", "VBD", "VERB", "ROOT", 1, "retaliate"),
                ("by", "IN", "ADP", "prep", 1, "by"),
                ("announcing", "VBG", "VERB", "pcomp", 2, "announce"),
                ("tariffs", "NNS", "NOUN", "dobj", 3, "tariff")])
    subj, _ = _subject(doc[3])
    assert [t.text for t in subj] == ["Canada"]


def test_a_passive_judging_verb_gives_the_deed_to_its_surface_subject() -> None:
    # "The army was accused of deporting refugees": no object; the army deported.
    doc = _doc([("army", "NN", "NOUN", "nsubjpass", 2, "army"),
                ("was", "VBD", "AUX", "auxpass", 2, "be"),
                ("accused", "VBN", "VERB", "ROOT", 2, "accuse"),
                ("of", "IN", "ADP", "prep", 2, "of"),
                ("deporting", "VBG", "VERB", "pcomp", 3, "deport"),
                ("refugees", "NNS", "NOUN", "dobj", 4, "refugee")])
    assert [t.text for t in _subject(doc[4])[0]] == ["army"]


def test_the_killing_is_the_accused_soldiers() -> None:
    art, found = candidates_of("Rights groups have accused Sudanese soldiers and their allies of "
                               "killing civilians in Darfur.", "ASSAULT")
    killing = [ev for ev in found if ev.trigger.text.startswith("killing")]
    assert killing
    assert "SDN" in [art.actor(x).country for x in killing[0].actors]


def test_the_subject_the_parser_hung_on_as_is_the_clauses() -> None:
    # "The vote came as a delegation, including the minister, met with officials": the parser
    # reads "as" as a preposition whose object is "delegation", leaving "met" subjectless.
    doc = _doc([("vote", "NN", "NOUN", "nsubj", 1, "vote"),
                ("came", "VBD", "VERB", "ROOT", 1, "come"),
                ("as", "IN", "ADP", "prep", 1, "as"),
                ("a", "DT", "DET", "det", 4, "a"),
                ("delegation", "NN", "NOUN", "pobj", 2, "delegation"),
                (",", ",", "PUNCT", "punct", 4, ","),
                ("including", "VBG", "VERB", "prep", 4, "include"),
                ("the", "DT", "DET", "det", 8, "the"),
                ("minister", "NN", "NOUN", "pobj", 6, "minister"),
                (",", ",", "PUNCT", "punct", 8, ","),
                ("met", "VBD", "VERB", "advcl", 1, "meet"),
                ("with", "IN", "ADP", "prep", 10, "with"),
                ("officials", "NNS", "NOUN", "pobj", 11, "official")])
    subj, _ = _subject(doc[10])
    assert [t.text for t in subj] == ["delegation"]


def test_a_role_phrase_before_a_clause_with_its_own_subject_is_no_subject() -> None:
    # "Ruto, serving as mediator, said Kenya met ...": the clause names its own subject.
    doc = _doc([("talks", "NNS", "NOUN", "nsubj", 1, "talk"),
                ("ended", "VBD", "VERB", "ROOT", 1, "end"),
                ("as", "IN", "ADP", "prep", 1, "as"),
                ("planned", "VBN", "VERB", "pobj", 2, "plan"),
                ("Kenya", "NNP", "PROPN", "nsubj", 5, "Kenya"),
                ("met", "VBD", "VERB", "advcl", 1, "meet")])
    subj, _ = _subject(doc[5])
    assert [t.text for t in subj] == ["Kenya"]


@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdogan said he had spoken by phone with Russian President "
    "Vladimir Putin and that the two governments had agreed to resume grain shipments.",
    "Kenyan President William Ruto met with Ethiopian Prime Minister Abiy Ahmed on Monday, and "
    "the two leaders agreed to reopen the border.",
])
def test_the_pair_is_the_speaker_and_the_partner_talked_with(text: str) -> None:
    art, found = candidates_of(text, "AGREE")
    assert found
    countries = sorted(art.actor(x).country for x in found[0].actors)
    assert len(countries) == 2 and countries[0] != countries[1]


def test_the_two_governments_are_the_pair_that_acted_before() -> None:
    # a one-sided act of a pair named in the sentence before, as its subject: not the pair
    # named inside a phrase ("between Washington and Beijing")
    art, found = candidates_of("Japan and South Korea, whose leaders have sought to mediate "
                               "between Washington and Beijing, issued a joint statement on "
                               "Monday. The two governments have urged Pyongyang to return to "
                               "talks.", "REQUEST")
    urged = [ev for ev in found if ev.trigger.text.startswith("urged")]
    assert urged
    assert sorted(art.actor(x).country for x in urged[0].actors) == ["JPN", "KOR"]


def test_a_subject_it_is_not_its_own_clauses_object() -> None:
    # "Tokyo" is nearer, but "It urged Japan" cannot be Japan urging itself
    art, found = candidates_of("China's foreign ministry rejected the account on Monday, saying "
                               "that Tokyo's claims were false. It urged Japan to stop its "
                               "dangerous provocations.", "REQUEST")
    urged = [ev for ev in found if ev.trigger.text.startswith("urged")]
    assert urged
    assert [art.actor(x).country for x in urged[0].actors] == ["CHN"]
    assert [art.actor(x).country for x in urged[0].recipients] == ["JPN"]


# "They repeated the claim, a charge spokesman Mwaura rejected Friday." as the parser may read
# it: "Mwaura" an apposition of "claim", and "rejected" a clause of "claim" with no subject.
BARE_RELATIVE = [("They", "PRP", "PRON", "nsubj", 1, "they"),
                 ("repeated", "VBD", "VERB", "ROOT", 1, "repeat"),
                 ("the", "DT", "DET", "det", 3, "the"),
                 ("claim", "NN", "NOUN", "dobj", 1, "claim"),
                 (",", ",", "PUNCT", "punct", 3, ","),
                 ("a", "DT", "DET", "det", 8, "a"),
                 ("charge", "NN", "NOUN", "compound", 8, "charge"),
                 ("spokesman", "NN", "NOUN", "compound", 8, "spokesman"),
                 ("Mwaura", "NNP", "PROPN", "appos", 3, "Mwaura"),
                 ("rejected", "VBD", "VERB", "acl", 3, "reject"),
                 ("Friday", "NNP", "PROPN", "npadvmod", 9, "Friday"),
                 (".", ".", "PUNCT", "punct", 1, ".")]


def test_a_bare_relative_clause_has_the_name_before_it_as_subject() -> None:
    doc = _doc(BARE_RELATIVE)
    subj, _ = _subject(doc[9])
    assert [t.text for t in subj] == ["Mwaura"]


def test_a_participle_after_a_name_is_no_bare_relative() -> None:
    # "the claim, made by Kenya": a VBN participle, not a finite clause
    rows = list(BARE_RELATIVE)
    rows[9] = ("rejected", "VBN", "VERB", "acl", 3, "reject")
    doc = _doc(rows)
    assert "Mwaura" not in [t.text for t in _subject(doc[9])[0]]
