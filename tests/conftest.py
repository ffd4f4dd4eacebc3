"""Shared fixtures.  Model-backed fixtures load the spaCy pipeline once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def voa_records() -> list[dict]:
    from dateline.resources import demo_corpus

    return [json.loads(line) for line in demo_corpus().read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def nlp():
    from dateline import nlp as adapter

    return adapter.load()
