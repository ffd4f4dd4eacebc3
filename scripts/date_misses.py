"""Even-half matched VOA events whose date is wrong: predicted vs gold date, trigger, sentence,
the time expression attached (none: the publication date default) and the times found in the
sentence and the one before (odd half as counts only, by the data discipline); with
``--meantime`` also the MEANTIME event-date links the events layer dates wrong
(:mod:`dateline.evaluation.event_dates`).  Run from the checkout root:
``PYTHONPATH=src python scripts/date_misses.py [--written] [--meantime]``; ``--written`` reads
the written stories (``eval/written``) instead of VOA."""

import collections
import sys

from dateline.evaluation import events as E


def main() -> None:
    counts: collections.Counter[tuple[str, bool]] = collections.Counter()
    from dateline.evaluation import voa

    corpus = "written" if "--written" in sys.argv else "voa"
    for art, half, gold, p, ev in E.voa_matched(voa.processed(corpus=corpus)):  # as scored
        attached = art.time(ev.time) if ev.time else None
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

        sid = art.id.split(":")[-1]
        print(f"== {sid} s{ev.sentence} {ev.type} trigger={ev.trigger.text!r} "
              f"pred={p.date} gold={gold.date} published={art.meta.published} "
              f"time={ev.time} ({attached.text if attached else 'none'!r}) "
              f"modality={ev.modality}")
        if ev.sentence > 0:
            print("  PREV:", sentence(ev.sentence - 1), times(ev.sentence - 1))
        print("  SENT:", sentence(ev.sentence), times(ev.sentence))
    for half in ("even", "odd"):
        right, wrong = counts[(half, True)], counts[(half, False)]
        print(f"{half}: {right} right, {wrong} wrong of {right + wrong} matched core events")
    if "--meantime" in sys.argv:
        meantime()


def meantime() -> None:
    """The MEANTIME event-date links dated wrong: file, gold value, predicted date, token,
    sentence and its times."""
    from dateline.evaluation import eval_data, event_dates
    from dateline.evaluation.times import meantime_root, read_meantime
    from dateline.ingest import article_from_text
    from dateline.pipeline import run

    files = sorted(eval_data("meantime").rglob("*.xml"))
    roots = [meantime_root(f) for f in files]
    docs = [read_meantime(f, r) for f, r in zip(files, roots)]
    arts = run([article_from_text(d.text, id=d.id, published=d.published) for d in docs],
               layers=["times"])
    for f, root, art in zip(files, roots, arts):
        links = event_dates.gold_links(f, root)
        for link, date in zip(links, event_dates.event_dates(art, links)):
            if event_dates.right(link.value, date):
                continue
            s = next((s for s in art.sentences if s.start <= link.start < s.end), None)
            text = art.text[s.start:s.end].replace("\n", " ")[:300] if s else "?"
            times = [(t.text, t.value) for t in art.times if s and s.start <= t.start < s.end]
            print(f"MT {f.stem} published={art.meta.published} gold={link.value} "
                  f"creation_time={link.creation_time} pred={date} "
                  f"token={art.text[link.start:link.end]!r}\n  {text} {times}")


if __name__ == "__main__":
    main()
