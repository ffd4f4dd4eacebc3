"""A modal demand whose subject is a policy or a thing, not a party.

A demand on a policy or a thing is made of the state the subject names: "says immigration to
France should stop" (VOA 6205696, gold REQUEST France -> France).

A demand about joint talks asks no partner: "said talks with China must continue" (VOA 7808748).
"""

from helpers import candidates_of


def test_demand_on_a_policy_is_made_of_the_state_it_names():
    text = ("Former French minister Michel Barnier says immigration to France should stop "
            "for three to five years.")
    art, found = candidates_of(text, "REQUEST")
    assert found, "a modal demand on 'immigration to France' is a REQUEST"
    countries = {art.actor(x).country for ev in found for x in ev.recipients}
    assert countries == {"FRA"}


def test_demand_on_a_party_keeps_that_party():
    text = "The minister said Israel must allow aid into Gaza."
    art, found = candidates_of(text, "REQUEST")
    assert {art.actor(x).country for ev in found for x in ev.recipients} == {"ISR"}


def test_demand_on_joint_talks_asks_no_partner():
    text = "German Chancellor Olaf Scholz on Wednesday said talks with China must continue."
    _, found = candidates_of(text, "REQUEST")
    assert found == [], "a demand about talks with China is no demand on China"
