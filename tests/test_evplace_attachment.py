"""The place of an event from its own clause, else from the nearest clause of its sentence that
governs it (``events.setting.pick_place``): real VOA sentences (even half) through the whole
pipeline."""

from __future__ import annotations

from helpers import candidates_of, place_text


def place_of(text: str, etype: str, trigger: str, published: str = "2025-03-12") -> str | None:
    """The place text of the first ``etype`` candidate whose trigger starts with ``trigger``."""
    art, found = candidates_of(text, etype, published=published)
    ev = next((e for e in found if e.trigger.text.startswith(trigger)), None)
    assert ev is not None, f"no {etype} candidate on {trigger!r}: {[e.trigger.text for e in found]}"
    return place_text(art, ev)


def test_participle_takes_the_place_of_the_clause_it_hangs_on() -> None:
    # VOA 8007760: the killing is the detonation's, near a convoy in the Kalat district
    text = ("Earlier this month, a female suicide bomber detonated her explosive devices near a "
            "military convoy in Balochistan’s Kalat district, killing at least one security "
            "worker and injuring four others.")
    assert place_of(text, "ASSAULT", "killing") == "Kalat"


def test_relative_clause_takes_the_place_of_the_noun_it_describes() -> None:
    # VOA 6203896: the bombing in Ivory Coast killed them, not the trial in Paris
    text = ("A trial opened in Paris Monday over the 2004 bombing of a French military base in "
            "then war-torn Ivory Coast that killed an American soil scientist and nine French "
            "soldiers.")
    assert place_of(text, "ASSAULT", "killed", published="2019-03-18") == "Ivory Coast"


def test_reported_clause_does_not_take_the_place_of_the_report() -> None:
    # a statement's place is where it was said; the act it reports is not placed there
    text = ("Ford said at a news conference in Toronto that the militants attacked a police "
            "station.")
    assert place_of(text, "ASSAULT", "attacked") is None


def test_attack_takes_the_place_of_the_clause_describing_its_object() -> None:
    # VOA 8007760: the bus was ambushed where it carried the force, in Kalat
    text = ("Last month, BLA insurgents ambushed a bus transporting a paramilitary force in Kalat "
            "and killed 18 of those on board.")
    assert place_of(text, "ASSAULT", "ambushed") == "Kalat"
    # VOA 8008152: the attackers were killed at the hotel they besieged in Beledweyne
    text = ("Security forces in Somalia say they killed all six attackers who laid siege to a "
            "hotel in the central town of Beledweyne and later killed at least 50 al-Shabab "
            "militants in airstrikes.")
    assert place_of(text, "ASSAULT", "killed") == "Beledweyne"


def test_threat_takes_the_place_of_the_act_threatened() -> None:
    # VOA 6180932: the threat is about the operations at Incirlik
    text = ("In past bilateral tensions, Ankara has threatened to close or suspend U.S. "
            "operations at Incirlik.")
    assert place_of(text, "THREATEN", "threatened", published="2019-11-25") == "Incirlik"
    # PLOVER gold record (THREATEN): the activities threatened are in Israel
    text = "The Hamas threatened Monday to resume terrorist activities in Israel."
    assert place_of(text, "THREATEN", "threatened", published="2002-06-03") == "Israel"


def test_dateline_place_only_for_the_lead() -> None:
    # VOA 6180790 (MARANCHON, SPAIN): the dateline is the lead's scene; the accusation told
    # further on has no place in the gold
    text = ("MARANCHON, SPAIN — Spanish officials met with Portuguese energy executives on "
            "Monday.\n\nThe air was bone chilling on a recent afternoon.\n\nBut several "
            "environment groups accused the Spanish government of trying to influence the "
            "climate talks, Agence France-Presse reported.")
    art, found = candidates_of(text, published="2019-12-10")
    assert art.meta.dateline is not None and art.meta.dateline.place is not None
    lead = [e for e in found if e.sentence == 0]
    later = [e for e in found if e.type == "ACCUSE" and e.sentence > 0]
    assert lead and all(e.place == art.meta.dateline.place for e in lead)
    assert later and all(e.place is None for e in later)
