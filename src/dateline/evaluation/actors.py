"""``dateline eval actors``: actor coding against PLOVER and VOA gold.

Two gold sets:

* **PLOVER GSR** (``eval/plover/PLOVER_GSR_CAMEO.txt``, CC BY-SA 4.0): 322 sentences from the
  CAMEO manual with ``source``/``target`` actors ``{actorText, code, sector}``.  Each sentence is
  run through the actor layer with the record's date as publication date; a gold actor is
  *found* when an actor mention overlaps its ``actorText`` (one written in pieces of its
  sentence, "U.S. ... negotiators" or "French warships" of "French and Egyptian warships", is
  the actor of its first piece a mention overlaps); it scores for country when that
  actor's country equals the gold code (CAMEO's ``JAP``/``ITL``/``VTN`` read as ISO; the bare
  ``IGO`` matches any IGO code; ``NGO``/``IMG``/``ISM`` carry no country and are not scored for
  country), and for sector when the sectors are equal (``***`` = not scored).
* **VOA** (``eval/voa/gold``): the actor and recipient ``{text, country, sector}`` of each gold
  event, looked up in its evidence sentence; even-id (tuning) and odd-id (held-out) halves.
  The written stories (``eval/written/gold``, same format) are scored the same way
  (``written_<half>_<score>``).

Scores are shares of gold actors: ``found``, ``country`` (right country, over gold actors with
a country) and ``sector`` (right sector, over gold actors with a sector).  Not found = wrong.
``country_precision`` is the share of right countries among the found actors that were given
one (a country where the gold has none counts as wrong): ``country`` rewards any guess, this one
punishes a wrong guess, and the layer's rule is that a wrong country is worse than a null.

A third set replays the **hand-judged samples** (``eval/actors/sample*.tsv``, 100 actors each,
judged blind; the newest judgment of a row wins): each judged row (story, mention, sentence) is
looked up among the current actors' mentions and its country and sector compared with the
judge's (``-`` null is right where the text does not determine it; a row that is no longer an
actor mention scores as ``x``, right only where the judge said "not an actor").  The rules were
tuned on these rows, so the replay is a regression guard, not an estimate: a fresh sample
(``eval/actors/draw_sample.py``) is the estimate.
"""

from __future__ import annotations

import csv
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import click

from dateline.evaluation import eval_data
from dateline.record import Actor, Article

CAMEO_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "UKG": "GBR"}
NO_COUNTRY = {"NGO", "IMG", "ISM", "MNC", "UIS", "---"}
SECTOR_FIX = {"CIV": "CVL", "MOS": "REL", "HLH": "MED"}


@dataclass
class GoldActor:
    doc: int          # index of the article it belongs to
    start: int        # offsets of the gold text in the article (-1 if not found in the text)
    end: int
    text: str
    country: str | None
    sector: str | None
    half: str = "all"
    # the spans of a gold text written in pieces ("U.S. ... negotiators" of "U.S. and Russian
    # negotiators"), in text order; empty when the text is there as written
    pieces: tuple[tuple[int, int], ...] = ()


def gold_country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    if code.startswith("IGO"):
        return code[:6] if len(code) >= 6 else "IGO"
    head = code[:3]
    if head in NO_COUNTRY:
        return None
    return CAMEO_COUNTRY.get(head, head)


def gold_sector(sector: str | None) -> str | None:
    if not sector or sector.startswith("*"):
        return None
    head = sector[:3].upper()
    return SECTOR_FIX.get(head, head)


def same_country(gold: str, ours: str | None) -> bool:
    if ours is None:
        return False
    if gold == "IGO":
        return ours.startswith("IGO")
    return ours == gold


def actor_for(g: GoldActor, actors: Sequence[Actor]) -> Actor | None:
    """The actor whose mention overlaps the gold text most (ties: the shorter mention).  A gold
    text written in pieces is the actor of its first piece that a mention overlaps: "French
    warships" of "French and Egyptian warships" is the actor of "French", not of "Egyptian
    warships" (which overlaps "warships" more)."""
    for start, end in g.pieces or ((g.start, g.end),):
        best: tuple[int, int] | None = None
        found: Actor | None = None
        for a in actors:
            for m in a.mentions:
                overlap = min(m.end, end) - max(m.start, start)
                if overlap > 0:
                    key = (overlap, -(m.end - m.start))
                    if best is None or key > best:
                        best, found = key, a
        if found is not None:
            return found
    return None


