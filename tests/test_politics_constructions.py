"""Constructions of domestic politics, courts and protest in wire news (wt-politics): a
leader's or party's supporters are actors of the public, the opposition when they back a
former or opposition leader, and they never stand for, nor act against, the one they back.
Sentences written for these tests in wire style."""

from helpers import actor_with, actors_of, extract


def test_supporters_named_by_their_party_are_an_actor() -> None:
    text = "Police detained more than 300 ANC supporters outside the court in Durban on Monday."
    supporters = actor_with(actors_of(text), "more than 300 ANC supporters")
    assert supporters.sector == "CVL"


def test_supporters_arrested_are_the_recipients_not_the_party_they_back() -> None:
    text = ("Riot police arrested dozens of supporters of the governing party after clashes "
            "in Nairobi, Kenyan officials said.")
    art = extract(text)
    arrests = [e for e in art.events if e.type == "COERCE"]
    assert arrests
    names = {art.actor(x).name for e in arrests for x in e.recipients}
    assert "governing party" not in " ".join(names)


def test_supporters_of_an_ousted_leader_are_the_opposition() -> None:
    text = ("Supporters of ousted President Mohamed Bazoum marched through Niamey on Friday "
            "demanding that he be freed.")
    art = extract(text)
    supporters = actor_with(art, "Supporters")
    assert supporters.sector == "OPP"
    marches = [e for e in art.events if e.type == "PROTEST"]
    assert not any(art.actor(r).name.endswith("Bazoum") for e in marches for r in e.recipients)


def test_a_persons_supporters_by_pronoun_take_no_story_country() -> None:
    text = ("Kenyan blogger Amos Kiprono thanked his supporters on Tuesday after a Nairobi court "
            "dropped the charges against him. Kenyan police had arrested him in May.")
    assert actor_with(actors_of(text), "his supporters").country is None


def test_spokesman_for_a_party_named_by_its_kind_is_of_the_party() -> None:
    text = ("A spokeswoman for the governing party, Maria Lindqvist, said the budget vote would "
            "go ahead on Tuesday.")
    assert actor_with(actors_of(text), "A spokeswoman").sector == "PTY"


def test_leader_of_the_opposition_party_is_the_opposition() -> None:
    text = "The leader of the main opposition party, Ozgur Ozel, condemned the arrests in Ankara."
    assert actor_with(actors_of(text), "The leader").sector == "OPP"


def test_us_parties_named_by_their_members_are_actors() -> None:
    text = "Democrats won the governor's race in New Jersey on Tuesday, officials said."
    democrats = actor_with(actors_of(text), "Democrats")
    assert (democrats.country, democrats.sector) == ("USA", "PTY")


def test_party_members_in_a_passage_on_congress_are_lawmakers() -> None:
    text = ("The House passed the spending bill 218-214 on Friday. Democrats accused "
            "Republicans of cutting health programs.")
    art = actors_of(text)
    assert actor_with(art, "Democrats").sector == "LEG"
    assert actor_with(art, "Republicans").sector == "LEG"


def test_two_people_of_one_surname_stay_two() -> None:
    text = ("A court in Lahore jailed opposition leader Nawaz Sharif for seven years. Sharif "
            "denies wrongdoing. His brother Shehbaz Sharif told reporters the family would "
            "appeal.")
    art = actors_of(text)
    assert actor_with(art, "Shehbaz Sharif") is not actor_with(art, "Sharif")


def test_groups_counted_differently_are_different_groups() -> None:
    text = ("A bridge collapse in Kolkata killed 21 people on Sunday. Police arrested 9 people "
            "over the collapse on Monday.")
    art = actors_of(text)
    assert actor_with(art, "21 people") is not actor_with(art, "9 people")


def test_an_object_pronoun_is_not_its_own_clauses_subject() -> None:
    text = ("Conservative lawmakers blocked the reform on Tuesday, and Labour accused them "
            "of betraying voters.")
    art = extract(text)
    lawmakers = actor_with(art, "Conservative lawmakers")
    assert any(m.text == "them" for m in lawmakers.mentions)


def test_recognizing_a_person_by_sight_is_no_support() -> None:
    art = extract("He said a soldier recognized him at the checkpoint and let him pass.")
    assert not [e for e in art.events if e.type == "SUPPORT"]


def test_an_announced_resignation_is_a_retreat() -> None:
    art = extract("Peruvian Prime Minister Gustavo Adrianzen announced his resignation on "
                  "Tuesday after weeks of protests in Lima.")
    assert [e for e in art.events if e.type == "RETREAT"]
    art = extract("Peruvian protesters demanded the resignation of the interior minister.")
    assert not [e for e in art.events if e.type == "RETREAT"]


def test_a_fronted_country_sets_its_sentences_scene() -> None:
    text = ("A Kenyan court on Monday jailed two activists over the protests in Nairobi. Kenyan "
            "police said 40 people were arrested. In Uganda, the Constitutional Court on "
            "Tuesday struck down a law on military trials of civilians.")
    assert actor_with(actors_of(text), "the Constitutional Court").country == "UGA"


def test_a_result_participle_takes_the_day_of_the_acts_purpose_clause() -> None:
    from helpers import date_of

    text = ("Serbian police used batons and pepper spray to clear students from a bridge in "
            "Novi Sad early on Monday, arresting at least 12 people, officials said.")
    assert date_of(text, "arresting", "2026-03-05") == "2026-03-02"


def test_a_day_set_for_something_is_read_either_way_of_the_story() -> None:
    import dateline

    art = dateline.extract("Unions called a nationwide strike of transport workers for "
                           "December 5.", published="2026-11-20", layers=["times"])
    assert [t.value for t in art.times] == ["2026-12-05"]
    art = dateline.extract("Unions called a nationwide strike for November 2.",
                           published="2026-11-20", layers=["times"])
    assert [t.value for t in art.times] == ["2026-11-02"]


def test_a_church_that_speaks_is_religious_and_one_stood_outside_is_a_place() -> None:
    art = actors_of("The Romanian Orthodox Church urged lawmakers to reject the bill.")
    assert actor_with(art, "The Romanian Orthodox Church").sector == "REL"
    art = actors_of("Protesters gathered outside a church in Nairobi on Sunday.")
    assert not any(m.text == "a church" for a in art for m in a.mentions)


def test_a_legislatures_judiciary_committee_is_legislative() -> None:
    art = actors_of("The Senate Judiciary Committee voted 12-10 to advance the nomination.")
    assert actor_with(art, "The Senate Judiciary Committee").sector == "LEG"


def test_the_state_a_demanded_act_targets_gives_the_demanders_no_country() -> None:
    art = actors_of("A group of 30 lawmakers urged the administration to impose new sanctions "
                    "on Venezuela.")
    assert actor_with(art, "30 lawmakers").country != "VEN"
    assert actor_with(art, "the administration").country != "VEN"


def test_a_bare_surname_two_people_bear_is_the_main_bearers() -> None:
    text = ("A Dhaka court jailed former Prime Minister Khaleda Zia for five years. Zia denies "
            "the charges. Party secretary Fakhrul Islam Zia told reporters the party would "
            "appeal. Zia was first jailed in 2018.")
    art = actors_of(text)
    main = actor_with(art, "former Prime Minister Khaleda Zia")
    assert sum(m.text == "Zia" for m in main.mentions) == 2
