"""Recompute the hand-check figures from ``sample.tsv``.

    .venv/bin/python eval/actors/figures.py [eval/actors/sample.tsv]

A row's country (sector) is correct when the layer's value equals the hand value; ``-`` is
null (the text does not determine it, so null is the right answer) and ``x`` marks a mention
that is not an actor at all (a place, an object, a fragment), wrong for both fields.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path


def figures(path: Path) -> dict[str, float]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if any(not r["true_country"] or not r["true_sector"] for r in rows):
        raise SystemExit(f"{path}: some rows are not checked yet (empty true_country/true_sector)")
    out: dict[str, float] = {"rows": float(len(rows))}
    for half in ("all", "even", "odd"):
        part = [r for r in rows if half == "all" or r["half"] == half]
        n = len(part) or 1
        out[f"{half}_n"] = float(len(part))
        out[f"{half}_country"] = sum(r["country"] == r["true_country"] for r in part) / n
        out[f"{half}_sector"] = sum(r["sector"] == r["true_sector"] for r in part) / n
        out[f"{half}_not_actor"] = sum(r["true_country"] == "x" for r in part) / n
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sample.tsv")
    f = figures(path)
    print(f"hand-checked actors: {int(f['rows'])} ({path})")
    print(f"  {'half':<5} {'n':>4} {'country':>8} {'sector':>7} {'not an actor':>13}")
    for half in ("all", "even", "odd"):
        print(f"  {half:<5} {int(f[half + '_n']):>4} {f[half + '_country']:>8.2f} "
              f"{f[half + '_sector']:>7.2f} {f[half + '_not_actor']:>13.2f}")
    with open(path, encoding="utf-8") as fh:
        verdicts = Counter(r["verdict"] for r in csv.DictReader(fh, delimiter="\t"))
    print("  verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))


if __name__ == "__main__":
    main()