def matched_mention(g: GoldActor, actor: Actor | None) -> str:
    """The text of the last mention of ``actor`` that overlaps the gold text ("" if none): what
    the error listings (``scripts/gsr_errors.py``, ``scripts/actor_errors.py``) show."""
    found = ""
    for m in actor.mentions if actor is not None else ():
        if min(m.end, g.end) - max(m.start, g.start) > 0:
            found = m.text
    return found


def score(golds: Iterable[GoldActor], articles: Sequence[Article]) -> dict[str, float]:
    golds = list(golds)
    n = len(golds)
    found = n_country = ok_country = n_sector = ok_sector = n_coded = ok_coded = 0
    for g in golds:
        actor = actor_for(g, articles[g.doc].actors) if g.start >= 0 else None
        found += actor is not None
        if actor is not None and actor.country is not None:
            # precision of the countries given: a country where the gold has none is wrong
            n_coded += 1
            ok_coded += g.country is not None and same_country(g.country, actor.country)
        if g.country is not None:
            n_country += 1
            ok_country += actor is not None and same_country(g.country, actor.country)
        if g.sector is not None:
            n_sector += 1
            ok_sector += actor is not None and actor.sector == g.sector
    return {"gold": float(n), "found": found / n if n else 0.0,
            "country": ok_country / n_country if n_country else 0.0,
            "sector": ok_sector / n_sector if n_sector else 0.0,
            "country_precision": ok_coded / n_coded if n_coded else 0.0,
            "gold_country": float(n_country), "gold_sector": float(n_sector)}


# -- PLOVER GSR ---------------------------------------------------------------------------------
def load_gsr(path: Path | None = None) -> tuple[list[Article], list[GoldActor]]:
    from dateline.ingest import article_from_text

    path = path or eval_data("plover", "PLOVER_GSR_CAMEO.txt")
    records = [r for r in json.loads(path.read_text("utf-8")) if r.get("text")]
    articles: list[Article] = []
    golds: list[GoldActor] = []
    for r in records:
        doc = len(articles)
        text = r["text"]
        articles.append(article_from_text(text, id=r["id"], published=r.get("date")))
        for role in ("source", "target"):
            items = r.get(role)
            if not isinstance(items, list):
                continue
            for a in items:
                actor_text = (a.get("actorText") or "").strip()
                if not actor_text:
                    continue
                at, end = find_text(text, actor_text)
                pieces = () if at >= 0 else find_pieces(text, actor_text)
                if pieces:
                    at, end = pieces[0][0], pieces[-1][1]
                golds.append(GoldActor(doc, at, end,
                                       actor_text, gold_country(a.get("code")),
                                       gold_sector(a.get("sector")), pieces=pieces))
    return articles, golds


def find_text(text: str, wanted: str) -> tuple[int, int]:
    """The span of ``wanted`` in ``text``: as written, else ignoring case, else with any run of
    whitespace for each of its own ("NATO  peacekeeping troops", typed with two spaces in a GSR
    record whose sentence has one); (-1, -1) when it is not there."""
    at = text.find(wanted)
    if at < 0:
        at = text.lower().find(wanted.lower())
    if at >= 0:
        return at, at + len(wanted)
    pattern = r"\s+".join(map(re.escape, wanted.split()))
    m = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return (m.start(), m.end()) if m else (-1, -1)


def find_pieces(text: str, wanted: str, gap: int = 40) -> tuple[tuple[int, int], ...]:
    """The spans of a gold text the GSR writes in pieces of its sentence: parts elided with
    "..." ("U.S. ... negotiators" of "U.S. and Russian negotiators", CONSULT-0007; "Sierra
    Leonean ... refugees") or a coordinated modifier left out ("French warships" of "French and
    Egyptian warships", COOPERATE-0003; "US forces" of "US and British forces", DEMAND-0015).
    Each piece (each word when there is no "...") is looked up after the one before it, then
    each moved to its last occurrence before the next ("French officials said … that French and
    Egyptian warships": the second "French"; "U.S. officials said U.S. and British forces": the
    forces' "U.S."), at most ``gap`` characters before it; adjacent words are joined into one
    span; () when one is not there."""
    parts = [p for p in re.split(r"\s*(?:\.{2,}|…)\s*", wanted.strip()) if p]
    if len(parts) == 1:
        parts = parts[0].split()
    if len(parts) < 2:
        return ()
    patterns = [re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, part.split())) + r"(?!\w)",
                           re.IGNORECASE) for part in parts]
    found: list[tuple[int, int]] = []
    pos = 0
    for pattern in patterns:
        m = pattern.search(text, pos)
        if m is None:
            return ()
        found.append((m.start(), m.end()))
        pos = m.end()
    for k in range(len(found) - 2, -1, -1):  # each piece as late as the next one allows
        later = [(m.start(), m.end()) for m in patterns[k].finditer(text, found[k][0])
                 if m.end() <= found[k + 1][0]]
        found[k] = later[-1]
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and start - spans[-1][1] > gap:
            return ()
        if spans and not text[spans[-1][1]:start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(spans)


def gsr_scores(path: Path | None = None) -> dict[str, float]:
    from dateline.pipeline import run

    articles, golds = load_gsr(path)
    done = list(run(articles, layers=["actors"]))
    return {f"gsr_{k}": v for k, v in score(golds, done).items()}


# -- VOA ------------------------------------------------------------------------------------------
def _find_words(text: str, words: str, start: int) -> int:
    """Where ``words`` first stand as whole words in ``text`` from ``start`` (-1: nowhere): a
    gold "he" is not the end of "the"."""
    m = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)").search(text, start)
    return m.start() if m else -1


