"""Speakers: the actor behind each quote's source, through the actor layer.

The source span is matched against actor mentions in its core, the phrase before any
apposition ("Alan Chong, associate professor at …" → "Alan Chong").  A pronoun source ("he
said") continues the speaker of the quote just before it when that quote is at most two
sentences back: the reading a news writer intends in "“…,” Chong said. “…,” he added."; only
without such a quote does the actor layer's own pronoun resolution decide.
"""

from __future__ import annotations

from dateline.record import Actor, Article, Quote, Span

PERSONAL = {"he", "she", "him", "her"}
PLURAL = {"they", "them"}


def _overlap(a: Span, start: int, end: int) -> int:
    return max(0, min(a.end, end) - max(a.start, start))


def speaker_of(source: Span, actors: list[Actor]) -> str | None:
    """The actor with a mention in the source's core: the phrase before any apposition, so
    "Stephen Nagy, senior associate … at International Christian University" is never the
    university, whatever the actor layer knows of Nagy."""
    core_end = source.start + len(source.text.split(",")[0].rstrip())
    best: tuple[int, int, str] | None = None
    for actor in actors:
        for m in actor.mentions:
            ov = max(0, min(m.end, core_end) - max(m.start, source.start))
            if ov <= 0:
                continue
            key = (ov, -m.start, actor.id)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best is not None else None


def resolve_speakers(article: Article) -> None:
    previous: Quote | None = None  # the last quote with a source
    for quote in article.quotes:
        quote.speaker = None
        src = quote.source
        if src is None:
            continue
        pronoun = src.text.lower() in PERSONAL
        near = previous is not None and _sentence_gap(article, previous, quote) <= 2
        if pronoun and near and previous is not None:
            # "“…,” Chong said. “…,” he added.": the pronoun continues the last speaker, and
            # stays unresolved when that speaker is not a known person actor.
            prev_actor = article.actor(previous.speaker)
            if prev_actor is not None and prev_actor.kind == "person":
                quote.speaker = prev_actor.id
            elif previous.source is not None and previous.source.text.lower() not in PERSONAL:
                quote.speaker = None
            else:
                quote.speaker = speaker_of(src, article.actors)
        else:
            quote.speaker = speaker_of(src, article.actors)
        previous = quote


def _sentence_gap(article: Article, a: Quote, b: Quote) -> int:
    ia = article.sentence_index(a.source.start if a.source else a.content.start)
    ib = article.sentence_index(b.source.start if b.source else b.content.start)
    if ia is None or ib is None:
        return 99
    return abs(ib - ia)


__all__ = ["resolve_speakers", "speaker_of"]
