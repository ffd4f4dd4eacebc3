"""Common conflict and protest constructions of wire news: the victims of an attack are of the
place it struck (``actors.victims``), a nationality adjective the tagger typed GPE still names
a national force, "hit" by a weapon is an attack, and a demonstration at a foreign embassy is
aimed at that embassy's state (``events.targets.mission_state``).  Sentences written for these
tests in wire style."""

from helpers import actor_with, actors_of, events_of_type, extract


def test_victims_of_a_strike_on_a_city_are_of_that_city() -> None:
    # the one nationality the sentence names is the attacker's
    text = "Russian drones struck Kharkiv before dawn, wounding 12 people."
    assert actor_with(actors_of(text), "12 people").country == "UKR"


def test_victims_of_an_attack_noun_on_a_city() -> None:
    text = "A Russian drone attack on Kharkiv injured seven people, the regional governor said."
    assert actor_with(actors_of(text), "seven people").country == "UKR"


def test_victims_in_a_place_take_its_country() -> None:
    text = "Russian artillery killed three civilians in Kherson on Monday."
    assert actor_with(actors_of(text), "three civilians").country == "UKR"


def test_victims_of_a_passive_take_the_place_their_when_clause_struck() -> None:
    text = "Four people were killed when Russian missiles hit a shopping center in Lviv."
    assert actor_with(actors_of(text), "Four people").country == "UKR"


def test_attacks_blamed_on_a_group_do_not_make_it_a_victim() -> None:
    # "blamed the attacks on X": X made them; no scene is read for X
    from dateline.actors.victims import attack_on
    from dateline.nlp import parse
    from dateline.record import Article

    art = parse(Article(text="Kabul has blamed the recent bombings on militants based in "
                             "Pakistan, officials said."))
    doc = art.doc
    militants = next(t for t in doc if t.text == "militants")
    assert attack_on(militants) is None


def test_struck_building_in_a_city_is_of_its_country() -> None:
    text = "Israeli warplanes bombed a hospital in Gaza City on Saturday."
    assert actor_with(actors_of(text), "a hospital").country == "PSE"


def test_victims_with_no_scene_take_nothing_from_the_attacker() -> None:
    # a one-sentence report: no place named, so no country rather than the attacker's
    text = "Israeli airstrikes killed 14 people overnight, medics said."
    assert actor_with(actors_of(text), "14 people").country is None


def test_nationality_of_the_victims_themselves_is_kept() -> None:
    text = "Russian shelling killed two Ukrainian soldiers near Bakhmut."
    assert actor_with(actors_of(text), "two Ukrainian soldiers").country == "UKR"


def test_nationality_adjective_typed_gpe_names_a_national_force() -> None:
    # the tagger types "Ukrainian" GPE here; it is the demonym all the same
    text = "Ukrainian drones attacked a fuel depot in Russia's Bryansk region."
    art, found = events_of_type(text, "ASSAULT")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    actor = art.actor(found[0].actors[0])
    assert actor is not None and (actor.country, actor.sector) == ("UKR", "MIL")


def test_weapon_hitting_a_site_is_an_attack_on_its_state() -> None:
    text = "Ukrainian drones hit an oil refinery in Russia's Volgograd region on Friday."
    art, found = events_of_type(text, "ASSAULT")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    ev = found[0]
    assert ev.trigger.text == "hit"
    assert [art.actor(a).country for a in ev.recipients] == ["RUS"]  # type: ignore[union-attr]


def test_hit_by_no_weapon_is_no_attack() -> None:
    for text in ("A speeding bus hit a car on the highway near Lahore.",
                 "A powerful storm hit the coast of Bangladesh on Sunday."):
        _, found = events_of_type(text, "ASSAULT")
        assert not found, text


def test_protest_outside_a_foreign_embassy_targets_its_state() -> None:
    text = "Hundreds of demonstrators gathered outside the Turkish embassy in Stockholm."
    art, found = events_of_type(text, "PROTEST")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    assert [art.actor(a).country for a in found[0].recipients] == ["TUR"]  # type: ignore[union-attr]


def test_protest_in_front_of_an_embassy() -> None:
    text = "Students rallied in front of the American embassy in Manila on Tuesday."
    art, found = events_of_type(text, "PROTEST")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    assert [art.actor(a).country for a in found[0].recipients] == ["USA"]  # type: ignore[union-attr]


def test_gathering_of_no_protesters_is_no_protest() -> None:
    art = extract("Villagers gathered firewood near the river before the rains.")
    assert not [e for e in art.events if e.type == "PROTEST"]


def test_where_goods_come_from_gives_nobody_a_country() -> None:
    # a demonym on a thing ("Chinese steel", "Portuguese wine") names its origin, not the
    # nationality of the people in the sentence
    assert actor_with(actors_of("Residents complained that Chinese steel had flooded the local "
                                "market."), "Residents").country is None
    assert actor_with(actors_of("Villagers said they traded Portuguese wine for ivory."),
                      "Villagers").country is None


def test_demonym_on_an_agent_noun_still_places_the_sentence() -> None:
    # the demonym of an actor noun is that actor's, and a thing's demonym takes nothing away
    text = "Kenyan officials said the railway was financed by Chinese loans."
    assert actor_with(actors_of(text), "Kenyan officials").country == "KEN"


def test_site_hit_by_a_weapon_is_of_its_place() -> None:
    text = "Russian missiles hit a maternity hospital in Odesa, injuring nine people."
    actors = actors_of(text)
    assert actor_with(actors, "nine people").country == "UKR"
