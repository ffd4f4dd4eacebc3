"""Event types where a candidate of another type stood in the sentence (session typing)."""

from helpers import first_sides, trigger_sides

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
