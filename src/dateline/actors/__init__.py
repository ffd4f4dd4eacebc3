"""The actors layer (not yet implemented: leaves the layer empty)."""

from __future__ import annotations

from dateline.record import Article


def resolve_actors(article: Article) -> Article:
    return article
