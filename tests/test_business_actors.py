"""Companies in business news: their sector (BUS), their country only where the text or the
dictionary gives it, and companies as the recipients of acts (MEANTIME Wikinews business
stories and sentences written like them)."""

from __future__ import annotations

import pytest

import dateline
from dateline.actors.dictionary import load
from dateline.record import Article
from helpers import actor_with


def _events(text: str) -> Article:
    return dateline.extract(text, published="2009-06-18")


def _names(art: Article, ids: list[str]) -> list[str]:
    return [a.name for x in ids if (a := art.actor(x)) is not None]


def test_a_flag_carrier_is_a_company_not_the_military(nlp: object) -> None:
    # MEANTIME (Wikinews 2007): "carrier" was MIL by the NGEC agent list (the warship)
    art = _events("Russian flag carrier Aeroflot has negotiated the purchase of 22 new Boeing 787 "
                  "Dreamliners, an aircraft Boeing currently has under development.")
    aeroflot = actor_with(art, "Russian flag carrier Aeroflot")
    assert (aeroflot.country, aeroflot.sector) == ("RUS", "BUS")
    art = _events("Indonesia's air carriers were banned from flying to Europe.")
    assert actor_with(art, "Indonesia's air carriers").sector == "BUS"


def test_a_firm_under_its_legal_form_is_the_dictionary_firm(nlp: object) -> None:
    d = load()
    assert d.lookup("Microsoft Corp.") is d.lookup("Microsoft")
    assert d.lookup("Siemens AG") is d.lookup("Siemens")
    art = _events("The European Commission fined Microsoft Corp. 500 million euros on Wednesday.")
    ms = actor_with(art, "Microsoft Corp.")
    assert (ms.country, ms.sector) == ("USA", "BUS")


def test_a_legal_form_makes_an_unknown_name_a_firm_without_a_country(nlp: object) -> None:
    art = _events("Harmonix Systems Inc. sued Nimbus Labs Ltd. on Friday, accusing it of copying "
                  "its software.")
    for name in ("Harmonix Systems Inc.", "Nimbus Labs Ltd."):
        firm = actor_with(art, name)
        assert firm.sector == "BUS"
        assert firm.country is None  # no nationality in the text nor the dictionary: no guess


def test_a_company_post_of_a_named_firm_is_business(nlp: object) -> None:
    # "chief executive" is GOV in the NGEC list (Hong Kong's leader); of a firm it is BUS
    art = _events("Steve Jobs, the chief executive of Apple, unveiled the iPad on Wednesday.")
    assert actor_with(art, "Steve Jobs").sector == "BUS"


@pytest.mark.parametrize("text, actor, recipient, etype", [
    ("Aeroflot negotiated with Boeing over the price of the 787 on Tuesday.",
     "Aeroflot", "Boeing", "CONSULT"),
    ("Chrysler signed an agreement with Fiat on Monday.", "Chrysler", "Fiat", "SUPPORT"),
    ("Qantas Airways accused Boeing of delaying deliveries of the Dreamliner.",
     "Qantas Airways", "Boeing", "ACCUSE"),
    ("China Eastern Airlines signed a purchase agreement with Airbus for twenty A320 jets.",
     "China Eastern Airlines", "Airbus", "SUPPORT"),
])
def test_a_company_is_the_recipient_of_an_act(nlp: object, text: str, actor: str,
                                              recipient: str, etype: str) -> None:
    art = _events(text)
    found = [e for e in art.events if e.type == etype]
    assert found, [(e.type, e.actors, e.recipients) for e in art.events]
    assert _names(art, found[0].actors) == [actor]
    assert _names(art, found[0].recipients) == [recipient]


