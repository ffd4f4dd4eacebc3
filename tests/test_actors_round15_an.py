"""Round-15 actor rules (AN): actor or not, and sectors — an irregular armed body in
apposition with a named rebel group is that rebel group (REB), an unnamed militia stays UAF."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_militia_apposed_to_a_rebel_name_is_a_rebel(nlp: object) -> None:
    # VOA 6180932 gold: "the Syrian Kurdish militia, the YPG" REB (was UAF)
    actors = actors_of("Clashes between the Turkish army and the Syrian Kurdish militia, the "
                       "YPG, continued on Monday.")
    assert actor_with(actors, "the Syrian Kurdish militia").sector == "REB"


def test_armed_group_beside_a_rebel_name_the_parser_hung_elsewhere(nlp: object) -> None:
    # VOA 8010694: "agreements between Syria's transitional authorities and an armed group,
    # the Syrian Democratic Forces (SDF)" (the name parsed as apposition to "agreements")
    actors = actors_of("Pedersen said Friday that recent agreements between Syria's "
                       "transitional authorities and an armed group, the Syrian Democratic "
                       "Forces (SDF), are a positive reminder.")
    assert actor_with(actors, "an armed group").sector == "REB"


def test_unnamed_militia_stays_unidentified(nlp: object) -> None:
    # (unnamed "armed groups" are REB since the written stories' round: the event golds code
    # them so, and GSR's sector rose; a militia stays UAF, tests/test_actors_written.py)
    actors = actors_of("Armed groups attacked the town, and a militia burned the market.")
    assert actor_with(actors, "Armed groups").sector == "REB"
    assert actor_with(actors, "a militia").sector == "UAF"


def test_what_a_passive_verb_calls_them_is_no_new_actor(nlp: object) -> None:
    # VOA 6183254: "... prevent humanitarian actors to negotiate with all actors, parties in
    # conflict because they are considered terrorists" (was NGA REB)
    actors = actors_of("The laws prevent aid workers from talking to armed groups because "
                       "they are considered terrorists.")
    assert "terrorists" not in mentions_of(actors)
    actors = actors_of("Terrorists attacked the town on Monday.")
    assert actor_with(actors, "Terrorists").sector == "REB"


def test_any_opposition_is_a_stance(nlp: object) -> None:
    # VOA 8011004: "the Taliban's actions reveal fear of any opposition" (was AFG OPP)
    actors = actors_of("The Taliban's actions reveal fear of any opposition, the writer said.")
    assert "any opposition" not in mentions_of(actors)
    actors = actors_of("The opposition boycotted the vote in Kabul.")
    assert actor_with(actors, "The opposition").sector == "OPP"


def test_a_militant_group_is_a_rebel_group(nlp: object) -> None:
    # VOA 8007760 gold: "In a statement to media, the banned separatist militant group
    # claimed to be holding more than 200 hostages" PAK REB (was no actor)
    actors = actors_of("In a statement to media, the banned separatist militant group "
                       "claimed to be holding more than 200 hostages.")
    assert actor_with(actors, "the banned separatist militant group").sector == "REB"
