"""``dateline eval times``: temporal expressions against TimeML gold (MEANTIME, ``.tml`` files).

Scores in the TempEval-3 manner: extent precision/recall/F1 with strict (same offsets) and
relaxed (overlapping) matching, type and value accuracy on relaxed matches, and type and value
F1 (a relaxed match counts only if the attribute is equal too; HeidelTime's TempEval-3 value F1
is 0.776).  A null value equals a gold value that TimeML leaves unspecified (``XXXX-XX-XX``).

Readers:

* MEANTIME CAT XML (``eval/meantime``): tokens, TIMEX3 markables and the creation time.  Only the
  title and the first four body sentences are annotated, so only those are rebuilt and scored;
  the creation-time line itself is the publication date, not text.
* TimeML ``.tml`` files: inline ``<TIMEX3>`` tags in ``<TEXT>``, the creation time from the TIMEX3
  with ``functionInDocument="CREATION_TIME"`` (inside ``<DCT>`` or anywhere).

On the VOA development set (no time gold) it reports a proxy: of the gold events whose date the
annotator took from the text, how many have a time in their evidence sentence with that value
("equal") or with a value nested with it ("compatible": "this week" for a Tuesday event, a day
for an event dated to its month), for even-id (tuning) and odd-id (held-out) stories, and the
stage's cost per article in CPU time.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import click

from dateline.dates import timeml
from dateline.errors import DatelineError
from dateline.evaluation import eval_data
from dateline.record import Time

# MEANTIME annotates sentence 0 (title), 1 (creation time) and 2-5 (first body sentences).
MEANTIME_SENTENCES = (0, 2, 3, 4, 5)


class TimeMLError(DatelineError):
    """A gold file that cannot be read as MEANTIME CAT XML or TimeML."""


@dataclass
class GoldTimex:
    start: int
    end: int
    kind: str  # date | time | duration | set
    value: str | None


@dataclass
class GoldDoc:
    id: str
    text: str
    published: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    corpus: str = ""  # MEANTIME's topic folder (corpus_airbus …), for the breakdown


# -- readers -------------------------------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'re", "'ve",
                    "'ll", "'d", "'m", "n't", "''", "”", "...", "'11"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "£", "€", "#", "¥"}


def _detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens to text with a space where English puts one, and each token's offsets."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    glue = True
    for tok in tokens:
        if tok == '"':
            closing = quote_open
            quote_open = not quote_open
        else:
            closing = False
        if out and not glue and tok not in _NO_SPACE_BEFORE and not closing:
            out.append(" ")
            pos += 1
        out.append(tok)
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
        glue = tok in _NO_SPACE_AFTER or (tok == '"' and quote_open)
    return "".join(out), spans


def _kind(timeml_type: str | None) -> str:
    return (timeml_type or "DATE").lower()


def meantime_root(path: Path) -> ET.Element:
    """The parsed MEANTIME CAT XML file, or a :class:`TimeMLError` naming the file."""
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TimeMLError(f"{path}: not XML ({exc}); expected a MEANTIME CAT file") from exc


def meantime_text(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    """The text :func:`read_meantime` rebuilds (title, blank line, annotated body sentences)
    and the offsets in it of each token, by ``t_id``; tokens of other sentences have none."""
    by_sentence: dict[int, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        by_sentence.setdefault(int(tok.get("sentence", 0)), []).append(
            (tok.get("t_id", ""), tok.text or ""))
    offsets: dict[str, tuple[int, int]] = {}
    pieces: list[str] = []
    pos = 0
    for n in MEANTIME_SENTENCES:
        toks = by_sentence.get(n)
        if not toks:
            continue
        sep = "" if not pieces else ("\n\n" if n == 2 else " ")
        pos += len(sep)
        text, spans = _detokenize([t for _, t in toks])
        for (tid, _), (s, e) in zip(toks, spans):
            offsets[tid] = (pos + s, pos + e)
        pieces.append(sep + text)
        pos += len(text)
    return "".join(pieces), offsets


def read_meantime(path: Path, root: ET.Element | None = None) -> GoldDoc:
    """One MEANTIME CAT XML file: the title and annotated body sentences, gold TIMEX3s.
    ``root`` is the file's parsed XML when the caller already has it."""
    root = meantime_root(path) if root is None else root
    text, offsets = meantime_text(root)
    published = None
    timexes: list[GoldTimex] = []
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            published = tx.get("value")
            continue
        anchors = [a.get("t_id", "") for a in tx.findall("token_anchor")]
        spans = [offsets[a] for a in anchors if a in offsets]
        if not anchors or len(spans) != len(anchors):
            continue  # instance-level TIMEX3 (no tokens) or outside the rebuilt sentences
        timexes.append(GoldTimex(min(s for s, _ in spans), max(e for _, e in spans),
                                 _kind(tx.get("type")), tx.get("value")))
    if not published or not re.match(r"^\d{4}-\d\d-\d\d", published):
        # A missing or day-first ("03-02-2009") creation time: read the date line itself.
        line, _ = _detokenize([tok.text or "" for tok in root.iter("token")
                               if int(tok.get("sentence", 0)) == 1])
        published = _published(line) or published
    return GoldDoc(root.get("doc_id", path.stem), text, published,
                   sorted(timexes, key=lambda t: t.start), corpus=path.parent.name)


