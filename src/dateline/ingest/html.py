"""HTML pages: trafilatura finds the body, title, date and author (not yet implemented)."""

from __future__ import annotations

from typing import Any

from dateline.errors import NoBodyError
from dateline.record import Article


def article_from_html(html: str, *, name: str = "<html>", published: Any = None,
                      source: str | None = None) -> Article:
    raise NoBodyError(f"{name}: HTML input is not supported yet")
