"""Choose and fit the events layer's confidence model by cross-validation, reproducibly.

Data.  Every event candidate (``dateline.events.candidates`` with no cut, before merging) of the
even-id stories of both story corpora, VOA (``eval/voa``) and the written stories
(``eval/written``, when present; ``--no-written`` leaves them out), is labelled 1 when it is compatible with a core gold event of its story (the
scorer's type + actor country + recipient country test, ``dateline.evaluation.events``), 0 when
it matches no gold event; candidates that match only non-core gold events are left out, as the
scorer counts them neither way.  Every candidate of the PLOVER gold records (322 one-sentence
records, one coded event each) is labelled 1 when it has the record's type and, where the record
codes its source's country, an actor of that country (the gate's two PLOVER measures).  The
odd-id stories of either corpus are never trained or chosen on: they are the held-out check of
``dateline eval events``, and ``--compare`` prints them as counts only.

Folds.  ``K`` = 5 folds grouped by source: the even stories of each corpus in id order go to
fold i mod 5, the PLOVER records in id order likewise, so a story's (or record's) candidates are never split
between training and test, and the folds are the same on every run.

Model.  A logistic regression (L2, Newton's method, numpy; the bias is not shrunk) on a feature
set of ``VARIANTS``, with an L2 strength of ``L2S`` and each PLOVER candidate weighted by one of
``PLOVER_WEIGHTS`` (0: VOA only).  Per variant, the L2 and PLOVER weight with the lowest
cross-validated log loss (the mean of the held-out candidates' mean log loss of each source,
VOA even, written even and PLOVER: each source counts equally).

Choice.  The log loss of a candidate is not the scorer's measure (several candidates of one
gold event are all "right", the stage merges them, and a PLOVER record counts only its top
event), so the variants are compared by what the gate measures: each fold's model codes its
held-out even stories and PLOVER records with the real events stage and scorer (merging,
one-to-one matching); per variant, the cut in ``CUTS`` with the best sum of cross-validated
even F1 (the mean of VOA's and the written stories') and PLOVER type accuracy at a
cross-validated VOA even precision of at least ``MIN_CV_PRECISION`` (precision first).  The variant chosen is the simplest (first in
``VARIANTS``) whose sum of the two is within ``MARGIN`` of the best.  The out-of-fold precision
by confidence table is printed: it should rise bin by bin.

Weights.  The chosen variant is fitted on all even + PLOVER candidates, and its bias moved so
that the chosen cut reads ``EMIT_AT`` (0.4): the events layer emits from ``MIN_CONFIDENCE`` =
0.4 whatever the refit, and the precision-by-confidence table of ``dateline eval events`` keeps
its meaning.  Deterministic: fixed folds, Newton's method from zero, no sampling.

Check (``--compare``).  The current weights of ``events/confidence.py`` and the refit are run
through the real stage and scorer on the four halves (VOA even / odd, written even / odd; odd
as counts), with a precision-by-confidence table per corpus.  ``--write`` writes the refit only
when it passes ``accept``: VOA even precision at least ``KEEP_PRECISION`` (0.90) and written
even precision and recall both higher than the current weights' (``--force`` writes anyway).

    PYTHONPATH=src python scripts/fit_event_confidence.py --cache /tmp/arts          # report
    PYTHONPATH=src python scripts/fit_event_confidence.py --cache /tmp/arts --compare --write
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
    # an official, army, party, person or crowd left without a country (the actor layer's miss;
    # the written stories' even half: right 0 of 5 emitted, confidence.features)
    "prior+uncoded": PRIOR + ("uncoded_national",),
}
L2S = (1.0, 10.0, 30.0)
PLOVER_WEIGHTS = (0.0, 0.3, 1.0)
CUTS = tuple(round(0.2 + 0.01 * i, 2) for i in range(61))
MIN_CV_PRECISION = 0.85
# The refit is written only if the real stage keeps VOA even precision at this and raises both
# written even precision and recall over the current weights (``accept``).
KEEP_PRECISION = 0.90
CORPORA = ("voa", "written")
# The emission cut the events layer keeps: the chosen cut is moved here by the bias, so that
# "emitted from 0.4" and the precision-by-confidence table keep their meaning across refits.
EMIT_AT = 0.4
# A variant must beat a simpler one (earlier in ``VARIANTS``) by more than this sum of
# cross-validated even F1 and PLOVER type accuracy: smaller gains were noise on the held-out
# stories (prior+3+modality's +0.006 on 29 Nov 2026 cost odd F1 .437 -> .425).
MARGIN = 0.01


@dataclass
class Row:
    source: str  # "voa" or "written" (even-id stories) or "plover"
    fold: int
    feats: dict[str, float]
    label: float


def load(cache: Path | None, corpus: str = "voa") -> list:
    """Every story of ``corpus`` (both halves) run through every layer but events; ``cache`` is
    a file prefix (``<cache>_<corpus>.pkl``)."""
    path = None if cache is None else cache.with_name(f"{cache.name}_{corpus}.pkl")
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    arts = list(voa.processed(LAYERS, corpus=corpus))
    if path is not None:
        path.write_bytes(pickle.dumps(arts))
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


def with_gold(arts: list, corpus: str) -> list[tuple[str, object, dict]]:
    """(story id, article, gold) of the articles of ``corpus`` that have a gold file."""
    out = []
    for art in arts:
        sid = art.id.split(":")[-1]
        try:
            out.append((sid, art, voa.gold(sid, corpus=corpus)))
        except FileNotFoundError:
            continue
    return out


def even_stories(arts: list, corpus: str = "voa") -> list[tuple[int, str, object, dict]]:
    """(fold, story id, article, gold) of the even-id stories, folds by story id order."""
    even = sorted(((sid, art, gold) for sid, art, gold in with_gold(arts, corpus)
                   if voa.half(sid) == "even"), key=lambda t: int(t[0]))
    return [(i % K, sid, art, gold) for i, (sid, art, gold) in enumerate(even)]


def story_rows(stories: list, source: str) -> list[Row]:
    rows = []
    for fold, _sid, art, gold in stories:
        golds = E.gold_events(gold, art)
        for ev, feats in candidates(art, 0.0):
            hits = [g for g in golds if E.compatible(g, E.pred_event(art, ev))]
            if hits and not any(g.core for g in hits):
                continue
            rows.append(Row(source, fold, feats, 1.0 if hits else 0.0))
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
    train = [r for r in rows if r.source != "plover" or pw > 0]
    x, y = matrix(train, feats)
    return fit(x, y, l2, np.array([pw if r.source == "plover" else 1.0 for r in train]))


def log_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(1 / (1 + np.exp(-(x @ w))), 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def cv_log_loss(rows: list[Row], feats: tuple[str, ...], l2: float,
                pw: float) -> dict[str, float]:
    """Held-out mean log loss of the candidates of each source."""
    loss = {src: 0.0 for src in sources(rows)}
    for k in range(K):
        w = fit_rows([r for r in rows if r.fold != k], feats, l2, pw)
        for src in loss:
            test = [r for r in rows if r.fold == k and r.source == src]
            if test:
                loss[src] += log_loss(w, *matrix(test, feats)) * len(test)
    return {s: loss[s] / sum(r.source == s for r in rows) for s in loss}


def sources(rows: list[Row]) -> list[str]:
    return [s for s in (*CORPORA, "plover") if any(r.source == s for r in rows)]


def use(feats: tuple[str, ...], w: np.ndarray) -> dict[str, float]:
    weights = {k: round(float(v), 3) for k, v in zip(feats, w)}
    confidence.FEATURES = feats
    confidence.WEIGHTS.clear()
    confidence.WEIGHTS.update(weights)
    return weights


def cross_validate_cut(rows: list[Row], stories: dict[str, list], records: list,
                       feats: tuple[str, ...], l2: float, pw: float) -> tuple[dict, list]:
    """Out-of-fold even outcomes per corpus (coded at cut 0; the scorer filters by confidence)
    and out-of-fold PLOVER (gold type, actor countries, events) of the chosen model."""
    matched: dict[str, list] = {c: [] for c in stories}
    plover = []
    for k in range(K):
        use(feats, fit_rows([r for r in rows if r.fold != k], feats, l2, pw))
        for corpus, group in stories.items():
            for fold, _sid, art, gold in group:
                if fold == k:
                    code_events(art, min_confidence=0.0)
                    # the events of each article are those of its own fold's model
                    matched[corpus].append((art, gold, list(art.events)))
        for i, (_rid, gold_type, codes, art) in enumerate(records):
            if i % K == k:
                code_events(art, min_confidence=0.0)
                plover.append((gold_type, codes, art, list(art.events)))
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


def choose_cut(matched: dict[str, list], plover: list,
               verbose: bool = True) -> tuple[float, float]:
    """The cut with the best sum of cross-validated even F1 (the mean over the corpora) and
    PLOVER type accuracy at a cross-validated VOA even precision of at least
    ``MIN_CV_PRECISION``, and that mean even F1."""
    best = None
    if verbose:
        print("\ncut: cross-validated even P / R / F1 per corpus (" + ", ".join(matched)
              + ") | PLOVER type / covered / actor country")
    for cut in CUTS:
        per = {c: E.summarize(even_outcomes(m, cut)) for c, m in matched.items()}
        f1 = sum(s["f1"] for s in per.values()) / len(per)
        pl = plover_measures(plover, cut)
        ok = per["voa"]["precision"] >= MIN_CV_PRECISION
        if verbose:
            cells = " | ".join(f"{s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f}"
                               for s in per.values())
            print(f"  {cut:.2f}: {cells} | {pl[0]:.3f} {pl[1]:.3f} {pl[2]:.3f}"
                  f"{'' if ok else '  (precision too low)'}")
        if ok and (best is None or f1 + pl[0] > best[1] + best[2]):
            best = (cut, f1, pl[0])
    if best is None:
        raise SystemExit(f"no cut reaches a cross-validated precision of {MIN_CV_PRECISION}")
    return best[0], best[1]


# The command of the block this script writes (``write``): rerun it after the candidates change.
RERUN = ("# Refit (VOA even + written even + PLOVER; odd never trained on), written only if accepted:\n"
         "#   PYTHONPATH=src python scripts/fit_event_confidence.py --cache /tmp/arts "
         "--compare --write\n")


def write(weights: dict[str, float], cut: float) -> None:
    text = CONFIDENCE_PY.read_text("utf-8")
    names = ", ".join(f'"{k}"' for k in weights) + ("," if len(weights) == 1 else "")
    body = "".join(f'    "{k}": {v},\n' for k, v in weights.items())
    block = (f"{RERUN}"
             f"FEATURES = ({names})\n"
             f"WEIGHTS: dict[str, float] = {{\n{body}}}\n"
             f"MIN_CONFIDENCE = {cut}  # the emission cut chosen with the weights\n")
    text = re.sub(r"(# --- fitted by .*?---\n).*?(# --- end of fitted weights ---)",
                  lambda m: m.group(1) + block + m.group(2), text, flags=re.S)
    CONFIDENCE_PY.write_text(text, "utf-8")


def code_all(arts: list, feats: tuple[str, ...], weights: dict[str, float],
             cut: float | None = None) -> None:
    """Code every article's events with the given model (``cut`` None: the stage's own)."""
    confidence.FEATURES = feats
    confidence.WEIGHTS.clear()
    confidence.WEIGHTS.update(weights)
    for art in arts:
        code_events(art, min_confidence=cut)


def halves(arts: dict[str, list], model: tuple[tuple[str, ...], dict[str, float]]
           ) -> dict[str, dict]:
    """``<corpus>_<half>`` -> tp / fp / gold / P / R of the stage as it runs (cut
    ``MIN_CONFIDENCE``), and the per-corpus even-half outcomes of every candidate (coded at cut
    0) for the precision-by-confidence tables."""
    out = {}
    every = [a for group in arts.values() for a in group]
    code_all(every, *model)
    for corpus, group in arts.items():
        for name, outs in voa.by_half(E.voa_outcomes(group, EMIT_AT)):
            if name != "all":
                out[f"{corpus}_{name}"] = E.summarize(outs)
    code_all(every, *model, cut=0.0)
    for corpus, group in arts.items():
        out[f"{corpus}_table"] = [o for sid, o in E.voa_outcomes(group, 0.0)
                                  if voa.half(sid) == "even"]
    return out


def accept(before: dict, after: dict) -> bool:
    """Keep the refit: VOA even precision at least ``KEEP_PRECISION``, written even precision
    and recall both above the current weights' (VOA alone: VOA even F1 not lower)."""
    if after["voa_even"]["precision"] < KEEP_PRECISION:
        return False
    if "written_even" not in after:
        return after["voa_even"]["f1"] >= before["voa_even"]["f1"]
    return (after["written_even"]["precision"] > before["written_even"]["precision"]
            and after["written_even"]["recall"] > before["written_even"]["recall"])


