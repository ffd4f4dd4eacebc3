"""Scoring the events layer: ``dateline eval events``.

VOA development gold (``eval/voa/gold/<id>.json``, see its ``GUIDE.md``): every PLOVER event of
the 60 stories.  A predicted event matches a gold event when the type agrees and so do the actor
and the recipient countries: a side agrees when the predicted actors' countries and the gold
countries (``actor``/``recipient`` plus ``also`` entries of that role) share one, or when both
sides have none.  Matching is one-to-one, predictions by descending confidence, gold events of
the same sentence first.  Precision and recall count *core* gold events only: a prediction
matched to a non-core gold event counts neither way.  Date accuracy: matches whose date agrees
with the gold date at the gold's precision (``2019-11`` accepts ``2019-11-25``).  Dated recall:
core gold events found with the right date — unlike date accuracy, it does not fall when a newly
found event carries a date the text gives only relative to another event ("three days after").

Place recall and precision, over the same matched pairs as date accuracy (core gold events
only).  The gold ``place`` is the name as written ("the Turkish capital", "near Sibi,
Balochistan", "Beijing"); the scorer finds it in the text, case-insensitively, inside the
evidence sentence, else at the occurrence nearest to that sentence, and reads as the gold place
the article places whose spans overlap that occurrence.  A predicted place is *right* when

- its span overlaps the found gold occurrence ("Balochistan" inside "near Sibi, Balochistan",
  "Bocaranga" inside "Bocaranga and Bazoum"), or
- it resolves to the same place as one read for the gold: the same GeoNames id ("Berlin" of an
  earlier sentence for a gold "Berlin"; a gold phrase naming several places, "Lamu County,
  Kenya", is met by either), or, when the gold place is a country and nothing more (its text is
  the country's, GeoNames feature ``PCL*``), any place of that country ("Kabul" for a gold
  "Afghanistan"; not the other way, "Afghanistan" is too coarse for a gold "Kabul", and not for
  "northeast Syria", which the country does not pin down), or
- its text or name equals, ignoring case and a leading "the", the gold string or the text or
  name of a gold place the gazetteer gives no GeoNames id ("Balochistan"), which also reads a
  gold string that is nowhere in the text.

Place recall: matched core events with a gold place whose predicted place is right / matched
core events with a gold place.  Place precision: matched core events with a predicted place
that is right / matched core events with a predicted place.  A prediction where the gold has no
place is wrong.  The dateline default (the events layer's place for an event whose clause names
none) is counted like any other predicted place: the user reads the same ``place`` field.  The
gold leaves the place null where only the dateline names it (VOA 6180790, MARANCHON, SPAIN: its
core ACCUSE event has no place), so a default there counts against precision; it is right only
where it resolves to the gold's place by the rules above.

The written stories (``eval/written``, see its ``README.md``): stories in VOA house style coded
to the same guide by coders who did not see dateline's output, scored the same way
(``written_<half>_<metric>``), a second check, beside the VOA odd half, that rules generalise.

PLOVER gold records (``PLOVER_GSR_CAMEO.txt``): one sentence each, old names mapped
(DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT).  The most confident event
of the sentence is compared: type accuracy (over all records and over those with an event),
and actor and recipient country and sector agreement where the record codes them (codes read as
``dateline eval actors`` reads them: ``ITL`` is ITA, a bare ``IGO`` matches any IGO code).

MEANTIME (``eval/meantime``): the date the layer's rules give each event mention that the gold
links to a date, a score of date choice alone (:mod:`dateline.evaluation.event_dates`).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import click

from dateline.dates import timeml
from dateline.evaluation import eval_data
from dateline.record import Article, Event

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)


@dataclass(frozen=True)
class PlaceRef:
    """A place as the place measures compare it: where it is written, what it resolves to."""

    text: str
    span: tuple[int, int] | None = None
    geonames: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()  # of the gold's country-level places (PCL*)
    names: frozenset[str] = frozenset()
    country: str | None = None


@dataclass
class GoldEvent:
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    core: bool
    date: str | None
    sentence: int | None
    place: PlaceRef | None = None


@dataclass
class PredEvent:
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    confidence: float
    date: str | None
    sentence: int | None
    place: PlaceRef | None = None


@dataclass
class Outcome:
    """One article's matching: predictions as (confidence, "tp"|"fp"|"neutral"), misses, dates,
    and per core match (gold has a place, prediction has one, the prediction's is right)."""

    preds: list[tuple[float, str]] = field(default_factory=list)
    core_gold: int = 0
    dates: list[bool] = field(default_factory=list)
    places: list[tuple[bool, bool, bool]] = field(default_factory=list)


# -- readers -------------------------------------------------------------------------------------

def _countries(main: dict[str, Any] | None, also: Iterable[dict[str, Any]], role: str) -> frozenset[str]:
    out = set()
    if main and main.get("country"):
        out.add(main["country"])
    for a in also:
        if a.get("role") == role and a.get("country"):
            out.add(a["country"])
    return frozenset(out)


def gold_events(gold: dict[str, Any], article: Article) -> list[GoldEvent]:
    out = []
    for e in gold.get("events", []):
        also = e.get("also") or []
        out.append(GoldEvent(
            type=OLD_NAMES.get(e["type"], e["type"]),
            actors=_countries(e.get("actor"), also, "actor"),
            recipients=_countries(e.get("recipient"), also, "recipient"),
            core=bool(e.get("core", True)), date=e.get("date"),
            sentence=_sentence_of(article, e.get("evidence") or ""),
            place=gold_place(article, e.get("place"), e.get("evidence") or "")))
    return out


def _bare(name: str | None) -> str:
    return re.sub(r"^the\s+", "", (name or "").strip().lower())


def gold_place(article: Article, name: str | None, evidence: str) -> PlaceRef | None:
    """The gold place string found in the text: inside the evidence sentence, else at the
    occurrence nearest to it; with the GeoNames ids of the article places overlapping it and
    the countries of those that are countries."""
    if not name:
        return None
    text = article.text
    hits = [m.start() for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    if not hits:
        return PlaceRef(name, names=frozenset({_bare(name)}))
    at = text.find(evidence[:60]) if evidence else -1
    if at < 0:
        start = hits[0]
    else:
        end = at + len(evidence)
        inside = [h for h in hits if at <= h < end]
        start = inside[0] if inside else min(hits, key=lambda h: min(abs(h - at), abs(h - end)))
    span = (start, start + len(name))
    over = [p for p in article.places if p.start < span[1] and span[0] < p.end]
    return PlaceRef(name, span, frozenset(p.geonames_id for p in over if p.geonames_id),
                    frozenset(p.country for p in over if p.country and _bare(p.text) == _bare(name)
                              and (p.feature or "").startswith("PCL")),
                    frozenset({_bare(name)} | {n for p in over if not p.geonames_id
                                               for n in (_bare(p.text), _bare(p.name)) if n}))


def place_ref(article: Article, place_id: str | None) -> PlaceRef | None:
    """A predicted place as the place measures compare it."""
    place = article.place(place_id) if place_id else None
    if place is None:
        return None
    return PlaceRef(place.text, (place.start, place.end),
                    frozenset({place.geonames_id}) if place.geonames_id else frozenset(),
                    names=frozenset(n for n in (_bare(place.text), _bare(place.name)) if n),
                    country=place.country)


def place_right(gold: PlaceRef | None, pred: PlaceRef | None) -> bool:
    """Is the predicted place the gold's (the rules of the module docstring)?"""
    if gold is None or pred is None:
        return False
    if pred.span and gold.span and pred.span[0] < gold.span[1] and gold.span[0] < pred.span[1]:
        return True
    return bool(gold.geonames & pred.geonames) or pred.country in gold.countries \
        or bool(gold.names & pred.names)


def _sentence_of(article: Article, evidence: str) -> int | None:
    """The body sentence of an evidence sentence: the one holding its start, else (an evidence
    that opens with the story's dateline, "DHAKA, Bangladesh — Bangladesh's Supreme Court on
    Sunday ...", where the dateline is a header and no body sentence) the first body sentence
    starting inside it."""
    if not evidence:
        return None
    at = article.text.find(evidence[:60])
    if at < 0:
        return None
    index = article.sentence_index(at)
    if index is None:
        index = next((i for i, s in enumerate(article.sentences)
                      if at <= s.start < at + len(evidence)), None)
    return index


def predicted_events(article: Article, min_confidence: float = 0.0) -> list[PredEvent]:
    return [pred_event(article, e) for e in article.events if e.confidence >= min_confidence]


def pred_event(article: Article, event: Event) -> PredEvent:
    """One event of ``article`` as the scorer compares it: its sides by country."""
    def countries(ids: Sequence[str]) -> frozenset[str]:
        return frozenset(a.country for x in ids if (a := article.actor(x)) and a.country)

    return PredEvent(event.type, countries(event.actors), countries(event.recipients),
                     event.confidence, event.date, event.sentence,
                     place_ref(article, event.place))


# -- matching ------------------------------------------------------------------------------------

def _side(gold: frozenset[str], pred: frozenset[str]) -> bool:
    return bool(gold & pred) if gold or pred else True


def compatible(g: GoldEvent, p: PredEvent) -> bool:
    return g.type == p.type and _side(g.actors, p.actors) and _side(g.recipients, p.recipients)


def date_agrees(gold: str | None, pred: str | None) -> bool:
    """The predicted date lies inside the gold's, at the gold's precision ("2019-11" accepts
    "2019-11-25").  The VOA gold writes a day, a month or a year ("YYYY-MM or YYYY when that is
    all the text gives", GUIDE.md), so a week ("last week", 2024-W26) is written as a month:
    a predicted week agrees with the month and year of its Thursday (the ISO rule that gives a
    week its year; "last week" in VOA 7686618 of Friday 2024-07-05 is gold 2024-06), a weekend
    with those of its Saturday, never with a gold day (the week does not say which day)."""
    if not gold:
        return True
    return bool(pred) and timeml.within(pred, gold)  # type: ignore[arg-type]


def pairs(golds: list[GoldEvent], preds: list[PredEvent]
          ) -> list[tuple[PredEvent, GoldEvent | None]]:
    """Each prediction, most confident first, with the gold event it is matched to (None when
    it matches none): the first still unused compatible gold event, one of the same sentence
    first, then a core one before a non-core one."""
    out: list[tuple[PredEvent, GoldEvent | None]] = []
    used: set[int] = set()
    for p in sorted(preds, key=lambda p: -p.confidence):
        cands = [i for i, g in enumerate(golds) if i not in used and compatible(g, p)]
        cands.sort(key=lambda i: (golds[i].sentence != p.sentence, not golds[i].core))
        if not cands:
            out.append((p, None))
            continue
        used.add(cands[0])
        out.append((p, golds[cands[0]]))
    return out


def match(golds: list[GoldEvent], preds: list[PredEvent]) -> Outcome:
    out = Outcome(core_gold=sum(g.core for g in golds))
    for p, gold in pairs(golds, preds):
        if gold is None:
            out.preds.append((p.confidence, "fp"))
        elif gold.core:
            out.preds.append((p.confidence, "tp"))
            out.dates.append(date_agrees(gold.date, p.date))
            out.places.append((gold.place is not None, p.place is not None,
                               place_right(gold.place, p.place)))
        else:
            out.preds.append((p.confidence, "neutral"))
    return out


def summarize(outcomes: list[Outcome]) -> dict[str, float]:
    tp = sum(1 for o in outcomes for _, k in o.preds if k == "tp")
    fp = sum(1 for o in outcomes for _, k in o.preds if k == "fp")
    gold = sum(o.core_gold for o in outcomes)
    dates = [d for o in outcomes for d in o.dates]
    places = [x for o in outcomes for x in o.places]
    gold_places = [right for has_gold, _, right in places if has_gold]
    pred_places = [right for _, has_pred, right in places if has_pred]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "date_accuracy": round(sum(dates) / len(dates), 4) if dates else 0.0,
            "dated_recall": round(sum(dates) / gold, 4) if gold else 0.0,
            "place_recall": round(sum(gold_places) / len(gold_places), 4) if gold_places else 0.0,
            "place_precision":
                round(sum(pred_places) / len(pred_places), 4) if pred_places else 0.0,
            "tp": tp, "fp": fp, "gold": gold,
            "place_gold": len(gold_places), "place_predicted": len(pred_places)}


def confidence_table(outcomes: list[Outcome]) -> list[dict[str, float]]:
    """Precision of predictions per confidence bin, and cumulative precision at or above it."""
    preds = [(c, k) for o in outcomes for c, k in o.preds if k != "neutral"]
    rows = []
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [k for c, k in preds if lo <= c < hi]
        above = [k for c, k in preds if c >= lo]
        rows.append({"from": lo, "to": min(hi, 1.0), "n": len(inside),
                     "precision": round(inside.count("tp") / len(inside), 3) if inside else 0.0,
                     "n_at_or_above": len(above),
                     "precision_at_or_above":
                         round(above.count("tp") / len(above), 3) if above else 0.0})
    return rows


# -- VOA -----------------------------------------------------------------------------------------

def voa_outcomes(articles: Iterable[Article] | None = None,
                 min_confidence: float = 0.0) -> list[tuple[str, Outcome]]:
    """(story id, outcome) of each article; the gold is read from the article's corpus
    (:func:`dateline.evaluation.voa.corpus_of`)."""
    from dateline.evaluation import voa

    arts = list(articles) if articles is not None else list(voa.processed())
    out = []
    for art in arts:
        sid = art.id.split(":")[-1]
        gold = voa.gold(sid, corpus=voa.corpus_of(art))
        out.append((sid, match(gold_events(gold, art), predicted_events(art, min_confidence))))
    return out


def voa_matched(articles: Iterable[Article] | None = None
                ) -> Iterator[tuple[Article, str, GoldEvent, PredEvent, Event]]:
    """Each VOA event matched to a core gold event as the scorer matches them (:func:`pairs`,
    every confidence), for the analysis scripts (``scripts/date_misses.py``,
    ``scripts/place_misses.py``): the article, its half ("even" / "odd"), the gold event, the
    prediction and the event it was read from."""
    from dateline.evaluation import voa

    for art in (articles if articles is not None else voa.processed()):
        sid = art.id.split(":")[-1]
        found = [(pred_event(art, ev), ev) for ev in art.events]
        event_of = {id(p): ev for p, ev in found}
        golds = gold_events(voa.gold(sid, corpus=voa.corpus_of(art)), art)
        for p, gold in pairs(golds, [p for p, _ in found]):
            if gold is not None and gold.core:
                yield art, voa.half(sid), gold, p, event_of[id(p)]


def score_voa(articles: Iterable[Article] | None = None, min_confidence: float = 0.0,
              corpus: str = "voa") -> dict[str, float]:
    """Named scores on a story corpus's gold: ``<corpus>_<half>_<metric>`` for all / even / odd
    (``voa``, or ``written``: empty when that set is not in the checkout)."""
    from dateline.evaluation import voa
    from dateline.evaluation.voa import by_half

    if articles is None:
        if not voa.available(corpus):
            return {}
        articles = voa.processed(corpus=corpus)
    scores: dict[str, float] = {}
    for name, group in by_half(voa_outcomes(articles, min_confidence)):
        for metric, value in summarize(group).items():
            scores[f"{corpus}_{name}_{metric}"] = value
    return scores


# -- PLOVER gold records -------------------------------------------------------------------------

def plover_path() -> Path:
    path = eval_data("plover", "PLOVER_GSR_CAMEO.txt")
    return path if path.exists() else Path(__file__).resolve().parents[4] / "shared" / "data" \
        / "plover" / "PLOVER_GSR_CAMEO.txt"


def plover_records(path: Path | None = None) -> list[dict[str, Any]]:
    text = (path or plover_path()).read_text("utf-8")
    text = re.sub(r",\s*([\]}])", r"\1", text)  # the file has trailing commas
    records = json.loads(text)
    return [r for r in records if r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def _codes(side: Any) -> tuple[set[str], set[str]]:
    """The gold countries and sectors of a record's side, read as ``dateline eval actors`` reads
    them: CAMEO's ``ITL``/``JAP``… as ISO, bare ``IGO`` for any IGO, ``NGO``/``MNC``… and
    ``***`` not scored, ``CIV``/``MOS`` as ``CVL``/``REL``."""
    from dateline.evaluation.actors import gold_country, gold_sector

    if not isinstance(side, list):
        return set(), set()
    entries = [a for a in side if isinstance(a, dict)]
    return ({c for a in entries if (c := gold_country(a.get("code")))},
            {s for a in entries if (s := gold_sector(a.get("sector")))})


def score_plover(records: list[dict[str, Any]] | None = None) -> dict[str, float]:
    from dateline.evaluation.actors import same_country
    from dateline.ingest import article_from_record
    from dateline.pipeline import run

    records = records if records is not None else plover_records()
    arts = (article_from_record({"id": r["id"], "text": r["text"], "published": "2000-01-01"},
                                name=r["id"]) for r in records)
    n = with_event = type_ok = 0
    agree: dict[str, list[bool]] = {"actor_country": [], "actor_sector": [],
                                    "recipient_country": [], "recipient_sector": []}
    for rec, art in zip(records, run(arts)):
        n += 1
        gold_type = OLD_NAMES.get(rec["event"], rec["event"])
        if not art.events:
            continue
        with_event += 1
        top = max(art.events, key=lambda e: e.confidence)
        type_ok += top.type == gold_type
        for side, ids in (("actor", top.actors), ("recipient", top.recipients)):
            codes, sectors = _codes(rec.get("source" if side == "actor" else "target"))
            actors = [a for x in ids if (a := art.actor(x))]
            if codes:
                agree[f"{side}_country"].append(any(same_country(c, a.country)
                                                    for a in actors for c in codes))
            if sectors:
                agree[f"{side}_sector"].append(any(a.sector in sectors for a in actors))
    scores = {"plover_records": n, "plover_coverage": round(with_event / n, 4) if n else 0.0,
              "plover_type_accuracy": round(type_ok / n, 4) if n else 0.0,
              "plover_type_accuracy_covered": round(type_ok / with_event, 4) if with_event else 0.0}
    for k, v in agree.items():
        scores[f"plover_{k}"] = round(sum(v) / len(v), 4) if v else 0.0
    return scores


# -- command -------------------------------------------------------------------------------------

def table(scores: dict[str, float], floors: dict[str, float]) -> str:
    width = max([34, *(len(k) + 1 for k in scores)])
    lines = [f"{'metric':<{width}}{'score':>9}{'floor':>9}"]
    for k, v in scores.items():
        f = floors.get(k)
        lines.append(f"{k:<{width}}{v:>9}{'' if f is None else f:>9}")
    return "\n".join(lines)


def print_confidence(outcomes: list[Outcome]) -> str:
    lines = [f"{'confidence':<14}{'n':>5}{'precision':>11}{'n >=':>7}{'precision >=':>14}"]
    for row in confidence_table(outcomes):
        lines.append(f"[{row['from']:.2f}, {row['to']:.2f}){'':<2}{row['n']:>5}"
                     f"{row['precision']:>11}{row['n_at_or_above']:>7}"
                     f"{row['precision_at_or_above']:>14}")
    return "\n".join(lines)


@click.command("events")
@click.option("--plover/--no-plover", default=True, help="Also score the PLOVER gold records.")
@click.option("--meantime/--no-meantime", default=True,
              help="Also score event dates against MEANTIME's temporal links.")
@click.option("--written/--no-written", default=True,
              help="Also score the written stories (eval/written).")
@click.option("--min-confidence", type=float, default=0.0, help="Score only events at or above.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def cli(plover: bool, meantime: bool, written: bool, min_confidence: float,
        as_json: bool) -> None:
    """Score the events layer on the VOA gold (even/odd halves), the PLOVER gold records and
    the dates of MEANTIME's linked event mentions (see ``dateline.evaluation.event_dates``).

    Example:

        dateline eval events --no-plover --no-meantime --min-confidence 0.4
    """
    from dateline.evaluation.gate import check, floors
    from dateline.evaluation.voa import by_half

    from dateline.evaluation import voa
    from dateline.events import MIN_CONFIDENCE, code_events

    started = time.perf_counter()
    articles = voa.processed()
    outcomes = voa_outcomes(articles, min_confidence=min_confidence)
    scores: dict[str, float] = {}
    for name, group in by_half(outcomes):
        for metric, value in summarize(group).items():
            scores[f"voa_{name}_{metric}"] = value
    if written:
        scores.update(score_voa(min_confidence=min_confidence, corpus="written"))
    if plover:
        scores.update(score_plover())
    skipped = ""
    if meantime and eval_data("meantime").is_dir():
        from dateline.evaluation import event_dates

        scores.update(event_dates.score())
    elif meantime:
        skipped = f"MEANTIME event dates skipped: no {eval_data('meantime')} folder"
    if as_json:
        click.echo(json.dumps(scores, indent=1))
        return
    pinned = floors("events")
    click.echo(f"events on VOA dev (60 stories; even = tuning, odd = held out)"
               f"{' + written stories' if written and voa.available('written') else ''}"
               f"{' + PLOVER gold records' if plover else ''}"
               f"{' + MEANTIME event dates' if meantime and not skipped else ''}"
               f" in {time.perf_counter() - started:.1f} s")
    click.echo(table(scores, pinned))
    if skipped:
        click.echo(skipped)
    # The table also shows the candidates under the emission cut, recoded with no cut.
    sets = [("VOA", articles)]
    if written and voa.available("written"):
        sets.append(("written", voa.processed(corpus="written")))
    for label, arts in sets:
        for art in arts:
            code_events(art, min_confidence=0.0)
        candidates = voa_outcomes(arts)
        for art in arts:
            code_events(art)
        for name, group in by_half(candidates):
            click.echo(f"\nprecision by confidence, {label} {name} (events are emitted from "
                       f"{MIN_CONFIDENCE}; lower rows are the candidates held back)")
            click.echo(print_confidence(group))
    check("events", scores)
