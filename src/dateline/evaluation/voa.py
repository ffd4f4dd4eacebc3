"""The VOA development set: stories, gold annotations, and the even/odd split.

Rules are tuned on even-id stories; odd-id stories are held out to check that they generalise.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from dateline.evaluation import eval_data
from dateline.record import Article


def stories(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or eval_data("voa", "voa_dev.jsonl")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def gold(story_id: str, folder: Path | None = None) -> dict[str, Any]:
    folder = folder or eval_data("voa", "gold")
    return json.loads((folder / f"{story_id}.json").read_text("utf-8"))


def with_gold(articles: Iterable[Article]) -> Iterator[tuple[str, Article, dict[str, Any]]]:
    """(story id, article, gold) for each processed article that has a gold file."""
    for art in articles:
        sid = art.id.split(":")[-1]
        try:
            yield sid, art, gold(sid)
        except FileNotFoundError:
            continue


def half(story_id: str) -> str:
    """"even" (tuning) or "odd" (held out) by the numeric story id."""
    return "even" if int(story_id) % 2 == 0 else "odd"


@lru_cache(maxsize=2)
def _processed(layers: tuple[str, ...] | None) -> tuple[Article, ...]:
    from dateline.ingest import article_from_record
    from dateline.pipeline import run

    arts = (article_from_record(r, name=f"voa:{r['id']}") for r in stories())
    out = []
    for art in run(arts, layers=layers):
        out.append(art)
    return tuple(out)


def processed(layers: Iterable[str] | None = None) -> tuple[Article, ...]:
    """Every VOA story run through the pipeline once per process (cached; keeps ``doc``)."""
    return _processed(tuple(layers) if layers is not None else None)


def by_half(items: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, list[Any]]]:
    """Group (story_id, item) pairs into ("all", …), ("even", …), ("odd", …)."""
    items = list(items)
    yield "all", [x for _, x in items]
    for h in ("even", "odd"):
        yield h, [x for sid, x in items if half(sid) == h]