def voa_golds(articles: Sequence[Article]) -> list[GoldActor]:
    """The gold actors of the articles' events, each article's gold read from its corpus
    (VOA or the written stories, :func:`dateline.evaluation.voa.corpus_of`)."""
    from dateline.evaluation import voa

    out: list[GoldActor] = []
    for i, art in enumerate(articles):
        sid = art.id.split(":")[-1]
        gold = voa.gold(sid, corpus=voa.corpus_of(art))
        for ev in gold.get("events", []):
            evidence = ev.get("evidence") or ""
            at = art.text.find(evidence) if evidence else -1
            for role in ("actor", "recipient"):
                a = ev.get(role)
                if not a or not a.get("text"):
                    continue
                s = _find_words(art.text, a["text"], at) if at >= 0 else -1
                if s < 0 or (at >= 0 and s > at + len(evidence)):
                    s = -1
                out.append(GoldActor(i, s, s + len(a["text"]) if s >= 0 else -1, a["text"],
                                     a.get("country"), a.get("sector"), voa.half(sid)))
    return out


def voa_articles(corpus: str = "voa") -> tuple[Article, ...]:
    from dateline.evaluation import voa

    return voa.processed(["actors"], corpus=corpus)


def voa_scores(corpus: str = "voa") -> dict[str, float]:
    """``<corpus>_<half>_<score>`` on the gold actors of a story corpus's events: ``voa`` (the
    VOA development stories) or ``written`` (the written stories, where present)."""
    from dateline.evaluation import voa

    if not voa.available(corpus):
        return {}
    articles = voa_articles(corpus)
    golds = voa_golds(articles)
    out: dict[str, float] = {}
    for half in ("all", "even", "odd"):
        part = [g for g in golds if half == "all" or g.half == half]
        out |= {f"{corpus}_{half}_{k}": v for k, v in score(part, articles).items()}
    return out


def _sample_version(path: Path) -> int:
    """The round of a hand sample file: ``sample_v15.tsv`` 15, ``sample.tsv`` (the newest) last."""
    m = re.search(r"_v(\d+)\.tsv$", path.name)
    return int(m.group(1)) if m else 10**6


