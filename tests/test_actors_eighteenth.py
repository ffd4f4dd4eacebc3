"""Eighteenth-round actor rules, from the seed-2034 hand check: groups of two states have no
single country (sentences after the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_two_presidents_have_no_single_country(nlp: object) -> None:
    # VOA 6180015: Putin and Erdogan, "cooperating in Syria"
    actors = actors_of("Russian President Vladimir Putin met Turkish President Recep Tayyip "
                       "Erdogan on Monday. The two presidents are closely cooperating in Syria.")
    a = actor_with(actors, "The two presidents")
    assert a.country is None and a.sector == "GOV"


def test_both_leaders_have_no_single_country(nlp: object) -> None:
    actors = actors_of("Pakistan and India held talks on Monday. Both leaders said the talks "
                       "were useful.")
    assert actor_with(actors, "Both leaders").country is None


def test_officials_in_the_two_countries_have_no_single_country(nlp: object) -> None:
    # VOA 8009719: Malawi and Mozambique after a cyclone
    actors = actors_of("A cyclone hit Malawi and Mozambique this week. Officials in the two "
                       "countries said thousands of people were homeless.")
    assert actor_with(actors, "Officials").country is None


def test_officials_of_one_country_keep_it(nlp: object) -> None:
    actors = actors_of("Officials in Malawi said thousands of people were homeless.")
    assert actor_with(actors, "Officials").country == "MWI"


def test_leaders_of_both_countries_have_no_single_country(nlp: object) -> None:
    # VOA 8008079: India and Mauritius
    actors = actors_of("India and Mauritius have upgraded their ties, say leaders of both "
                       "countries.")
    assert actor_with(actors, "leaders").country is None
    assert actor_with(actors, "India").country == "IND"


def test_two_coordinated_nationalities_give_no_single_country(nlp: object) -> None:
    # VOA 6203091: "some (Turkish and Egyptian) intelligence officers talking together"
    actors = actors_of('"There have been some (Turkish and Egyptian) intelligence officers '
                       'talking together," said Turkish Presidential Advisor Mesut Casin.')
    a = actor_with(actors, "intelligence officers")
    assert a.country is None and a.sector == "SPY"


def test_one_nationality_keeps_its_country(nlp: object) -> None:
    actors = actors_of("Some Egyptian intelligence officers met in Ankara, officials said.")
    assert actor_with(actors, "Some Egyptian intelligence officers").country == "EGY"


def test_the_country_people_were_driven_from_is_no_actor(nlp: object) -> None:
    # VOA 6204080: the refugee keeps his origin; Somalia itself does nothing
    actors = actors_of("Abdullahi Osman Haji was among the first refugees to arrive at Dadaab "
                       "nearly 30 years ago, driven from Somalia by civil war.")
    assert not any(m.text == "Somalia" for a in actors for m in a.mentions)
    assert actor_with(actors, "Abdullahi Osman Haji").country == "SOM"


def test_a_country_that_drives_people_out_still_acts(nlp: object) -> None:
    actors = actors_of("Somalia drove the militants from the capital, officials said.")
    assert actor_with(actors, "Somalia").country == "SOM"


def test_a_country_equated_with_a_source_of_tourists_is_no_actor(nlp: object) -> None:
    # VOA 6181245
    actors = actors_of("China and South Korea are the top two sources of tourism.")
    assert not any(m.text in {"China", "South Korea"} for a in actors for m in a.mentions)


def test_a_country_equated_with_a_place_is_no_actor(nlp: object) -> None:
    actors = actors_of("Morocco would be one place which would be of strategic interest to "
                       "it, she said.")
    assert not any(m.text == "Morocco" for a in actors for m in a.mentions)


def test_a_source_of_weapons_still_acts(nlp: object) -> None:
    actors = actors_of("China is a major source of weapons for Russia.")
    assert actor_with(actors, "China").country == "CHN"
