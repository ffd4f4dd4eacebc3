"""Actor rules of the wt-actors round (written and VOA even halves): a city-only dateline's
country, a singular anaphor that is no counted plural, "the Russian state" as a polity,
asylum-seekers who are not the host's, security forces facing a crowd, acronyms after ", or",
an official's envoy and states the parser hides.  Sentences written for these tests."""

from __future__ import annotations

from helpers import actor_with, actors_of

OSLO_STORY = (
    "OSLO — Norway's parliament on Thursday passed a bill letting the police expel "
    "asylum-seekers at the northern frontier with Russia, a step the government says is needed "
    "against what it calls Moscow's use of migrants as a weapon. Prime Minister Jonas Dahl told "
    "lawmakers that Norway would not let a hostile neighbor decide who crosses its border. "
    "\"The law targets the Russian state, which treats people as tools,\" Dahl said. "
    "Russia denied the charge, and the Kremlin said Moscow regretted the move. Norway closed "
    "two crossings last winter. Norway says its border is safe, and Norway will keep it so. "
    "The government extended the closure in May.")


def test_city_dateline_gives_the_country_named_most():
    actors = actors_of(OSLO_STORY)
    assert actor_with(actors, "The government").country == "NOR"
    assert actor_with(actors, "Prime Minister Jonas Dahl").country == "NOR"


def test_city_dateline_needs_its_country_named_most():
    # the same story with Russia named more often than Norway: no story country
    story = OSLO_STORY.replace("Norway closed two crossings last winter. Norway says its border "
                               "is safe, and Norway will keep it so. ",
                               "Russia moved troops. Russia says its border is safe, and Russia "
                               "will keep it so. ")
    assert actor_with(actors_of(story), "The government").country is None


def test_national_state_is_the_polity():
    actors = actors_of("The minister said the law was aimed at the Russian state, which uses "
                       "migrants as a weapon.")
    state = actor_with(actors, "the Russian state")
    assert (state.country, state.sector) == ("RUS", "GOV")


def test_islamic_state_and_state_media_are_not_a_national_state():
    actors = actors_of("The Islamic State claimed the attack, Iraqi state media reported.")
    assert all(m.text != "the Islamic State" or a.country != "IRQ"
               for a in actors for m in a.mentions)
    assert not any(m.text == "Iraqi state" for a in actors for m in a.mentions)


def test_asylum_seekers_take_no_story_country():
    actors = actors_of(OSLO_STORY)
    assert actor_with(actors, "asylum-seekers").country is None


def test_singular_government_is_not_the_two_governments():
    story = ("BOGOTA, Colombia — Colombian President Ana Ruiz said she had spoken with "
             "Ecuadorian President Luis Mora and that the two governments had agreed to share "
             "aid. Colombia's army moved troops to the border. Colombia said the rebels must "
             "disarm. The government is continuing talks with two smaller groups.")
    actors = actors_of(story)
    gov = actor_with(actors, "The government")
    assert gov is not actor_with(actors, "the two governments")
    assert gov.country == "COL"


def test_security_forces_facing_a_crowd_are_police():
    actors = actors_of("Security forces fired tear gas and rubber bullets at demonstrators in "
                       "the capital on Friday.")
    assert actor_with(actors, "Security forces").sector == "COP"


def test_security_forces_fighting_are_military():
    actors = actors_of("Security forces clashed with fighters loyal to the former president on "
                       "Friday.")
    assert actor_with(actors, "Security forces").sector == "MIL"
    actors = actors_of("The activist began a hunger strike in protest against abuses by "
                       "Algerian security forces.")
    assert actor_with(actors, "Algerian security forces").sector == "MIL"


def test_acronym_after_or_is_the_body():
    actors = actors_of("The arrests were reported by the Kazakh Union of Reporters, or KUR, on "
                       "Monday. The KUR says 12 reporters are in jail.")
    body = actor_with(actors, "the Kazakh Union of Reporters")
    assert actor_with(actors, "The KUR") is body


def test_officials_envoy_is_of_the_officials_state():
    story = ("MOGADISHU, Somalia — Somali President Hassan Ali declared a drought emergency on "
             "Monday. Somalia's government said Somalia needed aid. Abdi Warsame, the "
             "president's special envoy for drought response, said militants had stopped "
             "trucks carrying food.")
    assert actor_with(actors_of(story), "Abdi Warsame").country == "SOM"


def test_envoy_of_no_coded_official_takes_no_country():
    actors = actors_of("Abdi Warsame, the group's special envoy, said militants had stopped "
                       "trucks carrying food.")
    assert actor_with(actors, "Abdi Warsame").country is None


def test_state_called_names_is_an_actor():
    # the parse of "Trump called Canada 'one of the highest tariffing nations'" that takes both
    # the object and its predicate for predicates (oprd), built by hand
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.actors.nonactors import actor_like

    words = ["Trump", "called", "Canada", "one", "of", "them", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4, 1],
              deps=["nsubj", "ROOT", "oprd", "oprd", "prep", "pobj", "punct"])
    assert actor_like(doc[2])
    lone = Doc(Vocab(), words=["It", "became", "Canada", "."], heads=[1, 1, 1, 1],
               deps=["nsubj", "ROOT", "oprd", "punct"])
    assert not actor_like(lone[2])  # a predicate alone names no actor


def test_decision_of_a_state_is_its_act():
    actors = actors_of("\"We regret the decision of Uganda not to take part in the hearings,\" "
                       "the judge said.")
    assert actor_with(actors, "Uganda").country == "UGA"


def test_a_state_as_a_place_of_a_noun_stays_a_place():
    actors = actors_of("The capital of Uganda was quiet on Monday.")
    assert not any(m.text == "Uganda" for a in actors for m in a.mentions)
