"""Scoring the quotes layer against attribution gold: ``dateline eval quotes``.

Two gold formats are read:

* VOA development gold (``eval/voa/gold/<id>.json``): the ``quotes`` list, each with
  ``source``/``cue``/``content`` texts and ``*_start``/``*_end`` offsets, and ``direct``.
* brat standoff (``name.txt`` + ``name.ann``), as in PARC-style attribution corpora.  ``T`` lines
  of type ``Source``, ``Cue`` or ``Content`` (a discontinuous span ``0 5;9 12`` is read as its
  hull ``0 12``); attributions are the connected groups of those spans joined by ``R`` lines
  (any relation type, normally ``Attribution Arg1:T1 Arg2:T2``) or by ``E`` lines
  (``E1 Cue:T2 Source:T1 Content:T3``).  A group holds at most one span of each type; a second
  Content or Source in a group starts a new attribution sharing the group's other spans (one
  cue with two contents: "said X and that Y").  A group without a Content span is dropped;
  ``A`` lines ``Direct``/``Indirect`` on the Content set ``direct``.

Matching: each predicted quote is paired with at most one gold attribution, greedily by the
largest content overlap.  Per span type (content, source, cue) precision = spans of paired
predictions that match their gold span / predicted spans; recall = the same / gold spans;
"exact" needs equal offsets, "overlap" any shared character.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import click

from dateline.errors import DataError

SPANS = ("content", "source", "cue")
QUOTES = "\"“”«»"
Pair = tuple[int, int]


@dataclass
class Attribution:
    content: Pair
    source: Pair | None = None
    cue: Pair | None = None
    direct: bool | None = None


# -- readers -------------------------------------------------------------------------------------

def from_voa(gold: dict[str, Any]) -> list[Attribution]:
    out = []
    for q in gold.get("quotes", []):
        def pair(name: str) -> Pair | None:
            s, e = q.get(f"{name}_start"), q.get(f"{name}_end")
            return (int(s), int(e)) if s is not None and e is not None else None
        content = pair("content")
        if content is None:
            continue
        out.append(Attribution(content, pair("source"), pair("cue"), q.get("direct")))
    return out


def from_record(quotes: Iterable[Any]) -> list[Attribution]:
    """Predicted quotes: ``Quote`` objects or their JSON dicts."""
    def pair(v: Any) -> Pair | None:
        if v is None:
            return None
        if isinstance(v, dict):
            return int(v["start"]), int(v["end"])
        return int(v.start), int(v.end)

    out = []
    for q in quotes:
        d = q if isinstance(q, dict) else vars(q)
        content = pair(d.get("content"))
        if content is not None:
            out.append(Attribution(content, pair(d.get("source")), pair(d.get("cue")),
                                   d.get("direct")))
    return out


def read_brat(ann: str) -> list[Attribution]:
    """Attributions from the text of a brat ``.ann`` file (see the module docstring)."""
    spans: dict[str, tuple[str, Pair]] = {}
    links: list[tuple[str, str]] = []
    flags: dict[str, bool] = {}
    for n, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        ident = parts[0]
        try:
            if ident.startswith("T"):
                kind, _, offsets = parts[1].partition(" ")
                nums = [int(x) for piece in offsets.split(";") for x in piece.split()]
                spans[ident] = (kind.capitalize(), (min(nums), max(nums)))
            elif ident.startswith(("R", "E")):
                args = [a.split(":", 1)[1] for a in parts[1].split()[0 if ident[0] == "E" else 1:]
                        if ":" in a]
                links.extend((args[0], a) for a in args[1:])
            elif ident.startswith("A"):
                fields = parts[1].split()
                if fields[0].lower() in ("direct", "indirect") and len(fields) > 1:
                    flags[fields[1]] = fields[0].lower() == "direct"
        except (IndexError, ValueError) as exc:
            raise DataError(f"brat line {n}: expected 'T1<TAB>Type START END<TAB>text', "
                            f"'R1<TAB>Attribution Arg1:T1 Arg2:T2' or 'E1<TAB>Cue:T1 …', "
                            f"got {line!r}") from exc
    parent = {t: t for t in spans}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for t in sorted(spans, key=lambda t: spans[t][1]):
        groups.setdefault(find(t), []).append(t)
    out = []
    for members in groups.values():
        by_kind: dict[str, list[str]] = {}
        for t in members:
            by_kind.setdefault(spans[t][0], []).append(t)
        sources = by_kind.get("Source", [None])  # type: ignore[list-item]
        cue = by_kind.get("Cue", [None])[0]  # type: ignore[list-item]
        for k, c in enumerate(by_kind.get("Content", [])):
            s = sources[min(k, len(sources) - 1)]
            out.append(Attribution(spans[c][1], spans[s][1] if s else None,
                                   spans[cue][1] if cue else None, flags.get(c)))
    return sorted(out, key=lambda a: a.content)


# -- scoring -------------------------------------------------------------------------------------

def _overlap(a: Pair, b: Pair) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(pred: list[Attribution], gold: list[Attribution]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing by content overlap: (pred index, gold index)."""
    cands = sorted(((_overlap(p.content, g.content), i, j) for i, p in enumerate(pred)
                    for j, g in enumerate(gold) if _overlap(p.content, g.content) > 0),
                   reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score(docs: Iterable[tuple[list[Attribution], list[Attribution]]]) -> dict[str, float]:
    """Scores over (predicted, gold) attribution lists, one pair per document.

    Keys: ``<span>.<exact|overlap>.<p|r|f1>`` and ``direct.accuracy`` (over paired quotes)."""
    counts = {(s, m): [0, 0, 0] for s in SPANS for m in ("exact", "overlap")}
    direct_ok = direct_n = 0
    for pred, gold in docs:
        pairs = match(pred, gold)
        for span in SPANS:
            npred = sum(getattr(p, span) is not None for p in pred)
            ngold = sum(getattr(g, span) is not None for g in gold)
            for mode in ("exact", "overlap"):
                c = counts[(span, mode)]
                c[1] += npred
                c[2] += ngold
                for i, j in pairs:
                    a, b = getattr(pred[i], span), getattr(gold[j], span)
                    if a is None or b is None:
                        continue
                    if (a == b) if mode == "exact" else _overlap(a, b) > 0:
                        c[0] += 1
        for i, j in pairs:
            if gold[j].direct is not None and pred[i].direct is not None:
                direct_n += 1
                direct_ok += gold[j].direct == pred[i].direct
    out: dict[str, float] = {}
    for (span, mode), (tp, npred, ngold) in counts.items():
        for k, v in _prf(tp, npred, ngold).items():
            out[f"{span}.{mode}.{k}"] = v
    out["direct.accuracy"] = round(direct_ok / direct_n, 4) if direct_n else 0.0
    out["n.gold"] = float(sum(counts[("content", "exact")][2:3]))
    out["n.pred"] = float(counts[("content", "exact")][1])
    return out


# -- data sets -----------------------------------------------------------------------------------

VOA_LAYERS = ("actors", "times", "quotes", "quantities")


def voa_scores(layers: Iterable[str] = VOA_LAYERS) -> dict[str, float]:
    """Scores on the VOA development gold, keys prefixed ``all.``, ``even.``, ``odd.``."""
    from dateline.evaluation import voa

    items = []
    speakers = []
    for art in voa.processed(layers):
        sid = art.id
        gold = voa.gold(sid)
        items.append((sid, (from_record(art.quotes), from_voa(gold))))
        speakers.append((sid, speaker_agreement(art, gold)))
    out: dict[str, float] = {}
    for half, docs in voa.by_half(items):
        for k, v in score(docs).items():
            out[f"{half}.{k}"] = v
    for half, counts in voa.by_half(speakers):
        ok, n = sum(c[0] for c in counts), sum(c[1] for c in counts)
        out[f"{half}.speaker.agreement"] = round(ok / n, 4) if n else 0.0
    return out


def speaker_agreement(article: Any, gold: dict[str, Any]) -> tuple[int, int]:
    """(agreeing, checked) quotes: where the gold source names an actor of the actor layer
    (its core overlaps a mention), does the predicted quote's speaker equal that actor?
    Pronoun sources are not checked (the gold names no antecedent).  This measures speaker
    resolution given the actor layer, so it moves with that layer and has no floor."""
    from dateline.quotes.speakers import PERSONAL, speaker_of
    from dateline.record import Span

    pred = from_record(article.quotes)
    golds = [q for q in gold.get("quotes", [])
             if q.get("content_start") is not None and q.get("content_end") is not None]
    ok = n = 0
    for i, j in match(pred, from_voa(gold)):
        g = golds[j]
        if g.get("source_start") is None or g["source"].lower() in PERSONAL | {"they", "it"}:
            continue
        truth = speaker_of(Span(g["source_start"], g["source_end"], g["source"]), article.actors)
        if truth is None:
            continue
        n += 1
        ok += article.quotes[i].speaker == truth
    return ok, n


def brat_docs(folder: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, gold attributions) of each ``.txt`` with an ``.ann`` beside it."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        ann = txt.with_suffix(".ann")
        if ann.exists():
            text = txt.read_text("utf-8")
            gold = read_brat(ann.read_text("utf-8"))
            for a in gold:  # no Direct/Indirect attribute: a content in quotation marks is direct
                if a.direct is None:
                    inner = text[a.content[0]:a.content[1]]
                    a.direct = inner[:1] in QUOTES and inner[-1:] in QUOTES
            out.append((txt.stem, text, gold))
    return out


def brat_scores(folder: Path) -> dict[str, float]:
    from dateline.ingest import article_from_text
    from dateline.pipeline import run

    docs = brat_docs(folder)
    arts = [article_from_text(text, id=name, name=name) for name, text, _ in docs]
    preds = [from_record(a.quotes) for a in run(arts, layers=VOA_LAYERS)]
    return {f"all.{k}": v for k, v in score(zip(preds, [g for _, _, g in docs])).items()}


def table(scores: dict[str, float], floors: dict[str, float]) -> str:
    halves = [h for h in ("all", "even", "odd") if f"{h}.content.exact.f1" in scores]
    lines = [f"{'metric':<22}" + "".join(f"{h:>8}" for h in halves) + "   floor"]
    for span in SPANS:
        for mode in ("exact", "overlap"):
            for k in ("p", "r", "f1"):
                name = f"{span}.{mode}.{k}"
                row = f"{name:<22}" + "".join(f"{scores[f'{h}.{name}']:>8.3f}" for h in halves)
                fl = floors.get(f"all.{name}")
                lines.append(row + (f"   {fl:.3f}" if fl is not None else ""))
    for name in ("direct.accuracy", "speaker.agreement"):
        if f"all.{name}" in scores:
            lines.append(f"{name:<22}"
                         + "".join(f"{scores[f'{h}.{name}']:>8.3f}" for h in halves))
    lines.append(f"{'gold / predicted':<22}" + "".join(
        f"{int(scores[f'{h}.n.gold'])}/{int(scores[f'{h}.n.pred'])}".rjust(8) for h in halves))
    return "\n".join(lines)


@click.command("quotes")
@click.option("--brat", "brat", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score on a folder of brat standoff files (.txt + .ann) instead of VOA.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def cli(brat: Path | None, as_json: bool) -> None:
    """Score the quotes layer: per span type (content, source, cue) exact and overlap P/R/F1.

    Without options, on the 60 VOA development stories (eval/voa/gold/), reported for all,
    even-id (tuning) and odd-id (held-out) stories, against the floors in
    eval/floors/quotes.json.

    \b
    Example:
      dateline eval quotes
      dateline eval quotes --brat eval/brat
    """
    from dateline.evaluation.gate import check, floors

    started = time.perf_counter()
    scores = brat_scores(brat) if brat else voa_scores()
    pinned = floors("quotes") if not brat else {}
    if as_json:
        click.echo(json.dumps(scores, indent=1))
        return
    click.echo(f"quotes on {'brat ' + str(brat) if brat else 'VOA dev (60 stories)'}"
               f" ({time.perf_counter() - started:.1f}s)")
    click.echo(table(scores, pinned))
    if pinned:  # floors are pinned for the VOA gold only
        check("quotes", scores)


__all__ = ["Attribution", "from_voa", "from_record", "read_brat", "match", "score",
           "voa_scores", "brat_scores", "cli"]