def test_a_lawsuit_between_firms_of_no_known_country_is_coded(nlp: object) -> None:
    # a named company is coded by its sector; its missing country no longer holds the act back
    # (before: "Beatles' Apple Corps sues Apple Computer", MEANTIME, fell under the cut)
    art = _events("Hartwell Motors Corp. filed a lawsuit against Danforth Steel Co. in a Chicago "
                  "court.")
    assert any(e.type == "ACCUSE" and _names(art, e.actors) == ["Hartwell Motors Corp."] and
               _names(art, e.recipients) == ["Danforth Steel Co."] for e in art.events), \
        [(e.type, e.actors, e.recipients) for e in art.events]


def test_a_bare_company_noun_is_not_a_named_firm(nlp: object) -> None:
    from dateline.events import _named_company
    from dateline.record import Actor

    assert _named_company(Actor(id="a1", name="Danforth Steel Co.", kind="organization",
                                sector="BUS"))
    assert not _named_company(Actor(id="a2", name="company", kind="organization", sector="BUS"))
    assert not _named_company(Actor(id="a3", name="Danforth", kind="person", sector="BUS"))


def test_a_currency_sign_glued_to_a_country_is_no_place(nlp: object) -> None:
    # MEANTIME: "US$" read as the United States made it the recipient of a purchase
    art = _events("Officials from China have agreed to purchase 60 airliners in a deal worth "
                  "US$ 7.2 bn.")
    assert not any(p.text == "US" for p in art.places)
    assert all(a.name != "US" for a in art.actors)


@pytest.mark.parametrize("text, buyer, seller", [
    ("Lufthansa agreed to buy 20 aircraft from Airbus on Tuesday.", "Lufthansa", "Airbus"),
    ("Russian flag carrier Aeroflot has negotiated the purchase of 22 new Boeing 787 "
     "Dreamliners, an aircraft Boeing currently has under development.",
     "Russian flag carrier Aeroflot", "Boeing"),
    ("Qatar Airways agreed to purchase 30 Airbus A350 jets, which Airbus builds in Toulouse.",
     "Qatar Airways", "Airbus"),
])
def test_the_seller_is_the_other_party_of_a_deal_to_buy(nlp: object, text: str, buyer: str,
                                                        seller: str) -> None:
    art = _events(text)
    deals = [e for e in art.events if e.type in {"AGREE", "CONSULT"}]
    assert deals, [(e.type, e.actors, e.recipients) for e in art.events]
    assert actor_with(art, buyer).id in deals[0].actors
    assert _names(art, deals[0].recipients) == [seller]


def test_a_named_firm_takes_no_country_from_where_it_acts(nlp: object) -> None:
    # the court is in Berlin; neither firm is said to be German
    art = _events("Harmonix Systems Inc. sued Nimbus Labs Ltd. in a court in Berlin on Friday.")
    assert actor_with(art, "Harmonix Systems Inc.").country is None
    assert actor_with(art, "Nimbus Labs Ltd.").country is None
    # a nationality the text gives stays
    art = _events("The Italian carmaker Fiat said it would buy a stake in Chrysler.")
    assert actor_with(art, "Fiat").country == "ITA"


def test_an_apposed_kind_of_firm_is_the_firm(nlp: object) -> None:
    # "planemaker" is a person's noun in the agent lists; apposed to a firm it describes it
    art = _events("Embraer, a Brazilian planemaker, signed a deal with SkyWest on Monday.")
    embraer = actor_with(art, "Embraer")
    assert (embraer.kind, embraer.country, embraer.sector) == ("organization", "BRA", "BUS")
    assert not any(a.name.endswith("planemaker") and a.id != embraer.id for a in art.actors)
    art = _events("The planemaker said it would cut 2,000 jobs.")
    assert actor_with(art, "The planemaker").sector == "BUS"


def test_an_offer_to_a_third_party_is_no_deal_between_the_offerers(nlp: object) -> None:
    # MEANTIME: read as an AGREE of the two carmakers with each other
    art = _events("Ford and Honda have both begun to offer buyout packages to their workforces.")
    assert not any(set(e.actors) & set(e.recipients) for e in art.events)
    art = _events("China and Russia agreed to expand trade.")
    assert any(e.type == "AGREE" and len(e.recipients) == 2 for e in art.events)
