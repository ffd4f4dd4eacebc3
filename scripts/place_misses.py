"""Even-half matched core VOA events with a gold place: the gold place, ours and where it came
from (the clause, the dateline default, none), the trigger and the evidence sentence, each miss
sorted into a cause; odd half as counts only, by the data discipline.  Run from the checkout
root: ``PYTHONPATH=src python scripts/place_misses.py [--all]`` (``--all`` prints the right ones
too; ``--written`` reads the written stories, ``eval/written``, instead of VOA)."""

import collections
import re
import sys

from dateline.evaluation import events as E

AREA = re.compile(r"\b(capital|country|north|south|east|west|region|province|city|border)",
                  re.IGNORECASE)


def source(art, ev) -> str:
    """Where the event's place came from."""
    if ev.place is None:
        return "none"
    dl = art.meta.dateline
    if dl is not None and dl.place == ev.place:
        return "dateline default"
    place = art.place(ev.place)
    s = art.sentences[ev.sentence]
    return "own sentence" if place and s.start <= place.start < s.end else "elsewhere (merge)"


def cause(art, ev, gold: E.PlaceRef) -> str:
    """A first sorting of a miss by where the gold place is written."""
    s = art.sentences[ev.sentence]
    dl = art.meta.dateline
    dplace = art.place(dl.place) if dl is not None and dl.place else None
    if dplace is not None and E.place_right(gold, E.place_ref(art, dl.place)):
        return "dateline place not used"
    if gold.span is None:
        return "gold string not in text"
    over = [p for p in art.places if p.start < gold.span[1] and gold.span[0] < p.end]
    here = s.start <= gold.span[0] < s.end
    if here and not over:
        return "in sentence, area phrase" if AREA.search(gold.text) else \
            "in sentence, not resolved by places layer"
    if here:
        return "in sentence, not attached"
    k = art.sentence_index(gold.span[0])
    if k is not None and k < ev.sentence:
        return f"earlier sentence (-{ev.sentence - k})"
    return "later sentence"


def main() -> None:
    show_all = "--all" in sys.argv
    counts: collections.Counter = collections.Counter()
    causes: collections.Counter = collections.Counter()
    from dateline.evaluation import voa

    corpus = "written" if "--written" in sys.argv else "voa"
    for art, half, gold, p, ev in E.voa_matched(voa.processed(corpus=corpus)):  # as scored
        if gold.place is None and p.place is None:
            continue
        right = E.place_right(gold.place, p.place)
        why = source(art, ev)
        counts[(half, gold.place is not None, p.place is not None, right)] += 1
        if half != "even":
            continue
        if gold.place is None:
            kind = "predicted, gold has none"
        elif right:
            kind = "right"
        else:
            kind = cause(art, ev, gold.place) + (" [wrong place]" if p.place else "")
        causes[kind] += 1
        if right and not show_all:
            continue
        s = art.sentences[ev.sentence]
        sid = art.id.split(":")[-1]
        print(f"== {sid} s{ev.sentence} {ev.type} trigger={ev.trigger.text!r} "
              f"gold={gold.place.text if gold.place else None!r} "
              f"ours={p.place.text if p.place else None!r} ({why}) -> {kind}")
        dl = art.meta.dateline
        print(f"  dateline={dl.text if dl else None!r}")
        if ev.sentence > 0:
            q = art.sentences[ev.sentence - 1]
            print("  PREV:", art.text[q.start:q.end].replace("\n", " ")[:300])
        print("  SENT:", art.text[s.start:s.end].replace("\n", " ")[:500])
        print("  places:", [(pl.text, pl.country) for pl in art.places
                            if s.start <= pl.start < s.end])
    print("\neven causes:", dict(causes.most_common()))
    for half in ("even", "odd"):
        g = sum(n for (h, hg, _, _), n in counts.items() if h == half and hg)
        gr = sum(n for (h, hg, _, r), n in counts.items() if h == half and hg and r)
        pr = sum(n for (h, _, hp, _), n in counts.items() if h == half and hp)
        prr = sum(n for (h, _, hp, r), n in counts.items() if h == half and hp and r)
        print(f"{half}: place recall {gr}/{g}, precision {prr}/{pr}")


if __name__ == "__main__":
    main()
