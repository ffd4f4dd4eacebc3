"""Round-12 actor rules (AX): a country given from context where the text gives none — the
press as an unnamed audience, … (sentences after the even VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of

PAKISTAN = ("Pakistani troops stormed the train on Wednesday. Pakistani officials said the "
            "attack was planned in Afghanistan. The Pakistani army said 33 militants were "
            "killed. ")


def test_media_told_take_no_story_country(nlp: object) -> None:
    # VOA 8009976: "Pakistan's Prime Minister Shehbaz Sharif told media 339 passengers were
    # rescued" (media was PAK); VOA 8011004 "told media" (was AFG)
    actors = actors_of(PAKISTAN + "Prime Minister Shehbaz Sharif told media 339 passengers "
                       "were rescued.")
    assert actor_with(actors, "media").country is None


def test_media_that_report_keep_the_story_country(nlp: object) -> None:
    actors = actors_of(PAKISTAN + "Local media reported that the train was freed.")
    assert actor_with(actors, "Local media").country == "PAK"


def test_an_untitled_person_in_a_story_without_a_dominant_country(nlp: object) -> None:
    # VOA 6203896: "Still, Neth says, political opinions remain sharply divided on France"
    # (an NGO's coordinator in Ivory Coast, was FRA from "France")
    actors = actors_of("The trial opened on Monday. A French court tried the case. Ivorian "
                       "soldiers were blamed by Ivorian officials. American lawyers agreed. "
                       "Still, Neth says, political opinions remain sharply divided on France.")
    assert actor_with(actors, "Neth").country is None


def test_an_untitled_person_in_a_short_report_takes_its_one_country(nlp: object) -> None:
    actors = actors_of("Still, Neth says, political opinions remain sharply divided in France.")
    assert actor_with(actors, "Neth").country == "FRA"


GUATEMALA = ("A Guatemalan judge ordered the journalist back to prison. Guatemalan prosecutors "
             "appealed. The Guatemalan government said nothing. ")


def test_press_freedom_groups_take_no_story_country(nlp: object) -> None:
    # VOA 8010046: "Nine press freedom and rights groups this week called for Zamora's
    # immediate release" (was GTM)
    actors = actors_of(GUATEMALA + "Nine press freedom and rights groups this week called for "
                       "Zamora's immediate release.")
    assert actor_with(actors, "Nine press freedom and rights groups").country is None


def test_rights_groups_keep_the_story_country(nlp: object) -> None:
    actors = actors_of(GUATEMALA + "Local rights groups this week called for Zamora's "
                       "immediate release.")
    assert actor_with(actors, "Local rights groups").country == "GTM"


def test_a_bare_leader_takes_no_story_country(nlp: object) -> None:
    # VOA 8010046: "… in a move that the leader of his legal team called 'inhumane'" (was GTM)
    actors = actors_of(GUATEMALA + "A Guatemalan judge ordered prominent journalist Jose Ruben "
                       "Zamora back to prison this week in a move that the leader of his legal "
                       "team called inhumane.")
    assert actor_with(actors, "the leader").country is None


def test_a_bare_official_keeps_the_story_country(nlp: object) -> None:
    actors = actors_of(GUATEMALA + "The minister called the move inhumane.")
    assert actor_with(actors, "The minister").country == "GTM"


def test_a_regional_adjective_in_a_known_name_is_no_igo(nlp: object) -> None:
    # VOA 6180932: "a senior fellow at the European Council on Foreign Relations" (was IGOEU)
    actors = actors_of("Asli Aydintasbas, a senior fellow at the European Council on Foreign "
                       "Relations, said it.")
    a = actor_with(actors, "the European Council on Foreign Relations")
    assert (a.country, a.sector) == (None, "SOC")


def test_an_eu_body_keeps_its_igo_code(nlp: object) -> None:
    actors = actors_of("The European Commission said it would appeal.")
    assert actor_with(actors, "The European Commission").country == "IGOEU"


NIGERIA = ("Nigerian troops fought Boko Haram in Borno. The Nigerian army said 20 fighters "
           "were killed. Nigerian officials said the roads were closed. ")


def test_an_ngos_mission_abroad_takes_no_host_country(nlp: object) -> None:
    # VOA 6183254: "Luis Eguiluz, who headed the agency's mission in Nigeria for the past two
    # years" (MSF's mission, was NGA)
    actors = actors_of(NIGERIA + "Luis Eguiluz, who headed the agency’s mission in Nigeria for "
                       "the past two years, says people's movements are limited.")
    assert actor_with(actors, "the agency’s mission").country is None


def test_parties_take_no_country_a_speaker_owns(nlp: object) -> None:
    # VOA 7808748: "Francesco Sisci, an Italian Sinologist, told VOA that the centrifugal
    # forces of member states and political parties within the EU are too strong" (was ITA)
    actors = actors_of("The EU voted on Tuesday. Chinese officials objected. German carmakers "
                       "warned. Francesco Sisci, an Italian Sinologist, said that the "
                       "centrifugal forces of member states and political parties within the "
                       "EU are too strong to make difficult decisions.")
    assert actor_with(actors, "political parties").country is None
    assert actor_with(actors, "Francesco Sisci").country == "ITA"
