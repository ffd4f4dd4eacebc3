"""Files shipped inside the package (``dateline/data``), located once."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_path(*parts: str) -> Path:
    """A path under the package's ``data`` folder."""
    return Path(str(resources.files("dateline").joinpath("data", *parts)))


def demo_corpus() -> Path:
    """The bundled public-domain VOA stories (see ``data/voa/SOURCES.md``)."""
    return data_path("voa", "voa_dev.jsonl")
