"""Triggers and types, session 26 (helper lex): permissions to coerce, pushbacks, captured
persons, hosted peoples, promised deployments and vows to reject (PLOVER codebook)."""

from __future__ import annotations

import pytest

from helpers import trigger_types

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_law_allowing_pushbacks_codes_the_pushback_not_a_concession() -> None:
    text = ("Poland passed a law on Thursday allowing its border guards to push migrants back "
            "into Belarus.")
    assert trigger_types(text, "allowing") == set()
    assert trigger_types(text, "push") == {"COERCE"}


def test_a_permission_to_do_something_peaceful_stays_a_concession() -> None:
    text = "The government allowed opposition leader Kizza Besigye to hold a rally in Kampala."
    assert "CONCEDE" in trigger_types(text, "allowed")


def test_turning_away_asylum_seekers_is_an_expulsion() -> None:
    text = "Greek coast guard vessels turned away dozens of asylum-seekers near Lesbos on Monday."
    assert trigger_types(text, "turned") == {"COERCE"}


def test_a_person_captured_is_arrested_and_a_town_captured_is_seized() -> None:
    assert trigger_types("The cartel boss was captured by Colombian police in 2021.",
                         "captured") == {"COERCE"}
    assert trigger_types("Rebels captured the town of Bunagana on Monday.",
                         "captured") == {"COERCE"}
    assert trigger_types("Rebels captured six soldiers in an ambush on Monday.",
                         "captured") == {"ASSAULT"}


def test_hosting_a_people_is_no_visit() -> None:
    assert trigger_types("Jordan says it hosts about 1.3 million Syrians.", "hosts") == set()
    assert "CONSULT" in trigger_types("Egypt hosted Israeli and Hamas negotiators in Cairo.",
                                      "hosted")


def test_a_promised_deployment_aimed_at_no_one_is_a_commitment() -> None:
    text = "Canada's prime minister promised to send 1,000 more police officers to the border."
    assert trigger_types(text, "promised") == {"AGREE"}
    text = "The president vowed to send troops against the rebels in the north."
    assert trigger_types(text, "vowed") == {"THREATEN"}


def test_a_vow_to_fight_a_ruling_is_a_rejection() -> None:
    text = "The former prime minister vowed on Tuesday to fight the ruling."
    assert trigger_types(text, "vowed") == {"REJECT"}


def test_a_declared_state_of_emergency_is_emitted_without_a_recipient() -> None:
    from helpers import coded_events

    text = "Peruvian President Dina Boluarte declared a state of emergency on Tuesday."
    assert ("COERCE", ["PER"], []) in coded_events(text)


def test_counterattacks_are_attacks_and_air_support_no_backing() -> None:
    text = "Ukrainian forces launched counterattacks near Bakhmut with air support on Friday."
    assert trigger_types(text, "launched counterattacks") == {"ASSAULT"}
    assert trigger_types(text, "support") == set()


def test_fighting_alongside_a_force_is_military_cooperation() -> None:
    text = "North Korean soldiers have fought alongside Russian troops in the Kursk region."
    assert trigger_types(text, "fought") == {"COOPERATE"}
    assert trigger_types("Russian troops fought Ukrainian forces near Kupiansk on Monday.",
                         "fought") == {"ASSAULT"}


def test_a_warning_of_a_risk_is_no_threat_and_a_warned_retaliation_is() -> None:
    text = ("The prime minister warned that the country risked being torn apart if the "
            "violence continued.")
    assert trigger_types(text, "warned") == set()
    assert trigger_types("Iran warned that it would retaliate against any attack.",
                         "warned") == {"THREATEN"}


def test_taking_control_of_a_town_is_a_seizure() -> None:
    text = "Islamist fighters took control of the town of Djibo on Saturday."
    assert trigger_types(text, "took") == {"COERCE"}


def test_charged_with_a_crime_is_an_accusation() -> None:
    text = ("A court in Tbilisi opened the trial of opposition leader Nika Melia, who is charged "
            "with organizing mass violence.")
    assert trigger_types(text, "charged") == {"ACCUSE"}


def test_an_internet_shutdown_is_emitted_without_a_recipient() -> None:
    from helpers import coded_events

    text = "Iran's government shut down the internet on Saturday as protests spread."
    assert ("COERCE", ["IRN"], []) in coded_events(text)


def test_a_warning_that_people_would_suffer_is_no_threat() -> None:
    text = ("WFP chief Cindy McCain urged Sudan to lift the siege, warning that millions of "
            "people facing famine would pay the price.")
    assert trigger_types(text, "warning") == set()
    text = ("Iran's navy warned that all tankers heading to Israeli ports would be treated as "
            "legitimate targets.")
    assert "THREATEN" in trigger_types(text, "warned")


def test_a_reported_war_crime_is_the_speakers_accusation() -> None:
    from helpers import coded_events

    text = ("Ukraine's foreign minister said Russian forces had committed war crimes in the "
            "occupied town of Bucha.")
    assert any(t == "ACCUSE" and a == ["UKR"] and r == ["RUS"] for t, a, r in coded_events(text))
    assert trigger_types(text, "crimes") == {"ACCUSE"}
