"""List the PLOVER gold records the events layer emits no event for, and why.

``plover_coverage`` of ``dateline eval events`` is the share of the 322 PLOVER gold records
(independent of the VOA stories) with any emitted event.  For each uncovered record this prints
its text, gold type and source/target codes, and a reason class:

* ``no predicate``: no trigger of the lexicon in the text (the verbs and nouns not in
  ``triggers.tsv`` are listed, as hints for missing rows or missed parses);
* ``no actor``: predicates, but none with an actor (each with its arguments);
* ``demand on no one``: only statements (reported demands) without a recipient;
* ``under cut``: candidates with an actor, all under ``MIN_CONFIDENCE`` (each with its
  confidence, actors and recipients).

``--wrong`` also lists the covered records whose top event has another type.  ``--sides`` also
lists the covered records whose top event disagrees with the gold on a side the scorer checks
(``plover_actor_country`` ... ``plover_recipient_sector``), each disagreement with a cause class:

* ``none``: the event has no actor (recipient) on that side;
* ``uncoded``: it has some, none with a country (for a country disagreement) or a sector;
* ``other``: it has coded ones, of another country or sector.

Counts by reason and gold type close the output (and by side and cause with ``--sides``).  Run
from the repository root::

    PYTHONPATH=src python scripts/plover_uncovered.py [--wrong] [--sides]
"""

from __future__ import annotations

import collections
import sys

from dateline.evaluation.actors import same_country
from dateline.evaluation.events import OLD_NAMES, _codes as gold_sides, plover_records
from dateline.events import MIN_CONFIDENCE, candidates, lexicon
from dateline.events.arguments import actor_index, find_arguments
from dateline.events.implicit import imply_actors
from dateline.events.predicates import find_predicates, lemma_of
from dateline.ingest import article_from_record
from dateline.nlp import spacy_sentences
from dateline.pipeline import run


def _codes(side: object) -> list[str]:
    return [a.get("code") for a in side or [] if isinstance(a, dict)] \
        if isinstance(side, list) else []


def side_causes(rec: dict, art: object, top: object) -> list[str]:
    """The scored sides on which ``top`` disagrees with the gold record, as "side_field cause
    gold=..." (causes as the module docstring names them), read as ``score_plover`` reads them."""
    out = []
    for side, ids in (("actor", top.actors), ("recipient", top.recipients)):
        codes, sectors = gold_sides(rec.get("source" if side == "actor" else "target"))
        actors = [a for x in ids if (a := art.actor(x))]
        for field, gold, ok, has in (
                ("country", codes, lambda a: any(same_country(c, a.country) for c in codes),
                 lambda a: bool(a.country)),
                ("sector", sectors, lambda a: a.sector in sectors, lambda a: bool(a.sector))):
            if not gold or any(ok(a) for a in actors):
                continue
            cause = "none" if not actors else "other" if any(has(a) for a in actors) \
                else "uncoded"
            out.append(f"{side}_{field} {cause} gold={sorted(gold)}")
    return out


def main(show_wrong: bool, show_sides: bool = False) -> None:
    records = plover_records()
    arts = (article_from_record({"id": r["id"], "text": r["text"], "published": "2000-01-01"},
                                name=r["id"]) for r in records)
    reasons: collections.Counter[str] = collections.Counter()
    types: collections.Counter[str] = collections.Counter()
    wrong = []
    sides = []
    causes: collections.Counter[str] = collections.Counter()
    for rec, art in zip(records, run(arts)):
        gold = OLD_NAMES.get(rec["event"], rec["event"])
        if art.events:
            top = max(art.events, key=lambda e: e.confidence)
            if top.type != gold:
                wrong.append(f"{rec['id']} gold={gold} top={top.type} {top.trigger.text!r} | "
                             f"{rec['text'][:160]}")
            bad = side_causes(rec, art, top)
            causes.update(" ".join(b.split()[:2]) for b in bad)
            if bad:
                sides.append(f"{rec['id']} {top.type} {top.trigger.text!r} "
                             f"actors={[(x, a.country, a.sector) for x in top.actors if (a := art.actor(x))]} "
                             f"recipients={[(x, a.country, a.sector) for x in top.recipients if (a := art.actor(x))]} "
                             f"| {'; '.join(bad)} | {rec['text'][:160]}")
            continue
        index = actor_index(art)
        preds = []
        for sentence in spacy_sentences(art):
            for pred in find_predicates(sentence) if sentence is not None else ():
                args = find_arguments(pred, index)
                imply_actors(art, pred, args, index)
                preds.append((pred, args))
        cands = list(candidates(art))
        if cands:
            reason = "under cut"
        elif any(args.actors for _, args in preds):
            reason = "demand on no one"
        elif preds:
            reason = "no actor"
        else:
            reason = "no predicate"
        reasons[reason] += 1
        types[gold] += 1
        print(f"== {rec['id']} gold={gold} [{reason}] src={_codes(rec.get('source'))} "
              f"tgt={_codes(rec.get('target'))}")
        print("   ", " ".join(rec["text"].split())[:400])
        print("    actors:", [(a.id, a.country, a.sector) for a in art.actors])
        for pred, args in preds:
            print(f"    pred {pred.type} {' '.join(t.text for t in pred.trigger)!r} "
                  f"actors={args.actors} recipients={args.recipients} "
                  f"statement={pred.statement}")
        for ev, _ in cands:
            print(f"    candidate {ev.type} {ev.trigger.text!r} conf={ev.confidence:.3f} "
                  f"(cut {MIN_CONFIDENCE}) actors={ev.actors} recipients={ev.recipients}")
        if reason == "no predicate" and art.doc is not None:
            table = lexicon.entries()
            unknown = [f"{t.text}/{lemma_of(t)}" for t in art.doc
                       if t.pos_ in ("VERB", "NOUN")
                       and (lemma_of(t), "V" if t.pos_ == "VERB" else "N") not in table]
            print("    not in the lexicon:", unknown)
    print("uncovered by reason:", dict(reasons))
    print("uncovered by gold type:", dict(types))
    if show_wrong:
        print(f"covered, top event of another type: {len(wrong)}")
        for line in wrong:
            print("   ", line)
    if show_sides:
        print(f"covered, top event disagreeing on a scored side: {len(sides)}")
        for line in sides:
            print("   ", line)
        print("side disagreements by cause:", dict(sorted(causes.items())))


if __name__ == "__main__":
    main("--wrong" in sys.argv, "--sides" in sys.argv)
