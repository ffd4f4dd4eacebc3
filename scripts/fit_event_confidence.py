"""Choose and fit the events layer's confidence model by cross-validation, reproducibly.

Data.  Every event candidate (``dateline.events.candidates`` with no cut, before merging) of the
VOA even-id stories is labelled 1 when it is compatible with a core gold event of its story (the
scorer's type + actor country + recipient country test, ``dateline.evaluation.events``), 0 when
it matches no gold event; candidates that match only non-core gold events are left out, as the
scorer counts them neither way.  Every candidate of the PLOVER gold records (322 one-sentence
records, one coded event each) is labelled 1 when it has the record's type and, where the record
codes its source's country, an actor of that country (the gate's two PLOVER measures).  The
odd-id VOA stories are never read here: they are the held-out check of ``dateline eval events``.

Folds.  ``K`` = 5 folds grouped by source: the even stories in id order go to fold i mod 5, the
PLOVER records in id order likewise, so a story's (or record's) candidates are never split
between training and test, and the folds are the same on every run.

Model.  A logistic regression (L2, Newton's method, numpy; the bias is not shrunk) on a feature
set of ``VARIANTS``, with an L2 strength of ``L2S`` and each PLOVER candidate weighted by one of
``PLOVER_WEIGHTS`` (0: VOA only).  Per variant, the L2 and PLOVER weight with the lowest
cross-validated log loss (the mean of the held-out even candidates' and the held-out PLOVER
candidates' mean log loss: each source counts equally).

Choice.  The log loss of a candidate is not the scorer's measure (several candidates of one
gold event are all "right", the stage merges them, and a PLOVER record counts only its top
event), so the variants are compared by what the gate measures: each fold's model codes its
held-out even stories and PLOVER records with the real events stage and scorer (merging,
one-to-one matching); per variant, the cut in ``CUTS`` with the best sum of cross-validated
even F1 and PLOVER type accuracy at a cross-validated even precision of at least
``MIN_CV_PRECISION`` (precision first).  The variant chosen is the simplest (first in
``VARIANTS``) whose sum of the two is within ``MARGIN`` of the best.  The out-of-fold precision
by confidence table is printed: it should rise bin by bin.

Weights.  The chosen variant is fitted on all even + PLOVER candidates, and its bias moved so
that the chosen cut reads ``EMIT_AT`` (0.4): the events layer emits from ``MIN_CONFIDENCE`` =
0.4 whatever the refit, and the precision-by-confidence table of ``dateline eval events`` keeps
its meaning.  Deterministic: fixed folds, Newton's method from zero, no sampling.

    PYTHONPATH=src python scripts/fit_event_confidence.py --cache /tmp/arts.pkl          # report
    PYTHONPATH=src python scripts/fit_event_confidence.py --cache /tmp/arts.pkl --write  # and write
"""

from __future__ import annotations

import argparse
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dateline.events import candidates, code_events, confidence
from dateline.evaluation import events as E, voa

LAYERS = ["actors", "places", "times", "quotes", "quantities"]
CONFIDENCE_PY = Path(confidence.__file__)
K = 5
PRIOR = ("bias", "log_prior")
FLAGS3 = ("no_recipient", "actor_uncoded", "inherited")
TYPES = tuple(f"type_{t}" for t in confidence.PLOVER_TYPES)
VARIANTS: dict[str, tuple[str, ...]] = {
    "prior": PRIOR,
    "prior+3": PRIOR + FLAGS3,
    # the trigger: its lexicon weight apart from the prior, a noun trigger, a type that needs no
    # target ("Ethiopia released 500 prisoners", "stepped down", "carried out strikes")
    "prior+3+trigger": PRIOR + FLAGS3 + ("log_weight", "nominal", "untargeted_type"),
    "prior+6": PRIOR + FLAGS3 + ("nominal", "reported", "quoted"),
    # how the event is told: planned, hypothetical, reported, negated
    "prior+3+modality": PRIOR + FLAGS3 + ("reported", "planned", "hypothetical", "negated"),
    # a per-type calibration (one flag per PLOVER type, shrunk by the L2)
    "prior+types": PRIOR + TYPES,
    "prior+3+types": PRIOR + FLAGS3 + TYPES,
    # the state of the act's own place or a national modifier as its target (events.targets)
    "prior+place": PRIOR + ("place_target",),
}
L2S = (1.0, 10.0, 30.0)
PLOVER_WEIGHTS = (0.0, 0.3, 1.0)
CUTS = tuple(round(0.2 + 0.01 * i, 2) for i in range(61))
MIN_CV_PRECISION = 0.85
# The emission cut the events layer keeps: the chosen cut is moved here by the bias, so that
# "emitted from 0.4" and the precision-by-confidence table keep their meaning across refits.
EMIT_AT = 0.4
# A variant must beat a simpler one (earlier in ``VARIANTS``) by more than this sum of
# cross-validated even F1 and PLOVER type accuracy: smaller gains were noise on the held-out
# stories (prior+3+modality's +0.006 on 29 Nov 2026 cost odd F1 .437 -> .425).
MARGIN = 0.01


