"""The story-context country guess of the actors layer: strict, never a guess from elsewhere."""

from __future__ import annotations

import dateline
from helpers import actor_with, mentions_of

KENYA = (
    "Kenya's government said on Monday that it would close the camp. Kenyan officials said the "
    "decision was final. Kenyan police guarded the gates.\n\n"
    "Hundreds of thousands of refugees live in the camp in Kenya.\n\n"
    "The officials also met reporters with French Minister of Armed Forces Florence Parly.\n\n"
    "Ngozi Adebayo, who follows the region, criticized the decision."
)


def test_refugees_keep_no_story_country(nlp: object) -> None:
    art = dateline.extract(KENYA, published="2021-04-01", layers=["actors"])
    assert actor_with(art, "refugees").country is None


def test_another_actors_modifier_places_nobody_else(nlp: object) -> None:
    art = dateline.extract(KENYA, published="2021-04-01", layers=["actors"])
    parly = actor_with(art, "French Minister")
    assert parly.country == "FRA"
    # France belongs to Parly; the reporters take the story's country, not France's
    assert actor_with(art, "reporters").country != "FRA"


def test_untitled_named_person_takes_no_story_country(nlp: object) -> None:
    art = dateline.extract(KENYA, published="2021-04-01", layers=["actors"])
    assert actor_with(art, "Ngozi Adebayo").country is None


def test_one_sentence_text_takes_its_one_country(nlp: object) -> None:
    art = dateline.extract("President Omar El Bashir on Thursday shortened the nightly curfew "
                           "imposed in Sudan.", published="1989-08-03", layers=["actors"])
    assert actor_with(art, "President Omar El Bashir").country == "SDN"


def test_group_placed_in_a_country_by_its_own_phrase(nlp: object) -> None:
    art = dateline.extract("Seven opposition parties in Nepal have organized a general strike.",
                           published="2006-04-01", layers=["actors"])
    assert actor_with(art, "Seven opposition parties").country == "NPL"


def test_possessor_inside_an_organization_name(nlp: object) -> None:
    art = dateline.extract("A page for Mauritius on China’s Foreign Ministry website states "
                           "that the two have a strategic partnership.",
                           published="2025-03-12", layers=["actors"])
    found = [a for a in art.actors if "Foreign Ministry" in a.name]
    assert found and found[0].country == "CHN"


def test_social_media_as_a_channel_is_no_actor(nlp: object) -> None:
    art = dateline.extract("U.S. Homeland Security Secretary Kristi Noem said on social media "
                           "that the detainees were dangerous.", published="2025-03-12",
                           layers=["actors"])
    assert not any(m.text == "social media" for a in art.actors for m in a.mentions)


def test_expert_abroad_takes_the_country_named_in_the_employer(nlp: object) -> None:
    art = dateline.extract("Ja Ian Chong, associate professor of political science at the "
                           "National University of Singapore, told VOA that the EU is divided.",
                           published="2025-03-12", layers=["actors"])
    assert actor_with(art, "Ja Ian Chong").country == "SGP"


def test_predicate_nouns_are_no_actors(nlp: object) -> None:
    art = dateline.extract("Al-Sharaa’s HTS is an Islamist group that is designated as a "
                           "terrorist organization by the United States.",
                           published="2025-03-12", layers=["actors"])
    texts = mentions_of(art)
    assert "an Islamist group" not in texts and "a terrorist organization" not in texts
    assert "the United States" in texts


GUANTANAMO = (
    "The U.S. government said on Monday that it would keep migrants at Guantanamo. U.S. "
    "officials said the decision was final. American judges will hear the case.\n\n"
    "Lawyers are expected to face off with attorneys for rights groups over the use of a naval "
    "base in Cuba to hold migrants."
)


def test_a_foreign_place_gives_a_group_no_nationality(nlp: object) -> None:
    art = dateline.extract(GUANTANAMO, published="2025-03-01", layers=["actors"])
    # Cuba is where the base is, not whose the attorneys are
    assert actor_with(art, "attorneys").country != "CUB"


def test_a_place_in_the_story_country_supports_it(nlp: object) -> None:
    art = dateline.extract(
        "Kenya's government said on Monday that it would close the border. Kenyan officials "
        "said the decision was final. Kenyan police guarded the gates.\n\n"
        "The government sent soldiers into Somalia to fight the militants.",
        published="2021-04-01", layers=["actors"])
    assert actor_with(art, "The government").country == "KEN"


