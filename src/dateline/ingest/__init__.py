"""Ingestion: any input becomes an :class:`~dateline.record.Article` with ``text`` and ``meta``.

:func:`article_from_text` is the single door: every reader (plain text, HTML, JSON Lines,
standard input) ends there, so header detection, the language check and size limits apply the
same way to all of them.
"""

from __future__ import annotations

from typing import Any

from dateline.errors import EmptyInputError, MalformedJSONError, TooLargeError
from dateline.record import Article, Meta
from dateline.settings import MAX_TEXT_CHARS

from .dates import normalize_published
from .language import check_english
from .newswire import read_headers, split_names


def article_from_text(text: str, *, id: str | None = None, published: Any = None,
                      source: str | None = None, title: str | None = None,
                      url: str | None = None, bylines: list[str] | None = None,
                      name: str = "<text>") -> Article:
    """Build an article from its text and what the caller knows of it.

    ``name`` says where the text came from ("story.txt", "corpus.jsonl:12") in error messages.
    """
    if not isinstance(text, str):
        raise MalformedJSONError(f"{name}: expected text as a string, got {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(f"{name}: empty input: there is no text to extract from")
    if len(text) > MAX_TEXT_CHARS:
        raise TooLargeError(
            f"{name}: {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,} for one "
            f"article; split it, or raise DATELINE_MAX_CHARS"
        )
    check_english(text, name)
    meta = Meta(title=title, url=url, source=source, bylines=list(bylines or []),
                published=normalize_published(published, name) if published else None)
    read_headers(text, meta)
    if source:  # the caller's word wins over the agency in the text
        meta.source = source
    return Article(text=text, id=str(id) if id not in (None, "") else "", meta=meta)


def article_from_record(record: dict[str, Any], *, name: str = "<record>",
                        published: Any = None, source: str | None = None) -> Article:
    """One JSON Lines record: ``text`` required; ``id``, ``title``, ``url``, ``source``,
    ``published`` optional.  The ``published`` and ``source`` arguments are defaults: they fill
    what neither the record nor its text gives (a record's own ``source`` wins over the agency
    in its text, the agency in the text over the default);
    ``author`` ("Ayesha Tanzeem, Jeff Seldin") or ``bylines`` (a list) become the bylines."""
    if not isinstance(record, dict):
        raise MalformedJSONError(f"{name}: expected a JSON object, got {type(record).__name__}")
    if "text" not in record:
        raise MalformedJSONError(f"{name}: the JSON object has no \"text\" field "
                                 f"(keys: {', '.join(sorted(record)) or 'none'})")
    article = article_from_text(
        record["text"], id=record.get("id"), name=name,
        published=record.get("published") or published,
        source=record.get("source"),
        title=record.get("title"), url=record.get("url"), bylines=_bylines(record, name),
    )
    if article.meta.source is None:  # the default comes after the agency in the text
        article.meta.source = source
    return article


def _bylines(record: dict[str, Any], name: str) -> list[str]:
    value = record.get("bylines", record.get("author"))
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return split_names(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [" ".join(v.split()) for v in value if v.strip()]
    raise MalformedJSONError(f"{name}: \"author\"/\"bylines\" must be a string or a list of "
                             f"strings, got {type(value).__name__}")