@dataclass
class Row:
    source: str  # "even" or "plover"
    fold: int
    feats: dict[str, float]
    label: float


def load(cache: Path | None) -> list:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    arts = list(voa.processed(LAYERS))
    if cache is not None:
        cache.write_bytes(pickle.dumps(arts))
    return arts


def load_plover() -> list:
    """The PLOVER gold records as (record id, gold type, actor countries, article with every
    layer but events) (not cached: their pickled docs take gigabytes)."""
    from dateline.ingest import article_from_record
    from dateline.pipeline import run

    recs = sorted(E.plover_records(), key=lambda r: str(r["id"]))
    arts = (article_from_record({"id": r["id"], "text": r["text"], "published": "2000-01-01"},
                                name=r["id"]) for r in recs)
    return [(str(r["id"]), E.OLD_NAMES.get(r["event"], r["event"]), E._codes(r.get("source"))[0],
             art) for r, art in zip(recs, run(arts, LAYERS))]


def even_stories(arts: list) -> list[tuple[int, str, object, dict]]:
    """(fold, story id, article, gold) of the even-id stories, folds by story id order."""
    even = sorted(((sid, art, gold) for sid, art, gold in voa.with_gold(arts)
                   if voa.half(sid) == "even"), key=lambda t: int(t[0]))
    return [(i % K, sid, art, gold) for i, (sid, art, gold) in enumerate(even)]


def voa_rows(stories: list) -> list[Row]:
    rows = []
    for fold, _sid, art, gold in stories:
        golds = E.gold_events(gold, art)
        for ev, feats in candidates(art, 0.0):
            hits = [g for g in golds if E.compatible(g, E.pred_event(art, ev))]
            if hits and not any(g.core for g in hits):
                continue
            rows.append(Row("even", fold, feats, 1.0 if hits else 0.0))
    return rows


