"""Actor coding measured on the PLOVER GSR records (helper gsr): constructions the GSR codes as
actors that the layer read as places or left out."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_state_from_or_of_an_act_noun_is_an_actor():
    # GSR REJECT-0026 (misspelt, AFG), GSR THREATEN-0022 (SRB); VOA 7808748 "support from France"
    acts = actors_of("Pakistan President Mohammad Zia-Ul-Haq today rejected a fresh offer from "
                     "Afganistan for direct talks between the two neighbors.", "1987-01-01")
    assert actor_with(acts, "Afganistan").country == "AFG"
    acts = actors_of("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia in "
                     "the Adriatic with Albania's help.", "1999-01-01")
    assert actor_with(acts, "Serbia").country == "SRB"


def test_origin_of_travel_stays_a_place():
    # VOA 6205362: where travellers come from is not an actor
    acts = actors_of("Italy has now tightened restrictions on all travel from India, Bangladesh "
                     "and Sri Lanka.")
    assert "India" not in mentions_of(acts)


def test_state_where_a_restriction_holds_is_its_target():
    # GSR CONCEDE-0006 (SDN), COERCE-0011 (HTI), COERCE-0004 (PSE): PLOVER codes the place
    # where a curfew, a state of siege or a blockade holds as the restriction's target
    acts = actors_of("President Omar El Bashir on Thursday shortened by one hour the nightly "
                     "curfew imposed in Sudan after a June 30 coup toppled the civilian "
                     "government.", "1989-08-01")
    sudan = actor_with(acts, "Sudan")
    assert (sudan.country, sudan.sector) == ("SDN", "CVL")
    acts = actors_of("The military government of President Prosper Avril declared a 30-day state "
                     "of siege in Haiti on Saturday.", "1990-01-01")
    assert actor_with(acts, "Haiti").country == "HTI"


def test_a_setting_without_a_restriction_stays_a_place():
    # "force" is coercive only in "forced out": a force in a country is not a restriction there
    acts = actors_of("Thousands of people rallied in Haiti on Saturday, and the peacekeeping force "
                     "in Lebanon was extended.", "1990-01-01")
    assert not {"Haiti", "Lebanon"} & mentions_of(acts)
