"""Merge one event told twice in an article: same type, actors, recipients and date.

The first mention is kept as the evidence (news repeats its lead later in the story); the kept
event takes the highest confidence of its mentions, as a repeat is corroboration.
"""

from __future__ import annotations

from dateline.record import Event


def merge_events(events: list[Event]) -> list[Event]:
    kept: dict[tuple[object, ...], Event] = {}
    for ev in events:
        key = (ev.type, frozenset(ev.actors), frozenset(ev.recipients), ev.date, ev.negated)
        first = kept.get(key)
        if first is None:
            kept[key] = ev
        else:
            first.confidence = max(first.confidence, ev.confidence)
            if first.time is None and ev.time is not None:
                first.time = ev.time
            if first.place is None and ev.place is not None:
                first.place = ev.place
    out = list(kept.values())
    for i, ev in enumerate(out, start=1):
        ev.id = f"v{i}"
    return out
