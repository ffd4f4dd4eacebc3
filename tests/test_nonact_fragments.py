"""Mentions that are no actors (issue 3): the rest of a body's title cut off at its preposition
(``NotActorTests.body_title_rest``), an editor's bracketed gloss of an acronym named as a place
(``glossed_place``), where travellers come from ("enter from those three countries",
``MentionFinder.origin_of``) and where a flow of people goes ("tourism to Japan",
``nonactors.actor_like``) — the hand judges' "x" rows of even VOA stories, tested on sentences
written for the purpose."""

from helpers import actor_with, actors_of, mentions_of


def test_rest_of_a_commissions_title_is_no_actor() -> None:
    # VOA 6181504 (judged x: "fragment of the name of the UN Commission on the Limits of the
    # Continental Shelf")
    actors = actors_of("Malaysia filed its claim with the U.N. Commission on the Limits of the "
                       "Continental Shelf in 2019.")
    found = mentions_of(actors)
    assert not any("Limits" in m for m in found)
    assert actor_with(actors, "the U.N. Commission").country == "IGOUNO"


def test_rest_of_an_offices_title_is_no_actor() -> None:
    found = mentions_of(actors_of(
        "Aid agencies, including the U.N. Office for the Coordination of Humanitarian Affairs, "
        "warned of famine in the region."))
    assert not any("Coordination" in m for m in found)


def test_council_of_a_known_body_stays_whole() -> None:
    actors = actors_of("The Council of the European Union adopted the sanctions on Monday.")
    assert actor_with(actors, "The Council of the European Union").country == "IGOEU"


def test_bracketed_gloss_of_a_forum_is_a_place() -> None:
    # VOA 7638284 (judged x: "[World Health Assembly", a transcript's gloss of "in the WHA")
    found = mentions_of(actors_of(
        "More and more countries are speaking up for Kosovo, even in the OSCE [Organization "
        "for Security and Co-operation in Europe]."))
    assert not any("Organization" in m for m in found)


def test_bracketed_gloss_of_an_acting_body_stays() -> None:
    # VOA 7638284 (judged TWN LEG: "[Legislative Yuan]" glossing the LY that passed a budget)
    actors = actors_of("The budget passed by the LY [Legislative Yuan] this week funds new "
                       "drones, the minister said.")
    assert any("Legislative Yuan" in m for m in mentions_of(actors))


def test_countries_travellers_enter_from_are_an_origin() -> None:
    # VOA 6205362 (judged x: "named as places of departure")
    found = mentions_of(actors_of(
        "Travelers who enter from those five countries must now quarantine for two weeks in a "
        "government hotel."))
    assert not any("countries" in m for m in found)


def test_opposition_from_countries_stays_a_party() -> None:
    # (the VOA even gold's "opposition from some European countries", None GOV)
    actors = actors_of("The plan faced opposition from some European countries on Tuesday.")
    assert actor_with(actors, "some European countries").sector == "GOV"


def test_state_a_flow_of_tourists_goes_to_is_a_destination() -> None:
    found = mentions_of(actors_of("Tourism to Japan has doubled since 2019, officials said."))
    assert "Japan" not in found


def test_state_called_on_to_stop_a_flow_stays() -> None:
    # VOA 6205696 (even gold: "says immigration to France should stop" is a REQUEST to France)
    actors = actors_of("The candidate says immigration to Italy should be halted for five years.")
    assert actor_with(actors, "Italy").country == "ITA"


def test_state_whose_national_interest_is_a_standard_is_no_actor() -> None:
    # VOA 8011004 (judged x: "Afghanistan's national interest, not an acting actor")
    actors = actors_of("The ministry banned 300 songs it deemed contrary to Pakistan's national "
                       "interest.")
    assert "Pakistan" not in mentions_of(actors)
    assert actor_with(actors, "The ministry").sector == "GOV"


def test_state_whose_interests_are_attacked_stays() -> None:
    actors = actors_of("Militants attacked U.S. interests in the region on Sunday.")
    assert actor_with(actors, "U.S.").country == "USA"


def test_communities_after_in_are_places() -> None:
    # VOA 6180790 (judged x: "communities as places where roads were renovated")
    found = mentions_of(actors_of(
        "Thanks to the revenues, the town has been able to renovate roads in six communities "
        "near the dam."))
    assert not any("communities" in m for m in found)


def test_communities_that_act_stay() -> None:
    actors = actors_of("Six communities near the dam protested against the project on Monday.")
    assert actor_with(actors, "Six communities").sector == "CVL"


def test_states_listed_with_a_faith_are_identities() -> None:
    # VOA 8007760 (judged x: "terrorists have no link with Islam, Pakistan or Balochistan")
    found = mentions_of(actors_of(
        "The cleric said the bombers had nothing to do with Islam, Afghanistan or Kandahar."))
    assert "Afghanistan" not in found and "Kandahar" not in found


def test_states_listed_together_stay_actors() -> None:
    actors = actors_of("Afghanistan and Pakistan condemned the bombing on Friday.")
    assert actor_with(actors, "Pakistan").country == "PAK"
