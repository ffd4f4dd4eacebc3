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
