"""Suppressions and corrections of events that are not news (wt-prec): moods, duplicates,
stances.  Sentences are written for the tests, not copied from a gold story."""

from __future__ import annotations

from helpers import candidates_of, extract


def _of(text: str, etype: str, trigger: str):
    return [ev for ev in extract(text).events
            if ev.type == etype and ev.trigger.text.startswith(trigger)]


def test_event_noun_subject_of_modal_is_hypothetical():
    text = ("Japan's defense minister warned on Tuesday that a North Korean attack on South "
            "Korea could trigger a wider war in the region.")
    _, found = candidates_of(text, "ASSAULT")
    attacks = [ev for ev in found if ev.trigger.text.startswith("attack")]
    assert attacks and all(ev.modality == "hypothetical" for ev in attacks)
    assert not _of(text, "ASSAULT", "attack")


def test_event_noun_subject_of_past_verb_stays_asserted():
    text = "A Russian missile attack on the Ukrainian city of Kharkiv killed 12 people on Monday."
    _, found = candidates_of(text, "ASSAULT")
    attacks = [ev for ev in found if ev.trigger.text.startswith("attack")]
    assert attacks and all(ev.modality != "hypothetical" for ev in attacks)