def judged_rows() -> dict[tuple[str, str, str], dict[str, str]]:
    """(story, mention, sentence) → the newest hand judgment of that row."""
    out: dict[tuple[str, str, str], dict[str, str]] = {}
    for path in sorted(eval_data("actors").glob("sample*.tsv"), key=_sample_version):
        with open(path, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                if r["true_country"] and r["true_sector"]:
                    out[(r["story"], r["mention"], r["sentence"])] = r
    return out


def judged_outcomes(articles: Sequence[Article] | None = None
                    ) -> list[tuple[dict[str, str], str, str]]:
    """(judged row, current country, current sector) for every hand-judged row."""
    articles = articles or voa_articles()
    current: dict[tuple[str, str, str], Actor] = {}
    for art in articles:
        sid = art.id.split(":")[-1]
        # each sentence as the sample files write it, whitespace collapsed (draw_sample.py)
        texts = [" ".join(art.text[s.start:s.end].split()) for s in art.sentences]
        for actor in art.actors:
            for m in actor.mentions:
                si = art.sentence_index(m.start)
                current.setdefault((sid, m.text, texts[si] if si is not None else ""), actor)
    by_story: dict[str, list[tuple[str, str, Actor]]] = {}
    for (sid, mention, text), actor in current.items():
        by_story.setdefault(sid, []).append((mention, text, actor))

    def near(key: tuple[str, str, str]) -> Actor | None:
        # The row's mention or sentence changed since it was judged ("X. The Taliban" is now
        # "The Taliban"): a mention at least half as long that contains or is contained in
        # it, in the same sentence.
        sid, mention, text = key
        for other, other_text, actor in by_story.get(sid, []):
            short, long_ = sorted((other, mention), key=len)
            if short in long_ and 2 * len(short) >= len(long_) and (
                    other_text in text or text in other_text):
                return actor
        return None

    out = []
    for key, row in judged_rows().items():
        actor = current.get(key) or near(key)
        if actor is None:
            out.append((row, "x", "x"))
        else:
            out.append((row, actor.country or "-", actor.sector or "-"))
    return out


def judged_scores(articles: Sequence[Article] | None = None) -> dict[str, float]:
    """Share of hand-judged rows the current code gets right, by half."""
    outcomes = judged_outcomes(articles)
    out: dict[str, float] = {}
    for half in ("all", "even", "odd"):
        part = [(r, c, s) for r, c, s in outcomes if half == "all" or r["half"] == half]
        n = len(part) or 1
        out[f"judged_{half}_rows"] = float(len(part))
        out[f"judged_{half}_country"] = sum(c == r["true_country"] for r, c, _ in part) / n
        out[f"judged_{half}_sector"] = sum(s == r["true_sector"] for r, _, s in part) / n
    return out


def stage_cost(articles: Sequence[Article] | None = None) -> float:
    """Milliseconds per article of the actors stage alone (parse excluded), on VOA."""
    from dateline.actors import load_dictionary, resolve_actors

    articles = articles or voa_articles()
    load_dictionary()  # loading the tables is a once-per-process cost, not per article
    resolve_actors(articles[0])
    started = time.perf_counter()
    for art in articles:
        resolve_actors(art)
    return 1000 * (time.perf_counter() - started) / max(1, len(articles))


def evaluate() -> dict[str, float]:
    """Every pinned score: PLOVER GSR, VOA halves and the replayed hand-judged rows."""
    return gsr_scores() | voa_scores() | voa_scores("written") | judged_scores()


def _table(scores: dict[str, float]) -> list[str]:
    rows = [f"  {'set':<12} {'gold':>5} {'found':>6} {'country':>8} {'sector':>7} {'c.prec':>7}"]
    for label, prefix in (("PLOVER GSR", "gsr_"), ("VOA all", "voa_all_"),
                          ("VOA even", "voa_even_"), ("VOA odd", "voa_odd_"),
                          ("written all", "written_all_"), ("written even", "written_even_"),
                          ("written odd", "written_odd_")):
        if f"{prefix}gold" in scores:
            rows.append(f"  {label:<12} {int(scores[prefix + 'gold']):>5} "
                        f"{scores[prefix + 'found']:>6.3f} {scores[prefix + 'country']:>8.3f} "
                        f"{scores[prefix + 'sector']:>7.3f} "
                        f"{scores.get(prefix + 'country_precision', 0.0):>7.3f}")
    return rows


@click.command(name="actors")
@click.option("--voa/--no-voa", default=True,
              help="Also score the VOA (and written stories') event actors and cost.")
def cli(voa: bool) -> None:
    """Score actor coding (country, sector) on PLOVER GSR and VOA gold; check the floors.

    \b
    Example:
      dateline eval actors            # PLOVER GSR + VOA even/odd, cost, floors
      dateline eval actors --no-voa   # PLOVER GSR only (fast)
    """
    from dateline.evaluation.gate import check

    scores = gsr_scores()
    if voa:
        scores |= voa_scores() | voa_scores("written")
    click.echo("actors: share of gold actors found, with the right country, with the right sector;"
               " c.prec = right share of the countries given")
    click.echo("\n".join(_table(scores)))
    if voa:
        scores |= judged_scores()
        click.echo("hand-judged sample rows replayed on the current code (tuned on: a guard, not"
                   " an estimate)")
        click.echo(f"  {'half':<12} {'rows':>5} {'country':>8} {'sector':>7}")
        for half in ("all", "even", "odd"):
            click.echo(f"  {half:<12} {int(scores[f'judged_{half}_rows']):>5} "
                       f"{scores[f'judged_{half}_country']:>8.3f} "
                       f"{scores[f'judged_{half}_sector']:>7.3f}")
        click.echo(f"  actors stage cost: {stage_cost():.1f} ms/article (VOA, parse excluded)")
    pinned = {k: v for k, v in scores.items()
              if not k.endswith(("gold", "_rows")) and "gold_" not in k}
    check("actors", pinned)


__all__ = ["evaluate", "gsr_scores", "voa_scores", "judged_scores", "score", "stage_cost", "cli",
           "load_gsr"]
