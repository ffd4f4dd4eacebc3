"""Arguments and status of acts of force and coercion: a "when" clause of the day
its main clause is dated "on" is the news, not background.  Real-looking sentences."""

from __future__ import annotations

import pytest

from helpers import extract

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_when_clause_of_the_day_named_on_is_not_background(nlp) -> None:
    from dateline.events.modality import background

    doc = nlp("Unrest spread across the capital on Monday, when police fired tear gas at "
              "students outside the parliament.")
    assert not background(next(t for t in doc if t.text == "fired"), "COERCE")
    # a scene set back in time stays background: "since" / "in" a date
    doc = nlp("The region has been unstable since 2019, when soldiers seized power in a coup.")
    assert background(next(t for t in doc if t.text == "seized"), "COERCE")
    doc = nlp("The crisis began in March, when the army arrested the opposition leader.")
    assert background(next(t for t in doc if t.text == "arrested"), "COERCE")


def test_an_attack_on_the_dated_day_is_emitted() -> None:
    text = ("The violence began on Thursday, when Ugandan troops attacked rebel positions held "
            "by a militia near the border.")
    art = extract(text, published="2025-06-10")
    assert any(e.type == "ASSAULT" and e.trigger.text == "attacked"
               for e in art.events), [(e.type, e.trigger.text) for e in art.events]


def test_fighting_between_two_sides_has_both_sides() -> None:
    from helpers import candidates_of

    text = ("More than 5,000 villagers were displaced this week by fighting between ADF rebels "
            "and Ugandan troops in western Uganda, officials said.")
    art, found = candidates_of(text, "ASSAULT")
    fights = [e for e in found if e.trigger.text == "fighting"]
    assert fights, [(e.type, e.trigger.text) for e in found]
    names = {art.actor(x).name for x in fights[0].actors}
    # the sides of the fight, not the displaced villagers
    assert "Ugandan troops" in names and not any("villagers" in n for n in names)
    assert "ADF rebels" in names or any("ADF" in n for n in names)
    assert fights[0].recipients == []


def test_counted_airstrikes_are_aimed_at_the_state_they_were_carried_out_in() -> None:
    from helpers import trigger_sides

    text = ("Turkey, which has carried out dozens of airstrikes in Iraq since the spring, said "
            "on Monday that it would continue its operations.")
    sides = trigger_sides(text, "ASSAULT", "airstrikes")
    assert sides and sides[0] == (["TUR"], ["IRQ"]), sides


def test_the_accused_does_the_deeds_the_charge_includes() -> None:
    from helpers import trigger_sides

    # active: the object is the accused; passive: the subject
    text = "Rights groups have accused the Ethiopian army of atrocities, including airstrikes on villages in Tigray."
    assert trigger_sides(text, "ASSAULT", "airstrikes") == [(["ETH"], ["ETH"])]
    text = ("Sudan's army has been accused by rights groups of war crimes, including airstrikes "
            "on markets in Darfur.")
    sides = trigger_sides(text, "ASSAULT", "airstrikes")
    assert sides and sides[0][0] == ["SDN"], sides


def test_praise_is_no_charge() -> None:
    from dateline.events.arguments import _charged_doer
    from dateline.nlp import load

    doc = load()("Rights groups praised the army, including its soldiers in Tigray.")
    assert _charged_doer(next(t for t in doc if t.text == "soldiers")) == []


def test_an_attack_noun_on_a_struck_thing_targets_the_state_of_its_place() -> None:
    from helpers import trigger_sides

    text = ("The Ethiopian army's airstrikes on villages in Tigray drew condemnation from rights "
            "groups on Monday.")
    assert trigger_sides(text, "ASSAULT", "airstrikes") == [(["ETH"], ["ETH"])]


def test_an_agentless_arrest_abroad_is_the_host_states_act() -> None:
    from helpers import trigger_sides

    text = "Two Venezuelan opposition activists were arrested in Colombia on Monday."
    assert trigger_sides(text, "COERCE", "arrested") == [(["COL"], ["VEN"])]


def test_an_agentless_arrest_at_home_stays_with_the_patients_authorities() -> None:
    from helpers import trigger_sides

    text = ("Venezuelan authorities have stepped up a crackdown on dissent. Two Venezuelan "
            "opposition activists were arrested in Caracas on Monday.")
    sides = trigger_sides(text, "COERCE", "arrested")
    assert sides and sides[-1] == (["VEN"], ["VEN"]), sides
