"""The date carried into the next sentence is that of the sentence's main clause, not the last
date named in it."""

from __future__ import annotations

import dateline


def test_the_carried_date_is_the_main_clauses() -> None:
    art = dateline.extract(
        "The defense minister told reporters early Sunday that Chinese fighter jets had locked "
        "their radar on Japanese planes on Saturday afternoon. He said Tokyo had demanded that "
        "Beijing prevent a recurrence.", published="2025-12-08")
    demand = next(e for e in art.events if e.trigger.text.startswith("demanded"))
    assert demand.date == "2025-12-07"


def test_a_single_date_still_carries() -> None:
    art = dateline.extract(
        "The Kenyan government rejected the court ruling on Saturday. Kenyan police arrested "
        "40 opposition supporters.", published="2025-12-08")
    arrest = next(e for e in art.events if e.type == "COERCE")
    assert arrest.date == "2025-12-06"
