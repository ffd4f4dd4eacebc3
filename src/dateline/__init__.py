"""dateline: news articles to structured political event data.

    >>> import dateline
    >>> art = dateline.extract("U.S. Secretary of State Marco Rubio met ...", published="2025-02-03")
    >>> art.events[0].type
    'CONSULT'

:func:`extract` handles one text; :func:`pipe` streams many with the model loaded once.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from dateline.errors import DatelineError
from dateline.record import Article

__version__ = "0.1.0"


def extract(text: str, published: Any = None, *, id: str | None = None,
            source: str | None = None, title: str | None = None, url: str | None = None,
            layers: Iterable[str] | None = None) -> Article:
    """Extract the article record from one text.  ``published`` anchors relative dates."""
    from dateline.ingest import article_from_text
    from dateline.pipeline import run

    article = article_from_text(text, id=id, published=published, source=source, title=title,
                                url=url)
    return next(run([article], layers=layers))


def pipe(records: Iterable[str | dict[str, Any] | Article], published: Any = None, *,
         layers: Iterable[str] | None = None, batch_size: int = 16) -> Iterator[Article]:
    """Stream records (texts, dicts with ``text``, or Articles) to finished articles, in order.

    A record that cannot be read raises its :class:`DatelineError`; use
    :func:`dateline.corpus.process` for runs that must record failures and go on.
    """
    from dateline.ingest import article_from_record, article_from_text
    from dateline.pipeline import run

    def articles() -> Iterator[Article]:
        for i, rec in enumerate(records):
            if isinstance(rec, Article):
                yield rec
            elif isinstance(rec, str):
                yield article_from_text(rec, published=published, name=f"record {i + 1}")
            else:
                yield article_from_record(rec, published=published, name=f"record {i + 1}")

    yield from run(articles(), layers=layers, batch_size=batch_size)


__all__ = ["extract", "pipe", "Article", "DatelineError", "__version__"]
