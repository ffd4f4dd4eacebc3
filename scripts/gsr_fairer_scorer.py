"""How much of the GSR miss/sector rate is the scorer's matching, not the extractor?

Re-scores the GSR with three matching changes (the last two reported, not adopted in
evaluation/actors.py):
 * ws: gold actorText with runs of spaces ("NATO  peacekeeping troops") looked up whitespace-
   collapsed; since adopted (``evaluation.actors.find_text``), so "orig" already has it;
 * dots: "U.S. ... negotiators" looked up piecewise (the span of its pieces, matched on any piece);
 * head: the mention starting where the gold starts wins over a longer overlap inside it
   ("Doctors from two American aid groups": "Doctors", not "two American aid groups").
"""
from __future__ import annotations

import json
import re

from dateline.evaluation import actors as ev
from dateline.pipeline import run


def pieces(text: str, gold: str) -> list[tuple[int, int]] | None:
    parts = [p for p in re.split(r"\s*\.{2,}\s*", " ".join(gold.split())) if p]
    out, at = [], 0
    for p in parts:
        i = text.find(p, at)
        if i < 0:
            i = text.lower().find(p.lower(), at)
        if i < 0:
            return None
        out.append((i, i + len(p)))
        at = i + len(p)
    return out


def main() -> None:
    articles, golds = ev.load_gsr()
    done = list(run(articles, layers=["actors"]))
    for variant in ("orig", "ws+dots", "ws+dots+head"):
        found = n_c = ok_c = n_s = ok_s = 0
        for g in golds:
            art = done[g.doc]
            spans = [(g.start, g.end)] if g.start >= 0 else None
            if spans is None and variant != "orig":
                spans = pieces(art.text, g.text)
            best, actor = None, None
            for s, e in spans or []:
                for a in art.actors:
                    for m in a.mentions:
                        ov = min(m.end, e) - max(m.start, s)
                        if ov <= 0:
                            continue
                        head = variant.endswith("head") and m.start == s
                        key = (head, ov, -(m.end - m.start))
                        if best is None or key > best:
                            best, actor = key, a
            found += actor is not None
            if g.country is not None:
                n_c += 1
                ok_c += actor is not None and ev.same_country(g.country, actor.country)
            if g.sector is not None:
                n_s += 1
                ok_s += actor is not None and actor.sector == g.sector
        print(json.dumps({"variant": variant, "found": round(found / len(golds), 4),
                          "country": round(ok_c / n_c, 4), "sector": round(ok_s / n_s, 4)}))


if __name__ == "__main__":
    main()
