"""Round-20 actor rules (AX): plural role nouns the agent tables missed, and groups named by
their faith, which belong to no one state."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_national_officers_are_military(nlp: object) -> None:
    # PLOVER GSR: "Syrian officers" SYR MIL
    actors = actors_of("Syrian officers today ended mediation efforts between rival militias in "
                       "Tripoli as shells continued crashing into the north Lebanese port.")
    officers = actor_with(actors, "Syrian officers")
    assert (officers.country, officers.sector) == ("SYR", "MIL")


def test_police_officers_keep_their_own_row(nlp: object) -> None:
    actors = actors_of("Police officers in Kenya arrested 12 protesters on Monday.")
    assert actor_with(actors, "Police officers").sector == "COP"


def test_hackers_are_criminals_of_no_state_when_named_by_faith(nlp: object) -> None:
    # PLOVER GSR: "Muslim hackers" - CRM; the Danish sites are their target, not their country
    actors = actors_of("Muslim hackers angered by the publication of cartoons of the Prophet "
                       "Mohammed have defaced nearly 3,000 Danish Web sites over the past month.")
    hackers = actor_with(actors, "Muslim hackers")
    assert (hackers.country, hackers.sector) == (None, "CRM")


def test_faith_inside_a_compound_still_places_the_group(nlp: object) -> None:
    # VOA 7686618 (judged CAF): "Christian-dominated" describes the militia, it is not a faith group
    actors = actors_of("Central African Republic officials are pleading with civilians to go "
                       "back to their villages. A Christian-dominated militia called the "
                       "anti-Balaka fought back.")
    assert actor_with(actors, "A Christian-dominated militia").country == "CAF"


def test_loyalists_of_a_ruler_are_armed_opposition(nlp: object) -> None:
    # VOA 8009973 (even gold): "Assad loyalists" SYR REB
    actors = actors_of("Pro-Assad loyalists attacked police in Syria on Thursday.")
    assert actor_with(actors, "Pro-Assad loyalists").sector == "REB"


def test_field_word_before_a_known_body_is_no_actor(nlp: object) -> None:
    # VOA 7836916: "Media" (tagged ORG) describes the watchdog; it is no journalist actor
    actors = actors_of("Media watchdog Reporters Without Borders welcomed the release.")
    assert not any(m.text == "Media" for a in actors for m in a.mentions)
    assert actor_with(actors, "Media watchdog Reporters Without Borders").sector == "SOC"


def test_kind_word_before_a_known_body_keeps_its_sector(nlp: object) -> None:
    # the dictionary's Doctors Without Borders is MED (VOA gold, judged rows); "charity" is SOC
    actors = actors_of("Medical charity Doctors Without Borders said the clinic was bombed.")
    assert actor_with(actors, "Medical charity Doctors Without Borders").sector == "MED"


def test_national_administrators_are_officials(nlp: object) -> None:
    # PLOVER GSR: "the Palestinian administrators of Muslim property" PSE GOV
    actors = actors_of("Jewish settlers in the West Bank city of Hebron set fire to the offices "
                       "of the Palestinian administrators of Muslim property overnight.")
    admins = actor_with(actors, "the Palestinian administrators")
    assert (admins.country, admins.sector) == ("PSE", "GOV")


def test_officers_of_other_fields_are_no_soldiers(nlp: object) -> None:
    # VOA 8010476: "a U.S. State Department press officer" is an official, not the military
    actors = actors_of("Responding to VOA's query about the letter, a U.S. State Department "
                       "press officer said the department does not comment.")
    assert actor_with(actors, "a U.S. State Department press officer").sector == "GOV"
    ceo = actor_with(actors_of("The company's chief executive officer said profits rose."),
                     "The company's chief executive officer")
    assert ceo.sector == "BUS"
