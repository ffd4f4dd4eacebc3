"""Event families of wire-service world news the events layer missed or miscoded (wt-evfam).

Each sentence is written for the test in the manner of a wire story (none is taken from the
evaluation data), with the PLOVER type and the actor and recipient countries a coder would give
it.  Model-backed: every case runs the whole pipeline."""

from __future__ import annotations

import pytest

from helpers import extract

# (sentence, PLOVER type, actor countries, recipient countries) of the emitted event
CASES = [
    # a bloc suspending a member state (SANCTION 'expel')
    ("The African Union suspended Niger after the coup.", "SANCTION", ["IGOAFU"], ["NER"]),
    ("ECOWAS suspended Guinea from the bloc after the military takeover.", "SANCTION",
     ["IGOWAS"], ["GIN"]),
    ("The African Union suspended Mali and Burkina Faso after the coups.", "SANCTION",
     ["IGOAFU"], ["MLI", "BFA"]),
    # halting or barring a country's trade is an embargo (SANCTION 'discontinue')
    ("Canada suspended arms exports to Israel.", "SANCTION", ["CAN"], ["ISR"]),
    ("China banned exports of gallium to the United States.", "SANCTION", ["CHN"], ["USA"]),
    ("Russia halted gas exports to Poland and Bulgaria.", "SANCTION", ["RUS"], ["POL", "BGR"]),
    # evacuating people is humanitarian aid
    ("The Indian army evacuated 800 residents from flooded villages in Assam.", "AID", ["IND"],
     ["IND"]),
    # strikes and sit-ins
    ("Workers in France went on strike against the pension reform.", "PROTEST", ["FRA"], []),
    ("Doctors in Kenya went on strike over pay.", "PROTEST", ["KEN"], []),
    ("Students staged a sit-in outside the parliament in Belgrade.", "PROTEST", ["SRB"], []),
    ("Opposition supporters in Dhaka held a sit-in outside the election commission.",
     "PROTEST", ["BGD"], []),
    # blocking access to an outlet or a service
    ("The Russian government blocked access to YouTube, the communications regulator said.",
     "COERCE", ["RUS"], ["RUS"]),
    # a withdrawal from a place named on the particle, or around it
    ("Russia pulled its forces back from Kherson.", "RETREAT", ["RUS"], ["UKR"]),
    ("Russia pulled its forces back from the area around Kyiv.", "RETREAT", ["RUS"], ["UKR"]),
    # a passive with its doer named reads its subject as the object
    ("Two Russian diplomats were expelled by Germany on Thursday.", "SANCTION", ["DEU"],
     ["RUS"]),
    # a show of force at a shared border faces the neighbour; one's troops are no recipient
    ("Russia massed troops on the border with Ukraine.", "MOBILIZE", ["RUS"], ["UKR"]),
    ("Russia deployed troops to the border with Finland, the Finnish defence ministry said.",
     "MOBILIZE", ["RUS"], ["FIN"]),
    ("Azerbaijan deployed tanks along its border with Armenia on Sunday.", "MOBILIZE", ["AZE"],
     ["ARM"]),
    # forces put on (or going on) a higher alert
    ("Armenia put its troops on combat readiness.", "MOBILIZE", ["ARM"], []),
    ("Pakistan's army went on high alert after India's strikes.", "MOBILIZE", ["PAK"], []),
    # custody, citizenship, outlets, diplomats declared unwelcome
    ("A Russian court placed opposition activist Lev Ponomarev under house arrest.", "COERCE",
     ["RUS"], ["RUS"]),
    ("Bahrain stripped 138 people of their citizenship, the interior ministry said.", "COERCE",
     ["BHR"], ["BHR"]),
    ("Burkina Faso suspended French broadcaster RFI.", "COERCE", ["BFA"], ["FRA"]),
    ("South Africa declared an Israeli diplomat persona non grata.", "SANCTION", ["ZAF"],
     ["ISR"]),
    # releases and concessions
    ("Azerbaijan returned 15 Armenian prisoners of war to Armenia.", "RETREAT", ["AZE"],
     ["ARM"]),
    ("Nepal reopened its border with India.", "RETREAT", ["NPL"], ["IND"]),
    ("Turkey dropped its objection to Sweden's NATO membership.", "CONCEDE", ["TUR"], ["SWE"]),
    # easing a measure is aimed at whom the measure was on
    ("The United States eased sanctions on Venezuela's oil sector.", "RETREAT", ["USA"],
     ["VEN"]),
    ("Britain eased sanctions on Syrian banks.", "RETREAT", ["GBR"], ["SYR"]),
    ("Washington lifted the ban on Rwandan coffee.", "CONCEDE", ["USA"], ["RWA"]),
    # a threatened measure's target, hung by the parser on its rate
    ("Trump threatened to impose tariffs of 25 percent on Mexico and Canada.", "THREATEN",
     ["USA"], ["MEX", "CAN"]),
    # what is seized belongs to the nation of its modifier
    ("Iran seized a British-flagged oil tanker in the Strait of Hormuz.", "COERCE", ["IRN"],
     ["GBR"]),
    ("Russia seized three Ukrainian navy ships near Crimea.", "COERCE", ["RUS"], ["UKR"]),
    ("Venezuela seized an American-owned factory.", "COERCE", ["VEN"], ["USA"]),
    # a meeting refused ahead ("will not", "would not", "won't") is a rejection (REJECT 'meet')
    ("Russia said it would not attend the peace summit in Switzerland.", "REJECT", ["RUS"], []),
    ("Zelenskyy will not meet Putin, his spokesman said.", "REJECT", ["UKR"], ["RUS"]),
    ("Iran won't hold direct talks with the United States, the foreign minister said.",
     "REJECT", ["IRN"], ["USA"]),
]


@pytest.mark.parametrize("text, etype, actors, recipients", CASES)
def test_event_family(nlp: object, text: str, etype: str, actors: list[str],
                      recipients: list[str]) -> None:
    art = extract(text, published="2025-02-03")
    found = [([art.actor(a).country for a in ev.actors],  # type: ignore[union-attr]
              [art.actor(r).country for r in ev.recipients])  # type: ignore[union-attr]
             for ev in art.events if ev.type == etype]
    assert (actors, recipients) in found, [(e.type, e.trigger.text) for e in art.events]


def test_a_bare_ban_of_people_stays_coercion(nlp: object) -> None:
    # the trade rows only read a ban of exports or imports as an embargo
    art = extract("Pakistan banned the Pashtun Tahaffuz Movement on Sunday.",
                  published="2025-02-03")
    assert {e.type for e in art.events} >= {"COERCE"}
    assert "SANCTION" not in {e.type for e in art.events}


def test_going_is_no_event_without_a_strike(nlp: object) -> None:
    art = extract("Workers in France went on holiday in August.", published="2025-02-03")
    assert not any(e.type == "PROTEST" for e in art.events)


@pytest.mark.parametrize("text", ["Putin did not meet Zelenskyy in Istanbul.",
                                  "Netanyahu did not visit Washington."])
def test_a_meeting_that_did_not_happen_is_no_event(nlp: object, text: str) -> None:
    # only a refusal voiced ahead is a rejection; a past negation reports no act
    art = extract(text, published="2025-02-03")
    assert not art.events, [(e.type, e.trigger.text) for e in art.events]
