"""Recall of acts by the people of two (or more) countries named in one noun phrase: "the leaders
of the two countries", "the two countries' defence ministers", a pronoun the actor layer ties
to "the three governments" — one actor per country, each the other's recipient when the act is
reciprocal."""

from __future__ import annotations

import pytest

from helpers import trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")

BEFORE = "Sudan and South Sudan ended talks on oil transit fees on Friday. "


def _sides(text: str, etype: str, trigger: str) -> list[tuple[set, set]]:
    return [(set(a), set(r)) for a, r in trigger_sides(text, etype, trigger)]


def test_the_leaders_of_the_two_countries_are_the_pair_named_before() -> None:
    text = BEFORE + "The leaders of the two countries agreed to reopen the border."
    assert ({"SDN", "SSD"}, {"SDN", "SSD"}) in _sides(text, "AGREE", "agreed")


def test_leaders_of_both_countries_are_the_pair_named_before() -> None:
    text = BEFORE + "Leaders of both countries agreed to reopen the border on Sunday."
    assert ({"SDN", "SSD"}, {"SDN", "SSD"}) in _sides(text, "AGREE", "agreed")


def test_the_two_countries_ministers_met_each_other() -> None:
    text = BEFORE + "The two countries' defence ministers met in Juba on Saturday."
    assert ({"SDN", "SSD"}, {"SDN", "SSD"}) in _sides(text, "CONSULT", "met")


def test_an_appeal_to_the_leaders_of_both_countries_asks_both() -> None:
    text = BEFORE + ("The African Union urged the leaders of the two countries to reopen the "
                     "border.")
    assert ({"IGOAFU"}, {"SDN", "SSD"}) in _sides(text, "REQUEST", "urged")


def test_the_people_of_one_named_country_stay_unresolved() -> None:
    # no count word: "the leaders of the region" is no pair named before
    text = BEFORE + "The leaders of the region agreed to reopen the border."
    assert all(not ({"SDN", "SSD"} <= a) for a, _ in _sides(text, "AGREE", "agreed"))


def test_the_three_governments_are_the_three_states_listed() -> None:
    text = ("Mali, Niger and Burkina Faso left the regional bloc on Wednesday. The three "
            "governments accused Ecowas of serving foreign interests.")
    assert any(a == {"MLI", "NER", "BFA"} for a, _ in _sides(text, "ACCUSE", "accused"))


def test_a_pronoun_of_the_three_governments_is_the_three_states() -> None:
    # (the list parsed as an apposition and a conjunct, as the parser reads it in written
    # 9100008)
    text = ("Mali, Burkina Faso and Niger formally left the Economic Community of West African "
            "States on Wednesday, a year after the three military-led governments announced "
            "their withdrawal from the bloc, which they accused of failing to help them. "
            "ECOWAS imposed sweeping economic sanctions on Niger after soldiers ousted "
            "President Mohamed Bazoum in July 2023. Burkina Faso has been ruled by soldiers "
            "since 2022.")
    assert ({"MLI", "NER", "BFA"}, {"IGOWAS"}) in _sides(text, "ACCUSE", "accused")


def test_the_regional_bloc_is_the_bloc_named_before() -> None:
    from helpers import actors_of

    text = ("Mali, Burkina Faso and Niger formally left the Economic Community of West African "
            "States on Wednesday, a year after the three military-led governments announced "
            "their withdrawal from the regional bloc.")
    bloc = [a for a in actors_of(text) if any(m.text == "the regional bloc" for m in a.mentions)]
    assert bloc and bloc[0].country == "IGOWAS"


def test_a_described_bloc_stays_no_anaphor() -> None:
    from helpers import actors_of

    text = ("Mali left the Economic Community of West African States on Wednesday and joined "
            "the opposition bloc in parliament.")
    assert not any(a.country == "IGOWAS" and any(m.text == "the opposition bloc"
                                                  for m in a.mentions) for a in actors_of(text))


def test_coordinated_possessors_split_the_group_by_state() -> None:
    from helpers import actors_of

    found = actors_of("Russia and Ukraine's delegations met in Istanbul on Friday.")
    assert {(a.name, a.country) for a in found} >= {("Russia", "RUS"), ("Ukraine", "UKR")}
    group = [a for a in found if a.name == "delegations"]
    assert group and group[0].country is None


def test_a_meeting_of_coordinated_possessors_delegations_is_reciprocal() -> None:
    text = "Russia and Ukraine's foreign ministers met in Antalya on Thursday."
    assert ({"RUS", "UKR"}, {"RUS", "UKR"}) in _sides(text, "CONSULT", "met")


def test_an_appeal_to_coordinated_possessors_leaders_asks_both() -> None:
    text = "China urged Russia and Ukraine's leaders to return to talks on Monday."
    assert ({"CHN"}, {"RUS", "UKR"}) in _sides(text, "REQUEST", "urged")


def test_officials_from_both_countries_are_the_pair_named_before() -> None:
    text = BEFORE + "Officials from both countries met in Juba on Saturday."
    assert ({"SDN", "SSD"}, {"SDN", "SSD"}) in _sides(text, "CONSULT", "met")


def test_a_meeting_between_the_leaders_of_the_two_countries_is_the_pairs() -> None:
    text = BEFORE + ("A meeting between the leaders of the two countries is planned for next "
                     "week in Addis Ababa.")
    assert ({"SDN", "SSD"}, {"SDN", "SSD"}) in _sides(text, "CONSULT", "meeting")


def test_the_defence_chiefs_of_two_states_meet_each_other() -> None:
    text = "The defence chiefs of Russia and China met in Beijing on Monday."
    assert ({"RUS", "CHN"}, {"RUS", "CHN"}) in _sides(text, "CONSULT", "met")


def test_a_defence_chief_is_military() -> None:
    from helpers import actors_of

    found = actors_of("Russia's defence chief met his Chinese counterpart in Beijing on Monday.")
    assert ("RUS", "MIL") in {(a.country, a.sector) for a in found}


def test_fire_exchanged_by_two_states_troops_is_a_clash_of_both() -> None:
    text = "Indian and Pakistani troops exchanged fire along the border on Tuesday."
    assert ({"IND", "PAK"}, {"IND", "PAK"}) in _sides(text, "ASSAULT", "exchanged")


def test_fire_exchanged_with_a_side_targets_that_side() -> None:
    text = "Israeli troops exchanged fire with Hezbollah fighters near the border on Monday."
    assert ({"ISR"}, {"LBN"}) in _sides(text, "ASSAULT", "exchanged")
