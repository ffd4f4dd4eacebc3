"""Showing records to people: a terminal table and highlighted HTML (Jupyter)."""

from __future__ import annotations

import html
from typing import Iterable

from dateline.record import Article

LAYERS = ("entities", "actors", "places", "times", "quotes", "quantities", "events")


def summary_table(articles: Iterable[Article], width: int = 44) -> str:
    """One row an article: its id, title and how many items each layer holds."""
    rows = [["id", "title", "sents", *[name[:6] for name in LAYERS]]]
    totals = [0] * (len(LAYERS) + 1)
    for art in articles:
        counts = [len(art.sentences), *[len(getattr(art, name)) for name in LAYERS]]
        totals = [a + b for a, b in zip(totals, counts)]
        title = art.meta.title or art.text.split("\n", 1)[0]
        title = title if len(title) <= width else title[: width - 1] + "…"
        rows.append([art.id, title, *map(str, counts)])
    rows.append(["total", "", *map(str, totals)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells))
        if n == 0 or n == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


_COLORS = {"actor": "#cfe2ff", "place": "#d1e7dd", "time": "#fff3cd", "quantity": "#f8d7da",
           "trigger": "#e2d9f3"}


def render_html(art: Article) -> str:
    """The text with actors, places, times, quantities and event triggers highlighted."""
    marks: list[tuple[int, int, str, str]] = []
    for a in art.actors:
        for m in a.mentions:
            marks.append((m.start, m.end, "actor", f"{a.name} · {a.country or '?'} {a.sector or ''}"))
    for p in art.places:
        marks.append((p.start, p.end, "place", f"{p.name} ({p.country}) {p.lat},{p.lon}"))
    for t in art.times:
        marks.append((t.start, t.end, "time", f"{t.kind}: {t.value}"))
    for q in art.quantities:
        marks.append((q.start, q.end, "quantity", f"{q.value} {q.unit or ''} {q.concept or ''}"))
    for e in art.events:
        marks.append((e.trigger.start, e.trigger.end, "trigger", f"{e.type} ({e.confidence:.2f})"))
    marks.sort(key=lambda m: (m[0], -m[1]))
    out, pos = [], 0
    for start, end, kind, title in marks:
        if start < pos:
            continue  # overlapping marks: the first wins
        out.append(html.escape(art.text[pos:start]))
        out.append(f'<mark style="background:{_COLORS[kind]}" title="{html.escape(title)}">'
                   f"{html.escape(art.text[start:end])}</mark>")
        pos = end
    out.append(html.escape(art.text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    events = "".join(
        f"<li><b>{e.type}</b> {html.escape(_names(art, e.actors))} → "
        f"{html.escape(_names(art, e.recipients))} · {e.date or ''} · {e.modality}</li>"
        for e in art.events
    )
    legend = " ".join(f'<mark style="background:{c}">{k}</mark>' for k, c in _COLORS.items())
    return (f'<div style="font-family:sans-serif;line-height:1.6"><div>{legend}</div>'
            f"<p>{body}</p><ul>{events}</ul></div>")


def _names(art: Article, ids: list[str]) -> str:
    return ", ".join((a.name if (a := art.actor(i)) else i) for i in ids) or "—"


def _side(art: Article, ids: list[str]) -> str:
    """"Marco Rubio (USA GOV)" for each actor id, joined."""
    parts = []
    for i in ids:
        a = art.actor(i)
        if a is not None:
            code = " ".join(x for x in (a.country, a.sector) if x) or "?"
            parts.append(f"{a.name} ({code})")
    return ", ".join(parts) or "—"


def event_lines(articles: Iterable[Article], limit: int = 12, width: int = 110) -> str:
    """Event types counted over all articles, then the most confident events, one a line:
    date, type, actor → recipient, trigger."""
    arts = list(articles)
    counts: dict[str, int] = {}
    for art in arts:
        for ev in art.events:
            counts[ev.type] = counts.get(ev.type, 0) + 1
    lines = ["events by type: " + ", ".join(
        f"{t} {n}" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))]
    ranked = sorted(((ev.confidence, art, ev) for art in arts for ev in art.events),
                    key=lambda x: -x[0])[:limit]
    if ranked:
        lines.append("")
        lines.append(f"the {len(ranked)} most confident events:")
    for conf, art, ev in ranked:
        line = (f"  {conf:.2f}  {ev.date or '?':10}  {ev.type:9}  «{ev.trigger.text}»  "
                f"{_side(art, ev.actors)} → {_side(art, ev.recipients)}")
        lines.append(line if len(line) <= width else line[: width - 1] + "…")
    return "\n".join(lines)
