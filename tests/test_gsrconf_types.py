"""Conflict types of the PLOVER gold records (ACCUSE, REQUEST, THREATEN, PROTEST, MOBILIZE,
ASSAULT, COERCE, SANCTION) that the events layer held back: real GSR / VOA even-id sentences
through the whole pipeline (``dateline.extract``)."""

from __future__ import annotations

import pytest

from helpers import extract, trigger_types

pytestmark = pytest.mark.filterwarnings("ignore")


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger text, actor countries, recipient countries) of each emitted event."""
    art = extract(text)
    country = {a.id: a.country for a in art.actors}
    return [(ev.type, ev.trigger.text, [country.get(x) for x in ev.actors],
             [country.get(x) for x in ev.recipients]) for ev in art.events]


def _predicate_types(text: str, trigger: str) -> set[str]:
    """The types the lexicon reads for ``trigger`` (before any actor is looked for)."""
    from dateline.events.predicates import find_predicates
    from dateline.nlp import spacy_sentences

    art = extract(text)
    lowers = art.doc.to_array("LOWER").tolist()
    return {p.type for s in spacy_sentences(art) if s is not None
            for p in find_predicates(s, lowers) if p.trigger[0].text == trigger}


def test_what_an_issued_declaration_demands_is_the_issuers_request() -> None:
    # PLOVER GSR REQUEST (DEMAND-0007): the participle says what the declaration says; it is
    # not a reduced relative that only describes its noun (modality.descriptive).
    text = ("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish "
            "government provide information on the safety of its leader Abdullah Ocalan.")
    assert ("REQUEST", "demanding", ["TUR"], ["TUR"]) in _events(text)


def test_an_announced_coercive_act_is_an_asserted_threat() -> None:
    # PLOVER GSR THREATEN: the future of the act is what makes it a threat (PLOVER manual:
    # "THREATEN could be ASSAULT + hypothetical"), so it is not held back as a planned event.
    text = ("President Laurent Gbagbo announced on Sunday that he will extend the night-time "
            "curfew in Abidjan in response to recent unrest within the city.")
    found = [(t, trig) for t, trig, _, _ in _events(text)]
    assert ("THREATEN", "extend the night-time curfew") in found
    art = extract(text)
    assert all(ev.modality == "asserted" for ev in art.events if ev.type == "THREATEN")


def test_territory_taken_in_fighting_is_an_assault() -> None:
    # PLOVER GSR ASSAULT: "retaken a strategic village", "captured part of a Karen guerrilla
    # stronghold"; VOA 7750892 (even, gold ASSAULT): "since they seized control of
    # Afghanistan"; PLOVER manual: "Combatants captured during conflict should be coded as
    # ASSAULT 'abduct' rather than COERCE 'arrest'".  CAMEO 192 is under 19 FIGHT.
    text = ("Vietnamese-led forces have retaken a strategic village in Western Cambodia after "
            "fierce fighting with guerrillas who overran it late last month, Thai military "
            "sources said today.")
    assert ("ASSAULT", "retaken", ["VNM"], ["KHM"]) in _events(text)
    assert trigger_types("Burmese troops have captured part of a Karen guerrilla stronghold on "
                         "the Thai border after five days of fighting, Thai police here said on "
                         "Monday.", "captured") == {"ASSAULT"}
    assert _predicate_types("No country has officially recognized the Taliban as the "
                            "legitimate government since they seized control of Afghanistan "
                            "in 2021, mainly citing the harsh treatment of women and girls.",
                            "seized") == {"ASSAULT"}


@pytest.mark.parametrize("text, trigger, country", [
    # PLOVER GSR PROTEST, gold actor HKG / TLS: the crowd protests in its own country
    ("Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese "
     "authorities to demand democratic reforms.", "blocked", "HKG"),
    ("Prisoners rioted at a jail in East Timor's capital Dili on Monday joining thousands of "
     "demonstrators in demanding a referendum on independence from Indonesian rule, locals "
     "said.", "rioted", "TLS"),
])
def test_an_uncoded_crowd_protests_in_its_own_country(text: str, trigger: str,
                                                       country: str) -> None:
    found = [(t, actors) for t, trig, actors, _ in _events(text) if trig == trigger]
    assert ("PROTEST", [country]) in found


def test_an_attack_an_army_prepares_is_a_mobilization() -> None:
    # PLOVER GSR MOBILIZE ("military or police moves that fall short of the actual use of
    # force"); the same construction as "Macedonia which is preparing a major offensive"
    # (PLOVER GSR AID-0004, whose main act stays the AID)
    text = ("The Macedonian army prepared to resume shelling Albanian rebel-held territory as "
            "attempts to resolve the crisis on the political front were deadlocked.")
    assert ("MOBILIZE", "shelling", ["MKD"], []) in _events(text)
    art = extract("The United States is providing aerial photographs and other military "
                  "intelligence to Macedonia which is preparing a major offensive against "
                  "ethnic Albanian guerrillas, the Washington Post reported.")
    assert {ev.type for ev in art.events} == {"AID", "MOBILIZE"}
    assert max(art.events, key=lambda ev: ev.confidence).type == "AID"
    # the adjective of a declared will stays a threat (PLOVER GSR THREATEN)
    assert "THREATEN" in {t for t, *_ in _events(
        "Iraq's interim government announced that it is prepared to impose martial law as "
        "street battles raged in central Baghdad between insurgents and security forces.")}


def test_an_advocacy_group_with_a_target_needs_no_country() -> None:
    # PLOVER GSR REQUEST (source IGO): the Red Cross has no country by nature; its demand on
    # coded forces is emitted (VOA 8010046, even: "Nine press freedom and rights groups ...
    # called for Zamora's immediate release", gold actor with no country)
    text = ("The Red Cross operating in Iraq said US and British forces must ensure security to "
            "allow emergency water, food, and medical supplies to reach the needy.")
    found = [(t, set(rec)) for t, _, _, rec in _events(text)]
    assert ("REQUEST", {"USA", "GBR"}) in found
