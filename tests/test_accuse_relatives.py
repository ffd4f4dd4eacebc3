"""ACCUSE in relative clauses and their arguments (wt-accuse): standing charges told in the
simple present, deeds laid "on" someone, the speaker behind "it" in an object relative clause,
and whom an inquiry "into whether ..." looks into.  Real-looking sentences through the whole
pipeline."""

from __future__ import annotations

import pytest

from helpers import candidates_of, extract, trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def _names(art, ids) -> list[str]:
    return [art.actor(x).name for x in ids]


def test_a_standing_charge_in_a_present_relative_clause_is_emitted_under_the_news() -> None:
    text = ("Ethiopian troops detained dozens of fighters near the border on Sunday, among them "
            "commanders of the Oromo Liberation Army, which Addis Ababa accuses of attacking "
            "civilians.")
    art = extract(text)
    accusations = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "accuses"]
    assert accusations, [(e.type, e.trigger.text) for e in art.events]
    # the arrest is the sentence's news: the relative clause's charge ranks under it
    top = max(art.events, key=lambda e: e.confidence)
    assert top.type != "ACCUSE"


def test_a_past_perfect_relative_clause_stays_background() -> None:
    # (only the simple present is a standing charge: "whom it had accused" is told before)
    text = ("Ethiopian troops detained dozens of fighters near the border on Sunday, among them "
            "commanders of the Oromo Liberation Army, which Addis Ababa had accused of attacking "
            "civilians.")
    art = extract(text)
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_a_deed_laid_on_a_group_accuses_the_group() -> None:
    text = ("Pakistan's government has linked the expulsions to a surge in bombings in the "
            "northwest, which it blames on the Pakistani Taliban.")
    art, found = candidates_of(text, "ACCUSE")
    blamed = [ev for ev in found if ev.trigger.text == "blames"]
    assert blamed and "Taliban" in " ".join(_names(art, blamed[0].recipients))


def test_a_date_after_blame_is_no_accused() -> None:
    text = "Pakistan's government blamed the Pakistani Taliban on Monday for the bombing."
    art, found = candidates_of(text, "ACCUSE")
    blamed = [ev for ev in found if ev.trigger.text == "blamed"]
    assert blamed and "Taliban" in " ".join(_names(art, blamed[0].recipients))


def test_it_in_an_object_relative_clause_is_the_speaker_not_a_plural_noun() -> None:
    text = ("The Arakan Army said in a statement that its fighters had repelled attacks by "
            "the Myanmar military, which it accused of breaking the ceasefire.")
    art, found = candidates_of(text, "ACCUSE")
    accused = [ev for ev in found if ev.trigger.text == "accused"]
    assert accused
    assert _names(art, accused[0].actors) != [] and all(
        "fighters" not in m.text for x in accused[0].actors for m in art.actor(x).mentions)
    assert any("Arakan" in n for n in _names(art, accused[0].actors))


def test_an_inquiry_into_whether_someone_did_it_targets_them() -> None:
    text = ("French prosecutors have opened an investigation into whether Russian intelligence "
            "officers planned the sabotage of the rail network.")
    assert (["FRA"], ["RUS"]) in trigger_sides(text, "ACCUSE", "opened")


# -- verdicts on a thing someone made or did (``targets.reacted_doer``, ``judging_court``) ----

def test_a_verdict_on_a_law_accuses_who_passed_it() -> None:
    text = ("Hungary's parliament approved a law on Tuesday that restricts foreign funding of "
            "media outlets. The European Commission called the new law \"a blatant attack on "
            "media freedom.\"")
    assert (["IGOEU"], ["HUN"]) in trigger_sides(text, "ACCUSE", "called")


def test_an_earlier_verdict_on_the_law_is_not_its_maker() -> None:
    # the first critic said nothing that made the law: the second verdict's target is not it
    text = ("Germany criticized the media law on Tuesday. Austria called the law \"a "
            "disgrace.\"")
    assert all(recipients != ["DEU"]
               for _, recipients in trigger_sides(text, "ACCUSE", "called"))


