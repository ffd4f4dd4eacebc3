"""The implied actor of agentless attacks and arrests (``dateline.events.implicit``), on
PLOVER gold record sentences and VOA-style sentences."""

from __future__ import annotations

import pytest

from helpers import extract

# the publication date the relative dates of these sentences are read from
PUBLISHED = "2000-01-01"


def _actors(art, ev) -> list:
    return [a for x in ev.actors if (a := art.actor(x)) is not None]


@pytest.mark.parametrize("text, country, mention", [
    # PLOVER gold records: source {"Iraqi", IRQ, UAF}, {"Samarra", IRQ, UAF}
    ("Three US servicemen were killed by an improvised explosive device outside of the Iraqi "
     "city of Basra.", "IRQ", "improvised explosive device"),
    ("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", "IRQ",
     "roadside bombing"),
])
def test_unclaimed_attack_is_an_unidentified_armed_force_of_its_place(
        text: str, country: str, mention: str) -> None:
    art = extract(text, PUBLISHED)
    ev = next(e for e in art.events if e.type == "ASSAULT")
    (actor,) = _actors(art, ev)
    assert (actor.kind, actor.country, actor.sector) == ("group", country, "UAF")
    # the instrument is the actor's mention, and the victims stay the recipient
    assert [art.text[m.start:m.end] for m in actor.mentions] == [mention]
    assert {art.actor(x).country for x in ev.recipients} == {"USA"}


@pytest.mark.parametrize("text, mention", [
    # a plural of an unnamed-attacker noun the actor layer left uncoded is such an attacker too
    ("Three villagers were shot dead by snipers in northern Mali on Sunday.", "snipers"),
    ("Four people were killed by assassins in Beirut on Tuesday.", "assassins"),
])
def test_plural_unnamed_agent_is_the_armed_force_of_its_place(text: str, mention: str) -> None:
    art = extract(text, PUBLISHED)
    ev = next(e for e in art.events if e.type == "ASSAULT")
    (actor,) = _actors(art, ev)
    assert (actor.kind, actor.sector) == ("group", "UAF")
    assert [art.text[m.start:m.end] for m in actor.mentions] == [mention]


def test_named_attacker_is_kept() -> None:
    art = extract("Israeli troops killed two Palestinian gunmen in the Gaza Strip on Monday.",
                  PUBLISHED)
    ev = next(e for e in art.events if e.type == "ASSAULT")
    assert [(a.country, a.sector) for a in _actors(art, ev)] == [("ISR", "MIL")]


def test_attack_with_no_place_has_no_actor() -> None:
    # precision first: no place with a country, no implied side
    art = extract("Two soldiers were killed on Sunday.", PUBLISHED)
    assert not art.events
    assert all(a.sector != "UAF" for a in art.actors)


def test_unused_armed_force_is_not_left_behind() -> None:
    # the named victim has no country, so the attack stays under the cut: the armed force the
    # candidate used is removed again with it
    art = extract("His clients include activist Lin Wei in Hong Kong, Maria Ressa from the "
                  "Philippines and the family of reporter Ana Ruiz Delgado, who was killed in "
                  "Malta in 2017.", PUBLISHED)
    assert not [e for e in art.events if e.type == "ASSAULT"]
    assert all(a.sector != "UAF" for a in art.actors)


def test_agentless_conviction_is_the_court_of_the_patient_country() -> None:
    # "Gachagua was convicted on five of the 11 charges against him" (VOA 7846440)
    art = extract("Kenya's High Court opened the trial on Monday. Opposition leader Raila "
                  "Odinga was convicted of fraud on Tuesday, his lawyer said.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "SANCTION")
    assert [(a.name, a.country) for a in _actors(art, ev)] == [("High Court", "KEN")]


def test_agentless_arrest_is_the_government_of_the_patient_country() -> None:
    art = extract("The Cambodian government has tightened its grip on the press. Journalist "
                  "Mech Dara was arrested on Saturday in Phnom Penh.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "COERCE")
    assert [(a.country, a.sector) for a in _actors(art, ev)] == [("KHM", "GOV")]


def test_arrest_with_no_authority_of_that_country_has_no_actor() -> None:
    # the story names no Cambodian authority: no actor is guessed
    art = extract("Journalist Mech Dara was arrested on Saturday in Phnom Penh.", PUBLISHED)
    assert not [e for e in art.events if e.type == "COERCE"]


def test_fighters_killed_at_no_named_hand_fell_to_their_state_forces() -> None:
    # "several rebels were either neutralized or captured" (VOA 7686618): the state's forces
    art = extract("The Nigerian army said on Monday it had cleared the camps. Twenty Boko "
                  "Haram fighters were killed in the operation in Borno state.", PUBLISHED)
    ev = next(e for e in art.events if e.type == "ASSAULT")
    assert [(a.country, a.sector) for a in _actors(art, ev)] == [("NGA", "MIL")]
    assert all(a.sector != "UAF" for a in art.actors)


@pytest.mark.parametrize("text", [
    "Five civilians were killed in an attack by al-Shabab militants in Mogadishu on Monday.",
    "Five civilians were killed in a Taliban attack in Kabul on Monday.",
])
def test_instrument_with_its_own_attacker_is_not_unclaimed(text: str) -> None:
    art = extract(text, PUBLISHED)
    assert all(a.sector != "UAF" for a in art.actors)
    attacks = [e for e in art.events if e.type == "ASSAULT"]
    assert attacks and all(a.sector == "REB" for e in attacks for a in _actors(art, e))


def test_national_instrument_is_its_state() -> None:
    # "A Russian missile strike": Russia's act, not an unidentified force of Ukraine
    art = extract("A Russian missile strike killed five civilians in Kharkiv on Monday.",
                  PUBLISHED)
    ev = next(e for e in art.events if e.type == "ASSAULT")
    assert [(a.kind, a.country) for a in _actors(art, ev)] == [("state", "RUS")]
