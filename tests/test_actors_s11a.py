"""Session-11 (AC) guards: a country the text gives for an actor whose country was left empty
— the seat a person or group is "based" in ("a Dubai-based analyst", "a group based in X"),
told apart from the places events happen in."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_city_based_person_takes_the_city_country(nlp: object) -> None:
    actors = actors_of("VOA and Dubai-based intelligence analyst Martin Kelly of EOS Risk Group "
                       "determined that the tanker reported no significant draught change.")
    kelly = actor_with(actors, "Dubai-based intelligence analyst Martin Kelly of EOS Risk Group")
    assert kelly.country == "ARE"


def test_group_based_in_a_country_takes_it(nlp: object) -> None:
    actors = actors_of("A terror group based in Trinidad claims to be manufacturing chemical and "
                       "biological weapons to use against the United States and Britain.")
    assert actor_with(actors, "A terror group").country == "TTO"


def test_event_place_gives_no_base(nlp: object) -> None:
    # "arrested in Lebanon" is where the event happened, not the missionary's seat
    actors = actors_of("A Christian missionary was arrested in Lebanon for collaborating with "
                       "Israel, according to the Canadian Press.")
    assert actor_with(actors, "A Christian missionary").country != "LBN"


def test_troops_based_abroad_keep_no_host_country(nlp: object) -> None:
    # a base abroad is a deployment: the troops are not Japan's
    actors = actors_of("Troops based in Okinawa were put on alert after the missile launch.")
    assert actor_with(actors, "Troops").country != "JPN"


def test_body_of_a_province_takes_its_country(nlp: object) -> None:
    actors = actors_of("The government of Sindh province has ordered patrols by police and "
                       "paramilitary soldiers after violent protests.")
    assert actor_with(actors, "The government").country == "PAK"


def test_group_in_a_province_takes_its_country(nlp: object) -> None:
    actors = actors_of("Tribal elders in Helmand province rejected the new tax on Monday.")
    assert actor_with(actors, "Tribal elders").country == "AFG"


def test_province_of_two_countries_gives_none(nlp: object) -> None:
    # Punjab is a province of India and of Pakistan
    actors = actors_of("Farmers in Punjab province blocked the highway on Monday.")
    assert actor_with(actors, "Farmers").country is None


def test_city_named_like_a_district_gives_no_region(nlp: object) -> None:
    # Tripoli is a Libyan district but also a Lebanese port: the name alone is ambiguous
    actors = actors_of("Syrian officers today ended mediation efforts between rival militias in "
                       "Tripoli as shells continued crashing into the port.")
    assert actor_with(actors, "rival militias").country != "LBY"


def test_cambodian_outlet_is_known(nlp: object) -> None:
    actors = actors_of("The journalist had worked for national and international media, "
                       "including Voice of Democracy, before his arrest in Phnom Penh.")
    outlet = actor_with(actors, "Voice of Democracy")
    assert (outlet.country, outlet.sector) == ("KHM", "JRN")
