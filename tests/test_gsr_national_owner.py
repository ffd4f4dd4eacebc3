"""A nationality + agent noun owning a thing ("Israeli police custody", "Kampuchean guerrilla
camps"): the agent noun's force or body, of the nationality, is an actor (PLOVER GSR)."""

import pytest

from helpers import actor_with, actors_of, fields_of, mentions_of


@pytest.mark.parametrize("text, mention, country, sector", [
    ("A Palestinian prisoner died as a result of torture while in Israeli police custody, "
     "according to a report by a pathologist sent to Israel by Physicians for Human Rights.",
     "Israeli police", "ISR", "COP"),
    ("Vietnamese-led forces launched artillery, mortar, and rocket fire against Kampuchean "
     "guerrilla camps near the eastern Thai border today, killing or wounding 50, Thai military "
     "sources said.", "Kampuchean guerrilla", "KHM", "REB"),
    ("The United Nations on Tuesday reduced food supplies to the biggest Cambodian refugee camp "
     "in Thailand because rice was being diverted to outside users, relief officials said.",
     "Cambodian refugee", "KHM", "REF"),
    ("Palestinian riots against Israeli military policies are still continuing with no end in "
     "sight.", "Israeli military", "ISR", "MIL"),
    # VOA 8007760 (even gold PAK MIL)
    ("Security sources said Wednesday a Pakistani military operation rescued 190 passengers and "
     "killed 30 terrorists, a day after an attack on a train in Pakistan's restive southwestern "
     "Balochistan province.", "Pakistani military", "PAK", "MIL"),
])
def test_national_owner_of_a_thing(text: str, mention: str, country: str, sector: str) -> None:
    a = actor_with(actors_of(text, "1990-01-01"), mention)
    assert fields_of(a, ["country", "sector"]) == {"country": country, "sector": sector}


def test_no_nationality_no_owner() -> None:
    # "in police custody" names no one whose police they are
    assert "police" not in mentions_of(actors_of(
        "A prisoner died as a result of torture while in police custody, a pathologist said."))


def test_base_left_to_the_installation_rules() -> None:
    # VOA 6203896 (even): a base's owner is coded with the base by the installation rules (the
    # agent lists' "military base"), not named as a force of its own
    assert "French army" not in mentions_of(actors_of(
        "Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing of "
        "the French army base near Bouake, Ivory Coast's second largest city held by rebels."))
