"""List the event-actor errors of the VOA or written stories' EVEN (tuning) half, as the actors
scorer (``dateline.evaluation.actors``) matches them: gold actors not found, with a wrong
country, with a wrong sector.  Odd-id stories are never listed (held out)::

    PYTHONPATH=src python scripts/actor_errors.py [--corpus voa|written] [--kind miss|country|sector]
"""
from __future__ import annotations

import argparse
import json
import sys

from dateline.evaluation import actors as ev


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="written", choices=("voa", "written"))
    ap.add_argument("--kind", action="append", choices=("miss", "country", "sector", "ok"))
    args = ap.parse_args()
    kinds = set(args.kind or ("miss", "country", "sector"))
    articles = ev.voa_articles(args.corpus)
    golds = [g for g in ev.voa_golds(articles) if g.half == "even"]
    counts: dict[str, int] = {}
    for g in golds:
        art = articles[g.doc]
        actor = ev.actor_for(g, art.actors) if g.start >= 0 else None
        mention = ev.matched_mention(g, actor)
        if actor is None:
            kind = "miss"
        elif g.country is not None and not ev.same_country(g.country, actor.country):
            kind = "country"
        elif g.country is None and actor.country is not None:
            kind = "country"  # a country where the gold has none (c.prec)
        elif g.sector is not None and actor.sector != g.sector:
            kind = "sector"
        else:
            kind = "ok"
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in kinds:
            continue
        si = art.sentence_index(g.start) if g.start >= 0 else None
        sent = art.text[art.sentences[si].start:art.sentences[si].end] if si is not None else ""
        others = "; ".join(f"{m.text}[{a.country}/{a.sector}]" for a in art.actors
                           for m in a.mentions
                           if si is not None and art.sentence_index(m.start) == si)
        print(f"{kind:7} {art.id}\n  gold {g.text!r} {g.country}/{g.sector}  ours {mention!r} "
              f"{actor and actor.country}/{actor and actor.sector}\n  {' '.join(sent.split())}"
              f"\n  all: {others}")
    print(json.dumps(counts), file=sys.stderr)


if __name__ == "__main__":
    main()
