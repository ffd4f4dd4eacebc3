"""List the events layer's misses and false positives on a story gold, as the scorer sees them.

For each story of a corpus (``voa`` or ``written``) and half, prints the core gold events no
prediction matched (MISS), the predictions matched to no gold event (FP) and, with
``--detail``, the matches (TP), each with its sentence, type and the countries (and, for gold,
the written actor text) of both sides.  A prediction is matched as ``dateline eval events``
matches it (:func:`dateline.evaluation.events.pairs`).

Example::

    PYTHONPATH=src python scripts/event_misses.py --corpus written --half even
    PYTHONPATH=src python scripts/event_misses.py --corpus voa --half odd --only FP --story 7686618
"""
from __future__ import annotations

import argparse
import collections

from dateline.evaluation import voa
from dateline.evaluation.events import gold_events, pairs, pred_event


def _side(countries) -> str:
    return "/".join(sorted(countries)) or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="voa", choices=sorted(voa.CORPORA))
    ap.add_argument("--half", default="all", choices=["all", "even", "odd"])
    ap.add_argument("--only", choices=["MISS", "FP", "TP"], help="print one kind only")
    ap.add_argument("--story", help="one story id")
    ap.add_argument("--detail", action="store_true", help="also print the matches (TP)")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    args = ap.parse_args()

    counts: collections.Counter[str] = collections.Counter()
    for art in voa.processed(corpus=args.corpus):
        sid = art.id.split(":")[-1]
        if args.story and sid != args.story:
            continue
        if args.half != "all" and voa.half(sid) != args.half:
            continue
        raw = voa.gold(sid, corpus=args.corpus).get("events", [])
        golds = gold_events(voa.gold(sid, corpus=args.corpus), art)
        found = [(pred_event(art, ev), ev) for ev in art.events
                 if ev.confidence >= args.min_confidence]
        event_of = {id(p): ev for p, ev in found}
        matched = pairs(golds, [p for p, _ in found])
        used = {id(g) for _, g in matched if g is not None}
        lines = []
        for p, g in matched:
            ev = event_of[id(p)]
            s = art.sentences[ev.sentence] if ev.sentence is not None else None
            sent = art.text[s.start:s.end] if s else ""
            trig = ev.trigger.text if getattr(ev, "trigger", None) else ""
            if g is None:
                kind = "FP"
            elif g.core:
                kind = "TP"
            else:
                continue
            counts[kind] += 1
            if (args.only and kind != args.only) or (kind == "TP" and not (args.detail or args.only)):
                continue
            lines.append(f"  {kind:4} {p.type:10} {_side(p.actors)} -> {_side(p.recipients)}"
                         f"  conf {p.confidence:.2f}  trigger {trig!r}\n       | {sent}")
        for g, r in zip(golds, raw):
            if id(g) in used or not g.core:
                continue
            counts["MISS"] += 1
            if args.only and args.only != "MISS":
                continue
            a = (r.get("actor") or {}).get("text") or ""
            b = (r.get("recipient") or {}).get("text") or ""
            lines.append(f"  MISS {g.type:10} {_side(g.actors)} -> {_side(g.recipients)}"
                         f"  ({a!r} -> {b!r})\n       | {r.get('evidence', '')}")
        if lines:
            print(f"== {args.corpus} {sid} ({voa.half(sid)})")
            print("\n".join(lines))
    print(f"\nTP {counts['TP']}  FP {counts['FP']}  MISS {counts['MISS']}")


if __name__ == "__main__":
    main()
