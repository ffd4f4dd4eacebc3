"""Actor-layer gaps that held back events: phrases that gave the events layer no actor or no
country (PLOVER gold records and VOA even-id stories; model-backed, few and real)."""

from __future__ import annotations

from functools import partial

from helpers import actor_with, article_of

# an article of the PLOVER records' time: the dictionary reads titles by the date
old_story = partial(article_of, published="2000-01-01")


def test_rebels_take_the_one_government_of_their_sentence(nlp: object) -> None:
    art = old_story("The Sudanese government has accused Darfur rebels of violating a month-old "
                    "ceasefire, a member of the Chadian team trying to broker a peace pact has said.")
    assert actor_with(art, "Darfur rebels").country == "SDN"


def test_rebels_stay_none_between_two_governments(nlp: object) -> None:
    art = old_story("The Sudanese government and the Chadian government accused rebels of "
                    "violating the ceasefire.")
    assert actor_with(art, "rebels").country is None


def test_nationality_of_a_demand_is_the_state_that_makes_it(nlp: object) -> None:
    art = old_story("Serbia on Thursday flatly rejected an Australian ultimatum to handover a "
                    "guard involved in a shooting in front of the Yugoslav consulate in Sydney.")
    australia = actor_with(art, "Australian")
    assert (australia.kind, australia.country) == ("state", "AUS")


def test_nationality_of_a_thing_is_no_actor(nlp: object) -> None:
    art = old_story("Serbia on Thursday rejected Australian wheat.")
    assert not any(m.text == "Australian" for a in art.actors for m in a.mentions)


def test_a_force_acts_through_its_machines(nlp: object) -> None:
    art = old_story("Israeli army bulldozers demolished Palestinian homes and civilian buildings "
                    "in southern Gaza on Sunday, Palestinian officials and US witnesses said.")
    army = actor_with(art, "Israeli army bulldozers")
    assert (army.country, army.sector) == ("ISR", "MIL")


def test_machines_bought_are_no_actor(nlp: object) -> None:
    art = old_story("Turkey wants to buy army bulldozers from Germany.")
    assert not any("bulldozers" in m.text for a in art.actors for m in a.mentions)


def test_one_word_dictionary_name_before_group(nlp: object) -> None:
    art = old_story("The pro-Iranian Hizbollah (Party of God) group declared a unilateral "
                    "ceasefire on Wednesday in south Lebanon after 12 days of battles with the "
                    "Syrian-backed Amal militia.")
    hizbollah = actor_with(art, "Hizbollah")
    assert (hizbollah.kind, hizbollah.country) == ("organization", "LBN")


def test_the_state_whose_towns_are_struck(nlp: object) -> None:
    art = old_story("Iran threatened to shell Iraqi towns today in retaliation for an air raid "
                    "on the southern city of Susangerd.")
    iraq = actor_with(art, "Iraqi")
    # the people whose towns are struck (GSR gold IRQ CVL), no longer the state (wt-gsr)
    assert (iraq.kind, iraq.country, iraq.sector) == ("group", "IRQ", "CVL")


def test_towns_where_something_happens_name_no_state(nlp: object) -> None:
    art = old_story("Protests continued in Iraqi towns on Sunday.")
    assert not any(m.text == "Iraqi" for a in art.actors for m in a.mentions)


def test_groups_named_by_their_cause_are_advocacy_groups(nlp: object) -> None:
    art = old_story("But it also has gas, and several environment groups accused the Spanish "
                    "company of trying to influence the Madrid talks.")
    assert actor_with(art, "several environment groups").sector == "SOC"


def test_national_armed_movements_have_their_country(nlp: object) -> None:
    art = old_story("President Dos Santos has reportedly conceded at last to demands from the "
                    "National Union for the Total Independence of Angola to overhaul the judiciary.")
    unita = actor_with(art, "the National Union for the Total Independence of Angola")
    assert (unita.country, unita.sector) == ("AGO", "REB")


def test_a_possessor_keeps_its_titles(nlp: object) -> None:
    art = old_story("Iran's religious leader Ayatollah Ruhollah Khomeini today rejected Iraqi "
                    "President Saddam Hussein's proposal for a cease-fire during the Moslem holy "
                    "month of Moharram, saying that it was a trick.")
    saddam = actor_with(art, "Iraqi President Saddam Hussein")
    assert (saddam.country, saddam.sector) == ("IRQ", "GOV")
