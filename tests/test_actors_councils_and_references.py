"""Actor coding rules of the wt-actors2 helper round (read from the written stories' even half).
Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_plural_rank_on_a_council_takes_the_council_country():
    # "Leaders on the AU's Peace and Security Council": members seated on a body are the body's
    text = ("Leaders on the African Union's Peace and Security Council met in Addis Ababa on "
            "Monday to discuss the fighting in Sudan.")
    assert actor_with(actors_of(text), "Leaders").country == "IGOAFU"


def test_on_a_topic_is_no_seat():
    # "on" seats a rank on a council or a board only, not on a subject
    text = ("Experts on the African Union said on Monday that the talks in Addis Ababa would "
            "be difficult.")
    experts = [a for a in actors_of(text) if any(m.text == "Experts" for m in a.mentions)]
    assert not experts or experts[0].country != "IGOAFU"



SIGNING = ("Crown Prince Mohammed bin Salman welcomed the delegation in Riyadh. Energy Secretary "
           "Tom Harlan and Saudi Energy Minister Prince Turki bin Salman also signed a memorandum "
           "under which the two countries will cooperate on mining, though officials said talks "
           "were still under way.")


def test_name_cut_before_bin_is_one_name():
    # the tagger's "Prince Turki" + "bin Salman": one person, not a second mention of the crown
    # prince, who bears the same patronymic
    prince = actor_with(actors_of(SIGNING), "Crown Prince Mohammed bin Salman")
    assert [m.text for m in prince.mentions] == ["Crown Prince Mohammed bin Salman"]


def test_later_conjunct_nationality_does_not_reach_back():
    # "Energy Secretary X and Saudi Energy Minister Y signed": the nationality set on the later
    # conjunct only tells Y apart; X is not Saudi
    actors = actors_of(SIGNING)
    assert actor_with(actors, "Saudi Energy Minister Prince Turki bin Salman").country == "SAU"
    assert actor_with(actors, "Energy Secretary Tom Harlan").country is None


def test_bare_president_is_the_story_main_holder_not_a_foreign_one_named_last():
    # a bare "the president" after a foreign president set apart by his nationality is the
    # story's own president, named far more often
    text = ("BOGOTA, Colombia — Colombian President Gustavo Petro ordered troops into the region "
            "on Monday. Petro said the army would restore order. Petro also met the ombudsman. "
            "Officials said Petro had spoken with Ecuadorean President Daniel Noboa about the "
            "border, and the two governments agreed to cooperate. Critics of the president's "
            "security policy say it has failed.")
    actors = actors_of(text)
    assert actor_with(actors, "the president").country == "COL"
    assert actor_with(actors, "Ecuadorean President Daniel Noboa").country == "ECU"


ALLIANCE_STORY = (
    "The Northern Freedom Alliance, made up of three ethnic armed groups, said on Sunday it had "
    "captured the town of Laukkai. The alliance said its fighters had seized dozens of army "
    "posts. Residents said the fighting had forced thousands to flee. The military government "
    "said it would retake the town. China called for a cease-fire. Aid groups said food was "
    "running short. The United Nations said more than 50,000 people had been displaced. "
    "Myanmar's opposition National Unity Government praised the alliance's gains on Monday.")


def test_alliance_possessor_far_back_is_the_named_alliance_not_the_un():
    # "praised the alliance's gains": the one alliance the story names, paragraphs back; the
    # United Nations named just before is no alliance
    actors = actors_of(ALLIANCE_STORY)
    alliance = actor_with(actors, "The Northern Freedom Alliance")
    assert "the alliance" in [m.text for m in alliance.mentions]
    un = actor_with(actors, "The United Nations")
    assert "the alliance" not in [m.text for m in un.mentions]


def test_named_group_described_as_local_takes_the_story_country():
    # "local militias known as X": a name the text calls local is of the place the story is set in
    text = ("GOMA, Democratic Republic of Congo — Fighting resumed on Tuesday in North Kivu "
            "province. Congo's army said rebels had attacked its positions. Congo's government "
            "accused Rwanda of backing the rebels. Rebel fighters attacked villages defended by "
            "local militias known as Mai-Mai Kifuafua, residents said.")
    assert actor_with(actors_of(text), "Mai-Mai Kifuafua").country == "COD"


def test_where_a_flight_came_from_places_nobody():
    # "arrived on a commercial flight from Singapore": where the flight set off, no country of
    # "the government" in a story set in the Philippines
    text = ("MANILA, Philippines — Philippine police arrested a former senator on Tuesday. The "
            "Philippines' justice secretary said the arrest was lawful. Philippine prosecutors "
            "will charge him with graft. The senator was detained shortly after he arrived on a "
            "commercial flight from Singapore, where he had met supporters, and the government "
            "said he would face trial.")
    assert actor_with(actors_of(text), "the government").country == "PHL"


def test_where_an_act_comes_from_is_nobodys_country():
    # "readiness against any provocation from North Korea": the source of the provocation
    # gives neither the acting leader nor the military of a story set in South Korea a country
    text = ("SEOUL, South Korea — South Korea's parliament voted on Saturday to impeach the "
            "president. South Korea's prime minister became acting leader. South Korean officials "
            "said the cabinet would meet. In a statement, the acting leader instructed the "
            "military to strengthen its readiness against any provocation from North Korea.")
    actors = actors_of(text)
    assert actor_with(actors, "the military").country == "KOR"
    assert actor_with(actors, "the acting leader").country == "KOR"


def test_people_from_a_country_are_still_of_it():
    # "from" on a person or a body noun still says whose they are
    text = "Officials from China said on Monday that the talks would resume."
    assert actor_with(actors_of(text), "Officials").country == "CHN"


def test_acronym_of_a_name_spelled_out_inside_another_phrase_takes_its_country():
    # "leaders of the opposition Bangladesh Nationalist Party … The BNP": the acronym's
    # spelled-out name begins with the country
    text = ("DHAKA, Bangladesh — Police arrested hundreds of people on Sunday, among them several "
            "senior leaders of the opposition Bangladesh Nationalist Party. The BNP has denied "
            "the accusation.")
    assert actor_with(actors_of(text), "The BNP").country == "BGD"


def test_acronym_of_a_name_without_a_country_stays_none():
    text = ("Analysts at the Eurasia Group said markets were calm. Officials in Berlin said talks "
            "would go on. The EG said on Monday it expected no change.")
    assert actor_with(actors_of(text), "The EG").country is None
