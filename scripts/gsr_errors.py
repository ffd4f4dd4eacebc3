"""List PLOVER GSR actor errors: gold actors not found and sector (and country) errors.

Each row: kind, gold text, gold code/sector, our mention/country/sector, the sentence and every
actor mention of it.  A miss names its first cause: ``absent`` (the gold actorText is not in the
sentence as written: double spaces, "U.S. ... negotiators", typos; the scorer cannot match it),
``place`` (a place mention covers it: PLOVER codes the location as target), ``none``.
  PYTHONPATH=src python scripts/gsr_errors.py [--kind=miss|sector|country]
"""
from __future__ import annotations

import json
import sys

from dateline.evaluation import actors as ev
from dateline.pipeline import run


def main() -> None:
    kinds = {a.split("=")[1] for a in sys.argv[1:] if a.startswith("--kind=")} or {
        "miss", "sector", "country"}
    articles, golds = ev.load_gsr()
    done = list(run(articles, layers=["actors", "places"]))
    rows = []
    for g in golds:
        art = done[g.doc]
        actor = ev.actor_for(g, art.actors) if g.start >= 0 else None
        mention = ev.matched_mention(g, actor)
        if actor is None:
            kind = "miss-none" if g.start >= 0 else "miss-absent"
            place = [p.text for p in art.places if min(p.end, g.end) - max(p.start, g.start) > 0]
            mention = f"(place: {place[0]})" if place else ""
            kind = "miss-place" if place and g.start >= 0 else kind
        elif g.sector is not None and actor.sector != g.sector:
            kind = "sector"
        elif g.country is not None and not ev.same_country(g.country, actor.country):
            kind = "country"
        else:
            kind = "ok"
        if kind.split("-")[0] not in kinds:
            continue
        others = "; ".join(f"{m.text}[{a.country}/{a.sector}]" for a in art.actors
                           for m in a.mentions)
        rows.append({"kind": kind, "id": art.id, "gold": g.text, "gcode": g.country,
                     "gsec": g.sector, "ours": mention, "ocountry": actor and actor.country,
                     "osector": actor and actor.sector, "text": art.text, "actors": others})
    for r in rows:
        print(f"{r['kind']:7} {r['id']}\n  gold {r['gold']!r} {r['gcode']}/{r['gsec']}  ours "
              f"{r['ours']!r} {r['ocountry']}/{r['osector']}\n  {r['text']}\n  all: {r['actors']}")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    print(json.dumps(counts), file=sys.stderr)


if __name__ == "__main__":
    main()
