"""Recipients the sentence names in forms of world news (wire-style sentences written for the
recipients round, issue 6): a shot fired "at" a state or at a thing it owns, a reciprocal
pronoun ("accused each other"), and a seat of government "of"/"from" an act of words."""

from __future__ import annotations

from functools import partial

from helpers import coded_events, extract

coded = partial(coded_events, published="2025-02-03")


def test_a_state_fired_at_is_the_target_not_the_place() -> None:
    assert ("ASSAULT", ["IRN"], ["ISR"]) in coded("Iran fired missiles at Israel late on Tuesday.")


def test_the_owner_of_a_thing_fired_at_is_the_target() -> None:
    assert ("ASSAULT", ["PRK"], ["KOR"]) in coded(
        "North Korea fired artillery shells at South Korea's border islands.")


def test_at_a_city_where_one_spoke_is_still_a_place() -> None:
    # only a verb of aiming makes "at" a target: a talk "at Geneva" is held there
    assert all("OMN" not in recipients for _, _, recipients in coded(
        "Iran's foreign minister held talks with his French counterpart at Oman on Monday."))


def test_each_other_makes_the_actors_each_others_recipients() -> None:
    assert coded("Russia and Ukraine accused each other of violating the ceasefire.") == [
        ("ACCUSE", ["RUS", "UKR"], ["RUS", "UKR"])]


def test_one_another_is_the_same_reciprocal() -> None:
    assert coded("India and Pakistan blamed one another for the clash on Sunday.") == [
        ("ACCUSE", ["IND", "PAK"], ["IND", "PAK"])]


def test_a_single_actor_with_each_other_gets_no_recipient_from_it() -> None:
    # "each other" needs two actors to stand for: a lone coded subject names no partner
    assert ("ACCUSE", ["SDN"], ["SDN"]) not in coded(
        "Sudan's army and its allies accused each other of looting, witnesses said.")


def test_a_capital_of_a_criticism_is_its_state() -> None:
    assert coded("Manila's condemnation of Beijing came after the collision.") == [
        ("ACCUSE", ["PHL"], ["CHN"])]


def test_a_capital_an_offer_comes_from_is_its_state() -> None:
    assert coded("Kenya rejected a fresh offer from Mogadishu on the maritime border.") == [
        ("REJECT", ["KEN"], ["SOM"])]


def test_a_besieged_capital_stays_a_place() -> None:
    # an act done to a city (siege, bombing) keeps the city a place, not its government
    art = extract("The siege of Khartoum lasted for months.", published="2025-02-03")
    assert not any(m.text == "Khartoum" for a in art.actors for m in a.mentions)


def test_a_light_verbs_support_is_for_its_for_party() -> None:
    assert coded("The European Union expressed its support for Ukraine.") == [
        ("SUPPORT", ["IGOEU"], ["UKR"])]


def test_support_for_a_things_owner() -> None:
    # the owner of what is supported is the party backed (VOA 7638284's form, gold TWN)
    assert ("SUPPORT", ["FRA"], ["TWN"]) in coded(
        "France voiced strong support for Taiwan's democracy on Tuesday.")


def test_support_for_a_plan_names_no_recipient() -> None:
    assert coded("China voiced support for the plan on Tuesday.") == [("SUPPORT", ["CHN"], [])]


def test_a_nominal_supports_for_party() -> None:
    from dateline.events import candidates

    art = extract("Turkey's support for Syria's new government has grown since December.",
                  published="2025-02-03")
    codes = {a.id: a.country for a in art.actors}
    assert [(e.type, [codes[r] for r in e.recipients]) for e, _ in candidates(art, 0.0)] == [
        ("SUPPORT", ["SYR"])]



def test_the_two_sides_accusing_each_other_are_the_pair_named_before() -> None:
    assert ("ACCUSE", ["ETH", "ERI"], ["ETH", "ERI"]) in coded(
        "Ethiopia and Eritrea fought a border war from 1998 to 2000. The two sides have accused "
        "each other of backing rebels.")


def test_the_two_sides_accusing_a_third_party_are_not_each_others_recipients() -> None:
    # the pair named before accuses (session 26: a pair subject is resolved for one-sided acts
    # too), but not each other: the rebels are the accused
    found = [(a, r) for t, a, r in coded(
        "Ethiopia and Eritrea fought a border war from 1998 to 2000. The two sides have accused "
        "the rebels of looting.") if t == "ACCUSE"]
    assert found and sorted(found[0][0]) == ["ERI", "ETH"]
    assert not {"ERI", "ETH"} & set(found[0][1])


def test_an_offer_made_to_a_state() -> None:
    assert coded("Russia made an offer to Ukraine on Monday.") == [("AGREE", ["RUS"], ["UKR"])]


def test_a_rejected_offer_stays_the_rejection() -> None:
    assert coded("Kenya rejected a fresh offer from Mogadishu on the maritime border.") == [
        ("REJECT", ["KEN"], ["SOM"])]


def test_strikes_against_military_targets_are_an_assault_on_their_owner() -> None:
    assert coded("The United States carried out strikes against Houthi positions in Yemen.") == [
        ("ASSAULT", ["USA"], ["YEM"])]
