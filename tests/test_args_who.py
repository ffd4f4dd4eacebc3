"""Who acts: subjects the events layer passes to a verb that has none of its own (wt-args,
session 25, from the written even stories 9200002, 9400004 and 9100002).

Sentences written for these tests."""

import pytest

from helpers import first_sides, trigger_sides


@pytest.mark.parametrize("text, etype, trigger, actors, recipients", [
    # a verb of addressing coordinated into the reported clause is the speaker's second act
    ("Iran's foreign minister said the resolution amounted to meddling in Iraq's affairs and "
     "accused France of trying to divide the council.",
     "ACCUSE", "accused", {"IRN"}, {"FRA"}),
    ("Human Rights Watch said in a report on Monday that Turkey was holding refugees in "
     "closed camps and urged Germany to stop funding the camps.",
     "REQUEST", "urged", {None}, {"DEU"}),
    # after a perfect the conjunct shares the reported clause's subject
    ("Kenya's interior minister said the militants had blocked the road near Mandera and "
     "warned Somalia that more attacks would follow.",
     "THREATEN", "warned", {None}, {"SOM"}),
], ids=["said_and_accused", "said_that_and_urged", "had_blocked_and_warned"])
def test_speakers_conjunct(text: str, etype: str, trigger: str, actors: set, recipients: set
                           ) -> None:
    got_actors, got_recipients = first_sides(text, etype, trigger)
    assert set(got_actors) == actors
    assert set(got_recipients) == recipients


def test_speakers_conjunct_not_after_a_perfect_is_the_speaker_only_when_addressing() -> None:
    # an act that is not one of addressing stays the reported clause's subject's
    got_actors, _ = first_sides(
        "Ukrainian officials said Russian troops crossed the border and attacked three "
        "villages near Sumy.", "ASSAULT", "attacked")
    assert set(got_actors) == {"RUS"}


def test_conjunct_hung_on_the_apposition_is_a_subject_too() -> None:
    got_actors, _ = first_sides(
        "Kenya's foreign minister, Musalia Mudavadi, and his Somali counterpart, Ahmed Moallim "
        "Fiqi, met in Nairobi on Tuesday.", "CONSULT", "met")
    assert set(got_actors) == {"KEN", "SOM"}


def test_passive_controller_does_the_complement() -> None:
    # "were forced to withdraw": the rebels withdraw, not the army that forced them
    got_actors, _ = first_sides(
        "The M23 rebels were forced by the Congolese army to withdraw from Sake on Friday.",
        "RETREAT", "withdraw")
    assert got_actors and set(got_actors) <= {"COD"} and len(got_actors) == 1


@pytest.mark.parametrize("text, etype, trigger, actors, recipients", [
    # a reaction drawn: the "from" phrase does it, to the one who drew it
    ("Kenya's president signed the finance bill on Tuesday, drawing sharp criticism from "
     "the United States.", "ACCUSE", "criticism", {"USA"}, {"KEN"}),
    # ... the participle coordinated by the parser with the noun before it
    ("A Turkish court has sentenced the mayor of Istanbul, widening a purge that has followed "
     "the failed coup and drawing condemnation from Germany.",
     "ACCUSE", "condemnation", {"DEU"}, {"TUR"}),
    # the act a responder answers with is the responder's
    ("Japan's foreign ministry responded on Friday with a protest against China.",
     "ACCUSE", "protest", {"JPN"}, None),
], ids=["drew_criticism_from", "widening_and_drawing", "responded_with"])
def test_reactions(text: str, etype: str, trigger: str, actors: set, recipients: set | None
                   ) -> None:
    got_actors, got_recipients = first_sides(text, etype, trigger)
    assert set(got_actors) == actors
    if recipients is not None:
        assert set(got_recipients) == recipients


def test_the_two_leaders_are_the_pair_the_coordinated_clause_named() -> None:
    # not the pair coordinated in the sentence before
    text = ("Modi spoke by phone with French President Emmanuel Macron and German Chancellor "
            "Olaf Scholz on Monday. Modi was received in Tokyo by the Japanese prime minister, "
            "and the two leaders held talks on trade.")
    found = trigger_sides(text, "CONSULT", "held", published="2024-10-20")
    assert found and set(found[0][0]) == {"IND", "JPN"}



def test_the_head_of_a_body_acts_for_it(nlp) -> None:
    # the actor layer's mention is the body alone, not "the head of"
    from dateline.events import actor_index, find_arguments
    from dateline.events.predicates import find_predicates
    from dateline.nlp import spacy_sentences
    from helpers import hand_coded

    text = "The head of the Norwegian Refugee Council, Jan Egeland, visited Sudan on Monday."
    art = hand_coded(nlp, text, {"Norwegian Refugee Council": ("NOR", "NGO"),
                                 "Sudan": ("SDN", "GOV")})
    index = actor_index(art)
    lowers = art.doc.to_array("LOWER").tolist()
    preds = [p for s in spacy_sentences(art) if s is not None
             for p in find_predicates(s, lowers) if p.type == "CONSULT"]
    assert preds
    args = find_arguments(preds[0], index)
    assert [art.actor(a).country for a in args.actors] == ["NOR"]
