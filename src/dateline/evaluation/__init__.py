"""Scorers behind ``dateline eval LAYER``: each layer has a module with a click command ``cli``.

Modules are imported only when their command runs.  Gold data shipped in the repository lives
under ``eval/`` at the top of the checkout; the pinned floors in ``eval/floors/<layer>.json``.
"""

from __future__ import annotations

from pathlib import Path

EVALS: dict[str, str] = {
    "actors": "dateline.evaluation.actors",
    "times": "dateline.evaluation.times",
    "places": "dateline.evaluation.places",
    "quotes": "dateline.evaluation.quotes",
    "quantities": "dateline.evaluation.quantities",
    "events": "dateline.evaluation.events",
}


def repo_root() -> Path:
    """The checkout root (where ``eval/`` lives), found from this file or the working dir."""
    here = Path(__file__).resolve()
    for parent in [*here.parents, Path.cwd()]:
        if (parent / "eval").is_dir() and (parent / "pyproject.toml").exists():
            return parent
    return Path.cwd()


def eval_data(*parts: str) -> Path:
    return repo_root().joinpath("eval", *parts)
