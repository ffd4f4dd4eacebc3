"""Build ``<id>.json`` from ``annotations.py``: offsets and sentence of each hand annotation.

Run from the repository root: ``.venv/bin/python eval/voa/quantities/build.py``.  A surface
that is not in the story (or has fewer occurrences) stops the build with its story id.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from annotations import GOLD  # noqa: E402


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``[start, end)`` by a plain rule (for reading, not for scoring)."""
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    left = 0 if left < 0 else left + 2
    m = re.compile(r"[.?!][\"”’]?\s+(?=[A-Z“\"])").search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


def main() -> None:
    stories = {}
    for line in (HERE.parent / "voa_dev.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            stories[r["id"]] = r
    for sid, items in GOLD.items():
        text = stories[sid]["text"]
        out = []
        for surface, nth, value, unit, concept, approx in items:
            word = rf"(?<![\w$.,]){re.escape(surface)}(?!\w|[.,]\d)"
            hits = [m.start() for m in re.finditer(word, text)]
            if nth >= len(hits):
                raise SystemExit(f"{sid}: {surface!r} occurrence {nth} not found "
                                 f"({len(hits)} occurrences)")
            start = hits[nth]
            end = start + len(surface)
            out.append({"sentence": sentence_around(text, start, end), "text": surface,
                        "start": start, "end": end, "value": value, "unit": unit,
                        "concept": concept, "approx": approx})
        out.sort(key=lambda q: q["start"])
        doc = {"id": sid, "published": stories[sid]["published"], "quantities": out}
        (HERE / f"{sid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                          "utf-8")
    print(f"{len(GOLD)} stories, {sum(len(v) for v in GOLD.values())} quantities")


if __name__ == "__main__":
    main()
