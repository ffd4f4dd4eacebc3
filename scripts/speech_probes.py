"""Score the speech-act probe sentences (``scripts/speech_probes.txt``, issue 6): per PLOVER type,
how many get the right event (type, actor country, recipient country), only the wrong type, the
right type with a wrong actor or recipient, or no event at all; a NONE line must get no verbal
event.  ``-v`` prints every sentence with its events, else only the ones not right.

    PYTHONPATH=src python scripts/speech_probes.py scripts/speech_probes.txt [-v]
"""

from __future__ import annotations

import collections
import sys

import dateline

VERBAL = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"}


def events_of(text: str) -> list[tuple]:
    art = dateline.extract(text, published="2025-02-03")
    out = []
    for ev in art.events:
        actors = [a for x in ev.actors if (a := art.actor(x)) is not None]
        recipients = [a for x in ev.recipients if (a := art.actor(x)) is not None]
        out.append((ev.type, [a.country for a in actors], [a.country for a in recipients],
                    [a.mentions[0].text for a in actors if a.mentions],
                    [a.mentions[0].text for a in recipients if a.mentions],
                    ev.trigger.text, round(ev.confidence, 2)))
    return out


def verdict(etype: str, actor: str, recipient: str, found: list[tuple]) -> str:
    if etype == "NONE":
        return "wrong" if any(e[0] in VERBAL for e in found) else "right"
    typed = [e for e in found if e[0] == etype]
    for e in typed:
        actor_ok = actor == "*" or actor in e[1]
        recipient_ok = recipient == "*" or (recipient == "-" and not e[2]) or recipient in e[2]
        if actor_ok and recipient_ok:
            return "right"
    return "actor/recip" if typed else "type" if found else "none"


def main(path: str, verbose: bool) -> None:
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        etype, actor, recipient, text = line.split("|", 3)
        found = events_of(text)
        v = verdict(etype, actor, recipient, found)
        counts[etype][v] += 1
        if verbose or v != "right":
            print(f"[{v}] {etype} {actor}->{recipient}: {text}")
            for e in found:
                print("      ", e)
    print()
    for etype in sorted(counts):
        c = counts[etype]
        print(f"{etype:9} right {c['right']:2}/{sum(c.values()):2}  type {c['type']:2}  "
              f"actor/recip {c['actor/recip']:2}  none {c['none']:2}  wrong {c['wrong']}")


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv)