def _published(line: str) -> str | None:
    from dateline.ingest.dates import normalize_published

    try:
        return normalize_published(line)
    except DatelineError:
        return None


def read_tml(path: Path) -> GoldDoc:
    """One TimeML file: the text of ``<TEXT>`` (or the whole file) and its inline TIMEX3s."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TimeMLError(f"{path}: not well-formed TimeML ({exc})") from exc
    published = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            published = tx.get("value")
            break
    body = root.find(".//TEXT")
    if body is None:
        raise TimeMLError(f"{path}: no <TEXT> element; expected TimeML with the document "
                          f"text in <TEXT>…</TEXT>")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, pieces))
        pieces.append(node.text or "")
        for child in node:
            walk(child)
            pieces.append(child.tail or "")
        if node.tag == "TIMEX3" and node.get("functionInDocument") != "CREATION_TIME":
            end = start + len("".join(_flat(node)))
            timexes.append(GoldTimex(start, end, _kind(node.get("type")), node.get("value")))

    walk(body)
    return GoldDoc(path.stem, "".join(pieces), published, sorted(timexes, key=lambda t: t.start))


def _flat(node: ET.Element) -> Iterable[str]:
    yield node.text or ""
    for child in node:
        yield from _flat(child)
        yield child.tail or ""


def load(path: Path | None = None) -> list[GoldDoc]:
    """Every gold document under ``path``: ``.tml`` files, or MEANTIME XML (default copy)."""
    path = path or eval_data("meantime")
    if path.is_file():
        files = [path]
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in (".tml", ".xml"))
    else:
        raise TimeMLError(f"{path}: no such file or folder; give a folder of .tml files or "
                          f"the MEANTIME folder (default eval/meantime)")
    if not files:
        raise TimeMLError(f"{path}: no .tml or MEANTIME .xml files found")
    return [read_tml(f) if f.suffix == ".tml" else read_meantime(f) for f in files]


# -- running and scoring -------------------------------------------------------------------

def predict(docs: Sequence[GoldDoc]) -> list[list[Time]]:
    """dateline's times layer for each gold document, anchored at its creation time."""
    from dateline.ingest import article_from_text
    from dateline.pipeline import run

    articles = [article_from_text(d.text, id=d.id, published=d.published) for d in docs]
    return [a.times for a in run(articles, layers=["times"])]


def _unspecified(value: str | None) -> bool:
    return value is None or not re.search(r"[0-9A-WYZ]", value.replace("X", ""))


