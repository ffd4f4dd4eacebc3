"""Event dates against MEANTIME's temporal links: the events layer's date choice on its own.

What is scored: every MEANTIME event mention (``eval/meantime``, CAT XML) that a TLINK ties to a
DATE TIMEX3 with ``IS_INCLUDED`` or ``SIMULTANEOUS`` (either direction: a timex that
``INCLUDES`` the event counts too), when the date has a calendar value (``2008-03-05``, not
``PRESENT_REF``) and the event's first token lies in the rebuilt text (title and the first four
body sentences, as ``dateline eval times`` reads them).  The date the events layer would give an
event on that token (:func:`dateline.events.setting.event_time`, which :mod:`dateline.events`
calls too) is right when it starts with the gold value's day: a day for a gold day, or any
value inside a gold month or year (``2008-03-05`` is right for a gold ``2008-03``;
``2008-03`` is wrong for a gold ``2008-03-05``).

Why a component-level score: the gold gives the event token, so the score isolates the choice of
a date from event detection and coding (the VOA date accuracy of ``dateline eval events`` counts
only events that were also found and typed right).  MEANTIME's mentions are any event (not only
PLOVER acts), so the score is a check of the date rules, not an estimate of the date accuracy
of coded events.  Reported for all links, the links to the document creation time (the
publication date, which an event gets when its sentence gives none) and the links to a date
written in the text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from dateline.evaluation import eval_data
from dateline.evaluation.times import meantime_root, meantime_text, read_meantime
from dateline.record import Article

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from dateline.events.setting import Located

INCLUDED = {"IS_INCLUDED", "SIMULTANEOUS"}
INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES"}


@dataclass(frozen=True)
class GoldLink:
    """An event mention's first token (offsets in the rebuilt text) and the date it falls in."""

    start: int
    end: int
    value: str
    creation_time: bool  # the date is the document creation time (publication date)


def gold_links(path: Path, root: ET.Element | None = None) -> list[GoldLink]:
    """The event-to-date links of one MEANTIME CAT XML file (see the module docstring);
    ``root`` is the file's parsed XML when the caller already has it."""
    root = meantime_root(path) if root is None else root
    _, offsets = meantime_text(root)
    timexes = {x.get("m_id"): x for x in root.iter("TIMEX3")}
    events = {x.get("m_id"): x for x in root.iter("EVENT_MENTION")}
    out = []
    for link in root.iter("TLINK"):
        source, target = link.find("source"), link.find("target")
        if source is None or target is None:
            continue
        s, t, rel = source.get("m_id"), target.get("m_id"), link.get("reltype", "")
        if s in timexes and t in events:
            s, t, rel = t, s, INVERSE.get(rel, rel)
        if s not in events or t not in timexes or rel not in INCLUDED:
            continue
        timex = timexes[t]
        value = timex.get("value") or ""
        if timex.get("type") != "DATE" or not re.match(r"^\d{4}", value):
            continue
        anchors = [a.get("t_id") for a in events[s].findall("token_anchor")]
        if not anchors or anchors[0] not in offsets:
            continue
        start, end = offsets[anchors[0]]
        out.append(GoldLink(start, end, value,
                            timex.get("functionInDocument") == "CREATION_TIME"))
    return out


def event_dates(article: Article, links: Sequence[GoldLink]) -> list[str | None]:
    """The date the events layer gives each linked event of one article, by its first token
    (None when the token is outside the parsed body sentences or the layer gives no date)."""
    from dateline.events.setting import locate
    from dateline.nlp import spacy_sentences

    times = locate(article, article.times)
    sentences = spacy_sentences(article)
    return [_event_date(article, times, sentences, link.start, link.end) for link in links]


def _event_date(article: Article, times: list["Located"],
                sentences: Sequence["SpacySpan | None"], start: int, end: int) -> str | None:
    from dateline.events.setting import coordinated, event_time

    span = article.doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span):
        return None
    token = span.root
    k = next((i for i, s in enumerate(sentences)
              if s is not None and s.start <= token.i < s.end), None)
    if k is None:
        return None
    date, _ = event_time(article, times, sentences, k, coordinated([token]))
    return date


def right(gold: str, predicted: str | None) -> bool:
    return bool(predicted) and predicted.startswith(gold[:10])  # type: ignore[union-attr]


def outcomes(articles: Sequence[Article],
             links: Sequence[Sequence[GoldLink]]) -> list[tuple[GoldLink, bool]]:
    """Each gold link with whether the events layer dates its event right."""
    return [(link, right(link.value, date))
            for art, doc_links in zip(articles, links)
            for link, date in zip(doc_links, event_dates(art, doc_links))]


def summarize(results: Iterable[tuple[GoldLink, bool]]) -> dict[str, float]:
    """``meantime_event_dates`` (accuracy) for all links and, with ``_creation_time`` and
    ``_text_date``, for the two kinds of date; ``_n`` and ``_right`` are the counts."""
    results = list(results)
    scores: dict[str, float] = {}
    for suffix, part in (("", results),
                         ("_creation_time", [r for r in results if r[0].creation_time]),
                         ("_text_date", [r for r in results if not r[0].creation_time])):
        ok = sum(good for _, good in part)
        name = f"meantime_event_dates{suffix}"
        scores[name] = round(ok / len(part), 4) if part else 0.0
        scores[f"{name}_right"] = ok
        scores[f"{name}_n"] = len(part)
    return scores


def score(paths: Sequence[Path] | None = None) -> dict[str, float]:
    """The scores on MEANTIME files (every ``.xml`` under ``eval/meantime`` by default), with
    the pipeline run only up to the times layer."""
    from dateline.ingest import article_from_text
    from dateline.pipeline import run

    files = list(paths) if paths is not None else sorted(eval_data("meantime").rglob("*.xml"))
    roots = [meantime_root(f) for f in files]  # each file parsed once, read twice
    docs = [read_meantime(f, root) for f, root in zip(files, roots)]
    articles = list(run([article_from_text(d.text, id=d.id, published=d.published)
                         for d in docs], layers=["times"]))
    return summarize(outcomes(articles, [gold_links(f, root) for f, root in zip(files, roots)]))
