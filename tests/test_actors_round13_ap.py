"""Round-13 actor rules (AP): actors the PLOVER records and event arguments need — the state
behind a machine of war or a deed named by its nationality, … (GSR sentences and sentences
built like them)."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, fields_of, mentions_of

# (sentence, mention, the fields the actor with that mention must have); ids name the rule
CODED = [
    # GSR: "Israeli tanks fired four shell bombs at targets in Jericho"
    pytest.param("Israeli tanks fired four shell bombs at targets in Jericho, witnesses said.",
                 "Israeli", {"country": "ISR", "sector": "MIL"},
                 id="machines_of_war_that_act_are_their_states_military-tanks"),
    # GSR: "British aircraft using precision guided missiles killed 4 Iraqis"
    pytest.param("British aircraft using precision guided missiles killed 4 Iraqis in an attack "
                 "on a suspected weapons supply in Basra.",
                 "British", {"country": "GBR", "sector": "MIL"},
                 id="machines_of_war_that_act_are_their_states_military-aircraft"),
    # GSR: "U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde"
    pytest.param("U.N. helicopters evacuated the wounded from the besieged Bosnian town of "
                 "Gorazde on Friday.", "U.N.", {"country": "IGOUNO"},
                 id="an_igo_operating_helicopters"),
    # GSR: "Lebanon complained to the United Nations on Tuesday over two Israeli air raids"
    pytest.param("Lebanon complained to the United Nations on Tuesday over two Israeli air raids "
                 "last Friday.", "Israeli", {"country": "ISR", "sector": "MIL"},
                 id="armed_and_street_deeds_name_their_state-raids"),
    # GSR: "Palestinian riots against Israeli military policies are still continuing"
    pytest.param("Palestinian riots against Israeli military policies are still continuing with "
                 "no end in sight.", "Palestinian", {"country": "PSE", "sector": "CVL"},
                 id="armed_and_street_deeds_name_their_state-riots"),
    # GSR: "Ethnic Albanians in south Serbia are demanding a U.N. military presence" (SRB)
    pytest.param("Ethnic Albanians in south Serbia are demanding a U.N. military presence to "
                 "protect them.", "Ethnic Albanians", {"country": "SRB"},
                 id="an_ethnic_people_is_of_the_country_it_is_in-in"),
    # GSR: "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia"
    pytest.param("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, Belgrade radio "
                 "said.", "Up to 100 ethnic Albanians", {"country": "SRB"},
                 id="an_ethnic_people_is_of_the_country_it_is_in-demonstrated"),
    # built like the GSR sentence above; "Hungarians" named as citizens, with no "ethnic",
    # keep their state
    pytest.param("Hundreds of ethnic Hungarians protested on Sunday in Romania, police said.",
                 "ethnic Hungarians", {"country": "ROU"},
                 id="an_ethnic_people_placed_elsewhere_is_not_of_its_state-ethnic"),
    pytest.param("Hundreds of Hungarians protested on Sunday in Romania, police said.",
                 "Hungarians", {"country": "HUN"},
                 id="an_ethnic_people_placed_elsewhere_is_not_of_its_state-plain"),
    # GSR: "Opposition groups in Zimbabwe are demanding that President Mugabe abandon …"
    pytest.param("Opposition groups in Zimbabwe are demanding that President Mugabe abandon his "
                 "controversial policy of land confiscations.",
                 "Opposition groups", {"country": "ZWE", "sector": "OPP"},
                 id="agents_the_lists_missed-opposition"),
    # GSR: "Eighty UN peacekeepers were shipped out of the eastern Bosnian enclave of Gorazde"
    pytest.param("Eighty UN peacekeepers were shipped out of the eastern Bosnian enclave of "
                 "Gorazde Friday.", "Eighty UN peacekeepers",
                 {"country": "IGOUNO", "sector": "MIL"}, id="agents_the_lists_missed-peacekeepers"),
    # GSR: "Druze inhabitants of the Syrian Golan Heights threatened today to hold a general
    # strike"
    pytest.param("Druze inhabitants of the Syrian Golan Heights threatened today to hold a "
                 "general strike.", "Druze inhabitants", {"country": "SYR", "sector": "CVL"},
                 id="agents_the_lists_missed-inhabitants"),
    # GSR: "A US national has been put under investigation in Italy" (was the United States,
    # GOV); "Three US servicemen were killed by an improvised explosive device"
    pytest.param("A US national has been put under investigation in Italy for her possible role "
                 "in rioting.", "A US national", {"country": "USA", "sector": "CVL"},
                 id="nationals_and_servicemen_are_people_not_their_state-national"),
    pytest.param("Three US servicemen were killed by an improvised explosive device outside of "
                 "the Iraqi city of Basra.", "Three US servicemen",
                 {"country": "USA", "sector": "MIL"},
                 id="nationals_and_servicemen_are_people_not_their_state-servicemen"),
    # GSR: "King Hassan of Morocco was quoted today" (Hassan is also an Indian city)
    pytest.param("King Hassan of Morocco was quoted today as saying he would be ready to host a "
                 "meeting.", "King Hassan of Morocco", {"country": "MAR", "sector": "GOV"},
                 id="a_titled_person_named_like_a_city"),
    # GSR: "sharing expertise with the Liberation Tigers of Tamil Eelam" (tagged "the
    # Liberation Tigers" + NORP "Tamil": the name was cut short and left uncoded)
    pytest.param("Taliban ruled Afghanistan has been sharing expertise with the Liberation "
                 "Tigers of Tamil Eelam according to a special report.",
                 "the Liberation Tigers of Tamil Eelam", {"country": "LKA", "sector": "REB"},
                 id="a_known_name_cut_before_its_of_part"),
    # GSR: "Israel is opposed to French mediation in peace negotiations with Syria"
    pytest.param("Israel is opposed to French mediation in peace negotiations with Syria, a "
                 "close aide said Wednesday.", "French", {"country": "FRA"},
                 id="a_states_mediation_names_the_state"),
    # GSR: "The UNITA militarist wing refused to allow United Nations planes to land"
    pytest.param("The UNITA militarist wing refused to allow United Nations planes to land and "
                 "evacuate 15 of its observers.", "UNITA", {"country": "AGO", "sector": "REB"},
                 id="a_named_wing_is_its_organization"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CODED)
def test_an_actor_is_coded(nlp: object, text: str, mention: str,
                           expected: dict[str, str]) -> None:
    assert fields_of(actor_with(actors_of(text), mention), expected) == expected


def test_a_machine_that_acts_on_no_one_names_no_actor(nlp: object) -> None:
    assert "Russian" not in mentions_of(actors_of("A Russian plane crashed near the border "
                                                  "on Monday, officials said."))
    assert "Israeli" not in mentions_of(actors_of("Israeli tanks were seen near the border "
                                                  "on Monday, residents said."))


def test_an_untitled_city_name_stays_a_place(nlp: object) -> None:
    # the counterpart of "King Hassan of Morocco" above (Hassan is also an Indian city)
    assert "Hassan" not in mentions_of(actors_of("Floods hit Hassan on Monday, officials said."))


def test_a_named_forum_is_its_igo(nlp: object) -> None:
    # GSR: "The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy
    # research center in Tokyo" (APEC was coded JPN from Tokyo; the name was left uncoded)
    actors = actors_of("The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up "
                       "an energy research center in Tokyo, officials said Thursday.")
    apec = actor_with(actors, "Asia-Pacific Economic Cooperation")
    assert apec.country is not None and apec.country.startswith("IGO")
    assert actor_with(actors, "APEC") is apec


def test_a_surname_the_tagger_took_for_a_place(nlp: object) -> None:
    # GSR: "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded …"
    # ("Oshima" tagged GPE: no actor at all)
    actors = actors_of("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded "
                       "parties to the conflict in Iraq to allow humanitarian workers the "
                       "freedom of movement.")
    oshima = actor_with(actors, "Kenzo Oshima")
    assert (oshima.kind, oshima.country) == ("person", "IGOUNO")
    # a place after a given name with no title in apposition stays a place
    assert "Oshima" not in mentions_of(actors_of("Visitors to Kenzo Oshima enjoy the beaches, "
                                                 "officials said."))
