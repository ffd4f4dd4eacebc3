"""Fifth-round actor rules: IGO bodies and their staff, employers' sectors, aid groups."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_un_mission_is_the_igo(nlp: object) -> None:
    actors = actors_of("The C.A.R. says that besides its troops, MINUSCA forces have been "
                       "deployed to protect civilians.")
    mission = next(a for a in actors if a.name.startswith("MINUSCA"))
    assert (mission.country, mission.sector) == ("IGOUNO", "MIL")


def test_president_of_a_company_is_business(nlp: object) -> None:
    actors = actors_of("Daniel Cheng, president of Wan Guo Jin Liang Company, told VOA that "
                       "developers in Tokyo use Chinese sales teams.")
    assert actor_with(actors, "Daniel Cheng").sector == "BUS"


def test_spokesperson_for_an_igo_office_takes_the_igo_sector(nlp: object) -> None:
    actors = actors_of("UNHCR refugee programs in Kenya are feeling the strain of insufficient "
                       "funding, Glenn Jusnes, a spokesperson for UNHCR Kenya, told VOA.")
    jusnes = actor_with(actors, "Glenn Jusnes")
    assert (jusnes.country, jusnes.sector) == ("IGOUNO", "REF")


def test_islamic_emirate_is_the_taliban_government(nlp: object) -> None:
    actors = actors_of("The Islamic Emirate said the ban on girls' schools would stay.")
    emirate = actor_with(actors, "The Islamic Emirate")
    assert (emirate.country, emirate.sector) == ("AFG", "GOV")


def test_aid_agencies_take_no_story_country(nlp: object) -> None:
    text = ("Malawi's government declared a disaster. Malawi's president visited the south. "
            "Malawian officials said thousands were homeless. Aid agencies distributed relief "
            "where they could.")
    assert actor_with(actors_of(text), "Aid agencies").country is None
    # … but officials in the same story do take it
    assert actor_with(actors_of(text), "Malawian officials").country == "MWI"


def test_equipment_acquired_is_no_actor(nlp: object) -> None:
    actors = actors_of('"[fighter jets] cannot be acquired for any reason," Akar said.')
    assert not any("jets" in m.text for a in actors for m in a.mentions)


def test_ships_that_act_stay_actors(nlp: object) -> None:
    actors = actors_of("Chinese coast guard ships blocked a Philippine resupply mission.")
    ships = actor_with(actors, "Chinese coast guard ships")
    assert ships.country == "CHN"


def test_forces_of_an_igo_mission_take_the_igo_not_the_host(nlp: object) -> None:
    actors = actors_of("Forces of the African Union Mission in Somalia attacked al-Shabab.")
    forces = next(a for a in actors if a.name.startswith("Forces of"))
    assert (forces.country, forces.sector) == ("IGOAFU", "MIL")
    # a nationality stays the actor's: "China's U.N. ambassador"
    assert actors_of("China's U.N. ambassador in New York spoke.")[0].country == "CHN"


def test_a_person_of_a_think_tank_is_soc(nlp: object) -> None:
    actors = actors_of("Andrew Lebovich of the Dutch international affairs think tank "
                       "Clingendael said these disrupted plots are indicative of IS Sahel's "
                       "broader ambitions.")
    lebovich = actor_with(actors, "Andrew Lebovich of the Dutch international affairs")
    assert (lebovich.country, lebovich.sector) == ("NLD", "SOC")