def same_value(gold: str | None, predicted: str | None) -> bool:
    if _unspecified(gold) and _unspecified(predicted):
        return True
    return gold == predicted


def _prf(tp: float, n_pred: int, n_gold: int, prefix: str) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_precision": p, f"{prefix}_recall": r, f"{prefix}_f1": f}


def match(gold: Sequence[GoldTimex], predicted: Sequence[Time]) -> list[tuple[GoldTimex, Time]]:
    """One-to-one relaxed matches (overlapping spans), the largest overlap first."""
    pairs = sorted(((min(g.end, p.end) - max(g.start, p.start), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                    if g.start < p.end and p.start < g.end), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], predicted[pi]))
    return out


def score(pairs: Iterable[tuple[Sequence[GoldTimex], Sequence[Time]]]) -> dict[str, float]:
    """TempEval-3 style scores over (gold, predicted) pairs of documents."""
    n_gold = n_pred = strict = relaxed = kind_ok = value_ok = 0
    for gold, predicted in pairs:
        n_gold += len(gold)
        n_pred += len(predicted)
        spans = {(g.start, g.end) for g in gold}
        strict += sum((p.start, p.end) in spans for p in predicted)
        for g, p in match(gold, predicted):
            relaxed += 1
            kind_ok += g.kind == p.kind
            value_ok += same_value(g.value, p.value)
    out = {"gold": float(n_gold), "predicted": float(n_pred)}
    out |= _prf(strict, n_pred, n_gold, "strict")
    out |= _prf(relaxed, n_pred, n_gold, "relaxed")
    out |= {"type_accuracy": kind_ok / relaxed if relaxed else 0.0,
            "value_accuracy": value_ok / relaxed if relaxed else 0.0}
    out["type_f1"] = _prf(kind_ok, n_pred, n_gold, "type")["type_f1"]
    out["value_f1"] = _prf(value_ok, n_pred, n_gold, "value")["value_f1"]
    return out


def evaluate(path: Path | None = None) -> dict[str, float]:
    """Scores of dateline on a gold folder (MEANTIME by default)."""
    docs = load(path)
    predicted = predict(docs)
    return score((d.timexes, p) for d, p in zip(docs, predicted))


# -- the VOA proxy -------------------------------------------------------------------------

def voa_scores() -> dict[str, float]:
    """Event-date proxy on VOA (all/even/odd) and the stage's cost in ms per article."""
    from dateline.dates import resolve_times
    from dateline.evaluation import voa

    articles = voa.processed(["times"])
    for art in articles[:5]:  # warm the lexicon and pattern caches: the cost is steady-state
        resolve_times(art)
    runs = []
    for _ in range(3):  # the median of three passes, in CPU time: the machine may be shared
        t0 = time.process_time()
        for art in articles:
            resolve_times(art)
        runs.append(1000 * (time.process_time() - t0) / max(1, len(articles)))
    ms = sorted(runs)[1]
    items: list[tuple[str, tuple[int, int, int]]] = []  # (events, exact, compatible)
    for sid, art, gold in voa.with_gold(articles):
        found = exact = compatible = 0
        for ev in gold.get("events", []):
            if not ev.get("date_from_text") or not ev.get("date"):
                continue
            found += 1
            at = art.text.find(ev.get("evidence", "")[:60])
            sent = art.sentence_index(at) if at >= 0 else None
            if sent is None:
                continue
            s = art.sentences[sent]
            here = [t.value for t in art.times if s.start <= t.start < s.end and t.value]
            exact += any(v[:10] == ev["date"] for v in here)
            compatible += any(nested(v, ev["date"]) for v in here)
        items.append((sid, (found, exact, compatible)))
    out: dict[str, float] = {"voa_ms_per_article": ms}
    for name, group in voa.by_half(items):
        found = sum(g[0] for g in group)
        out[f"voa_{name}_event_date_recall"] = sum(g[1] for g in group) / found if found else 0.0
        out[f"voa_{name}_event_date_compatible"] = (sum(g[2] for g in group) / found
                                                    if found else 0.0)
        out[f"voa_{name}_events"] = float(found)
    out["voa_times_per_article"] = sum(len(a.times) for a in articles) / max(1, len(articles))
    out["voa_null_share"] = (sum(t.value is None for a in articles for t in a.times)
                             / max(1, sum(len(a.times) for a in articles)))
    return out


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TimeML date value covers (days, weeks, months, quarters,
    years); None for durations, sets, references and seasons."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value):
            d = dt.date.fromisoformat(value[:10])
            return d, d
        if timeml.WEEK_VALUE.fullmatch(value):
            return timeml.week_days(value)
        m = re.fullmatch(r"(\d{4})-(\d\d)", value)
        if m:
            y, mon = int(m.group(1)), int(m.group(2))
            nxt = dt.date(y + (mon == 12), mon % 12 + 1, 1)
            return dt.date(y, mon, 1), nxt - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            end = dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
            return dt.date(y, 3 * q - 2, 1), end
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def nested(value: str, gold: str) -> bool:
    """Does the time's value contain the gold date, or lie within it ("this week" for an event
    on Tuesday, "Tuesday" for an event dated to its month)?"""
    a, b = interval(value), interval(gold)
    if a is None or b is None:
        return False
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _rows(scores: dict[str, float], prefix: str) -> list[str]:
    names = ["strict_precision", "strict_recall", "strict_f1", "relaxed_precision",
             "relaxed_recall", "relaxed_f1", "type_accuracy", "value_accuracy", "type_f1",
             "value_f1"]
    return [f"  {prefix + n:<36} {scores[n]:.3f}" for n in names]


