"""HTML pages: trafilatura finds the body, title, date, author and URL.

The body then goes through :func:`dateline.ingest.article_from_text` like any other text, so
bylines, datelines and credits inside it are found the same way.  Paragraphs are kept apart by a
blank line, which the sentence splitter treats as a boundary.  A page where trafilatura finds no
article body (a navigation page, an empty template) is a :class:`NoBodyError`, never an empty
record.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from dateline.errors import InputError, NoBodyError
from dateline.record import Article

from . import article_from_text
from .newswire import split_names

# Fewer than this many words of body is a teaser or a page chrome, not an article.
MIN_BODY_WORDS = 12


def article_from_html(html: str, *, name: str = "<html>", published: Any = None,
                      source: str | None = None, id: str | None = None) -> Article:
    """An article from one HTML page; ``published``/``source`` fill what the page lacks.

    The source is the agency in the text ("SAN SALVADOR (Reuters) -"), else the site's name,
    else ``source``."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # failures are ours to report
    try:
        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, favor_precision=True,
        )
        doc: dict[str, Any] = {}
        if found is not None:
            doc = found if isinstance(found, dict) else found.as_dict()
    except (ValueError, TypeError) as exc:  # lxml's parser errors on broken documents
        raise InputError(f"{name}: cannot parse the HTML: {exc}") from exc
    body = _paragraphs(doc.get("text") or "")
    if len(body.split()) < MIN_BODY_WORDS:
        raise NoBodyError(
            f"{name}: no article body found in the HTML ({len(body.split())} words of text); "
            f"expected a news article page, or pass the text itself as .txt")
    author = doc.get("author") or ""
    article = article_from_text(
        body, id=id, name=name,
        published=doc.get("date") or published,
        source=None,
        title=doc.get("title") or None,
        url=doc.get("url") or None,
        bylines=split_names(author.replace(";", ",")) if author else None,
    )
    # The agency in the text ("SAN SALVADOR (Reuters) -") says more than the site's name.
    if article.meta.source is None:
        article.meta.source = doc.get("sitename") or source
    return article


def _paragraphs(text: str) -> str:
    """trafilatura's one-paragraph-a-line text with blank lines between paragraphs."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n\n".join(line for line in lines if line)).strip()


__all__ = ["article_from_html", "MIN_BODY_WORDS"]
