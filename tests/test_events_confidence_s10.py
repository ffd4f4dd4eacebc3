"""The events confidence, session 10: the per-type and modality flags the fit may choose, and
the fit script's own choices (``scripts/fit_event_confidence.py``): a deterministic fit, and the
chosen cut moved to the emission cut the events layer keeps.

Actors are built by hand from the given names, as in ``tests/test_events_confidence.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from dateline.events import candidates, confidence
from helpers import hand_coded

pytestmark = pytest.mark.filterwarnings("ignore")

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fit_event_confidence.py"


def fit_script():
    spec = importlib.util.spec_from_file_location("fit_event_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def candidates_of(nlp, text: str, actors: dict[str, str]) -> list[tuple[str, dict[str, float]]]:
    """(type, features) of every candidate, the actors coded by hand (name -> country)."""
    art = hand_coded(nlp, text, {name: (country, "GOV") for name, country in actors.items()})
    return [(ev.type, f) for ev, f in candidates(art, 0.0)]


def three_rows(nlp, F) -> list:
    """Fit rows of an attack, a condemnation and a planned sanction (the last labelled wrong)."""
    found = candidates_of(nlp, "Turkey attacked Syria on Monday. Russia condemned Ukraine. "
                          "Turkey will impose sanctions on Sweden.",
                          {"Turkey": "TUR", "Syria": "SYR", "Russia": "RUS", "Ukraine": "UKR",
                           "Sweden": "SWE"})
    return [F.Row("even", 0, f, float(t != "SANCTION")) for t, f in found]


def test_each_candidate_carries_the_flag_of_its_own_type(nlp) -> None:
    # PLOVER ASSAULT / ACCUSE: "Turkish troops attacked ...", "Russia condemned Ukraine".
    found = candidates_of(nlp, "Turkey attacked Syria on Monday. Russia condemned Ukraine.",
                          {"Turkey": "TUR", "Syria": "SYR", "Russia": "RUS", "Ukraine": "UKR"})
    types = {t for t, _ in found}
    assert {"ASSAULT", "ACCUSE"} <= types
    for etype, f in found:
        on = [k for k in f if k.startswith("type_") and f[k] == 1.0]
        assert on == [f"type_{etype}"]


def test_modality_flags_follow_the_modality(nlp) -> None:
    # a future act is planned, not done: "Ankara will impose sanctions on Sweden"
    found = candidates_of(nlp, "Turkey will impose sanctions on Sweden.",
                          {"Turkey": "TUR", "Sweden": "SWE"})
    sanction = [f for t, f in found if t == "SANCTION"]
    assert sanction and sanction[0]["planned"] == 1.0 and sanction[0]["hypothetical"] == 0.0
    asserted = candidates_of(nlp, "Turkey imposed sanctions on Sweden.",
                             {"Turkey": "TUR", "Sweden": "SWE"})
    assert [f["planned"] for t, f in asserted if t == "SANCTION"] == [0.0]


def test_every_variant_of_the_fit_names_computed_features(nlp) -> None:
    found = candidates_of(nlp, "Russia condemned Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"})
    names = set(found[0][1])
    for feats in fit_script().VARIANTS.values():
        assert set(feats) <= names and feats[0] == "bias"


def test_the_fit_is_deterministic_and_the_cut_moves_to_the_emission_cut(nlp) -> None:
    F = fit_script()
    rows = three_rows(nlp, F)
    feats = F.VARIANTS["prior"]
    a, b = F.fit_rows(rows, feats, 1.0, 0.0), F.fit_rows(rows, feats, 1.0, 0.0)
    assert np.array_equal(a, b)
    # the bias shift of main(): a candidate at the chosen cut reads EMIT_AT afterwards
    cut, w = 0.58, a.copy()
    w[0] += F._logit(F.EMIT_AT) - F._logit(cut)
    z = F._logit(cut) - a[0]  # the rest of the linear score of a candidate at the cut
    assert 1 / (1 + np.exp(-(w[0] + z))) == pytest.approx(F.EMIT_AT)


def test_write_replaces_only_the_fitted_block(tmp_path, monkeypatch) -> None:
    F = fit_script()
    copy = tmp_path / "confidence.py"
    copy.write_text(Path(confidence.__file__).read_text("utf-8"), "utf-8")
    monkeypatch.setattr(F, "CONFIDENCE_PY", copy)
    F.write({"bias": 1.5, "log_prior": 2.0}, 0.4)
    text = copy.read_text("utf-8")
    assert 'FEATURES = ("bias", "log_prior")' in text and '"log_prior": 2.0,' in text
    assert "MIN_CONFIDENCE = 0.4  #" in text
    assert text.count("# --- fitted by") == 1 and "def score(" in text


def test_the_cut_falls_between_candidates_not_on_a_cluster(nlp) -> None:
    F = fit_script()
    rows = three_rows(nlp, F)
    feats = F.VARIANTS["prior"]
    w = F.fit_rows(rows, feats, 1.0, 0.0)
    scores = sorted(F.matrix(rows, feats)[0] @ w)
    lo, hi = scores[0], scores[-1]
    assert lo < hi
    z = F._gap(rows, feats, w, (lo + hi) / 2)
    # strictly between two candidates' scores, none on it
    assert lo < z < hi and all(abs(s - z) > 1e-9 for s in scores)
    assert F._gap(rows, feats, w, hi + 1.0) == hi + 1.0  # no candidate above: left as given
