"""The events layer (not yet implemented: leaves the layer empty)."""

from __future__ import annotations

from dateline.record import Article


def code_events(article: Article) -> Article:
    return article
