"""The dates layer (not yet implemented: leaves the layer empty)."""

from __future__ import annotations

from dateline.record import Article


def resolve_times(article: Article) -> Article:
    return article