def compare(arts: dict[str, list], old: tuple[tuple[str, ...], dict[str, float]],
            new: tuple[tuple[str, ...], dict[str, float]]) -> bool:
    """Run the current and the refit weights through the real stage and scorer on every half
    (odd halves as counts only) and print the per-corpus precision-by-confidence tables."""
    runs = {label: halves(arts, model) for label, model in (("current", old), ("refit", new))}
    print(f"\nthe real stage at {EMIT_AT}: tp / fp (gold) and, for the even halves, P / R")
    for key in (f"{c}_{h}" for c in arts for h in ("even", "odd")):
        cells = []
        for label in runs:
            s = runs[label][key]
            cell = f"{label} {s['tp']:>3} / {s['fp']:>3} ({s['gold']})"
            if key.endswith("even"):
                cell += f" P {s['precision']:.3f} R {s['recall']:.3f}"
            cells.append(cell)
        print(f"  {key:<13}" + "   ".join(cells))
    for corpus in arts:
        for label in runs:
            print(f"\nprecision by confidence, {corpus} even, {label} weights")
            print(E.print_confidence(runs[label][f"{corpus}_table"]))
    ok = accept(runs["current"], runs["refit"])
    print(f"\nrefit {'accepted' if ok else 'not accepted'}: VOA even precision >= "
          f"{KEEP_PRECISION}, written even precision and recall both higher")
    confidence.FEATURES = old[0]  # leave the module's weights as found
    confidence.WEIGHTS.clear()
    confidence.WEIGHTS.update(old[1])
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path,
                    help="file prefix for pickles of the processed stories (<prefix>_<corpus>.pkl)")
    ap.add_argument("--written", action=argparse.BooleanOptionalAction, default=True,
                    help="train on the written stories' even half too (default: when present)")
    ap.add_argument("--compare", action="store_true",
                    help="run the current and the refit weights on every half")
    ap.add_argument("--write", action="store_true",
                    help="update events/confidence.py (with --compare: only if accepted)")
    ap.add_argument("--force", action="store_true", help="write even if not accepted")
    opts = ap.parse_args()
    current = (tuple(confidence.FEATURES), dict(confidence.WEIGHTS))
    corpora = [c for c in CORPORA if c == "voa" or (opts.written and voa.available(c))]
    arts = {c: load(opts.cache, c) for c in corpora}
    stories = {c: even_stories(arts[c], c) for c in corpora}
    records = load_plover()
    rows = [r for c in corpora for r in story_rows(stories[c], c)] + plover_rows(records)
    srcs = sources(rows)
    print("candidates: " + ", ".join(
        f"{s} {sum(r.source == s for r in rows)} "
        f"({int(sum(r.label for r in rows if r.source == s))} right)" for s in srcs))
    print("\nvariant            L2  PLOVER w  CV log loss: " + "  ".join(srcs) + "  mean")
    best: dict[str, tuple[float, float, float]] = {}
    for name, feats in VARIANTS.items():
        for l2 in L2S:
            for pw in PLOVER_WEIGHTS:
                losses = cv_log_loss(rows, feats, l2, pw)
                loss = sum(losses.values()) / len(losses)
                if name not in best or loss < best[name][0]:
                    best[name] = (loss, l2, pw)
                print(f"{name:<18}{l2:>4.0f}{pw:>10}   "
                      + "".join(f"{losses[s]:>8.4f}" for s in srcs) + f"{loss:>8.4f}")
    print("\nvariant (its L2 and PLOVER weight by CV log loss): cross-validated cut, mean even "
          "F1, PLOVER type accuracy")
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
    print(f"\nchosen cut {cut} (best cross-validated even F1 + PLOVER type accuracy at VOA even "
          f"precision >= {MIN_CV_PRECISION})")
    for corpus, m in matched.items():
        print(f"\nout-of-fold precision by confidence, {corpus} even")
        print(E.print_confidence(even_outcomes(m, 0.0)))
    w = fit_rows(rows, feats, l2, pw)
    w[0] += _logit(EMIT_AT) - _gap(rows, feats, w, _logit(cut))  # the cut moves to EMIT_AT
    weights = use(feats, w)
    print(f"\nweights fitted on every even + PLOVER candidate (bias moved so the cut {cut} "
          f"reads {EMIT_AT}):")
    for k, v in weights.items():
        print(f"  {k:<20}{v:>8}")
    ok = compare(arts, current, (feats, weights)) if opts.compare else True
    if opts.write and (ok or opts.force):
        write(weights, EMIT_AT)
        print(f"\nwrote {CONFIDENCE_PY}")


if __name__ == "__main__":
    main()
