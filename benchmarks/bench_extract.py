"""Speed of ``dateline extract`` against spaCy alone, per-stage cost and peak memory.

Usage: python benchmarks/bench_extract.py [--repeat N] [--layers actors,places,...] [--rounds 2]

Both runs use the same texts (the 60 bundled VOA stories, repeated N times), the same loaded
pipeline with the same disabled components, in the same process.  spaCy alone is
``nlp.pipe(texts)``; dateline is ingestion (headers, language check) + the parse with sentence
presets, sentences and entities + every requested stage.  The stage data (lexicons,
gazetteer) loads during a warm-up pass that is reported apart and not counted.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from typing import Any, Callable, Iterator

from dateline import nlp
from dateline.ingest import article_from_record
from dateline.pipeline import STAGES, stage
from dateline.record import Article
from dateline.resources import demo_corpus


def clock_now() -> float:
    """CPU seconds of this process: on a shared machine, wall time measures the neighbours."""
    return time.process_time()


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def timed(fill: Callable[[Article], Article], clock: dict[str, float],
          name: str) -> Callable[[Article], Article]:
    def run(article: Article) -> Article:
        t = clock_now()
        out = fill(article)
        clock[name] = clock.get(name, 0.0) + clock_now() - t
        return out
    return run


def dateline_run(records: list[dict[str, Any]], layers: list[str], batch_size: int,
                 clock: dict[str, float]) -> int:
    """The full pipeline, each part on its own clock; returns the number of articles done."""
    stages = [(n, timed(stage(n), clock, n)) for n in layers]

    def articles() -> Iterator[Article]:
        for r in records:
            t = clock_now()
            art = article_from_record(r, name=f"voa:{r['id']}")
            clock["ingest"] = clock.get("ingest", 0.0) + clock_now() - t
            yield art

    done = 0
    parsed = nlp.parse_many(articles(), batch_size=batch_size)
    while True:
        t = clock_now()
        art = next(parsed, None)
        clock["parse"] = clock.get("parse", 0.0) + clock_now() - t
        if art is None:
            break
        for _, fill in stages:
            art = fill(art)
        art.doc = None
        done += 1
    clock["parse"] -= clock.get("ingest", 0.0)  # ingestion runs inside the parse generator
    return done


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="run the 60 stories N times (default 1)")
    ap.add_argument("--layers", default=",".join(STAGES), help="stages to run (default all)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2,
                    help="alternate spaCy/dateline runs this many times, keep the best of each")
    args = ap.parse_args(argv)
    layers = [x for x in STAGES if x in set(args.layers.split(","))]

    stories = [json.loads(x) for x in demo_corpus().read_text("utf-8").splitlines() if x.strip()]
    records = stories * args.repeat
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    n = len(records)

    t = clock_now()
    pipeline = nlp.load()
    load_model = clock_now() - t
    rss_model = peak_rss_mb()
    gazetteer_load = None
    if "places" in layers:
        # The gazetteer is the largest table: its load time and memory are shown apart.
        from dateline.places.gazetteer import gazetteer

        t, w = clock_now(), time.perf_counter()
        gazetteer()
        gazetteer_load = (clock_now() - t, time.perf_counter() - w, peak_rss_mb() - rss_model)
    t = clock_now()
    dateline_run(stories[:5], layers, args.batch_size, {})  # loads every stage's data
    warm = clock_now() - t
    rss_loaded = peak_rss_mb()

    # Rounds alternate the two runs and keep each one's best, so that load from other
    # processes on a shared machine biases neither.
    spacy_secs = dl_secs = float("inf")
    clock: dict[str, float] = {}
    spacy_wall = dl_wall = float("inf")
    for _ in range(args.rounds):
        t, w = clock_now(), time.perf_counter()
        for doc in pipeline.pipe(texts, batch_size=args.batch_size):
            pass
        spacy_secs = min(spacy_secs, clock_now() - t)
        spacy_wall = min(spacy_wall, time.perf_counter() - w)

        round_clock: dict[str, float] = {}
        t, w = clock_now(), time.perf_counter()
        done = dateline_run(records, layers, args.batch_size, round_clock)
        secs = clock_now() - t
        dl_wall = min(dl_wall, time.perf_counter() - w)
        assert done == n
        if secs < dl_secs:
            dl_secs, clock = secs, round_clock

    print(f"{n} articles ({len(stories)} VOA stories x {args.repeat}), {words:,} words, "
          f"best of {args.rounds} rounds; "
          f"pipeline {pipeline.meta.get('name')} {pipeline.meta.get('version')} "
          f"{pipeline.pipe_names}, disabled {pipeline.disabled}, batch {args.batch_size}")
    print(f"model load {load_model:.2f}s (RSS {rss_model:.0f} MB); "
          f"warm-up (other stage data) {warm:.2f}s")
    if gazetteer_load:
        cpu, wall, mb = gazetteer_load
        print(f"gazetteer load {cpu:.2f}s cpu / {wall:.2f}s wall, +{mb:.0f} MB peak RSS")
    print()
    print("CPU seconds of this process (wall seconds, which include other processes' load, "
          "in the last column)")
    print(f"{'run':<26}{'cpu s':>9}{'words/s':>11}{'articles/s':>12}{'ms/article':>12}"
          f"{'wall s':>9}")
    for name, secs, wall in [("spaCy alone (nlp.pipe)", spacy_secs, spacy_wall),
                             ("dateline extract", dl_secs, dl_wall)]:
        print(f"{name:<26}{secs:>9.2f}{words / secs:>11,.0f}{n / secs:>12.1f}"
              f"{1000 * secs / n:>12.1f}{wall:>9.2f}")
    print(f"{'dateline minus spaCy':<26}{dl_secs - spacy_secs:>9.2f}{'':>11}{'':>12}"
          f"{1000 * (dl_secs - spacy_secs) / n:>12.1f}\n")
    print(f"{'part (cpu)':<26}{'ms/article':>12}{'share':>8}")
    for name in ["ingest", "parse", *layers]:
        secs = clock.get(name, 0.0)
        print(f"{name:<26}{1000 * secs / n:>12.2f}{secs / dl_secs:>8.0%}")
    print(f"\npeak RSS: {peak_rss_mb():.0f} MB (after loading: {rss_loaded:.0f} MB)")


if __name__ == "__main__":
    main()
