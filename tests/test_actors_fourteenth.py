"""Fourteenth-round actor rules, from the seed-2032 hand check: names inside the title of a
work, data sources, places reached or ravaged, product words and predicate nouns are no actors;
"X-based" gives a country to the body it modifies only; a person noun's origin and a
politician's party (sentences after the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_names_inside_a_book_title_are_no_actors(nlp: object) -> None:
    actors = actors_of('Other titles include the book by Nobel laureate Malala Yousafzai, "I am '
                       'Malala: The Story of the Girl Who Stood Up for Education."')
    names = mentions_of(actors)
    assert "Malala" not in names and "the Girl" not in names
    assert any("Malala Yousafzai" in n for n in names)


def test_a_quotation_after_a_report_noun_keeps_its_actors(nlp: object) -> None:
    actors = actors_of('The report said, "the police arrested the protesters in the capital '
                       'on Monday."')
    assert "the police" in mentions_of(actors)


def test_data_sources_are_no_actors(nlp: object) -> None:
    actors = actors_of("Ship-tracking websites show the Iranian-flagged cargo ship Jairan "
                       "departed China on Monday.  In a review of its data on MarineTraffic "
                       "and fellow ship-tracking website Seasearcher, VOA and analyst Martin "
                       "Kelly determined that the ship reported no change.")
    names = mentions_of(actors)
    assert not any("website" in n or n == "Seasearcher" for n in names)
    assert "Martin Kelly" in " ".join(names)


def test_news_websites_stay_media(nlp: object) -> None:
    actors = actors_of("Several news websites reported the arrests on Monday.")
    assert actor_with(actors, "Several news websites").sector == "JRN"


def test_a_port_headed_toward_is_a_place(nlp: object) -> None:
    actors = actors_of("The Jairan remained at Liuheng Island until March 3, when it headed "
                       "south toward Zhuhai Gaolan and docked at the port on March 8.")
    assert "Zhuhai Gaolan" not in mentions_of(actors)


def test_a_region_ravaged_is_a_place(nlp: object) -> None:
    actors = actors_of("Tuesday's attack marked a dramatic escalation in the separatist "
                       "insurgency that has ravaged Balochistan for nearly two decades.")
    assert "Balochistan" not in mentions_of(actors)


def test_product_words_on_a_business_noun_are_no_actors(nlp: object) -> None:
    actors = actors_of("This will be great for the Wine and Champagne businesses in the U.S.")
    assert "Champagne" not in mentions_of(actors)


def test_a_predicate_noun_is_no_actor_when_the_subject_is(nlp: object) -> None:
    actors = actors_of("He says people are subject to attacks; women and girls are victims of "
                       "rape and other forms of sexual assault.")
    names = mentions_of(actors)
    assert "victims" not in names
    assert "women" in names


def test_based_gives_the_body_its_country_and_nobody_else(nlp: object) -> None:
    actors = actors_of('"People who have the time and desire to comment on things on social '
                       'media do not have much influence," Alexander Gabuev, director of the '
                       'Berlin-based Carnegie Russia Eurasia Center, told VOA.')
    assert actor_with(actors, "the Berlin-based Carnegie Russia Eurasia Center").country == "DEU"
    assert actor_with(actors, "People").country is None


def test_a_person_noun_from_a_country_is_of_it(nlp: object) -> None:
    actors = actors_of("Two Ivorian soldiers and a mercenary from Belarus stand accused of the "
                       "2004 bombing of the French army base near Bouake.")
    assert actor_with(actors, "a mercenary").country == "BLR"


def test_a_politicians_party_is_of_his_country(nlp: object) -> None:
    actors = actors_of("South African opposition politician Mmusi Maimane said he would run "
                       "again.  Maimane, who headed the opposition Democratic Alliance until "
                       "he resigned in October, knows this well.  His party took a "
                       "disappointing 21% in this year's national election.")
    assert actor_with(actors, "His party").country == "ZAF"


def test_the_ambassadors_of_both_countries_have_no_one_country(nlp: object) -> None:
    actors = actors_of("Egyptian President Mohamed Morsi was ousted in a military coup in 2013, "
                       "when both countries withdrew their ambassadors.  Turkey and Egypt have "
                       "since restored ties.")
    assert actor_with(actors, "their ambassadors").country is None


def test_other_agencies_beside_an_aid_group_are_civil_society(nlp: object) -> None:
    actors = actors_of("Nigerian officials said the army retook the town.  But Eguiluz told "
                       "VOA that MSF and other agencies have no access at all to the 1.2 "
                       "million people living in areas controlled by Boko Haram.")
    other = actor_with(actors, "other agencies")
    assert other.country is None and other.sector == "SOC"


def test_a_name_said_to_be_a_base_is_a_place(nlp: object) -> None:
    actors = actors_of("Analysts say Tehran would especially welcome the closure of Kurecik.  "
                       "Kurecik is a U.S. radar base located close to Iran's border.")
    names = mentions_of(actors)
    assert "Kurecik" not in names and "Tehran" in names


def test_a_vehicle_got_into_is_no_actor(nlp: object) -> None:
    actors = actors_of("She and six other civilians got into a police vehicle to get to the "
                       "next town.")
    names = mentions_of(actors)
    assert "a police vehicle" not in names and "six other civilians" in names


def test_a_named_tariff_is_no_actor(nlp: object) -> None:
    actors = actors_of("Trump demanded that Ottawa must immediately drop their Anti-American "
                       "Farmer Tariff of 250% to 390% on various U.S. dairy products.")
    assert not any("Tariff" in n for n in mentions_of(actors))
