"""Event types where a candidate of another type stood in the sentence (session typing)."""

from helpers import first_sides, trigger_sides, trigger_types

MECH_DARA = ("Cambodian authorities detained the journalist Mech Dara in September. "
             "Cambodian journalist Mech Dara thanked his supporters Thursday after being freed "
             "from prison.")


def test_release_from_prison_in_a_passive_gerund_is_the_state_s_retreat():
    # VOA 7836916 (even): the undergoer of "after being freed" is the subject above, and the
    # agentless release from prison is the authorities' act (gold RETREAT KHM -> KHM).
    assert first_sides(MECH_DARA, "RETREAT", "freed") == (["KHM"], ["KHM"])


def test_agentless_release_from_jail_is_the_state_s_retreat():
    text = ("Kenyan police arrested the activist Boniface Mwangi on Friday. "
            "Mwangi was released from jail on Sunday.")
    assert first_sides(text, "RETREAT", "released") == (["KEN"], ["KEN"])


def test_bare_passive_release_names_no_actor():
    # "354 passengers were freed" (VOA 8011076) is a rescue from captors (gold AID), not the
    # passengers' state releasing them: no release from detention is read there.
    text = ("Pakistani forces stormed the train held by the militants. "
            "Chaudhry said 354 passengers were freed.")
    assert all(not actors for actors, _ in trigger_sides(text, "RETREAT", "freed"))


def test_demolishing_and_torching_buildings_is_coercion():
    # CAMEO 1712 destroy property: the PLOVER GSR codes it COERCE ("Israeli army bulldozers
    # demolished Palestinian homes", COERCE-0006; "set fire to the offices", COERCE-0005).
    text = ("Israeli army bulldozers demolished Palestinian homes and civilian buildings in "
            "southern Gaza on Sunday, Palestinian officials said.")
    assert "COERCE" in trigger_types(text, "demolished")
    text = "Hindu mobs torched Muslim shops in the Indian state of Gujarat on Monday."
    assert trigger_types(text, "torched") == {"COERCE"}


def test_destroying_an_air_force_stays_an_assault():
    # "France responded to the Bouake attack by destroying Ivory Coast's tiny air force" (VOA
    # 6203896, even, gold ASSAULT).
    text = "France responded to the Bouake attack by destroying Ivory Coast's tiny air force."
    assert "ASSAULT" in trigger_types(text, "destroying")
