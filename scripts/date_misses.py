"""Even-half matched VOA events whose date is wrong: predicted vs gold date, trigger, sentence,
and the times found in the sentence and the one before (odd half as counts only, by the data
discipline).  Run from the checkout root: ``PYTHONPATH=src python scripts/date_misses.py``."""

import collections

from dateline.evaluation import events as E, voa


def main() -> None:
    counts: collections.Counter[tuple[str, bool]] = collections.Counter()
    for art in voa.processed():
        sid = art.id.split(":")[-1]
        half = voa.half(sid)
        golds = E.gold_events(voa.gold(sid), art)
        found = [(E.pred_event(art, ev), ev) for ev in art.events]
        event_of = {id(p): ev for p, ev in found}
        for p, gold in E.pairs(golds, [p for p, _ in found]):  # as the scorer matches them
            if gold is None or not gold.core:
                continue
            ev = event_of[id(p)]
            ok = E.date_agrees(gold.date, p.date)
            counts[(half, ok)] += 1
            if ok or half != "even":
                continue

            def sentence(k: int) -> str:
                s = art.sentences[k]
                return art.text[s.start:s.end].replace("\n", " ")[:400]

            def times(k: int) -> list[tuple[str, str | None]]:
                s = art.sentences[k]
                return [(t.text, t.value) for t in art.times if s.start <= t.start < s.end]

            print(f"== {sid} s{ev.sentence} {ev.type} trigger={ev.trigger.text!r} "
                  f"pred={p.date} gold={gold.date} published={art.meta.published} "
                  f"time={ev.time} modality={ev.modality}")
            if ev.sentence > 0:
                print("  PREV:", sentence(ev.sentence - 1), times(ev.sentence - 1))
            print("  SENT:", sentence(ev.sentence), times(ev.sentence))
    for half in ("even", "odd"):
        right, wrong = counts[(half, True)], counts[(half, False)]
        print(f"{half}: {right} right, {wrong} wrong of {right + wrong} matched core events")


if __name__ == "__main__":
    main()
