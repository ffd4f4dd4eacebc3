"""The gold story sets: stories, gold annotations, and the even/odd split.

Two corpora share the format (``eval/<corpus>/``, a JSON-lines file of stories and a ``gold/``
folder of ``<id>.json`` files written to the VOA ``GUIDE.md``):

* ``voa``: the 60 public-domain VOA development stories (``voa_dev.jsonl``);
* ``written``: stories written in VOA house style for dateline and coded to the same guide by
  coders who did not see dateline's output (``stories.jsonl``; see its ``README.md``), a second
  set on which a rule tuned on the VOA stories shows whether it generalises.

Rules are tuned on even-id stories; odd-id stories are held out to check that they generalise.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from dateline.evaluation import eval_data
from dateline.record import Article


CORPORA = {"voa": "voa_dev.jsonl", "written": "stories.jsonl"}


def stories(path: Path | None = None, corpus: str = "voa") -> list[dict[str, Any]]:
    path = path or eval_data(corpus, CORPORA[corpus])
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def available(corpus: str) -> bool:
    """Is the corpus in this checkout (``eval/<corpus>/`` with its stories)?"""
    return eval_data(corpus, CORPORA[corpus]).exists()


def gold(story_id: str, folder: Path | None = None, corpus: str = "voa") -> dict[str, Any]:
    folder = folder or eval_data(corpus, "gold")
    return json.loads((folder / f"{story_id}.json").read_text("utf-8"))


def corpus_of(article: Article) -> str:
    """The corpus an article of :func:`processed` came from: ``voa``, or the prefix of a written
    story's id (``written:9100002``)."""
    name = article.id.split(":")[0]
    return name if name in CORPORA else "voa"


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


@lru_cache(maxsize=4)
def _processed(layers: tuple[str, ...] | None, corpus: str) -> tuple[Article, ...]:
    from dateline.ingest import article_from_record
    from dateline.pipeline import run

    # a written story's id carries its corpus ("written:9100002", :func:`corpus_of`); a VOA
    # story's is the VOA id as the record gives it
    arts = (article_from_record(r if corpus == "voa" else {**r, "id": f"{corpus}:{r['id']}"},
                                name=f"{corpus}:{r['id']}") for r in stories(corpus=corpus))
    out = []
    for art in run(arts, layers=layers):
        out.append(art)
    return tuple(out)


def processed(layers: Iterable[str] | None = None, corpus: str = "voa") -> tuple[Article, ...]:
    """Every story of the corpus run through the pipeline once per process (cached; keeps
    ``doc``)."""
    return _processed(tuple(layers) if layers is not None else None, corpus)


def by_half(items: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, list[Any]]]:
    """Group (story_id, item) pairs into ("all", …), ("even", …), ("odd", …)."""
    items = list(items)
    yield "all", [x for _, x in items]
    for h in ("even", "odd"):
        yield h, [x for sid, x in items if half(sid) == h]
