"""An event noun that names its doer in a "by" phrase tells its actor as plainly as a verb's
subject, so it is not charged as a nominal trigger (``events._agent_phrase``).  Wire-copy
sentences."""

from __future__ import annotations

from dateline.events import MIN_CONFIDENCE
from helpers import candidate_event


def test_killing_by_named_agents_is_emitted() -> None:
    # written story 9200008: "the killing of journalist Jamal Khashoggi by Saudi agents in
    # Istanbul" (gold ASSAULT, SAU on SAU)
    text = "Relations soured after the killing of a Kenyan journalist by Ugandan soldiers in Kampala."
    assert candidate_event(text, "2025-05-14", "ASSAULT", "killing").confidence >= MIN_CONFIDENCE


def test_killing_with_a_possessor_keeps_the_nominal_charge() -> None:
    text = "Relations soured after Uganda's killing of a Kenyan journalist in Kampala."
    ev = candidate_event(text, "2025-05-14", "ASSAULT", "killing")
    assert ev.confidence < candidate_event(
        "Relations soured after the killing of a Kenyan journalist by Ugandan soldiers in "
        "Kampala.", "2025-05-14", "ASSAULT", "killing").confidence
