"""Round-13 actor rules (AP): actors the PLOVER records and event arguments need — the state
behind a machine of war or a deed named by its nationality, … (GSR sentences and sentences
built like them)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_machines_of_war_that_act_are_their_states_military(nlp: object) -> None:
    # GSR: "Israeli tanks fired four shell bombs at targets in Jericho"
    israel = actor_with(actors_of("Israeli tanks fired four shell bombs at targets in Jericho, "
                                  "witnesses said."), "Israeli")
    assert (israel.country, israel.sector) == ("ISR", "MIL")
    # GSR: "British aircraft using precision guided missiles killed 4 Iraqis"
    uk = actor_with(actors_of("British aircraft using precision guided missiles killed 4 "
                              "Iraqis in an attack on a suspected weapons supply in Basra."),
                    "British")
    assert (uk.country, uk.sector) == ("GBR", "MIL")


def test_an_igo_operating_helicopters(nlp: object) -> None:
    # GSR: "U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde"
    un = actor_with(actors_of("U.N. helicopters evacuated the wounded from the besieged Bosnian "
                              "town of Gorazde on Friday."), "U.N.")
    assert un.country == "IGOUNO"


def test_a_machine_that_acts_on_no_one_names_no_actor(nlp: object) -> None:
    assert "Russian" not in mentions_of(actors_of("A Russian plane crashed near the border "
                                                  "on Monday, officials said."))
    assert "Israeli" not in mentions_of(actors_of("Israeli tanks were seen near the border "
                                                  "on Monday, residents said."))


def test_armed_and_street_deeds_name_their_state(nlp: object) -> None:
    # GSR: "Lebanon complained to the United Nations on Tuesday over two Israeli air raids"
    raids = actor_with(actors_of("Lebanon complained to the United Nations on Tuesday over two "
                                 "Israeli air raids last Friday."), "Israeli")
    assert (raids.country, raids.sector) == ("ISR", "MIL")
    # GSR: "Palestinian riots against Israeli military policies are still continuing"
    riots = actor_with(actors_of("Palestinian riots against Israeli military policies are "
                                 "still continuing with no end in sight."), "Palestinian")
    assert (riots.country, riots.sector) == ("PSE", "CVL")


def test_an_ethnic_people_is_of_the_country_it_is_in(nlp: object) -> None:
    # GSR: "Ethnic Albanians in south Serbia are demanding a U.N. military presence" (SRB)
    serbia = actor_with(actors_of("Ethnic Albanians in south Serbia are demanding a U.N. "
                                  "military presence to protect them."), "Ethnic Albanians")
    assert serbia.country == "SRB"
    # GSR: "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia"
    demo = actor_with(actors_of("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, "
                                "Belgrade radio said."), "Up to 100 ethnic Albanians")
    assert demo.country == "SRB"



def test_an_ethnic_people_placed_elsewhere_is_not_of_its_state(nlp: object) -> None:
    # GSR: "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia" — but "Albanians"
    # named as citizens, with no "ethnic", keep their state
    demo = actor_with(actors_of("Hundreds of ethnic Hungarians protested on Sunday in Romania, "
                                "police said."), "ethnic Hungarians")
    assert demo.country == "ROU"
    plain = actor_with(actors_of("Hundreds of Hungarians protested on Sunday in Romania, "
                                 "police said."), "Hungarians")
    assert plain.country == "HUN"


def test_agents_the_lists_missed(nlp: object) -> None:
    # GSR: "Opposition groups in Zimbabwe are demanding that President Mugabe abandon …"
    opp = actor_with(actors_of("Opposition groups in Zimbabwe are demanding that President "
                               "Mugabe abandon his controversial policy of land confiscations."),
                     "Opposition groups")
    assert (opp.country, opp.sector) == ("ZWE", "OPP")
    # GSR: "Eighty UN peacekeepers were shipped out of the eastern Bosnian enclave of Gorazde"
    un = actor_with(actors_of("Eighty UN peacekeepers were shipped out of the eastern Bosnian "
                              "enclave of Gorazde Friday."), "Eighty UN peacekeepers")
    assert (un.country, un.sector) == ("IGOUNO", "MIL")
    # GSR: "Druze inhabitants of the Syrian Golan Heights threatened today to hold a general
    # strike"
    druze = actor_with(actors_of("Druze inhabitants of the Syrian Golan Heights threatened "
                                 "today to hold a general strike."), "Druze inhabitants")
    assert (druze.country, druze.sector) == ("SYR", "CVL")


def test_nationals_and_servicemen_are_people_not_their_state(nlp: object) -> None:
    # GSR: "A US national has been put under investigation in Italy" (was the United States,
    # GOV); "Three US servicemen were killed by an improvised explosive device"
    national = actor_with(actors_of("A US national has been put under investigation in Italy "
                                    "for her possible role in rioting."), "A US national")
    assert (national.country, national.sector) == ("USA", "CVL")
    troops = actor_with(actors_of("Three US servicemen were killed by an improvised explosive "
                                  "device outside of the Iraqi city of Basra."),
                        "Three US servicemen")
    assert (troops.country, troops.sector) == ("USA", "MIL")


def test_a_titled_person_named_like_a_city(nlp: object) -> None:
    # GSR: "King Hassan of Morocco was quoted today" (Hassan is also an Indian city)
    king = actor_with(actors_of("King Hassan of Morocco was quoted today as saying he would be "
                                "ready to host a meeting."), "King Hassan of Morocco")
    assert (king.country, king.sector) == ("MAR", "GOV")
    # an untitled city name stays a place
    assert "Hassan" not in mentions_of(actors_of("Floods hit Hassan on Monday, officials said."))


def test_a_named_forum_is_its_igo(nlp: object) -> None:
    # GSR: "The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy
    # research center in Tokyo" (APEC was coded JPN from Tokyo; the name was left uncoded)
    actors = actors_of("The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up "
                       "an energy research center in Tokyo, officials said Thursday.")
    apec = actor_with(actors, "Asia-Pacific Economic Cooperation")
    assert apec.country is not None and apec.country.startswith("IGO")
    assert actor_with(actors, "APEC") is apec


def test_a_known_name_cut_before_its_of_part(nlp: object) -> None:
    # GSR: "sharing expertise with the Liberation Tigers of Tamil Eelam" (tagged "the
    # Liberation Tigers" + NORP "Tamil": the name was cut short and left uncoded)
    tigers = actor_with(actors_of("Taliban ruled Afghanistan has been sharing expertise with the "
                                  "Liberation Tigers of Tamil Eelam according to a special "
                                  "report."), "the Liberation Tigers of Tamil Eelam")
    assert (tigers.country, tigers.sector) == ("LKA", "REB")


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


def test_a_states_mediation_names_the_state(nlp: object) -> None:
    # GSR: "Israel is opposed to French mediation in peace negotiations with Syria"
    france = actor_with(actors_of("Israel is opposed to French mediation in peace negotiations "
                                  "with Syria, a close aide said Wednesday."), "French")
    assert france.country == "FRA"


def test_a_named_wing_is_its_organization(nlp: object) -> None:
    # GSR: "The UNITA militarist wing refused to allow United Nations planes to land"
    unita = actor_with(actors_of("The UNITA militarist wing refused to allow United Nations "
                                 "planes to land and evacuate 15 of its observers."), "UNITA")
    assert (unita.country, unita.sector) == ("AGO", "REB")
