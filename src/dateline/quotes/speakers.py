"""Speakers: the actor behind each quote's source, through the actor layer.

The source span is matched against actor mentions: the mention that overlaps it most wins,
ties going to the mention nearest the source's end (the head of "a spokesperson for the
ministry" is "spokesperson", of "Alan Chong, associate professor at …" is "Alan Chong").  A
pronoun source the actor layer left unresolved ("he said") takes the speaker of the quote just
before it, when that quote is at most two sentences back and its speaker is a person: the
reading a news writer intends in "“…,” Chong said. “…,” he added."
"""

from __future__ import annotations

from dateline.record import Actor, Article, Quote, Span

PERSONAL = {"he", "she", "him", "her"}
PLURAL = {"they", "them"}


def _overlap(a: Span, start: int, end: int) -> int:
    return max(0, min(a.end, end) - max(a.start, start))


def speaker_of(source: Span, actors: list[Actor]) -> str | None:
    best: tuple[int, int, str] | None = None
    for actor in actors:
        for m in actor.mentions:
            ov = _overlap(source, m.start, m.end)
            if ov <= 0:
                continue
            # A mention at the start of the source ("Alan Chong, associate professor …")
            # beats one inside an apposition ("… at International Christian University").
            key = (ov if m.start == source.start else ov // 2, -m.start, actor.id)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best is not None else None


def resolve_speakers(article: Article) -> None:
    previous: Quote | None = None
    for quote in article.quotes:
        quote.speaker = None
        src = quote.source
        if src is not None:
            quote.speaker = speaker_of(src, article.actors)
            if quote.speaker is None and src.text.lower() in PERSONAL and previous is not None:
                prev_actor = article.actor(previous.speaker)
                gap = _sentence_gap(article, previous, quote)
                if prev_actor is not None and prev_actor.kind == "person" and gap <= 2:
                    quote.speaker = prev_actor.id
        if quote.speaker is not None:
            previous = quote


def _sentence_gap(article: Article, a: Quote, b: Quote) -> int:
    ia = article.sentence_index(a.source.start if a.source else a.content.start)
    ib = article.sentence_index(b.source.start if b.source else b.content.start)
    if ia is None or ib is None:
        return 99
    return abs(ib - ia)


__all__ = ["resolve_speakers", "speaker_of"]
