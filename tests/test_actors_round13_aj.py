"""Round-13 actor rules (AJ): the even hand-judged rows still wrong — a former leader's
government and a former leader's family (sentences after the even VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_a_former_presidents_government_is_elite(nlp: object) -> None:
    # VOA 6180206: "dismantle the foundations of former president Omar al-Bashir's government"
    actors = actors_of("Sudanese authorities have approved a law to dismantle the foundations "
                       "of former president Omar al-Bashir's government.")
    assert actor_with(actors, "former president Omar al-Bashir's government").sector == "ELI"


def test_the_government_of_its_time_stays_government(nlp: object) -> None:
    # VOA 6203896: "high-level members of Gbagbo's government must have given the orders"
    actors = actors_of("Former French ambassador Jean-Marc Simon said even former President "
                       "Laurent Gbagbo had not been informed, but suggested high-level members "
                       "of Gbagbo's government must have given the orders.")
    assert actor_with(actors, "Gbagbo's government").sector == "GOV"


def test_a_former_presidents_family_is_elite(nlp: object) -> None:
    # VOA 8010694: "the Assad family" after "the former president" Bashar al-Assad
    actors = actors_of("Former President Bashar al-Assad fled to Moscow in December. The Assad "
                       "family ruled Syria for five decades.")
    assert actor_with(actors, "The Assad family").sector == "ELI"


def test_a_private_familys_sector_is_unchanged(nlp: object) -> None:
    actors = actors_of("Farmer Ali Hassan lost his crops. The Hassan family asked for help.")
    assert actor_with(actors, "The Hassan family").sector != "ELI"


def test_a_people_driven_from_their_homeland_are_refugees(nlp: object) -> None:
    # VOA 6204080: "Another wave of Somalis arrived in Kenya in 2011, driven from their
    # homeland by drought" (was CVL)
    actors = actors_of("Another wave of Somalis arrived in Kenya in 2011, driven from their "
                       "homeland by drought.")
    assert actor_with(actors, "Somalis").sector == "REF"


def test_people_fleeing_wars_are_not_thereby_refugees(nlp: object) -> None:
    # VOA 6204080: "havens to people fleeing civil wars and strife in Somalia and Sudan" (CVL)
    actors = actors_of("The camps opened in the 1990s, offering havens to people fleeing civil "
                       "wars and strife in Somalia and Sudan.")
    assert actor_with(actors, "people").sector != "REF"


TURKEY = ("Turkey bought Russian missiles. Turkish officials defended the deal in Ankara. "
          "The Turkish government said Turkey would not back down. ")


def test_the_administration_beside_congress_is_american(nlp: object) -> None:
    # VOA 6180932: "What is important is not only the decision of Congress but the decision of
    # the administration," said Cavusoglu (was TUR, the story's country)
    actors = actors_of(TURKEY + '"What is important is not only the decision of Congress but '
                       'the decision of the administration," said Cavusoglu.')
    assert actor_with(actors, "the administration").country == "USA"


def test_the_government_beside_another_country_takes_no_branch(nlp: object) -> None:
    actors = actors_of(TURKEY + "Congress and Turkish diplomats met, and the government "
                       "welcomed the talks.")
    assert actor_with(actors, "the government").country != "USA"


AFGHANISTAN = ("The Taliban closed girls' schools in Afghanistan. Afghan officials said the "
               "rules apply across Afghanistan. Afghan women protested in Kabul. ")


def test_the_media_outlet_is_the_outlet_named_before_it(nlp: object) -> None:
    # VOA 7750892: "Taliban officials do not respond to VOA queries because they have imposed
    # a ban on the media outlet" (was AFG, the story's country)
    actors = actors_of(AFGHANISTAN + "Taliban officials do not respond to VOA queries because "
                       "they have imposed a ban on the media outlet.")
    assert actor_with(actors, "the media outlet").country == "USA"


def test_an_outlet_with_no_outlet_before_it_keeps_the_story_country(nlp: object) -> None:
    actors = actors_of(AFGHANISTAN + "Taliban officials imposed a ban on the media outlet.")
    assert actor_with(actors, "the media outlet").country == "AFG"


def test_this_administration_is_the_government_named_before(nlp: object) -> None:
    # VOA 6181504: "I think this administration, after learning that kind of experience,
    # they've tried to be safe on the legal side" after "Mahathir's government" (was None)
    actors = actors_of("Chinese ships entered the waters. China's coast guard said China "
                       "would stay. Chinese officials agreed. Malaysian Prime Minister Mahathir "
                       "Mohamad visited Beijing. Mahathir's government last year froze a "
                       "Chinese-funded gas pipeline. Malaysia has lost access at sea, an "
                       "analyst said. \"I think this administration has tried to be safe on "
                       "the legal side,\" he said.")
    assert actor_with(actors, "this administration").country == "MYS"


def test_this_administration_far_from_any_government_takes_none_from_it(nlp: object) -> None:
    actors = actors_of("Mahathir's government froze a pipeline. The pipeline was long. It cost "
                       "a lot. Work stopped. Workers left. \"This administration has tried,\" "
                       "an analyst in Singapore said.")
    assert actor_with(actors, "This administration").country != "MYS"


def test_rebels_fighting_a_president_are_his_states(nlp: object) -> None:
    # VOA 6203896: "Paris was accused of aiding rebels fighting then-president, Laurent
    # Gbagbo" (was FRA from "Paris")
    actors = actors_of("A French court opened the trial. French troops were based in Abidjan. "
                       "French officials denied it. Ivorian President Laurent Gbagbo was "
                       "ousted in 2011. Paris was accused of aiding rebels fighting "
                       "then-president, Laurent Gbagbo.")
    assert actor_with(actors, "rebels").country == "CIV"


def test_rebels_fighting_nobody_coded_keep_the_sentence_country(nlp: object) -> None:
    actors = actors_of("French troops were based in Abidjan. French officials met. Paris was "
                       "accused of aiding rebels fighting in the north.")
    assert actor_with(actors, "rebels").country != "CIV"


KENYA = ("Kenya wants to close the camps. Kenyan officials said the camps cost too much. "
         "The Kenyan government set a deadline. ")


def test_the_whole_of_a_part_takes_no_country_from_the_parts_origin(nlp: object) -> None:
    # VOA 6204080: "More than half of their population come from Somalia and roughly a quarter
    # from South Sudan" (a mixed camp population, was SOM)
    actors = actors_of(KENYA + "More than half of their population come from Somalia and "
                       "roughly a quarter from South Sudan.")
    assert actor_with(actors, "their population").country is None


def test_a_whole_population_takes_its_sentences_country(nlp: object) -> None:
    actors = actors_of(KENYA + "Their population come from Somalia.")
    assert actor_with(actors, "Their population").country == "SOM"


def test_residents_of_named_refugee_camps_are_refugees_of_no_one_country(nlp: object) -> None:
    # VOA 6204080: "While Kenya wants to close the camps, residents of Dadaab and Kakuma say
    # they have no safe alternatives" (was KEN CVL)
    actors = actors_of(KENYA + "Dadaab and Kakuma camps shelter more than 410,000 refugees. "
                       "While Kenya wants to close the camps, residents of Dadaab and Kakuma "
                       "say they have no safe alternatives.")
    found = actor_with(actors, "residents of Dadaab and Kakuma")
    assert (found.country, found.sector) == (None, "REF")


def test_residents_of_a_town_stay_civilians(nlp: object) -> None:
    actors = actors_of(KENYA + "Residents of Garissa say they have no safe alternatives.")
    assert actor_with(actors, "Residents").sector != "REF"


def test_a_title_apposed_to_a_name_the_parse_broke(nlp: object) -> None:
    # VOA 7808748: "didn't vote for the present President of the commission, Ursula von der
    # Leyen, and it is dragging its feet" (was None: "Leyen" parsed as an adverb)
    actors = actors_of('"Italy, with a right leaning government, didn\'t vote for the present '
                       'President of the commission, Ursula von der Leyen, and it is dragging '
                       'its feet on many EU policies."', published="2024-10-05")
    found = actor_with(actors, "the present President")
    assert found.country == "IGOEU"
    assert any(m.text == "Ursula von der Leyen" for m in found.mentions)


def test_a_name_that_speaks_after_a_comma_is_not_apposed(nlp: object) -> None:
    actors = actors_of("He met the president of the commission, Ursula von der Leyen said.",
                       published="2024-10-05")
    found = actor_with(actors, "Ursula von der Leyen")
    assert not any(m.text == "the president" for m in found.mentions)


PAKISTAN = ("Pakistani troops freed the train on Wednesday. Pakistani officials said 21 "
            "passengers were killed. The Pakistani army said 33 militants died. ")


def test_a_name_apposed_to_a_passenger_is_the_passenger(nlp: object) -> None:
    # VOA 8009314: "Another passenger, Allah Ditta, told VOA that he ran" … "Ditta said" (the
    # tagger took "Ditta" for an organization: was None, None)
    actors = actors_of(PAKISTAN + "Another passenger, Allah Ditta, told VOA that he and several "
                       "others ran for their lives. \"When we saw two people quietly escape, "
                       "we all started running. Still 150 to 200 people were left sitting,\" "
                       "Ditta said.")
    found = actor_with(actors, "Ditta")
    assert any(m.text == "Another passenger" for m in found.mentions)