@click.command(name="times")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--voa/--no-voa", default=True, help="Also report the VOA proxy and cost.")
def cli(path: Path | None, voa: bool) -> None:
    """Score the times layer on TimeML gold: MEANTIME (default) or a folder of .tml files.

    \b
    Example:
      dateline eval times                   # eval/meantime, VOA proxy, floors
      dateline eval times eval/timeml --no-voa
    """
    from dateline.evaluation.gate import check

    docs = load(path)
    predicted = predict(docs)
    scores = score((d.timexes, p) for d, p in zip(docs, predicted))
    label = "meantime" if path is None else path.name
    click.echo(f"times on {label}: {len(docs)} documents, {int(scores['gold'])} gold, "
               f"{int(scores['predicted'])} predicted")
    click.echo("\n".join(_rows(scores, "")))
    corpora = sorted({d.corpus for d in docs if d.corpus})
    if len(corpora) > 1:
        click.echo("  by topic (relaxed F1 / value F1):")
        for name in corpora:
            part = score((d.timexes, p) for d, p in zip(docs, predicted) if d.corpus == name)
            click.echo(f"    {name:<20} {part['relaxed_f1']:.3f} / {part['value_f1']:.3f} "
                       f"({int(part['gold'])} gold)")
    pinned: dict[str, float] = {}
    if path is None:
        pinned |= {f"meantime_{k}": v for k, v in scores.items()}
    if voa:
        extra = voa_scores()
        click.echo("VOA (no time gold; event dates taken from the text, found in the evidence "
                   "sentence):")
        click.echo("         equal      compatible (nested)")
        for name in ("all", "even", "odd"):
            click.echo(f"  {name:<5}  {extra[f'voa_{name}_event_date_recall']:.3f}      "
                       f"{extra[f'voa_{name}_event_date_compatible']:.3f}   "
                       f"of {int(extra[f'voa_{name}_events'])} events")
        click.echo(f"  times per article {extra['voa_times_per_article']:.1f}, null values "
                   f"{extra['voa_null_share']:.1%}, stage cost "
                   f"{extra['voa_ms_per_article']:.2f} ms/article")
        pinned |= extra
    if pinned:
        check("times", pinned)  # --no-voa leaves the VOA floors unchecked
