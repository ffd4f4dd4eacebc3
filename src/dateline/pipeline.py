"""The pipeline: parse once, then each stage fills its own layer of the article.

A stage is a plain callable ``Article -> Article``.  The order matters only in one direction:
places and quotes read the actor layer, events read all of them.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from dateline import nlp
from dateline.record import Article

Stage = Callable[[Article], Article]

# name -> "module:function"; loaded lazily so a stage's data loads only when it runs.
STAGES: dict[str, str] = {
    "actors": "dateline.actors:resolve_actors",
    "places": "dateline.places:resolve_places",
    "times": "dateline.dates:resolve_times",
    "quotes": "dateline.quotes:find_quotes",
    "quantities": "dateline.quantities:find_quantities",
    "events": "dateline.events:code_events",
}


@lru_cache(maxsize=None)
def stage(name: str) -> Stage:
    module, _, func = STAGES[name].partition(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def run(articles: Iterable[Article], layers: Iterable[str] | None = None,
        batch_size: int = 16) -> Iterator[Article]:
    """Parse and fill the requested layers (all by default) of many articles, lazily."""
    names = list(STAGES) if layers is None else [n for n in STAGES if n in set(layers)]
    stages = [stage(n) for n in names]
    for article in nlp.parse_many(articles, batch_size=batch_size):
        for fill in stages:
            article = fill(article)
        yield article
