"""Events whose arguments rest on pronouns, quotes and progressives, on real VOA sentences."""

from __future__ import annotations

import math

import pytest

import dateline
from dateline.events import candidates, confidence

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_claim_about_the_claimers_own_deeds_accuses_no_one() -> None:
    # VOA 7686618: the rebels describe themselves; the protected are not accused.
    text = ("Central African Republic officials are pleading with civilians to go back to their "
            "villages. 3R rebels claim that they protect Muslim cattle ranching populations from "
            "regular attacks by Christian anti-Balaka militias.")
    art = dateline.extract(text, published="2024-07-05")
    claims = [ev for ev, _ in candidates(art) if ev.trigger.text == "claim"]
    assert claims and not [e for e in claims if e.type == "ACCUSE" and e.recipients]


def test_an_accusation_keeps_its_accused_in_the_complement() -> None:
    text = ("Pakistani officials blamed archrival India, accusing it of providing support to "
            "anti-Pakistan militants in Afghanistan.")
    art = dateline.extract(text, published="2025-03-14")
    acc = [ev for ev, _ in candidates(art) if ev.type == "ACCUSE"]
    assert acc and any(art.actor(r).country == "IND" for e in acc for r in e.recipients)


def test_an_act_a_quote_names_in_passing_is_held_back() -> None:
    # VOA 7750892: the rights director comments on the ban; her words are not the news of it.
    text = ("“The Taliban barring Bennett from entering the country is one of many signs that "
            "their crackdown on human rights is ongoing,” said Heather Barr, the associate "
            "women’s rights director at Human Rights Watch. The Taliban said they barred Bennett "
            "from the country on Tuesday.")
    art = dateline.extract(text, published="2024-08-21")
    feats = {ev.trigger.text: (ev, f) for ev, f in candidates(art)}
    passing, flags = feats["barring"]
    assert flags["in_passing"] == 1.0
    assert passing.confidence < confidence.score({**flags, "log_prior": flags["log_prior"]
                                                  - math.log(confidence.QUOTED_IN_PASSING)})
    # the reported act outside the quote is not
    assert feats["barred"][1]["in_passing"] == 0.0


def test_an_ongoing_act_told_again_is_one_event() -> None:
    # VOA 7686618: the lead's appeal, restated later in the present progressive.
    text = ("Central African Republic officials are pleading with civilians to go back to their "
            "villages, after up to 10,000 civilians were displaced this week by fighting between "
            "rebels and C.A.R. forces. The C.A.R is pleading with civilians to return to villages "
            "where they will be protected by government troops.")
    art = dateline.extract(text, published="2024-07-05")
    appeals = [e for e in art.events if e.type == "REQUEST"]
    assert len([ev for ev, _ in candidates(art) if ev.type == "REQUEST"]) == 2
    assert len(appeals) == 1 and appeals[0].sentence == 0


def test_dated_acts_in_the_progressive_stay_apart() -> None:
    text = ("Turkish troops are attacking Kurdish fighters in Syria on Monday. "
            "Turkish forces are attacking Kurdish fighters in Syria on Wednesday.")
    art = dateline.extract(text, published="2019-10-16")
    # two days, two attacks: only an undated repeat is the same ongoing act
    assert sorted(e.sentence for e in art.events if e.type == "ASSAULT") == [0, 1]


def test_rejecting_an_idea_is_a_view_not_an_event() -> None:
    # VOA 6205696
    art = dateline.extract("Hungarian Prime Minister Viktor Orban rejected the idea migration can "
                           "lead to cultural enrichment.", published="2021-05-11")
    assert not [ev for ev, _ in candidates(art) if ev.type == "REJECT"]


def test_a_present_refusal_of_consent_is_a_stance_a_past_one_an_act() -> None:
    # VOA 6204080: "But he doesn't support the measure."
    stance = dateline.extract("Kenyan Interior Minister Fred Matiang'i announced the camps would "
                              "close. Kenyan lawmaker Aden Duale doesn't support the measure.",
                              published="2021-04-02")
    assert not [ev for ev, _ in candidates(stance) if ev.type == "REJECT"]
    act = dateline.extract("Kenyan lawmaker Aden Duale did not support the measure.",
                           published="2021-04-02")
    assert [ev for ev, _ in candidates(act) if ev.type == "REJECT"]
