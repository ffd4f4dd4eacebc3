"""Round-14 actor rules (AQ): PLOVER GSR actors found but coded with the wrong country — a
people named by its ethnicity is of the state its phrase places it in, not its kin state."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_ethnic_adjective_group_takes_the_state_it_operates_in(nlp: object) -> None:
    # GSR: "One third of ethnic Albanian guerrillas operating in Macedonia" MKD REB
    actors = actors_of("One third of ethnic Albanian guerrillas operating in Macedonia have been "
                       "demobilized since the August 13 peace accord, two rebel commanders said.")
    assert actor_with(actors, "ethnic Albanian guerrillas").country == "MKD"


def test_a_people_of_a_state_is_of_that_state(nlp: object) -> None:
    # GSR: "The Albanians of southern Serbia are demanding ... autonomy" SRB CVL
    actors = actors_of("The Albanians of southern Serbia are demanding political and territorial "
                       "autonomy from Serbian authorities.")
    actor = actor_with(actors, "The Albanians of southern Serbia")
    assert (actor.country, actor.sector) == ("SRB", "CVL")


def test_an_unplaced_people_keeps_its_state(nlp: object) -> None:
    # the rule only moves a people the text places: "Albanians protested" stays ALB
    actors = actors_of("Thousands of Albanians protested on Monday against the new tax.")
    assert actor_with(actors, "Albanians").country == "ALB"


def test_ethnic_people_done_to_in_an_event_in_a_state(nlp: object) -> None:
    # GSR: "Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia" SRB
    actors = actors_of("Serb forces killed three ethnic Albanians in a gunbattle in southeastern "
                       "Serbia Friday, a political council said.")
    assert actor_with(actors, "three ethnic Albanians").country == "SRB"


def test_a_body_described_by_its_alias_takes_the_entry(nlp: object) -> None:
    # GSR: "Jakarta forced the UN refugee agency, UNHCR, out of the country" IGOUNO REF
    actors = actors_of("Jakarta forced the UN refugee agency, UNHCR, out of the country "
                       "following the relief operation.")
    actor = actor_with(actors, "the UN refugee agency")
    assert (actor.country, actor.sector) == ("IGOUNO", "REF")


def test_the_labour_office_is_the_ilo(nlp: object) -> None:
    # GSR: "The International Labor Office ..." (the ILO's secretariat) IGO
    actors = actors_of("The International Labor Office said on Monday that jobs fell.")
    assert actor_with(actors, "The International Labor Office").country == "IGOUNO"


def test_a_states_assembly_is_its_legislature(nlp: object) -> None:
    # GSR: "officials demanded support from the Montenegro Assembly" MNE LEG
    actors = actors_of("Municipality officials demanded support from the Montenegro Assembly "
                       "in regaining control over the properties.")
    actor = actor_with(actors, "the Montenegro Assembly")
    assert (actor.country, actor.sector) == ("MNE", "LEG")


def test_intelligence_officials_are_spies(nlp: object) -> None:
    # GSR: "Israeli intelligence officials" ISR SPY (as "intelligence officers")
    actors = actors_of("Israeli intelligence officials said on Monday that the talks failed.")
    actor = actor_with(actors, "Israeli intelligence officials")
    assert (actor.country, actor.sector) == ("ISR", "SPY")
