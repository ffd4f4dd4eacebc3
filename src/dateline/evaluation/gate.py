"""Pinned accuracy floors: ``eval/floors/<layer>.json`` maps a metric name to its floor.

A floor never lowers itself: a change that drops a score below its floor fails the gate until
someone explains it and edits the file by hand.
"""

from __future__ import annotations

import json
from typing import Any

from dateline.evaluation import eval_data


def floors(layer: str) -> dict[str, float]:
    path = eval_data("floors", f"{layer}.json")
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def below(layer: str, scores: dict[str, float]) -> list[str]:
    """Metric names whose score is under the pinned floor (a missing score counts as under)."""
    return [f"{name}: {scores.get(name)} < floor {floor}"
            for name, floor in floors(layer).items()
            if scores.get(name) is None or scores[name] + 1e-9 < floor]
