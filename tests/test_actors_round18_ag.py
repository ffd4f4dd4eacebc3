"""Round-18 actor rules (AG): actor-layer gaps that left an event without an actor or a
recipient — a country's name the tagger left untagged acting as a subject, …"""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of, mentions_of


def test_untagged_country_subject_is_a_state(nlp: object) -> None:
    # PLOVER GSR: "Uzbekistan" is left untagged by the tagger; it opens the bridge
    actors = actors_of("Uzbekistan finally opened the Friendship Bridge after four years to "
                       "allow the delivery of 1,000 tons of grain and flour to Afghanistan.")
    assert fields_of(actor_with(actors, "Uzbekistan"), ["country", "sector"]) == \
        {"country": "UZB", "sector": "GOV"}


def test_untagged_country_after_a_preposition_stays_a_place(nlp: object) -> None:
    # VOA 8008079 (odd; a place, left to the places layer): "a two-day visit … to Mauritius"
    actors = actors_of("The announcement came during a two-day visit by Indian Prime Minister "
                       "Narendra Modi to Mauritius, an island nation.")
    assert "Mauritius" not in mentions_of(actors)


def test_igo_organ_compound_of_its_resolution_is_an_actor(nlp: object) -> None:
    # PLOVER GSR: the Council, named as the compound of its resolution, is IGOUNO GOV
    actors = actors_of("Hungary has said it will support a U.N. Security Council resolution "
                       "that aims to tighten sanctions and impose a naval blockade.")
    assert fields_of(actor_with(actors, "U.N. Security Council"), ["country", "sector"]) == \
        {"country": "IGOUNO", "sector": "GOV"}


def test_igo_organ_compound_of_a_meeting_is_left_to_the_events(nlp: object) -> None:
    # VOA 8009976: the representative consults the Council at its meeting; the Council is not
    # the actor of the meeting
    actors = actors_of("Speaking at a United Nations Security Council meeting on Afghanistan "
                       "this week, Pakistan's permanent representative to the United Nations, "
                       "Munir Akram, said Kabul was failing to rein in Baloch separatists.")
    assert "United Nations Security Council" not in mentions_of(actors)


def test_a_seat_compound_of_a_meeting_is_no_actor(nlp: object) -> None:
    # "his White House meeting": a state's seat, not an intergovernmental body
    actors = actors_of("That echoes the agenda for his White House meeting with the president.")
    assert "White House" not in mentions_of(actors)


def test_igo_compound_of_its_appeal_is_an_actor(nlp: object) -> None:
    # PLOVER GSR: the United Nations makes the appeal Beirut rejects
    actors = actors_of("Beirut again rejected Thursday a United Nations appeal for deploying "
                       "army troops along its borders with Israel.")
    assert actor_with(actors, "United Nations").country == "IGOUNO"


def test_igo_compound_of_an_owned_veto_is_no_actor(nlp: object) -> None:
    # "its Security Council veto": Russia's veto, not the Council's
    actors = actors_of("Russia then used its Security Council veto to shut down the monitoring "
                       "panel in April.")
    assert "Security Council" not in mentions_of(actors)


def test_common_misspelling_of_a_known_president(nlp: object) -> None:
    # PLOVER GSR (1989): "Mitterand" was coded ZAF from "South African leader" in the sentence
    actors = actors_of("President Francois Mitterand gave a warm welcome on Thursday to South "
                       "African leader F.W. de Klerk who is attempting to break his country's "
                       "international isolation.", published="1990-05-17")
    assert actor_with(actors, "President Francois Mitterand").country == "FRA"


@pytest.mark.parametrize(("text", "mention", "country"), [
    # VOA 6181504: the state that pays
    pytest.param("Najib Razak seldom criticized China and instead accepted Chinese funding for "
                 "domestic infrastructure projects.", "Chinese", "CHN", id="chinese_funding"),
    # VOA 8009314: "The group also opposes Chinese investment in Balochistan"
    pytest.param("The group also opposes Chinese investment in Balochistan, which is home to "
                 "the China-funded Gwadar port.", "Chinese", "CHN", id="chinese_investment"),
    # PLOVER GSR: the state whose changes are rejected
    pytest.param("The Palestinians reject proposed Israeli changes to the Wye River "
                 "land-for-security deal, chief Palestinian negotiator Saeb Erakat said.",
                 "Israeli", "ISR", id="israeli_changes"),
])
def test_nationality_of_what_a_state_gives_or_imposes_is_the_state(
        nlp: object, text: str, mention: str, country: str) -> None:
    assert actor_with(actors_of(text), mention).country == country


def test_nationality_of_a_thing_stays_a_modifier(nlp: object) -> None:
    # "Chinese companies": a group of its own, not the state
    actors = actors_of("Chinese companies built the port in 2007.")
    assert "Chinese" not in mentions_of(actors)
