"""Round-18 actor rules (AC): the country of actors the text gives none of their own — an armed
group abroad does not make the story's country, and bare armed groups take the one country of
the story's armed groups."""

from __future__ import annotations

from helpers import actor_with, actors_of

# VOA 6184384 (even), abridged: a story set in Kenya's Lamu County whose most named actor is
# Somalia's al-Shabab
KENYA = ("Kenya launched an operation to flush out al-Shabab terrorists from the northeast Boni "
         "Forest on the border with Somalia in 2015. The operation was meant to last a few "
         "months but security forces are still struggling to stamp out the Islamist militants. "
         "Villagers are afraid to venture into the forest. She and six other civilians got into "
         "a police vehicle to get to the next town. The car hit a roadside bomb, killing all the "
         "civilians except Abdi. She says an officer called her al-Shabab. Abdi says she "
         "replied that she was not al-Shabab. What al-Shabab person has a child, she asked. "
         "Kenyan authorities have since banned civilians from traveling "
         "with security, says Lamu County Commissioner Irungu Macharia. Somalia-based al-Shabab "
         "has been attacking and fighting Kenyan troops since 2011, when the government sent "
         "soldiers into Somalia to combat the militant group. The militants launched a brazen "
         "assault on a joint Kenya-U.S. military base in Lamu County, Kenya in January.")


def test_foreign_armed_group_does_not_make_the_story_country(nlp: object) -> None:
    actors = actors_of(KENYA)
    assert actor_with(actors, "Villagers").country == "KEN"
    assert actor_with(actors, "six other civilians").country == "KEN"
    assert actor_with(actors, "the government").country == "KEN"


def test_bare_armed_group_takes_the_story_armed_group_country(nlp: object) -> None:
    actors = actors_of(KENYA)
    assert actor_with(actors, "the militant group").country == "SOM"
    assert actor_with(actors, "The militants").country == "SOM"


def test_armed_group_of_the_story_country_still_counts(nlp: object) -> None:
    # the armed group's country named otherwise too: it counts towards the story's country
    actors = actors_of("Pakistan said the Baloch Liberation Army attacked the train. The BLA "
                       "took hostages. Pakistani authorities said the BLA had killed 21 people. "
                       "The militants demanded the release of prisoners. Officials said the "
                       "operation was over.")
    assert actor_with(actors, "Officials").country == "PAK"


# VOA 8010588 (even), abridged: a story on Botswana's trophy hunting
BOTSWANA = ("Botswana has made $4 million from the sale of licenses to hunt wild animals. Botswana "
            "issues around 400 elephant licenses annually. Wynter Mmolotsi, minister of "
            "environment and tourism, told Parliament that millions of dollars were generated. "
            "Botswana's ministry stepped up efforts to counter the opposition to hunting. "
            "Siyoka Simasiku, director at the conservation coalition, Ngamiland Council of "
            "Non-Governmental Organisations says communities will be the hardest hit if the U.K. "
            "imposes restrictions. He has been to Europe to campaign against trophy import bans. "
            "\"The U.K. ban is going to be bad on community benefits as the U.K. is an economic "
            "superpower,\" he said.")


def test_voice_of_the_public_keeps_the_story_country_when_quoted_on_abroad(nlp: object) -> None:
    # what his quotes name (the U.K.'s ban) does not make a local voice foreign
    assert actor_with(actors_of(BOTSWANA), "Siyoka Simasiku").country == "BWA"


def test_voice_placed_abroad_by_his_own_sentence_is_not_local(nlp: object) -> None:
    text = BOTSWANA.replace("says communities", "said in London that British communities")
    assert actor_with(actors_of(text), "Siyoka Simasiku").country != "BWA"
