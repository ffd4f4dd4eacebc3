"""The quotes layer (not yet implemented: leaves the layer empty)."""

from __future__ import annotations

from dateline.record import Article


def find_quotes(article: Article) -> Article:
    return article
