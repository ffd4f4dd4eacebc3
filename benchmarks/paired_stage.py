"""Time one stage of two source trees in one process, alternated article by article.

On a shared machine two bench runs one after the other differ by up to ±30 %; running both
trees in the same process over the same parsed articles, in alternating order, cancels most of
that.  Both trees' ``dateline`` packages are imported side by side (the module table is swapped
before each call); the 60 bundled VOA stories are parsed once (with the first tree's parser), and
for every article each tree runs the stages before ``STAGE`` untimed and ``STAGE`` timed.

    git archive <rev> | tar -x -C /tmp/base
    .venv/bin/python benchmarks/paired_stage.py /tmp/base/src src actors --rounds 2

A tree timed against itself gives a ratio within about 1.5 % of 1.0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from types import ModuleType
from typing import Any, Callable

MODULES = ("dateline.actors", "dateline.nlp", "dateline.ingest", "dateline.resources",
           "dateline.pipeline", "dateline.places", "dateline.dates", "dateline.quotes",
           "dateline.quantities", "dateline.events")


def _ours(name: str) -> bool:
    return name == "dateline" or name.startswith("dateline.")


def load_tree(src: str) -> dict[str, ModuleType]:
    """Import the ``dateline`` package under ``src`` and return its modules."""
    import importlib

    for k in [k for k in sys.modules if _ours(k)]:
        del sys.modules[k]
    sys.path.insert(0, src)
    for name in MODULES:
        importlib.import_module(name)
    mods = {k: v for k, v in sys.modules.items() if _ours(k)}
    sys.path.remove(src)
    return mods


def use(tree: dict[str, ModuleType]) -> None:
    """Make ``tree``'s modules the imported ``dateline`` (lazy imports inside stages)."""
    for k in [k for k in sys.modules if _ours(k)]:
        del sys.modules[k]
    sys.modules.update(tree)


def stages(tree: dict[str, ModuleType], stage: str) -> tuple[Callable[[Any], None],
                                                             Callable[[Any], Any]]:
    """(the stages before ``stage`` as one call, the ``stage`` function) of ``tree``."""
    table = tree["dateline.pipeline"].STAGES
    fns = {k: getattr(tree[v.partition(":")[0]], v.partition(":")[2]) for k, v in table.items()}
    before = [fns[k] for k in list(fns)[:list(fns).index(stage)]]

    def prepare(article: Any) -> None:
        for fn in before:
            fn(article)
    return prepare, fns[stage]


def reset(article: Any) -> None:
    """Forget what an earlier run left on the article and its doc."""
    user_data = article.doc.user_data
    for k in list(user_data):
        if k not in ("nlp", "dateline_text"):
            del user_data[k]
    article.events = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="src folder of the first tree")
    parser.add_argument("new", help="src folder of the second tree")
    parser.add_argument("stage", help="actors, places, times, quotes, quantities or events")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    trees = {"base": load_tree(args.base), "new": load_tree(args.new)}
    use(trees["base"])
    first = trees["base"]
    corpus = first["dateline.resources"].demo_corpus().read_text("utf-8")
    records = [json.loads(line) for line in corpus.splitlines() if line.strip()]
    articles = list(first["dateline.nlp"].parse_many(
        first["dateline.ingest"].article_from_record(r, name=f"voa:{r['id']}") for r in records))
    runs = {n: stages(t, args.stage) for n, t in trees.items()}
    for n in trees:  # warm-up: lexicons, gazetteer, caches
        use(trees[n])
        for article in articles:
            reset(article)
            runs[n][0](article)
            runs[n][1](article)
    total = dict.fromkeys(trees, 0.0)
    for r in range(args.rounds):
        for article in articles:
            for n in (("base", "new") if r % 2 == 0 else ("new", "base")):
                use(trees[n])
                reset(article)
                runs[n][0](article)
                start = time.process_time()
                runs[n][1](article)
                total[n] += time.process_time() - start
    count = args.rounds * len(articles)
    for n in trees:
        print(f"{n}: {1000 * total[n] / count:.2f} ms/article ({args.stage}, CPU)")
    print(f"new/base: {total['new'] / total['base']:.3f}")


if __name__ == "__main__":
    main()
