"""scripts/fit_event_confidence.py (wt-conf): the refit is kept only when the real stage keeps
VOA even precision and raises written even precision and recall, and the block it writes into
``events/confidence.py`` round-trips (the rerun command included)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dateline.events import confidence

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fit_event_confidence.py"


@pytest.fixture(scope="module")
def fit():
    spec = importlib.util.spec_from_file_location("fit_event_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclass looks its module up)
    spec.loader.exec_module(module)
    return module


def half(p: float, r: float) -> dict[str, float]:
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def test_accept_needs_voa_precision_and_both_written_scores(fit) -> None:
    before = {"voa_even": half(0.95, 0.75), "written_even": half(0.50, 0.33)}
    assert fit.accept(before, {"voa_even": half(0.93, 0.76), "written_even": half(0.52, 0.34)})
    # written precision up, recall down: not kept
    assert not fit.accept(before, {"voa_even": half(0.95, 0.75),
                                   "written_even": half(0.60, 0.30)})
    # VOA even precision under the floor: not kept
    assert not fit.accept(before, {"voa_even": half(0.89, 0.80),
                                   "written_even": half(0.55, 0.40)})


def test_written_block_round_trips(fit, tmp_path, monkeypatch) -> None:
    copy = tmp_path / "confidence.py"
    text = Path(confidence.__file__).read_text("utf-8")
    copy.write_text(text, "utf-8")
    monkeypatch.setattr(fit, "CONFIDENCE_PY", copy)
    fit.write(dict(confidence.WEIGHTS), confidence.MIN_CONFIDENCE)
    assert copy.read_text("utf-8") == text
    fit.write({"bias": 1.0, "log_prior": 2.0}, 0.4)
    written = copy.read_text("utf-8")
    assert '"log_prior": 2.0,' in written and "--compare --write" in written
