"""Draw the hand-check sample: 100 actors at random (seed ``SEED``; the earlier samples used
2025..2063, see README.md) from the actors layer's output
on the 60 VOA dev stories (both halves).  Writes ``sample.tsv`` with the output columns and empty ``true_country``/
``true_sector``/``verdict`` columns to fill by hand; a re-draw keeps any hand values already
filled for the same (story, mention) rows.

    .venv/bin/python eval/actors/draw_sample.py              # seed SEED
    .venv/bin/python eval/actors/draw_sample.py --seed 3001  # a scratch draw for tuning
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from dateline.evaluation import voa

SEED = 2064
SIZE = 100
HERE = Path(__file__).resolve().parent
COLUMNS = ["n", "story", "half", "actor", "kind", "name", "mention", "country", "sector",
           "title", "true_country", "true_sector", "verdict", "note", "sentence"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    seed = parser.parse_args().seed
    rows = []
    for art in voa.processed(["actors"]):
        sid = art.id.removeprefix("voa:")
        for actor in art.actors:
            m = actor.mentions[0]
            si = art.sentence_index(m.start)
            sent = art.text[art.sentences[si].start:art.sentences[si].end] if si is not None else ""
            rows.append({"story": sid, "half": voa.half(sid), "actor": actor.id,
                         "kind": actor.kind, "name": actor.name, "mention": m.text,
                         "country": actor.country or "-", "sector": actor.sector or "-",
                         "title": actor.title or "", "sentence": " ".join(sent.split())})
    picked = random.Random(seed).sample(rows, SIZE)
    old: dict[tuple[str, str], dict[str, str]] = {}
    path = HERE / "sample.tsv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            old = {(r["story"], r["mention"]): r for r in csv.DictReader(fh, delimiter="\t")}
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        out.writeheader()
        for n, r in enumerate(picked, start=1):
            keep = old.get((r["story"], r["mention"]), {})
            out.writerow({**r, "n": n, **{k: keep.get(k, "") for k in
                                          ("true_country", "true_sector", "verdict", "note")}})


if __name__ == "__main__":
    main()
