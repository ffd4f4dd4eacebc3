"""Count the missed core VOA events whose sentence has a predicate of the gold type with no actor.

A gold event the events layer did not emit is counted when its sentence holds a predicate of
the gold event's PLOVER type for which argument finding (``arguments.find_arguments``, then
``implicit.imply_actors``) found no actor, the class of misses that argument finding for
actor-less predicates (possessors, "by" phrases, control, relative clauses ...) could reach.
Even-id stories are listed (trigger, its dependency and tag, the recipients found, the
sentence); odd-id stories, held out, are counted only.  Run from the repository root::

    PYTHONPATH=src python scripts/no_actor_misses.py
"""

from __future__ import annotations

from dateline.evaluation import events as E
from dateline.evaluation import voa
from dateline.events.arguments import actor_index, find_arguments
from dateline.events.implicit import imply_actors
from dateline.events.predicates import find_predicates
from dateline.nlp import spacy_sentences


def main() -> None:
    counts = {"even": 0, "odd": 0}
    for art in voa.processed():
        sid = art.id.split(":")[-1]
        half = voa.half(sid)
        golds = E.gold_events(voa.gold(sid), art)
        # the gold events the emitted ones match, as the scorer pairs them
        used = {id(g) for _, g in E.pairs(golds, E.predicted_events(art)) if g is not None}
        index = actor_index(art)
        spans = spacy_sentences(art)
        lowers = art.doc.to_array("LOWER").tolist()
        for gold in golds:
            if not gold.core or id(gold) in used or gold.sentence is None \
                    or spans[gold.sentence] is None:
                continue
            sentence = spans[gold.sentence]
            bare = []
            for pred in find_predicates(sentence, lowers):
                if pred.type != gold.type:
                    continue
                args = find_arguments(pred, index)
                imply_actors(art, pred, args, index)
                if not args.actors:
                    bare.append(f"{pred.head.text!r} {pred.anchor.dep_}/{pred.anchor.tag_} "
                                f"recipients={args.recipients}")
            if not bare:
                continue
            counts[half] += 1
            if half == "even":
                print(sid, gold.type, sorted(gold.actors), "->", sorted(gold.recipients), bare)
                print("   ", sentence.text[:240].replace("\n", " "))
    print("missed core events with a bare predicate of their type:", counts)


if __name__ == "__main__":
    main()
