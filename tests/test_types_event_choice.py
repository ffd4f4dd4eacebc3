"""Event type choice and non-events (session "types"): constructions whose reading of a lexicon
verb depends on its arguments, on real sentences through the whole pipeline."""

from __future__ import annotations

import pytest

from helpers import candidates_of

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
