"""ACCUSE 'allege' markers in reported speech (session 26, wt-lex3): an act charged as done
"deliberately" is the speaker's accusation of the clause's subject."""

from __future__ import annotations

import pytest

from helpers import coded_events, trigger_types

pytestmark = pytest.mark.filterwarnings("ignore")


def test_a_deliberate_act_in_reported_speech_is_the_speakers_accusation() -> None:
    text = ("Vietnam's foreign ministry said Chinese coast guard vessels had deliberately "
            "rammed a fishing boat near the Paracel Islands.")
    assert "ACCUSE" in trigger_types(text, "deliberately")
    # the accused is the clause's subject, first of the recipients (the rammed boat may follow)
    assert any(t == "ACCUSE" and a == ["VNM"] and r[:1] == ["CHN"]
               for t, a, r in coded_events(text))


def test_a_deliberate_act_in_a_progressive_clause_accuses_its_subject() -> None:
    text = ("Ukraine's president said on Tuesday that Russia was deliberately targeting the "
            "country's power stations ahead of the winter.")
    assert any(t == "ACCUSE" and a == ["UKR"] and r[:1] == ["RUS"]
               for t, a, r in coded_events(text))


def test_a_plain_report_without_the_marker_is_no_accusation() -> None:
    text = ("Vietnam's foreign ministry said Chinese coast guard vessels had entered waters "
            "near the Paracel Islands.")
    assert not any(t == "ACCUSE" for t, a, r in coded_events(text))
