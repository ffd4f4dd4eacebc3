"""Scoring the quantities layer: ``dateline eval quantities``.

Two gold formats are read:

* VOA quantity gold (``eval/voa/quantities/<id>.json``, see its ``GUIDE.md``): per story a list
  of ``{sentence, text, start, end, value, unit, concept, approx}`` with offsets into the story.
* Sentence-level JSON (``--sentences FILE``): a list of ``{"sentence": "…", "quantities":
  [{"text": "80,000", "value": 80000, "unit": null}, …]}``; each sentence is run as its own
  article and gold spans are found by their text (in order, each occurrence used once).

A predicted quantity matches a gold one when their spans overlap and their values are equal
(relative tolerance 1e-6); pairs are one-to-one.  ``value`` P/R/F1 counts those matches;
``span`` P/R/F1 counts overlaps whatever the value; ``unit``, ``approx`` and ``concept``
accuracies are over matched pairs (a concept agrees when the gold concept's last word, its
head noun, is a word of the predicted one: "people" in "people arrested").
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import click

from dateline.errors import DataError

LAYERS = ("actors", "times", "quotes", "quantities")


@dataclass
class Item:
    start: int
    end: int
    value: float | None
    unit: str | None = None
    approx: str | None = None
    concept: str | None = None


def _overlap(a: Item, b: Item) -> bool:
    return a.start < b.end and b.start < a.end


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _head(concept: str | None) -> str | None:
    words = re.findall(r"[\w-]+", (concept or "").lower())
    return words[-1] if words else None


def match(pred: list[Item], gold: list[Item], by_value: bool = True) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    for j, g in enumerate(gold):
        for i, p in enumerate(pred):
            if i in used or not _overlap(p, g):
                continue
            if by_value and not _same_value(p.value, g.value):
                continue
            used.add(i)
            out.append((i, j))
            break
    return out


def _prf(tp: int, npred: int, ngold: int, prefix: str) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}.p": round(p, 4), f"{prefix}.r": round(r, 4), f"{prefix}.f1": round(f, 4)}


def score(docs: Iterable[tuple[list[Item], list[Item]]]) -> dict[str, float]:
    """Scores over (predicted, gold) lists, one pair per document (see the module docstring)."""
    tp = span_tp = npred = ngold = 0
    agree = {"unit": [0, 0], "approx": [0, 0], "concept": [0, 0]}
    for pred, gold in docs:
        npred += len(pred)
        ngold += len(gold)
        pairs = match(pred, gold)
        tp += len(pairs)
        span_tp += len(match(pred, gold, by_value=False))
        for i, j in pairs:
            p, g = pred[i], gold[j]
            agree["unit"][0] += p.unit == g.unit
            agree["unit"][1] += 1
            agree["approx"][0] += p.approx == g.approx
            agree["approx"][1] += 1
            if g.concept:
                words = set(re.findall(r"[\w-]+", (p.concept or "").lower()))
                agree["concept"][0] += _head(g.concept) in words
                agree["concept"][1] += 1
    out = _prf(tp, npred, ngold, "value") | _prf(span_tp, npred, ngold, "span")
    for name, (ok, n) in agree.items():
        out[f"{name}.accuracy"] = round(ok / n, 4) if n else 0.0
    out["n.gold"] = float(ngold)
    out["n.pred"] = float(npred)
    return out


# -- data sets -----------------------------------------------------------------------------------

def from_record(quantities: Iterable[Any]) -> list[Item]:
    out = []
    for q in quantities:
        d = q if isinstance(q, dict) else vars(q)
        out.append(Item(d["start"], d["end"], d.get("value"), d.get("unit"), d.get("approx"),
                        d.get("concept")))
    return out


def from_gold(items: Iterable[dict[str, Any]]) -> list[Item]:
    try:
        return [Item(int(q["start"]), int(q["end"]), q["value"], q.get("unit"), q.get("approx"),
                     q.get("concept")) for q in items]
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"quantity gold: expected items with start, end and value: {exc}") from exc


def voa_gold(folder: Path | None = None) -> dict[str, list[Item]]:
    from dateline.evaluation import eval_data

    folder = folder or eval_data("voa", "quantities")
    out = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        out[str(data["id"])] = from_gold(data["quantities"])
    return out


def voa_scores(layers: Iterable[str] = LAYERS) -> dict[str, float]:
    """Scores on the annotated VOA stories, keys prefixed ``all.``, ``even.``, ``odd.``."""
    from dateline.evaluation import voa

    gold = voa_gold()
    items = [(a.id, (from_record(a.quantities), gold[a.id]))
             for a in voa.processed(layers) if a.id in gold]
    out: dict[str, float] = {}
    for half, docs in voa.by_half(items):
        for k, v in score(docs).items():
            out[f"{half}.{k}"] = v
    return out


def sentence_docs(data: Any) -> list[tuple[str, list[Item]]]:
    """(sentence, gold items with offsets) from the sentence-level JSON format."""
    if not isinstance(data, list):
        raise DataError("sentence gold: expected a JSON list of {\"sentence\", \"quantities\"}")
    out = []
    for n, entry in enumerate(data):
        try:
            sentence = entry["sentence"]
            quantities = entry.get("quantities", [])
        except (TypeError, KeyError) as exc:
            raise DataError(f"sentence gold item {n}: expected {{\"sentence\": …, "
                            f"\"quantities\": [{{\"text\", \"value\", \"unit\"}}]}}") from exc
        items: list[Item] = []
        cursor: dict[str, int] = {}
        for q in quantities:
            text = q["text"]
            at = sentence.find(text, cursor.get(text, 0))
            if at < 0:
                raise DataError(f"sentence gold item {n}: {text!r} is not in {sentence!r}")
            cursor[text] = at + len(text)
            items.append(Item(at, at + len(text), q.get("value"), q.get("unit"), q.get("approx"),
                              q.get("concept")))
        out.append((sentence, items))
    return out


def sentence_scores(path: Path) -> dict[str, float]:
    from dateline.ingest import article_from_text
    from dateline.pipeline import run

    docs = sentence_docs(json.loads(path.read_text("utf-8")))
    arts = [article_from_text(s, id=f"s{n}", name=f"{path}:{n}") for n, (s, _) in enumerate(docs)]
    preds = [from_record(a.quantities) for a in run(arts, layers=("times", "quantities"))]
    return {f"all.{k}": v for k, v in score(zip(preds, [g for _, g in docs])).items()}


def table(scores: dict[str, float], floors: dict[str, float]) -> str:
    halves = [h for h in ("all", "even", "odd") if f"{h}.value.f1" in scores]
    lines = [f"{'metric':<18}" + "".join(f"{h:>8}" for h in halves) + "   floor"]
    names = [f"{a}.{k}" for a in ("value", "span") for k in ("p", "r", "f1")] + \
        ["unit.accuracy", "approx.accuracy", "concept.accuracy"]
    for name in names:
        fl = floors.get(f"all.{name}")
        lines.append(f"{name:<18}" + "".join(f"{scores[f'{h}.{name}']:>8.3f}" for h in halves)
                     + (f"   {fl:.3f}" if fl is not None else ""))
    lines.append(f"{'gold / predicted':<18}" + "".join(
        f"{int(scores[f'{h}.n.gold'])}/{int(scores[f'{h}.n.pred'])}".rjust(8) for h in halves))
    return "\n".join(lines)


@click.command("quantities")
@click.option("--sentences", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score on sentence-level JSON gold instead of the VOA stories.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def cli(sentences: Path | None, as_json: bool) -> None:
    """Score the quantities layer: value P/R/F1 (overlapping span and equal value), span
    P/R/F1, and unit / approx / concept agreement on matched quantities.

    Without options, on the hand-annotated VOA stories (eval/voa/quantities/), reported for all,
    even-id (tuning) and odd-id (held-out) stories, against eval/floors/quantities.json.

    \b
    Example:
      dateline eval quantities
      dateline eval quantities --sentences my_sentences.json
    """
    from dateline.evaluation.gate import check, floors

    started = time.perf_counter()
    scores = sentence_scores(sentences) if sentences else voa_scores()
    pinned = floors("quantities") if not sentences else {}
    if as_json:
        click.echo(json.dumps(scores, indent=1))
        return
    source = str(sentences) if sentences else "VOA dev (annotated stories)"
    click.echo(f"quantities on {source} ({time.perf_counter() - started:.1f}s)")
    click.echo(table(scores, pinned))
    if pinned:  # floors are pinned for the VOA gold only
        check("quantities", scores)


__all__ = ["Item", "match", "score", "voa_scores", "sentence_scores", "sentence_docs", "cli"]
