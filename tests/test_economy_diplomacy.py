"""Constructions of economic, trade and diplomatic news (wt-economy).

The sentences are written for these tests in the style of wire-service news; none is copied from
an evaluation story.
"""

from __future__ import annotations

import pytest

from helpers import events_of_type, side_countries


# -- a measure a body "agreed on" is that body's measure (predicates.AGREED_MEASURES) ----------

@pytest.mark.parametrize("text, actor, recipient", [
    ("EU foreign ministers agreed on Monday on fresh sanctions against Iran.", "IGOEU", "IRN"),
    ("EU ambassadors agreed a 14th package of sanctions against Russia on Wednesday.",
     "IGOEU", "RUS"),
    ("Japan agreed on Friday on new sanctions against North Korea.", "JPN", "PRK"),
], ids=["agree_on", "agree_transitive", "state"])
def test_agreeing_on_sanctions_is_the_sanction(text: str, actor: str,
                                               recipient: str) -> None:
    art, found = events_of_type(text, "SANCTION")
    assert found, [(e.type, e.trigger.text) for e in art.events]
    assert recipient in side_countries(art, found[0].recipients)
    assert actor in side_countries(art, found[0].actors)
    assert not events_of_type(text, "AGREE")[1]


def test_agreeing_on_an_accord_stays_reciprocal() -> None:
    art, found = events_of_type("Israel and Hamas agreed on a prisoner exchange.", "AGREE")
    assert found and side_countries(art, found[0].recipients) >= {"ISR"}


# -- summoning or recalling an envoy "to protest" is one diplomatic act -------------------------

@pytest.mark.parametrize("text, summoned", [
    ("Morocco summoned the Algerian charge d'affaires in Rabat on Monday.", "DZA"),
    ("Vietnam summoned a Chinese diplomat over the seizure of its fishermen.", "CHN"),
], ids=["charge_d_affaires", "diplomat"])
def test_summoning_any_envoy_is_a_disapproval(text: str, summoned: str) -> None:
    art, found = events_of_type(text, "ACCUSE")
    assert found and summoned in side_countries(art, found[0].recipients)


@pytest.mark.parametrize("text", [
    "Ghana summoned the Nigerian ambassador on Friday to protest the deportation of traders.",
    "Chile's foreign ministry summoned the Argentine ambassador, who had arrived only a month "
    "earlier, to protest the remarks.",
    "Algeria recalled its ambassador to France to protest Paris's stance on Western Sahara.",
], ids=["purpose", "purpose_after_relative_clause", "recall"])
def test_a_complaint_purpose_is_no_demonstration(text: str) -> None:
    art, found = events_of_type(text, "PROTEST")
    assert not found, [(e.type, e.trigger.text) for e in art.events]
    assert any(e.type in ("ACCUSE", "SANCTION") for e in art.events)


def test_a_march_to_protest_stays_a_protest() -> None:
    assert events_of_type("Thousands of farmers marched in Paris to protest the trade deal.",
                          "PROTEST")[1]


@pytest.mark.parametrize("text, host", [
    ("Turkey recalled its ambassador to Greece for consultations on Friday.", "GRC"),
    ("Rwanda recalled its envoy in Belgium after a row over Congo.", "BEL"),
    ("Algeria recalled its ambassador from France over the dispute.", "FRA"),
], ids=["to", "in", "from"])
def test_a_recall_is_aimed_at_the_host_state(text: str, host: str) -> None:
    art, found = events_of_type(text, "SANCTION")
    assert found and side_countries(art, found[0].recipients) == {host}


# -- an appeal to "both sides" is made on the pair named before (obj:@pair) ---------------------

def test_urging_both_sides_asks_the_pair_named_before() -> None:
    text = ("India and Pakistan exchanged artillery fire along the border. The United Nations "
            "urged both countries to exercise maximum restraint.")
    art, found = events_of_type(text, "REQUEST")
    assert found and side_countries(art, found[0].recipients) == {"IND", "PAK"}


def test_the_pair_is_not_the_urgers_themselves() -> None:
    text = ("Ethiopia and Eritrea massed troops on the border. Kenya and Uganda urged the two "
            "sides to resolve their dispute through dialogue.")
    art, found = events_of_type(text, "REQUEST")
    assert found and side_countries(art, found[0].recipients) == {"ETH", "ERI"}


def test_urging_the_public_is_still_no_demand() -> None:
    art, found = events_of_type("The ministry urged citizens to avoid the area.", "REQUEST")
    assert not found


# -- a speaker after a closing quote is no place nested after a comma --------------------------

def test_a_speaker_after_a_quote_is_no_place() -> None:
    from helpers import extract

    art = extract('"We will never accept these tariffs on Brazil," Lula told reporters.')
    assert "Lula" not in {p.text for p in art.places}
    art = extract("The storm hit Blakely, Georgia, on Monday.")
    assert {"Blakely", "Georgia"} <= {p.text for p in art.places}


