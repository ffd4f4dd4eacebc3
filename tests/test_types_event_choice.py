"""Event type choice and non-events (session "types"): constructions whose reading of a lexicon
verb depends on its arguments, on real sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from helpers import candidates_of, extract

pytestmark = pytest.mark.filterwarnings("ignore")


def _types(text: str, trigger: str) -> set[str]:
    _, found = candidates_of(text)
    return {ev.type for ev in found if ev.trigger.text.startswith(trigger)}


def test_a_body_meeting_in_session_consults_no_one() -> None:
    # PLOVER-GSR01-THREATEN-0010: the Cabinet sits alone; its decision is the event, the
    # meeting is no CONSULT between two parties.
    text = ("Israel's Cabinet met Sunday and decided to approve a plan that will not allow "
            "candidates from the militant group Hamas on the ballots there.")
    assert "CONSULT" not in _types(text, "met")


def test_parties_meeting_among_themselves_still_consult() -> None:
    # VOA 7686618: a coordinated subject names both parties.
    text = ("Last week, Cameroon and C.A.R. officials met in the C.A.R.'s capital, Bangui, and "
            "signed an agreement to jointly combat what they describe as increasing insecurity.")
    assert "CONSULT" in _types(text, "met")


def test_one_party_meeting_with_another_still_consults() -> None:
    # VOA 7808748: a singular subject, the other party in the "with" phrase.
    text = ("Chinese Commerce Minister Wang Wentao visited Europe in late September and met with "
            "officials and businesspeople in charge of foreign trade and commerce in the EU, "
            "Belgium, Germany, Italy and other auto-manufacturing countries.")
    assert "CONSULT" in _types(text, "met")


def test_the_act_an_unless_clause_asks_for_is_hypothetical() -> None:
    # PLOVER-GSR01-THREATEN-0016: Israel has not rescinded anything; the condition of the threat
    # is no SANCTION (like an "if" clause, MEANTIME 126878 "unless 90% of GM's bondholders
    # would agree" the same construction).
    text = ("Druze inhabitants of the Syrian Golan Heights threatened today to hold a general "
            "strike unless Israel rescinded its annexation of the region within 10 days.")
    _, found = candidates_of(text)
    rescinded = [ev for ev in found if ev.trigger.text == "rescinded"]
    assert rescinded and all(ev.modality == "hypothetical" for ev in rescinded)
    assert "rescinded" not in {ev.trigger.text for ev in extract(text).events}


def test_the_act_a_rejected_appeal_proposes_is_no_event() -> None:
    # PLOVER-GSR01-REJECT-0023: the rebels dismiss the appeal; nobody lays down arms.
    text = ("Rebels in the Ivory Coast on Wednesday dismissed an appeal from President Laurent "
            "Gbago to lay down their arms, saying they had lost all trust in the government they "
            "rose up against on September 19.")
    assert _types(text, "lay") == set()
    assert "REJECT" in _types(text, "dismissed")


def test_the_act_a_rejected_offer_proposes_is_no_event() -> None:
    # PLOVER-GSR01-REJECT-0027: the US offered to host a summit; no CONSULT took place.
    text = ("Palestinian leader Yasser Arafat Wednesday rejected a US offer to host a summit in "
            "mid-July to hammer out a framework agreement for peace between the Israelis and the "
            "Palestinians.")
    assert "CONSULT" not in _types(text, "host")


def test_a_meeting_a_state_will_convene_is_planned() -> None:
    # VOA 8009004: the meeting is to come (the gold codes a future meeting as AGREE), not a
    # CONSULT that took place.
    text = ("Fu noted that China will convene a meeting in Beijing with Iran and Russia on "
            "Friday, to try to facilitate a possible deal to stabilize the situation.")
    _, found = candidates_of(text, "CONSULT")
    meetings = [ev for ev in found if ev.trigger.text == "meeting"]
    assert meetings and all(ev.modality == "planned" for ev in meetings)
    assert not any(ev.type == "CONSULT" for ev in extract(text).events)


def test_a_meeting_a_condition_names_is_hypothetical() -> None:
    # the event noun takes its verb's clause: an "if" on the verb makes the meeting conditional
    text = "If China convenes a meeting with Iran, the U.S. will protest, officials said."
    _, found = candidates_of(text, "CONSULT")
    meetings = [ev for ev in found if ev.trigger.text == "meeting"]
    assert meetings and all(ev.modality == "hypothetical" for ev in meetings)
    assert not any(ev.type == "CONSULT" for ev in extract(text).events)


def test_a_freeze_of_holdings_at_home_is_a_seizure() -> None:
    # VOA 8010046: Guatemalan authorities freeze a Guatemalan newspaper's assets (gold COERCE
    # seize), as a government confiscating its own party's assets is (VOA 6180206).
    text = ("Zamora founded elPeriodico in 1996. The newspaper was known for its investigations "
            "into corruption across multiple governments in Guatemala. But in 2022, authorities "
            "arrested Zamora and later froze the newspaper's assets.")
    assert _types(text, "froze") == {"COERCE"}


def test_a_freeze_of_foreign_holdings_stays_a_sanction() -> None:
    text = ("The United States froze the assets of Iran's central bank on Tuesday, the U.S. "
            "Treasury said.")
    assert _types(text, "froze") == {"SANCTION"}
