"""Score the places layer: toponym recognition and resolution on GeoVirus, a proxy on VOA.

GeoVirus (Gritta et al. 2018: 229 Wikinews articles on disease outbreaks, 2,170 toponyms with
Wikipedia coordinates) is GPL-licensed, so it is never copied into the repository: it is read
from ``../shared/data/geovirus/GeoVirus.xml`` beside the checkout, or a path given.  Its
``<start>``/``<end>`` offsets count from 1: ``text[start - 1:end - 1]`` is the name (checked on
load).

Scores (all higher is better except the errors):

* ``recall`` / ``precision``: gold toponyms overlapped by a predicted place, and predicted
  places overlapping a gold toponym.  GeoVirus marks metonymic uses too ("China's Health
  Ministry", "the U.S. says"), which dateline deliberately leaves out (an actor is not a place),
  so recall here is capped below 1 by design;
* ``acc161``: matched toponyms resolved within 161 km (100 miles) of the gold point;
  ``acc161_all``: the same over every gold toponym (a missed one counts as wrong);
* ``right_place``: matched toponyms resolved to the right place: within 161 km, or, for a
  country or first-level division, one that holds the gold point (located by its nearest
  GeoNames town).  GeoVirus's points for large areas are Wikipedia's (Canada 60 N 95 W),
  dateline's are centroids (57.7 N 101.6 W): the right country can miss 161 km;
* ``median_km`` / ``mean_km``: error of the matched, resolved toponyms;
* ``oracle_acc161`` / ``oracle_median_km``: resolution alone, given the gold spans (the
  gazetteer and ranking, without the recognizer).

On VOA (no place gold) the proxy is the share of gold events with a place whose name shares a
place found in the evidence sentence, by half (even ids: tuning, odd: held out), and the cost.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import click

from dateline.errors import DataError
from dateline.evaluation import repo_root
from dateline.record import Article, Meta, Place

ACCURATE_KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass
class GoldArticle:
    source: str
    text: str
    toponyms: list[GoldToponym]


def default_path() -> Path:
    return repo_root().parent / "shared" / "data" / "geovirus" / "GeoVirus.xml"


def load_geovirus(path: Path | None = None) -> list[GoldArticle]:
    """GeoVirus articles with their toponyms, offsets made 0-based and checked."""
    path = path or default_path()
    if not path.exists():
        raise DataError(f"GeoVirus not found at {path}: pass its path (GeoVirus.xml from "
                        f"milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation)")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataError(f"{path} is not GeoVirus XML: {exc}") from exc
    out = []
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        tops = []
        for loc in node.iter("location"):
            name = loc.findtext("name") or ""
            start, end = int(loc.findtext("start") or 0) - 1, int(loc.findtext("end") or 0) - 1
            if text[start:end] != name:
                raise DataError(f"{path}: toponym {name!r} is not at {start + 1}-{end + 1} "
                                f"(found {text[start:end]!r}); is this GeoVirus?")
            tops.append(GoldToponym(start, end, name, float(loc.findtext("lat") or 0),
                                    float(loc.findtext("lon") or 0)))
        out.append(GoldArticle(node.findtext("source") or "", text, tops))
    return out


def predict(gold: Sequence[GoldArticle]) -> list[Article]:
    """Run dateline's places stage on each article's text (no publication date is needed)."""
    from dateline.pipeline import run

    articles = (Article(text=g.text, meta=Meta(published="2020-01-01")) for g in gold)
    return list(run(articles, layers=["places"]))


def match(gold: Sequence[GoldToponym], places: Sequence[Place]) -> list[tuple[GoldToponym, Place]]:
    """One-to-one pairs by character overlap, largest overlap first."""
    pairs = []
    for g in gold:
        for p in places:
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((overlap, id(g), id(p), g, p))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, ig, ip, g, p in pairs:
        if ig in used_g or ip in used_p:
            continue
        used_g.add(ig)
        used_p.add(ip)
        out.append((g, p))
    return out


def error_km(g: GoldToponym, lat: float | None, lon: float | None) -> float | None:
    from dateline.places.gazetteer import distance_km

    if lat is None or lon is None:
        return None
    return distance_km(g.lat, g.lon, lat, lon)


class Locator:
    """The country and first-level division of a point: those of the nearest GeoNames town
    (a grid of 1-degree cells over the gazetteer's towns)."""

    def __init__(self) -> None:
        from dateline.places.gazetteer import gazetteer

        self.cells: dict[tuple[int, int], list[tuple[float, float, str, str]]] = {}
        for row in gazetteer().rows:
            name, feature, country, lat, lon, _gid, _pop, admin1 = row[:8]
            if feature in ("PPL", "PPLC") and lat is not None and lon is not None:
                self.cells.setdefault((int(lat // 1), int(lon // 1)), []).append(
                    (lat, lon, country, admin1))  # type: ignore[arg-type]

    def locate(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        from dateline.places.gazetteer import distance_km

        ci, cj = int(lat // 1), int(lon // 1)
        for ring in range(0, 4):
            near = [t for di in range(-ring, ring + 1) for dj in range(-ring, ring + 1)
                    for t in self.cells.get((ci + di, cj + dj), ())]
            if near:
                best = min(near, key=lambda t: distance_km(lat, lon, t[0], t[1]))
                return best[2], best[3]
        return None, None


def right_place(g: GoldToponym, p: Place, locator: Locator | None) -> bool:
    """Within 161 km; or, for a country or first-level division, the gold point lies in it
    (gold points for large areas follow Wikipedia's convention, not a centroid)."""
    err = error_km(g, p.lat, p.lon)
    if err is not None and err <= ACCURATE_KM:
        return True
    if locator is None or p.feature not in ("PCLI", "ADM1") or p.country is None:
        return False
    country, admin1 = locator.locate(g.lat, g.lon)
    if p.feature == "PCLI":
        return country == p.country
    from dateline.places.gazetteer import gazetteer

    entries = [e for e in gazetteer().lookup(p.name or "") if e.feature == "ADM1"
               and e.country == p.country and e.lat == p.lat]
    return bool(entries) and country == p.country and admin1 == entries[0].admin1


def score(pairs: Iterable[tuple[Sequence[GoldToponym], Sequence[Place]]],
          locator: Locator | None = None) -> dict[str, float]:
    """The named scores of predicted places against gold toponyms, article by article."""
    n_gold = n_pred = matched = 0
    errors: list[float] = []
    accurate = right = 0
    for gold, places in pairs:
        n_gold += len(gold)
        n_pred += len(places)
        for g, p in match(gold, places):
            matched += 1
            err = error_km(g, p.lat, p.lon)
            if err is not None:
                errors.append(err)
                accurate += err <= ACCURATE_KM
            right += right_place(g, p, locator)
    return {
        "gold": float(n_gold), "predicted": float(n_pred), "matched": float(matched),
        "recall": matched / n_gold if n_gold else 0.0,
        "precision": matched / n_pred if n_pred else 0.0,
        "acc161": accurate / matched if matched else 0.0,
        "acc161_all": accurate / n_gold if n_gold else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
        "mean_km": statistics.fmean(errors) if errors else 0.0,
        "right_place": right / matched if matched else 0.0,
    }


def oracle(gold: Sequence[GoldArticle], articles: Sequence[Article]) -> dict[str, float]:
    """Resolution alone: dateline's resolver on the gold spans, with each article's context."""
    from dateline.places import article_context
    from dateline.places.candidates import Toponym
    from dateline.places.gazetteer import gazetteer
    from dateline.places.resolve import resolve

    errors: list[float] = []
    accurate = total = 0
    for g, art in zip(gold, articles):
        tops = sorted(g.toponyms, key=lambda t: t.start)
        toponyms = [Toponym(t.start, t.end, t.name, "GPE") for t in tops]
        spans = [(t.start, t.end) for t in tops]
        entries = resolve(toponyms, gazetteer(), article_context(art, spans), art.text)
        for t, e in zip(tops, entries):
            total += 1
            err = error_km(t, e.lat, e.lon) if e is not None else None
            if err is not None:
                errors.append(err)
                accurate += err <= ACCURATE_KM
    return {"oracle_acc161": accurate / total if total else 0.0,
            "oracle_median_km": statistics.median(errors) if errors else 0.0}


def evaluate(path: Path | None = None) -> dict[str, float]:
    """GeoVirus scores (prefixed ``geovirus_``) for the gate and the CLI."""
    gold = load_geovirus(path)
    articles = predict(gold)
    scores = score(((g.toponyms, a.places) for g, a in zip(gold, articles)), Locator())
    scores |= oracle(gold, articles)
    out = {f"geovirus_{k}": v for k, v in scores.items()}
    # halves by document order, as for VOA: rules are tuned on the even half, odd is held out
    for half, rest in (("even", 0), ("odd", 1)):
        pairs = [(g.toponyms, a.places)
                 for i, (g, a) in enumerate(zip(gold, articles)) if i % 2 == rest]
        out |= {f"geovirus_{half}_{k}": v for k, v in score(pairs, Locator()).items()}
    return out


# -- VOA: proxy and cost -------------------------------------------------------------------

def _words(text: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in text.split() if w[:1].isupper()}


def voa_scores() -> dict[str, float]:
    """Event-place proxy on VOA (all/even/odd), places per article and the stage's cost."""
    from dateline.evaluation import voa
    from dateline.places import resolve_places

    load_s, rss = gazetteer_cost()
    articles = voa.processed(["places"])
    t0 = time.perf_counter()
    for art in articles:
        resolve_places(art)
    ms = 1000 * (time.perf_counter() - t0) / max(1, len(articles))
    items: list[tuple[str, tuple[int, int]]] = []
    for sid, art, gold in voa.with_gold(articles):
        found = hits = 0
        for ev in gold.get("events", []):
            place, evidence = ev.get("place"), ev.get("evidence") or ""
            if not place or not _words(place):
                continue
            found += 1
            at = art.text.find(evidence[:60])
            if at < 0:
                continue
            end = at + len(evidence)
            hits += any(at <= p.start < end and _words(p.text) & _words(place)
                        for p in art.places)
        items.append((sid, (found, hits)))
    out: dict[str, float] = {"voa_ms_per_article": ms, "gazetteer_load_s": load_s,
                             "gazetteer_rss_mb": rss}
    for name, group in voa.by_half(items):
        found = sum(g[0] for g in group)
        out[f"voa_{name}_event_place_recall"] = sum(g[1] for g in group) / found if found else 0.0
        out[f"voa_{name}_events"] = float(found)
    places = [p for a in articles for p in a.places]
    out["voa_places_per_article"] = len(places) / max(1, len(articles))
    out["voa_resolved_share"] = sum(p.lat is not None for p in places) / max(1, len(places))
    return out


def gazetteer_cost() -> tuple[float, float]:
    """Seconds to load the gazetteer and the peak memory (MB) of a fresh process that loads it
    (Python itself is ~15 MB of that), measured in a subprocess so nothing else counts."""
    code = ("import time; t = time.perf_counter(); "
            "from dateline.places.gazetteer import gazetteer; gazetteer(); "
            "s = time.perf_counter() - t; "
            # VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork and exec
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')]; "
            "print(s, int(hwm[0]) / 1024 if hwm else 0)")
    run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True,  # noqa: E731
                                 text=True, check=True).stdout.split()
    run()  # the first may build the disk cache
    seconds, mb = run()
    return float(seconds), float(mb)


_ROWS = ["recall", "precision", "acc161", "acc161_all", "right_place", "median_km", "mean_km",
         "oracle_acc161", "oracle_median_km"]


@click.command(name="places")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--voa/--no-voa", default=True, help="Also report the VOA proxy and cost.")
def cli(path: Path | None, voa: bool) -> None:
    """Score the places layer on GeoVirus (toponym offsets with coordinates) and VOA.

    \b
    Example:
      dateline eval places                       # ../shared/data/geovirus, VOA, floors
      dateline eval places data/GeoVirus.xml --no-voa
    """
    from dateline.evaluation.gate import check

    t0 = time.perf_counter()
    scores = evaluate(path)
    took = time.perf_counter() - t0
    click.echo(f"places on GeoVirus: {int(scores['geovirus_gold'])} gold toponyms, "
               f"{int(scores['geovirus_predicted'])} predicted, "
               f"{int(scores['geovirus_matched'])} matched ({took:.0f} s)")
    click.echo(f"  {'':<18} {'all':>10} {'even':>8} {'odd':>8}")
    for name in _ROWS:
        values = [scores.get(f"geovirus_{half}{name}") for half in ("", "even_", "odd_")]
        cells = ["" if v is None else f"{v:.1f}" if "km" in name else f"{v:.3f}"
                 for v in values]
        click.echo(f"  {name:<18} {cells[0]:>10} {cells[1]:>8} {cells[2]:>8}")
    pinned = dict(scores)
    if voa:
        extra = voa_scores()
        click.echo("VOA (no place gold; gold events whose place shares a name with a place found "
                   "in the evidence sentence):")
        for name in ("all", "even", "odd"):
            click.echo(f"  {name:<5} {extra[f'voa_{name}_event_place_recall']:.3f} "
                       f"of {int(extra[f'voa_{name}_events'])} events")
        click.echo(f"  places per article {extra['voa_places_per_article']:.1f}, resolved "
                   f"{extra['voa_resolved_share']:.1%}, stage cost "
                   f"{extra['voa_ms_per_article']:.2f} ms/article")
        click.echo(f"  gazetteer load {extra['gazetteer_load_s']:.2f} s, "
                   f"process peak RSS {extra['gazetteer_rss_mb']:.0f} MB")
        pinned |= extra
    check("places", pinned)