def test_a_verdict_on_the_proceedings_accuses_the_court() -> None:
    text = ("A court in Minsk sentenced opposition activist Maria Kalesnikava to 11 years in "
            "prison on Monday. Opposition leader Sviatlana Tsikhanouskaya called the "
            "proceedings a \"farce\".")
    # (the speaker's country is the actor layer's business: alone here it has none)
    assert ["BLR"] in [recipients for _, recipients in trigger_sides(text, "ACCUSE", "called")]


def test_a_verdict_noun_parsed_as_the_object_still_judges_the_act() -> None:
    text = ("Ugandan police arrested dozens of opposition supporters in Kampala on Sunday. "
            "Opposition leader Bobi Wine called the arrests part of a campaign to crush dissent.")
    assert (["UGA"], ["UGA"]) in trigger_sides(text, "ACCUSE", "called")


def test_a_compound_of_a_plain_object_is_no_verdict() -> None:
    text = "Opposition leader Bobi Wine called the peace talks in Kampala on Sunday."
    assert not trigger_sides(text, "ACCUSE", "called")


def test_a_ruling_hung_on_its_quoted_verdict_is_still_the_courts() -> None:
    # the parser makes "ruling" an adjective of "arbitrary": the ruling is still the court's
    text = ("A court in Guatemala City revoked the journalist's house arrest on Monday. Near the "
            "end of the hearing, he called the ruling “arbitrary.”")
    assert ["GTM"] in [recipients for _, recipients in trigger_sides(text, "ACCUSE", "called")]


def test_a_move_that_someone_called_shameful_accuses_its_doer() -> None:
    text = ("A Nicaraguan judge ordered opposition leader Felix Maradiaga back to prison on "
            "Tuesday in a move that his lawyers called “cruel.”")
    assert (["NIC"], ["NIC"]) in trigger_sides(text, "ACCUSE", "called")
    text = "Russia vetoed the draft resolution on Monday, a move that France called “shameful.”"
    assert (["FRA"], ["RUS"]) in trigger_sides(text, "ACCUSE", "called")


# -- blame in reported speech (``statements``) ----------------------------------------------

def test_a_reported_cleft_shifts_the_blame_onto_its_focus() -> None:
    text = ("Sudan's army spokesman, Brig. Gen. Nabil Abdallah, denied the report and said it "
            "was the Rapid Support Forces who had shelled the market in El Fasher.")
    art, found = candidates_of(text, "ACCUSE")
    shifted = [ev for ev in found if ev.trigger.text == "shelled"]
    assert shifted and "Rapid Support Forces" in " ".join(_names(art, shifted[0].recipients))


def test_a_reported_cleft_of_a_peaceful_act_accuses_no_one() -> None:
    text = ("Sudan's army spokesman, Brig. Gen. Nabil Abdallah, said it was the Rapid Support "
            "Forces who had asked for the talks in Jeddah.")
    art, found = candidates_of(text, "ACCUSE")
    assert not found


def test_contempt_charged_in_reported_speech_accuses_the_clause_subject() -> None:
    text = ("Nicaragua's attorney general told state television on Tuesday that the bishop had "
            "acted in contempt of the courts.")
    art, found = candidates_of(text, "ACCUSE")
    assert [ev for ev in found if ev.trigger.text == "contempt" and ev.recipients]


def test_a_participle_naming_its_accuser_is_an_accusation_under_the_news() -> None:
    text = ("Ethiopia's government, accused by Amnesty International of mass killings in "
            "Tigray, rejected the findings on Monday.")
    art = extract(text)
    accused = [e for e in art.events if e.type == "ACCUSE"]
    assert accused and "Amnesty" in " ".join(_names(art, accused[0].actors))
    assert max(art.events, key=lambda e: e.confidence).type == "REJECT"


def test_a_participle_without_its_accuser_stays_a_description() -> None:
    text = "Ethiopia's government, accused of mass killings in Tigray, rejected the findings."
    art = extract(text)
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_those_who_stand_accused_are_not_the_accusers() -> None:
    text = ("Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing "
            "of a French army base near Bouake.")
    art, found = candidates_of(text, "ACCUSE")
    assert not [ev for ev in found if any("soldiers" in n for n in _names(art, ev.actors))]
