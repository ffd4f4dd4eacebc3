"""Session RULES guards: rules once keyed to one sentence, generalised to their construction —
stance participles, an expert's field word, an age before a name, "together with" partners,
every word for a shared border, crowd-control verbs."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of

# a story set in Kenya (after VOA 6184384, Lamu County), as in test_actors_s12p
KENYA = ("Residents of Lamu County, Kenya, say the militants have attacked their villages. "
         "Kenyan police said they had arrested three suspects. Kenyan troops patrol the Boni "
         "forest. The Kenyan government has promised help. ")

# a story on the Central African Republic (VOA 7686618, even), as in test_actors_s12g
CAR_STORY = (
    "Central African Republic officials are pleading with civilians to go back to their "
    "villages. The C.A.R. military says it is still searching for bodies. Bruno Yapande, "
    "C.A.R.'s territorial administration minister, says the government of the Central African "
    "Republic has ordered its military to protect civilians. ")


def test_committed_to_is_a_stance_its_subject_holds(nlp) -> None:
    # PLOVER GSR (AGREE): Vietnam commits; no one committed Vietnam
    from dateline.events import clauses

    text = ("Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to "
            "opening up the economy but will not be rushed, in a rare interview late on Friday.")
    doc = nlp(text)  # type: ignore[operator]
    committed = next(t for t in doc if t.text == "committed")
    assert [t.text for t in clauses._subject(committed)[0]] == ["Vietnam"]


def test_experts_field_word_is_not_his_sector(nlp: object) -> None:
    # as "intelligence analyst Martin Kelly" (VOA 8010476): the field he studies, not his body
    actors = actors_of("Military expert John Smith said the army was badly prepared.")
    assert actor_with(actors, "Military expert John Smith").sector is None


def test_expert_phrase_the_agent_table_has_whole_keeps_its_sector(nlp: object) -> None:
    actors = actors_of("Counter drug expert John Smith said the cartel was growing.")
    assert actor_with(actors, "Counter drug expert John Smith").sector == "COP"


def test_voice_after_the_and_an_age_takes_the_storys_country(nlp: object) -> None:
    # "the 70-year-old Barnier" (VOA 6205696): the age with its article is no description
    actors = actors_of(KENYA + "The 20-year-old Bilai Abdi said she was excited about getting "
                       "her two children new clothes one afternoon.")
    assert actor_with(actors, "The 20-year-old Bilai Abdi").country == "KEN"


def test_age_spelt_without_hyphens_is_no_description(nlp: object) -> None:
    actors = actors_of(KENYA + "20 year old Bilai Abdi said she was excited about getting her "
                       "two children new clothes one afternoon.")
    assert actor_with(actors, "20 year old Bilai Abdi").country == "KEN"


def test_named_partner_together_with_a_judge_is_a_judge(nlp: object) -> None:
    # VOA 7846440 with "together with", which the parser makes the adverb of "with"
    actors = actors_of("\"Public interest in this matter favors giving way to the constitution,\" "
                       "said Kenyan Judge Antony Mrima, who heard the case together with Eric "
                       "Ogola and Freda Mugambi.")
    for name in ("Eric Ogola", "Freda Mugambi"):
        partner = actor_with(actors, name)
        assert (partner.country, partner.sector) == ("KEN", "JUD")


@pytest.mark.parametrize("border", ["their common boundary", "their mutual frontiers"])
def test_group_along_two_states_shared_border_takes_no_story_country(nlp: object,
                                                                    border: str) -> None:
    actors = actors_of(
        CAR_STORY + "Last week, Cameroon and C.A.R. officials met in the C.A.R.'s capital, "
        "Bangui, and signed an agreement to jointly combat what they describe as increasing "
        "insecurity and criminality caused by armed gangs and rebels operating in towns and "
        f"villages along {border}.")
    assert actor_with(actors, "armed gangs").country is None


def test_students_whose_demonstration_police_blocked_take_its_state(nlp: object) -> None:
    # GSR COERCE-0001 ("prevented") with the other verbs of stopping a gathering
    for verb in ("blocked", "suppressed"):
        actors = actors_of(f"Turkish police {verb} the demonstration staged by students at "
                           "Cumhuriyet University near AKP offices in Sivas on 15 October to "
                           "protest the decision of sending troops to Iraq.")
        assert actor_with(actors, "students").country == "TUR", verb



def test_committed_to_a_place_is_no_stance(nlp) -> None:
    # review: "commit"/"dedicate" in the passive with a place or a person are acts done to the
    # subject (the court committed him; someone dedicated the memorial), a stance only toward
    # an act
    from dateline.events import clauses

    for text, word in (("Navalny was committed to a psychiatric clinic in Moscow.", "committed"),
                       ("The memorial was dedicated to the victims of the attack.", "dedicated")):
        doc = nlp(text)  # type: ignore[operator]
        verb = next(t for t in doc if t.text == word)
        assert clauses._stance_phrase(verb) is None
    doc = nlp("Israel is opposed to French mediation in peace negotiations with Syria.")  # type: ignore[operator]
    assert clauses._stance_phrase(next(t for t in doc if t.text == "opposed")) is not None
