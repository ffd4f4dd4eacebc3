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


def check(layer: str, scores: dict[str, float], *, measured_only: bool = True) -> None:
    """Print whether the pinned floors hold, and exit 1 when one does not (for the CLI).

    ``measured_only``: judge only the floors of metrics this run computed, so that an option
    that skips a data set (``--no-voa``, ``--no-plover``) does not fail on its floors."""
    failed = [line for line in below(layer, scores)
              if not measured_only or line.split(":")[0] in scores]
    if failed:
        import click

        for line in failed:
            click.echo(f"BELOW FLOOR {line}")
        raise SystemExit(1)
    import click

    click.echo("floors: all met")
