"""Trigger nouns whose sides the clause around them names: an act received "from" someone, and an
import duty imposed by the state its goods enter (``events.nominal.received_from`` and
``_importers``).  Real sentences through the whole pipeline (``dateline.extract``)."""

from __future__ import annotations

import pytest

from helpers import candidates_of, countries, events_of_type, first_sides

pytestmark = pytest.mark.filterwarnings("ignore")


# -- an act received: the giver acts, the receiver is its recipient --------------------------------

def test_award_received_from_a_giver_is_the_givers_support() -> None:
    # VOA 7836916 (even): gold SUPPORT by the U.S. to the Cambodian journalist.  The "from"
    # phrase hangs on "received", not on "award".
    text = ("Cambodian journalist Mech Dara was released on bail. Last year, the journalist "
            "received a hero award from U.S. Secretary of State Antony Blinken for his work "
            "exposing mass scam centers.")
    art, found = candidates_of(text, "SUPPORT", published="2024-10-20")
    award = [ev for ev in found if ev.trigger.text == "award"]
    assert award, [(ev.type, ev.trigger.text) for ev in found]
    ev = award[0]
    assert [art.actor(x).name for x in ev.actors] == ["Antony Blinken"]
    assert [art.actor(x).country for x in ev.recipients] == ["KHM"]


def test_aid_received_from_a_state() -> None:
    actors, recipients = first_sides("Ukraine received military aid from Germany.", "AID", "aid")
    assert actors == ["DEU"] and recipients == ["UKR"]


def test_receiver_is_the_recipient_never_the_actor() -> None:
    # who receives an act does not do it: the noun's own state gives it (the base left the aid
    # with no recipient), and with no giver named there is no candidate
    actors, recipients = first_sides("Ukraine received U.S. military aid last week.", "AID",
                                     "aid")
    assert actors == ["USA"] and recipients == ["UKR"]
    _, found = candidates_of("Kyiv received military aid last week.", "AID")
    assert not found


# -- an import duty: the state the goods enter imposes it on the goods' origin -------------------

def test_tariff_on_imports_to_states_is_theirs() -> None:
    # VOA 7808748 (even): gold SANCTION by the U.S. and Canada on China; the parser hangs "to the
    # U.S. and Canada" on "hikes", which used to make them the tariff's recipients.
    text = ("The EU's vote comes after a probe into China's subsidies for the industry and 100% "
            "tariff hikes on Chinese EV imports to the U.S. and Canada.")
    actors, recipients = first_sides(text, "SANCTION", "tariff")
    assert set(actors) == {"USA", "CAN"} and recipients == ["CHN"]


def test_tariff_on_products_exported_to_a_state_is_not_aimed_at_it() -> None:
    # VOA 8006924 (even): the U.S. tariff on Canada; "exported to the United States" names the
    # state that imposes it, never its recipient.
    text = ("Trump ignited the economic war last week with Canada, normally a staunch ally and "
            "the U.S.’s second-biggest trading partner after Mexico, by first imposing and then "
            "delaying for a month a 25% tariff on all products exported to the United States.")
    actors, recipients = first_sides(text, "SANCTION", "tariff", published="2025-03-12")
    assert actors == ["USA"] and "USA" not in recipients


def test_tariff_hikes_on_imports_are_emitted() -> None:
    # VOA 7808748 (even): with its sides read from the phrase, a tariff noun passes the cut.
    art, found = events_of_type("The EU's vote comes after a probe into China's subsidies for "
                                "the industry and 100% tariff hikes on Chinese EV imports to "
                                "the U.S. and Canada.", "SANCTION")
    assert [(countries(art, ev.actors), countries(art, ev.recipients)) for ev in found] \
        == [({"USA", "CAN"}, {"CHN"})]


def test_a_measures_own_state_is_not_its_recipient() -> None:
    # VOA 8006924 (even): "the 25% U.S. tariff" is the U.S.'s; "its northern neighbor" must not
    # make the U.S. the tariff's target.
    text = ("U.S. President Donald Trump ramped up his trade war with Canada on Tuesday, "
            "doubling the 25% U.S. tariff on its northern neighbor’s steel and aluminum exports "
            "to 50%.")
    actors, recipients = first_sides(text, "SANCTION", "doubling")
    assert actors == ["USA"] and "USA" not in recipients


# -- a perfect participle parsed as its object's adjective ---------------------------------------

def test_ban_read_as_an_adjective_keeps_its_sides() -> None:
    # VOA 6184384 (even): gold COERCE (ban) by Kenya on Kenyan civilians; the parser hangs
    # "banned" on "civilians" as an adjective and "authorities" on "have".
    text = ("Kenyan authorities have since banned civilians from traveling with security, says "
            "Lamu County Commissioner Irungu Macharia.")
    actors, recipients = first_sides(text, "COERCE", "banned")
    assert actors == ["KEN"] and recipients == ["KEN"]