def plover_rows(records: list) -> list[Row]:
    rows = []
    for i, (_rid, gold_type, codes, art) in enumerate(records):
        for ev, feats in candidates(art, 0.0):
            actors = {a.country for x in ev.actors if (a := art.actor(x)) is not None}
            ok = ev.type == gold_type and (not codes or bool(actors & codes))
            rows.append(Row("plover", i % K, feats, float(ok)))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float, weight: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0  # the bias is not shrunk
    for _ in range(100):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (weight * (p - y)) + penalty * w
        hess = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def matrix(rows: list[Row], feats: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    return (np.array([[r.feats[k] for k in feats] for r in rows]).reshape(len(rows), len(feats)),
            np.array([r.label for r in rows]))


def fit_rows(rows: list[Row], feats: tuple[str, ...], l2: float, pw: float) -> np.ndarray:
    train = [r for r in rows if r.source == "even" or pw > 0]
    x, y = matrix(train, feats)
    return fit(x, y, l2, np.array([1.0 if r.source == "even" else pw for r in train]))


def log_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(1 / (1 + np.exp(-(x @ w))), 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def cv_log_loss(rows: list[Row], feats: tuple[str, ...], l2: float,
                pw: float) -> tuple[float, float]:
    """Held-out mean log loss of the even candidates and of the PLOVER candidates."""
    loss = {"even": 0.0, "plover": 0.0}
    for k in range(K):
        w = fit_rows([r for r in rows if r.fold != k], feats, l2, pw)
        for src in loss:
            test = [r for r in rows if r.fold == k and r.source == src]
            loss[src] += log_loss(w, *matrix(test, feats)) * len(test)
    return tuple(loss[s] / sum(r.source == s for r in rows) for s in ("even", "plover"))


def use(feats: tuple[str, ...], w: np.ndarray) -> dict[str, float]:
    weights = {k: round(float(v), 3) for k, v in zip(feats, w)}
    confidence.FEATURES = feats
    confidence.WEIGHTS.clear()
    confidence.WEIGHTS.update(weights)
    return weights


def cross_validate_cut(rows: list[Row], stories: list, records: list, feats: tuple[str, ...],
                       l2: float, pw: float) -> tuple[list, list]:
    """Out-of-fold even outcomes (coded at cut 0; the scorer filters by confidence) and
    out-of-fold PLOVER (gold type, actor countries, events) of the chosen model."""
    outcomes, plover = [], []
    for k in range(K):
        use(feats, fit_rows([r for r in rows if r.fold != k], feats, l2, pw))
        for fold, _sid, art, gold in stories:
            if fold == k:
                code_events(art, min_confidence=0.0)
                outcomes.append((art, gold))
        for i, (_rid, gold_type, codes, art) in enumerate(records):
            if i % K == k:
                code_events(art, min_confidence=0.0)
                plover.append((gold_type, codes, art, list(art.events)))
    # the events of each article are those of its own fold's model
    matched = [(art, gold, list(art.events)) for art, gold in outcomes]
    return matched, plover


def even_outcomes(matched: list, cut: float) -> list:
    out = []
    for art, gold, events in matched:
        art.events = events
        out.append(E.match(E.gold_events(gold, art), E.predicted_events(art, cut)))
    return out


def plover_measures(plover: list, cut: float) -> tuple[float, float, float]:
    """Type accuracy, covered type accuracy, actor country of the top event at ``cut``."""
    right = covered = 0
    actor: list[bool] = []
    for gold_type, codes, art, events in plover:
        kept = [e for e in events if e.confidence >= cut]
        if not kept:
            continue
        covered += 1
        top = max(kept, key=lambda e: e.confidence)
        right += top.type == gold_type
        if codes:
            actor.append(any((a := art.actor(x)) is not None and a.country in codes
                             for x in top.actors))
    return (right / len(plover), right / covered if covered else 0.0,
            sum(actor) / len(actor) if actor else 0.0)


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def _gap(rows: list[Row], feats: tuple[str, ...], w: np.ndarray, z: float) -> float:
    """The midpoint between the linear scores of the training candidates either side of ``z``:
    many candidates share one prior (a lexicon weight times the same factors), so a cut on such
    a cluster would keep or drop all of them by a rounding."""
    scores = matrix(rows, feats)[0] @ w
    above, below = scores[scores >= z], scores[scores < z]
    if not len(above) or not len(below):
        return z
    return float(above.min() + below.max()) / 2


def choose_cut(matched: list, plover: list, verbose: bool = True) -> tuple[float, float]:
    """The cut with the best sum of cross-validated even F1 and PLOVER type accuracy at a
    cross-validated even precision of at least ``MIN_CV_PRECISION``, and its even F1."""
    best = None
    if verbose:
        print("\ncut: cross-validated even P / R / F1 | PLOVER type / covered / actor country")
    for cut in CUTS:
        s = E.summarize(even_outcomes(matched, cut))
        pl = plover_measures(plover, cut)
        ok = s["precision"] >= MIN_CV_PRECISION
        if verbose:
            print(f"  {cut:.2f}: {s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f} | "
                  f"{pl[0]:.3f} {pl[1]:.3f} {pl[2]:.3f}{'' if ok else '  (precision too low)'}")
        if ok and (best is None or s["f1"] + pl[0] > best[1] + best[2]):
            best = (cut, s["f1"], pl[0])
    if best is None:
        raise SystemExit(f"no cut reaches a cross-validated precision of {MIN_CV_PRECISION}")
    return best[0], best[1]


def write(weights: dict[str, float], cut: float) -> None:
    text = CONFIDENCE_PY.read_text("utf-8")
    names = ", ".join(f'"{k}"' for k in weights) + ("," if len(weights) == 1 else "")
    body = "".join(f'    "{k}": {v},\n' for k, v in weights.items())
    block = (f"FEATURES = ({names})\n"
             f"WEIGHTS: dict[str, float] = {{\n{body}}}\n"
             f"MIN_CONFIDENCE = {cut}  # the emission cut chosen with the weights\n")
    text = re.sub(r"(# --- fitted by .*?---\n).*?(# --- end of fitted weights ---)",
                  lambda m: m.group(1) + block + m.group(2), text, flags=re.S)
    CONFIDENCE_PY.write_text(text, "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="pickle of the processed VOA articles")
    ap.add_argument("--write", action="store_true", help="update events/confidence.py")
    opts = ap.parse_args()
    stories = even_stories(load(opts.cache))
    records = load_plover()
    rows = voa_rows(stories) + plover_rows(records)
    n_even = sum(r.source == "even" for r in rows)
    print(f"candidates: even {n_even} ({int(sum(r.label for r in rows if r.source == 'even'))} "
          f"right), PLOVER {len(rows) - n_even} "
          f"({int(sum(r.label for r in rows if r.source == 'plover'))} right)")
    print("\nvariant            L2  PLOVER w  CV log loss: even  PLOVER  mean")
    best: dict[str, tuple[float, float, float]] = {}
    for name, feats in VARIANTS.items():
        for l2 in L2S:
            for pw in PLOVER_WEIGHTS:
                even, pl = cv_log_loss(rows, feats, l2, pw)
                loss = (even + pl) / 2
                if name not in best or loss < best[name][0]:
                    best[name] = (loss, l2, pw)
                print(f"{name:<18}{l2:>4.0f}{pw:>10}{even:>19.4f}{pl:>8.4f}{loss:>7.4f}")
    print("\nvariant (its L2 and PLOVER weight by CV log loss): cross-validated cut, even F1, "
          "PLOVER type accuracy")
    scored = []
    out_of_fold = {}  # the stage's out-of-fold runs, kept for the chosen variant's tables
    for name, (_loss, l2, pw) in best.items():
        matched, plover = cross_validate_cut(rows, stories, records, VARIANTS[name], l2, pw)
        out_of_fold[name] = (matched, plover)
        cut, f1 = choose_cut(matched, plover, verbose=False)
        type_acc = plover_measures(plover, cut)[0]
        print(f"  {name:<18} L2 {l2:<4} PLOVER w {pw:<4} cut {cut:.2f}  F1 {f1:.3f}  "
              f"type {type_acc:.3f}  sum {f1 + type_acc:.3f}")
        scored.append((f1 + type_acc, name, l2, pw))
    top = max(s for s, *_ in scored)
    # parsimony: the first (simplest) variant within MARGIN of the best
    _, name, l2, pw = next(v for v in scored if v[0] >= top - MARGIN)
    feats = VARIANTS[name]
    print(f"\nchosen (the simplest within {MARGIN} of the best even F1 + PLOVER type accuracy): "
          f"{name}, L2 {l2}, PLOVER weight {pw}")
    matched, plover = out_of_fold[name]
    cut, _ = choose_cut(matched, plover)
    print(f"\nchosen cut {cut} (best cross-validated even F1 + PLOVER type accuracy at even "
          f"precision >= {MIN_CV_PRECISION})")
    print("\nout-of-fold precision by confidence, VOA even")
    print(E.print_confidence(even_outcomes(matched, 0.0)))
    w = fit_rows(rows, feats, l2, pw)
    w[0] += _logit(EMIT_AT) - _gap(rows, feats, w, _logit(cut))  # the cut moves to EMIT_AT
    weights = use(feats, w)
    print(f"\nweights fitted on every even + PLOVER candidate (bias moved so the cut {cut} "
          f"reads {EMIT_AT}):")
    for k, v in weights.items():
        print(f"  {k:<20}{v:>8}")
    if opts.write:
        write(weights, EMIT_AT)
        print(f"\nwrote {CONFIDENCE_PY}")


if __name__ == "__main__":
    main()
