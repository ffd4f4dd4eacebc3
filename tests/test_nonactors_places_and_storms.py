"""Mentions that are no actors (the hand judges' "x" rows of even VOA stories and their kind):
a country a craft departs (``NotActorTests.named_as_extent``), a name only said to have existed
(ibid.), a storm's name (``NotActorTests.storm_name``) and a state named as the owner of its
economy's takings (``referents.drop_economy_owners``)."""

from helpers import actor_with, actors_of, mentions_of


def test_country_a_ship_departed_is_a_place() -> None:
    # VOA 8010476 (judged x: "China as departure place")
    found = mentions_of(actors_of(
        "Ship-tracking websites show the Iranian-flagged cargo ship Jairan departed China on "
        "Monday, a month later than the expected departure cited by one of the news reports."))
    assert "China" not in found


def test_state_that_acts_after_a_departure_stays_an_actor() -> None:
    actors = actors_of("The tanker departed Malaysia last week, and China said it would "
                       "inspect the cargo.")
    assert "Malaysia" not in mentions_of(actors)
    assert actor_with(actors, "China").country == "CHN"


def test_kingdom_only_said_to_have_existed_is_no_actor() -> None:
    # VOA 8011218 (judged x: "historic kingdom Kaabu only said to have existed")
    found = mentions_of(actors_of("Kaabu existed from the mid-1500s to the 1800s."))
    assert "Kaabu" not in found


def test_name_a_copula_calls_a_cyclone_is_the_storm() -> None:
    actors = actors_of("Jude is the third cyclone to affect Mozambique in the past three months, "
                       "the country's disaster agency said.")
    assert "Jude" not in mentions_of(actors)


def test_name_the_story_gives_a_storm_is_the_storm_later_too() -> None:
    actors = actors_of("Cyclone Freddy made landfall in Mozambique on Friday. Freddy killed more "
                       "than 500 people in Malawi and Mozambique, officials said.")
    assert "Freddy" not in mentions_of(actors)
    assert "officials" in mentions_of(actors)


def test_same_name_with_no_storm_in_the_story_stays_a_person() -> None:
    actors = actors_of("Jude told reporters on Friday that he would run for the council.")
    assert "Jude" in mentions_of(actors)


def test_state_owning_its_revenue_is_where_it_is_earned() -> None:
    found = mentions_of(actors_of(
        "Singapore's medical tourism revenue rose to $1 billion last year, the report said."))
    assert "Singapore" not in found


def test_homeland_longed_for_is_a_place() -> None:
    # VOA 6204080 (judged x: "Somalia as homeland/place")
    found = mentions_of(actors_of(
        "He longs for Somalia but considers that unrealistic, given its fragile government and "
        "the ongoing threat of al-Shabab terrorist attacks."))
    assert "Somalia" not in found


def test_named_center_holding_migrants_is_a_place() -> None:
    found = mentions_of(actors_of(
        "The Migrant Operations Center has held migrants intercepted at sea for decades."))
    assert "The Migrant Operations Center" not in found
    assert "migrants" in found


def test_base_used_to_hold_migrants_is_a_place() -> None:
    found = mentions_of(actors_of(
        "A U.S. naval base in Cuba has been used to hold migrants intercepted at sea."))
    assert "A U.S. naval base" not in found


def test_named_hospital_that_speaks_and_base_attacked_stay_actors() -> None:
    actors = actors_of("Kenyatta National Hospital said 20 people were being treated after "
                       "militants attacked Camp Simba, a military base used by U.S. and Kenyan "
                       "forces.")
    assert actor_with(actors, "Kenyatta National Hospital").sector == "MED"
    assert actor_with(actors, "a military base").sector == "MIL"