def test_a_group_in_several_countries_or_from_overseas_has_no_country(nlp: object) -> None:
    art = dateline.extract(
        "Botswana's government said on Monday that it would keep the hunts. Botswanan officials "
        "said the decision was final. Botswana issues licenses, most purchased by overseas "
        "hunters.\n\nOfficials in the two countries met on Friday.",
        published="2025-03-01", layers=["actors"])
    assert actor_with(art, "overseas hunters").country is None
    assert actor_with(art, "Officials").country is None


def test_the_government_of_a_person_takes_the_persons_country(nlp: object) -> None:
    art = dateline.extract("The government of Malaysian Prime Minister Mahathir Mohamad is "
                           "reviewing the country's rights offshore.",
                           published="2019-12-20", layers=["actors"])
    assert actor_with(art, "The government").country == "MYS"


def test_a_stateless_people_takes_the_story_country(nlp: object) -> None:
    art = dateline.extract(
        "Syria's interim government said on Monday that it would adopt the draft. Syrian "
        "officials said the decision was final. Syrian police guarded the gates.\n\n"
        "Critics said the draft ignored the Kurds.", published="2025-03-14", layers=["actors"])
    kurds = actor_with(art, "the Kurds")
    assert (kurds.country, kurds.sector) == ("SYR", "CVL")


def test_coordinated_nouns_share_a_demonym(nlp: object) -> None:
    art = dateline.extract("The act allowed Chinese merchants, diplomats and students into the "
                           "country.", published="2025-03-01", layers=["actors"])
    assert actor_with(art, "students").country == "CHN"


def test_its_takes_the_nearest_state_or_body(nlp: object) -> None:
    art = dateline.extract("Kenyan officials said the camp would close. He longs for Somalia but "
                           "considers that unrealistic, given its fragile government.",
                           published="2019-03-01", layers=["actors"])
    assert actor_with(art, "its fragile government").country == "SOM"


def test_a_known_possessor_inside_a_name_gives_country_and_sector(nlp: object) -> None:
    art = dateline.extract("Chinese state media made no reference to the ship, according to a "
                           "review by VOA’s Mandarin Service.", published="2025-02-20",
                           layers=["actors"])
    service = actor_with(art, "VOA’s Mandarin Service")
    assert (service.country, service.sector) == ("USA", "JRN")


def test_people_fleeing_a_country_take_no_story_country(nlp: object) -> None:
    art = dateline.extract(KENYA + "\n\nThe camps offered havens to people fleeing civil wars "
                           "in Somalia and Sudan.", published="2021-04-01", layers=["actors"])
    assert actor_with(art, "people").country is None


def test_his_government_is_the_speaking_officials(nlp: object) -> None:
    art = dateline.extract(
        "South Korean Ambassador Joonkook Hwang told council members the threat was real. He "
        "said that since North Korean leader Kim Jong Un and Russian President Vladimir Putin "
        "held a summit, Pyongyang has shipped containers to Russia. His government has also "
        "determined that shells were included.", published="2023-11-01", layers=["actors"])
    assert actor_with(art, "His government").country == "KOR"


def test_people_led_by_a_person_share_their_country_and_sector(nlp: object) -> None:
    art = dateline.extract("Eight Republican U.S. senators led by Jim Risch sent a letter to the "
                           "secretary.", published="2025-02-20", layers=["actors"])
    risch = actor_with(art, "Jim Risch")
    assert (risch.country, risch.sector) == ("USA", "LEG")


def test_non_residents_take_no_story_country(nlp: object) -> None:
    art = dateline.extract(KENYA + "\n\nNon-residents were stumped by the new rules.",
                           published="2021-04-01", layers=["actors"])
    found = [a for a in art.actors if any("residents" in m.text for m in a.mentions)]
    assert found and all(a.country is None for a in found)


BELARUS = (
    "A court in eastern Belarus on Wednesday sentenced a freelance journalist to four years in a "
    "penal colony, the latest in a series of prison terms since the disputed election.\n\n"
    "Belarusian authorities have jailed dozens of critics. The Belarusian government calls the "
    "protests a foreign plot.\n\n"
    "Belarus's information minister said last month that journalists who worked for extremist "
    "media would be prosecuted.\n\n"
    "A French reporter who visited Minsk said the mood was tense."
)


def test_journalist_the_storys_state_punishes_is_of_the_story(nlp: object) -> None:
    art = dateline.extract(BELARUS, published="2025-02-12", layers=["actors"])
    assert actor_with(art, "a freelance journalist").country == "BLR"
    assert actor_with(art, "journalists").country == "BLR"


def test_journalist_nobody_punishes_keeps_no_story_country(nlp: object) -> None:
    # reporters travel: one the story only quotes is of no country it does not name
    art = dateline.extract(KENYA, published="2021-04-01", layers=["actors"])
    assert actor_with(art, "reporters").country is None
