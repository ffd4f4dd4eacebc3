"""A past perfect passive ("had been killed") is a past act: it takes the narrated day of the
sentence before, as "were killed" does; a present perfect ("have been killed") does not."""

from __future__ import annotations

import dateline

LEAD = "ELN fighters attacked villages held by a FARC faction on Thursday near the border. "


def killing(text: str) -> dateline.Event:
    art = dateline.extract(LEAD + text, published="2025-01-20")
    return next(e for e in art.events if e.trigger.text.startswith("killed"))


def test_had_been_killed_takes_the_narrated_day() -> None:
    assert killing("Authorities said soldiers had been killed by the rebels.").date == "2025-01-16"


def test_have_been_killed_is_told_on_the_publication_day() -> None:
    assert killing("Authorities said soldiers have been killed by the rebels.").date == "2025-01-20"
