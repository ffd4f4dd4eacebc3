"""Ninth-round actor rules: news organisations and units of known bodies, destinations of
journeys, "one of" predicates, parts of a country, statements "to media", groups "from"
elsewhere, ruling parties, IGO alliances and missions (sentences from the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_known_outlet_is_journalism_of_its_country(nlp: object) -> None:
    actors = actors_of("“The U.S. and our allies must take a long-term approach,” Risch told "
                       "Politico in an interview.")
    politico = actor_with(actors, "Politico")
    assert (politico.country, politico.sector) == ("USA", "JRN")


def test_outlet_named_by_its_city_and_newspaper_word(nlp: object) -> None:
    actors = actors_of("The Dhaka Tribune reported that the ministry had ordered the closure.")
    paper = actor_with(actors, "The Dhaka Tribune")
    assert (paper.country, paper.sector) == ("BGD", "JRN")


def test_unit_of_a_known_outlet(nlp: object) -> None:
    actors = actors_of("However, a State Department spokesperson told VOA's Korean Service on "
                       "Monday the U.N. must maintain sanctions currently in place on North Korea.")
    service = actor_with(actors, "VOA's Korean Service")
    assert (service.country, service.sector) == ("USA", "JRN")


def test_a_law_named_after_a_possessor_takes_nothing_from_it(nlp: object) -> None:
    actors = actors_of("The measures are in response to Ankara's purchase of Russia's S-400 "
                       "missile system, which is deemed to violate Congress's Countering "
                       "America's Adversaries Through Sanctions Act.")
    assert not any(a.sector == "LEG" and "Countering" in (a.name or "") for a in actors)


def test_destination_of_a_trip_is_no_actor(nlp: object) -> None:
    actors = actors_of("VOA spoke with Armitage about his trip to Taiwan, U.S. support for the "
                       "self-governing island and its ties with Russia.")
    assert "Taiwan" not in mentions_of(actors)


def test_one_of_a_kind_is_a_predicate(nlp: object) -> None:
    actors = actors_of("Trump contended in a post that the EU is one of the most hostile and "
                       "abusive taxing and tariffing authorities in the world.")
    assert not any("authorities" in m for m in mentions_of(actors))


def test_part_of_a_country_is_a_place(nlp: object) -> None:
    actors = actors_of("Arnel Joseph was killed in a gun battle with police Friday in the town "
                       "of L'Estere, near Gonaives in Haiti's north, officials said.")
    assert "Haiti" not in mentions_of(actors)


def test_statement_to_media_is_no_actor(nlp: object) -> None:
    actors = actors_of("In a statement to media, the banned separatist militant group claimed "
                       "to be holding more than 200 hostages.")
    assert "media" not in mentions_of(actors)


def test_group_from_a_region_takes_no_story_country(nlp: object) -> None:
    text = ("France has tightened its asylum rules. French officials say the number of asylum "
            "seekers from the Middle East and Africa has doubled. France wants the EU to act.")
    seekers = actor_with(actors_of(text), "asylum seekers")
    assert seekers.country is None and seekers.sector == "REF"


def test_group_from_one_country_takes_it(nlp: object) -> None:
    text = ("Water Lee, a consultant with InterDots, a company that provides immigration "
            "services to people from Hong Kong, told VOA that Hong Kongers are relocating to Japan.")
    people = actor_with(actors_of(text), "people")
    assert people.country == "HKG"


def test_ruling_parties_are_parties(nlp: object) -> None:
    actors = actors_of("South African opposition politician Mmusi Maimane says he fears Africa's "
                       "ruling parties are becoming bolder.")
    assert actor_with(actors, "Africa's ruling parties").sector == "PTY"


def test_alliance_of_sahel_states_is_an_igo(nlp: object) -> None:
    actors = actors_of("In late January, Burkina Faso, Mali and Niger withdrew from ECOWAS and "
                       "created a confederation known as the Alliance of Sahel States.")
    assert actor_with(actors, "the Alliance of Sahel States").country.startswith("IGO")


def test_au_mission_without_its_country_is_military(nlp: object) -> None:
    actors = actors_of("Djiboutian soldiers, who are part of the African Union Support and "
                       "Stabilization Mission, repelled the attack.")
    mission = actor_with(actors, "the African Union Support and Stabilization Mission")
    assert (mission.country, mission.sector) == ("IGOAFU", "MIL")


def test_the_quad_takes_no_country_from_its_rival(nlp: object) -> None:
    actors = actors_of("The Quadrilateral Security Dialogue, or Quad, was revived to counter "
                       "China in the Indo-Pacific.")
    assert actor_with(actors, "The Quadrilateral Security Dialogue").country is None


def test_news_agency_is_journalism_not_government(nlp: object) -> None:
    actors = actors_of("During the operation the government seized critical data, said a "
                       "statement posted by the government's National News Agency.")
    assert actor_with(actors, "the government's National News Agency").sector == "JRN"


def test_policy_institute_is_a_think_tank(nlp: object) -> None:
    actors = actors_of("It's looking now at all the country's rights and obligations offshore, "
                       "said Oh Ei Sun, senior fellow with the Singapore Institute of "
                       "International Affairs.")
    institute = actor_with(actors, "the Singapore Institute of International Affairs")
    assert (institute.country, institute.sector) == ("SGP", "SOC")


def test_publisher_named_center_is_no_think_tank(nlp: object) -> None:
    actors = actors_of("Published by the Peace Publish Center in Kabul, her book covers political "
                       "events from 2001 to 2019.")
    assert actor_with(actors, "the Peace Publish Center").sector != "SOC"


def test_nationality_in_an_apposition(nlp: object) -> None:
    actors = actors_of("Francesco Sisci, an Italian Sinologist, told VOA that the centrifugal "
                       "forces of member states within the EU are too strong.")
    assert actor_with(actors, "Francesco Sisci").country == "ITA"


def test_expert_on_a_country_is_not_of_it(nlp: object) -> None:
    from dateline import nlp as dnlp
    from dateline.actors import load_dictionary
    from dateline.actors.mentions import find_mentions
    from dateline.ingest import article_from_text

    art = article_from_text("\"I see no signs that they are interested in talking,\" said Joshua "
                            "Pollack, a North Korean expert at the Middlebury Institute.")
    dnlp.parse(art)
    mentions, _, _ = find_mentions(art, load_dictionary(), None)
    pollack = next(m for m in mentions if m.name == "Joshua Pollack")
    assert pollack.country is None  # the mention itself: the story may still place him


def test_family_takes_the_country_of_its_person(nlp: object) -> None:
    actors = actors_of("The family of Daphne Caruana Galizia, a Maltese journalist, called for "
                       "justice.")
    family = actor_with(actors, "The family of Daphne Caruana Galizia")
    assert family.country == "MLT"


def test_organization_based_in_a_city(nlp: object) -> None:
    actors = actors_of("Gregory Brew, a senior Iran analyst at the Eurasia Group, a New "
                       "York-based political risk consultancy, said the shipment was small.")
    firm = actor_with(actors, "a New York-based political risk consultancy")
    assert (firm.country, firm.sector) == ("USA", "BUS")


def test_igo_keeps_its_code_wherever_it_is_based(nlp: object) -> None:
    actors = actors_of("The Paris-based International Energy Agency said demand would fall.")
    assert actor_with(actors, "The Paris-based International Energy Agency").country == "IGOIEA"


def test_titled_name_the_tagger_called_a_product_is_a_person(nlp: object) -> None:
    actors = actors_of("“We strongly reject the baseless allegations made by Pakistan,” Indian "
                       "foreign ministry spokesperson Randhir Jaiswal told reporters.")
    jaiswal = actor_with(actors, "Indian foreign ministry spokesperson Randhir Jaiswal")
    assert (jaiswal.kind, jaiswal.country, jaiswal.sector) == ("person", "IND", "GOV")


def test_the_military_spokesperson_is_not_the_ministry_spokesperson(nlp: object) -> None:
    text = ("“We strongly reject the baseless allegations made by Pakistan,” Indian foreign "
            "ministry spokesperson Randhir Jaiswal told reporters. The military spokesperson "
            "said law enforcement agencies have conducted 11,654 operations.")
    actors = actors_of(text)
    assert actor_with(actors, "The military spokesperson") is not \
        actor_with(actors, "Indian foreign ministry spokesperson Randhir Jaiswal")


def test_group_largely_from_a_region_takes_no_story_country(nlp: object) -> None:
    text = ("Former top European Union official Michel Barnier says immigration to France should "
            "be suspended. Orban and other Central European populists have declined to "
            "participate in EU migrant-burden sharing plan for asylum seekers, largely from the "
            "Middle East and sub-Saharan Africa. France wants the EU to act.")
    assert actor_with(actors_of(text), "asylum seekers").country is None


def test_state_that_invades_is_military(nlp: object) -> None:
    actors = actors_of("Kenya launched an operation to flush out al-Shabab terrorists from the "
                       "northeast Boni Forest on the border with Somalia in 2015.")
    assert actor_with(actors, "Kenya").sector == "MIL"


def test_copula_with_definite_title_gives_the_country(nlp: object) -> None:
    actors = actors_of("Yang is the Chinese foreign minister.")
    assert actor_with(actors, "Yang").country == "CHN"


def test_continent_possessor_is_many_states(nlp: object) -> None:
    text = ("The opposition in South Africa says that it is weak. South African opposition "
            "politician Mmusi Maimane says he fears Africa's ruling parties are becoming bolder "
            "— and more dangerous. The president of South Africa does not agree with him.")
    assert actor_with(actors_of(text), "Africa's ruling parties").country is None


def test_anti_country_modifier_is_not_the_country(nlp: object) -> None:
    from dateline import nlp as dnlp
    from dateline.actors import load_dictionary
    from dateline.actors.mentions import find_mentions
    from dateline.ingest import article_from_text

    art = article_from_text("Afghan Taliban routinely deny providing sanctuary to anti-Pakistan "
                            "fighters.")
    dnlp.parse(art)
    mentions, _, _ = find_mentions(art, load_dictionary(), None)
    fighters = next(m for m in mentions if m.text == "anti-Pakistan fighters")
    assert fighters.country is None


def test_interview_in_a_relative_clause_is_no_employer(nlp: object) -> None:
    actors = actors_of("Among them is Gerald Kowal, known also as Jerry Guo, an American who has "
                       "risen to popularity in China after an interview with state-owned CCTV "
                       "in 2020.")
    assert actor_with(actors, "Jerry Guo").sector != "JRN"


def test_staff_of_an_unknown_company_is_business(nlp: object) -> None:
    actors = actors_of("“We can compete against oil and gas,” said Iberdrola engineer Alonso "
                       "Soberon of renewables, citing steep cuts in wind and solar prices.")
    assert actor_with(actors, "Iberdrola engineer Alonso Soberon").sector == "BUS"