# -- titles --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention", [
    ("The U.S. trade representative said talks with Tokyo would resume.",
     "The U.S. trade representative"),
    ("EU High Representative Kaja Kallas met Chinese officials in Brussels.",
     "EU High Representative Kaja Kallas"),
], ids=["trade_representative", "high_representative"])
def test_negotiating_representatives_are_government(text: str, mention: str) -> None:
    from helpers import actor_with, actors_of

    assert actor_with(actors_of(text), mention).sector == "GOV"


# -- a name, "and", then a titled person: two people, not one mention --------------------------

@pytest.mark.parametrize("text, mention, country", [
    ("Blinken met Lavrov and Chinese Foreign Minister Wang Yi in Jakarta.",
     "Chinese Foreign Minister Wang Yi", "CHN"),
    ("Rutte said he would meet Fidan and Greek Foreign Minister Giorgos Gerapetritis in "
     "Brussels next week.", "Greek Foreign Minister Giorgos Gerapetritis", "GRC"),
    # a title's own "and" stays
    ("Indian Trade and Industry Minister Piyush Goyal met the president of the commission in "
     "Brussels on Monday.", "Indian Trade and Industry Minister Piyush Goyal", "IND"),
], ids=["lavrov_wang", "fidan_gerapetritis", "title_and"])
def test_a_conjoined_name_does_not_join_a_titled_person(text: str, mention: str,
                                                        country: str) -> None:
    from helpers import actor_with, actors_of

    assert actor_with(actors_of(text), mention).country == country


# -- acting on a gathering acts on who holds it ---------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Ugandan police dispersed a rally by opposition supporters in Kampala on Monday.", "UGA"),
    ("Zimbabwean police dispersed opposition supporters with tear gas in Harare.", "ZWE"),
], ids=["rally_by", "supporters"])
def test_dispersing_a_rally_coerces_its_holders(text: str, target: str) -> None:
    art, found = events_of_type(text, "COERCE")
    assert found and target in side_countries(art, found[0].recipients)


# -- talks on joining a body are held with it ------------------------------------------------------

@pytest.mark.parametrize("text, etype", [
    ("Georgia froze talks on joining the European Union until 2028.", "SANCTION"),
    ("Ukraine and Moldova opened talks on joining the European Union on Tuesday.", "CONSULT"),
], ids=["froze", "opened"])
def test_talks_on_joining_a_body_are_with_it(text: str, etype: str) -> None:
    art, found = events_of_type(text, etype)
    assert found and side_countries(art, found[0].recipients) == {"IGOEU"}


# -- halting flights to a place cuts a link with its state ----------------------------------------

def test_suspending_flights_is_a_sanction_of_the_destination() -> None:
    text = ("Russia and Georgia traded accusations over the protests. Russia suspended flights "
            "to Georgia on Monday.")
    art, found = events_of_type(text, "SANCTION")
    assert found and side_countries(art, found[0].recipients) == {"GEO"}


# -- a ship named by its nationality that coerces another acts for its state ----------------------

@pytest.mark.parametrize("text, actor, target", [
    ("A Chinese vessel rammed a Philippine supply boat near Second Thomas Shoal on Monday.",
     "CHN", "PHL"),
    ("Russian warships fired on a Ukrainian tugboat.", "RUS", "UKR"),
], ids=["vessel_rammed", "warships"])
def test_a_national_ship_that_coerces_is_its_state(text: str, actor: str, target: str) -> None:
    art, found = events_of_type(text, "ASSAULT")
    assert found and side_countries(art, found[0].actors) == {actor}
    assert side_countries(art, found[0].recipients) == {target}


@pytest.mark.parametrize("text", [
    "A Greek oil tanker hit a rock off Malta.",
    "Three Russian ships docked in Havana on Wednesday.",
], ids=["merchant", "docked"])
def test_a_ship_that_does_nothing_to_anyone_is_no_actor(text: str) -> None:
    from helpers import actors_of

    assert not actors_of(text)


# -- a sum pledged "for" a state is pledged to it --------------------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ("Pakistan asked for help after the floods. The Asian Development Bank pledged $2 billion in "
     "financing for Pakistan.", "PAK"),
    ("Germany promised 500 million euros for Ukraine on Tuesday.", "UKR"),
], ids=["financing", "sum"])
def test_a_pledged_sum_goes_to_whom_it_is_for(text: str, recipient: str) -> None:
    art, found = events_of_type(text, "AGREE")
    assert found and recipient in side_countries(art, found[-1].recipients)


def test_pledged_support_for_a_plan_has_no_recipient() -> None:
    art, found = events_of_type("France pledged support for the plan.", "AGREE")
    assert not found or not found[0].recipients


# -- a deal to supply goods "to" a party is made with it -------------------------------------------

@pytest.mark.parametrize("text, buyer", [
    ("Azerbaijan signed a 10-year deal to supply gas to Hungary on Monday.", "HUN"),
    ("Kazakhstan signed an agreement to sell uranium to France.", "FRA"),
], ids=["supply", "sell"])
def test_a_supply_deal_is_made_with_the_buyer(text: str, buyer: str) -> None:
    from helpers import extract

    art = extract(text)
    found = [e for e in art.events if e.type in ("SUPPORT", "AGREE")]
    assert found and buyer in side_countries(art, found[0].recipients)
