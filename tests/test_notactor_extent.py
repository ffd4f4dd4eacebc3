"""Mentions that are no actors: a name or a body named only as the area something covers
(``NotActorTests.named_as_extent``), a piece of a longer title (``title_fragment``), animals
counted by a people's word (``nonactors.animal_group``) and a citizen's noun read as the
adjective it also is (``MentionFinder.national_owner``) — the hand judges' "x" rows of even
VOA stories."""

from helpers import actor_with, actors_of, mentions_of


def test_union_across_which_a_warning_resonates_is_an_area() -> None:
    # VOA 6180790 (judged x: "EU as area where warning resonates")
    found = mentions_of(actors_of(
        "That warning also resonates across the European Union, the world's second biggest "
        "wind energy producer after China."))
    assert "the European Union" not in found


def test_governments_across_which_corruption_ran_stay_actors() -> None:
    # VOA 8010046 (judged GTM GOV): "across" under a noun, not a verb
    actors = actors_of("The newspaper was known for its investigations into corruption across "
                       "multiple governments in Guatemala.")
    assert actor_with(actors, "multiple governments").sector == "GOV"


def test_country_a_kingdom_encompassed_is_an_area() -> None:
    # VOA 8011218 (judged x: "place within Kaabu kingdom")
    found = mentions_of(actors_of(
        "Kaabu existed from the mid-1500s to the 1800s. At its peak, it encompassed "
        "Guinea-Bissau and reached into what are now Senegal and Gambia."))
    assert "Guinea-Bissau" not in found


def test_river_a_bridge_spans_is_no_actor() -> None:
    # PLOVER GSR PROTEST-0017 (the workers are the only source)
    actors = actors_of(
        "Angry French paper workers blocked the Europe Bridge spanning the Rhine from France to "
        "Germany for more than three hours by dumping sawdust on the roadway, French border "
        "police said.")
    assert "the Rhine" not in mentions_of(actors)
    assert actor_with(actors, "Angry French paper workers").country == "FRA"


def test_polity_after_a_place_nouns_of_is_a_place() -> None:
    # VOA 8011218 (judged x: "historical kingdom of Kaabu named as place (capital of)")
    found = mentions_of(actors_of(
        "Archaeologists dug in Kansala, a site that was once the wealthy capital of the West "
        "African kingdom."))
    assert not any("kingdom" in m for m in found)


def test_national_anthem_names_no_national() -> None:
    # VOA 8006924 (judged x: "fragment of 'Canadian national anthem'")
    found = mentions_of(actors_of(
        "He suggested that the Canadian national anthem, \u201cO Canada,\u201d could still be "
        "sung."))
    assert not any(m.startswith("Canadian") for m in found)


def test_national_military_owner_stays() -> None:
    # VOA 8007760 (even gold PAK MIL): an agent noun between a nationality and a thing
    actors = actors_of("Security sources said Wednesday a Pakistani military operation rescued "
                       "190 passengers.")
    assert actor_with(actors, "Pakistani military").sector == "MIL"


def test_name_inside_a_laws_title_is_no_actor() -> None:
    # VOA 6180932 (judged x: "fragment of law name CAATSA"); the law's owner stays
    actors = actors_of(
        "The measures are in response to Ankara's purchase of Russia's S-400 missile system, "
        "which is deemed to violate Congress's Countering America's Adversaries Through "
        "Sanctions Act (CAATSA).")
    found = mentions_of(actors)
    assert not any(m.startswith("Countering") or m == "America" for m in found)
    assert actor_with(actors, "Congress").sector == "LEG"


def test_wildlife_population_is_animals() -> None:
    # VOA 8010588 (judged x: "wild animals, not an actor"); a people's population stays
    found = mentions_of(actors_of(
        '"In order to manage the wildlife population, the country is implementing a '
        'combination of both consumptive and nonconsumptive utilization of our wildlife '
        'resources," he said.'))
    assert not any("population" in m for m in found)
    people = actors_of("The population of northeast Nigeria is being victimized by all sides.")
    assert actor_with(people, "The population of northeast Nigeria").sector == "CVL"
